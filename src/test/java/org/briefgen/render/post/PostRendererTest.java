package org.briefgen.render.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Posts counted as the platform counts them. */
class PostRendererTest {

    private final PostRenderer renderer = new PostRenderer();

    @Test
    void plainTextCountsItsCharacters() {
        assertThat(PostRenderer.count("We wrote to @AmazonUK.")).isEqualTo(22);
        assertThat(PostRenderer.count("")).isZero();
    }

    @Test
    void everyLinkCounts23WhateverItsLength() {
        assertThat(PostRenderer.count("see https://example.org/a/very/long/path?with=query&and=more"))
                .isEqualTo(4 + 23);
        assertThat(PostRenderer.count("see http://x.io")).isEqualTo(4 + 23);
        assertThat(PostRenderer.count("at privacyinternational.org/learn")).isEqualTo(3 + 23);
        assertThat(PostRenderer.count("(https://example.org).")).isEqualTo(1 + 23 + 2);
        assertThat(PostRenderer.count("a https://a.org b https://b.org")).isEqualTo(2 + 23 + 3 + 23);
    }

    @Test
    void addressesNamesAndAbbreviationsAreNotLinks() {
        assertThat(PostRenderer.count("write to eu-privacy@amazon.co.uk")).isEqualTo(32);
        assertThat(PostRenderer.count("e.g. i.e. @Handle")).isEqualTo(17);
    }

    @Test
    void wideCharactersCountTwoAndAnEmojiWithItsModifierIsOne() {
        assertThat(PostRenderer.count("日本")).isEqualTo(4);
        assertThat(PostRenderer.count("ok \uD83D\uDC4D\uD83C\uDFFD")).isEqualTo(3 + 2);
        assertThat(PostRenderer.count("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(2);
        assertThat(PostRenderer.count("\uD83C\uDDEC\uD83C\uDDE7\uD83C\uDDE9\uD83C\uDDF0")).isEqualTo(4);
        // dashes and curly quotes count 1; the ellipsis is outside the platform's narrow ranges and counts 2
        assertThat(PostRenderer.count("Søndergaard – “quoted” …")).isEqualTo(25);
        // a letter and its combining accent are one character once normalised
        assertThat(renderer.render("Cafe\u0301").length()).isEqualTo(4);
    }

    @Test
    void theLimitIs280() {
        assertThat(renderer.render("a".repeat(280)).fits()).isTrue();
        assertThat(renderer.render("a".repeat(281)).fits()).isFalse();
        String withLink = "a".repeat(256) + " https://example.org/" + "x".repeat(100);
        assertThat(renderer.render(withLink).length()).isEqualTo(280);
        assertThat(renderer.render(withLink).fits()).isTrue();
    }

    @Test
    void theTextIsTidiedAndTheFileEndsWithALineBreak() {
        PostRenderer.Post post = renderer.render("\n  Hello @x  \r\nsecond line\n\n\n\nthird\n\n");
        assertThat(post.text()).isEqualTo("Hello @x\nsecond line\n\nthird");
        assertThat(new String(post.bytes(), StandardCharsets.UTF_8)).isEqualTo("Hello @x\nsecond line\n\nthird\n");
    }

    @Test
    void mastodonCountsWhatAReaderSeesUpTo500WithLinksAs23AndRemoteMentionsAsTheirName() {
        PostRenderer mastodon = new PostRenderer(PostRenderer.Rules.MASTODON);
        assertThat(mastodon.length("We wrote to @privacyint@mastodon.social: see https://example.org/a/very/long/path"))
                .isEqualTo("We wrote to @privacyint: see ".length() + 23);
        // CJK counts 1 a character here (2 on Twitter); an emoji with its skin tone is one
        assertThat(mastodon.length("\u682a\u5f0f")).isEqualTo(2);
        assertThat(renderer.render("\u682a\u5f0f").length()).isEqualTo(4);
        assertThat(mastodon.length("ok \ud83d\udc4d\ud83c\udffd")).isEqualTo(4);
        // an e-mail address is no mention, and a bare domain no link
        assertThat(mastodon.length("write to eu-privacy@amazon.co.uk")).isEqualTo(32);
        assertThat(mastodon.length("at privacyinternational.org/learn")).isEqualTo(33);
        assertThat(mastodon.render("a".repeat(500)).fits()).isTrue();
        assertThat(mastodon.render("a".repeat(501)).fits()).isFalse();
    }

    @Test
    void blueskyCountsWhatAReaderSeesUpTo300WithLinksAsWritten() {
        PostRenderer bluesky = new PostRenderer(PostRenderer.Rules.BLUESKY);
        assertThat(bluesky.length("see https://example.org/x")).isEqualTo(25);
        assertThat(bluesky.length("Cafe\u0301 \ud83c\uddec\ud83c\udde7")).isEqualTo(6);
        assertThat(bluesky.render("a".repeat(300)).fits()).isTrue();
        assertThat(bluesky.render("a".repeat(301)).fits()).isFalse();
        assertThat(PostRenderer.Rules.BLUESKY.describe()).isEqualTo("links count as written; at most 300 allowed");
    }
}
