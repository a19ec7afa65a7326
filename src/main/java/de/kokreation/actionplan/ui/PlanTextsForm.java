package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.kokreation.actionplan.ActionPlanLimits;
import de.kokreation.actionplan.PlanTexts;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.TypedText;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The fields of a plan's texts: title, period, adopting body, introduction (Markdown). */
class PlanTextsForm extends FormLayout {

    private final TextField title = new TextField();
    private final DatePicker start = ComponentTexts.localized(new DatePicker());
    private final DatePicker end = ComponentTexts.localized(new DatePicker());
    private final TextField body = new TextField();
    private final TextArea introduction = new TextArea();

    PlanTextsForm(@Nullable PlanTexts texts, Locale locale) {
        title.setLabel(getTranslation("plan.field.title"));
        title.setMaxLength(ActionPlanLimits.TITLE_MAX);
        title.setRequired(true);
        title.setHelperText(getTranslation("plan.field.title.helper"));
        title.setId("plan-title");
        start.setLabel(getTranslation("plan.field.periodStart"));
        start.setLocale(locale);
        start.setRequired(true);
        start.setId("plan-start");
        end.setLabel(getTranslation("plan.field.periodEnd"));
        end.setLocale(locale);
        end.setRequired(true);
        end.setId("plan-end");
        body.setLabel(getTranslation("plan.field.adoptingBody"));
        body.setMaxLength(ActionPlanLimits.BODY_MAX);
        body.setId("plan-body");
        introduction.setLabel(getTranslation("plan.field.introduction"));
        introduction.setMaxLength(ActionPlanLimits.INTRODUCTION_MAX);
        introduction.setHelperText(getTranslation("plan.field.introduction.helper"));
        introduction.setId("plan-introduction");
        TypedText.countedAsTyped(title);
        TypedText.countedAsTyped(body);
        TypedText.countedAsTyped(introduction);
        if (texts != null) {
            title.setValue(texts.title());
            start.setValue(texts.periodStart());
            end.setValue(texts.periodEnd());
            body.setValue(texts.adoptingBody());
            introduction.setValue(texts.introduction());
        }
        add(title, start, end, body, introduction);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2));
        setColspan(title, 2);
        setColspan(body, 2);
        setColspan(introduction, 2);
    }

    /** The texts as entered, or null (with the empty date fields marked) when a date is missing. */
    @Nullable
    PlanTexts texts() {
        start.setInvalid(start.getValue() == null);
        end.setInvalid(end.getValue() == null);
        if (start.getValue() == null || end.getValue() == null) {
            return null;
        }
        return new PlanTexts(
                title.getValue(), start.getValue(), end.getValue(), body.getValue(), introduction.getValue());
    }
}
