package de.kokreation.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * A view asking the server at an interval while background work runs (clusters, a rebuild):
 * started at most once, stopped when the work is done or the view is left, so an idle page
 * sends no requests.
 */
public final class Polling {

    private final Component view;
    private final int intervalMillis;
    private @Nullable Registration listener;

    public Polling(Component view, int intervalMillis) {
        this.view = view;
        this.intervalMillis = intervalMillis;
    }

    /** Runs {@code onPoll} at every interval from now, unless polling already; it calls {@link #stop} when done. */
    public void start(Runnable onPoll) {
        UI ui = UI.getCurrent();
        if (ui == null || listener != null) {
            return;
        }
        ui.setPollInterval(intervalMillis);
        listener = ui.addPollListener(poll -> onPoll.run());
    }

    public void stop() {
        if (listener != null) {
            listener.remove();
            listener = null;
            view.getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
