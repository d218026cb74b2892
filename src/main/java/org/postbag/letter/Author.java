package org.postbag.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Who wrote a letter. The email address is for the desk only and is never shown in public;
 * it is erased (null) when the writer asks to be forgotten.
 */
@Embeddable
public class Author {

    public static final int MAX_NAME = 100;
    public static final int MAX_TOWN = 100;

    @Column(name = "author_name", nullable = false)
    private String name;

    @Column(name = "author_town", nullable = false)
    private String town;

    @Column(name = "author_email")
    private String email;

    protected Author() {}

    public Author(String name, String town, String email) {
        this.name = requireLength(name, MAX_NAME, "name");
        this.town = Objects.requireNonNullElse(town, "");
        if (this.town.length() > MAX_TOWN) {
            throw new IllegalArgumentException("town longer than " + MAX_TOWN);
        }
        this.email = email;
    }

    public String name() {
        return name;
    }

    public String town() {
        return town;
    }

    public String email() {
        return email;
    }

    /** How the letter is signed: "Tom Aldridge, Halifax". */
    public String signOff() {
        return town.isBlank() ? name : name + ", " + town;
    }

    private static String requireLength(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " longer than " + max);
        }
        return value;
    }
}
