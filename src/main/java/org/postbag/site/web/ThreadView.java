package org.postbag.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.CurrentAccount;
import org.postbag.linking.Threads;

/** /editor/threads/&lt;reference of the root piece&gt;: the whole debate, with every letter's status. */
@Named("threadView")
@RequestScoped
public class ThreadView {

    @Inject
    @Param(pathIndex = 0)
    private String reference;

    @Inject
    private Threads threads;

    @Inject
    private CurrentAccount me;

    private Threads.Node root;

    @PostConstruct
    void load() {
        root = reference == null
                ? null
                : threads.deskTree(reference, me.require().id()).orElse(null);
        if (root == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public Threads.Node getRoot() {
        return root;
    }

    public int getSize() {
        return root == null ? 0 : root.flatten().size();
    }
}
