/**
 * Mail: composes mails in the recipient's language (plain text and HTML) and sends them from
 * listeners of other modules' events, through Spring Modulith's event publication registry, so
 * that a mail is never sent inside a user's request and none is lost when the SMTP server is down.
 * Without a configured SMTP server the embedded default runs an SMTP sink whose mails an admin
 * page lists.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"account", "actionplan", "consultation", "meeting", "proposal", "shared", "shell"})
package de.kokreation.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
