// The "Write to us" form, enhanced: a piece picker that searches as the reader types (the
// word count is site.js's). Without this script the form works the same, one request at a time.
(function () {
    "use strict";

    function picker() {
        var query = document.getElementById("pieceQuery");
        var choices = document.getElementById("piece-choices");
        var find = document.getElementById("findPieces");
        if (!query || !choices || !window.fetch) {
            return;
        }
        var timer = null;
        function chosen() {
            return Array.prototype.slice.call(choices.querySelectorAll("input[name=replyTo]:checked"));
        }
        function render(pieces) {
            var kept = chosen();
            var keptRefs = kept.map(function (box) { return box.value; });
            choices.textContent = "";
            kept.forEach(function (box) { choices.appendChild(box.closest(".checkbox")); });
            pieces.filter(function (p) { return keptRefs.indexOf(p.reference) < 0; }).forEach(function (p) {
                var row = document.createElement("div");
                row.className = "checkbox";
                var box = document.createElement("input");
                box.type = "checkbox";
                box.name = "replyTo";
                box.value = p.reference;
                box.id = "replyTo-" + p.reference;
                var label = document.createElement("label");
                label.htmlFor = box.id;
                label.textContent = p.title + " — " + p.author + ", " + p.kind +
                    (p.issue ? " in no. " + p.issue + " (" + p.issueTitle + ")" : "");
                row.appendChild(box);
                row.appendChild(label);
                choices.appendChild(row);
            });
            if (pieces.length === 0 && query.value.trim() !== "") {
                var none = document.createElement("p");
                none.className = "hint";
                none.textContent = "Nothing we have published matches \u201c" + query.value.trim() +
                    "\u201d. Describe it below instead.";
                choices.appendChild(none);
            }
        }
        function search() {
            var q = query.value.trim();
            // As the server counts: fewer than three characters find nothing, but for an issue
            // number (PieceSearch).
            if (!/^\d+$/.test(q) && Array.from(q).length < 3) {
                return;
            }
            fetch("/api/pieces?q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(render)
                .catch(function () { /* the Find button still works */ });
        }
        query.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(search, 250);
        });
        query.addEventListener("keydown", function (event) {
            if (event.key === "Enter") {
                event.preventDefault();
                search();
            }
        });
    }

    document.addEventListener("DOMContentLoaded", picker);
}());
