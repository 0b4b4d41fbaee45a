package org.briefgen.archive.rules;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.TextLetter;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Signatory;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.merge.Letter;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The trap issue 14 names: a field added to a record of the letter's context must not make every
 * letter issued before it look changed. Letters are issued with the records as they are; then a
 * later briefgen is simulated, whose record has one more component (compiled here, loaded in a
 * class loader of its own with the rest of briefgen), and it compares the same data with what the
 * archive holds. The digest of the whole context ({@link JacksonLetterDigest}) calls every letter
 * changed; version 1 of {@link LetterDigest} calls them all the same.
 */
class AddedContextFieldTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-07T09:30:00Z"), ZoneOffset.UTC);

    /**
     * The records that get one more component, one at a time: two the campaign's data is read into,
     * the letter's own, and the context that holds them all.
     */
    static final List<Class<? extends Record>> RECORDS = List.of(Recipient.class, Letter.class,
            Signatory.class, LetterContext.class);

    @TempDir
    static Path later;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("RECORDS")
    void lettersIssuedBeforeAFieldWasAddedStillCountAsUnchanged(Class<? extends Record> record) throws Exception {
        Path out = dir.resolve("out");
        issueTheBundledCampaign(out);

        ClassLoader briefgen = new LaterBriefgen(later.resolve("classes"), record.getName());
        Class<?> probe = briefgen.loadClass(Probe.class.getName());
        assertThat(probe.getClassLoader()).isSameAs(briefgen);
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) probe.getMethod("compare", Path.class, Path.class).invoke(null,
                TestCampaigns.DATA, out);

        assertThat(seen).containsExactly("CE-2020-001: SAME by version 1, changed by the whole context",
                "CE-2020-002: SAME by version 1, changed by the whole context",
                "CE-2020-003: SAME by version 1, changed by the whole context",
                "CE-2020-004: SAME by version 1, changed by the whole context",
                "CE-2020-005: SAME by version 1, changed by the whole context");
    }

    /** Run inside the later briefgen: how each letter in the archive at {@code out} compares with the data now. */
    public static final class Probe {
        public static List<String> compare(Path data, Path out) {
            CampaignData campaign = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data);
            Merger merger = new Merger(campaign);
            List<String> seen = new ArrayList<>();
            try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, out), CLOCK)) {
                for (IssuedLetter l : archive.letters()) {
                    Recipient r = campaign.recipients().stream().filter(x -> x.id().equals(l.recipientId()))
                            .findFirst().orElseThrow();
                    LetterContext now = merger.merge(r, l.sequence());
                    if (!JacksonLetterDigest.json(now).contains("\"addedLater\":null")) {
                        throw new AssertionError("the added field is not in the context: " + JacksonLetterDigest
                                .json(now));
                    }
                    seen.add(l.reference() + ": " + LetterDigest.compare(l, now) + " by version " + l.digestVersion()
                            + ", " + (JacksonLetterDigest.sha256(now).equals(l.dataSha256()) ? "same" : "changed")
                            + " by the whole context");
                }
            }
            return seen;
        }
    }

    private static void issueTheBundledCampaign(Path out) {
        CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);
        Merger merger = new Merger(data);
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), CLOCK)) {
            for (Recipient r : data.recipients()) {
                archive.issue(new TextLetter(data.campaign().id(), merger, r, null, out));
            }
        }
    }

    /**
     * Each record of {@link #RECORDS} with one more component, {@code String addedLater}, as a later
     * briefgen might have it; its old canonical constructor stays, giving the new field null, so the
     * code that builds it runs unchanged. Compiled once, into {@link #later}.
     */
    @BeforeAll
    static void compileWithAddedField() throws URISyntaxException, IOException {
        List<String> sources = new ArrayList<>();
        for (Class<? extends Record> record : RECORDS) {
            RecordComponent[] components = record.getRecordComponents();
            String declared = Arrays.stream(components).map(c -> c.getGenericType().getTypeName() + " " + c.getName())
                    .collect(joining(", "));
            String names = Arrays.stream(components).map(RecordComponent::getName).collect(joining(", "));
            String name = record.getSimpleName();
            Path src = later.resolve("src/" + record.getPackageName().replace('.', '/') + "/" + name + ".java");
            Files.createDirectories(src.getParent());
            Files.writeString(src, "package " + record.getPackageName() + ";\n"
                    + "public record " + name + "(" + declared + ", String addedLater) {\n"
                    + "    public " + name + "(" + declared + ") {\n"
                    + "        this(" + names + ", null);\n"
                    + "    }\n"
                    + "}\n");
            sources.add(src.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("the JDK's compiler").isNotNull();
        String briefgen = Path.of(Recipient.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-cp", briefgen, "-d",
                later.resolve("classes").toString()));
        arguments.addAll(sources);
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac's status").isZero();
    }

    /** briefgen's classes (and these tests'), each loaded anew, with {@code changed}'s from {@code classes}. */
    private static final class LaterBriefgen extends ClassLoader {
        private final Path classes;
        private final String changed;

        LaterBriefgen(Path classes, String changed) {
            super(AddedContextFieldTest.class.getClassLoader());
            this.classes = classes;
            this.changed = changed;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.briefgen.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = read(name);
                    if (bytes == null) {
                        throw new ClassNotFoundException(name);
                    }
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private byte[] read(String name) {
            String file = name.replace('.', '/') + ".class";
            try {
                if (name.equals(changed)) {
                    return Files.readAllBytes(classes.resolve(file));
                }
                try (InputStream in = getParent().getResourceAsStream(file)) {
                    return in == null ? null : in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
