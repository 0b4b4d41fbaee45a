package org.briefgen.archive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link TextSet} holds exactly the texts a {@code HashSet} of strings would: the references a plan counts as taken. */
class TextSetTest {

    @Property(tries = 300)
    void holdsWhatAHashSetHolds(@ForAll @Size(max = 400) List<String> added, @ForAll List<String> asked) {
        TextSet set = new TextSet();
        Set<String> expected = new HashSet<>();
        for (String text : added) {
            assertThat(set.add(text)).isEqualTo(expected.add(text));
        }
        assertThat(set.size()).isEqualTo(expected.size());
        for (String text : added) {
            assertThat(set.contains(text)).isTrue();
        }
        for (String text : asked) {
            assertThat(set.contains(text)).isEqualTo(expected.contains(text));
        }
    }

    @Test
    void tellsApartTextsWithOneHash() {
        // "Aa" and "BB" have one String.hashCode, as have all their concatenations of one length
        TextSet set = new TextSet();
        List<String> same = List.of("AaAa", "AaBB", "BBAa", "BBBB");
        assertThat(set.add("AaAa")).isTrue();
        assertThat(set.contains("BBBB")).isFalse();
        same.forEach(set::add);
        assertThat(same).allSatisfy(text -> assertThat(set.contains(text)).isTrue());
        assertThat(set.size()).isEqualTo(4);
        assertThat(set.add("BBAa")).isFalse();
    }

    @Test
    void keepsTwentyThousandReferencesAndTheEmptyText() {
        TextSet set = new TextSet();
        for (int i = 1; i <= 20_000; i++) {
            assertThat(set.add("CE-2026-" + i)).isTrue();
        }
        assertThat(set.add("")).isTrue();
        assertThat(set.contains("")).isTrue();
        assertThat(set.contains("CE-2026-20000")).isTrue();
        assertThat(set.contains("CE-2026-20001")).isFalse();
        assertThat(set.contains("CE-2026-0")).isFalse();
        assertThat(set.size()).isEqualTo(20_001);
    }
}
