package de.kokreation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** In a mail from the platform, the only links are the platform's own; what users wrote stays text. */
class MailComposerTest {

    private static final String BASE = "http://localhost:8080";

    @Test
    void aUserTypedAddressThatOnlyStartsLikeThePlatformIsNoLink() {
        String html = MailComposer.html(
                "Neuer Kommentar zu „http://localhost:8080@evil.example/anmelden“\n\n"
                        + "Zum Vorschlag: http://localhost:8080/vorschlaege/7",
                BASE);

        assertThat(html)
                .doesNotContain("href=\"http://localhost:8080@evil.example")
                .contains("http://localhost:8080@evil.example/anmelden")
                .contains("<a href=\"http://localhost:8080/vorschlaege/7\">");
    }

    @Test
    void onlyTheBaseAddressesSchemeHostPortAndPathCount() {
        assertThat(MailComposer.isOwnLink("http://localhost:8080/vorschlaege/1", BASE))
                .isTrue();
        assertThat(MailComposer.isOwnLink("http://localhost:8080", BASE)).isTrue();
        assertThat(MailComposer.isOwnLink("http://localhost:8080@evil.example/", BASE))
                .isFalse();
        assertThat(MailComposer.isOwnLink("http://user:pw@localhost:8080/", BASE))
                .isFalse();
        assertThat(MailComposer.isOwnLink("http://localhost:8080.evil.example/", BASE))
                .isFalse();
        assertThat(MailComposer.isOwnLink("http://localhost:8081/", BASE)).isFalse();
        assertThat(MailComposer.isOwnLink("https://localhost:8080/", BASE)).isFalse();
        assertThat(MailComposer.isOwnLink(
                        "https://beteiligung.example/kokreation/x", "https://beteiligung.example/kokreation"))
                .isTrue();
        assertThat(MailComposer.isOwnLink(
                        "https://beteiligung.example/kokreation-evil/x", "https://beteiligung.example/kokreation"))
                .isFalse();
        assertThat(MailComposer.isOwnLink(
                        "https://beteiligung.example:443/kokreation/x", "https://beteiligung.example/kokreation"))
                .isTrue();
    }
}
