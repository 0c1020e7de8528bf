package dev.procura.platform.search;

import dev.procura.platform.search.SearchViews.HitView;
import dev.procura.platform.search.SearchViews.ReindexView;
import dev.procura.platform.search.SearchViews.SearchPage;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Searches the records of the tenant the caller may read: only the types whose read permission
 * the caller's role holds are searched and counted. Rebuilds the index from every source.
 */
@ApplicationScoped
public class SearchService {

    /** Records per transaction of a rebuild. */
    static final int CHUNK = 500;

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    SearchSources sources;

    @Inject
    SearchIndex index;

    @Inject
    Clock clock;

    /** A page of hits; {@code from} and {@code to} are business days; every parameter at fault is a 400 problem. */
    public SearchPage search(String q, String type, String from, String to, int page, int perPage) {
        SearchQuery query = SearchQuery.of(q, type, from, to, sources.types());
        List<String> readable = sources.readableWith(tenant.permissions());
        if (readable.isEmpty()) {
            return new SearchPage(List.of(), page, perPage, 0, Map.of());
        }
        List<String> searched =
                query.type() == null ? readable : readable.contains(query.type()) ? List.of(query.type()) : List.of();
        return tenantData.call(tx -> {
            ZoneId zone = tx.calendar().zone();
            Map<String, Long> counts = index.counts(tx, query, readable, zone);
            Map<String, Long> facets = new LinkedHashMap<>();
            readable.forEach(t -> facets.put(t, counts.getOrDefault(t, 0L)));
            long total = searched.stream().mapToLong(t -> facets.get(t)).sum();
            long offset = (long) (page - 1) * perPage;
            List<HitView> hits = offset >= total ? List.of() : index.page(tx, query, searched, zone, offset, perPage);
            return new SearchPage(hits, page, perPage, total, facets);
        });
    }

    /**
     * Indexes every record of every source again, {@link #CHUNK} per transaction, then removes the
     * entries of records that no longer exist; searches go on meanwhile.
     */
    public ReindexView reindex() {
        Instant started = clock.instant();
        Map<String, Long> indexed = new LinkedHashMap<>();
        for (SearchSource source : sources.all()) {
            indexed.put(source.type(), rebuild(source, started));
        }
        return new ReindexView(indexed);
    }

    private long rebuild(SearchSource source, Instant started) {
        long count = 0;
        UUID after = null;
        List<UUID> chunk;
        do {
            UUID from = after;
            chunk = tenantData.call(tx -> {
                List<SearchEntry> entries = source.after(tx, from, CHUNK);
                entries.forEach(entry -> index.upsert(tx, entry));
                return entries.stream().map(SearchEntry::id).toList();
            });
            count += chunk.size();
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1);
        } while (!chunk.isEmpty());
        tenantData.call(tx -> index.deleteIndexedBefore(tx, source.type(), started));
        return count;
    }
}
