package dev.procura.platform.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The texts of an entry as the index stores them: the four weights cut so that together they hold
 * at most {@link #MAX_CHARS} characters (the earlier weights first: a long file text gives way,
 * never a number), and the body snippets are cut from (the four, one after the other).
 */
record SearchText(String names, String parties, String details, String content, String body) {

    /** A text vector of this many characters stays far below its 1 MB limit. */
    static final int MAX_CHARS = SearchEntry.MAX_CHARS;

    static SearchText of(SearchEntry entry) {
        int left = MAX_CHARS;
        String names = cut(entry.names(), left);
        left -= names.length();
        String parties = cut(entry.parties(), left);
        left -= parties.length();
        String details = cut(entry.details(), left);
        left -= details.length();
        String content = cut(entry.content(), left);
        return new SearchText(names, parties, details, content, join(List.of(names, parties, details, content)));
    }

    /** The texts that are not blank, stripped, each once, one per line; PostgreSQL text holds no NUL. */
    static String join(Collection<String> texts) {
        Set<String> kept = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                String clean = text.replace('\u0000', ' ').strip();
                if (!clean.isEmpty()) {
                    kept.add(clean);
                }
            }
        }
        return String.join("\n", kept);
    }

    /** The first {@code max} characters of {@code text}, never ending in half a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || max <= 0) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
