package org.briefgen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.briefgen.archive.rules.TrackerStatus;

import org.junit.jupiter.api.Test;

/**
 * The words the archive stores and the exports write, which derive from the constants' names: renaming a
 * constant would leave every archive written before it unreadable, so the words are pinned here.
 */
class StoredKeysTest {

    @Test
    void deliveryKindsAreStoredByTheseWordsAndReadBack() {
        assertThat(Arrays.stream(DeliveryKind.values()).map(DeliveryKind::key))
                .containsExactly("sending", "sent", "failed", "deferred", "uncertain", "bounced");
        for (DeliveryKind kind : DeliveryKind.values()) {
            assertThat(DeliveryKind.of(kind.key())).isSameAs(kind);
        }
    }

    @Test
    void responseKindsAreStoredByTheseWordsAndReadBack() {
        assertThat(Arrays.stream(ResponseKind.values()).map(ResponseKind::key)).containsExactly("response",
                "correction", "withdrawal");
        for (ResponseKind kind : ResponseKind.values()) {
            assertThat(ResponseKind.of(kind.key())).isSameAs(kind);
        }
    }

    @Test
    void trackerStatusesAreWrittenInWords() {
        assertThat(Arrays.stream(TrackerStatus.values()).map(TrackerStatus::key)).containsExactly("awaiting",
                "responded", "overdue", "no response by deadline", "superseded", "not sent", "sent", "bounced",
                "uncertain");
    }
}
