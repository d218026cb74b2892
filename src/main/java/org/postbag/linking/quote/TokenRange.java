package org.postbag.linking.quote;

/** Word positions {@code [from, to)} in an indexed source. */
record TokenRange(int from, int to) {

    int length() {
        return to - from;
    }
}
