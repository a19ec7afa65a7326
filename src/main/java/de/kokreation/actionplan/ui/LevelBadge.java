package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.html.Span;
import de.kokreation.actionplan.CompletionLevel;
import java.util.Locale;

/** A completion level as a badge: its name in words (never colour alone) on the level's colour. */
class LevelBadge extends Span {

    LevelBadge(CompletionLevel level) {
        setText(getTranslation(level.messageKey()));
        addClassNames(
                "kk-badge",
                "kk-level",
                "kk-level-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
