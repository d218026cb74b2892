package org.postbag.letter.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.postbag.letter.LetterReference;

/**
 * Turns a view parameter such as {@code L-2026-00042} into a {@link LetterReference}. Text that is
 * not a reference becomes null rather than an error: to a reader who followed a broken link there
 * is simply no such letter, and the page says so as it does for a reference nobody holds.
 */
@FacesConverter(forClass = LetterReference.class)
public class LetterReferenceFacesConverter implements Converter<LetterReference> {

    @Override
    public LetterReference getAsObject(FacesContext context, UIComponent component, String value) {
        return LetterReference.parse(value).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LetterReference reference) {
        return reference == null ? "" : reference.value();
    }
}
