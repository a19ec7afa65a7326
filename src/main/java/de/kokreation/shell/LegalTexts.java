package de.kokreation.shell;

import de.kokreation.shared.RichText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The privacy notice and the imprint as Markdown. Operators put their own files into the
 * directory {@code kokreation.legal.directory} ({@code datenschutz.de.md}, {@code impressum.en.md},
 * ...); missing files fall back to the templates that ship with the app.
 */
@Component
public class LegalTexts {

    private final Path directory;

    LegalTexts(@Value("${kokreation.legal.directory:./legal}") String directory) {
        this.directory = Path.of(directory);
    }

    /**
     * The page as sanitized HTML; {@code name}: {@code datenschutz}, {@code impressum},
     * {@code barrierefreiheit} or {@code teilnahmebedingungen}.
     */
    public String html(String name, Locale locale) {
        String file = name + "." + TranslationProvider.supported(locale).getLanguage() + ".md";
        Path operatorFile = directory.resolve(file);
        try {
            if (Files.isReadable(operatorFile)) {
                return RichText.render(Files.readString(operatorFile, StandardCharsets.UTF_8));
            }
            try (InputStream in = new ClassPathResource("legal/" + file).getInputStream()) {
                return RichText.render(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("legal text missing: " + file, e);
        }
    }
}
