package de.kokreation.notification;

import de.kokreation.account.AccountService;
import de.kokreation.meeting.MeetingNews;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about a meeting a person registered for: a seat, the waiting list, moving up, a change,
 * a cancellation, the day before. They are part of the registration the person asked for, so they
 * go out whatever the notification settings say. Times in German time, in the person's language.
 */
@Component
class MeetingMails {

    private final AccountService accounts;
    private final MailTemplates templates;
    private final MailComposer composer;
    private final String baseUrl;

    MeetingMails(
            AccountService accounts,
            MailTemplates templates,
            MailComposer composer,
            @Value("${kokreation.public-base-url}") String baseUrl) {
        this.accounts = accounts;
        this.templates = templates;
        this.composer = composer;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(MeetingNews news) {
        accounts.contact(news.recipientId())
                .ifPresent(contact -> composer.send(
                        contact.email(),
                        templates.render(
                                "meeting." + news.kind().name(),
                                contact.locale(),
                                contact.displayName(),
                                news.title(),
                                Formats.span(news.startsAt(), news.endsAt(), contact.locale()),
                                news.where(),
                                baseUrl + Permalinks.meeting(news.meetingId()))));
    }
}
