package de.kokreation.account.ui;

/** Addresses of the account pages; mails link to them, so they must stay stable. */
final class AccountPaths {

    static final String REGISTER = "registrieren";
    static final String CONFIRM = "registrieren/bestaetigen";
    static final String FORGOT_PASSWORD = "passwort-vergessen";
    static final String RESET_PASSWORD = "passwort-zuruecksetzen";
    static final String WELCOME = "willkommen";
    static final String SECOND_FACTOR = "zweiter-faktor";
    static final String SECOND_FACTOR_CODE = "anmelden/code";

    private AccountPaths() {}
}
