package de.kokreation.meeting;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.jobs.JobProgress;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalLimits;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSummary;
import de.kokreation.shared.CsvRows;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.RichText;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The input of a workshop: the proposals people wrote on cards, typed in by an organiser one card
 * after the other or imported from a CSV file (all rows or none), and the dots the room stuck on
 * proposals. The organiser must organise the meeting and moderate the card's theme group; the
 * proposal module checks the latter again.
 */
@Service
public class WorkshopIntake {

    /** At most this many cards per file: a big regional workshop brings a few hundred. */
    public static final int MAX_ROWS = 2_000;
    /** The file's size limit; a card is a few hundred bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public static final int DOTS_MAX = DotVotes.DOTS_MAX;
    /** The columns of the import file, in English or German; {@code dots} may be left out. */
    public static final List<String> COLUMNS = List.of("theme_group", "title", "text", "dots");

    private static final Map<String, String> GERMAN_COLUMNS =
            Map.of("themengruppe", "theme_group", "titel", "title", "punkte", "dots");

    /** One card: its proposal as lists show it and the dots it got in the room. */
    public record Card(ProposalSummary proposal, @Nullable Integer dots) {}

    /** What an import did: the cards it recorded, or the refusals row by row and nothing recorded. */
    public record ImportResult(int recorded, List<RowError> errors) {

        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /** A refused row: its line in the file (the header is line 1), and why as a message key with arguments. */
    public record RowError(int line, String messageKey, List<Object> arguments) {}

    private final MeetingAccess access;
    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final ModerationRights rights;
    private final DotVotes dotVotes;
    private final Clock clock;

    WorkshopIntake(
            MeetingAccess access,
            ProposalService proposals,
            ConsultationService consultations,
            ModerationRights rights,
            DotVotes dotVotes,
            Clock clock) {
        this.access = access;
        this.proposals = proposals;
        this.consultations = consultations;
        this.rights = rights;
        this.dotVotes = dotVotes;
        this.clock = clock;
    }

