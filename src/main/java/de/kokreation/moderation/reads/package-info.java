/**
 * What the moderation publishes of its own tables for the owners of moderated content: the SQL of
 * "has open flags", which the queue's rows need to be paged and ordered in one query.
 */
@NullMarked
@NamedInterface("reads")
package de.kokreation.moderation.reads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
