package org.postbag.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.postbag.testing.WebForm;

/**
 * Every action a page offers: each button of each POST form, as read from the page a signed-in
 * user was served. Tests send these actions back as someone else, or without the page's token,
 * to show that they are refused.
 */
record PageForms(URI page, String html, List<Action> actions) {

    /** One button of one form. */
    record Action(URI page, String html, String formId, String button) {

        /** The form filled in as served, to be sent by {@code client} (not necessarily the one it was served to). */
        WebForm formFor(HttpClient client) {
            return WebForm.of(client, page, html, formId);
        }

        @Override
        public String toString() {
            return page.getPath() + " #" + formId + " [" + button + "]";
        }
    }

    static PageForms of(URI page, String html) {
        Document document = Jsoup.parse(html, page.toString());
        List<Action> actions = new ArrayList<>();
        for (Element form : document.select("form[method=post]")) {
            if (form.id().isEmpty()) {
                continue;
            }
            for (Element button : form.select("input[type=submit][name], button[type=submit][name]")) {
                actions.add(new Action(page, html, form.id(), button.attr("name")));
            }
        }
        return new PageForms(page, html, actions);
    }
}
