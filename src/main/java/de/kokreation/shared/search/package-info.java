/**
 * The analysis behind search, the same for every database: German text is folded (ä and ae, ß
 * and ss), split into compound parts, stemmed; English text is analysed as English. Owners of
 * searchable content store the result with their rows ({@link SearchTerms}); searches are parsed
 * once ({@link TextQuery}) and rendered as the database's own condition.
 */
@NullMarked
package de.kokreation.shared.search;

import org.jspecify.annotations.NullMarked;
