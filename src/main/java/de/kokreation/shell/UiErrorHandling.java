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
                .addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(error -> {
                    if (!clientWentAway(error.getThrowable())) {
                        UserMessages.showFailure(error.getThrowable());
                    }
                }));
    }

    /**
     * The browser left while its answer was written (a tab closed, a link followed mid-request):
     * nobody is there to tell, and it is no failure of the application worth an error in the log.
     */
    static boolean clientWentAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("ClientAbortException")
                    || (cause instanceof java.io.IOException
                            && ("Broken pipe".equals(cause.getMessage())
                                    || "Connection reset by peer".equals(cause.getMessage())))) {
                return true;
            }
        }
        return false;
    }
}
