package de.kokreation.drafting;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import de.kokreation.shared.RichText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Compares two versions of a draft field by field, word by word. The result is HTML in which
 * removed words are {@code <del>} and added words {@code <ins>}; the texts themselves are escaped.
 */
public final class DraftDiffer {

    /** One field of the template: its label's message key, the diff as HTML, and whether it changed. */
    public record FieldChange(String fieldKey, String html, boolean changed) {}

    /** Words and the whitespace between them; entities stay whole, so no tag lands inside one. */
    private static final Pattern WORDS_AND_SPACES = Pattern.compile("\\s+|\\S+");

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .mergeOriginalRevised(true)
            .lineNormalizer(DraftDiffer::escape)
            .inlineDiffBySplitter(DraftDiffer::words)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private DraftDiffer() {}

    static List<FieldChange> compare(DraftContent from, DraftContent to, Locale locale) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "draft.field.title", from, to, DraftContent::title);
        field(
                changes,
                "draft.field.period",
                from,
                to,
                content -> date(content.startDate(), dates) + " – " + date(content.endDate(), dates));
        field(changes, "draft.field.leadAgency", from, to, DraftContent::leadAgency);
        field(changes, "draft.field.problem", from, to, content -> readable(content.problem()));
        field(changes, "draft.field.commitment", from, to, content -> readable(content.commitment()));
        field(changes, "draft.field.contribution", from, to, content -> readable(content.contribution()));
        field(changes, "draft.field.ogpRelevance", from, to, content -> readable(content.ogpRelevance()));
        field(changes, "draft.field.additionalInfo", from, to, content -> readable(content.additionalInfo()));
        field(
                changes,
                "draft.field.milestones",
                from,
                to,
                content -> String.join(
                        "\n",
                        content.milestones().stream()
                                .map(m -> m.deliverable() + " (" + dates.format(m.start()) + " – "
                                        + dates.format(m.end()) + ")")
                                .toList()));
        field(
                changes,
                "draft.field.contact",
                from,
                to,
                content -> String.join("\n", content.contactName(), content.contactRole(), content.contactEmail()));
        field(changes, "draft.field.actorsState", from, to, DraftContent::actorsState);
        field(changes, "draft.field.actorsCivilSociety", from, to, DraftContent::actorsCivilSociety);
        field(changes, "draft.field.actorsPrivate", from, to, DraftContent::actorsPrivate);
        return changes;
    }

    private static void field(
            List<FieldChange> changes,
            String key,
            DraftContent from,
            DraftContent to,
            Function<DraftContent, String> value) {
        String before = value.apply(from);
        String after = value.apply(to);
        List<DiffRow> rows = GENERATOR.generateDiffRows(
                before.lines().toList(), after.lines().toList());
        StringBuilder html = new StringBuilder();
        for (DiffRow row : rows) {
            String line = row.getOldLine();
            if (!line.isEmpty()) {
                html.append("<p>").append(line).append("</p>");
            }
        }
        changes.add(new FieldChange(key, html.toString(), !before.equals(after)));
    }

    /**
     * Markdown as a reader sees it: one line per paragraph, heading or list item (with a bullet),
     * without the markup characters, so that the comparison shows changes in words, not in stars.
     */
    static String readable(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        Document html = Jsoup.parseBodyFragment(RichText.render(markdown));
        List<String> lines = new ArrayList<>();
        for (Element block : html.body().select("p, li, h3, h4")) {
            if (block.is("li") && !block.select("p").isEmpty()) {
                // a list item holding paragraphs: its paragraphs become the lines
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                boolean inList = block.is("li")
                        || block.parent() != null && block.parent().is("li");
                lines.add(inList ? "• " + text : text);
            }
        }
        return String.join("\n", lines);
    }

    private static List<String> words(String line) {
        // The library adds to the list it gets, so it must be mutable.
        return WORDS_AND_SPACES
                .matcher(line)
                .results()
                .map(MatchResult::group)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Full HTML escaping (the library's default leaves {@code &} as it is). */
    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String date(@Nullable LocalDate date, DateTimeFormatter format) {
        return date == null ? "…" : format.format(date);
    }
}
