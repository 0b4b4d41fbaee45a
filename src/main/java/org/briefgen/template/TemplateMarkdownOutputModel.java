package org.briefgen.template;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of Markdown produced inside a template (Freemarker's "markup output" value). */
public final class TemplateMarkdownOutputModel extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {

    TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
