package dev.procura.notifications;

import dev.procura.platform.branding.BrandingFacts.Letterhead;

/** A notification in words: a subject line, a plain-text body and, for some types, an HTML body. */
public record RenderedMessage(String subject, String text, String html) {

    public boolean hasHtml() {
        return html != null;
    }

    /**
     * The message between the tenant's email header and footer (plain text; escaped in the HTML
     * body); unchanged when the tenant has set neither.
     */
    public RenderedMessage withLetterhead(Letterhead letterhead) {
        String header = letterhead.emailHeader();
        String footer = letterhead.emailFooter();
        if (header == null && footer == null) {
            return this;
        }
        String brandedText =
                (header == null ? "" : header + "\n\n") + text + (footer == null ? "" : "\n\n-- \n" + footer);
        String brandedHtml = html == null
                ? null
                : (header == null ? "" : "<p>" + escape(header) + "</p>\n")
                        + html
                        + (footer == null ? "" : "\n<hr>\n<p>" + escape(footer) + "</p>");
        return new RenderedMessage(subject, brandedText, brandedHtml);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;")
                .replace("\n", "<br>\n");
    }
}
