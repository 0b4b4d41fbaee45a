package org.briefgen.batch.format;

import java.nio.file.Files;
import java.util.List;

import org.briefgen.batch.FormatContext;
import org.briefgen.batch.FormatInput;
import org.briefgen.batch.PreparedLetter;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;
import org.briefgen.render.post.PostRenderer;
import org.briefgen.template.TemplateEngine;

/**
 * {@code .post.txt}: the public post announcing the letter, from {@code post.txt.ftl}, counted as
 * the campaign's platform counts; recipients without a handle get none.
 */
public final class PostFormat extends BuiltInFormat {

    static final String POST_TEMPLATE = "post.txt.ftl";

    public PostFormat() {
        super("post", false);
    }

    @Override
    public String suffix() {
        return ".post.txt";
    }

    @Override
    public List<String> templates() {
        return List.of(POST_TEMPLATE);
    }

    /** Only a recipient with a handle is announced in a post. */
    @Override
    public boolean writesFor(Recipient recipient) {
        return recipient.handle() != null;
    }

    @Override
    public Writer writer(FormatContext run) {
        PostRenderer post = new PostRenderer(switch (run.data().campaign().platformKind()) {
            case TWITTER -> PostRenderer.Rules.TWITTER;
            case MASTODON -> PostRenderer.Rules.MASTODON;
            case BLUESKY -> PostRenderer.Rules.BLUESKY;
        });
        // named, the template must exist; by default, a campaign without one gets no posts
        boolean hasTemplate = run.named() || Files.isRegularFile(run.templates().resolve(POST_TEMPLATE));
        return new PostWriter(run, post, hasTemplate);
    }

    private record PostWriter(FormatContext run, PostRenderer post, boolean hasTemplate) implements Writer {

        @Override
        public void checkCampaign() {
            if (run.named()) {
                run.engine().check(POST_TEMPLATE);
            }
        }

        @Override
        public void checkLetter(PreparedLetter letter) {
            if (letter.context().recipient().handle() != null && hasTemplate) {
                post(letter.context());
            }
        }

        @Override
        public Result write(FormatInput letter) {
            if (letter.context().recipient().handle() == null) {
                return Result.none("no handle");
            }
            if (!hasTemplate) {
                return Result.none("no " + run.templates().resolve(POST_TEMPLATE));
            }
            return Result.file(post(letter.context()).bytes());
        }

        /** The post of this letter; one the platform would refuse is a template problem naming the recipient. */
        private PostRenderer.Post post(LetterContext context) {
            TemplateEngine engine = run.engine();
            PostRenderer.Post made = post.render(engine.render(POST_TEMPLATE, context));
            if (!made.fits()) {
                throw engine.problem(POST_TEMPLATE, "the post is " + made.length() + " characters as "
                        + context.campaign().platform() + " counts them (" + post.rules().describe() + ")",
                        context);
            }
            return made;
        }
    }
}
