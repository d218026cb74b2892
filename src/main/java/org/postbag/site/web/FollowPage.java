package org.postbag.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import org.omnifaces.cdi.Param;
import org.postbag.site.PublicSite;

/**
 * /follow, and /follow?thread=&lt;reference&gt;: what a feed is and the address to give a feed
 * reader, for the reader who clicked "follow" and would otherwise be shown raw XML. Feed readers
 * themselves find the feeds through the pages' {@code <link rel="alternate">}.
 */
@Named("follow")
@RequestScoped
public class FollowPage {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]-\\d{4}-\\d{1,9}");

    @Inject
    @Param(name = "thread")
    private String thread;

    @Inject
    private PublicSite site;

    private PublicSite.View debate;

    @PostConstruct
    void load() {
        if (thread != null && REFERENCE.matcher(thread).matches()) {
            debate = site.piece(thread).orElse(null);
        }
    }

    /** The debate to follow, or null for all new letters. */
    public PublicSite.View getDebate() {
        return debate;
    }

    /** The feed's path on this site. */
    public String getFeedPath() {
        return debate == null ? "/feeds/letters.atom" : "/feeds/threads/" + debate.reference() + ".atom";
    }
}
