package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;

import com.itextpdf.commons.actions.processors.UnderAgplProductProcessorFactory;
import org.junit.jupiter.api.Test;

/**
 * iText prints a notice asking AGPL users to publish their source on standard output after some 10,000
 * documents: in the middle of a 20,000-letter run's report. briefgen is published under the AGPL, and
 * acknowledges it as iText provides for, so that no run ever prints it.
 */
class ITextNoticeTest {

    @Test
    void everyCommandAcknowledgesThatBriefgenIsAgplSoItsOutputIsItsOwn() throws Exception {
        Main.run(new String[] {"--version"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Class<?> keeper = Class.forName("com.itextpdf.commons.actions.ProductProcessorFactoryKeeper");
        Method factory = keeper.getDeclaredMethod("getProductProcessorFactory");
        factory.setAccessible(true);
        // the factory whose processors print nothing, where the default one counts documents and prints the notice
        assertThat(factory.invoke(null)).isInstanceOf(UnderAgplProductProcessorFactory.class);
    }
}
