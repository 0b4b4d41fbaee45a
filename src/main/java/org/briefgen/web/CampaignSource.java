package org.briefgen.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.Campaigns;
import org.briefgen.batch.Failure;
import org.briefgen.failure.UserError;

/**
 * The campaign on disk, loaded again whenever a file of its data or templates has changed (by
 * their paths, sizes and modification times), so that pages follow edits without a restart.
 */
final class CampaignSource {

    /**
     * The campaign as loaded for one state of the files ({@code version}): its run, or the errors
     * that stopped it loading, each naming its place.
     */
    static final class Loaded {
        private final CampaignRun run;
        private final List<String> errors;
        private final String version;
        private CompletableFuture<List<String>> problems;
        private final AtomicInteger checked = new AtomicInteger();

        Loaded(CampaignRun run, List<String> errors, String version) {
            this.run = run;
            this.errors = List.copyOf(errors);
            this.version = version;
        }

        CampaignRun run() {
            return run;
        }

        boolean ok() {
            return run != null;
        }

        List<String> errors() {
            return errors;
        }

        /** A page's model, to fill: so far the errors that stopped the campaign loading (none when it loads). */
        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>();
            model.put("errors", errors);
            return model;
        }

        String version() {
            return version;
        }

        /**
         * The letters' problems, as {@code validate} finds them (every letter made in memory, on every core),
         * found once: waits for the check (started here if no page or warm-up started it yet).
         */
        List<String> problems() {
            try {
                return checking().join();
            } catch (CompletionException e) {
                throw rethrown(e.getCause());
            }
        }

        /**
         * The letters' problems if the check has found them within {@code millis} ({@code Long.MAX_VALUE}: however
         * long it takes), started here if it was not: a page that must not keep an officer waiting while 20,000
         * letters are made shows how far it has got.
         */
        Optional<List<String>> problems(long millis) {
            if (millis == Long.MAX_VALUE) {
                return Optional.of(problems());
            }
            try {
                return Optional.of(checking().get(millis, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                return Optional.empty();
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        /** Starts the check of every letter, if nothing has started it yet, and does not wait for it. */
        void check() {
            checking();
        }

        /** How many letters the check has got through so far, of {@link #recipients()}. */
        int checked() {
            return checked.get();
        }

        int recipients() {
            return run == null ? 0 : run.data().recipients().size();
        }

        /**
         * The check of every letter, on a daemon thread of its own: started once, and again after one that failed
         * (its failure shown to the page that waited for it).
         */
        private synchronized CompletableFuture<List<String>> checking() {
            if (problems == null || problems.isCompletedExceptionally()) {
                CompletableFuture<List<String>> found = new CompletableFuture<>();
                problems = found;
                checked.set(0);
                Thread thread = new Thread(() -> {
                    try {
                        found.complete(find());
                    } catch (Throwable e) {
                        found.completeExceptionally(e);
                    }
                }, "briefgen-campaign-check");
                thread.setDaemon(true);
                thread.start();
            }
            return problems;
        }

        private List<String> find() {
            try {
                return run.check(Runtime.getRuntime().availableProcessors(), checked::set).stream().map(
                        Failure::message).toList();
            } catch (UserError e) {
                return e.messages();
            }
        }

        private static RuntimeException rethrown(Throwable cause) {
            if (cause instanceof RuntimeException e) {
                return e;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            return new IllegalStateException(cause);
        }
    }

    /** Where the campaign's files are, and the one way the workbench opens it. */
    private record Place(Campaigns campaigns, Path data, Path templates) {
    }

    private final Place place;
    private Loaded loaded;

    /** The campaign in {@code data} and {@code templates}, opened through {@code campaigns} (the workbench's one way in). */
    CampaignSource(Campaigns campaigns, Path data, Path templates) {
        this.place = new Place(campaigns, data, templates);
    }

    Path data() {
        return place.data();
    }

    Path templates() {
        return place.templates();
    }

    /** The campaign as its files are now. */
    synchronized Loaded current() {
        String version = version();
        if (loaded == null || !loaded.version().equals(version)) {
            loaded = load(version);
        }
        return loaded;
    }

    /** The campaign as a run, loaded afresh from its files (what an issuing job works on). */
    CampaignRun open() {
        return place.campaigns().open(place.data(), place.templates());
    }

    private Loaded load(String version) {
        try {
            return new Loaded(open(), List.of(), version);
        } catch (UserError e) {
            return new Loaded(null, e.messages(), version);
        }
    }

    /** A digest of every file's path, size and modification time under the data and templates folders. */
    private String version() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path root : List.of(place.data(), place.templates())) {
            if (!Files.isDirectory(root)) {
                digest.update(("missing " + root + "\n").getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted().toList()) {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    digest.update((file + "|" + a.size() + "|" + a.lastModifiedTime().toMillis() + "|" + a
                            .lastModifiedTime() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + root + ": " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
