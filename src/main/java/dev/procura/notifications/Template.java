package dev.procura.notifications;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders of a message template, and does nothing else: no
 * expressions, no loops, no lookups, so a template or a value can never run code. A placeholder
 * without a value becomes empty; values are inserted once and never scanned for placeholders.
 */
final class Template {

    enum Escaping {
        NONE,
        HTML
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    private Template() {}

    static String render(String source, Map<String, String> values, Escaping escaping) {
        Matcher placeholder = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 64);
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), "");
            if (value == null) {
                value = "";
            }
            placeholder.appendReplacement(
                    out, Matcher.quoteReplacement(escaping == Escaping.HTML ? html(value) : value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
