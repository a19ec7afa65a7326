package de.kokreation.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import de.kokreation.drafting.DraftLimits;
import de.kokreation.drafting.Milestone;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.ComponentTexts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The milestones of a draft as editable rows: deliverable, start and end; rows are added and removed. */
class MilestonesEditor extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div rowArea = new Div();

    MilestonesEditor(List<Milestone> milestones) {
        addClassName("kk-milestones-editor");
        H2 heading = new H2(getTranslation("draft.field.milestones"));
        Button add = new Button(
                getTranslation("draft.milestone.add"),
                click -> addRow(null).deliverable.focus());
        add.setId("milestone-add");
        add(heading, rowArea, add);
        milestones.forEach(this::addRow);
    }

    private Row addRow(@Nullable Milestone milestone) {
        Row row = new Row(rows.size() + 1, milestone);
        rows.add(row);
        rowArea.add(row);
        return row;
    }

    /** The rows as milestones; a row without dates is refused, naming its number. */
    List<Milestone> value() {
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.start.getValue() == null || row.end.getValue() == null) {
                row.start.setInvalid(row.start.getValue() == null);
                row.end.setInvalid(row.end.getValue() == null);
                throw new DomainException("draft.error.milestoneDates", i + 1);
            }
            milestones.add(new Milestone(row.deliverable.getValue(), row.start.getValue(), row.end.getValue()));
        }
        return milestones;
    }

    private void remove(Row row) {
        rows.remove(row);
        rowArea.remove(row);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).renumber(i + 1);
        }
    }

    private class Row extends Div {

        private final TextArea deliverable = new TextArea();
        private final DatePicker start = ComponentTexts.localized(new DatePicker());
        private final DatePicker end = ComponentTexts.localized(new DatePicker());
        private final Button removeButton = new Button();

        Row(int number, @Nullable Milestone milestone) {
            addClassNames("kk-card", "kk-milestone-row");
            deliverable.setMaxLength(DraftLimits.DELIVERABLE_MAX);
            deliverable.setWidthFull();
            removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            removeButton.addClickListener(click -> remove(this));
            if (milestone != null) {
                deliverable.setValue(milestone.deliverable());
                start.setValue(milestone.start());
                end.setValue(milestone.end());
            }
            renumber(number);
            add(deliverable, start, end, removeButton);
        }

        void renumber(int number) {
            deliverable.setLabel(getTranslation("draft.milestone.deliverableNumbered", number));
            deliverable.setId("milestone-" + number + "-deliverable");
            start.setLabel(getTranslation("draft.milestone.startNumbered", number));
            start.setId("milestone-" + number + "-start");
            end.setLabel(getTranslation("draft.milestone.endNumbered", number));
            end.setId("milestone-" + number + "-end");
            removeButton.setText(getTranslation("draft.milestone.remove", number));
        }
    }
}
