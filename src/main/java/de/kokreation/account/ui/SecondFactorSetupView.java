package de.kokreation.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kokreation.account.AccountPrincipal;
import de.kokreation.account.Passkeys;
import de.kokreation.account.PasswordPolicy;
import de.kokreation.account.SecondFactors;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.LoginAttributes;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.QrCodeImage;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Function;

/**
 * One's second factor: set it up with an authenticator app (QR code, or the secret typed in),
 * confirmed by a first code, then the recovery codes shown once; later new recovery codes, or
 * switching it off where no role requires it. Whoever signs in through an identity provider is
 * told that the provider's second factor applies.
 */
@Route(value = AccountPaths.SECOND_FACTOR, layout = MainLayout.class)
@PermitAll
public class SecondFactorSetupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactors secondFactors;
    private final Passkeys passkeys;
    private final AuthenticationContext authentication;
    private final Div content = new Div();

    public SecondFactorSetupView(SecondFactors secondFactors, Passkeys passkeys, AuthenticationContext authentication) {
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
        this.authentication = authentication;
        addClassNames("kk-view", "kk-narrow");
        add(new H1(getTranslation("secondFactor.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showStatus();
    }

    /**
     * One's passkeys and a button to add one; the ceremonies run in /scripts/passkeys.js (named by
     * the button's data), which reloads the page when the passkey is added.
     */
    private Div passkeysSection() {
        Div section =
                new Div(new H2(getTranslation("passkeys.title")), new Paragraph(getTranslation("passkeys.intro")));
        section.setId("passkeys");
        section.addClassName("kk-passkeys");
        UnorderedList list = new UnorderedList();
        list.setId("passkeys-list");
        for (Passkeys.Passkey passkey : passkeys.mine()) {
            Button remove = new Button(getTranslation("passkeys.remove"), click -> {
                try {
                    passkeys.remove(passkey.id());
                    UserMessages.showSuccess(getTranslation("passkeys.removed", passkey.label()));
                } catch (DomainException gone) {
                    UserMessages.showError(UserMessages.describe(getUI().orElseThrow(), gone));
                }
                showStatus();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("passkeys.removeNamed", passkey.label()));
            list.add(new ListItem(
                    new Span(getTranslation(
                            "passkeys.entry", passkey.label(), Formats.date(passkey.created(), getLocale()))),
                    remove));
        }
        // first the password again (the owner at the keyboard), then the device's ceremony
        Div adding = new Div();
        PasswordField password = currentPasswordField("passkey-password");
        Button next = new Button(getTranslation("passkeys.start"), click -> {
            try {
                passkeys.allowAdding(password.getValue());
            } catch (DomainException refused) {
                password.setInvalid(true);
                password.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), refused));
                password.focus();
                return;
            }
            adding.removeAll();
            adding.add(passkeyCeremony());
        });
        next.setId("passkey-start");
        adding.add(password, new Div(next));
        section.add(list, adding);
        return section;
    }

    /** The label and the button whose click /scripts/passkeys.js answers with the device's ceremony. */
    private Div passkeyCeremony() {
        TextField label = new TextField(getTranslation("passkeys.label"));
        label.setMaxLength(PASSKEY_LABEL_MAX);
        label.setId("passkey-label");
        label.setHelperText(getTranslation("passkeys.label.helper"));
        Button add = new Button(getTranslation("passkeys.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("passkey-add");
        add.getElement().setAttribute("data-passkey", "register");
        add.getElement().setAttribute("data-passkey-label", "passkey-label");
        add.getElement().setAttribute("data-passkey-status", "passkey-failed");
        Paragraph failed = new Paragraph(getTranslation("passkeys.failed"));
        failed.setId("passkey-failed");
        failed.addClassName("kk-callout");
        failed.getElement().setAttribute("role", "alert");
        failed.getElement().setAttribute("hidden", true);
        return new Div(label, new Div(add), failed);
    }

    /** As long as the passkey script keeps a label (it cuts there too). */
    private static final int PASSKEY_LABEL_MAX = 60;

    private void showStatus() {
        content.removeAll();
        boolean throughProvider = authentication
                .getAuthenticatedUser(AccountPrincipal.class)
                .map(AccountPrincipal::signedInThroughProvider)
                .orElse(false);
        if (throughProvider) {
            content.add(paragraph("second-factor-provider", getTranslation("secondFactor.provider")));
            return;
        }
        SecondFactors.Status status = secondFactors.myStatus();
        if (!status.enabled()) {
            if (status.required()) {
                Paragraph required = paragraph("second-factor-required", getTranslation("secondFactor.required"));
                required.addClassName("kk-callout");
                content.add(required);
            }
            content.add(new Paragraph(getTranslation("secondFactor.intro")));
            PasswordField password = currentPasswordField("second-factor-password");
            Button start = new Button(getTranslation("secondFactor.start"), click -> {
                try {
                    showEnrolment(secondFactors.startEnrolment(password.getValue()));
                } catch (DomainException refused) {
                    password.setInvalid(true);
                    password.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), refused));
                    password.focus();
                }
            });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("second-factor-start");
            content.add(password, new Div(start), passkeysSection());
            return;
        }
        // set up, maybe in another session: nothing is to be required any more
        VaadinSession.getCurrent().getSession().removeAttribute(LoginAttributes.SECOND_FACTOR_MISSING);
        content.add(paragraph(
                "second-factor-status",
                getTranslation(
                        "secondFactor.enabled",
                        status.enabledAt() == null ? "" : Formats.date(status.enabledAt(), getLocale()),
                        status.recoveryCodesLeft())));
        TextField code = codeField("second-factor-manage-code");
        Button renew = new Button(
                getTranslation("secondFactor.renew"),
                click -> withCode(code, secondFactors::renewRecoveryCodes).ifPresent(this::showRecoveryCodes));
        renew.setId("second-factor-renew");
        content.add(new Paragraph(getTranslation("secondFactor.manage")), code, new Div(renew));
        {
            // where a role requires it, removing it is moving to a new phone: its setup follows at once
            Button disable = new Button(
                    getTranslation(status.required() ? "secondFactor.newDevice" : "secondFactor.disable"), click -> {
                        if (withCode(code, typed -> {
                                    secondFactors.disable(typed);
                                    return List.of();
                                })
                                .isPresent()) {
                            UserMessages.showSuccess(getTranslation("secondFactor.disabled"));
                            showStatus();
                        }
                    });
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            disable.setId("second-factor-disable");
            content.add(new Div(disable));
        }
        content.add(passkeysSection());
    }

    private void showEnrolment(SecondFactors.Enrolment enrolment) {
        content.removeAll();
        H2 scan = new H2(getTranslation("secondFactor.scan"));
        Span secret = new Span(grouped(enrolment.secret()));
        secret.addClassName("kk-secret");
        secret.setId("second-factor-secret");
        TextField code = codeField("second-factor-code");
        Button confirm = new Button(
                getTranslation("secondFactor.confirm"),
                click -> withCode(code, secondFactors::confirmEnrolment).ifPresent(this::showRecoveryCodes));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("second-factor-confirm");
        content.add(
                scan,
                new Paragraph(getTranslation("secondFactor.scan.intro")),
                QrCodeImage.of(enrolment.otpauthUri(), getTranslation("secondFactor.qr.alt")),
                new Paragraph(new Span(getTranslation("secondFactor.secret") + " "), secret),
                code,
                new Div(confirm));
        code.focus();
    }

    private void showRecoveryCodes(List<String> codes) {
        content.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("second-factor-recovery-codes");
        list.addClassName("kk-recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        Button done =
                new Button(getTranslation("secondFactor.codesKept"), click -> getUI().ifPresent(ui -> ui.navigate("")));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("second-factor-done");
        content.add(
                new H2(getTranslation("secondFactor.codes")),
                new Paragraph(getTranslation("secondFactor.codes.intro")),
                list,
                done);
        done.focus();
    }

    /** The password typed again before a change to how one logs in. */
    private PasswordField currentPasswordField(String id) {
        PasswordField password = ComponentTexts.localized(new PasswordField(getTranslation("profile.currentPassword")));
        password.setId(id);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        return password;
    }

    private TextField codeField(String id) {
        TextField code = new TextField(getTranslation("secondFactor.code"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(SecondFactors.CODE_MAX);
        code.setId(id);
        return code;
    }

    /** Runs the action with the typed code; a refusal shows at the field, and nothing comes back. */
    private java.util.Optional<List<String>> withCode(TextField code, Function<String, List<String>> action) {
        try {
            List<String> result = action.apply(code.getValue());
            code.setInvalid(false);
            return java.util.Optional.of(result);
        } catch (DomainException refused) {
            code.setInvalid(true);
            code.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), refused));
            code.focus();
            return java.util.Optional.empty();
        }
    }

    /** The secret in groups of four, as people type it into an app. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.title") + " – " + getTranslation("app.name");
    }
}
