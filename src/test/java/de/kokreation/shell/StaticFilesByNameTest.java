package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only addresses that name a file reach Vaadin's static file server; routes go to the router. */
class StaticFilesByNameTest {

    @Test
    void filesHaveAnExtensionRoutesDoNot() {
        assertThat(StaticFilesByName.namesAFile("/VAADIN/build/indexhtml-CWNmx-6a.js"))
                .isTrue();
        assertThat(StaticFilesByName.namesAFile("/styles/kokreation.css")).isTrue();
        assertThat(StaticFilesByName.namesAFile("/robots.txt")).isTrue();
        assertThat(StaticFilesByName.namesAFile("/sw.js")).isTrue();
        assertThat(StaticFilesByName.namesAFile("/")).isFalse();
        assertThat(StaticFilesByName.namesAFile("/vorschlaege/12")).isFalse();
        assertThat(StaticFilesByName.namesAFile("/aktionsplaene/nap-2019-2021/verpflichtungen/3"))
                .isFalse();
        assertThat(StaticFilesByName.namesAFile("/konsultationen/nrw-2018/themengruppen/offene-daten"))
                .isFalse();
        assertThat(StaticFilesByName.namesAFile("/.well-known"))
                .as("no name before the dot")
                .isFalse();
    }
}
