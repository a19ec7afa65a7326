package de.kokreation.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import de.kokreation.shared.DomainException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Asks a moderator for the public reason of hiding content; refusals show at the field. */
public class ReasonDialog extends Dialog {

    public ReasonDialog(String title, int maxLength, Consumer<String> onConfirm) {
        this(title, null, maxLength, onConfirm);
    }

    /** A dialog whose confirm button says what it does, such as withdrawing or blocking. */
    public ReasonDialog(String title, @Nullable String confirmLabel, int maxLength, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation("moderation.reason"));
        reason.setHelperText(getTranslation("moderation.reason.helper"));
        reason.setMaxLength(maxLength);
        reason.setWidthFull();
        reason.setId("moderation-reason");
        reason.setAutofocus(true);
        Button confirm = new Button(confirmLabel == null ? getTranslation("moderation.hide") : confirmLabel, click -> {
            try {
                onConfirm.accept(reason.getValue());
                close();
            } catch (DomainException rejected) {
                reason.setInvalid(true);
                reason.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("moderation-reason-confirm");
        add(reason);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
