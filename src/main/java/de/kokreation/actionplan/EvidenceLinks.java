package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The links a report gives as evidence, one per line: web addresses (http or https) only, so that
 * no script or local file hides behind a link on a public page.
 */
final class EvidenceLinks {

    private EvidenceLinks() {}

    /** The lines as checked links; a refusal names the line. Blank lines are left out. */
    static List<String> parse(String lines) {
        List<String> links = new ArrayList<>();
        String[] split = lines.strip().split("\\R");
        for (int i = 0; i < split.length; i++) {
            String line = split[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > ActionPlanLimits.EVIDENCE_LINK_MAX || !isWebAddress(line)) {
                throw new DomainException("plan.error.evidenceLink", i + 1, ActionPlanLimits.EVIDENCE_LINK_MAX);
            }
            links.add(line);
        }
        if (links.size() > ActionPlanLimits.EVIDENCE_LINKS_MAX) {
            throw new DomainException("plan.error.tooManyLinks", ActionPlanLimits.EVIDENCE_LINKS_MAX);
        }
        return List.copyOf(links);
    }

    static String join(List<String> links) {
        return String.join("\n", links);
    }

    static List<String> split(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
