package de.kokreation.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Loads the theme and the application's stylesheet once, for every page; server push (WebSocket,
 * with long polling where a proxy refuses it) for the pages that follow what happens elsewhere.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/kokreation.css")
@Meta(name = "description", content = "Kokreation – Beteiligung an Open-Government-Aktionsplänen")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Kokreation");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
