package de.kokreation.shared;

import java.util.Arrays;

/**
 * A rule of the domain was broken by a request. Carries a message key of the UI bundles (not a
 * sentence) so that the user reads the reason in their own language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final Object[] messageArguments;

    public DomainException(String messageKey, Object... messageArguments) {
        super(messageKey + (messageArguments.length == 0 ? "" : " " + Arrays.toString(messageArguments)));
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
