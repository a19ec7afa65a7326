package de.kokreation.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared suite of German queries, run on H2 and on PostgreSQL alike (tag {@code database}):
 * the same stored terms, the same query, the same hits, ranked with title words first; and every
 * query narrowed through a Lucene index of the terms, as H2's terms index does, finds the same.
 */
@IntegrationTest
@Tag("database")
class TextSearchTest {

    private static final String[][] TEXTS = {
        {"Haushaltsdaten offenlegen", "Die Stadt soll ihre Haushaltsdaten maschinenlesbar veröffentlichen."},
        {"Informationsfreiheitsgesetz für das Land", "Ein Gesetz, das Auskunft ohne Gebühren gibt."},
        {"Öffentliche Sitzungen im Netz", "Alle Sitzungen des Rates als Video."},
        {"Radwege an der Hauptstraße", "Sichere Wege für den Radverkehr."},
        {"Veröffentlichung von Gutachten", "Gutachten, die mit Steuergeld bezahlt werden, gehören ins Netz."},
        {"Open budget data", "Publish the budget of every ministry as open data."},
        {"Umweltdaten öffnen", "Messwerte der Luft öffentlich machen."},
        {"Verkehrsdaten öffnen", "Fahrplandaten und Baustellen als offene Daten."},
        {"Lobbyregister", "Wer trifft wen? Ein Register mit allen Treffen."},
    };

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    TextQuery.Dialect dialect;
    DirectoryReader termsIndex;

