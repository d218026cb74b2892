package org.postbag.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an OpenID provider's claims about a person mean at the desk: who they are (the
 * verified email address; an address the provider has not verified names nobody) and which
 * roles their groups give. Pure rules, no Jakarta: {@link SingleSignOn} feeds it the claims of
 * an ID token that Jakarta Security has already checked.
 *
 * @param groupsClaim the claim that lists the person's groups (or roles), e.g. {@code groups}
 * @param editorGroup the group whose members are editors
 * @param adminGroup the group whose members are admins (and so editors too)
 */
public record ProviderClaims(String groupsClaim, String editorGroup, String adminGroup) {

    /** Why the claims let nobody in. */
    public enum Refusal {
        /** No email claim, or one that does not look like an address. */
        NO_EMAIL,
        /** The provider does not say that it verified the address. */
        UNVERIFIED_EMAIL,
        /** Neither the editors' nor the admins' group. */
        NO_ROLE
    }

    /** Whom the claims name, and what they may do; or why not. */
    public record Identity(String email, String name, Set<Role> roles, Refusal refusal) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    public ProviderClaims {
        if (blank(groupsClaim) || blank(editorGroup) || blank(adminGroup)) {
            throw new IllegalArgumentException("the groups claim and both groups must be named");
        }
    }

    public Identity read(Map<String, Object> claims) {
        String email = text(claims.get("email")).map(String::strip).orElse("");
        if (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+")) {
            return new Identity(null, null, Set.of(), Refusal.NO_EMAIL);
        }
        email = Account.normaliseEmail(email);
        String name = text(claims.get("name"))
                .map(String::strip)
                .filter(n -> !n.isEmpty() && n.length() <= 200)
                .orElse(email.substring(0, email.indexOf('@')));
        if (!verified(claims.get("email_verified"))) {
            return new Identity(email, name, Set.of(), Refusal.UNVERIFIED_EMAIL);
        }
        Set<Role> roles = roles(groups(claims.get(groupsClaim)));
        return new Identity(email, name, roles, roles.isEmpty() ? Refusal.NO_ROLE : null);
    }

    /** The roles the groups give: admins are editors too, as every admin works the queue. */
    Set<Role> roles(Collection<String> groups) {
        if (groups.contains(adminGroup)) {
            return EnumSet.of(Role.EDITOR, Role.ADMIN);
        }
        if (groups.contains(editorGroup)) {
            return EnumSet.of(Role.EDITOR);
        }
        return EnumSet.noneOf(Role.class);
    }

    /** A list claim as providers send it: a JSON array, or (some) one string with spaces or commas. */
    static List<String> groups(Object claim) {
        List<String> groups = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                text(value).map(String::strip).filter(v -> !v.isEmpty()).ifPresent(groups::add);
            }
        } else {
            text(claim).ifPresent(value -> {
                for (String part : value.split("[,\\s]+")) {
                    if (!part.isEmpty()) {
                        groups.add(part);
                    }
                }
            });
        }
        return groups;
    }

    /** Only a true that the provider sent: missing, false or anything else is not verified. */
    static boolean verified(Object claim) {
        if (claim instanceof Boolean value) {
            return value;
        }
        return text(claim)
                .map(v -> v.strip().toLowerCase(Locale.ROOT).equals("true"))
                .orElse(false);
    }

    private static Optional<String> text(Object value) {
        if (value instanceof String s) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
