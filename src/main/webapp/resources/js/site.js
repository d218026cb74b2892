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
        var overNote = box.getAttribute("data-over-note");
        if (!note || isNaN(limit)) {
            return;
        }
        // The words come from the page, in its language (English where a page gives none).
        var texts = {
            one: box.getAttribute("data-count-one") || "{0} word of {1}.",
            many: box.getAttribute("data-count") || "{0} words of {1}.",
            over: box.getAttribute("data-count-over") || (overNote
                ? "{0} words, {2} over the limit of {1}. " + overNote
                : "{0} words, {2} over our limit of {1}. You can still send it: we may cut it.")
        };
        var timer = null;
        function update() {
            var words = countWords(box.value);
            if (words === 0) {
                note.textContent = "";
                note.classList.remove("over");
                return;
            }
            var over = words - limit;
            // {0} words typed, {1} the limit, {2} over it.
            var text = over > 0 ? texts.over : words === 1 ? texts.one : texts.many;
            note.textContent = text.replace(/\{(\d)\}/g, function (all, n) {
                return [words, limit, over][n].toLocaleString(document.documentElement.lang);
            });
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
