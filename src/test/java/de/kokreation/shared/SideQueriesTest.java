package de.kokreation.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Side queries take a fifth of the connection pool, one to three, and fail as their query failed. */
class SideQueriesTest {

    @Test
    void aFifthOfThePoolAtLeastOneAtMostThree() {
        assertThat(SideQueries.atOnce(1)).isEqualTo(1);
        assertThat(SideQueries.atOnce(4)).isEqualTo(1);
        assertThat(SideQueries.atOnce(9)).isEqualTo(1);
        assertThat(SideQueries.atOnce(10)).isEqualTo(2);
        assertThat(SideQueries.atOnce(14)).isEqualTo(2);
        assertThat(SideQueries.atOnce(15)).isEqualTo(3);
        assertThat(SideQueries.atOnce(20)).isEqualTo(3);
        assertThat(SideQueries.atOnce(100)).isEqualTo(3);
    }

    @Test
    void aFailedQueryThrowsItsOwnException() {
        CompletableFuture<Long> refused = CompletableFuture.supplyAsync(() -> {
            throw new NotPermittedException("error.notPermitted");
        });
        assertThatThrownBy(() -> SideQueries.await(refused)).isInstanceOf(NotPermittedException.class);
        assertThat(SideQueries.await(CompletableFuture.completedFuture(7L))).isEqualTo(7L);
    }
}
