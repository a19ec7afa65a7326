package de.kokreation.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorPseudonymsTest {

    private static final byte[] KEY = "ein Schlüssel nur für diesen Test".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSamePersonInTheSameConsultationAlwaysGetsTheSamePseudonym() {
        String first = AuthorPseudonyms.forConsultation(KEY, 7).of(42L);
        String again = AuthorPseudonyms.forConsultation(KEY, 7).of(42L);

        assertThat(first).matches("p-[0-9a-f]{16}").isEqualTo(again);
    }

    @Test
    void pseudonymsDifferAcrossConsultationsPeopleAndInstallations() {
        AuthorPseudonyms.Scope nrw = AuthorPseudonyms.forConsultation(KEY, 1);
        AuthorPseudonyms.Scope bw = AuthorPseudonyms.forConsultation(KEY, 2);

        assertThat(nrw.of(42L)).isNotEqualTo(bw.of(42L)).isNotEqualTo(nrw.of(43L));
        // "1:42" and "14:2" must not collide: the separator keeps consultation and account apart.
        assertThat(AuthorPseudonyms.forConsultation(KEY, 14).of(2L)).isNotEqualTo(nrw.of(42L));
        assertThat(AuthorPseudonyms.forConsultation("ein anderer Schlüssel".getBytes(StandardCharsets.UTF_8), 1)
                        .of(42L))
                .isNotEqualTo(nrw.of(42L));
    }

    @Test
    void noAccountHasNoPseudonymAndManyAccountsDoNotCollide() {
        AuthorPseudonyms.Scope scope = AuthorPseudonyms.forConsultation(KEY, 1);
        assertThat(scope.of(null)).isNull();

        Set<String> seen = new HashSet<>();
        for (long account = 1; account <= 100_000; account++) {
            seen.add(scope.of(account));
        }
        assertThat(seen).hasSize(100_000);
    }
}
