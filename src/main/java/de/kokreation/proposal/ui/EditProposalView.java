package de.kokreation.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.proposal.ProposalDetails;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;

/** The author revises a proposal while the consultation collects proposals. */
@Route(value = Permalinks.PROPOSALS + "/:id/bearbeiten", layout = MainLayout.class)
@PermitAll
public class EditProposalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;

    public EditProposalView(ProposalService proposals) {
        this.proposals = proposals;
        addClassName("kk-view");
        addClassName("kk-narrow");
    }

    static String path(long proposalId) {
        return Permalinks.proposal(proposalId) + "/bearbeiten";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = ProposalView.parseId(event.getRouteParameters().get("id").orElse(""));
        ProposalDetails proposal = proposals.getProposal(id);
        removeAll();
        add(new Breadcrumbs()
                .link(
                        proposal.hiddenReason() != null ? getTranslation("moderation.hiddenTitle") : proposal.title(),
                        Permalinks.proposal(id)));
        add(new H1(getTranslation("proposal.edit.title")));
        if (!proposal.mayEdit()) {
            add(new Paragraph(getTranslation("proposal.edit.notAllowed")));
            return;
        }
        add(new ProposalForm(
                "proposal.edit." + id,
                getTranslation("proposal.edit.submit"),
                new ProposalDraft(proposal.title(), proposal.bodySource()),
                draft -> {
                    proposals.revise(id, draft);
                    UserMessages.showSuccess(getTranslation("proposal.edit.success"));
                    UI.getCurrent().navigate(Permalinks.proposal(id));
                },
                () -> UI.getCurrent().navigate(Permalinks.proposal(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.edit.title") + " – " + getTranslation("app.name");
    }
}
