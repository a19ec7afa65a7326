package de.kokreation.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** Reads the demo texts under {@code demo/} on the class path. */
final class DemoTexts {

    /** A proposal as written in a demo text file: first line title, then Markdown. */
    record ProposalText(String title, String body) {}

    private DemoTexts() {}

    static List<ProposalText> proposals(String themeGroupSlug) {
        String text = read("demo/" + themeGroupSlug + ".txt");
        List<ProposalText> result = new ArrayList<>();
        for (String block : text.split("(?m)^---\\s*$")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int lineEnd = trimmed.indexOf('\n');
            if (lineEnd < 0) {
                continue;
            }
            result.add(new ProposalText(
                    trimmed.substring(0, lineEnd).strip(),
                    trimmed.substring(lineEnd + 1).strip()));
        }
        return result;
    }

    static List<String> lines(String resource) {
        return Arrays.stream(read("demo/" + resource).split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("demo text missing: " + path, e);
        }
    }
}
