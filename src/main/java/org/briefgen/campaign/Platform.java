package org.briefgen.campaign;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The social platforms whose handles a campaign may hold, each with the form its handles take.
 * The campaign's {@code platform} names one; how each counts a post is the post writer's business.
 */
public enum Platform {
    /** Twitter, or X: {@code @PrivacyInt}. */
    TWITTER("Twitter", Pattern.compile("@[A-Za-z0-9_]{1,15}"),
            "letters, digits and '_', at most 15, as in '@PrivacyInt'"),
    /** Mastodon, and the fediverse: {@code @privacyint@mastodon.social}. */
    MASTODON("Mastodon", Pattern.compile("@[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"),
            "the account and its server, as in '@privacyint@mastodon.social'"),
    /** Bluesky: {@code @privacyint.bsky.social}, a domain name. */
    BLUESKY("Bluesky", Pattern.compile("@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
            + "[A-Za-z0-9])?)+"), "a domain name, as in '@privacyint.bsky.social'");

    /** The names a campaign may give, as the user would write them. */
    public static final String NAMES = "Twitter (or X), Mastodon, Bluesky";

    private final String displayName;
    private final Pattern handle;
    private final String handleForm;

    Platform(String displayName, Pattern handle, String handleForm) {
        this.displayName = displayName;
        this.handle = handle;
        this.handleForm = handleForm;
    }

    /** The platform a campaign's {@code platform} names, ignoring case. */
    public static Optional<Platform> named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "twitter", "x" -> Optional.of(TWITTER);
            case "mastodon" -> Optional.of(MASTODON);
            case "bluesky", "bsky" -> Optional.of(BLUESKY);
            default -> Optional.empty();
        };
    }

    /** Whether {@code text} is a handle of this platform (with its '@'). */
    public boolean isHandle(String text) {
        return handle.matcher(text).matches();
    }

    /** The platform's name as users write it: "Mastodon". */
    public String displayName() {
        return displayName;
    }

    /** How this platform's handles are written, for messages. */
    public String handleForm() {
        return handleForm;
    }
}
