package de.kokreation.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.proposal.SearchIndexRebuild;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.Polling;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Admins rebuild the search index (the analysed terms of every proposal and comment), for
 * instance after a restore; the progress is read from the database every second, so it shows on
 * every node, whichever node does the work.
 */
@Route(value = "admin/suchindex", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class SearchIndexView extends Div implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1_000;

    private final SearchIndexRebuild rebuild;
    private final Div status = new Div();
    private final Button start;
    private final Button cancel;
    private final Polling polling = new Polling(this, POLL_MILLIS);

    public SearchIndexView(SearchIndexRebuild rebuild) {
        this.rebuild = rebuild;
        addClassNames("kk-view");
        status.setId("search-index-status");
        status.getElement().setAttribute("role", "status");
        start = new Button(getTranslation("searchIndex.start"), click -> start());
        start.setId("search-index-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel = new Button(getTranslation("searchIndex.cancel"), click -> cancel());
        cancel.setId("search-index-cancel");
        add(
                new H1(getTranslation("searchIndex.title")),
                new Paragraph(getTranslation("searchIndex.intro")),
                new Div(start, cancel),
                status);
        render(rebuild.latest());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (rebuild.latest().filter(SearchIndexRebuild.Progress::running).isPresent()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.stop();
    }

    private void start() {
        try {
            rebuild.start();
        } catch (RuntimeException refused) {
            UserMessages.showFailure(refused);
        }
        render(rebuild.latest());
        startPolling();
    }

    private void cancel() {
        try {
            rebuild.cancel();
        } catch (RuntimeException refused) {
            UserMessages.showFailure(refused);
        }
        render(rebuild.latest());
    }

    private void render(Optional<SearchIndexRebuild.Progress> latest) {
        status.removeAll();
        boolean running = latest.filter(SearchIndexRebuild.Progress::running).isPresent();
        start.setEnabled(!running);
        cancel.setVisible(running);
        if (latest.isEmpty()) {
            status.add(new Paragraph(getTranslation("searchIndex.never")));
            return;
        }
        SearchIndexRebuild.Progress progress = latest.get();
        if (progress.running()) {
            ProgressBar bar =
                    new ProgressBar(0, Math.max(1, progress.total()), Math.min(progress.done(), progress.total()));
            bar.setId("search-index-progress");
            bar.getElement().setAttribute("aria-label", getTranslation("searchIndex.progressLabel"));
            status.add(
                    new Paragraph(getTranslation(
                            "searchIndex.running",
                            progress.done(),
                            progress.total(),
                            Formats.dateTime(progress.startedAt(), getLocale()))),
                    bar);
        } else if (progress.cancelled()) {
            status.add(endedShort("cancelled", progress));
        } else if (!progress.complete()) {
            status.add(endedShort("stopped", progress));
        } else {
            Paragraph finished = new Paragraph(getTranslation(
                    "searchIndex.finished",
                    Formats.dateTime(Objects.requireNonNull(progress.finishedAt()), getLocale()),
                    progress.total(),
                    Duration.between(progress.startedAt(), Objects.requireNonNull(progress.finishedAt()))
                            .toSeconds()));
            finished.setId("search-index-finished");
            status.add(finished);
        }
    }

    /** A rebuild that ended before its last text: when, and after how many of all. */
    private Paragraph endedShort(String how, SearchIndexRebuild.Progress progress) {
        Paragraph ended = new Paragraph(getTranslation(
                "searchIndex." + how,
                Formats.dateTime(Objects.requireNonNull(progress.finishedAt()), getLocale()),
                progress.done(),
                progress.total()));
        ended.setId("search-index-" + how);
        return ended;
    }

    private void startPolling() {
        polling.start(() -> {
            Optional<SearchIndexRebuild.Progress> latest = rebuild.latest();
            render(latest);
            if (latest.filter(SearchIndexRebuild.Progress::running).isEmpty()) {
                polling.stop();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("searchIndex.title") + " – " + getTranslation("app.name");
    }
}
