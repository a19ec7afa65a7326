package de.kokreation.operations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The UI figures of this node: open sessions and UIs (browser tabs) now, and the views people
 * open, per view class (a bounded set of names, not the addresses with their ids).
 */
@Component
class UiMetrics implements VaadinServiceInitListener {

    private final MeterRegistry meters;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    UiMetrics(MeterRegistry meters) {
        this.meters = meters;
        Gauge.builder("kokreation.sessions.active", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node")
                .register(meters);
        Gauge.builder("kokreation.uis.active", uis, AtomicInteger::get)
                .description("Browser tabs (Vaadin UIs) open on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.incrementAndGet();
            ui.addDetachListener(detach -> uis.decrementAndGet());
            ui.addAfterNavigationListener(this::count);
        });
    }

    int sessions() {
        return sessions.get();
    }

    int uis() {
        return uis.get();
    }

    private void count(AfterNavigationEvent navigation) {
        if (navigation.getActiveChain().isEmpty()) {
            return;
        }
        Counter.builder("kokreation.views")
                .description("Views opened, per view")
                .tag("view", navigation.getActiveChain().getFirst().getClass().getSimpleName())
                .register(meters)
                .increment();
    }
}
