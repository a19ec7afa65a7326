package de.kokreation.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kokreation.account.AccountLimits;
import de.kokreation.account.ActiveSession;
import de.kokreation.account.PasswordPolicy;
import de.kokreation.account.ProfileService;
import de.kokreation.account.SecondFactors;
import de.kokreation.account.UserAccount;
import de.kokreation.notification.Delivery;
import de.kokreation.notification.NotificationSettings;
import de.kokreation.profile.PersonalDataExport;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The logged-in person's own settings and data. */
@Route(value = "profil", layout = MainLayout.class)
@PermitAll
public class ProfileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;
    private final PersonalDataExport export;
    private final NotificationSettings notificationSettings;
    private final SecondFactors secondFactors;
    private final transient AuthenticationContext authentication;

    public ProfileView(
            ProfileService profiles,
            PersonalDataExport export,
            NotificationSettings notificationSettings,
            SecondFactors secondFactors,
            AuthenticationContext authentication) {
        this.secondFactors = secondFactors;
        this.profiles = profiles;
        this.export = export;
        this.notificationSettings = notificationSettings;
        this.authentication = authentication;
        addClassNames("kk-view", "kk-narrow");
    }

    private boolean hasPassword = true;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserAccount me = profiles.myAccount();
        hasPassword = profiles.hasPassword();
        removeAll();
        add(new H1(getTranslation("profile.title")), nameSection(me));
        if (hasPassword) {
            add(emailSection(me), passwordSection(), secondFactorSection());
        } else {
            // made through an identity provider: address and sign-in are managed there
            Paragraph managedThere = new Paragraph(getTranslation("profile.provider", me.email()));
            managedThere.setId("profile-provider");
            add(section("profile.email", managedThere));
        }
        add(sessionsSection(), languageSection(me), notificationSection(), dataSection());
    }

    private Section nameSection(UserAccount me) {
        TextField name = new TextField(getTranslation("register.displayName"));
        name.setValue(me.displayName());
        name.setMaxLength(AccountLimits.DISPLAY_NAME_MAX);
        name.setHelperText(getTranslation("register.displayName.helper"));
        name.setId("profile-name");
        Button save = new Button(
                getTranslation("profile.save"),
                click -> attempt(name, () -> profiles.rename(name.getValue()), "profile.saved"));
        save.setId("profile-name-save");
        return section("profile.name", name, save);
    }

    private Section secondFactorSection() {
        SecondFactors.Status status = secondFactors.myStatus();
        Paragraph state = new Paragraph(
                status.enabled() && status.enabledAt() != null
                        ? getTranslation("profile.secondFactor.on", Formats.date(status.enabledAt(), getLocale()))
                        : getTranslation("profile.secondFactor.off"));
        state.setId("profile-second-factor");
        Anchor manage = new Anchor("/zweiter-faktor", getTranslation("profile.secondFactor.manage"));
        manage.addClassName("kk-button-link-secondary");
        manage.setId("profile-second-factor-manage");
        return section("profile.secondFactor", state, manage);
    }

    private Section emailSection(UserAccount me) {
        EmailField email = new EmailField(getTranslation("profile.newEmail"));
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setHelperText(getTranslation("profile.currentEmail", me.email()));
        email.setId("profile-email");
        PasswordField password = ComponentTexts.localized(new PasswordField(getTranslation("profile.currentPassword")));
        password.setId("profile-email-password");
        Button save = new Button(
                getTranslation("profile.changeEmail"),
                click -> attempt(
                        password,
                        () -> profiles.requestEmailChange(email.getValue(), password.getValue()),
                        "profile.emailLinkSent"));
        save.setId("profile-email-save");
        return section("profile.email", email, password, save);
    }

    private Section passwordSection() {
        PasswordField current = ComponentTexts.localized(new PasswordField(getTranslation("profile.currentPassword")));
        current.setId("profile-password-current");
        PasswordField next = ComponentTexts.localized(new PasswordField(getTranslation("reset.password")));
        next.setHelperText(getTranslation("register.password.helper", PasswordPolicy.MIN_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        next.setId("profile-password-new");
        Button save = new Button(
                getTranslation("profile.changePassword"),
                click -> attempt(
                        current,
                        () -> profiles.changePassword(current.getValue(), next.getValue()),
                        "profile.passwordChanged"));
        save.setId("profile-password-save");
        return section("profile.password", current, next, save);
    }

    /** The person's signed-in devices, on every node, with a way to end those they do not know. */
    private Section sessionsSection() {
        Div list = new Div();
        list.setId("profile-sessions");
        Section section = section("profile.sessions", new Paragraph(getTranslation("profile.sessions.intro")), list);
        showSessions(list);
        return section;
    }

    private void showSessions(Div list) {
        list.removeAll();
        List<ActiveSession> sessions = profiles.mySessions();
        UnorderedList items = new UnorderedList();
        items.addClassName("kk-session-list");
        for (ActiveSession session : sessions) {
            ListItem item = new ListItem();
            item.addClassName("kk-session");
            Span device = new Span(session.device());
            device.addClassName("kk-session-device");
            item.add(device);
            if (session.current()) {
                Span current = new Span(getTranslation("profile.sessions.current"));
                current.addClassName("kk-badge");
                item.add(new Span(" "), current);
            }
            item.add(new Paragraph(getTranslation(
                    "profile.sessions.details",
                    session.addressRange(),
                    Formats.dateTime(session.startedAt(), getLocale()),
                    Formats.dateTime(session.lastSeenAt(), getLocale()))));
            if (!session.current()) {
                Button end = new Button(getTranslation("profile.sessions.end"), click -> {
                    try {
                        profiles.endMySession(session.id());
                        UserMessages.showSuccess(getTranslation("profile.sessions.ended"));
                    } catch (DomainException refused) {
                        UserMessages.showError(UserMessages.describe(getUI().orElseThrow(), refused));
                    }
                    showSessions(list);
                });
                end.setId("profile-session-end-" + session.id());
                end.setAriaLabel(getTranslation("profile.sessions.endLabel", session.device()));
                item.add(end);
            }
            items.add(item);
        }
        list.add(items);
        if (sessions.stream().anyMatch(session -> !session.current())) {
            Button endOthers = new Button(getTranslation("profile.sessions.endOthers"), click -> {
                try {
                    int ended = profiles.endMyOtherSessions();
                    UserMessages.showSuccess(getTranslation("profile.sessions.endedOthers", ended));
                } catch (DomainException refused) {
                    UserMessages.showError(UserMessages.describe(getUI().orElseThrow(), refused));
                }
                showSessions(list);
            });
            endOthers.setId("profile-sessions-end-others");
            list.add(endOthers);
        }
    }

    private Section languageSection(UserAccount me) {
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("profile.language"));
        language.setItems(Locale.GERMAN, Locale.ENGLISH);
        language.setItemLabelGenerator(locale -> getTranslation("language.name." + locale.getLanguage()));
        language.setValue("en".equals(me.locale().getLanguage()) ? Locale.ENGLISH : Locale.GERMAN);
        language.setHelperText(getTranslation("profile.language.helper"));
        language.setId("profile-language");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                profiles.changeLanguage(change.getValue());
                UserMessages.showSuccess(getTranslation("profile.saved"));
            }
        });
        return section("profile.languageHeading", language);
    }

    private Section notificationSection() {
        Div selects = new Div();
        selects.addClassName("kk-form-stack");
        notificationSettings.mySettings().forEach((kind, delivery) -> {
            Select<Delivery> select = new Select<>();
            select.setLabel(getTranslation(kind.messageKey()));
            select.setItems(Delivery.values());
            select.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
            select.setValue(delivery);
            select.setId("notification-" + kind.name().toLowerCase(Locale.ROOT));
            select.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    notificationSettings.change(kind, change.getValue());
                    UserMessages.showSuccess(getTranslation("profile.saved"));
                }
            });
            selects.add(select);
        });
        Section notifications =
                section("notification.heading", new Paragraph(getTranslation("notification.intro")), selects);
        // the target of the settings link in every notification mail
        notifications.setId("benachrichtigungen");
        return notifications;
    }

    private Section dataSection() {
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] json = export.exportMyData().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(json),
                            "kokreation-meine-daten.json",
                            "application/json",
                            json.length);
                }),
                getTranslation("profile.download"));
        download.setId("profile-download");
        download.addClassName("kk-button-link-secondary");

        Button delete = new Button(getTranslation("profile.delete"), click -> confirmDeletion());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("profile-delete");
        return section(
                "profile.data",
                new Paragraph(getTranslation("profile.data.intro")),
                download,
                new Paragraph(getTranslation("profile.delete.intro")),
                delete);
    }

    private void confirmDeletion() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("profile.delete.header"));
        TextFieldBase<?, String> password = hasPassword
                ? ComponentTexts.localized(new PasswordField(getTranslation("profile.currentPassword")))
                : new TextField(getTranslation("profile.delete.address"));
        password.setId("profile-delete-password");
        password.setWidthFull();
        dialog.add(
                new Paragraph(getTranslation(hasPassword ? "profile.delete.text" : "profile.delete.textByAddress")),
                password);
        Button confirm = new Button(getTranslation("profile.delete.confirm"), click -> {
            try {
                profiles.deleteMyAccount(password.getValue());
            } catch (DomainException rejected) {
                password.setInvalid(true);
                password.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
                return;
            }
            dialog.close();
            authentication.logout();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("profile-delete-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        password.focus();
    }

    private void attempt(HasValidation field, Runnable action, String successKey) {
        try {
            action.run();
            field.setInvalid(false);
            UserMessages.showSuccess(getTranslation(successKey));
        } catch (DomainException rejected) {
            field.setInvalid(true);
            field.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
        }
    }

    private Section section(String headingKey, Component... content) {
        H2 heading = new H2(getTranslation(headingKey));
        Div fields = new Div(content);
        fields.addClassName("kk-form-stack");
        Section section = new Section(heading, fields);
        section.addClassName("kk-profile-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " – " + getTranslation("app.name");
    }
}
