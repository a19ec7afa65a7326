package de.kokreation.drafting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.Milestone;
import de.kokreation.shared.RichText;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A draft's content laid out like the OGP commitment template: the fields as a two-column table
 * with row headers, the milestones as a table of their own. Action plans show their commitments'
 * adopted text with it (without the milestones, which they show with their levels).
 */
@NamedInterface("ui")
public class DraftTemplateTable extends Div {

    DraftTemplateTable(DraftContent content, Locale locale) {
        this(content, locale, true);
    }

    public DraftTemplateTable(DraftContent content, Locale locale, boolean withMilestones) {
        addClassName("kk-template");
        NativeTable fields = new NativeTable();
        fields.addClassName("kk-table");
        fields.setId("draft-fields");
        fields.setCaptionText(getTranslation("draft.template.caption"));
        row(
                fields,
                "draft.field.period",
                new Text(date(content.startDate(), locale) + " – " + date(content.endDate(), locale)));
        row(fields, "draft.field.leadAgency", new Text(orDash(content.leadAgency())));
        row(fields, "draft.field.problem", rich(content.problem()));
        row(fields, "draft.field.commitment", rich(content.commitment()));
        row(fields, "draft.field.contribution", rich(content.contribution()));
        row(fields, "draft.field.ogpRelevance", rich(content.ogpRelevance()));
        row(fields, "draft.field.additionalInfo", rich(content.additionalInfo()));
        row(
                fields,
                "draft.field.contact",
                new Text(orDash(String.join(
                        ", ",
                        Stream.of(content.contactName(), content.contactRole(), content.contactEmail())
                                .filter(part -> !part.isBlank())
                                .toList()))));
        row(fields, "draft.field.actorsState", new Text(orDash(content.actorsState())));
        row(fields, "draft.field.actorsCivilSociety", new Text(orDash(content.actorsCivilSociety())));
        row(fields, "draft.field.actorsPrivate", new Text(orDash(content.actorsPrivate())));
        add(fields);
        if (!withMilestones) {
            return;
        }

        H2 heading = new H2(getTranslation("draft.field.milestones"));
        add(heading);
        if (content.milestones().isEmpty()) {
            add(new Paragraph(getTranslation("draft.milestones.none")));
            return;
        }
        NativeTable milestones = new NativeTable();
        milestones.addClassName("kk-table");
        milestones.setId("draft-milestones");
        NativeTableRow head = milestones.getHead().addRow();
        head.addHeaderCell().setText("#");
        head.addHeaderCell().setText(getTranslation("draft.milestone.deliverable"));
        head.addHeaderCell().setText(getTranslation("draft.milestone.start"));
        head.addHeaderCell().setText(getTranslation("draft.milestone.end"));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        int number = 1;
        for (Milestone milestone : content.milestones()) {
            NativeTableRow row = milestones.getBody().addRow();
            row.addDataCell().setText(Integer.toString(number++));
            row.addDataCell().setText(milestone.deliverable());
            row.addDataCell().setText(Formats.date(milestone.start(), locale));
            row.addDataCell().setText(Formats.date(milestone.end(), locale));
        }
        // On a phone the milestone table scrolls inside its box, never the page.
        Div scroller = new Div(milestones);
        scroller.addClassName("kk-table-scroller");
        add(scroller);
    }

    private void row(NativeTable table, String labelKey, Component value) {
        NativeTableRow row = table.getBody().addRow();
        var header = row.addHeaderCell();
        header.setText(getTranslation(labelKey));
        header.getElement().setAttribute("scope", "row");
        row.addDataCell().add(value);
    }

    private static Component rich(String markdown) {
        return markdown.isBlank() ? new Text("–") : Html5.sanitizedHtml(RichText.render(markdown));
    }

    private static String orDash(String value) {
        return value.isBlank() ? "–" : value;
    }

    private static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "…" : Formats.date(date, locale);
    }
}
