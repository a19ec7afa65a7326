package de.kokreation.shared;

/** Something a page can greet by name, such as the logged-in user. */
public interface DisplayNamed {

    String displayName();
}
