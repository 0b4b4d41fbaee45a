package org.briefgen.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * {@code <@footnote>text</@footnote>}: places a note marker where it stands and collects the note,
 * whose definition is appended to the Markdown after the template has run. The same text twice is
 * one note.
 */
final class Footnotes implements TemplateDirectiveModel {

    static final Footnotes DIRECTIVE = new Footnotes();
    private static final Object STATE_KEY = new Object();

    private Footnotes() {
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        if (!params.isEmpty() || body == null) {
            throw new TemplateModelException("footnote takes no parameters, and its text between"
                    + " <@footnote> and </@footnote>");
        }
        StringWriter text = new StringWriter();
        body.render(text);
        String note = text.toString().strip();
        if (note.isEmpty()) {
            throw new TemplateModelException("footnote is empty");
        }
        Map<String, String> notes = notes(env);
        String label = notes.computeIfAbsent(note, n -> "n" + (notes.size() + 1));
        env.getOut().write("[^" + label + "]");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> notes(Environment env) {
        Object state = env.getCustomState(STATE_KEY);
        if (state == null) {
            state = new LinkedHashMap<String, String>();
            env.setCustomState(STATE_KEY, state);
        }
        return (Map<String, String>) state;
    }

    /** Appends the definitions of the notes collected while {@code env} ran. */
    static void appendDefinitions(Environment env, Writer out) throws IOException {
        Map<String, String> notes = notes(env);
        if (notes.isEmpty()) {
            return;
        }
        out.write("\n\n");
        for (var entry : notes.entrySet()) {
            // continuation lines of a note are indented, so a paragraph break stays inside it
            String body = entry.getKey().replace("\n", "\n    ");
            out.write("[^" + entry.getValue() + "]: " + body + "\n\n");
        }
    }
}
