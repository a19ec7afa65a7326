/**
 * Seed writers of the meeting module: how demo data writes meetings, registrations, dots and
 * minutes, in JDBC on a connection the caller holds. Only for seeding: the application writes
 * through its services and entities.
 */
@NullMarked
@NamedInterface("seed")
package de.kokreation.meeting.seed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
