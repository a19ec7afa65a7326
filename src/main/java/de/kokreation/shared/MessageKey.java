package de.kokreation.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * An argument of a message that is itself a text of the bundles, such as a field's label or a
 * phase's name, so that it appears in the message's language. The message source resolves it
 * wherever it is an argument: in pages, mails and documents alike. A missing key shows as
 * {@code !key!}, so that it is noticed.
 */
public record MessageKey(String key) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public String getDefaultMessage() {
        return "!" + key + "!";
    }
}
