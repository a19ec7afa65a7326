package de.kokreation.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Vaadin's page for every address, fitted to {@link BrowserPolicies}: each of its scripts carries
 * the response's nonce, and before any of them the predefined functions of
 * {@code /scripts/csp-functions.js} take the place of JavaScript built from strings.
 */
@Component
class PageHeadPolicies implements VaadinServiceInitListener {

    static final String FUNCTIONS_SCRIPT = "/scripts/csp-functions.js";

    /** Passkey ceremonies for the buttons that ask for them (event delegation: no script from strings). */
    static final String PASSKEYS_SCRIPT = "/scripts/passkeys.js";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(PageHeadPolicies::apply);
    }

    private static void apply(IndexHtmlResponse page) {
        Object nonce = page.getVaadinRequest().getAttribute(BrowserPolicies.NONCE_ATTRIBUTE);
        if (!(nonce instanceof String value)) {
            return;
        }
        Element head = page.getDocument().head();
        head.prependElement("script")
                .attr("src", page.getVaadinRequest().getContextPath() + PASSKEYS_SCRIPT)
                .attr("defer", "");
        head.prependElement("script").attr("src", page.getVaadinRequest().getContextPath() + FUNCTIONS_SCRIPT);
        page.getDocument().getElementsByTag("script").attr("nonce", value);
    }
}
