package org.briefgen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is removed from a published reply, and what is kept. */
class RedactionTest {

    private final Redaction redaction = Redaction.keeping("email eu-privacy@amazon.co.uk; Twitter @AmazonUK");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Call +44 (0)20 7946 0958 today|Call [phone number removed] today",
            "Mobile: 07700 900123.|Mobile: [phone number removed].",
            "US office (555) 123-4567|US office [phone number removed]",
            "tel. +1.202.555.0143, ext 4|tel. [phone number removed], ext 4",
            "Write to jane.doe@gmail.com now|Write to [e-mail address removed] now",
            "J.O'Neil+work@mail.example.co.uk|[e-mail address removed]",
            "Our team: eu-privacy@amazon.co.uk|Our team: eu-privacy@amazon.co.uk",
            "Our team: EU-Privacy@Amazon.co.uk|Our team: EU-Privacy@Amazon.co.uk",
            "Write to eu-privacy@amazon.co.uk.|Write to eu-privacy@amazon.co.uk.",
            "Not eu-privacy@amazon.co.uk.evil.example|Not [e-mail address removed]",
            "Not xeu-privacy@amazon.co.uk|Not [e-mail address removed]"})
    void personalAddressesAndNumbersAreRemoved(String text, String published) {
        assertThat(redaction.apply(text)).isEqualTo(published);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Our reference is CE-2020-001", "Received 2020-01-15 at 10:00",
            "2020-01-15 10:00:00", "We have 3,400 customers in 12 countries", "Invoice 12345678",
            "Article 5(1)(f) of the GDPR", "@AmazonUK on Twitter"})
    void referencesDatesAndFiguresStay(String text) {
        assertThat(redaction.apply(text)).isEqualTo(text);
    }

    @Test
    void turnedOffEverythingStays() {
        String text = "jane.doe@gmail.com, +44 20 7946 0958";
        assertThat(Redaction.NONE.apply(text)).isEqualTo(text);
        assertThat(redaction.apply(null)).isNull();
    }
}
