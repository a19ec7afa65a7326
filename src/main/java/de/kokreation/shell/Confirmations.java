package de.kokreation.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asking before a step the public will see, and saying afterwards that it was done. The page is
 * not reloaded after the step (a reload drops the message); the view is built again in place.
 */
public final class Confirmations {

    private Confirmations() {}

    /**
     * Asks, then runs the action; on success the current view is rebuilt and the success message
     * shown, on refusal the reason is shown and nothing changes.
     */
    public static void askThenDo(String header, String text, String confirmText, Runnable action, String successText) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("common.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("primary");
        dialog.setId("confirm-dialog");
        dialog.addConfirmListener(confirmed -> doAndReport(action, successText));
        dialog.open();
    }

    /** Runs the action, rebuilds the current view and shows the success message (or the refusal). */
    public static void doAndReport(Runnable action, String successText) {
        try {
            action.run();
        } catch (RuntimeException refused) {
            UserMessages.showFailure(refused);
            return;
        }
        UI ui = UI.getCurrent();
        ui.refreshCurrentRoute(false);
        UserMessages.showSuccess(successText);
    }
}
