package de.kokreation.sensemaking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.sensemaking.ClusterService;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Confirmations;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.Polling;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The clusters of similar proposals of a theme group, for its leads: computed in the background
 * with the progress shown (the page asks the server every half second while it runs), confirmed
 * (all or some of a cluster's proposals: a split), renamed, grown by suggested proposals,
 * dissolved, turned into a draft commitment, answered in one step.
 */
@Route(value = Permalinks.CONDENSING + "/:groupId/" + Permalinks.CLUSTERS, layout = MainLayout.class)
@PermitAll
public class ClusterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final ClusterService clusters;
    private final Div status = new Div();
    private final Div content = new Div();
    private long groupId;
    private String groupName = "";
    private final Polling polling = new Polling(this, POLL_MILLIS);
    /** The summary areas of the confirmed clusters, by cluster: polling redraws only these. */
    private final Map<Long, Div> summaryAreas = new HashMap<>();

    private final Map<Long, ClusterService.@Nullable Summary> shownSummaries = new HashMap<>();
    private boolean wasComputing;

    public ClusterView(ClusterService clusters) {
        this.clusters = clusters;
        addClassNames("kk-view", "kk-wide");
        status.setId("cluster-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        groupId = parse(event.getRouteParameters().get("groupId").orElse(""));
        ClusterService.Overview overview = clusters.overview(groupId);
        groupName = overview.themeGroup().name();
        removeAll();
        add(new Breadcrumbs()
                .link(
                        overview.themeGroup().consultationTitle(),
                        Permalinks.consultation(overview.themeGroup().consultationSlug()))
                .link(
                        groupName,
                        Permalinks.themeGroup(
                                overview.themeGroup().consultationSlug(),
                                overview.themeGroup().slug()))
                .link(getTranslation("condensing.title", groupName), Permalinks.condensing(groupId)));
        Button compute = new Button(getTranslation("cluster.compute"), click -> compute());
        compute.setId("cluster-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("cluster.title", groupName)),
                new Paragraph(getTranslation("cluster.intro")),
                compute,
                status,
                content);
        render(overview);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.stop();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ClusterService.Overview overview = clusters.overview(groupId);
        wasComputing = computing(overview);
        if (wasComputing || summarizing(overview)) {
            startPolling();
        }
    }

    private static boolean computing(ClusterService.Overview overview) {
        return overview.status() == ClusterService.Status.RUNNING || overview.status() == ClusterService.Status.QUEUED;
    }

    private static boolean summarizing(ClusterService.Overview overview) {
        return overview.confirmed().stream()
                .anyMatch(cluster -> cluster.summary() != null
                        && cluster.summary().status() == ClusterService.SummaryStatus.RUNNING);
    }

    private void compute() {
        act(() -> {
            clusters.compute(groupId);
            return null;
        });
        ClusterService.Overview overview = clusters.overview(groupId);
        render(overview);
        // A small group may be done already: drawn once, not again by a poll while the lead works.
        wasComputing = computing(overview);
        if (wasComputing) {
            startPolling();
        }
    }

    private void startPolling() {
        // The light read while work runs; the clusters are read again only when they are new.
        polling.start(() -> {
            ClusterService.Progress progress = clusters.progress(groupId);
            if (progress.computing()) {
                renderRunning(progress.done(), progress.total());
                wasComputing = true;
                return;
            }
            if (wasComputing) {
                wasComputing = false;
                render(clusters.overview(groupId));
            } else {
                // Only the summaries change: what the lead is typing elsewhere stays.
                summaryAreas.forEach((clusterId, area) -> {
                    ClusterService.Summary summary = progress.summaries().get(clusterId);
                    if (!Objects.equals(shownSummaries.get(clusterId), summary)) {
                        renderSummary(area, clusterId, summary);
                    }
                });
            }
            if (!progress.summarizing()) {
                polling.stop();
            }
        });
    }

    private void render(ClusterService.Overview overview) {
        renderStatus(overview);
        summaryAreas.clear();
        shownSummaries.clear();
        content.removeAll();
        content.add(confirmedSection(overview), computedSection(overview));
    }

    private void renderRunning(int done, int total) {
        status.removeAll();
        ProgressBar bar = new ProgressBar(0, Math.max(1, total), Math.min(done, Math.max(1, total)));
        bar.setId("cluster-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("cluster.status.progressLabel"));
        status.add(new Paragraph(getTranslation("cluster.status.running", done, total)), bar);
    }

    private void renderStatus(ClusterService.Overview overview) {
        status.removeAll();
        switch (overview.status()) {
            case NOT_COMPUTED -> status.add(new Paragraph(getTranslation("cluster.status.none")));
            case QUEUED, RUNNING -> renderRunning(overview.done(), overview.total());
            case DONE -> {
                Paragraph done = new Paragraph(getTranslation(
                        "cluster.status.done",
                        overview.computed().size(),
                        overview.proposalsInComputedClusters(),
                        overview.computedAt() == null ? "" : Formats.dateTime(overview.computedAt(), getLocale()),
                        overview.computedInMillis()));
                done.setId("cluster-done");
                status.add(done);
            }
            case FAILED -> status.add(new Paragraph(getTranslation("cluster.status.failed")));
        }
    }

    private Section confirmedSection(ClusterService.Overview overview) {
        Section section = section("cluster-confirmed", getTranslation("cluster.confirmed"));
        if (overview.confirmed().isEmpty()) {
            section.add(new Paragraph(getTranslation("cluster.confirmed.none")));
        }
        for (ClusterService.Cluster cluster : overview.confirmed()) {
            long id = cluster.confirmedId() == null ? 0 : cluster.confirmedId();
            ClusterService.Member original = cluster.mostSupported();
            List<ClusterService.Cluster> others = overview.confirmed().stream()
                    .filter(other -> !Objects.equals(other.confirmedId(), cluster.confirmedId()))
                    .toList();
            List<Checkbox> chosen = others.isEmpty() ? null : new ArrayList<>();
            Div card = card(cluster, chosen, false, member -> {
                if (member.proposalId() == original.proposalId() || member.outcome() == ResponseOutcome.DUPLICATE) {
                    return null;
                }
                Button duplicate = new Button(
                        getTranslation("cluster.duplicate", original.title() == null ? "" : original.title()),
                        click -> {
                            act(() -> {
                                clusters.markDuplicate(groupId, id, member.proposalId(), original.proposalId());
                                UserMessages.showSuccess(getTranslation("cluster.duplicateMarked"));
                                return null;
                            });
                            render(clusters.overview(groupId));
                        });
                duplicate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                duplicate.addClassName("kk-cluster-duplicate");
                return duplicate;
            });
            card.setId("cluster-confirmed-" + id);
            if (!cluster.suggested().isEmpty()) {
                card.add(new Paragraph(getTranslation("cluster.suggested")));
                UnorderedList suggested = new UnorderedList();
                for (ClusterService.Member member : cluster.suggested()) {
                    Button add = new Button(getTranslation("cluster.add"), click -> {
                        act(() -> {
                            clusters.add(groupId, id, List.of(member.proposalId()));
                            return null;
                        });
                        render(clusters.overview(groupId));
                    });
                    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    suggested.add(new ListItem(memberLink(member), new Span(" "), add));
                }
                card.add(suggested);
            }
            TextField name = new TextField(getTranslation("cluster.name"));
            name.addClassName("kk-cluster-name");
            name.setValue(cluster.name());
            name.setMaxLength(ClusterService.NAME_MAX);
            Button rename = new Button(getTranslation("cluster.rename"), click -> {
                act(() -> {
                    clusters.rename(groupId, id, name.getValue());
                    return null;
                });
                render(clusters.overview(groupId));
            });
            Div renaming = new Div(name, rename);
            renaming.addClassName("kk-form-buttons");
            card.add(renaming);
            Div actions = new Div();
            actions.addClassName("kk-form-buttons");
            if (cluster.draftId() == null) {
                Button draft = new Button(getTranslation("cluster.createDraft"), click -> {
                    Long draftId = act(() -> clusters.createDraft(groupId, id));
                    if (draftId != null) {
                        UserMessages.showSuccess(getTranslation("cluster.draftCreated"));
                        render(clusters.overview(groupId));
                    }
                });
                draft.setId("cluster-create-draft-" + id);
                draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(draft);
            } else {
                actions.add(new Anchor(Permalinks.draft(cluster.draftId()), getTranslation("cluster.toDraft")));
            }
            Button dissolve = new Button(getTranslation("cluster.dissolve"), click -> {
                act(() -> {
                    clusters.dissolve(groupId, id);
                    return null;
                });
                render(clusters.overview(groupId));
            });
            dissolve.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(dissolve);
            card.add(actions);
            if (overview.summariesEnabled()) {
                Div summary = new Div();
                summary.addClassName("kk-cluster-summary");
                summary.setId("cluster-summary-" + id);
                renderSummary(summary, id, cluster.summary());
                summaryAreas.put(id, summary);
                card.add(summary);
            }
            if (chosen != null) {
                card.add(moving(cluster, chosen, others), merging(id, others));
            }
            card.add(answerAll(cluster));
            section.add(card);
        }
        return section;
    }

    /**
     * The machine-made summary of a confirmed cluster: marked as such, every sentence followed by
     * links to the proposals and comments it rests on, with how many sentences were removed.
     */
    private void renderSummary(Div area, long clusterId, ClusterService.@Nullable Summary summary) {
        shownSummaries.put(clusterId, summary);
        area.removeAll();
        area.add(new H4(getTranslation("summary.heading")));
        Button make = new Button(getTranslation(summary == null ? "summary.make" : "summary.makeAgain"), click -> {
            if (act(() -> {
                        clusters.summarize(groupId, clusterId);
                        return Boolean.TRUE;
                    })
                    != null) {
                startPolling();
                render(clusters.overview(groupId));
            }
        });
        make.setId("cluster-summarize-" + clusterId);
        make.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (summary == null) {
            area.add(new Paragraph(getTranslation("summary.none")), make);
            return;
        }
        switch (summary.status()) {
            case RUNNING -> area.add(new Paragraph(getTranslation("summary.running")));
            case FAILED ->
                area.add(
                        new Paragraph(getTranslation(
                                "summary.failed",
                                getTranslation(
                                        summary.failureKey() == null ? "summary.error.failed" : summary.failureKey()))),
                        make);
            case DONE -> {
                Paragraph note = new Paragraph(getTranslation(
                        "summary.machineMade", summary.model() == null ? "" : summary.model(), summary.removed()));
                note.addClassName("kk-meta");
                UnorderedList sentences = new UnorderedList();
                sentences.addClassName("kk-summary-sentences");
                for (ClusterService.SummarySentence sentence : summary.sentences()) {
                    ListItem item = new ListItem(new Span(sentence.text() + " "));
                    for (ClusterService.SummarySource source : sentence.sources()) {
                        Anchor link = source.comment()
                                ? new Anchor(
                                        Permalinks.proposal(source.proposalId()) + "#comment-" + source.id(),
                                        getTranslation("summary.source.comment", source.id()))
                                : new Anchor(
                                        Permalinks.proposal(source.id()),
                                        getTranslation("summary.source.proposal", source.id()));
                        link.addClassName("kk-summary-source");
                        item.add(new Span(" "), link);
                    }
                    sentences.add(item);
                }
                if (summary.sentences().isEmpty()) {
                    area.add(new Paragraph(getTranslation("summary.empty")));
                }
                area.add(note, sentences, make);
            }
        }
    }

    /** Moves the ticked proposals of a confirmed cluster to another confirmed cluster. */
    private Div moving(ClusterService.Cluster cluster, List<Checkbox> chosen, List<ClusterService.Cluster> others) {
        long id = Objects.requireNonNull(cluster.confirmedId());
        Select<ClusterService.Cluster> target = clusterChoice(others, getTranslation("cluster.move.target"));
        target.setId("cluster-move-target-" + id);
        Button move = new Button(getTranslation("cluster.move"), click -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i).getValue()) {
                    ids.add(cluster.members().get(i).proposalId());
                }
            }
            ClusterService.Cluster to = target.getValue();
            if (to == null) {
                target.setInvalid(true);
                return;
            }
            if (act(() -> {
                        clusters.move(groupId, id, ids, Objects.requireNonNull(to.confirmedId()));
                        return Boolean.TRUE;
                    })
                    != null) {
                UserMessages.showSuccess(getTranslation("cluster.moved", ids.size(), to.name()));
                render(clusters.overview(groupId));
            }
        });
        move.setId("cluster-move-" + id);
        Div form = new Div(new Paragraph(getTranslation("cluster.move.hint")), target, move);
        form.addClassName("kk-form-buttons");
        return form;
    }

    /** Takes another confirmed cluster into this one, which keeps its name. */
    private Div merging(long id, List<ClusterService.Cluster> others) {
        Select<ClusterService.Cluster> merged = clusterChoice(others, getTranslation("cluster.merge.target"));
        merged.setId("cluster-merge-target-" + id);
        Button merge = new Button(getTranslation("cluster.merge"), click -> {
            ClusterService.Cluster source = merged.getValue();
            if (source == null) {
                merged.setInvalid(true);
                return;
            }
            if (act(() -> {
                        clusters.merge(groupId, id, Objects.requireNonNull(source.confirmedId()));
                        return Boolean.TRUE;
                    })
                    != null) {
                UserMessages.showSuccess(getTranslation("cluster.merged", source.name()));
                render(clusters.overview(groupId));
            }
        });
        merge.setId("cluster-merge-" + id);
        Div form = new Div(merged, merge);
        form.addClassName("kk-form-buttons");
        return form;
    }

    private Select<ClusterService.Cluster> clusterChoice(List<ClusterService.Cluster> clustersToChoose, String label) {
        Select<ClusterService.Cluster> choice = new Select<>();
        choice.setLabel(label);
        choice.setItems(clustersToChoose);
        choice.setItemLabelGenerator(ClusterService.Cluster::name);
        choice.setErrorMessage(getTranslation("cluster.error.chooseCluster"));
        choice.addValueChangeListener(changed -> choice.setInvalid(false));
        return choice;
    }

    private Div answerAll(ClusterService.Cluster cluster) {
        long clusterId = Objects.requireNonNull(cluster.confirmedId());
        Select<ResponseOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("response.form.outcome"));
        outcome.setItems(ResponseOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        outcome.setValue(ResponseOutcome.ADOPTED);
        outcome.setId("cluster-answer-outcome-" + clusterId);
        TextArea reason = new TextArea(getTranslation("cluster.answer.reason"));
        reason.setId("cluster-answer-reason-" + clusterId);
        reason.setWidthFull();
        // Every author gets a mail: asked first.
        Button answer = new Button(
                getTranslation("cluster.answer"),
                click -> Confirmations.askThenDo(
                        getTranslation("cluster.answer.confirm.header"),
                        getTranslation(
                                "cluster.answer.confirm.text",
                                cluster.members().size(),
                                cluster.name(),
                                getTranslation(outcome.getValue().messageKey())),
                        getTranslation("cluster.answer"),
                        () -> clusters.answerAll(groupId, clusterId, outcome.getValue(), reason.getValue()),
                        getTranslation("cluster.answered", cluster.members().size())));
        answer.setId("cluster-answer-" + clusterId);
        Div form = new Div(new H4(getTranslation("cluster.answer.heading")), outcome, reason, answer);
        form.addClassName("kk-cluster-answer");
        return form;
    }

    private Section computedSection(ClusterService.Overview overview) {
        Section section = section("cluster-computed", getTranslation("cluster.computed"));
        if (overview.status() == ClusterService.Status.DONE
                && overview.computed().isEmpty()) {
            section.add(new Paragraph(getTranslation("cluster.computed.none")));
        }
        int index = 0;
        for (ClusterService.Cluster cluster : overview.computed()) {
            List<Checkbox> chosen = new ArrayList<>();
            Div card = card(cluster, chosen, true, null);
            card.setId("cluster-computed-" + index++);
            TextField name = new TextField(getTranslation("cluster.name"));
            name.addClassName("kk-cluster-name");
            name.setValue(
                    cluster.name().length() > ClusterService.NAME_MAX
                            ? cluster.name().substring(0, ClusterService.NAME_MAX)
                            : cluster.name());
            name.setMaxLength(ClusterService.NAME_MAX);
            Button confirm = new Button(getTranslation("cluster.confirm"), click -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < chosen.size(); i++) {
                    if (chosen.get(i).getValue()) {
                        ids.add(cluster.members().get(i).proposalId());
                    }
                }
                Long id = act(() -> clusters.confirm(groupId, ids, name.getValue()));
                if (id != null) {
                    UserMessages.showSuccess(getTranslation("cluster.confirmed.done"));
                    render(clusters.overview(groupId));
                }
            });
            confirm.addClassName("kk-cluster-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div confirming = new Div(name, confirm);
            confirming.addClassName("kk-form-buttons");
            card.add(new Paragraph(getTranslation("cluster.confirm.hint")), confirming);
            section.add(card);
        }
        return section;
    }

    /**
     * A cluster's card: name, figures, members (with a box each, ticked or not, when
     * {@code chosen} collects them) and what {@code extra} adds to a member.
     */
    private Div card(
            ClusterService.Cluster cluster,
            @Nullable List<Checkbox> chosen,
            boolean ticked,
            @Nullable Function<ClusterService.Member, @Nullable Component> extra) {
        Div card = new Div();
        card.addClassNames("kk-card", "kk-cluster");
        card.add(new H3(cluster.name()));
        Paragraph meta = new Paragraph(
                getTranslation("cluster.meta", cluster.members().size(), cluster.support(), cluster.answered()));
        meta.addClassName("kk-meta");
        card.add(meta);
        if (cluster.spansThemeGroups()) {
            card.add(new Paragraph(getTranslation("cluster.spans")));
        }
        UnorderedList members = new UnorderedList();
        members.addClassName("kk-cluster-members");
        for (ClusterService.Member member : cluster.members()) {
            ListItem item = new ListItem();
            if (chosen != null) {
                // Proposals of other theme groups join only when ticked: their leads may see it otherwise.
                Checkbox box = new Checkbox(ticked && !member.otherGroup());
                box.setAriaLabel(getTranslation(
                        ticked ? "cluster.include" : "cluster.choose", member.title() == null ? "" : member.title()));
                chosen.add(box);
                item.add(box);
            }
            item.add(memberLink(member));
            Component more = extra == null ? null : extra.apply(member);
            if (more != null) {
                item.add(new Span(" "), more);
            }
            members.add(item);
        }
        card.add(members);
        return card;
    }

    private Span memberLink(ClusterService.Member member) {
        Anchor link = new Anchor(
                Permalinks.proposal(member.proposalId()),
                member.title() == null ? getTranslation("cluster.hiddenProposal") : member.title());
        String details = getTranslation("cluster.memberMeta", member.support())
                + (member.otherGroup() ? " · " + member.themeGroupName() : "")
                + " · "
                + (member.outcome() == null
                        ? getTranslation("proposals.outcome.open")
                        : getTranslation(member.outcome().messageKey()));
        Span meta = new Span(" (" + details + ")");
        meta.addClassName("kk-meta");
        return new Span(link, meta);
    }

    private static Section section(String id, String title) {
        Section section = new Section();
        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        section.setId(id);
        section.add(heading);
        return section;
    }

    /** Runs an action; a refusal shows as a message in the user's language. */
    private static <T> @Nullable T act(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException failure) {
            UserMessages.showFailure(failure);
            return null;
        }
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("themeGroup.error.notFound", value);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cluster.title", groupName) + " – " + getTranslation("app.name");
    }
}
