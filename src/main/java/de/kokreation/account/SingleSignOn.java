package de.kokreation.account;

import de.kokreation.shared.SignInProviders;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The configured identity providers, in the order of their labels. */
@Component
class SingleSignOn implements SignInProviders {

    private final List<Option> options;

    SingleSignOn(SsoSettings settings) {
        this.options = settings.providers().entrySet().stream()
                .map(entry -> new Option(entry.getKey(), entry.getValue().label()))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }

    @Override
    public List<Option> options() {
        return options;
    }
}
