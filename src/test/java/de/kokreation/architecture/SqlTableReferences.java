package de.kokreation.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables a Java source file names: in SQL and JPQL inside its string literals and text
 * blocks (after {@code from}, {@code join}, {@code into}, {@code update}, {@code table}), in JPA
 * mapping annotations ({@code @Table}, {@code @CollectionTable}, {@code @JoinTable}) and in the
 * entity type of a Spring Data repository. Entity names in JPQL and repositories count as their
 * tables. Comments are skipped, so prose about a table does not count.
 */
final class SqlTableReferences {

    /** One table named at one line of a file. */
    record Reference(String table, int line, String how) {}

    private static final Pattern SQL_TABLE =
            Pattern.compile("(?i)\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern SQL_WORDS = Pattern.compile(
            "(?is)\\b(select\\b.*\\bfrom|insert\\s+into|update\\s+\\w+\\s+(?:\\w+\\s+)?set|delete\\s+from|merge\\s+into|"
                    + "create\\s+table|alter\\s+table|truncate\\s+table)\\b");
    private static final Pattern MAPPING = Pattern.compile(
            "@(?:Table|CollectionTable|JoinTable|SecondaryTable)\\s*\\(\\s*name\\s*=\\s*\"([a-z_][a-z0-9_]*)\"");
    private static final Pattern REPOSITORY = Pattern.compile(
            "extends\\s+(?:Jpa|ListCrud|Crud|PagingAndSorting|ListPagingAndSorting)?Repository\\s*<\\s*(\\w+)\\s*,");

    private final Map<String, String> tableOfEntity;

    /** @param tableOfEntity each JPA entity's simple class name and the table it maps */
    SqlTableReferences(Map<String, String> tableOfEntity) {
        this.tableOfEntity = tableOfEntity;
    }

    List<Reference> in(String source, Set<String> knownTables) {
        List<Reference> found = new ArrayList<>();
        String code = withoutComments(source);
        for (Literal literal : literals(code)) {
            if (!SQL_WORDS.matcher(literal.text).find()) {
                continue;
            }
            Matcher names = SQL_TABLE.matcher(literal.text);
            while (names.find()) {
                String name = names.group(1);
                String table = name.toLowerCase(Locale.ROOT);
                int line = literal.line + count(literal.text, names.start());
                if (knownTables.contains(table) && name.equals(table)) {
                    found.add(new Reference(table, line, "SQL"));
                } else if (tableOfEntity.containsKey(name)) {
                    found.add(new Reference(tableOfEntity.get(name), line, "JPQL entity " + name));
                }
            }
        }
        Matcher mapping = MAPPING.matcher(code);
        while (mapping.find()) {
            found.add(new Reference(mapping.group(1), lineOf(code, mapping.start()), "mapping"));
        }
        Matcher repository = REPOSITORY.matcher(code);
        while (repository.find()) {
            String entity = repository.group(1);
            if (tableOfEntity.containsKey(entity)) {
                found.add(new Reference(
                        tableOfEntity.get(entity), lineOf(code, repository.start()), "repository of " + entity));
            }
        }
        return found;
    }

    private record Literal(String text, int line, int start, int end) {}

    /** The string literals and text blocks of code without comments, with the line each starts on. */
    private static List<Literal> literals(String code) {
        List<Literal> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\'') {
                i = skipQuoted(code, i, '\'');
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                while (end > 0 && code.charAt(end - 1) == '\\') {
                    end = code.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? code.length() : end;
                literals.add(new Literal(code.substring(i + 3, end), lineOf(code, i), i, end + 3));
                i = end + 3;
            } else if (c == '"') {
                int end = skipQuoted(code, i, '"');
                literals.add(new Literal(code.substring(i + 1, Math.max(i + 1, end - 1)), lineOf(code, i), i, end));
                i = end;
            } else {
                i++;
            }
        }
        return concatenated(code, literals);
    }

    /**
     * Literals joined by {@code +} count as one, as the statement they build: a query whose
     * {@code select} and {@code join} stand in different pieces is still a query. Line breaks
     * between the pieces are kept, so that lines stay right.
     */
    private static List<Literal> concatenated(String code, List<Literal> pieces) {
        List<Literal> joined = new ArrayList<>();
        for (Literal piece : pieces) {
            Literal last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && code.substring(last.end(), piece.start()).matches("\\s*\\+\\s*")) {
                String gap = "\n"
                        .repeat(piece.line()
                                - (last.line() + count(last.text(), last.text().length())));
                joined.set(
                        joined.size() - 1,
                        new Literal(last.text() + gap + piece.text(), last.line(), last.start(), piece.end()));
            } else {
                joined.add(piece);
            }
        }
        return joined;
    }

    private static int skipQuoted(String code, int start, char quote) {
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    /** Blanks out comments, keeping line breaks and literals, so that positions and lines stay. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        while (i < code.length()) {
            if (code.charAt(i) == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
            } else if (code.charAt(i) == '"') {
                i = skipQuoted(source, i, '"');
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(code, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(code, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return code.toString();
    }

    private static void blank(StringBuilder code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '\n') {
                code.setCharAt(i, ' ');
            }
        }
    }

    private static int lineOf(String code, int position) {
        return 1 + count(code, position);
    }

    private static int count(String text, int until) {
        int lines = 0;
        for (int i = 0; i < until && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
