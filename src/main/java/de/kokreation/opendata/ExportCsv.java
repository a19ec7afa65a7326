package de.kokreation.opendata;

import de.kokreation.shared.SpreadsheetSafeCsv;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The CSV files of a consultation: the same fields as the JSON export, in snake_case columns.
 * Lists (the drafts of a proposal, the proposals of a draft) are ids joined by {@code ;}; a draft's
 * milestones are one line each in one cell. The columns are documented in the README.
 */
final class ExportCsv {

    static final List<String> PROPOSAL_COLUMNS = List.of(
            "id",
            "theme_group",
            "title",
            "body_source",
            "body_html",
            "author",
            "created_at",
            "updated_at",
            "votes_for",
            "votes_against",
            "comment_count",
            "duplicate_of",
            "response_outcome",
            "response_reason",
            "responded_at",
            "draft_ids",
            "source_meeting");
    static final List<String> COMMENT_COLUMNS =
            List.of("id", "proposal_id", "parent_id", "author", "body", "created_at", "edited_at", "state");
    static final List<String> DRAFT_COLUMNS = List.of(
            "id",
            "theme_group",
            "status",
            "status_reason",
            "title",
            "version",
            "published_at",
            "updated_at",
            "start_date",
            "end_date",
            "lead_agency",
            "problem",
            "commitment",
            "contribution",
            "ogp_relevance",
            "additional_info",
            "contact_name",
            "contact_role",
            "actors_state",
            "actors_civil_society",
            "actors_private",
            "milestones",
            "votes_for",
            "votes_against",
            "comment_count",
            "proposal_ids");
    static final List<String> DRAFT_COMMENT_COLUMNS =
            List.of("id", "draft_id", "author", "body", "created_at", "state");

    private final SpreadsheetSafeCsv csv;

    private ExportCsv(OutputStream out, List<String> columns) {
        this.csv = new SpreadsheetSafeCsv(out, columns);
    }

    static ExportCsv proposals(OutputStream out) {
        return new ExportCsv(out, PROPOSAL_COLUMNS);
    }

    static ExportCsv comments(OutputStream out) {
        return new ExportCsv(out, COMMENT_COLUMNS);
    }

    static ExportCsv drafts(OutputStream out) {
        return new ExportCsv(out, DRAFT_COLUMNS);
    }

    static ExportCsv draftComments(OutputStream out) {
        return new ExportCsv(out, DRAFT_COMMENT_COLUMNS);
    }

    void proposal(PublicContent.Proposal p) {
        PublicContent.Response response = p.response();
        csv.row(
                p.id(),
                p.themeGroup(),
                p.title(),
                p.bodySource(),
                p.bodyHtml(),
                p.author(),
                text(p.createdAt()),
                text(p.updatedAt()),
                p.votesFor(),
                p.votesAgainst(),
                p.commentCount(),
                p.duplicateOf(),
                response == null ? null : response.outcome(),
                response == null ? null : response.reason(),
                response == null ? null : text(response.respondedAt()),
                ids(p.draftIds()),
                p.sourceMeeting());
    }

    void comment(PublicContent.Comment c) {
        csv.row(
                c.id(),
                c.proposalId(),
                c.parentId(),
                c.author(),
                c.body(),
                text(c.createdAt()),
                text(c.editedAt()),
                c.state());
    }

    void draft(PublicContent.Draft d) {
        csv.row(
                d.id(),
                d.themeGroup(),
                d.status(),
                d.statusReason(),
                d.title(),
                d.version(),
                text(d.publishedAt()),
                text(d.updatedAt()),
                text(d.startDate()),
                text(d.endDate()),
                d.leadAgency(),
                d.problem(),
                d.commitment(),
                d.contribution(),
                d.ogpRelevance(),
                d.additionalInfo(),
                d.contactName(),
                d.contactRole(),
                d.actorsState(),
                d.actorsCivilSociety(),
                d.actorsPrivate(),
                milestones(d.milestones()),
                d.votesFor(),
                d.votesAgainst(),
                d.commentCount(),
                ids(d.proposalIds()));
    }

    void draftComment(PublicContent.DraftComment c) {
        csv.row(c.id(), c.draftId(), c.author(), c.body(), text(c.createdAt()), c.state());
    }

    void finish() {
        csv.finish();
    }

    /** One milestone per line: {@code 2019-01-01/2019-06-30 deliverable} (an ISO 8601 interval first). */
    static String milestones(List<PublicContent.Milestone> milestones) {
        return milestones.stream()
                .map(m -> m.startDate() + "/" + m.endDate() + " " + m.deliverable())
                .collect(Collectors.joining("\n"));
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static @Nullable String text(@Nullable Instant value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable String text(@Nullable LocalDate value) {
        return value == null ? null : value.toString();
    }
}
