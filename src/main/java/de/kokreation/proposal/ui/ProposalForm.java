package de.kokreation.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalLimits;
import de.kokreation.shell.BrowserDrafts;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Title and text of a proposal. Bean Validation checks every field where the user types, with the
 * same constraints the service checks again; the typed text is kept in the browser until the
 * server has saved it.
 */
class ProposalForm extends Div {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Button submit = new Button();
    private final BeanValidationBinder<ProposalDraft> binder = new BeanValidationBinder<>(ProposalDraft.class);
    private final String draftKey;
    private final FormLayout layout;

    ProposalForm(
            String draftKey,
            String submitText,
            ProposalDraft initial,
            Consumer<ProposalDraft> onSubmit,
            Runnable onCancel) {
        this.draftKey = draftKey;
        addClassName("kk-proposal-form");

        title.setLabel(getTranslation("proposal.form.title"));
        title.setMaxLength(ProposalLimits.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        TypedText.countedAsTyped(title);
        title.setWidthFull();
        title.setId("proposal-title");

        body.setLabel(getTranslation("proposal.form.body"));
        body.setMaxLength(ProposalLimits.BODY_MAX);
        body.setRequiredIndicatorVisible(true);
        TypedText.countedAsTyped(body);
        body.setMinRows(8);
        body.setWidthFull();
        body.setId("proposal-body");

        binder.forField(title).bind("title");
        binder.forField(body).bind("body");
        binder.readBean(initial);
        title.addValueChangeListener(change -> updateCounters());
        body.addValueChangeListener(change -> updateCounters());
        updateCounters();
        if (initial.title().isEmpty() && initial.body().isEmpty()) {
            BrowserDrafts.keep(title, draftKey + ".title");
            BrowserDrafts.keep(body, draftKey + ".body");
        }

        Paragraph formatting = new Paragraph(getTranslation("proposal.form.formattingHint"));
        formatting.addClassName("kk-hint");
        formatting.setId("formatting-hint");
        body.getElement().setAttribute("aria-describedby", "formatting-hint");

        submit.setText(submitText);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("proposal-submit");
        // One click, one proposal: the button stays disabled until the server has answered.
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                submit(onSubmit);
            } finally {
                submit.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), click -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(submit, cancel);
        buttons.addClassName("kk-form-buttons");

        layout = new FormLayout(title, body, formatting);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout, buttons);
    }

    /** Adds a part below the text field, above the buttons (hints that help while writing). */
    void addBelowText(Component part) {
        layout.add(part);
    }

    /** Calls back with title and text whenever either changed (after a pause in typing, or when left). */
    void onTextChange(BiConsumer<String, String> listener) {
        title.addValueChangeListener(change -> listener.accept(title.getValue(), body.getValue()));
        body.addValueChangeListener(change -> listener.accept(title.getValue(), body.getValue()));
    }

    private void submit(Consumer<ProposalDraft> onSubmit) {
        ProposalDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            // Messages show at the fields; move the focus to the first one that needs attention.
            if (title.isInvalid()) {
                title.focus();
            } else {
                body.focus();
            }
            return;
        }
        try {
            onSubmit.accept(draft);
            BrowserDrafts.forget(this, draftKey + ".title");
            BrowserDrafts.forget(this, draftKey + ".body");
        } catch (RuntimeException failure) {
            UserMessages.showFailure(failure);
        }
    }

    private void updateCounters() {
        title.setHelperText(
                getTranslation("form.characterCount", title.getValue().length(), ProposalLimits.TITLE_MAX));
        body.setHelperText(getTranslation("form.characterCount", body.getValue().length(), ProposalLimits.BODY_MAX));
    }
}
