package de.kokreation.consultation.ui;

import com.vaadin.flow.component.html.Span;
import de.kokreation.consultation.Phase;
import java.util.Locale;

/** The current phase as a labelled badge. */
class PhaseBadge extends Span {

    PhaseBadge(Phase phase) {
        setText(getTranslation("phase.current", getTranslation(phase.messageKey())));
        addClassNames("kk-badge", "kk-phase-" + phase.name().toLowerCase(Locale.ROOT));
    }
}
