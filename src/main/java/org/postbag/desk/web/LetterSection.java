package org.postbag.desk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postbag.accounts.CurrentAccount;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.Words;
import org.postbag.moderation.Moderation;

/** The letter page's section panel: which desk section the letter belongs to, among those this editor may use. */
@Named
@ViewScoped
@PageAction
public class LetterSection implements Serializable, PageAction.LostRace {

    private static final long serialVersionUID = 1L;

    /** The choice that stands for "no section": ids start at 1, and a null item value would not render. */
    static final long NO_SECTION = 0L;

    @Inject
    private LetterDesk desk;

    @Inject
    private transient Moderation moderation;

    @Inject
    private transient CurrentAccount me;

    private Long sectionId;
    private transient Map<Long, String> sectionChoices;

    @Override
    public String lostRaceMessage() {
        return desk.lostRaceMessage();
    }

    /**
     * The sections this editor may put the letter in; "No section" ({@link #NO_SECTION}) first
     * for those who see every section. Empty while the magazine has no sections.
     */
    public Map<Long, String> getSections() {
        if (sectionChoices == null) {
            long editor = me.require().id();
            Map<Long, String> choices = moderation.sectionChoices(editor);
            sectionChoices = new LinkedHashMap<>();
            if (!choices.isEmpty() && moderation.seesEverySection(editor)) {
                sectionChoices.put(NO_SECTION, Words.of(FacesContext.getCurrentInstance(), "deskLetter.section.none"));
            }
            sectionChoices.putAll(choices);
        }
        return sectionChoices;
    }

    public void moveToSection() {
        Long target = sectionId == null || sectionId == NO_SECTION ? null : sectionId;
        desk.act(
                (ref, version, editor) -> moderation.moveToSection(ref, version, editor, target),
                target == null
                        ? Words.of(FacesContext.getCurrentInstance(), "deskLetter.section.movedOut")
                        : Words.of(
                                FacesContext.getCurrentInstance(),
                                "deskLetter.section.moved",
                                getSections().get(target)),
                "section");
    }

    /** The letter's section as the form shows it: {@link #NO_SECTION} until the editor chooses. */
    public Long getSectionId() {
        if (sectionId == null && desk.isFound()) {
            Long current = desk.getFile().sectionId();
            sectionId = current == null ? NO_SECTION : current;
        }
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }
}
