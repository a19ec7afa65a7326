package de.kokreation.proposal.ui;

import com.vaadin.flow.component.Component;

/** The author's name, or "Gelöschtes Konto" when the account was deleted (its name is gone). */
final class AuthorNames {

    private AuthorNames() {}

    static String of(Component context, String displayName) {
        return displayName.isBlank() ? context.getTranslation("account.deletedName") : displayName;
    }
}
