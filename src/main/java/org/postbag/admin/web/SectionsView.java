package org.postbag.admin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postbag.accounts.CurrentAccount;
import org.postbag.accounts.SectionAdministration;
import org.postbag.house.Section;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/**
 * /admin/sections: the magazine's sections. An admin adds one (a name, and a short name for
 * addresses that the name gives when left out) or renames one. Which editors are limited to
 * which sections is set on the people page.
 */
@Named("sections")
@ViewScoped
@PageAction
public class SectionsView implements Serializable, PageAction.Refused {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SectionAdministration administration;

    @Inject
    private transient CurrentAccount me;

    @NotBlank(message = "{admin.sections.name.required}")
    @Size(max = Section.MAX_NAME, message = "{admin.sections.name.size}")
    private String name;

    @Size(max = Section.MAX_NAME, message = "{admin.sections.slug.size}")
    private String slug;

    private transient List<Section> all;

    /** What each row's fields hold, by section id: the names as typed, kept when a rename is refused. */
    private final Map<Long, String> names = new HashMap<>();

    private final Map<Long, String> slugs = new HashMap<>();

    public List<Section> getAll() {
        if (all == null) {
            all = administration.all();
            for (Section section : all) {
                names.putIfAbsent(section.id(), section.name());
                slugs.putIfAbsent(section.id(), section.slug());
            }
        }
        return all;
    }

    public void define() {
        Section section = administration.define(name, slug, me.require().id());
        PageActionBoundary.done(
                Words.of(FacesContext.getCurrentInstance(), "admin.sections.done.added", section.name()),
                "/admin/sections");
    }

    public void rename(Section section) {
        administration.rename(
                section.id(),
                section.version(),
                names.get(section.id()),
                slugs.get(section.id()),
                me.require().id());
        PageActionBoundary.done(
                Words.of(
                        FacesContext.getCurrentInstance(),
                        "admin.sections.done.renamed",
                        names.get(section.id()).strip()),
                "/admin/sections");
    }

    /** A refused action lists the sections as they are now, with what was typed kept. */
    @Override
    public void refused() {
        all = null;
    }

    public Map<Long, String> getNames() {
        getAll();
        return names;
    }

    public Map<Long, String> getSlugs() {
        getAll();
        return slugs;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
