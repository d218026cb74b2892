package org.postbag.infrastructure.web;

/**
 * What, besides its address and what is published, changes the public page an anonymous reader gets: the
 * magazine's language. The page caches keep a page per variant, so that a change of language is seen at once.
 */
public interface PageVariant {

    /** The variant of the pages being written now, such as the language tag {@code de}. */
    String current();
}
