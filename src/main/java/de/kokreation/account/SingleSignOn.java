package de.kokreation.account;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the login page and the security setup need to know of the configured identity providers. */
@Component
public class SingleSignOn {

    /** Where a sign-in through a provider starts (Spring Security's authorization request). */
    public static final String START_PATH = "/oauth2/authorization/";

    /** Where the provider sends the browser back to. */
    public static final String RETURN_PATH = "/login/oauth2/code/";

    /** A provider as the login page offers it. */
    public record Option(String id, String label) {
        public String startPath() {
            return START_PATH + id;
        }
    }

    private final List<Option> options;

    SingleSignOn(SsoSettings settings) {
        this.options = settings.providers().entrySet().stream()
                .map(entry -> new Option(entry.getKey(), entry.getValue().label()))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }

    public List<Option> options() {
        return options;
    }

    public boolean enabled() {
        return !options.isEmpty();
    }
}
