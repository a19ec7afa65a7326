package de.kokreation.shared.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings the forms the light stemmer leaves apart to one stem: the noun in -ung and the past
 * participle in -t join the verb ("veröffentlichung", "veröffentlicht" and "veröffentlichen" all
 * become "veroffentlich"; "beteiligung" becomes "beteilig"). Only on long stems, so short words
 * keep their ending.
 */
final class GermanDerivationFilter extends TokenFilter {

    private static final int MIN_STEM = 5;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    GermanDerivationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String stem = stem(word);
        if (!stem.equals(word)) {
            term.setEmpty().append(stem);
        }
        return true;
    }

    static String stem(String word) {
        if (word.endsWith("ung") && word.length() - 3 >= MIN_STEM) {
            return word.substring(0, word.length() - 3);
        }
        if ((word.endsWith("cht") || word.endsWith("iert")) && word.length() - 1 >= MIN_STEM) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
