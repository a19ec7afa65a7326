package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.shared.MessageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private final TranslationProvider translations = new TranslationProvider(MessageBundles.create());

    @Test
    void bothLanguagesHaveTheSameKeys() {
        for (String bundle : MessageBundles.BASENAMES) {
            Set<String> german = load(bundle + "_de.properties").stringPropertyNames();
            Set<String> english = load(bundle + "_en.properties").stringPropertyNames();

            assertThat(english).as(bundle).containsExactlyInAnyOrderElementsOf(german);
        }
    }

    /** One message source serves pages, mails and documents: a key in two bundles would hide one of them. */
    @Test
    void everyKeyLivesInOneBundle() {
        Map<String, String> owner = new HashMap<>();
        List<String> doubled = new ArrayList<>();
        for (String bundle : MessageBundles.BASENAMES) {
            for (String key : load(bundle + "_de.properties").stringPropertyNames()) {
                String first = owner.putIfAbsent(key, bundle);
                if (first != null) {
                    doubled.add(key + " in " + first + " and " + bundle);
                }
            }
        }
        assertThat(doubled).isEmpty();
    }

    @Test
    void aTranslatedArgumentAppearsInTheMessagesLanguage() {
        var texts = MessageBundles.create();

        assertThat(texts.getMessage("mail.outcome.ADOPTED", null, Locale.ENGLISH))
                .isEqualTo("adopted");
        assertThat(translations.getTranslation(
                        "draft.error.transition", Locale.ENGLISH, new MessageKey("draft.status.FINAL")))
                .contains("Final")
                .doesNotContain("draft.status");
    }

    @Test
    void everyKeyTheCodeUsesExistsInTheBundles() throws IOException {
        Set<String> keys = load("i18n/messages_de.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("(?:getTranslation|Exception)\\(\"([a-zA-Z]+\\.[a-zA-Z.]*[a-zA-Z])\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void germanIsTheDefaultAndPluralsFollowTheLanguage() {
        assertThat(translations.getTranslation("proposals.count", Locale.FRENCH, 1))
                .isEqualTo("1 Vorschlag");
        assertThat(translations.getTranslation("proposals.count", Locale.GERMAN, 1234))
                .isEqualTo("1.234 Vorschläge");
        assertThat(translations.getTranslation("proposals.count", Locale.ENGLISH, 1234))
                .isEqualTo("1,234 proposals");
        assertThat(translations.getTranslation("proposals.count", Locale.ENGLISH, 0))
                .isEqualTo("No proposals");
    }

    @Test
    void aMissingKeyIsVisible() {
        assertThat(translations.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** User-facing text goes through the bundles: no literal words handed to UI text setters. */
    @Test
    void noUserFacingTextBypassesTheBundles() throws IOException {
        Pattern literalText = Pattern.compile(
                "(new (H[1-6]|Span|Paragraph|Button|ListItem|Checkbox|TextField|TextArea|EmailField|PasswordField)"
                        + "|\\.set(Text|Label|HelperText|Placeholder|ErrorMessage|HeaderTitle|ConfirmText|CancelText)"
                        + "|Notification\\.show)\\(\\s*\"[^\"]*\\p{L}{2}");
        Pattern wordLiteralInTernary = Pattern.compile("\\? \"\\p{Lu}\\p{Ll}+[^\".\\-_]*\" : \"");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String[] lines = Files.readString(source).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (literalText.matcher(lines[i]).find()
                            || wordLiteralInTernary.matcher(lines[i]).find()) {
                        offenders.add(source.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
