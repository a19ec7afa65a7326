package de.kokreation.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * The module edges in {@code docs/architecture.md} are those the modules declare: a reader of the
 * document sees the real graph, and a new edge changes both.
 */
class ModuleEdgesTest {

    private static final Pattern ROW =
            Pattern.compile("^\\|\\s*`([a-z]+)`\\s*\\|\\s*(.*?)\\s*\\|\\s*$", Pattern.MULTILINE);

    @Test
    void theDocumentedEdgesAreTheDeclaredOnes() throws IOException, ClassNotFoundException {
        Map<String, List<String>> documented = documented();
        assertThat(documented).isNotEmpty();
        Map<String, List<String>> declared = new TreeMap<>();
        for (String module : documented.keySet()) {
            ApplicationModule annotation =
                    Class.forName("de.kokreation." + module + ".package-info").getAnnotation(ApplicationModule.class);
            // Without a declaration the annotation holds Modulith's token for "anything": shared declares none.
            declared.put(
                    module,
                    annotation == null
                            ? List.of()
                            : Arrays.stream(annotation.allowedDependencies())
                                    .map(String::strip)
                                    .filter(edge -> !edge.equals(ApplicationModule.OPEN_TOKEN))
                                    .sorted()
                                    .toList());
        }
        assertThat(documented).isEqualTo(declared);
    }

    private static Map<String, List<String>> documented() throws IOException {
        String architecture = Files.readString(Path.of("docs/architecture.md"));
        int start = architecture.indexOf("## Module edges");
        int end = architecture.indexOf("\n## ", start + 1);
        Matcher row = ROW.matcher(architecture.substring(start, end));
        Map<String, List<String>> edges = new TreeMap<>();
        while (row.find()) {
            String cell = row.group(2).strip();
            edges.put(
                    row.group(1),
                    cell.equals("–")
                            ? List.of()
                            : Arrays.stream(cell.split(","))
                                    .map(edge -> edge.strip().replace("`", ""))
                                    .sorted()
                                    .toList());
        }
        return edges;
    }
}
