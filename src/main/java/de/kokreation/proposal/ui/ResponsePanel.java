package de.kokreation.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.kokreation.proposal.CommitmentLinks;
import de.kokreation.proposal.CommitmentRef;
import de.kokreation.proposal.ImplementationLinks;
import de.kokreation.proposal.ImplementationRef;
import de.kokreation.proposal.ProposalDetails;
import de.kokreation.proposal.ProposalResponse;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Confirmations;
import de.kokreation.shell.Formats;
import de.kokreation.shell.UserMessages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The theme group's reasoned response, public on every proposal; its moderators give or change it
 * here.
 */
class ResponsePanel extends Section {

    ResponsePanel(
            ResponseService responses,
            CommitmentLinks links,
            ImplementationLinks implementations,
            ProposalDetails proposal) {
        setId("response");
        addClassName("kk-vote-panel");
        H2 heading = new H2(getTranslation("response.heading"));
        heading.setId("response-heading");
        getElement().setAttribute("aria-labelledby", "response-heading");
        add(heading);
        ProposalResponse response = proposal.response();
        if (response == null) {
            add(new Paragraph(getTranslation("response.none")));
        } else {
            Span outcome = new Span(getTranslation(response.outcome().messageKey()));
            outcome.addClassNames(
                    "kk-badge", "kk-outcome-" + response.outcome().name().toLowerCase(Locale.ROOT));
            outcome.setId("response-outcome");
            Span when = new Span(getTranslation("response.given", Formats.date(response.respondedAt(), getLocale())));
            when.addClassName("kk-meta");
            add(new Div(outcome, new Span(" "), when));
            if (response.reason() != null) {
                Paragraph reason = new Paragraph(response.reason());
                reason.addClassName("kk-comment-body");
                reason.setId("response-reason");
                add(reason);
            }
        }
        List<CommitmentRef> commitments = links.commitmentsOf(proposal.id(), proposal.mayModerate());
        if (!commitments.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("response-commitments");
            commitments.forEach(commitment -> list.add(new ListItem(
                    new Anchor(Permalinks.draft(commitment.id()), commitment.title()),
                    new Span(" (" + commitment.themeGroupName() + ")"))));
            add(new Paragraph(getTranslation("response.commitments")), list);
        }
        List<ImplementationRef> adopted = implementations.implementationsOf(proposal.id());
        if (!adopted.isEmpty()) {
            // Closing the loop: what became of the proposal in an action plan, and how far it is.
            UnorderedList list = new UnorderedList();
            list.setId("response-implementations");
            adopted.forEach(commitment -> {
                Span level = new Span(getTranslation(commitment.levelKey()));
                // the level's colour, by the key's last part (plan.level.NOT_STARTED: kk-level-not-started)
                String levelName =
                        commitment.levelKey().substring(commitment.levelKey().lastIndexOf('.') + 1);
                level.addClassNames(
                        "kk-badge",
                        "kk-level-" + levelName.toLowerCase(Locale.ROOT).replace('_', '-'));
                list.add(new ListItem(
                        new Anchor(
                                commitment.link(),
                                getTranslation(
                                        "response.implementation", commitment.number(), commitment.commitmentTitle())),
                        new Span(" (" + commitment.planTitle() + ") – " + getTranslation("response.implementationLevel")
                                + " "),
                        level));
            });
            add(new Paragraph(getTranslation("response.implementations")), list);
        }
        if (proposal.mayModerate()) {
            add(form(responses, links, proposal, commitments));
        }
    }

    private Div form(
            ResponseService responses, CommitmentLinks links, ProposalDetails proposal, List<CommitmentRef> linked) {
        Select<ResponseOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("response.form.outcome"));
        outcome.setItems(ResponseOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        outcome.setId("response-form-outcome");
        TextArea reason = new TextArea(getTranslation("response.form.reason"));
        reason.setMaxLength(ProposalResponse.REASON_MAX);
        reason.setId("response-form-reason");
        if (proposal.response() != null) {
            outcome.setValue(proposal.response().outcome());
            reason.setValue(
                    proposal.response().reason() == null
                            ? ""
                            : proposal.response().reason());
        }
        MultiSelectComboBox<CommitmentRef> drafts = new MultiSelectComboBox<>(getTranslation("response.form.drafts"));
        drafts.setItems(links.linkableCommitments(proposal.id()));
        drafts.setItemLabelGenerator(commitment -> commitment.title() + " (" + commitment.themeGroupName() + ")");
        drafts.setValue(linked.stream()
                .filter(commitment -> drafts.getListDataView().contains(commitment))
                .collect(Collectors.toSet()));
        drafts.setHelperText(getTranslation("response.form.draftsHelper"));
        drafts.setId("response-form-drafts");
        drafts.setWidthFull();
        Button submit = new Button(getTranslation("response.form.submit"), click -> {
            if (outcome.getValue() == null) {
                outcome.setInvalid(true);
                return;
            }
            Confirmations.askThenDo(
                    getTranslation("response.publish.header"),
                    getTranslation(
                            "response.publish.text",
                            getTranslation(outcome.getValue().messageKey())),
                    getTranslation("response.form.submit"),
                    () -> {
                        try {
                            responses.respond(
                                    proposal.id(),
                                    outcome.getValue(),
                                    reason.getValue(),
                                    drafts.getValue().stream()
                                            .map(CommitmentRef::id)
                                            .toList());
                        } catch (DomainException rejected) {
                            // at the field, with the typed reason kept; then the refusal as message too
                            reason.setInvalid(true);
                            reason.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
                            throw rejected;
                        }
                    },
                    getTranslation("response.saved"));
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("response-form-submit");
        Div form = new Div(outcome, reason, drafts, submit);
        form.addClassNames("kk-card", "kk-form-stack");
        return form;
    }
}
