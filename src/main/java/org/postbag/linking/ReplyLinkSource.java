package org.postbag.linking;

/** Who first proposed a reply link. */
public enum ReplyLinkSource {
    READER,
    EDITOR,
    CITATION,
    INVITATION
}
