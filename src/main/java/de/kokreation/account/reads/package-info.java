/**
 * What the account module publishes for other modules to read in bulk: display names and which
 * accounts are deleted, one query for many ids. Not for views: they ask the services.
 */
@NullMarked
@NamedInterface("reads")
package de.kokreation.account.reads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
