package de.kokreation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    /** Classic XSS vectors (after the OWASP filter evasion cheat sheet), as HTML and inside Markdown. */
    static final List<String> XSS_PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<a href=\"javascript:alert(1)\">klick</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">klick</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">klick</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "[klick](javascript:alert(1))",
            "[klick](JAVASCRIPT:alert(1))",
            "<svg onload=alert(1)>",
            "<body onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p style=\"color:red\" onclick=\"alert(1)\">x</p>",
            "<style>body{display:none}</style>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "<embed src=\"https://evil.example/x.swf\">",
            "<form action=\"https://evil.example\"><input name=q></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
            "<details open ontoggle=alert(1)>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "\"><script>alert(1)</script>",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "<img src=\"https://ok.example/a.png\" onload=\"alert(1)\">",
            "<video><source onerror=\"alert(1)\"></video>",
            "<a href=\"https://ok.example\" target=\"_blank\">x</a>");

    @ParameterizedTest
    @FieldSource("XSS_PAYLOADS")
    void removesEveryActiveContent(String payload) {
        for (String html : List.of(
                RichText.sanitize(payload),
                RichText.render(payload),
                RichText.render("Text davor\n\n" + payload + "\n\nText danach"))) {
            Document parsed = Jsoup.parseBodyFragment(html);
            assertThat(parsed.select("script, style, iframe, object, embed, form, input, svg, math, meta, base, "
                            + "img, video, source, body *[onload]"))
                    .isEmpty();
            parsed.body()
                    .getAllElements()
                    .forEach(element -> element.attributes().forEach(attribute -> {
                        assertThat(attribute.getKey())
                                .doesNotStartWith("on")
                                .isNotEqualTo("style")
                                .isNotEqualTo("target");
                        assertThat(attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", ""))
                                .doesNotContain("javascript:")
                                .doesNotContain("vbscript:")
                                .doesNotContain("data:");
                    }));
        }
    }

    @Test
    void marksLinksAsUserGeneratedAndNotFollowed() {
        String html = RichText.render("Siehe [Transparenzgesetz](https://www.hamburg.de/transparenzgesetz/).");

        var link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://www.hamburg.de/transparenzgesetz/");
        assertThat(link.attr("rel")).isEqualTo("nofollow ugc noopener");
    }

    @Test
    void keepsParagraphsListsAndEmphasis() {
        String html = RichText.render("Erster Absatz mit **fett** und *kursiv*.\n\n- eins\n- zwei\n\nZweiter Absatz");

        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.select("p")).hasSize(2);
        assertThat(parsed.select("ul > li"))
                .extracting(element -> element.text())
                .containsExactly("eins", "zwei");
        assertThat(parsed.select("strong").text()).isEqualTo("fett");
        assertThat(parsed.select("em").text()).isEqualTo("kursiv");
    }

    @Test
    void keepsUmlautsAndSharpS() {
        assertThat(RichText.plainText(RichText.render("Größere Übersicht für Bürgerinnen – „Beteiligung“")))
                .isEqualTo("Größere Übersicht für Bürgerinnen – „Beteiligung“");
    }

    @Test
    void nestingIsBoundedAtItsLimit() {
        String limit = ">".repeat(RichText.MAX_NESTING) + " Zitat";
        String above = ">".repeat(RichText.MAX_NESTING + 1) + " Zitat";
        Assertions.assertThat(RichText.render(limit)).contains("Zitat");
        Assertions.assertThat(RichText.isRenderable(limit)).isTrue();
        Assertions.assertThatThrownBy(() -> RichText.render(above))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("richtext.error.tooDeep");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quote", "emphasis", "underscore", "brackets", "list", "openers"})
    void tenThousandNestedMarkersEndInAMessageNotAStackOverflow(String kind) {
        String body = switch (kind) {
            case "quote" -> ">".repeat(10_000) + " x";
            case "emphasis" -> "*".repeat(5_000) + "x" + "*".repeat(5_000);
            case "underscore" -> "_".repeat(5_000) + "x" + "_".repeat(5_000);
            case "brackets" -> "[".repeat(5_000) + "x" + "]".repeat(5_000);
            case "list" -> "- ".repeat(3_000) + "x";
            default -> "*a ".repeat(3_000) + "a* ".repeat(3_000);
        };
        // Either rendered (flat enough) or refused with the message; never a StackOverflowError.
        try {
            Assertions.assertThat(RichText.render(body)).isNotNull();
        } catch (DomainException refused) {
            Assertions.assertThat(refused.getMessage()).contains("richtext.error.tooDeep");
        }
    }

    @Test
    void anExcerptReadsLikeTheTextWithoutMarksAndEndsAtAWord() {
        Assertions.assertThat(RichText.plainExcerpt("**Offene** Daten\n\n- für *alle*", 100))
                .isEqualTo("Offene Daten für alle");
        String excerpt = RichText.plainExcerpt("Wort ".repeat(100), 50);
        Assertions.assertThat(excerpt).hasSizeLessThanOrEqualTo(50).endsWith("Wort …");
        Assertions.assertThat(RichText.plainExcerpt(null, 50)).isEmpty();
    }

    record Body(@RenderableRichText String text) {}

    @Test
    void theFieldMessageNamesTheLimit() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(new Body(">".repeat(RichText.MAX_NESTING + 1) + " x"));
            Assertions.assertThat(violations)
                    .singleElement()
                    .satisfies(violation -> Assertions.assertThat(violation.getMessage())
                            .contains(Integer.toString(RichText.MAX_NESTING)));
            Assertions.assertThat(factory.getValidator().validate(new Body(">".repeat(RichText.MAX_NESTING) + " x")))
                    .isEmpty();
        }
    }
}
