package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The pieces on file beyond those a letter answers, looked up only when a quotation names their author or title, or
 * was not found where it was presumed to come from. The application reads them from the database; tests from a list.
 */
public interface Archive {

    /** Pieces whose signature holds this surname ("Marx" finds "Karl Marx and Friedrich Engels"). */
    List<Source> byAuthor(String surname);

    /** Pieces whose title and signature hold every significant word of a document's name. */
    List<Source> byDocument(String document);

    /** A few pieces that hold all these words (lower-case, whole words or parts of them), most likely first. */
    List<Source> holding(List<String> words);

    /** No archive: quotations are checked against the answered pieces only. */
    Archive NONE = of(List.of());

    /** An archive of the given pieces, searched in memory. */
    static Archive of(Collection<Source> pieces) {
        List<Source> all = List.copyOf(requireNonNull(pieces, "pieces"));
        return new Archive() {
            @Override
            public List<Source> byAuthor(String surname) {
                return all.stream()
                        .filter(source -> Names.wrote(source.authorName(), surname))
                        .toList();
            }

            @Override
            public List<Source> byDocument(String document) {
                return all.stream()
                        .filter(source -> Names.isDocument(source.title(), source.authorName(), document))
                        .toList();
            }

            @Override
            public List<Source> holding(List<String> words) {
                return all.stream()
                        .filter(source -> {
                            String text = source.text().toLowerCase(Locale.ROOT);
                            return words.stream().allMatch(text::contains);
                        })
                        .toList();
            }
        };
    }
}
