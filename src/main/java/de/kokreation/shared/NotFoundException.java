package de.kokreation.shared;

import java.util.Arrays;

/** The requested object does not exist or is not visible to the caller. */
public class NotFoundException extends DomainException {

    /** Numbers are ids here: shown as typed ("987654321"), not grouped as amounts ("987.654.321"). */
    public NotFoundException(String messageKey, Object... messageArguments) {
        super(
                messageKey,
                Arrays.stream(messageArguments)
                        .map(argument -> argument instanceof Long || argument instanceof Integer
                                ? (Object) String.valueOf(argument)
                                : argument)
                        .toArray());
    }
}
