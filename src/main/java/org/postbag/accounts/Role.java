package org.postbag.accounts;

/** What an account may do. The names, in lower case, are the roles of web.xml. */
public enum Role {
    EDITOR,
    ADMIN;

    public String roleName() {
        return name().toLowerCase();
    }
}
