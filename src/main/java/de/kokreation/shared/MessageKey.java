package de.kokreation.shared;

/** An argument of a {@link DomainException} that is itself translated, such as a field's label. */
public record MessageKey(String key) {
}
