package org.postbag.security.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Markup that the application never writes itself, so that finding it in a page means a
 * reader's text got through unescaped: script that is not ours, frames, plug-ins, SVG and
 * MathML, style and base elements, event-handler attributes, and script URLs. The same check
 * runs on the HTML as served (jsoup, for every page) and in Chromium on the live DOM (for
 * the pages the browser renders), independently of the Content Security Policy, which would
 * stop most of it from running anyway.
 */
final class InjectedMarkup {

    private static final Set<String> NEVER_OURS = Set.of(
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "applet",
            "svg",
            "math",
            "base",
            "video",
            "audio",
            "marquee",
            "template",
            "style",
            "noscript",
            "isindex");
    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster", "background");

    private InjectedMarkup() {}

    /** What is wrong with the served page, at most a few items. */
    static List<String> in(Document page, String baseUrl) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (NEVER_OURS.contains(tag)) {
                found.add("<" + tag + ">");
            }
            if (tag.equals("script") && !element.attr("src").startsWith("/resources/")) {
                found.add("<script src='" + element.attr("src") + "'>");
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                found.add("<meta http-equiv>");
            }
            if (tag.equals("link") && !ours(element.attr("href"), baseUrl)) {
                found.add("<link href='" + element.attr("href") + "'>");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("srcdoc") || name.equals("style")) {
                    found.add("<" + tag + " " + name + ">");
                }
                if (URL_ATTRIBUTES.contains(name) && scriptUrl(attribute.getValue())) {
                    found.add("<" + tag + " " + name + "='" + attribute.getValue() + "'>");
                }
            }
            if (found.size() > 5) {
                break;
            }
        }
        return found;
    }

    private static boolean ours(String href, String baseUrl) {
        return href.startsWith("/") && !href.startsWith("//") || href.startsWith(baseUrl + "/");
    }

    static boolean scriptUrl(String value) {
        String squeezed = value.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        return squeezed.startsWith("javascript:")
                || squeezed.startsWith("vbscript:")
                || squeezed.startsWith("data:text/html");
    }

    /** The same check in the browser, on the DOM as Chromium built it; returns what it found. */
    static final String SCRIPT = """
            const never = new Set(['iframe','frame','frameset','object','embed','applet','svg','math','base','video',
                'audio','marquee','template','style','noscript','isindex']);
            const urls = new Set(['href','src','action','formaction','xlink:href','data','poster','background']);
            const base = arguments[0];
            const found = [];
            for (const el of document.querySelectorAll('*')) {
              const tag = el.tagName.toLowerCase();
              if (never.has(tag)) found.push('<' + tag + '>');
              if (tag === 'script' && !(el.getAttribute('src') || '').startsWith('/resources/')) found.push('<script>');
              if (tag === 'meta' && el.hasAttribute('http-equiv')) found.push('<meta http-equiv>');
              const href = el.getAttribute('href') || '';
              if (tag === 'link' && !((href.startsWith('/') && !href.startsWith('//')) || href.startsWith(base + '/')))
                found.push('<link href=' + href + '>');
              for (const a of el.attributes) {
                const name = a.name.toLowerCase();
                const value = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                if (name.startsWith('on') || name === 'srcdoc' || name === 'style') found.push('<' + tag + ' ' + name + '>');
                if (urls.has(name) && (value.startsWith('javascript:') || value.startsWith('vbscript:')
                    || value.startsWith('data:text/html'))) found.push('<' + tag + ' ' + name + '=' + a.value + '>');
              }
              if (found.length > 5) break;
            }
            return found;
            """;
}
