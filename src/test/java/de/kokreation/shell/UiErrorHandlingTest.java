package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class UiErrorHandlingTest {

    @Test
    void aBrowserThatLeftIsNoFailureToReport() {
        assertThat(UiErrorHandling.clientWentAway(new UncheckedIOException(new IOException("Broken pipe"))))
                .isTrue();
        assertThat(UiErrorHandling.clientWentAway(new IOException("Connection reset by peer")))
                .isTrue();
        assertThat(UiErrorHandling.clientWentAway(new IOException("disk full"))).isFalse();
        assertThat(UiErrorHandling.clientWentAway(new IllegalStateException("a bug")))
                .isFalse();
    }
}
