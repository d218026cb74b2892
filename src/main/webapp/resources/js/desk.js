// The editors' desk from the keyboard. Every shortcut presses a button or follows a link
// that is on the page anyway (marked with data-key); nothing here can do what a mouse cannot.
// A key whose button has data-confirm (spam) asks once: the same key again does it, any other
// key or Esc does not. Every decision's message carries an Undo (u).
(function () {
    "use strict";

    var SELECTED = "postbag.queue.selected";
    var SELECTED_INDEX = "postbag.queue.selectedIndex";
    var pending = null;
    var helpOpener = null;

    function typing(event) {
        var target = event.target;
        return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    }

    function rows() {
        return Array.prototype.slice.call(document.querySelectorAll("tr.queue-row"));
    }

    function selectedRow() {
        return document.querySelector("tr.queue-row.selected");
    }

    function select(row) {
        rows().forEach(function (r) { r.classList.remove("selected"); r.removeAttribute("aria-selected"); });
        if (row) {
            row.classList.add("selected");
            row.setAttribute("aria-selected", "true");
            var open = row.querySelector("a.open");
            if (open) {
                open.focus();
            }
            sessionStorage.setItem(SELECTED, row.getAttribute("data-reference"));
            sessionStorage.setItem(SELECTED_INDEX, String(rows().indexOf(row)));
        }
    }

    function move(step) {
        var all = rows();
        if (all.length === 0) {
            return;
        }
        var index = all.indexOf(selectedRow());
        var next = index < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, index + step));
        select(all[next]);
    }

    // Where the question "press s again" is asked; role=alert, so that it is heard at once.
    // The words the page gives for what this script says, in the page's language (the keyboard help carries them).
    function words(attribute, english) {
        var help = document.getElementById("shortcuts");
        return (help && help.getAttribute(attribute)) || english;
    }

    function prompt(text) {
        var box = document.getElementById("key-prompt");
        if (!box) {
            box = document.createElement("p");
            box.id = "key-prompt";
            box.className = "key-prompt";
            box.setAttribute("role", "alert");
            (document.getElementById("main") || document.body).appendChild(box);
        }
        box.textContent = text;
        box.hidden = !text;
    }

    // A details panel of the decision bar (hold, reject): open it and put the cursor in its first field.
    function openPanel(panel) {
        panel.open = true;
        var field = panel.querySelector("select, textarea, input:not([type=hidden])");
        if (field) {
            field.focus();
        }
    }

    function act(key, target) {
        if (target.hasAttribute("data-confirm") && !(pending && pending.key === key && pending.target === target)) {
            pending = { key: key, target: target };
            prompt(target.getAttribute("data-confirm") + " " + words("data-again", "Press {0} again to confirm, or Esc to cancel.").replace("{0}", key));
            return;
        }
        pending = null;
        prompt("");
        if (target.tagName === "SUMMARY") {
            openPanel(target.parentNode);
        } else if (/^(SELECT|TEXTAREA)$/.test(target.tagName) || target.tagName === "INPUT" && target.type !== "submit") {
            target.focus();
        } else {
            target.click();
        }
    }

    function press(key) {
        var scope = selectedRow() || (rows().length ? null : document);
        if (!scope) {
            return false;
        }
        var target = scope.querySelector("[data-key='" + key + "']");
        if (!target) {
            return false;
        }
        act(key, target);
        return true;
    }

    function pressOnPage(key) {
        var target = document.querySelector("[data-key='" + key + "']");
        if (!target) {
            return false;
        }
        act(key, target);
        return true;
    }

    function help() {
        return document.getElementById("shortcuts");
    }

    function toggleHelp() {
        var list = help();
        if (!list) {
            return;
        }
        if (list.open) {
            closeHelp();
            return;
        }
        helpOpener = document.activeElement;
        list.open = true;
        // The list floats in view (see .shortcuts[open]): opening it never scrolls the page.
        list.querySelector("summary").focus({ preventScroll: true });
    }

    function closeHelp() {
        var list = help();
        if (list && list.open) {
            list.open = false;
            if (helpOpener && helpOpener.focus) {
                helpOpener.focus({ preventScroll: true });
            }
            helpOpener = null;
            return true;
        }
        return false;
    }

    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            var cancelled = pending !== null;
            pending = null;
            prompt(cancelled ? words("data-not-done", "Not done.") : "");
            if (closeHelp() || cancelled) {
                event.preventDefault();
            }
            return;
        }
        if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) {
            return;
        }
        if (pending && event.key !== pending.key) {
            pending = null;
            prompt(words("data-not-done", "Not done."));
        }
        var handled = true;
        switch (event.key) {
            case "j": move(1); break;
            case "k": move(-1); break;
            case "?": toggleHelp(); break;
            case "u": case "n": handled = pressOnPage(event.key); break;
            case "o": case "c": case "a": case "r": case "h": case "s": handled = press(event.key); break;
            default: handled = false;
        }
        if (handled) {
            event.preventDefault();
        }
    });

    // The seconds left before a decision's email goes, beside the time it goes.
    function countDown() {
        Array.prototype.forEach.call(document.querySelectorAll("[data-countdown]"), function (time) {
            var left = document.createElement("span");
            left.className = "countdown";
            time.parentNode.insertBefore(left, time.nextSibling);
            var at = parseInt(time.getAttribute("data-countdown"), 10);
            function tick() {
                var seconds = Math.max(0, Math.round((at - Date.now()) / 1000));
                left.textContent = " " + (seconds > 0
                    ? (time.getAttribute("data-countdown-in") || "(in {0} s)")
                        .replace("{0}", seconds.toLocaleString(document.documentElement.lang))
                    : time.getAttribute("data-countdown-gone") || "(sent or on its way)");
                if (seconds > 0) {
                    setTimeout(tick, 1000);
                }
            }
            tick();
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        // Back on the queue after an action: the same letter if it is still listed, else the one
        // that took its place (the letter below the one just decided).
        var all = rows();
        if (all.length) {
            var last = sessionStorage.getItem(SELECTED);
            var row = last && document.querySelector("tr.queue-row[data-reference='" + last + "']");
            var index = parseInt(sessionStorage.getItem(SELECTED_INDEX), 10);
            if (!row && !isNaN(index)) {
                row = all[Math.min(index, all.length - 1)];
            }
            if (row) {
                select(row);
            }
        }
        // Arriving at a letter page with #reject or #hold: open that panel, the cursor in its field.
        var panel = /^#(reject|hold)$/.test(location.hash) && document.getElementById(location.hash.substring(1));
        if (panel && panel.tagName === "DETAILS" && !document.getElementById("error-summary")) {
            openPanel(panel);
        }
        countDown();
    });
}());
