// The editors' desk from the keyboard. Every shortcut presses a button or follows a link
// that is on the page anyway (marked with data-key); nothing here can do what a mouse cannot.
(function () {
    "use strict";

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
            sessionStorage.setItem("postbag.queue.selected", row.getAttribute("data-reference"));
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

    function press(key) {
        var scope = selectedRow() || (rows().length ? null : document);
        if (!scope) {
            return false;
        }
        var target = scope.querySelector("[data-key='" + key + "']");
        if (!target) {
            return false;
        }
        if (target.tagName === "SELECT" || target.tagName === "TEXTAREA" || target.tagName === "INPUT" &&
                target.type !== "submit") {
            target.focus();
        } else {
            target.click();
        }
        return true;
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) {
            return;
        }
        var handled = true;
        switch (event.key) {
            case "j": move(1); break;
            case "k": move(-1); break;
            case "?": toggleHelp(); break;
            case "o": case "c": case "a": case "r": case "h": case "s": handled = press(event.key); break;
            default: handled = false;
        }
        if (handled) {
            event.preventDefault();
        }
    });

    function toggleHelp() {
        var help = document.getElementById("shortcuts");
        if (help) {
            help.open = !help.open;
            if (help.open) {
                help.querySelector("summary").focus();
            }
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        // Back on the queue after an action: the letter below the one just worked on is next.
        var last = sessionStorage.getItem("postbag.queue.selected");
        if (last && rows().length) {
            var row = document.querySelector("tr.queue-row[data-reference='" + last + "']");
            if (row) {
                select(row);
            }
        }
        // Arriving at a letter page with #reject or #hold: put the cursor where it is needed.
        var focus = { "#reject": "rejectTemplate", "#hold": "holdNote" }[location.hash];
        if (focus && document.getElementById(focus)) {
            document.getElementById(focus).focus();
        }
    });
}());
