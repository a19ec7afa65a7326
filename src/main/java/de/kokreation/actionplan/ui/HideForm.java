package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import de.kokreation.actionplan.ActionPlanLimits;
import java.util.function.Consumer;

/**
 * The plan coordinators' form under a participant's statement (an assessment, a response to a
 * report): a public reason and the button that hides the statement with it.
 */
class HideForm extends Div {

    /** @param ids the ids' stem: {@code <ids>-reason} for the field, {@code <ids>} for the button */
    HideForm(String ids, Consumer<String> hideWithReason) {
        TextField why = new TextField(getTranslation("plan.assessment.hideReason"));
        why.setMaxLength(ActionPlanLimits.HIDE_REASON_MAX);
        why.setId(ids + "-reason");
        Button hide =
                new Button(getTranslation("plan.assessment.hide"), click -> hideWithReason.accept(why.getValue()));
        hide.setId(ids);
        add(why, hide);
        addClassName("kk-inline-actions");
    }
}
