package dev.procura.platform.search;

import dev.procura.platform.events.EventsSealed;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps a tenant's search index in step with its records. Once the tenant's events are sealed
 * into its audit trail (milliseconds after the change committed), each record they name is read
 * again through its source and its entry written, or removed when the record is gone. When its
 * text changed, so are the records whose entries show it: the orders naming a renamed supplier
 * (not those of a supplier just rated), the documents of a file whose text was just extracted.
 * Each record is read once per batch of events.
 */
@ApplicationScoped
public class SearchIndexer {

    @Inject
    SearchSources sources;

    @Inject
    SearchIndex index;

    void onSealed(@Observes EventsSealed sealed) {
        follow(sealed.tx(), RecordRef.changedBy(sealed.events()));
    }

    void follow(TenantTx tx, List<RecordRef> changed) {
        Map<RecordRef, Boolean> refreshed = new HashMap<>();
        for (RecordRef record : changed) {
            Optional<SearchSource> own = sources.of(record.type());
            boolean textChanged = true;
            if (own.isPresent()) {
                textChanged = refresh(tx, own.get(), record.id(), refreshed);
            } else if (SearchSource.ANY_RECORD.equals(record.type())) {
                refreshWhereFound(tx, record.id(), refreshed);
            }
            if (textChanged) {
                for (SearchSource source : sources.all()) {
                    for (UUID dependent : source.dependents(tx, record.type(), record.id())) {
                        refresh(tx, source, dependent, refreshed);
                    }
                }
            }
        }
    }

    /** Reads the record again and writes its entry, or removes it; whether its searchable text changed. */
    private boolean refresh(TenantTx tx, SearchSource source, UUID id, Map<RecordRef, Boolean> refreshed) {
        RecordRef record = new RecordRef(source.type(), id);
        Boolean known = refreshed.get(record);
        if (known != null) {
            return known;
        }
        Optional<SearchEntry> entry = source.entry(tx, id);
        boolean textChanged;
        if (entry.isPresent()) {
            textChanged = index.refresh(tx, entry.get());
        } else {
            index.delete(tx, source.type(), id);
            textChanged = true;
        }
        refreshed.put(record, textChanged);
        return textChanged;
    }

    /** A change no event names may be any record's: the source that has the record refreshes its entry. */
    private void refreshWhereFound(TenantTx tx, UUID id, Map<RecordRef, Boolean> refreshed) {
        for (SearchSource source : sources.all()) {
            RecordRef record = new RecordRef(source.type(), id);
            if (!refreshed.containsKey(record)) {
                source.entry(tx, id).ifPresent(entry -> refreshed.put(record, index.refresh(tx, entry)));
            }
        }
    }
}
