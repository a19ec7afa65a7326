package de.kokreation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The description of a link preview: at, just below and just above its limit, in characters, not bytes. */
class PagePreviewTest {

    @Test
    void aDescriptionUpToTheLimitStaysWholeAndALongerOneIsCutAtAWord() {
        String emoji = "😀"; // two chars, one code point
        String atLimit = "ä".repeat(PagePreview.DESCRIPTION_LENGTH - 1) + emoji;
        String belowLimit = "ö".repeat(PagePreview.DESCRIPTION_LENGTH - 1);
        String aboveLimit = "Größe ".repeat(40) + emoji;

        assertThat(PagePreview.excerpt(atLimit)).isEqualTo(atLimit);
        assertThat(PagePreview.excerpt(belowLimit)).isEqualTo(belowLimit);
        String cut = PagePreview.excerpt(aboveLimit);
        assertThat(cut).endsWith("Größe…");
        assertThat(cut.codePointCount(0, cut.length())).isLessThanOrEqualTo(PagePreview.DESCRIPTION_LENGTH);
    }

    @Test
    void aWordLongerThanTheLimitIsCutWithoutSplittingACharacter() {
        String emojis = "😀".repeat(PagePreview.DESCRIPTION_LENGTH + 1);
        String cut = PagePreview.excerpt(emojis);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(PagePreview.DESCRIPTION_LENGTH);
        assertThat(cut).endsWith("😀…");
    }

    @Test
    void lineBreaksAndNoBreakSpacesBecomeOneSpace() {
        assertThat(PagePreview.excerpt("  Erste Zeile\n\n\tzweite\u00A0Zeile  "))
                .isEqualTo("Erste Zeile zweite Zeile");
    }
}