    /** The theme groups the caller may type cards into: of the meeting's consultation, moderated by them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ThemeGroupSummary> themeGroups(long meetingId) {
        Meeting meeting = intakeMeeting(meetingId);
        return consultations.getConsultation(meeting.consultationId()).themeGroups().stream()
                .filter(group -> rights.mayModerate(group.id()))
                .toList();
    }

    /** The cards typed in so far, in order, with their dots. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Card> cards(long meetingId) {
        intakeMeeting(meetingId);
        Map<Long, Integer> dots = dotVotes.ofMeeting(meetingId);
        return proposals.fromMeeting(meetingId).stream()
                .map(proposal -> new Card(proposal, dots.get(proposal.id())))
                .toList();
    }

    /** Records one card as a proposal of the theme group, with the dots it got (or none). Answers its id. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long record(long meetingId, long themeGroupId, ProposalDraft card, @Nullable Integer dots) {
        Meeting meeting = intakeMeetingForUpdate(meetingId);
        access.requireGroupsOf(meeting.consultationId(), java.util.Set.of(themeGroupId));
        checkDots(dots);
        long proposalId = proposals.recordFromMeeting(themeGroupId, meetingId, checked(card));
        if (dots != null) {
            dotVotes.set(meetingId, proposalId, dots, access.myAccountId(), clock.instant());
        }
        return proposalId;
    }

    /**
     * Counts the dots a proposal of the meeting's consultation got in the room ({@code null}
     * clears the count): a card typed in, or an online proposal the room looked at.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void countDots(long meetingId, long proposalId, @Nullable Integer dots) {
        // Locked: two organisers counting the same card take turns.
        Meeting meeting = intakeMeetingForUpdate(meetingId);
        var group = proposals.getProposal(proposalId).themeGroup();
        access.requireGroupsOf(meeting.consultationId(), java.util.Set.of(group.id()));
        // As for a card: only the group's moderators, only while the group takes workshop input.
        rights.requireModerator(group.id());
        if (!group.currentPhase().allowsWorkshopInput()) {
            throw new DomainException("proposal.error.workshopInputClosed");
        }
        checkDots(dots);
        dotVotes.set(meetingId, proposalId, dots, access.myAccountId(), clock.instant());
    }

    /**
     * Imports cards from a CSV file with the columns {@link #COLUMNS} (or Themengruppe, Titel,
     * Text, Punkte), the theme group by its name or its address part. Every row is checked first;
     * if any is refused, nothing is recorded and each refusal is named with its line.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ImportResult importCsv(long meetingId, InputStream file) {
        return importCsv(meetingId, file, JobProgress.none());
    }

    /**
     * {@link #importCsv(long, InputStream)} telling {@code progress} of every card recorded; a cancel
     * ({@link de.kokreation.jobs.JobCancelledException}) rolls back the cards recorded so far.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ImportResult importCsv(long meetingId, InputStream file, JobProgress progress) {
        Meeting meeting = intakeMeeting(meetingId);
        List<ThemeGroupSummary> groups = themeGroups(meetingId);
        CsvRows sheet;
        try {
            sheet = CsvRows.read(file);
        } catch (DomainException unreadable) {
            return refused(1, "meeting.import.error.unreadable");
        }
        List<String> header = sheet.header().stream()
                .map(name -> GERMAN_COLUMNS.getOrDefault(name, name))
                .toList();
        if (!header.containsAll(List.of("theme_group", "title", "text"))) {
            return refused(1, "meeting.import.error.header", String.join(", ", COLUMNS));
        }
        if (sheet.rows().isEmpty()) {
            return refused(1, "meeting.import.error.empty");
        }
        if (sheet.rows().size() > MAX_ROWS) {
            return refused(sheet.rows().get(MAX_ROWS).line(), "meeting.import.error.tooManyRows", MAX_ROWS);
        }
        List<RowError> errors = new ArrayList<>();
        record Checked(
                long themeGroupId,
                ProposalDraft draft,
                @Nullable Integer dots) {}
        List<Checked> cards = new ArrayList<>();
        for (CsvRows.Row row : sheet.rows()) {
            try {
                String groupCell = cell(sheet, header, row, "theme_group");
                ThemeGroupSummary group = groupNamed(groups, groupCell)
                        .orElseThrow(() -> new DomainException("meeting.import.error.themeGroup", groupCell));
                ProposalDraft draft =
                        checked(new ProposalDraft(cell(sheet, header, row, "title"), cell(sheet, header, row, "text")));
                cards.add(new Checked(group.id(), draft, dots(cell(sheet, header, row, "dots"))));
            } catch (DomainException refused) {
                errors.add(new RowError(row.line(), refused.messageKey(), Arrays.asList(refused.messageArguments())));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        // The meeting and the groups are checked once above; the proposal module checks each group again.
        long recorder = access.myAccountId();
        progress.total(cards.size());
        for (Checked card : cards) {
            long proposalId = proposals.recordFromMeeting(card.themeGroupId(), meeting.id(), card.draft());
            if (card.dots() != null) {
                dotVotes.set(meeting.id(), proposalId, card.dots(), recorder, clock.instant());
            }
            progress.advance(1);
        }
        return new ImportResult(cards.size(), List.of());
    }

    private Meeting intakeMeetingForUpdate(long meetingId) {
        return requireTakesCards(access.organisedForUpdate(meetingId));
    }

    private Meeting intakeMeeting(long meetingId) {
        return requireTakesCards(access.organised(meetingId));
    }

    private Meeting requireTakesCards(Meeting meeting) {
        if (meeting.consultationId() == null) {
            throw new DomainException("meeting.error.noConsultation");
        }
        if (meeting.cancelledAt() != null) {
            throw new DomainException("meeting.error.cancelled");
        }
        if (!meeting.hasBegun(clock.instant())) {
            throw new DomainException("meeting.error.notBegun");
        }
        return meeting;
    }

    private static String cell(CsvRows sheet, List<String> header, CsvRows.Row row, String column) {
        int index = header.indexOf(column);
        return index < 0 ? "" : row.cell(sheet.header().get(index));
    }

    private static Optional<ThemeGroupSummary> groupNamed(List<ThemeGroupSummary> groups, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return groups.stream()
                .filter(group -> group.slug().equals(wanted)
                        || group.name().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The proposal's own limits, checked here so that every row is named before anything is written. */
    private static ProposalDraft checked(ProposalDraft draft) {
        String title = draft.title().strip();
        String body = draft.body().strip();
        if (title.length() < ProposalLimits.TITLE_MIN || title.length() > ProposalLimits.TITLE_MAX) {
            throw new DomainException("proposal.error.titleSize", ProposalLimits.TITLE_MIN, ProposalLimits.TITLE_MAX);
        }
        if (body.length() < ProposalLimits.BODY_MIN || body.length() > ProposalLimits.BODY_MAX) {
            throw new DomainException("proposal.error.bodySize", ProposalLimits.BODY_MIN, ProposalLimits.BODY_MAX);
        }
        if (!RichText.isRenderable(body)) {
            throw new DomainException("meeting.import.error.nesting");
        }
        return new ProposalDraft(title, body);
    }

    private static @Nullable Integer dots(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            int dots = Integer.parseInt(text.strip());
            checkDots(dots);
            return dots;
        } catch (NumberFormatException notANumber) {
            throw new DomainException("meeting.error.dots", 0, DOTS_MAX);
        }
    }

    private static void checkDots(@Nullable Integer dots) {
        if (dots != null && (dots < 0 || dots > DOTS_MAX)) {
            throw new DomainException("meeting.error.dots", 0, DOTS_MAX);
        }
    }

    private static ImportResult refused(int line, String key, Object... arguments) {
        return new ImportResult(0, List.of(new RowError(line, key, Arrays.asList(arguments))));
    }
}
