package de.kokreation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.shared.DomainException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The PDF report is laid out in memory, so a national consultation gets a message instead. */
class ResultReportPdfLimitTest {

    @Test
    void aReportAboveTheLimitIsRefusedWithBothCountsInTheUsersLanguage() {
        ResultReport.requireFitsPdf(ResultReport.PDF_MAX_PROPOSALS, ResultReport.PDF_MAX_PROPOSALS);

        assertThatThrownBy(() -> ResultReport.requireFitsPdf(99_501, ResultReport.PDF_MAX_PROPOSALS))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("export.error.reportTooLargeForPdf");
                    assertThat(text(Locale.GERMAN, refused)).isEqualTo("Der Ergebnisbericht als PDF fasst bis zu"
                            + " 30.000 Vorschläge; hier sind es 99.501. Bitte laden Sie ihn als DOCX herunter.");
                    assertThat(text(Locale.ENGLISH, refused)).contains("up to 30,000 proposals", "has 99,501");
                });
    }

    private static String text(Locale locale, DomainException refused) {
        String pattern = ResourceBundle.getBundle("i18n/messages", locale).getString(refused.messageKey());
        return new MessageFormat(pattern, locale).format(refused.messageArguments());
    }
}
