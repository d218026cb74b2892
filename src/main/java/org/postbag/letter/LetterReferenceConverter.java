package org.postbag.letter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link LetterReference} as its text, and refuses to read back one that is not. */
@Converter
public class LetterReferenceConverter implements AttributeConverter<LetterReference, String> {

    @Override
    public String convertToDatabaseColumn(LetterReference reference) {
        return reference == null ? null : reference.value();
    }

    @Override
    public LetterReference convertToEntityAttribute(String column) {
        return column == null ? null : new LetterReference(column);
    }
}
