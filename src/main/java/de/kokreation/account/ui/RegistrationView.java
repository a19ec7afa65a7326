package de.kokreation.account.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.AccountLimits;
import de.kokreation.account.AccountService;
import de.kokreation.account.PasswordPolicy;
import de.kokreation.account.RegistrationRequest;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;

/** Registration: the account becomes active through the link in the confirmation mail. */
@Route(value = AccountPaths.REGISTER, layout = MainLayout.class)
@AnonymousAllowed
public class RegistrationView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordPolicy passwordPolicy;
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = ComponentTexts.localized(new PasswordField());
    private final Checkbox privacy = new PrivacyConsent();
    private final Binder<RegistrationForm> binder = new Binder<>();
    private final Div content = new Div();

    public RegistrationView(AccountService accounts, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        addClassNames("kk-view", "kk-narrow");
        add(new H1(getTranslation("register.title")), content);
        showForm();
    }

    private void showForm() {
        content.removeAll();
        Paragraph intro = new Paragraph(getTranslation("register.intro"));

        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setHelperText(getTranslation("register.displayName.helper"));
        displayName.setMaxLength(AccountLimits.DISPLAY_NAME_MAX);
        displayName.setId("register-name");
        displayName.setAutocomplete(Autocomplete.NICKNAME);
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setId("register-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.helper", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setId("register-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        privacy.setId("register-privacy");

        binder.forField(displayName)
                .asRequired(getTranslation("account.displayName.required"))
                .withValidator(name -> !name.isBlank(), getTranslation("account.displayName.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("account.displayName.size", AccountLimits.DISPLAY_NAME_MAX),
                        1,
                        AccountLimits.DISPLAY_NAME_MAX))
                .bind(RegistrationForm::getDisplayName, RegistrationForm::setDisplayName);
        binder.forField(email)
                .asRequired(getTranslation("account.email.required"))
                .withValidator(new EmailValidator(getTranslation("account.email.invalid")))
                .bind(RegistrationForm::getEmail, RegistrationForm::setEmail);
        binder.forField(password)
                .asRequired(getTranslation("account.password.required"))
                .withValidator((value, context) -> passwordPolicy
                        .violation(value, email.getValue(), displayName.getValue())
                        .map(key -> ValidationResult.error(
                                getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)))
                        .orElse(ValidationResult.ok()))
                .bind(RegistrationForm::getPassword, RegistrationForm::setPassword);
        binder.forField(privacy)
                .withValidator(accepted -> accepted, getTranslation("account.privacy.required"))
                .bind(RegistrationForm::isPrivacyAccepted, RegistrationForm::setPrivacyAccepted);

        Button submit = new Button(getTranslation("register.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-submit");
        FormLayout form = new FormLayout(displayName, email, password, privacy);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph login = new Paragraph(
                new Span(getTranslation("register.haveAccount") + " "),
                new Anchor("/anmelden", getTranslation("layout.login")));
        content.add(intro, form, submit, login);
    }

    private void submit() {
        RegistrationForm values = new RegistrationForm();
        if (!binder.writeBeanIfValid(values)) {
            binder.validate().getFieldValidationErrors().stream()
                    .findFirst()
                    .ifPresent(error -> ((Focusable<?>) error.getField()).focus());
            return;
        }
        try {
            accounts.register(new RegistrationRequest(
                    values.getDisplayName(),
                    values.getEmail(),
                    values.getPassword(),
                    values.isPrivacyAccepted(),
                    getLocale()));
        } catch (DomainException rejected) {
            password.setInvalid(true);
            password.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
            return;
        }
        showMailSent(values.getEmail());
    }

    private void showMailSent(String address) {
        content.removeAll();
        Paragraph sent = new Paragraph(getTranslation("register.mailSent", address));
        sent.setId("register-mail-sent");
        sent.getElement().setAttribute("role", "status");
        Button resend = new Button(getTranslation("register.resend"), click -> {
            accounts.resendConfirmation(address);
            UserMessages.showSuccess(getTranslation("register.resent"));
        });
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resend.setId("register-resend");
        content.add(sent, new Paragraph(getTranslation("register.mailHint")), resend);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " – " + getTranslation("app.name");
    }

    /** The form's values; a plain bean because the binder fills it field by field. */
    public static class RegistrationForm {
        private String displayName = "";
        private String email = "";
        private String password = "";
        private boolean privacyAccepted;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public boolean isPrivacyAccepted() {
            return privacyAccepted;
        }

        public void setPrivacyAccepted(boolean privacyAccepted) {
            this.privacyAccepted = privacyAccepted;
        }
    }
}
