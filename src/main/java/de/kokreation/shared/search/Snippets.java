package de.kokreation.shared.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a text that shows why it was found: a window around the first word the search
 * looks for, cut at word boundaries, with every such word marked. Returned as plain segments, so
 * that views render them as text (never as HTML).
 */
public final class Snippets {

    /** A piece of a snippet; {@code marked} when it is a word the search looked for. */
    public record Segment(String text, boolean marked) {}

    private Snippets() {}

    /** How many characters are analysed at a time. */
    private static final int PIECE = 600;

    /** Where a piece ending near {@code wanted} ends: at the next space, or at the end. */
    private static int pieceEnd(String plain, int wanted) {
        if (wanted >= plain.length()) {
            return plain.length();
        }
        int space = plain.indexOf(' ', wanted);
        return space < 0 ? plain.length() : space;
    }

    /** Adds the tokens of a piece (at {@code offset} in the text) that the search looks for, in any language. */
    private static void mark(String piece, int offset, TextQuery query, List<SearchAnalysis.Token> marked) {
        int before = marked.size();
        for (SearchAnalysis.Language language : SearchAnalysis.Language.values()) {
            for (SearchAnalysis.Token token : SearchAnalysis.tokens(piece, language)) {
                int start = offset + token.start();
                if (token.terms().stream().anyMatch(query::looksFor)
                        && marked.subList(before, marked.size()).stream().noneMatch(other -> other.start() == start)) {
                    marked.add(new SearchAnalysis.Token(start, offset + token.end(), token.terms()));
                }
            }
        }
        marked.subList(before, marked.size()).sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** The whole text (a title), with the words the search looks for marked. */
    public static List<Segment> marked(String text, TextQuery query) {
        return of(text, query, Integer.MAX_VALUE);
    }

    /** The snippet of at most about {@code maxLength} characters; the beginning when nothing is marked. */
    public static List<Segment> of(String text, TextQuery query, int maxLength) {
        String plain = text.replaceAll("\\s+", " ").strip();
        List<SearchAnalysis.Token> marked = new ArrayList<>();
        // Analysing is what a snippet costs: only as much of the text as its window needs, a
        // piece at a time (cut between words), until the window after the first mark is covered.
        int analysedTo = 0;
        while (analysedTo < plain.length()) {
            int to = maxLength >= plain.length() ? plain.length() : pieceEnd(plain, analysedTo + PIECE);
            mark(plain.substring(analysedTo, to), analysedTo, query, marked);
            analysedTo = to;
            if (!marked.isEmpty() && (long) marked.getFirst().start() + maxLength <= analysedTo) {
                break;
            }
        }
        marked.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int start = 0;
        if (!marked.isEmpty() && marked.getFirst().start() > maxLength / 3) {
            int wanted = marked.getFirst().start() - maxLength / 3;
            int space = plain.indexOf(' ', wanted);
            start = space < 0 || space >= marked.getFirst().start() ? wanted : space + 1;
        }
        int end = (int) Math.min(plain.length(), (long) start + maxLength);
        if (end < plain.length()) {
            int space = plain.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        List<Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Segment("… ", false));
        }
        int at = start;
        for (SearchAnalysis.Token token : marked) {
            if (token.start() < at || token.end() > end) {
                continue;
            }
            if (token.start() > at) {
                segments.add(new Segment(plain.substring(at, token.start()), false));
            }
            segments.add(new Segment(plain.substring(token.start(), token.end()), true));
            at = token.end();
        }
        if (at < end) {
            segments.add(new Segment(plain.substring(at, end), false));
        }
        if (end < plain.length()) {
            segments.add(new Segment(" …", false));
        }
        return segments;
    }
}
