package org.postbag.desk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.desk.MakeUpView;

/** /editor/preview/120: an issue's letters page as readers will see it, before it is published. */
@Named("makeUpPreview")
@RequestScoped
public class MakeUpPreview {

    @Inject
    @Param(pathIndex = 0)
    private String number;

    @Inject
    private MakeUpView reader;

    private MakeUpView.Preview preview;

    @PostConstruct
    void load() {
        try {
            preview = reader.preview(Integer.parseInt(number)).orElse(null);
        } catch (NumberFormatException | NullPointerException notANumber) {
            preview = null;
        }
        if (preview == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public MakeUpView.Preview getPreview() {
        return preview;
    }
}
