package de.kokreation.shared.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis of search: German by default (folding, compound parts, light stemming and the
 * derivations of {@link GermanDerivationFilter}), English for texts written in English. Index and
 * query go through the same chain, so what a person types meets what was written.
 */
public final class SearchAnalysis {

    /** The language a text is analysed in. */
    public enum Language {
        GERMAN,
        ENGLISH
    }

    /** One analysed word: its terms (the word, then its compound parts) at one position. */
    public record Word(int position, List<String> terms) {

        public String whole() {
            return terms.getFirst();
        }

        /** The compound parts, without the whole word; empty when the word is not a compound. */
        public List<String> parts() {
            return terms.subList(1, terms.size());
        }
    }

    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
        }
    };
    private static final CharArraySet COMPOUND_PARTS = loadParts();
    private static final Analyzer GERMAN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
            stream = new GermanNormalizationFilter(stream);
            stream = new CompoundSplitFilter(stream, COMPOUND_PARTS);
            stream = new GermanLightStemFilter(stream);
            stream = new GermanDerivationFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private SearchAnalysis() {}

    /** The words of a text, analysed in the given language. */
    public static List<Word> words(String text, Language language) {
        List<Word> words = new ArrayList<>();
        Analyzer analyzer = language == Language.ENGLISH ? ENGLISH : GERMAN;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = 0;
            List<String> current = null;
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || current == null) {
                    position += Math.max(1, increment.getPositionIncrement());
                    current = new ArrayList<>();
                    words.add(new Word(position, current));
                }
                String value = term.toString();
                if (!current.contains(value)) {
                    current.add(value);
                }
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return words;
    }

    /** A word of a text where it stands ({@code start} to {@code end}), with its analysed terms. */
    public record Token(int start, int end, List<String> terms) {}

    /** The words of a text with their places in it, for marking the hits of a search. */
    public static List<Token> tokens(String text, Language language) {
        List<Token> tokens = new ArrayList<>();
        Analyzer analyzer = language == Language.ENGLISH ? ENGLISH : GERMAN;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            List<String> current = null;
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || current == null) {
                    current = new ArrayList<>();
                    tokens.add(new Token(offset.startOffset(), offset.endOffset(), current));
                }
                current.add(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return tokens;
    }

    /**
     * The language a text is written in, by its common words: English when it has clearly more
     * English than German stop words, German otherwise.
     */
    public static Language languageOf(String text) {
        int german = 0;
        int english = 0;
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (GermanAnalyzer.getDefaultStopSet().contains(token)) {
                german++;
            }
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(token)) {
                english++;
            }
        }
        return english > german + 1 ? Language.ENGLISH : Language.GERMAN;
    }

    /** The known words compounds are split into, folded like the text (ä to a, ß to ss). */
    private static CharArraySet loadParts() {
        CharArraySet parts = new CharArraySet(2_000, false);
        try (InputStream in = Objects.requireNonNull(
                        SearchAnalysis.class.getResourceAsStream("/search/compound-parts-de.txt"),
                        "search/compound-parts-de.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    parts.add(fold(word));
                }
            }
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
        return parts;
    }

    /** Lower case and folded by the same filter as the text ({@link GermanNormalizationFilter}). */
    static String fold(String word) {
        try (TokenStream stream = FOLDING.tokenStream("part", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String folded = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return folded;
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
