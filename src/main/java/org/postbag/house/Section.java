package org.postbag.house;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.postbag.infrastructure.DomainException;

/**
 * A section of the magazine (politics, culture, the city). Admins define them; articles and
 * letters belong to one or to none, and an editor may be limited to some. Identified by its
 * slug, which the admin chooses and may change; letters and accounts refer to its id.
 */
@Entity
@Table(name = "section")
@NamedQuery(name = "Section.all", query = "select s from Section s order by lower(s.name)")
@NamedQuery(name = "Section.bySlug", query = "select s from Section s where s.slug = :slug")
public class Section implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME = 80;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Section() {}

    public Section(String name, String slug, Instant createdAt) {
        rename(name, slug);
        this.createdAt = requireNonNull(createdAt);
    }

    /** A new name and slug, both checked: a name of its own, a slug of lower-case words and hyphens. */
    public void rename(String name, String slug) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw DomainException.of("admin.sections.refused.noName");
        }
        if (cleanName.length() > MAX_NAME) {
            throw DomainException.of("admin.sections.refused.tooLong", MAX_NAME);
        }
        String cleanSlug = slug == null || slug.isBlank() ? slugOf(cleanName) : slug.strip();
        if (!SLUG.matcher(cleanSlug).matches() || cleanSlug.length() > MAX_NAME) {
            throw new DomainException(
                    "A section's short name is lower-case letters, digits and hyphens, such as “the-city”.");
        }
        this.name = cleanName;
        this.slug = cleanSlug;
    }

    /** The slug a name gives when the admin leaves it out: "The City" is "the-city". */
    public static String slugOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public int version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Section section && slug.equals(section.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
