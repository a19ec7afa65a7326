package de.kokreation.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.SimilarProposals;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Submitting a proposal to a theme group; asks for a login first. */
@Route(
        value = Permalinks.CONSULTATIONS + "/:slug/" + Permalinks.THEMES + "/:themeSlug/" + Permalinks.NEW_PROPOSAL,
        layout = MainLayout.class)
@PermitAll
public class NewProposalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(NewProposalView.class);

    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final SimilarProposals similar;

    public NewProposalView(ConsultationService consultations, ProposalService proposals, SimilarProposals similar) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.similar = similar;
        addClassName("kk-view");
        addClassName("kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ThemeGroupSummary group = consultations.getThemeGroup(
                event.getRouteParameters().get("slug").orElse(""),
                event.getRouteParameters().get("themeSlug").orElse(""));
        String groupPath = Permalinks.themeGroup(group.consultationSlug(), group.slug());
        removeAll();
        add(new Breadcrumbs()
                .link(group.consultationTitle(), Permalinks.consultation(group.consultationSlug()))
                .link(group.name(), groupPath));
        add(new H1(getTranslation("proposal.new.title", group.name())));
        if (!group.currentPhase().allowsNewProposals()) {
            add(new Paragraph(getTranslation("proposal.error.collectionClosed")));
            return;
        }
        add(new Paragraph(getTranslation("proposal.new.intro")));
        ProposalForm form = new ProposalForm(
                "proposal.new." + group.id(),
                getTranslation("proposal.new.submit"),
                new ProposalDraft("", ""),
                draft -> {
                    long id = proposals.submit(group.id(), draft);
                    UserMessages.showSuccess(getTranslation("proposal.new.success"));
                    UI.getCurrent().navigate(Permalinks.proposal(id));
                },
                () -> UI.getCurrent().navigate(groupPath));
        similar.prepare(group.id());
        SimilarProposalHints hints = new SimilarProposalHints();
        form.addBelowText(hints);
        form.onTextChange((title, body) -> showSimilar(hints, group.id(), title, body));
        add(form);
    }

    /** Hints help; they never stand in the way of submitting, so a failure only leaves them out. */
    private void showSimilar(SimilarProposalHints hints, long themeGroupId, String title, String body) {
        try {
            hints.show(similar.whileWriting(themeGroupId, title, body));
        } catch (RuntimeException failure) {
            LOG.warn("Similar proposals could not be found for theme group {}", themeGroupId, failure);
            hints.show(List.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.new.pageTitle") + " – " + getTranslation("app.name");
    }
}
