package de.kokreation.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import de.kokreation.proposal.ProposalLimits;
import de.kokreation.shell.BrowserDrafts;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A text area with a character counter and a submit button. The text is kept in the browser while
 * typed and stays in the field when saving fails; it is cleared only after the server took it.
 */
class CommentForm extends Div {

    private final TextArea text = new TextArea();
    private final Button submit;
    private final String draftKey;

    CommentForm(
            String draftKey,
            String label,
            String submitText,
            String initialText,
            Consumer<String> onSubmit,
            @Nullable Runnable onCancel) {
        this.draftKey = draftKey;
        addClassName("kk-comment-form");
        text.setLabel(label);
        text.setMaxLength(ProposalLimits.COMMENT_MAX);
        text.setWidthFull();
        text.setMinRows(3);
        TypedText.countedAsTyped(text);
        text.setValue(initialText);
        updateCounter();
        text.addValueChangeListener(change -> updateCounter());
        if (initialText.isEmpty()) {
            BrowserDrafts.keep(text, draftKey);
        }

        submit = new Button(submitText, click -> submit(onSubmit));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit.setEnabled(true));
        Div buttons = new Div(submit);
        buttons.addClassName("kk-form-buttons");
        if (onCancel != null) {
            Button cancel = new Button(getTranslation("common.cancel"), click -> onCancel.run());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(cancel);
        }
        add(text, buttons);
    }

    /** Ids for the text and the button ({@code prefix-text}, {@code prefix-submit}), where one form is the page's. */
    CommentForm identified(String prefix) {
        text.setId(prefix + "-text");
        submit.setId(prefix + "-submit");
        return this;
    }

    private void submit(Consumer<String> onSubmit) {
        String value = text.getValue();
        if (value.isBlank()) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("comment.error.empty"));
            text.focus();
            return;
        }
        try {
            onSubmit.accept(value);
            text.setInvalid(false);
            text.clear();
            BrowserDrafts.forget(this, draftKey);
        } catch (RuntimeException failure) {
            // The text stays in the field; the user reads why and may try again.
            text.setInvalid(true);
            text.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), failure));
        }
    }

    private void updateCounter() {
        text.setHelperText(getTranslation("form.characterCount", text.getValue().length(), ProposalLimits.COMMENT_MAX));
    }

    void focus() {
        text.focus();
    }
}
