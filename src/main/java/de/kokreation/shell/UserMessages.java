package de.kokreation.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.kokreation.shared.DomainException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Turns whatever went wrong into one sentence in the user's language. Never shows a stack trace;
 * unexpected failures are logged with a reference the user can quote.
 */
public final class UserMessages {

    private static final Logger LOG = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {}

    /** The message key and arguments for a failure, unwrapping causes down to a known one. */
    public static String describe(UI ui, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                // Arguments that are message keys are translated by the message source.
                return ui.getTranslation(domain.messageKey(), domain.messageArguments());
            }
            if (cause instanceof AuthenticationException) {
                return ui.getTranslation("error.loginRequired");
            }
            if (cause instanceof AccessDeniedException) {
                return ui.getTranslation(isAnonymous(ui) ? "error.loginRequired" : "error.notPermitted");
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return ui.getTranslation("error.changedMeanwhile");
            }
            if (cause instanceof ConstraintViolationException invalid
                    && !invalid.getConstraintViolations().isEmpty()) {
                return invalid.getConstraintViolations().stream()
                        .map(violation -> validationMessage(ui, violation))
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining(" "));
            }
        }
        String reference = Long.toString(System.currentTimeMillis(), 36);
        LOG.error("Unexpected failure, reference {}", reference, failure);
        return ui.getTranslation("error.unexpected", reference);
    }

    /** A Bean Validation message in the UI's language, with the constraint's attributes filled in. */
    private static String validationMessage(UI ui, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{") || !template.endsWith("}")) {
            return violation.getMessage();
        }
        try {
            String message = ResourceBundle.getBundle("ValidationMessages", ui.getLocale())
                    .getString(template.substring(1, template.length() - 1));
            for (var attribute :
                    violation.getConstraintDescriptor().getAttributes().entrySet()) {
                message = message.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
            }
            return message;
        } catch (MissingResourceException notOurs) {
            return violation.getMessage();
        }
    }

    private static boolean isAnonymous(UI ui) {
        var context = SecurityContextHolder.getContext();
        return context.getAuthentication() == null
                || context.getAuthentication() instanceof AnonymousAuthenticationToken;
    }

    /** Shows a failure as an error notification that screen readers announce. */
    public static void showFailure(Throwable failure) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            showError(describe(ui, failure));
        }
    }

    public static void showError(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
    }

    public static void showSuccess(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
