package de.kokreation.shared;

/** The requested object does not exist or is not visible to the caller. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
