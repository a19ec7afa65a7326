package de.kokreation.shared;

import java.util.List;

/**
 * What a public page is about, for the first HTML that search engines and link previews read
 * before any script runs: the object's own words (a proposal's title and the start of its text),
 * never a translated label; the shell adds the site's name and the tags. {@code feeds} are the
 * alternates a feed reader or calendar finds on the page ({@code <link rel="alternate">}).
 */
public record PagePreview(String title, String description, String type, List<Alternate> feeds) {

    /** Longest description a preview carries; search engines cut at about this length anyway. */
    public static final int DESCRIPTION_LENGTH = 200;

    public static final String ARTICLE = "article";
    public static final String WEBSITE = "website";

    /**
     * A feed or calendar of the page: its media type, the message key of its title in the reader's
     * list (given the page's title as argument), its address.
     */
    public record Alternate(String mediaType, String titleKey, String href) {}

    public PagePreview {
        description = excerpt(description);
        feeds = List.copyOf(feeds);
    }

    public static PagePreview article(String title, String description) {
        return new PagePreview(title, description, ARTICLE, List.of());
    }

    /** A page that exists but whose object the public may not see: no title, no text, not indexed. */
    public static PagePreview withheld() {
        return new PagePreview("", "", WEBSITE, List.of());
    }

    public boolean isWithheld() {
        return title.isEmpty();
    }

    public PagePreview withFeeds(List<Alternate> alternates) {
        return new PagePreview(title, description, type, alternates);
    }

    /** Plain text cut at a word boundary to {@link #DESCRIPTION_LENGTH} characters, with an ellipsis. */
    public static String excerpt(String text) {
        String plain = text.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (plain.codePointCount(0, plain.length()) <= DESCRIPTION_LENGTH) {
            return plain;
        }
        int end = plain.offsetByCodePoints(0, DESCRIPTION_LENGTH - 1);
        int space = plain.lastIndexOf(' ', end);
        return plain.substring(0, space > DESCRIPTION_LENGTH / 2 ? space : end).strip() + "…";
    }
}
