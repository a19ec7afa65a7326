package de.kokreation.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every failure during a user's interaction ends in a readable notification, never a trace. */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(sessionInit -> sessionInit
                        .getSession()
                        .setErrorHandler(error -> UserMessages.showFailure(error.getThrowable())));
    }
}
