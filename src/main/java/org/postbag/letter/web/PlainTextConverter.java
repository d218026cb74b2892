package org.postbag.letter.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.postbag.letter.LetterText;

/**
 * Normalises what a person typed into a multi-line field before it is validated, so that
 * length limits count what will be stored. Refuses text that arrived as invalid UTF-8.
 */
@FacesConverter("postbag.text")
public class PlainTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (LetterText.hasUndecodableCharacters(value)) {
            String message = "This contains characters we could not read. Retype it, or paste it as plain text";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        String normalised = normalise(value);
        return normalised.isEmpty() ? null : normalised;
    }

    protected String normalise(String value) {
        return LetterText.normalise(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
