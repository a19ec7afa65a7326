package de.kokreation.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One edit apart: a letter added, left out, changed, or two neighbours swapped; nothing more. */
class VocabularyTest {

    @Test
    void oneEditIsOneEdit() {
        assertThat(Vocabulary.oneEditApart("transparenz", "transparens")).isTrue();
        assertThat(Vocabulary.oneEditApart("transparenz", "transparen")).isTrue();
        assertThat(Vocabulary.oneEditApart("transparenz", "ttransparenz")).isTrue();
        assertThat(Vocabulary.oneEditApart("lobbyregist", "lobbyreigst")).isTrue();
        assertThat(Vocabulary.oneEditApart("lobbyregist", "lobyreigst")).isFalse();
        assertThat(Vocabulary.oneEditApart("haushalt", "haushalt")).isFalse();
        assertThat(Vocabulary.oneEditApart("haushalt", "hausalter")).isFalse();
    }

    @Test
    void nearTermsAreFoundByLengthAndKnownTermsAndPrefixesAreKnown() {
        Vocabulary vocabulary = Vocabulary.of(List.of("transparenz", "transport", "haushalt", "haushaltsdat", "a b"));
        assertThat(vocabulary.near("transpar", "transparens", 4)).containsExactly("transparenz");
        assertThat(vocabulary.knows("haushalt", false)).isTrue();
        assertThat(vocabulary.knows("hausha", true)).isTrue();
        assertThat(vocabulary.knows("hausha", false)).isFalse();
        assertThat(vocabulary.size()).isEqualTo(4);
    }
}
