// /admin/import: an export larger than a form may carry is sent in parts (each well under the
// request limit) to /api/admin/import-parts, and the form then asks for the preview of the file
// the server put together. Without this script the form still takes files under 1 MB.
(function () {
    'use strict';

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.getElementById('importForm');
        var input = document.getElementById('file');
        var button = document.getElementById('look');
        var status = document.getElementById('parts-status');
        var staged = document.getElementById('stagedUpload');
        if (!form || !input || !button || !status || !staged || !window.fetch || !form.dataset.parts) {
            return;
        }
        var api = form.dataset.parts;
        var partBytes = parseInt(form.dataset.partBytes, 10);
        var sending = false;

        function say(text, failed) {
            status.textContent = text;
            status.classList.toggle('error-message', !!failed);
        }

        function post(url, body, type) {
            return fetch(url, {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'X-Postbag-Token': form.dataset.token, 'Content-Type': type},
                body: body
            }).then(function (response) {
                return response.json().catch(function () {
                    return {};
                }).then(function (answer) {
                    if (!response.ok) {
                        throw new Error(answer.problem || form.dataset.refused);
                    }
                    return answer;
                });
            });
        }

        async function send(file) {
            var begun = await post(api, new URLSearchParams({name: file.name, size: String(file.size)}),
                'application/x-www-form-urlencoded');
            var offset = 0;
            while (offset < file.size) {
                var part = file.slice(offset, Math.min(offset + partBytes, file.size));
                var answer = await post(api + '/' + encodeURIComponent(begun.upload) + '?offset=' + offset,
                    part, 'application/octet-stream');
                if (answer.received <= offset) {
                    throw new Error(form.dataset.refused);
                }
                offset = answer.received;
                say(form.dataset.sending.replace('{0}', String(Math.floor(100 * offset / file.size))));
            }
            return begun.upload;
        }

        button.addEventListener('click', function (event) {
            var file = input.files && input.files[0];
            if (sending) {
                event.preventDefault();
                return;
            }
            if (!file || file.size <= partBytes) {
                return; // the form carries it
            }
            event.preventDefault();
            sending = true;
            say(form.dataset.sending.replace('{0}', '0'));
            send(file).then(function (upload) {
                staged.value = upload;
                input.value = '';
                say(form.dataset.sent);
                sending = false;
                button.click();
            }).catch(function (failure) {
                sending = false;
                say(failure.message, true);
            });
        });
    });
})();
