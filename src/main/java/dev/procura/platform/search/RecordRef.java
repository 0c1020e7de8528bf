package dev.procura.platform.search;

import dev.procura.platform.events.EventsSealed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A record by its type and id, as an event names it: {@code purchase_order.submitted} keyed by the order's id. */
public record RecordRef(String type, UUID id) {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The records these events are about, each once, in the order first named; keys that are no id are skipped. */
    static List<RecordRef> changedBy(List<EventsSealed.Sealed> events) {
        Set<RecordRef> records = new LinkedHashSet<>();
        for (EventsSealed.Sealed event : events) {
            id(event.key()).ifPresent(id -> records.add(new RecordRef(event.recordType(), id)));
        }
        return List.copyOf(records);
    }

    static Optional<UUID> id(String key) {
        return key != null && UUID_TEXT.matcher(key).matches() ? Optional.of(UUID.fromString(key)) : Optional.empty();
    }
}
