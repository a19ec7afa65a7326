/**
 * Moderation: the leads' queue of new and flagged content with bulk actions, and the audit log of
 * every moderation action that coordinators read. The content's own state changes live in the
 * proposal module ({@link de.kokreation.proposal.ContentModeration}), which publishes each action.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "account :: reads", "consultation", "proposal", "shared", "shell"})
package de.kokreation.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
