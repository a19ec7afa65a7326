package de.kokreation.sensemaking;

import de.kokreation.shared.search.TermBag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a language model wrote about a cluster, read and checked against the texts it was given
 * (the first {@link #MAX_SENTENCES} that pass are kept, what follows is left out):
 * a sentence stays only when it names sources that were given, and when what it says is found in
 * them (at least {@link #MIN_SUPPORT} of its words, by their analysed forms, apart from the words
 * any summary of proposals uses). Everything else is removed and counted. A lexical check: it
 * removes claims about things no source mentions, not every claim a source does not make, which
 * is why the page says the summary is machine-made and links every sentence to its sources.
 */
final class SummaryCheck {

    static final double MIN_SUPPORT = 0.6;
    static final int MAX_SENTENCES = 6;
    static final int MAX_SENTENCE_LENGTH = 400;

    /** Words of talking about proposals, which no source needs to hold. */
    private static final Set<String> SUMMARY_WORDS =
            termsOf("Vorschlag Vorschläge Vorschlagende Kommentar Kommentare Beitrag Beiträge Bürgerinnen Bürger"
                    + " Teilnehmende fordern fordert Forderung wünschen wünscht regen angeregt schlagen vorgeschlagen"
                    + " mehrere viele einige mehrfach betonen betont zudem außerdem sowie insbesondere"
                    + " proposal proposals comment comments participants citizens ask asks suggest suggests several"
                    + " many some also");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SOURCE = Pattern.compile("^[PK]\\d{1,19}$");
    private static final Pattern FENCE = Pattern.compile("(?s)```(?:json)?\\s*(.*?)```");

    /** A sentence and the sources it rests on, as given to the model ({@code P12}, {@code K34}). */
    record Sentence(String text, List<String> sources) {}

    /** The sentences kept, and how many were removed. */
    record Checked(List<Sentence> kept, int removed) {}

    /** The model's answer could not be read as sentences with sources. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private SummaryCheck() {}

    /**
     * Reads the answer ({@code {"sentences": [{"text": ..., "sources": [...]}]}}, also inside a
     * code fence) and keeps the sentences its sources ({@code id → text}) support.
     */
    static Checked check(String answer, Map<String, String> sources) {
        List<Sentence> written = read(answer);
        List<Sentence> kept = new ArrayList<>();
        int removed = 0;
        for (Sentence sentence : written) {
            if (kept.size() == MAX_SENTENCES) {
                break;
            }
            if (supported(sentence, sources)) {
                kept.add(sentence);
            } else {
                removed++;
            }
        }
        return new Checked(List.copyOf(kept), removed);
    }

    static List<Sentence> read(String answer) {
        Matcher fenced = FENCE.matcher(answer);
        String json = fenced.find() ? fenced.group(1) : answer;
        int start = json.indexOf('{');
        int end = json.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new Unreadable("no JSON object in the answer");
        }
        JsonNode sentences;
        try {
            sentences = JSON.readTree(json.substring(start, end + 1)).path("sentences");
        } catch (JacksonException unreadable) {
            throw new Unreadable("the answer is no JSON");
        }
        if (!sentences.isArray()) {
            throw new Unreadable("the answer has no sentences");
        }
        List<Sentence> read = new ArrayList<>();
        for (JsonNode sentence : sentences) {
            String text = sentence.path("text").isString()
                    ? sentence.path("text").asString().strip()
                    : "";
            Set<String> cited = new LinkedHashSet<>();
            for (JsonNode source : sentence.path("sources")) {
                if (source.isString()) {
                    cited.add(source.asString().strip().toUpperCase(java.util.Locale.ROOT));
                }
            }
            read.add(new Sentence(text, List.copyOf(cited)));
        }
        return read;
    }

    private static boolean supported(Sentence sentence, Map<String, String> sources) {
        if (sentence.text().isEmpty()
                || sentence.text().length() > MAX_SENTENCE_LENGTH
                || sentence.sources().isEmpty()) {
            return false;
        }
        Set<String> held = new HashSet<>();
        for (String source : sentence.sources()) {
            if (!SOURCE.matcher(source).matches() || !sources.containsKey(source)) {
                return false;
            }
            held.addAll(termsOf(sources.get(source)));
        }
        Set<String> said = termsOf(sentence.text());
        said.removeAll(SUMMARY_WORDS);
        if (said.isEmpty()) {
            return false;
        }
        long found = said.stream().filter(held::contains).count();
        return found >= MIN_SUPPORT * said.size();
    }

    private static Set<String> termsOf(String text) {
        return new HashSet<>(TermBag.of("", text).weights().keySet());
    }
}
