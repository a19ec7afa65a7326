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
import de.kokreation.shared.DomainException;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.RolesAllowed;

/** Admins find accounts by name or email and block or unblock them, with a reason. */
@Route(value = "admin/konten", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AccountsAdminView extends Div implements HasDynamicTitle {

    private final AccountAdministration administration;
    private final TextField search = new TextField();
    private final Grid<AccountRow> grid = new Grid<>();

    public AccountsAdminView(AccountAdministration administration) {
        this.administration = administration;
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
        grid.addComponentColumn(this::action).setHeader(getTranslation("admin.accounts.action"));
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
        Button block = new Button(getTranslation("admin.accounts.block"), click -> openBlockDialog(row));
        block.addThemeVariants(ButtonVariant.LUMO_ERROR);
        block.setId("block-" + row.id());
        return block;
    }

    private void openBlockDialog(AccountRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.accounts.blockHeader", row.displayName()));
        TextArea reason = new TextArea(getTranslation("admin.accounts.reason"));
        reason.setMaxLength(AccountLimits.BLOCK_REASON_MAX);
        reason.setWidthFull();
        reason.setId("block-reason");
        Button confirm = new Button(getTranslation("admin.accounts.block"), click -> {
            try {
                administration.block(row.id(), reason.getValue());
            } catch (DomainException rejected) {
                reason.setInvalid(true);
                reason.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
                return;
            }
            dialog.close();
            UserMessages.showSuccess(getTranslation("admin.accounts.blocked", row.displayName()));
            grid.getDataProvider().refreshAll();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("block-confirm");
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
