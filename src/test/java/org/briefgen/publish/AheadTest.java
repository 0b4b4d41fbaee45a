package org.briefgen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Companies made on a thread of their own reach the report in order, with what went wrong where it did. */
class AheadTest {

    @Test
    void theReaderGetsEveryElementInTheSourcesOrder() {
        List<Integer> read = new ArrayList<>();
        try (Ahead<Integer> ahead = new Ahead<>(IntStream.range(0, 1000).iterator(), 4, "test")) {
            ahead.forEachRemaining(read::add);
            assertThat(ahead.hasNext()).isFalse();
        }
        assertThat(read).isEqualTo(IntStream.range(0, 1000).boxed().toList());
    }

    @Test
    void whatTheSourceThrowsReachesTheReaderAfterTheElementsMadeBefore() {
        Iterator<Integer> failing = IntStream.range(0, 10).map(i -> {
            if (i == 7) {
                throw new PublishException("company 7 cannot be published");
            }
            return i;
        }).iterator();
        List<Integer> read = new ArrayList<>();
        try (Ahead<Integer> ahead = new Ahead<>(failing, 2, "test")) {
            assertThatThrownBy(() -> ahead.forEachRemaining(read::add)).isInstanceOf(PublishException.class)
                    .hasMessage("company 7 cannot be published");
        }
        assertThat(read).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void aReaderThatStopsStopsTheSource() {
        AtomicInteger made = new AtomicInteger();
        Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).peek(i -> made.incrementAndGet()).iterator();
        try (Ahead<Integer> ahead = new Ahead<>(endless, 3, "test")) {
            assertThat(ahead.next()).isZero();
        }
        int stopped = made.get();
        assertThat(stopped).isLessThanOrEqualTo(5);
        assertThat(made.get()).isEqualTo(stopped);
    }
}
