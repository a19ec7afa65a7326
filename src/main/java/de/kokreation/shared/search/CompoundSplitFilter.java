package de.kokreation.shared.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Splits a German compound into the known words it is made of, keeping the whole word: after
 * "haushaltsdaten" come "haushalt" and "daten" at the same position. A word is split only when
 * known parts, with the joints German puts between them (s, es, n, en, e, er, ens), cover it
 * completely, by the fewest parts; so "Beratung" never yields "rat". Runs after folding and
 * before stemming, so the parts are stemmed like any word.
 */
final class CompoundSplitFilter extends TokenFilter {

    private static final String[] JOINTS = {"", "s", "es", "n", "en", "e", "er", "ens"};
    private static final int MIN_PART = 3;
    private static final int MIN_WORD = 7;

    private final CharArraySet parts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private @Nullable State whole;

    CompoundSplitFilter(TokenStream input, CharArraySet parts) {
        super(input);
        this.parts = parts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty() && whole != null) {
            restoreState(whole);
            term.setEmpty().append(pending.removeFirst());
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending.addAll(Arrays.asList(split(term.toString())));
        whole = pending.isEmpty() ? null : captureState();
        return true;
    }

    /** The parts covering the word by the fewest parts, or none when it is not such a compound. */
    String[] split(String word) {
        int n = word.length();
        if (n < MIN_WORD || parts.contains(word)) {
            return new String[0];
        }
        int[] fewest = new int[n + 1];
        int[] partStart = new int[n + 1];
        int[] partEnd = new int[n + 1];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int start = 0; start < n; start++) {
            if (fewest[start] == Integer.MAX_VALUE) {
                continue;
            }
            for (int end = n; end >= start + MIN_PART; end--) {
                if (!parts.contains(word.subSequence(start, end))) {
                    continue;
                }
                for (String joint : JOINTS) {
                    int next = end + joint.length();
                    if (next <= n && word.startsWith(joint, end) && fewest[start] + 1 < fewest[next]) {
                        fewest[next] = fewest[start] + 1;
                        partStart[next] = start;
                        partEnd[next] = end;
                    }
                }
            }
        }
        if (fewest[n] == Integer.MAX_VALUE || fewest[n] < 2) {
            return new String[0];
        }
        String[] found = new String[fewest[n]];
        for (int at = n, i = found.length - 1; at > 0; at = partStart[at], i--) {
            found[i] = word.substring(partStart[at], partEnd[at]);
        }
        return found;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        whole = null;
    }
}
