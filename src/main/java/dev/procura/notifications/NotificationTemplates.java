package dev.procura.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message templates in {@code notifications/templates/}: {@code <name>.txt} holds the subject
 * on its first line and the plain-text body below; an optional {@code <name>.html} holds an HTML
 * body, whose values are HTML-escaped. The in-app title and body are the subject and the text.
 * A translation sits beside as {@code <name>.<language>.txt} (and {@code .html}); English is the
 * default and the fallback for a template not translated yet.
 */
@ApplicationScoped
public class NotificationTemplates {

    static final String ROOT = "notifications/templates/";
    private static final int MAX_SUBJECT = 300;

    /** The languages templates are written in, the default first. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private final Map<String, Optional<String>> sources = new ConcurrentHashMap<>();

    public RenderedMessage render(String name, Map<String, String> values) {
        return render(name, LANGUAGES.get(0), values);
    }

    /** The template in {@code language}, or in English when it has no translation there. */
    public RenderedMessage render(String name, String language, Map<String, String> values) {
        String file = language == null
                        || language.equals(LANGUAGES.get(0))
                        || source(name + "." + language + ".txt").isEmpty()
                ? name
                : name + "." + language;
        String text = source(file + ".txt").orElseThrow(() -> new IllegalArgumentException("No template " + name));
        int newline = text.indexOf('\n');
        String subjectTemplate = newline < 0 ? text : text.substring(0, newline);
        String bodyTemplate = newline < 0 ? "" : text.substring(newline + 1);
        // A value with a line break must not end the subject (nor add a mail header).
        String subject = Template.render(subjectTemplate, values, Template.Escaping.NONE)
                .replaceAll("[\\r\\n\\t]+", " ")
                .strip();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        String body =
                Template.render(bodyTemplate, values, Template.Escaping.NONE).strip();
        String html = source(file + ".html")
                .map(h -> Template.render(h, values, Template.Escaping.HTML))
                .orElse(null);
        return new RenderedMessage(subject, body, html);
    }

    private Optional<String> source(String file) {
        return sources.computeIfAbsent(file, NotificationTemplates::load);
    }

    private static Optional<String> load(String file) {
        try (InputStream in = NotificationTemplates.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
