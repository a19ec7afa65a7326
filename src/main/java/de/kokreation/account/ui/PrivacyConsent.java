package de.kokreation.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.kokreation.account.TermsOfParticipation;

/**
 * "I have read the privacy notice and accept the terms of participation", both texts links that
 * open beside the form: the terms say that contributions are published and may be reused.
 */
class PrivacyConsent extends Checkbox {

    PrivacyConsent() {
        Anchor privacyLink = new Anchor("/datenschutz", getTranslation("register.privacy.link"));
        privacyLink.setTarget("_blank");
        Anchor termsLink = new Anchor("/" + TermsOfParticipation.PAGE, getTranslation("register.terms.link"));
        termsLink.setTarget("_blank");
        setLabelComponent(new Span(
                new Span(getTranslation("register.privacy.before") + " "),
                privacyLink,
                new Span(" " + getTranslation("register.privacy.between") + " "),
                termsLink,
                new Span(spaced(getTranslation("register.privacy.after")))));
    }

    /** The closing words with a space before them, unless they are only a full stop. */
    private static String spaced(String words) {
        return words.startsWith(".") ? words : " " + words;
    }
}
