package org.briefgen.archive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.briefgen.files.Sha256;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The archive's canonical JSON ({@link CanonicalJson}) writes, byte for byte, what Jackson wrote
 * when the recorded hashes were made: a letter's data as Jackson's default mapper wrote it to a
 * string, an archive row as the mapper ordering map entries by key wrote it to the digest's
 * writer. Every recorded letter and row keeps its hash only while this holds.
 */
class CanonicalJsonTest {

    /** What the letter digest used: Jackson's defaults. */
    private static final JsonMapper DIGEST = JsonMapper.builder().build();
    /** What the archive's row hashes used. */
    private static final JsonMapper ROWS = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Property(tries = 600)
    void writesWhatJacksonWroteForAnyValue(@ForAll("values") Object value) throws JsonProcessingException {
        assertThat(CanonicalJson.text(value)).isEqualTo(ROWS.writeValueAsString(value));
        assertThat(Sha256.ofWritten(out -> CanonicalJson.write(out, value)))
                .isEqualTo(Sha256.ofWritten(out -> ROWS.writeValue(out, value)));
    }

    @Property(tries = 300)
    void writesWhatJacksonsDefaultsWroteForSortedMaps(@ForAll("sortedValues") Object value)
            throws JsonProcessingException {
        assertThat(CanonicalJson.text(value)).isEqualTo(DIGEST.writeValueAsString(value));
    }

    @Property(tries = 1000)
    void writesAnyTextAsJacksonDid(@ForAll("text") String text) throws JsonProcessingException {
        assertThat(CanonicalJson.text(text)).isEqualTo(DIGEST.writeValueAsString(text));
        assertThat(Sha256.ofWritten(out -> CanonicalJson.write(out, List.of(text))))
                .isEqualTo(Sha256.ofWritten(out -> ROWS.writeValue(out, List.of(text))));
    }

    @Test
    void escapesAsJacksonDidTheCharactersAWriterCouldGetWrong() throws JsonProcessingException {
        String odd = "\"quoted\" back\\slash tab\t line\nfeed \r \b \f \u0000\u0001\u001f del\u007f é 写真 "
                + "\uD83D\uDCE8 lone \uD83D and \uDCE8 \u2028\u2029 </script> &amp; \u00a0 \uFEFF";
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("z", odd);
        row.put("a", List.of(1, -2L, new BigDecimal("12.50"), new BigDecimal("1E+3"), true, false));
        row.put("", null);
        row.put("files", List.of(Map.of("path", "a.pdf"), new TreeMap<>(Map.of("size", 3))));

        assertThat(CanonicalJson.text(row)).isEqualTo(ROWS.writeValueAsString(row))
                .startsWith("{\"\":null,\"a\":[1,-2,12.50,1E+3,true,false],")
                .contains("\\u0000\\u0001\\u001F", "\\b", "\\f", "\\r", "del\u007f", "\uD83D\uDCE8", "</script>");
        assertThat(Sha256.ofWritten(out -> CanonicalJson.write(out, row)))
                .isEqualTo(Sha256.ofWritten(out -> ROWS.writeValue(out, row)));
    }

    @Test
    void refusesWhatItCannotWriteAsJacksonWroteIt() {
        assertThatThrownBy(() -> CanonicalJson.text(List.of(LocalDate.of(2026, 12, 7))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.LocalDate");
        assertThatThrownBy(() -> CanonicalJson.text(Map.of(1, "one")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyed by 1");
        assertThatThrownBy(() -> CanonicalJson.text(1.5d)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesALongValueAsItGoes() {
        String long1 = "é\n".repeat(3_000_000);
        Map<String, Object> row = Map.of("letters", long1, "n", 1);
        assertThat(Sha256.ofWritten(out -> CanonicalJson.write(out, row)))
                .isEqualTo(Sha256.ofWritten(out -> ROWS.writeValue(out, row)));
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> odd = Arbitraries.of('"', '\\', '\n', '\t', '\r', '\b', '\f', '\u0000', '\u001f', '\u007f',
                '\u2028', '\uD83D', '\uDCE8', '\uFEFF', 'é', '写', '/', '<');
        Arbitrary<Character> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().all()),
                net.jqwik.api.Tuple.of(2, odd),
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().alpha()));
        return any.list().ofMaxSize(40).map(cs -> {
            StringBuilder s = new StringBuilder();
            cs.forEach(s::append);
            return s.toString();
        });
    }

    @Provide
    Arbitrary<Object> values() {
        return value(3, false);
    }

    @Provide
    Arbitrary<Object> sortedValues() {
        return value(3, true);
    }

    private Arbitrary<Object> value(int depth, boolean sorted) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(text().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigDecimals().ofScale(3).map(d -> (Object) d),
                Arbitraries.of(new BigDecimal("1E+5"), new BigDecimal("0.000"), BigDecimal.ONE.negate()).map(d -> d),
                Arbitraries.of(true, false).map(b -> (Object) b), Arbitraries.just(null));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> inner = value(depth - 1, sorted);
        Arbitrary<Object> list = inner.list().ofMaxSize(4).map(l -> (Object) Arrays.asList(l.toArray()));
        Arbitrary<Object> map = Arbitraries.maps(text(), inner).ofMaxSize(4).map(m -> {
            Map<String, Object> made = sorted ? new TreeMap<>() : new LinkedHashMap<>();
            made.putAll(m);
            return (Object) made;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, scalar), net.jqwik.api.Tuple.of(2, list),
                net.jqwik.api.Tuple.of(2, map));
    }
}
