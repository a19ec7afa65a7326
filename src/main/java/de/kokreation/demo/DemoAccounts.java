package de.kokreation.demo;

/** The demo accounts the README lists; all share one password. */
public final class DemoAccounts {

    public static final String PASSWORD = "Kokreation2018!";
    public static final String CITIZEN = "buergerin@kokreation.example";
    public static final String LEAD = "leitung@kokreation.example";
    public static final String COORDINATOR = "koordination@kokreation.example";
    public static final String ADMIN = "admin@kokreation.example";
    /** Responsible for the demo action plan's commitments: reports on their implementation. */
    public static final String RESPONSIBLE = "verantwortlich@kokreation.example";

    private DemoAccounts() {}
}
