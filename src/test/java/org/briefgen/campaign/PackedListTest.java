package org.briefgen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The campaign's recipients, packed ({@link PackedList}, {@link RecipientPacking}): every recipient read
 * back is equal to the one loaded, whatever its text (any script, empty, missing, a lone surrogate),
 * lists and extra columns.
 */
class PackedListTest {

    private static Recipient amazon() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("sector", "Retail");
        extra.put("note", null);
        extra.put("", "");
        return new Recipient("amazon", "Amazon UK Services Ltd.", "Amazon", List.of("Alexa", "Ring"), "Jane Doe",
                "Dear Ms Doe", List.of("eu-privacy@amazon.co.uk", "dpo@amazon.com"), "@amazon", List.of(
                        "1 Principal Place", "London EC2A 2FA"),
                "en-GB", extra, "data/recipients.csv", 3, List.of(
                        "amazon.com"));
    }

    private static Recipient bare(String id, int line) {
        return new Recipient(id, "شركة الواحة", null, List.of(), null, null, List.of(), null, List.of(), null, Map
                .of(), "data/recipients.xlsx", line);
    }

    @Test
    void everyRecipientReadBackIsEqualToTheOneGivenInItsOrder() {
        List<Recipient> given = List.of(amazon(), bare("waha", 4), bare("r3", 200_000), amazon());
        PackedList<Recipient> packed = pack(given);
        assertThat(packed).hasSize(4).containsExactlyElementsOf(given);
        assertThat(packed).isEqualTo(given);
        assertThat(packed.hashCode()).isEqualTo(given.hashCode());
        assertThat(packed.get(0).extra()).containsOnlyKeys("sector", "note", "").containsEntry("note", null);
        assertThat(List.copyOf(packed.get(0).extra().keySet())).containsExactly("sector", "note", "");
        assertThat(packed.get(1).shortName()).isNull();
        assertThat(packed.get(2).line()).isEqualTo(200_000);
        assertThat(new HashSet<>(packed)).isEqualTo(new HashSet<>(given)).hasSize(3);
    }

    private static PackedList<Recipient> pack(List<Recipient> recipients) {
        return PackedList.of(recipients, RecipientPacking.CODEC);
    }

    @Test
    void aGrowingListTakesValuesAsTheyComeAndItsSelectionsStayAsTheyWere() {
        PackedList<Recipient> growing = PackedList.growing(RecipientPacking.CODEC);
        for (int i = 0; i < 100; i++) {
            growing.add(i % 3 == 0 ? amazon() : bare("r" + i, i));
        }
        PackedList<Recipient> amazons = growing.where(r -> r.id().equals("amazon"));
        growing.add(amazon());
        assertThat(growing).hasSize(101).element(100).isEqualTo(amazon());
        assertThat(growing.get(4)).isEqualTo(bare("r4", 4));
        assertThat(amazons).hasSize(34).allMatch(amazon()::equals);
        assertThatThrownBy(() -> amazons.add(amazon())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> growing.add(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void itCannotBeChangedAndAnIndexOutsideItIsRefused() {
        PackedList<Recipient> packed = pack(List.of(amazon()));
        assertThatThrownBy(() -> packed.add(amazon())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.set(0, amazon())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> packed.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(pack(List.of())).isEmpty();
        assertThat(pack(packed)).isSameAs(packed);
    }

    @Test
    void aSelectionKeepsTheOrderAndSharesTheBytes() {
        List<Recipient> given = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            given.add(bare("r" + i, i + 2));
        }
        PackedList<Recipient> packed = pack(given);
        PackedList<Recipient> odd = packed.where(r -> r.line() % 2 == 1);
        assertThat(odd).hasSize(500).containsExactlyElementsOf(given.stream().filter(r -> r.line() % 2 == 1)
                .toList());
        assertThat(odd.subList(10, 12)).containsExactly(given.get(21), given.get(23));
        assertThat(packed.where(r -> true)).isSameAs(packed);
        assertThat(packed.where(r -> false)).isEmpty();
    }

    @Test
    void aRecipientIsFoundByItsIdTheFirstOfTwoWithOne() {
        List<Recipient> given = new ArrayList<>();
        for (int i = 999; i >= 0; i--) {
            given.add(bare("r" + i, i));
        }
        given.add(bare("r500", 5000));
        given.add(amazon());
        PackedList<Recipient> packed = pack(given);
        assertThat(packed.find("r0")).contains(bare("r0", 0));
        assertThat(packed.find("r999")).contains(bare("r999", 999));
        assertThat(packed.find("r500")).contains(bare("r500", 500));
        assertThat(packed.find("amazon")).contains(amazon());
        assertThat(packed.find("r1000")).isEmpty();
        assertThat(packed.find("")).isEmpty();
        assertThat(packed.find("zzz")).isEmpty();
        assertThat(pack(List.of()).find("r0")).isEmpty();
        assertThatThrownBy(() -> PackedList.growing(RecipientPacking.CODEC).find("r0"))
                .isInstanceOf(UnsupportedOperationException.class);
        CampaignData data = new CampaignData(java.nio.file.Path.of("data"), null, null, given, List.of(), List.of());
        assertThat(data.recipient("amazon")).contains(amazon());
        assertThat(data.recipient("nobody")).isEmpty();
    }

    @Test
    void warningsComeBackAsTheyWereGivenWhereverTheyPoint() {
        List<Problem> given = List.of(
                Problem.at("data/recipients.csv", 4, 12, "no contact name: \"Dear Sir or Madam\""),
                Problem.inSheet("data/recipients.xlsx", "Recipients", 7, 5, "no e-mail address").withHint("add one"),
                Problem.at("data/campaign.yaml", 0, 0, "letter_date is 2,524 days ago"), new Problem("x", null,
                        Integer.MIN_VALUE, -1, "", ""),
                new Problem("x", "", Integer.MAX_VALUE, 0, "ok", null));
        PackedList<Problem> packed = PackedList.of(given, Problem.PACKING);
        assertThat(packed).containsExactlyElementsOf(given);
        assertThat(packed.get(1)).hasToString("data/recipients.xlsx: Recipients!E7: no e-mail address (add one)");
    }

    @Property(tries = 300)
    void anyRecipientsComeBackEqual(@ForAll("recipients") List<Recipient> given) {
        assertThat(pack(given)).containsExactlyElementsOf(given);
        PackedList<Recipient> growing = PackedList.growing(RecipientPacking.CODEC);
        given.forEach(growing::add);
        assertThat(growing).containsExactlyElementsOf(given);
        assertThat(growing.where(r -> true)).containsExactlyElementsOf(given);
    }

    @Provide
    Arbitrary<List<Recipient>> recipients() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> maybe = text.injectNull(0.2);
        Arbitrary<List<String>> texts = text.list().ofMaxSize(4);
        Arbitrary<Map<String, String>> extra = Arbitraries.maps(text, maybe).ofMaxSize(3);
        Arbitrary<Integer> line = Arbitraries.integers();
        List<Arbitrary<Object>> values = java.util.stream.Stream.of(text, text, maybe, texts, maybe, maybe, texts,
                maybe, texts, maybe, extra, maybe, line, texts).map(a -> a.map(v -> (Object) v)).toList();
        Arbitrary<Recipient> one = Combinators.combine(values).as(PackedListTest::recipient);
        return one.list().ofMaxSize(20);
    }

    @SuppressWarnings("unchecked")
    private static Recipient recipient(List<Object> v) {
        return new Recipient((String) v.get(0), (String) v.get(1), (String) v.get(2), (List<String>) v.get(3),
                (String) v.get(4), (String) v.get(5), (List<String>) v.get(6), (String) v.get(7), (List<String>) v
                        .get(8),
                (String) v.get(9), (Map<String, String>) v.get(10), (String) v.get(11), (Integer) v
                        .get(12),
                (List<String>) v.get(13));
    }
}
