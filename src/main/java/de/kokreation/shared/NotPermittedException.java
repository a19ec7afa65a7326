package de.kokreation.shared;

/**
 * The caller is logged in but may not do this to this object (object-level authorization,
 * beyond what {@code @PreAuthorize} can see).
 */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
