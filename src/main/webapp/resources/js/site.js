// Every page: when a form comes back with errors, move the focus to the error summary so
// that keyboard and screen-reader users hear what went wrong first; and count the words of
// any text box with a word limit as it is typed (the count warns, it never blocks).
(function () {
    "use strict";

    function countWords(text) {
        var words = 0;
        text.split(/\s+/).forEach(function (token) {
            if (/[\p{L}\p{N}]/u.test(token)) {
                words++;
            }
        });
        return words;
    }

    function wordCounter(box) {
        var note = document.getElementById("word-count");
        var limit = parseInt(box.getAttribute("data-word-limit"), 10);
        // The reader's form and the desk's edit page count alike; what an overrun means differs.
        var overNote = box.hasAttribute("data-over-note")
            ? " over the limit of " + limit + ". " + box.getAttribute("data-over-note")
            : " over our limit of " + limit + ". You can still send it: we may cut it.";
        if (!note || isNaN(limit)) {
            return;
        }
        var timer = null;
        function update() {
            var words = countWords(box.value);
            if (words === 0) {
                note.textContent = "";
                note.classList.remove("over");
                return;
            }
            var over = words - limit;
            note.textContent = words + (words === 1 ? " word" : " words") +
                (over > 0 ? ", " + over + overNote
                          : " of " + limit + ".");
            note.classList.toggle("over", over > 0);
        }
        box.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(update, 200);
        });
        update();
    }

    document.addEventListener("DOMContentLoaded", function () {
        var summary = document.getElementById("error-summary");
        if (summary) {
            summary.focus();
        }
        Array.prototype.forEach.call(document.querySelectorAll("textarea[data-word-limit]"), wordCounter);
    });
}());
