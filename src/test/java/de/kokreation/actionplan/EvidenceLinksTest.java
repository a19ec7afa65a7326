package de.kokreation.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.shared.DomainException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class EvidenceLinksTest {

    @Test
    void takesWebAddressesOnePerLineAndLeavesBlankLinesOut() {
        assertThat(EvidenceLinks.parse(" https://open.nrw/bericht \r\n\nhttp://example.org/ä?x=1\n"))
                .containsExactly("https://open.nrw/bericht", "http://example.org/ä?x=1");
        assertThat(EvidenceLinks.parse("")).isEmpty();
    }

    @Test
    void refusesScriptsLocalFilesAndTextNamingTheLine() {
        for (String bad : new String[] {"javascript:alert(1)", "file:///etc/passwd", "nur Text", "https://"}) {
            assertThatThrownBy(() -> EvidenceLinks.parse("https://ok.example\n" + bad))
                    .isInstanceOfSatisfying(DomainException.class, refusal -> {
                        assertThat(refusal.messageKey()).isEqualTo("plan.error.evidenceLink");
                        assertThat(refusal.messageArguments()[0]).isEqualTo(2);
                    });
        }
    }

    @Test
    void limitsTheLengthOfALinkAndTheirNumber() {
        String prefix = "https://beispiel.example/";
        String atLimit = prefix + "ä".repeat(ActionPlanLimits.EVIDENCE_LINK_MAX - prefix.length());
        assertThat(EvidenceLinks.parse(atLimit)).containsExactly(atLimit);
        assertThatThrownBy(() -> EvidenceLinks.parse(atLimit + "ö")).isInstanceOf(DomainException.class);
        String tenLinks = String.join("\n", Collections.nCopies(ActionPlanLimits.EVIDENCE_LINKS_MAX, prefix));
        assertThat(EvidenceLinks.parse(tenLinks)).hasSize(ActionPlanLimits.EVIDENCE_LINKS_MAX);
        assertThatThrownBy(() -> EvidenceLinks.parse(tenLinks + "\n" + prefix))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.tooManyLinks"));
    }
}
