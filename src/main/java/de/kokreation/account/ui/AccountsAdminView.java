package de.kokreation.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.account.AccountAdministration;
import de.kokreation.account.AccountLimits;
import de.kokreation.account.AccountRow;
import de.kokreation.account.AccountStatus;
import de.kokreation.account.SecondFactors;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;

/** Admins find accounts by name or email and block or unblock them, with a reason. */
@Route(value = "admin/konten", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AccountsAdminView extends Div implements HasDynamicTitle {

    private final AccountAdministration administration;
    private final SecondFactors secondFactors;
    private final TextField search = new TextField();
    private final Grid<AccountRow> grid = new Grid<>();

    public AccountsAdminView(AccountAdministration administration, SecondFactors secondFactors) {
        this.administration = administration;
        this.secondFactors = secondFactors;
        addClassNames("kk-view", "kk-wide");
        search.setLabel(getTranslation("admin.accounts.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(AccountLimits.EMAIL_MAX);
        search.setClearButtonVisible(true);
        search.setId("accounts-search");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("register.displayName"))
                .setAutoWidth(true);
        grid.addColumn(AccountRow::email)
                .setHeader(getTranslation("register.email"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("account.status." + row.status().name())
                        + (row.blockReason() == null ? "" : " – " + row.blockReason()))
                .setHeader(getTranslation("admin.accounts.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.createdAt(), getLocale()))
                .setHeader(getTranslation("admin.accounts.since"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.accounts.action"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.setId("accounts-grid");
        // Paged in the database: the grid asks for the rows it shows.
        grid.setItems(
                query -> administration.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, administration.count(search.getValue())));

        add(new H1(getTranslation("admin.accounts.title")), search, grid);
    }

    private Div actions(AccountRow row) {
        Div actions = new Div(action(row));
        if (row.secondFactor()) {
            Button reset = new Button(
                    getTranslation("admin.accounts.resetSecondFactor"),
                    click -> openReasonDialog(
                            getTranslation("admin.accounts.resetSecondFactorHeader", row.displayName()),
                            getTranslation("admin.accounts.resetSecondFactor"),
                            "reset-second-factor",
                            reason -> secondFactors.reset(row.id(), reason),
                            getTranslation("admin.accounts.secondFactorReset", row.displayName())));
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reset.setId("reset-second-factor-" + row.id());
            actions.add(reset);
        }
        return actions;
    }

    private Button action(AccountRow row) {
        if (row.status() == AccountStatus.BLOCKED) {
            Button unblock = new Button(getTranslation("admin.accounts.unblock"), click -> {
                administration.unblock(row.id());
                UserMessages.showSuccess(getTranslation("admin.accounts.unblocked", row.displayName()));
                grid.getDataProvider().refreshAll();
            });
            unblock.setId("unblock-" + row.id());
            return unblock;
        }
        Button block = new Button(
                getTranslation("admin.accounts.block"),
                click -> openReasonDialog(
                        getTranslation("admin.accounts.blockHeader", row.displayName()),
                        getTranslation("admin.accounts.block"),
                        "block",
                        reason -> administration.block(row.id(), reason),
                        getTranslation("admin.accounts.blocked", row.displayName())));
        block.addThemeVariants(ButtonVariant.LUMO_ERROR);
        block.setId("block-" + row.id());
        return block;
    }

    /** Asks the admin why (kept with the action), then acts; a refusal shows at the reason. */
    private void openReasonDialog(
            String header, String confirmLabel, String idPrefix, Consumer<String> act, String done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(header);
        TextArea reason = new TextArea(getTranslation("admin.accounts.reason"));
        reason.setMaxLength(AccountLimits.BLOCK_REASON_MAX);
        reason.setWidthFull();
        reason.setId(idPrefix + "-reason");
        Button confirm = new Button(confirmLabel, click -> {
            try {
                act.accept(reason.getValue());
            } catch (DomainException rejected) {
                reason.setInvalid(true);
                reason.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
                return;
            }
            dialog.close();
            UserMessages.showSuccess(done);
            grid.getDataProvider().refreshAll();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId(idPrefix + "-confirm");
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.accounts.title") + " – " + getTranslation("app.name");
    }
}
