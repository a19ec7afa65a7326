package de.kokreation.opendata;

import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.shared.Permalinks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the objects of the open-data JSON, field by field, onto a streaming generator. The field
 * names are documented in {@code opendata/export.schema.json} and {@code consultations.schema.json}:
 * a field added here must be added there (the tests validate against the schemas, which forbid
 * unknown fields).
 */
final class ExportJson {

    private ExportJson() {}

    /** A consultation as the list shows it: what it is, when, and where its files are. */
    static void consultationEntry(JsonGenerator json, ConsultationSummary consultation, OpenDataLinks links) {
        json.writeStartObject();
        json.writeStringProperty("slug", consultation.slug());
        json.writeStringProperty("title", consultation.title());
        json.writeStringProperty("region", consultation.region());
        json.writeStringProperty(
                "phase", PublicContent.lower(consultation.currentPhase().name()));
        timeline(json, consultation.timeline());
        json.writeStringProperty("url", links.page(Permalinks.consultation(consultation.slug())));
        json.writeObjectPropertyStart("files");
        String slug = consultation.slug();
        json.writeStringProperty("exportJson", links.file(slug, OpenDataLinks.EXPORT_JSON));
        json.writeStringProperty("proposalsCsv", links.file(slug, OpenDataLinks.PROPOSALS_CSV));
        json.writeStringProperty("commentsCsv", links.file(slug, OpenDataLinks.COMMENTS_CSV));
        json.writeStringProperty("draftsCsv", links.file(slug, OpenDataLinks.DRAFTS_CSV));
        json.writeStringProperty("draftCommentsCsv", links.file(slug, OpenDataLinks.DRAFT_COMMENTS_CSV));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The consultation of an export, with its theme groups in their order. */
    static void consultation(
            JsonGenerator json, ConsultationSummary consultation, List<ThemeGroupSummary> groups, OpenDataLinks links) {
        json.writeObjectPropertyStart("consultation");
        json.writeNumberProperty("id", consultation.id());
        json.writeStringProperty("slug", consultation.slug());
        json.writeStringProperty("title", consultation.title());
        json.writeStringProperty("region", consultation.region());
        json.writeStringProperty("description", consultation.descriptionSource());
        json.writeStringProperty("descriptionHtml", consultation.descriptionHtml());
        json.writeStringProperty("url", links.page(Permalinks.consultation(consultation.slug())));
        json.writeStringProperty(
                "phase", PublicContent.lower(consultation.currentPhase().name()));
        timeline(json, consultation.timeline());
        json.writeArrayPropertyStart("themeGroups");
        for (ThemeGroupSummary group : groups) {
            json.writeStartObject();
            json.writeStringProperty("slug", group.slug());
            json.writeStringProperty("name", group.name());
            json.writeStringProperty("description", group.description());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void timeline(JsonGenerator json, List<Timeline.PhaseSpan> spans) {
        json.writeArrayPropertyStart("timeline");
        for (Timeline.PhaseSpan span : spans) {
            json.writeStartObject();
            json.writeStringProperty("phase", PublicContent.lower(span.phase().name()));
            date(json, "start", span.start());
            // The closed phase has no end.
            date(json, "end", span.phase() == Phase.CLOSED ? null : span.end());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void proposal(JsonGenerator json, PublicContent.Proposal proposal) {
        json.writeStartObject();
        json.writeNumberProperty("id", proposal.id());
        json.writeStringProperty("themeGroup", proposal.themeGroup());
        json.writeStringProperty("title", proposal.title());
        json.writeStringProperty("bodySource", proposal.bodySource());
        json.writeStringProperty("bodyHtml", proposal.bodyHtml());
        json.writeStringProperty("author", proposal.author());
        instant(json, "createdAt", proposal.createdAt());
        instant(json, "updatedAt", proposal.updatedAt());
        json.writeNumberProperty("votesFor", proposal.votesFor());
        json.writeNumberProperty("votesAgainst", proposal.votesAgainst());
        json.writeNumberProperty("commentCount", proposal.commentCount());
        number(json, "duplicateOf", proposal.duplicateOf());
        PublicContent.Response response = proposal.response();
        if (response == null) {
            json.writeNullProperty("response");
        } else {
            json.writeObjectPropertyStart("response");
            json.writeStringProperty("outcome", response.outcome());
            json.writeStringProperty("reason", response.reason());
            instant(json, "respondedAt", response.respondedAt());
            json.writeEndObject();
        }
        ids(json, "draftIds", proposal.draftIds());
        number(json, "sourceMeeting", proposal.sourceMeeting());
        json.writeEndObject();
    }

    static void comment(JsonGenerator json, PublicContent.Comment comment) {
        json.writeStartObject();
        json.writeNumberProperty("id", comment.id());
        json.writeNumberProperty("proposalId", comment.proposalId());
        number(json, "parentId", comment.parentId());
        json.writeStringProperty("author", comment.author());
        json.writeStringProperty("body", comment.body());
        instant(json, "createdAt", comment.createdAt());
        instant(json, "editedAt", comment.editedAt());
        json.writeStringProperty("state", comment.state());
        json.writeEndObject();
    }

    static void draft(JsonGenerator json, PublicContent.Draft draft) {
        json.writeStartObject();
        json.writeNumberProperty("id", draft.id());
        json.writeStringProperty("themeGroup", draft.themeGroup());
        json.writeStringProperty("status", draft.status());
        json.writeStringProperty("statusReason", draft.statusReason());
        json.writeStringProperty("title", draft.title());
        json.writeNumberProperty("version", draft.version());
        instant(json, "publishedAt", draft.publishedAt());
        instant(json, "updatedAt", draft.updatedAt());
        date(json, "startDate", draft.startDate());
        date(json, "endDate", draft.endDate());
        json.writeStringProperty("leadAgency", draft.leadAgency());
        json.writeStringProperty("problem", draft.problem());
        json.writeStringProperty("commitment", draft.commitment());
        json.writeStringProperty("contribution", draft.contribution());
        json.writeStringProperty("ogpRelevance", draft.ogpRelevance());
        json.writeStringProperty("additionalInfo", draft.additionalInfo());
        json.writeStringProperty("contactName", draft.contactName());
        json.writeStringProperty("contactRole", draft.contactRole());
        json.writeStringProperty("actorsState", draft.actorsState());
        json.writeStringProperty("actorsCivilSociety", draft.actorsCivilSociety());
        json.writeStringProperty("actorsPrivate", draft.actorsPrivate());
        json.writeArrayPropertyStart("milestones");
        for (PublicContent.Milestone milestone : draft.milestones()) {
            json.writeStartObject();
            json.writeStringProperty("deliverable", milestone.deliverable());
            date(json, "startDate", milestone.startDate());
            date(json, "endDate", milestone.endDate());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberProperty("votesFor", draft.votesFor());
        json.writeNumberProperty("votesAgainst", draft.votesAgainst());
        json.writeNumberProperty("commentCount", draft.commentCount());
        ids(json, "proposalIds", draft.proposalIds());
        json.writeEndObject();
    }

    static void draftComment(JsonGenerator json, PublicContent.DraftComment comment) {
        json.writeStartObject();
        json.writeNumberProperty("id", comment.id());
        json.writeNumberProperty("draftId", comment.draftId());
        json.writeStringProperty("author", comment.author());
        json.writeStringProperty("body", comment.body());
        instant(json, "createdAt", comment.createdAt());
        json.writeStringProperty("state", comment.state());
        json.writeEndObject();
    }

    /** The licence the file is published under and the attribution reusers give. */
    static void licence(JsonGenerator json, de.kokreation.shared.OpenDataTerms terms) {
        json.writeObjectPropertyStart("licence");
        json.writeStringProperty("id", terms.licence().spdx());
        json.writeStringProperty("name", terms.licence().title());
        json.writeStringProperty("url", terms.licence().url());
        json.writeStringProperty("attribution", terms.attribution());
        json.writeEndObject();
    }

    static void instant(JsonGenerator json, String name, @Nullable Instant value) {
        json.writeStringProperty(name, value == null ? null : value.toString());
    }

    private static void date(JsonGenerator json, String name, @Nullable LocalDate value) {
        json.writeStringProperty(name, value == null ? null : value.toString());
    }

    private static void number(JsonGenerator json, String name, @Nullable Long value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeNumberProperty(name, value.longValue());
        }
    }

    private static void ids(JsonGenerator json, String name, List<Long> ids) {
        json.writeArrayPropertyStart(name);
        for (long id : ids) {
            json.writeNumber(id);
        }
        json.writeEndArray();
    }
}
