package de.kokreation.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Text fields whose character counter follows the typing, and whose text is complete on the
 * server whatever way it was entered.
 *
 * <p>{@link ValueChangeMode#LAZY} alone sends the text after a pause in typing. Text that arrives
 * in one go (paste, autofill, dictation) followed at once by a click on the submit button, or by
 * Tab and Enter, was not there when the click was handled. So the field also sends its text when
 * it is left ({@code change} fires on blur, before the click or key that follows), and the form
 * sees exactly what is in the box.
 */
public final class TypedText {

    private static final String VALUE = "element.value";

    private TypedText() {}

    public static <F extends Component & HasValueChangeMode & HasValue<?, String>> F countedAsTyped(F field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        // Not a second property synchronization: when the client flushes the pending lazy event
        // before a click, it sends the event without the property's new value. The text travels
        // in the change event's own data instead.
        field.getElement()
                .addEventListener("change", change -> {
                    String inTheBox = change.getEventData().get(VALUE).asString("");
                    if (!inTheBox.equals(field.getValue())) {
                        field.setValue(inTheBox);
                    }
                })
                .addEventData(VALUE);
        return field;
    }
}
