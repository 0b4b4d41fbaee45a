package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;

import org.junit.jupiter.api.Test;

/**
 * Which characters a house font draws is read from its character map (the fonts are parsed as a run
 * starts): for every Liberation face it is exactly the set of characters the font has a glyph for,
 * asked one by one.
 */
class FontCoverageMapTest {

    @Test
    void theCoverageReadFromTheMapIsEveryCharacterWithAGlyph() throws IOException {
        for (String family : new String[] {"Serif", "Sans", "Mono"}) {
            for (String face : new String[] {"Regular", "Bold", "Italic", "BoldItalic"}) {
                String resource = "/liberation/Liberation" + family + "-" + face + ".ttf";
                SubsettingFont font;
                try (InputStream in = FontPrograms.class.getResourceAsStream(resource)) {
                    font = new SubsettingFont(in.readAllBytes());
                }
                BitSet asked = new BitSet(0x10000);
                for (int cp = 0; cp <= 0xFFFF; cp++) {
                    if (font.getGlyph(cp) != null) {
                        asked.set(cp);
                    }
                }
                assertThat(font.bmp()).as(resource).isEqualTo(asked);
                assertThat(asked.cardinality()).as(resource).isGreaterThan(600);
            }
        }
    }
}
