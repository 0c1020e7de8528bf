package dev.procura.notifications;

/** A notification in words: a subject line, a plain-text body and, for some types, an HTML body. */
public record RenderedMessage(String subject, String text, String html) {

    public boolean hasHtml() {
        return html != null;
    }
}
