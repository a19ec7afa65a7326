package de.kokreation.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.FlagReason;
import de.kokreation.moderation.FlagService;
import de.kokreation.moderation.ModerationLimits;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.UserMessages;

/** Flags a proposal or comment for the moderators of its theme group, with a reason. */
class FlagDialog extends Dialog {

    FlagDialog(FlagService flags, ContentModerated.TargetType type, long targetId) {
        setHeaderTitle(getTranslation("flag.title"));
        RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>(getTranslation("flag.reason"));
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
        reason.setId("flag-reason");
        reason.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("flag.note"));
        note.setMaxLength(ModerationLimits.REASON_MAX);
        note.setWidthFull();
        note.setId("flag-note");
        Button send = new Button(getTranslation("flag.submit"), click -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("flag.error.reasonRequired"));
                return;
            }
            try {
                flags.flag(type, targetId, reason.getValue(), note.getValue());
                close();
                UserMessages.showSuccess(getTranslation("flag.sent"));
            } catch (DomainException rejected) {
                note.setInvalid(true);
                note.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("flag-submit");
        add(reason, note);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), send);
    }
}
