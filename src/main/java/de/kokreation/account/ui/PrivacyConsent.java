package de.kokreation.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** "I have read the privacy notice and agree", the notice a link that opens beside the form. */
class PrivacyConsent extends Checkbox {

    PrivacyConsent() {
        Anchor privacyLink = new Anchor("/datenschutz", getTranslation("register.privacy.link"));
        privacyLink.setTarget("_blank");
        setLabelComponent(new Span(
                new Span(getTranslation("register.privacy.before") + " "),
                privacyLink,
                new Span(" " + getTranslation("register.privacy.after"))));
    }
}
