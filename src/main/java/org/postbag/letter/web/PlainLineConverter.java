package org.postbag.letter.web;

import jakarta.faces.convert.FacesConverter;
import org.postbag.letter.LetterText;

/** As {@link PlainTextConverter}, for one-line fields such as a name: line breaks become spaces. */
@FacesConverter("postbag.line")
public class PlainLineConverter extends PlainTextConverter {

    @Override
    protected String normalise(String value) {
        return LetterText.normaliseLine(value);
    }
}
