package de.kokreation.account;

import java.util.Locale;

/** Where and how to write to an account holder. */
public record AccountContact(long accountId, String email, String displayName, Locale locale) {}
