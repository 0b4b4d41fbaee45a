package org.briefgen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redaction as an attacker of a reader's privacy would test it: addresses in every script and hidden
 * behind character references, phone numbers with every separator and digits of every script, made
 * by the thousand; and the dates, references and amounts of money that must stay.
 */
class RedactionVariantsTest {

    private static final Redaction REDACTION = Redaction.keeping("email eu-privacy@amazon.co.uk; Twitter @AmazonUK");
    private static final String EMAIL = "[e-mail address removed]";
    private static final String PHONE = "[phone number removed]";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Write to jürgen.müller@beispiel.de now|Write to " + EMAIL + " now",
            "Write to josé@correo.es now|Write to " + EMAIL + " now",
            "Write to почта@пример.рф now|Write to " + EMAIL + " now",
            "Write to 用户@例子.广告 now|Write to " + EMAIL + " now",
            "Write to δοκιμή@παράδειγμα.δοκιμή now|Write to " + EMAIL + " now",
            "Write to user@xn--80akhbyknj4f.xn--p1ai now|Write to " + EMAIL + " now",
            "Write to jane&#64;gmail.com now|Write to " + EMAIL + " now",
            "Write to jane&#064gmail.com now|Write to " + EMAIL + " now",
            "Write to jane&#x40;gmail&#46;com now|Write to " + EMAIL + " now",
            "Write to jane&commat;gmail&period;com now|Write to " + EMAIL + " now",
            "Write to jane＠gmail．com now|Write to " + EMAIL + " now",
            "Call 020 - 7946 - 0958 now|Call " + PHONE + " now", "Call 020 – 7946 – 0958 now|Call " + PHONE + " now",
            "Call 020.7946.0958 now|Call " + PHONE + " now", "Call 020/7946/0958 now|Call " + PHONE + " now",
            "Call (020) 7946-0958 now|Call " + PHONE + " now", "Call 0171-23-4567 now|Call " + PHONE + " now",
            "Call ０２０ ７９４６ ０９５８ now|Call " + PHONE + " now",
            "Call ＋４４ （０）２０ ７９４６ ０９５８ now|Call " + PHONE + " now",
            "Call ٠٢٠ ٧٩٤٦ ٠٩٥٨ now|Call " + PHONE + " now", "Call ०२० ७९४६ ०९५८ now|Call " + PHONE + " now",
            "Call 01.23.45.67.89 now|Call " + PHONE + " now",
            "Call 020 7946 0958 / 020 7946 0959 now|Call " + PHONE + " now"})
    void everyVariantIsRemoved(String text, String published) {
        assertThat(REDACTION.apply(text)).isEqualTo(published);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Our reference is CE-2020-001", "Follow-up CE-2020-001-F1 of 2020-01-15",
            "Received 2020-01-15 10:00:00", "Received 15.01.2020 14:30", "For 01/01/2019-31/12/2019",
            "For 01.01.2019 – 31.12.2019", "Between 2019-01-01 and 2019-12-31", "A fine of € 1 234 567 890",
            "A fine of 1 234 567 890 €", "A fine of 1.234.567.890,12 €", "A fine of USD 9 876 543 210",
            "A fine of £12,345,678.90", "A fine of $1,234,567,890", "Revenue 1,234,567,890", "We have 3,400 customers",
            "45.6% of 2,000 people", "Invoice 12345678", "Article 5(1)(f) of the GDPR",
            "Our team: eu-privacy@amazon.co.uk", "@AmazonUK on Twitter"})
    void datesReferencesAndMoneyStay(String text) {
        assertThat(REDACTION.apply(text)).isEqualTo(text);
    }

    private static final List<String> AT = List.of("@", "＠", "&#64;", "&#x40;", "&commat;");
    private static final List<String> DOT = List.of(".", ".", ".", "&#46;", "&period;", "．");

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> local = Arbitraries.strings().withChars("abcxyz019._+-'éüßøçñдлия中文αβاب")
                .ofMinLength(1).ofMaxLength(16).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
        Arbitrary<String> label = Arbitraries.strings().withChars("abcxyz019-éüдлия中文αβ").ofMinLength(1)
                .ofMaxLength(12).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
        Arbitrary<String> tld = Arbitraries.of("com", "org", "co.uk", "de", "рф", "中国", "广告", "ελ", "xn--p1ai");
        Arbitrary<List<String>> labels = label.list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(local, Arbitraries.of(AT), labels, Arbitraries.of(DOT), tld).as((l, at, ls, dot,
                t) -> l + at + String.join(dot, ls) + dot + t);
    }

    @Property(tries = 2000)
    void noAddressSurvives(@ForAll("addresses") String address, @ForAll("around") String before,
            @ForAll("around") String after) {
        String text = "Write to" + before + address + after + "today.";
        assertThat(REDACTION.apply(text)).as(text).isEqualTo("Write to" + before + EMAIL + after + "today.");
    }

    @Provide
    Arbitrary<String> around() {
        return Arbitraries.of(" ", " (", " <", ": ", "\n", " «", " \"", ", ");
    }

    /** What may stand before a number (an opening bracket is taken as the number's own). */
    @Provide
    Arbitrary<String> beforePhone() {
        return Arbitraries.of(" ", ": ", "\n", " «", " \"", ", ", " on ");
    }

    private static final List<Integer> ZEROS = List.of((int) '0', 0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50);
    private static final Pattern DATE_RANGE = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\s?[-\u2013/]\\s?\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<List<String>> groups = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).list()
                .ofMinSize(2).ofMaxSize(6).filter(g -> {
                    int digits = g.stream().mapToInt(String::length).sum();
                    return digits >= 9 && digits <= 15;
                });
        Arbitrary<String> separator = Arbitraries.of(" ", "-", " - ", ".", "/", " / ", "\u00a0", " – ", "‑", "\u202f",
                "－", "．");
        return Combinators.combine(groups, separator, separator, Arbitraries.of("", "+", "＋"), Arbitraries.of(
                ZEROS), Arbitraries.of(false, true)).as((g, s1, s2, plus, zero, brackets) -> {
                    StringBuilder sb = new StringBuilder(plus);
                    for (int i = 0; i < g.size(); i++) {
                        String group = g.get(i);
                        if (brackets && i == 1) {
                            group = "(" + group + ")";
                        }
                        sb.append(i == 0 ? "" : i % 2 == 0 ? s1 : s2).append(group);
                    }
                    StringBuilder digits = new StringBuilder();
                    sb.chars().forEach(c -> digits.appendCodePoint(c >= '0' && c <= '9' ? zero + c - '0' : c));
                    return digits.toString();
                });
    }

    @Property(tries = 3000)
    void noPhoneNumberSurvives(@ForAll("phones") String phone, @ForAll("beforePhone") String before) {
        // a range of two dates written in figures is not a phone number
        Assume.that(!DATE_RANGE.matcher(phone).matches());
        String text = "Call" + before + phone + " now.";
        assertThat(REDACTION.apply(text)).as(text).isEqualTo("Call" + before + PHONE + " now.");
    }

    @Property(tries = 1000)
    void datesAndAmountsStay(@ForAll("dates") String date, @ForAll("amounts") String amount) {
        String text = "On " + date + " it paid " + amount + ", ref CE-2020-001.";
        assertThat(REDACTION.apply(text)).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1990, 2039);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        Arbitrary<String> one = Combinators.combine(year, month, day, Arbitraries.of("-", ".", "/")).as((y, m, d,
                s) -> s.equals("-") ? String.format("%d-%02d-%02d", y, m, d) : String.format("%02d%s%02d%s%d", d, s,
                        m, s, y));
        return Combinators.combine(one, one, Arbitraries.of("", " 10:00", " – ", "-", " to ")).as((a, b,
                joint) -> joint.isEmpty() || joint.startsWith(" 1") ? a + joint : a + joint + b);
    }

    @Provide
    Arbitrary<String> amounts() {
        Arbitrary<String> figure = Arbitraries.longs().between(100_000_000L, 999_999_999_999L).map(n -> String.format(
                java.util.Locale.ROOT, "%,d", n));
        return Combinators.combine(figure, Arbitraries.of(",", " ", ".", "\u202f"), Arbitraries.of("€ ", "£", "$",
                "USD ", "", ""), Arbitraries.of("", " €", " EUR", ",00 €", ".50")).as(
                        (f, group, before,
                                after) -> {
                            String written = f.replace(",", group);
                            // a figure grouped with spaces or dots is money only with its currency beside it
                            return (before.isEmpty() && after.isEmpty() || after.equals(".50")) && !group.equals(",")
                                    ? "$" + written : before + written + after;
                        });
    }
}
