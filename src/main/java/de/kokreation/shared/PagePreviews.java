package de.kokreation.shared;

import java.util.List;
import java.util.Optional;

/**
 * A module's public pages described for their first HTML. Each module answers for its own paths
 * and ignores the rest (empty); a path that names an object which does not exist, or which the
 * public may not see, throws {@link NotFoundException}, so that the page is answered with 404.
 * Runs on every page load outside a Vaadin UI: one or two indexed reads, nothing more.
 */
public interface PagePreviews {

    /** The path's segments without the leading slash, e.g. {@code [vorschlaege, 12]}. */
    Optional<PagePreview> preview(List<String> segments);

    /** The number in a path segment, or a {@link NotFoundException} for anything else. */
    static long id(String segment, String messageKey) {
        if (segment.isEmpty() || segment.length() > 18 || !segment.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException(messageKey, segment);
        }
        return Long.parseLong(segment);
    }
}
