// Every page: when a form comes back with errors, move the focus to the error summary so
// that keyboard and screen-reader users hear what went wrong first.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        var summary = document.getElementById("error-summary");
        if (summary) {
            summary.focus();
        }
    });
}());
