package de.kokreation.shared.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a person searches for, parsed once and never refused: words, each found in any of its
 * forms (its stem as a prefix, its compound parts within one word, its English stem), and
 * "quoted phrases", whose words must follow each other. Everything else a person may type
 * (operators, SQL, emoji) is only text. The input is cut at {@link #MAX_CHARS} characters and
 * {@link #MAX_WORDS} words. Rendered as the database's own condition and rank by {@link #sql}.
 */
public final class TextQuery {

    public static final int MAX_CHARS = 300;

    /**
     * Run inside the transaction before a search on PostgreSQL. A search's plan depends on how
     * common its words are; after five runs of a prepared statement PostgreSQL may switch to one
     * generic plan that guesses a few hundred matches and then, for a common word, sorts tens of
     * thousands of rows (measured: 27 ms became 820 ms). Planning each search for its own words
     * costs well under a millisecond.
     */
    public static final String PLAN_EACH_SEARCH = "set local plan_cache_mode = force_custom_plan";

    public static final int MAX_WORDS = 24;

    /** The databases a query is rendered for. */
    public enum Dialect {
        POSTGRESQL,
        H2;

        /** The dialect of the database behind the data source. */
        public static Dialect of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                return connection
                                .getMetaData()
                                .getDatabaseProductName()
                                .toLowerCase(Locale.ROOT)
                                .contains("postgres")
                        ? POSTGRESQL
                        : H2;
            } catch (SQLException unreachable) {
                throw new IllegalStateException("cannot tell the database's dialect", unreachable);
            }
        }
    }

    /** A condition and a rank over a terms column, with their arguments in order. */
    public record Sql(String condition, List<Object> conditionArguments, String rank, List<Object> rankArguments) {}

    /** One way a word can be found: a term (as a prefix, or exactly), or all parts within one word. */
    private record Form(List<String> terms, boolean prefix) {}

    /** A word or phrase that must be found: any of its forms; a phrase's words one after another. */
    private record Item(List<Form> forms, List<String> phrase, List<Integer> gaps) {

        boolean isPhrase() {
            return !phrase.isEmpty();
        }
    }

    private static final Pattern QUOTED_OR_WORD = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
    private static final int PREFIX_FROM = 4;

    private final List<Item> items;
    private final boolean cut;
    private final boolean everyItem;

    private TextQuery(List<Item> items, boolean cut) {
        this(items, cut, true);
    }

    private TextQuery(List<Item> items, boolean cut, boolean everyItem) {
        this.items = items;
        this.cut = cut;
        this.everyItem = everyItem;
    }

    /** How many words and phrases the query looks for. */
    public int size() {
        return items.size();
    }

    /**
     * The same words, of which any one suffices: for finding more when few texts hold them all.
     * Ranked by how many it holds.
     */
    public TextQuery anyWord() {
        return new TextQuery(items, cut, false);
    }

    /** How many stored terms one edit away are looked for in place of a typed word no text holds. */
    static final int MAX_CORRECTIONS = 4;

    /** Parses what a person typed; never throws. */
    public static TextQuery parse(String input) {
        return parse(input, Vocabulary.none());
    }

    /**
     * Parses what a person typed; a word of at least {@link Vocabulary#MIN_LENGTH} letters in none
     * of its forms known to the vocabulary is also looked for in the known terms one edit away
     * (one typo). Never throws.
     */
    public static TextQuery parse(String input, Vocabulary vocabulary) {
        boolean cut = input.length() > MAX_CHARS;
        String text = cut ? input.substring(0, MAX_CHARS) : input;
        List<Item> items = new ArrayList<>();
        int words = 0;
        Matcher matcher = QUOTED_OR_WORD.matcher(text);
        while (matcher.find()) {
            if (words >= MAX_WORDS) {
                cut = true;
                break;
            }
            if (matcher.group(1) != null) {
                List<SearchAnalysis.Word> phrase =
                        SearchAnalysis.words(matcher.group(1), SearchAnalysis.Language.GERMAN);
                words += Math.max(1, phrase.size());
                Item item = phrase(phrase);
                if (item != null) {
                    items.add(item);
                }
            } else {
                words++;
                Item item = word(matcher.group(2), vocabulary);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return new TextQuery(List.copyOf(items), cut);
    }

    /** Whether nothing searchable is left (only stop words, signs or nothing at all). */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether the input was longer than the limits and was cut. */
    public boolean wasCut() {
        return cut;
    }

    /** A typed word in its German and English forms; none when either language deems it a stop word. */
    private static Item word(String typed, Vocabulary vocabulary) {
        List<SearchAnalysis.Word> german = SearchAnalysis.words(typed, SearchAnalysis.Language.GERMAN);
        List<SearchAnalysis.Word> english = SearchAnalysis.words(typed, SearchAnalysis.Language.ENGLISH);
        if (german.isEmpty() || english.isEmpty()) {
            return null;
        }
        Set<Form> forms = new LinkedHashSet<>();
        for (SearchAnalysis.Word word : german) {
            forms.add(new Form(List.of(word.whole()), word.whole().length() >= PREFIX_FROM));
            if (!word.parts().isEmpty()) {
                forms.add(new Form(List.copyOf(word.parts()), false));
            }
        }
        for (SearchAnalysis.Word word : english) {
            forms.add(new Form(List.of(word.whole()), false));
        }
        // Words that ask for the same thing, in either language ("Bürgerrat", "assembly").
        for (SearchAnalysis.Word word : german) {
            for (String synonym : Synonyms.members(Synonyms.canonical(word.whole()))) {
                forms.add(new Form(List.of(synonym), false));
            }
        }
        for (SearchAnalysis.Word word : english) {
            for (String synonym : Synonyms.members(Synonyms.canonical(word.whole()))) {
                forms.add(new Form(List.of(synonym), false));
            }
        }
        String folded = SearchAnalysis.fold(typed).replaceAll("[^\\p{L}\\p{N}]", "");
        if (!vocabulary.isEmpty()
                && german.size() == 1
                && folded.length() >= Vocabulary.MIN_LENGTH
                && forms.stream().noneMatch(form -> known(form, vocabulary))) {
            for (String near : vocabulary.near(german.getFirst().whole(), folded, MAX_CORRECTIONS)) {
                forms.add(new Form(List.of(near), false));
            }
        }
        return new Item(List.copyOf(forms), List.of(), List.of());
    }

    private static boolean known(Form form, Vocabulary vocabulary) {
        return form.terms().stream().allMatch(term -> vocabulary.knows(term, form.prefix()));
    }

    private static Item phrase(List<SearchAnalysis.Word> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int previous = words.getFirst().position();
        for (SearchAnalysis.Word word : words) {
            terms.add(word.whole());
            gaps.add(word.position() - previous);
            previous = word.position();
        }
        return new Item(List.of(), List.copyOf(terms), List.copyOf(gaps));
    }

    /**
     * The condition that stored terms ({@link SearchTerms}) match every word and phrase, and a
     * rank (higher is better, title words weigh more), for the dialect at hand: on PostgreSQL over
     * {@code vectorColumn}, the terms as a {@code tsvector}; on H2 over {@code termsColumn}, their text.
     */
    public Sql sql(String termsColumn, String vectorColumn, Dialect dialect) {
        if (items.isEmpty()) {
            throw new IllegalStateException("an empty query matches nothing");
        }
        return dialect == Dialect.POSTGRESQL ? postgres(vectorColumn) : h2(termsColumn);
    }

    /**
     * The condition that stored terms hold any of the given terms or their synonyms (see
     * {@link TermBag#mostTelling}), and a rank by how many: how texts about the same thing as a
     * text being written are found.
     */
    public static Sql anyOf(List<String> terms, String termsColumn, String vectorColumn, Dialect dialect) {
        return termsSql(terms, false, termsColumn, vectorColumn, dialect);
    }

    /** Like {@link #anyOf}, but every term (or one of its synonyms) must be held. */
    public static Sql allOf(List<String> terms, String termsColumn, String vectorColumn, Dialect dialect) {
        return termsSql(terms, true, termsColumn, vectorColumn, dialect);
    }

    private static Sql termsSql(
            List<String> terms, boolean every, String termsColumn, String vectorColumn, Dialect dialect) {
        if (terms.isEmpty()) {
            throw new IllegalStateException("no terms match nothing");
        }
        if (dialect == Dialect.POSTGRESQL) {
            String tsquery = terms.stream()
                    .map(term -> "("
                            + String.join(
                                    " | ",
                                    TermBag.storedForms(term).stream()
                                            .map(SearchTerms::quoted)
                                            .toList()) + ")")
                    .collect(Collectors.joining(every ? " & " : " | "));
            return new Sql(
                    vectorColumn + " @@ cast(? as tsquery)",
                    List.of(tsquery),
                    "ts_rank(" + vectorColumn + ", cast(? as tsquery))",
                    List.of(tsquery));
        }
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        for (String term : terms) {
            List<String> alternatives = new ArrayList<>();
            for (String form : TermBag.storedForms(term)) {
                alternatives.add(termsColumn + " like ? escape '\\'");
                arguments.add(pattern(form, false));
            }
            conditions.add("(" + String.join(" or ", alternatives) + ")");
        }
        return new Sql(
                "(" + String.join(every ? " and " : " or ", conditions) + ")", List.copyOf(arguments), "0", List.of());
    }

    /**
     * The rows the H2 condition of {@link #sql} narrows to, as a Lucene query over an index of
     * each text's distinct stored terms (without positions): its words in {@code wordField}, its
     * pairs of adjacent words ({@link SearchTerms#isPair}) in {@code pairField}, so that a word's
     * beginning expands over words only (a text holding a pair holds both its words). It narrows,
     * and {@link #matches} decides, as with the H2 condition.
     */
    public Query narrowing(String wordField, String pairField) {
        if (items.isEmpty()) {
            throw new IllegalStateException("an empty query matches nothing");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Item item : items) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            if (item.isPhrase()) {
                for (String term : item.phrase()) {
                    one.add(new TermQuery(new Term(wordField, term)), BooleanClause.Occur.FILTER);
                }
                for (int i = 1; i < item.phrase().size(); i++) {
                    String pair = SearchTerms.pair(
                            item.phrase().get(i - 1), item.phrase().get(i));
                    one.add(new TermQuery(new Term(pairField, pair)), BooleanClause.Occur.FILTER);
                }
            } else {
                for (Form form : item.forms()) {
                    BooleanQuery.Builder all = new BooleanQuery.Builder();
                    for (String term : form.terms()) {
                        all.add(
                                form.prefix()
                                        ? new PrefixQuery(new Term(wordField, term))
                                        : new TermQuery(new Term(wordField, term)),
                                BooleanClause.Occur.FILTER);
                    }
                    one.add(all.build(), BooleanClause.Occur.SHOULD);
                }
            }
            query.add(one.build(), everyItem ? BooleanClause.Occur.FILTER : BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** Like {@link #anyOf}, as a Lucene query over a field of distinct stored terms. */
    public static Query anyOfNarrowing(List<String> terms, String field) {
        return termsNarrowing(terms, false, field);
    }

    /** Like {@link #allOf}, as a Lucene query over a field of distinct stored terms. */
    public static Query allOfNarrowing(List<String> terms, String field) {
        return termsNarrowing(terms, true, field);
    }

    private static Query termsNarrowing(List<String> terms, boolean every, String field) {
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder forms = new BooleanQuery.Builder();
            for (String form : TermBag.storedForms(term)) {
                forms.add(new TermQuery(new Term(field, form)), BooleanClause.Occur.SHOULD);
            }
            query.add(forms.build(), every ? BooleanClause.Occur.FILTER : BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private Sql postgres(String column) {
        List<String> parts = items.stream().map(TextQuery::postgresItem).toList();
        String tsquery = String.join(everyItem ? " & " : " | ", parts);
        return new Sql(
                column + " @@ cast(? as tsquery)",
                List.of(tsquery),
                "ts_rank(" + column + ", cast(? as tsquery))",
                List.of(tsquery));
    }

    /** One word (any of its forms) or phrase as a {@code tsquery}. */
    private static String postgresItem(Item item) {
        List<String> parts = new ArrayList<>();
        if (item.isPhrase()) {
            // The pairs find the few texts through the index; the positions decide.
            for (int i = 1; i < item.phrase().size(); i++) {
                parts.add(SearchTerms.quoted(
                        SearchTerms.pair(item.phrase().get(i - 1), item.phrase().get(i))));
            }
            StringBuilder phrase =
                    new StringBuilder(SearchTerms.quoted(item.phrase().getFirst()));
            for (int i = 1; i < item.phrase().size(); i++) {
                phrase.append(" <")
                        .append(item.gaps().get(i))
                        .append("> ")
                        .append(SearchTerms.quoted(item.phrase().get(i)));
            }
            parts.add("(" + phrase + ")");
            return "(" + String.join(" & ", parts) + ")";
        }
        // ts_rank merges operands of the same word, prefix or not, keeping one in an order of its
        // own: asking for a word both as a prefix and as itself made the rank differ by run.
        Set<String> prefixes = item.forms().stream()
                .filter(Form::prefix)
                .map(form -> form.terms().getFirst())
                .collect(Collectors.toSet());
        for (Form form : item.forms()) {
            if (!form.prefix()
                    && form.terms().size() == 1
                    && prefixes.contains(form.terms().getFirst())) {
                continue;
            }
            if (form.terms().size() > 1) {
                parts.add("("
                        + String.join(
                                " <0> ",
                                form.terms().stream().map(SearchTerms::quoted).toList()) + ")");
            } else {
                parts.add(SearchTerms.quoted(form.terms().getFirst()) + (form.prefix() ? ":*" : ""));
            }
        }
        return "(" + String.join(" | ", parts) + ")";
    }

    private Sql h2(String column) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        List<Object> rankArguments = new ArrayList<>();
        for (Item item : items) {
            if (item.isPhrase()) {
                List<String> all = new ArrayList<>();
                for (String term : item.phrase()) {
                    all.add(column + " like ? escape '\\'");
                    arguments.add(pattern(term, false));
                }
                for (int i = 1; i < item.phrase().size(); i++) {
                    all.add(column + " like ? escape '\\'");
                    arguments.add(pattern(
                            SearchTerms.pair(
                                    item.phrase().get(i - 1), item.phrase().get(i)),
                            false));
                }
                conditions.add("(" + String.join(" and ", all) + ")");
            } else {
                List<String> alternatives = new ArrayList<>();
                for (Form form : item.forms()) {
                    List<String> all = new ArrayList<>();
                    for (String term : form.terms()) {
                        all.add(column + " like ? escape '\\'");
                        arguments.add(pattern(term, form.prefix()));
                    }
                    alternatives.add("(" + String.join(" and ", all) + ")");
                }
                conditions.add("(" + String.join(" or ", alternatives) + ")");
            }
            // A word found in the title (a position marked A) counts three times.
            String first = item.isPhrase()
                    ? item.phrase().getFirst()
                    : item.forms().getFirst().terms().getFirst();
            ranks.add("case when regexp_like(" + column + ", ?) then 3 else 1 end");
            rankArguments.add(titlePattern(first));
        }
        return new Sql(
                "(" + String.join(everyItem ? " and " : " or ", conditions) + ")",
                List.copyOf(arguments),
                "(" + String.join(" + ", ranks) + ")",
                List.copyOf(rankArguments));
    }

    /**
     * Whether stored terms ({@link SearchTerms}) match every word and phrase, positions included.
     * The H2 condition cannot compare positions, so it only narrows the rows; this decides, as the
     * PostgreSQL condition does in the database.
     */
    public boolean matches(String storedTerms) {
        Map<String, Set<Integer>> positions = positions(storedTerms);
        for (Item item : items) {
            boolean found = item.isPhrase() ? phraseFound(item, positions) : wordFound(item, positions);
            if (found != everyItem) {
                return found;
            }
        }
        return everyItem;
    }

    /**
     * How well stored terms match, computed here for texts searched in memory (few, such as
     * drafts and consultations): per word or phrase 1 when found in the title, 0.4 in the text
     * only, plus up to 0.1 for repeats and 0.05 when found as typed (not only as the beginning of
     * a longer word); averaged over them. About the size of PostgreSQL's
     * {@code ts_rank} for a good hit, so hits of both kinds mix in one ranking. 0 when not all
     * are found.
     */
    public double score(String storedTerms) {
        return score(Positions.of(storedTerms));
    }

    /**
     * The stored terms of a text read once: where each term stands, and which places are in the
     * title. Kept by those who score the same text often (texts searched in memory).
     */
    public record Positions(Map<String, Set<Integer>> ofTerm, Set<Integer> inTitle) {

        public static Positions of(String storedTerms) {
            Map<String, Set<Integer>> positions = new HashMap<>();
            Set<Integer> titlePositions = new HashSet<>();
            SearchTerms.read(storedTerms, (term, position, title) -> {
                positions.computeIfAbsent(term, ignored -> new HashSet<>()).add(position);
                if (title) {
                    titlePositions.add(position);
                }
            });
            return new Positions(positions, titlePositions);
        }
    }

    /** Like {@link #score(String)}, for terms read before. */
    public double score(Positions text) {
        Map<String, Set<Integer>> positions = text.ofTerm();
        Set<Integer> titlePositions = text.inTitle();
        double sum = 0;
        for (Item item : items) {
            if (!(item.isPhrase() ? phraseFound(item, positions) : wordFound(item, positions))) {
                if (everyItem) {
                    return 0;
                }
                continue;
            }
            Set<Integer> at = item.isPhrase()
                    ? positions.getOrDefault(item.phrase().getFirst(), Set.of())
                    : item.forms().stream()
                            .flatMap(form -> positions.entrySet().stream()
                                    .filter(entry -> form.prefix()
                                            ? entry.getKey()
                                                    .startsWith(form.terms().getFirst())
                                            : form.terms().contains(entry.getKey()))
                                    .flatMap(entry -> entry.getValue().stream()))
                            .collect(Collectors.toSet());
            boolean inTitle = at.stream().anyMatch(titlePositions::contains);
            // The word as typed (or its parts, a synonym) ranks above longer words it only begins,
            // as on PostgreSQL, where such a text matches both the prefix and the word itself.
            boolean asTyped = item.isPhrase()
                    || item.forms().stream()
                            .anyMatch(form -> form.terms().stream().allMatch(positions::containsKey));
            sum += (inTitle ? 1.0 : 0.4) + 0.1 * Math.min(at.size(), 5) / 5.0 + (asTyped ? 0.05 : 0);
        }
        return items.isEmpty() ? 0 : sum / items.size();
    }

    private static boolean wordFound(Item item, Map<String, Set<Integer>> positions) {
        for (Form form : item.forms()) {
            if (form.prefix()) {
                String start = form.terms().getFirst();
                if (positions.keySet().stream().anyMatch(term -> term.startsWith(start))) {
                    return true;
                }
            } else if (form.terms().size() == 1) {
                if (positions.containsKey(form.terms().getFirst())) {
                    return true;
                }
            } else {
                Set<Integer> common =
                        new HashSet<>(positions.getOrDefault(form.terms().getFirst(), Set.of()));
                for (String part : form.terms()) {
                    common.retainAll(positions.getOrDefault(part, Set.of()));
                }
                if (!common.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean phraseFound(Item item, Map<String, Set<Integer>> positions) {
        for (int start : positions.getOrDefault(item.phrase().getFirst(), Set.of())) {
            int at = start;
            boolean found = true;
            for (int i = 1; i < item.phrase().size() && found; i++) {
                at += item.gaps().get(i);
                found = positions.getOrDefault(item.phrase().get(i), Set.of()).contains(at);
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** The positions of each term in PostgreSQL's text form of a tsvector. */
    private static Map<String, Set<Integer>> positions(String storedTerms) {
        Map<String, Set<Integer>> positions = new HashMap<>();
        SearchTerms.read(
                storedTerms,
                (term, position, title) -> positions
                        .computeIfAbsent(term, ignored -> new HashSet<>())
                        .add(position));
        return positions;
    }

    /** Whether an analysed term of a text is one this query looks for (to mark it in a snippet). */
    public boolean looksFor(String term) {
        for (Item item : items) {
            if (item.isPhrase()
                    ? item.phrase().contains(term)
                    : item.forms().stream()
                            .anyMatch(form -> form.prefix()
                                    ? term.startsWith(form.terms().getFirst())
                                    : form.terms().contains(term))) {
                return true;
            }
        }
        return false;
    }

    /** A LIKE pattern for a quoted term (or any term it begins) in the stored terms. */
    private static String pattern(String term, boolean prefix) {
        String quoted = SearchTerms.quoted(term);
        String inner = prefix ? quoted.substring(0, quoted.length() - 1) : quoted + ":";
        return "%" + inner.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A regular expression for the term with a title position, such as {@code 'haushalt':3A}. */
    private static String titlePattern(String term) {
        String quoted = SearchTerms.quoted(term);
        return Pattern.quote(quoted.substring(0, quoted.length() - 1)) + "[^' ]*':[0-9A-D,]*[0-9]+A";
    }

    @Override
    public String toString() {
        return items.toString().toLowerCase(Locale.ROOT);
    }
}
