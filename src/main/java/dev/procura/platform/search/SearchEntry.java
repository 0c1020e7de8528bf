package dev.procura.platform.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the search index holds of one record: its code (a number, a supplier code or a file name,
 * matched whole and in part), its title, and its text in four weights: {@code names} (A: code,
 * number, title, file name), {@code parties} (B: supplier names, tags, the supplier's own
 * reference), {@code details} (C: notes, line descriptions and item codes) and {@code content} (D:
 * the text of a document's file). {@code updatedAt} is when the record last changed.
 */
public record SearchEntry(
        String type,
        UUID id,
        String code,
        String title,
        String names,
        String parties,
        String details,
        String content,
        Instant updatedAt) {

    /** At most this many characters of a record are searchable: a source need not read more of a long text. */
    public static final int MAX_CHARS = 100_000;

    public static Builder of(String type, UUID id, String code, String title, Instant updatedAt) {
        return new Builder(type, id, code, title, updatedAt);
    }

    /** Collects an entry's texts by weight; blank and repeated texts are left out. */
    public static final class Builder {
        private final String type;
        private final UUID id;
        private final String code;
        private final String title;
        private final Instant updatedAt;
        private final List<String> names = new ArrayList<>();
        private final List<String> parties = new ArrayList<>();
        private final List<String> details = new ArrayList<>();
        private final List<String> content = new ArrayList<>();

        private Builder(String type, UUID id, String code, String title, Instant updatedAt) {
            this.type = type;
            this.id = id;
            this.code = code;
            this.title = title;
            this.updatedAt = updatedAt;
        }

        public Builder names(String... texts) {
            return names(Arrays.asList(texts));
        }

        public Builder names(Collection<String> texts) {
            names.addAll(texts);
            return this;
        }

        public Builder parties(String... texts) {
            return parties(Arrays.asList(texts));
        }

        public Builder parties(Collection<String> texts) {
            parties.addAll(texts);
            return this;
        }

        public Builder details(String... texts) {
            return details(Arrays.asList(texts));
        }

        public Builder details(Collection<String> texts) {
            details.addAll(texts);
            return this;
        }

        public Builder content(String... texts) {
            return content(Arrays.asList(texts));
        }

        public Builder content(Collection<String> texts) {
            content.addAll(texts);
            return this;
        }

        public SearchEntry build() {
            return new SearchEntry(
                    type,
                    id,
                    code == null ? "" : code,
                    title,
                    SearchText.join(names),
                    SearchText.join(parties),
                    SearchText.join(details),
                    SearchText.join(content),
                    updatedAt);
        }
    }
}
