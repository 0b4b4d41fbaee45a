package org.briefgen.failure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a message may quote of a URL: everything but its secrets. */
class SecretsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db:5432/briefgen?user=ada&password=s3cret | jdbc:postgresql://db:5432/briefgen?user=ada&password=***",
            "jdbc:postgresql://ada:s3cret@db:5432/briefgen | jdbc:postgresql://ada:***@db:5432/briefgen",
            "jdbc:postgresql://db/b?sslpassword=s3cret&sslmode=require | jdbc:postgresql://db/b?sslpassword=***&sslmode=require",
            "officer:s3cret@mail.example.org | officer:***@mail.example.org",
            "smtp://officer@mail.example.org?PASSWORD=s3cret | smtp://officer@mail.example.org?PASSWORD=***",
            "smtp://officer@mail.example.org;pwd=s3cret | smtp://officer@mail.example.org;pwd=***",
            "smtp://officer:p@ss:w/rd@mail.example.org:587 | smtp://officer:***@mail.example.org:587",
            "'imaps://a:b@h/INBOX' is wrong | 'imaps://a:***@h/INBOX' is wrong",
    })
    void secretsAreMasked(String text, String shown) {
        assertThat(Secrets.masked(text)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db.example.org:5432/briefgen?user=ada&sslmode=require",
            "smtp://officer@example.org@mail.example.org:587",
            "imaps://officer@mail.example.org:993/INBOX",
            "jdbc:sqlite:/var/lib/briefgen/archive.sqlite",
    })
    void aUrlWithoutSecretsIsShownAsItIs(String text) {
        assertThat(Secrets.masked(text)).isEqualTo(text);
    }
}
