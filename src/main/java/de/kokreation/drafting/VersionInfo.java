package de.kokreation.drafting;

import java.time.Instant;

/** One entry of a draft's version history; the author's name is empty when the account was deleted. */
public record VersionInfo(int number, String authorName, Instant savedAt) {}
