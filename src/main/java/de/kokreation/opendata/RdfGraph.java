package de.kokreation.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small RDF graph written as Turtle or as JSON-LD (expanded form, which needs no context): just
 * enough for the catalogue, so that the application carries no RDF library. Subjects keep the
 * order they were first described in; blank nodes are labelled {@code _:b1}, {@code _:b2}, ….
 */
final class RdfGraph {

    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** An RDF term in object position: an IRI, a blank node or a literal (with a datatype or a language). */
    record Term(
            String value,
            Kind kind,
            @Nullable String datatype,
            @Nullable String language) {}

    enum Kind {
        IRI,
        BLANK,
        LITERAL
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Map<String, List<Term>>> subjects = new LinkedHashMap<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private int blankNodes;

    RdfGraph prefix(String prefix, String namespace) {
        prefixes.put(prefix, namespace);
        return this;
    }

    static Term iri(String iri) {
        return new Term(iri, Kind.IRI, null, null);
    }

    static Term text(String value, String language) {
        return new Term(value, Kind.LITERAL, null, language);
    }

    static Term typed(String value, String datatype) {
        return new Term(value, Kind.LITERAL, datatype, null);
    }

    static Term plain(String value) {
        return new Term(value, Kind.LITERAL, null, null);
    }

    /** A new blank node, as a subject label and as an object term. */
    Term blank() {
        return new Term("_:b" + ++blankNodes, Kind.BLANK, null, null);
    }

    RdfGraph add(String subject, String predicate, Term object) {
        subjects.computeIfAbsent(subject, s -> new LinkedHashMap<>())
                .computeIfAbsent(predicate, p -> new ArrayList<>())
                .add(object);
        return this;
    }

    RdfGraph add(Term subject, String predicate, Term object) {
        return add(subject.value(), predicate, object);
    }

    RdfGraph type(String subject, String type) {
        return add(subject, RDF_TYPE, iri(type));
    }

    String turtle() {
        StringBuilder out = new StringBuilder();
        prefixes.forEach((prefix, namespace) -> out.append("@prefix ")
                .append(prefix)
                .append(": <")
                .append(namespace)
                .append("> .\n"));
        subjects.forEach((subject, predicates) -> {
            out.append('\n').append(subject.startsWith("_:") ? subject : "<" + iriText(subject) + ">");
            String separator = "\n    ";
            for (Map.Entry<String, List<Term>> predicate : predicates.entrySet()) {
                out.append(separator)
                        .append(predicate.getKey().equals(RDF_TYPE) ? "a" : name(predicate.getKey()))
                        .append(' ');
                List<String> objects = new ArrayList<>();
                for (Term object : predicate.getValue()) {
                    objects.add(turtle(object));
                }
                out.append(String.join(", ", objects));
                separator = " ;\n    ";
            }
            out.append(" .\n");
        });
        return out.toString();
    }

    String jsonLd() {
        List<Map<String, Object>> nodes = new ArrayList<>();
        subjects.forEach((subject, predicates) -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("@id", subject);
            predicates.forEach((predicate, objects) -> {
                if (predicate.equals(RDF_TYPE)) {
                    node.put("@type", objects.stream().map(Term::value).toList());
                } else {
                    node.put(predicate, objects.stream().map(RdfGraph::jsonLd).toList());
                }
            });
            nodes.add(node);
        });
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(nodes);
    }

    private static Map<String, String> jsonLd(Term term) {
        Map<String, String> value = new LinkedHashMap<>();
        switch (term.kind()) {
            case IRI, BLANK -> value.put("@id", term.value());
            case LITERAL -> {
                value.put("@value", term.value());
                if (term.datatype() != null) {
                    value.put("@type", term.datatype());
                }
                if (term.language() != null) {
                    value.put("@language", term.language());
                }
            }
        }
        return value;
    }

    private String turtle(Term term) {
        return switch (term.kind()) {
            case IRI -> name(term.value());
            case BLANK -> term.value();
            case LITERAL -> {
                String literal = "\"" + escape(term.value()) + "\"";
                if (term.language() != null) {
                    yield literal + "@" + term.language();
                }
                yield term.datatype() == null ? literal : literal + "^^" + name(term.datatype());
            }
        };
    }

    /** A prefixed name where a prefix covers the IRI and the rest is a plain local name, else {@code <iri>}. */
    private String name(String iri) {
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String namespace = prefix.getValue();
            if (iri.startsWith(namespace)) {
                String local = iri.substring(namespace.length());
                if (local.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    return prefix.getKey() + ":" + local;
                }
            }
        }
        return "<" + iriText(iri) + ">";
    }

    private static String iriText(String iri) {
        StringBuilder out = new StringBuilder();
        iri.codePoints().forEach(c -> {
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                out.append(String.format("%%%02X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\n", "\\n")
                .replace("\r", "\\r")
                .replace("\t", "\\t");
    }
}
