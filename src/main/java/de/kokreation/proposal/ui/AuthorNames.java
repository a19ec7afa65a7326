package de.kokreation.proposal.ui;

import com.vaadin.flow.component.Component;
import de.kokreation.proposal.ProposalSource;
import org.jspecify.annotations.Nullable;

/**
 * Who a proposal is from: the author's name, "Gelöschtes Konto" when the account was deleted (its
 * name is gone), or the meeting whose cards it was written on, with the number of people there.
 */
final class AuthorNames {

    private AuthorNames() {}

    static String of(Component context, String displayName) {
        return displayName.isBlank() ? context.getTranslation("account.deletedName") : displayName;
    }

    /** "von Anna" or "aus dem Workshop „Köln“ (35 Teilnehmende)". */
    static String byLine(Component context, String displayName, @Nullable ProposalSource source) {
        if (source == null) {
            return context.getTranslation("proposal.byAuthor", of(context, displayName));
        }
        return fromMeeting(context, source);
    }

    static String fromMeeting(Component context, ProposalSource source) {
        Integer attendance = source.attendance();
        return context.getTranslation(
                "proposal.from." + source.kindKey(), source.title(), attendance == null ? -1 : attendance);
    }
}
