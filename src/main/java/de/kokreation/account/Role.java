package de.kokreation.account;

/** What an account may do platform-wide. Leads and coordinators are further scoped to objects. */
public enum Role {
    CITIZEN,
    LEAD,
    COORDINATOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