    @BeforeEach
    void texts() throws IOException {
        jdbc = new JdbcTemplate(dataSource);
        dialect = TextQuery.Dialect.of(dataSource);
        jdbc.execute("create table search_probe (id int primary key, terms varchar(100000) not null)");
        for (int i = 0; i < TEXTS.length; i++) {
            jdbc.update("insert into search_probe values (?, ?)", i, SearchTerms.of(TEXTS[i][0], TEXTS[i][1]));
        }
        // The same texts in a Lucene index of their distinct terms, as H2's terms index keeps them.
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < TEXTS.length; i++) {
                Document document = new Document();
                document.add(new StoredField("id", i));
                SearchTerms.read(
                        SearchTerms.of(TEXTS[i][0], TEXTS[i][1]),
                        (term, position, title) -> document.add(
                                new StringField(SearchTerms.isPair(term) ? "pair" : "term", term, Field.Store.NO)));
                writer.addDocument(document);
            }
        }
        termsIndex = DirectoryReader.open(directory);
    }

    @AfterEach
    void drop() throws IOException {
        jdbc.execute("drop table search_probe");
        termsIndex.close();
    }

    /** The titles the Lucene narrowing names and the stored terms then match, in no order. */
    private List<String> narrowedByLucene(TextQuery query) {
        try {
            IndexSearcher searcher = new IndexSearcher(termsIndex);
            List<String> titles = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.narrowing("term", "pair"), TEXTS.length).scoreDocs) {
                int id = searcher.storedFields()
                        .document(hit.doc)
                        .getField("id")
                        .numericValue()
                        .intValue();
                if (query.matches(SearchTerms.of(TEXTS[id][0], TEXTS[id][1]))) {
                    titles.add(TEXTS[id][0]);
                }
            }
            return titles;
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    /** The titles found, best first. */
    private List<String> search(String input) {
        return search(TextQuery.parse(input));
    }

    /** The vocabulary of the texts: what typos are corrected to. */
    private static Vocabulary vocabulary() {
        java.util.Set<String> terms = new java.util.HashSet<>();
        for (String[] text : TEXTS) {
            SearchTerms.read(SearchTerms.of(text[0], text[1]), (term, position, title) -> terms.add(term));
        }
        return Vocabulary.of(terms);
    }

    private List<String> search(TextQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        TextQuery.Sql sql = query.sql("terms", "cast(terms as tsvector)", dialect);
        List<Object> arguments = new ArrayList<>(sql.rankArguments());
        arguments.addAll(sql.conditionArguments());
        // On H2 the condition narrows, and the terms decide (positions); PostgreSQL decides in SQL.
        List<String> found = jdbc
                .queryForList(
                        "select id, terms from (select id, terms, " + sql.rank() + " as score from search_probe where "
                                + sql.condition() + ") hits order by score desc, id",
                        arguments.toArray())
                .stream()
                .filter(row -> dialect == TextQuery.Dialect.POSTGRESQL
                        || query.matches((String) row.get(dialect == TextQuery.Dialect.H2 ? "TERMS" : "terms")))
                .map(row -> TEXTS[((Number) row.get(dialect == TextQuery.Dialect.H2 ? "ID" : "id")).intValue()][0])
                .toList();
        // H2's terms index (Lucene) narrows to the same texts as the database's condition.
        assertThat(narrowedByLucene(query)).as(query.toString()).containsExactlyInAnyOrderElementsOf(found);
        return found;
    }

    @Test
    void stemsMeetWhateverFormWasWritten() {
        assertThat(search("veröffentlicht"))
                .contains("Haushaltsdaten offenlegen", "Veröffentlichung von Gutachten")
                .first()
                .isEqualTo("Veröffentlichung von Gutachten");
    }

    @Test
    void aWordFindsTheCompoundsMadeOfIt() {
        // The English text is found through the synonym "budget".
        assertThat(search("Haushalt")).containsExactly("Haushaltsdaten offenlegen", "Open budget data");
        assertThat(search("Informationsfreiheit")).containsExactly("Informationsfreiheitsgesetz für das Land");
        assertThat(search("Register")).contains("Lobbyregister");
    }

    @Test
    void umlautAndSharpSSpellingsAreTheSame() {
        assertThat(search("oeffentlich"))
                .containsExactlyInAnyOrder("Öffentliche Sitzungen im Netz", "Umweltdaten öffnen");
        assertThat(search("Hauptstrasse")).containsExactly("Radwege an der Hauptstraße");
    }

    @Test
    void wordsThatShareAPartAreNotTheSameWord() {
        assertThat(search("Verkehrsdaten")).containsExactly("Verkehrsdaten öffnen");
        assertThat(search("Umweltdaten")).containsExactly("Umweltdaten öffnen");
    }

    @Test
    void everyWordMustBeFoundAndPhrasesKeepTheirOrder() {
        assertThat(search("Gutachten Netz")).containsExactly("Veröffentlichung von Gutachten");
        assertThat(search("\"offene Daten\"")).containsExactly("Verkehrsdaten öffnen");
        assertThat(search("\"Daten offene\"")).as("the words in another order").isEmpty();
    }

    @Test
    void englishTextIsFoundByItsEnglishWords() {
        // The English text by its stems, the German one through the synonyms both languages share.
        assertThat(search("publishing budgets"))
                .containsExactlyInAnyOrder("Open budget data", "Haushaltsdaten offenlegen");
        assertThat(search("ministry")).containsExactly("Open budget data");
    }

    @Test
    void theJavaMatcherAgreesWithTheDatabaseOnEveryQueryOfThisSuite() {
        for (String input : List.of(
                "veröffentlicht",
                "Haushalt",
                "Informationsfreiheit",
                "oeffentlich",
                "Verkehrsdaten",
                "\"offene Daten\"",
                "\"Daten offene\"",
                "Gutachten Netz",
                "publishing budgets")) {
            TextQuery query = TextQuery.parse(input);
            List<String> matched = new ArrayList<>();
            for (String[] text : TEXTS) {
                if (query.matches(SearchTerms.of(text[0], text[1]))) {
                    matched.add(text[0]);
                }
            }
            assertThat(matched).as(input).containsExactlyInAnyOrderElementsOf(search(input));
        }
    }

    @Test
    void anyInputGivesHitsOrNothingButNeverAnError() {
        assertThat(search("die der das")).isEmpty();
        assertThat(TextQuery.parse("die der das").isEmpty()).isTrue();
        assertThat(search("x' OR 1=1;-- \\ % _ :* & | ! <-> ( ) 🙂")).isEmpty();
        assertThat(search("\"unbalanced quote Haushalt")).isEmpty();
        TextQuery longest = TextQuery.parse("Haushalt ".repeat(2_000));
        assertThat(longest.wasCut()).isTrue();
        assertThat(search("Haushalt ".repeat(2_000))).first().isEqualTo("Haushaltsdaten offenlegen");
    }

    @Test
    void oneTypoInALongerWordIsForgivenButShortWordsMustBeRight() {
        assertThat(search(TextQuery.parse("Lobbyreigster", vocabulary()))).containsExactly("Lobbyregister");
        assertThat(search(TextQuery.parse("Gutachen", vocabulary()))).containsExactly("Veröffentlichung von Gutachten");
        assertThat(search(TextQuery.parse("Sitzunegn", vocabulary()))).containsExactly("Öffentliche Sitzungen im Netz");
        assertThat(search(TextQuery.parse("Lobbyreigster", Vocabulary.none()))).isEmpty();
        // Two typos, or a short word, are not guessed at.
        assertThat(search(TextQuery.parse("Lobyreigster", vocabulary()))).isEmpty();
        assertThat(search(TextQuery.parse("Radd", vocabulary()))).isEmpty();
        // A word the texts hold is not corrected into another one.
        assertThat(search(TextQuery.parse("Gutachten", vocabulary())))
                .containsExactly("Veröffentlichung von Gutachten");
    }
}
