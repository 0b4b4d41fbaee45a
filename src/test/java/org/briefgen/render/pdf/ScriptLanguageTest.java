package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The script of each code point as the JDK gives it, whether from ScriptLanguage's table or looked up. */
class ScriptLanguageTest {

    @Test
    void everyCodePointHasTheScriptTheJdkGivesIt() {
        List<String> wrong = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (ScriptLanguage.script(cp) != UnicodeScript.of(cp)) {
                wrong.add(Integer.toHexString(cp));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(ScriptLanguage.pieces("Dear Ελένη Παπαδοπούλου, µ ß")).containsExactly("Dear ",
                "Ελένη Παπαδοπούλου, µ ", "ß");
        assertThat(ScriptLanguage.of("Ελένη", "en-GB")).isEqualTo("el");
        assertThat(ScriptLanguage.of("Zoë Ågren", "en-GB")).isNull();
    }
}
