package de.kokreation.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DraftDifferTest {

    private static final DraftContent BEFORE = DraftContent.titled("Offene Haushaltsdaten");

    @Test
    void marksRemovedAndAddedWordsAndLeavesUnchangedFieldsUnmarked() {
        DraftContent before = with(BEFORE, "Die Haushaltsdaten liegen nur als PDF vor.", List.of());
        DraftContent after = with(
                BEFORE,
                "Die Haushaltsdaten liegen nur als gescannte PDF vor.",
                List.of(new Milestone("Portal geht online", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30))));

        List<DraftDiffer.FieldChange> changes = DraftDiffer.compare(before, after, Locale.GERMAN);

        DraftDiffer.FieldChange problem = field(changes, "draft.field.problem");
        assertThat(problem.changed()).isTrue();
        assertThat(problem.html()).contains("<ins>gescannte </ins>").doesNotContain("<del>");
        DraftDiffer.FieldChange milestones = field(changes, "draft.field.milestones");
        assertThat(milestones.html())
                .contains("<ins>")
                .contains("Portal geht online")
                .contains("30.06.2027");
        DraftDiffer.FieldChange title = field(changes, "draft.field.title");
        assertThat(title.changed()).isFalse();
        assertThat(title.html()).isEqualTo("<p>Offene Haushaltsdaten</p>");
    }

    @Test
    void escapesTheTextsItCompares() {
        DraftContent before = with(BEFORE, "harmlos", List.of());
        DraftContent after = with(BEFORE, "Text <script>alert(1)</script> & mehr &amp; so", List.of());

        String html = field(DraftDiffer.compare(before, after, Locale.GERMAN), "draft.field.problem")
                .html();

        // Markdown fields are compared as the reader sees them: the script is gone, the text escaped.
        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("alert(1)")
                .contains("&amp; mehr &amp; so")
                .contains("<del>harmlos</del>");
        String title = field(
                        DraftDiffer.compare(
                                with(BEFORE, "x", List.of()), withTitle(BEFORE, "<b>Titel</b> & Co"), Locale.GERMAN),
                        "draft.field.title")
                .html();
        assertThat(title).contains("&lt;b&gt;Titel&lt;/b&gt;").contains("&amp;").doesNotContain("<b>");
    }

    private static DraftDiffer.FieldChange field(List<DraftDiffer.FieldChange> changes, String key) {
        return changes.stream()
                .filter(change -> change.fieldKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static DraftContent with(DraftContent base, String problem, List<Milestone> milestones) {
        return new DraftContent(
                base.title(),
                base.startDate(),
                base.endDate(),
                base.leadAgency(),
                problem,
                base.commitment(),
                base.contribution(),
                base.ogpRelevance(),
                base.additionalInfo(),
                base.contactName(),
                base.contactRole(),
                base.contactEmail(),
                base.actorsState(),
                base.actorsCivilSociety(),
                base.actorsPrivate(),
                milestones);
    }

    static DraftContent withTitle(DraftContent base, String title) {
        return new DraftContent(
                title,
                base.startDate(),
                base.endDate(),
                base.leadAgency(),
                "x",
                base.commitment(),
                base.contribution(),
                base.ogpRelevance(),
                base.additionalInfo(),
                base.contactName(),
                base.contactRole(),
                base.contactEmail(),
                base.actorsState(),
                base.actorsCivilSociety(),
                base.actorsPrivate(),
                List.of());
    }
}
