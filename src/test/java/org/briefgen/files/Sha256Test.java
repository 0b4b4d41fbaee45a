package org.briefgen.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.json.JsonMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * A hash taken as text is written ({@link Sha256#ofWritten}, the archive's row hashes) is the hash of
 * the same text made whole ({@link Sha256#of(String)}, as rows were hashed when recorded): any text,
 * surrogate pairs and unpaired surrogates included, in pieces of any size.
 */
class Sha256Test {

    private static final JsonMapper JSON = new JsonMapper();

    @Property(tries = 300)
    void writtenIsHashedAsMadeWhole(@ForAll @StringLength(max = 20_000) @Chars({'a', '"', '\\', '\n',
            'é'}) @CharRange(from = '\uD800', to = '\uDFFF') @CharRange(from = '\u0000', to = '\u00ff') String text,
            @ForAll @IntRange(min = 1, max = 9000) int piece) {
        String whole = Sha256.of(text);
        assertThat(Sha256.ofWritten(out -> out.write(text))).isEqualTo(whole);
        assertThat(Sha256.ofWritten(out -> {
            for (int from = 0; from < text.length(); from += piece) {
                out.write(text, from, Math.min(piece, text.length() - from));
            }
        })).isEqualTo(whole);
    }

    @Property(tries = 100)
    void aRowWrittenAsJsonIsHashedAsItsJsonString(@ForAll String a, @ForAll @StringLength(max = 30_000) String b)
            throws Exception {
        Map<String, Object> columns = new TreeMap<>(Map.of("table", "approvals", "a", a, "letters", b));
        assertThat(Sha256.ofWritten(out -> JSON.writeValue(out, columns)))
                .isEqualTo(Sha256.of(JSON.writeValueAsString(columns)));
    }
}
