/**
 * Moderation: what moderators do to content (hide with a public reason, restore, mark duplicate
 * or reviewed, move, block an author), the flags participants send, the leads' queue of new and
 * flagged content with bulk actions, and the audit log of every action that coordinators read.
 * The content itself belongs to its owner, which offers it through {@link ModeratedContent}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "account :: reads", "consultation", "shared", "shell"})
package de.kokreation.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
