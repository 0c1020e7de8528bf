package dev.procura.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.platform.events.EventsSealed;
import dev.procura.platform.tenancy.TenantTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexerTest {

    /** A source over records in memory; it counts its reads and names its dependents by changed record. */
    private static final class Source implements SearchSource {
        private final String type;
        final Map<UUID, SearchEntry> records = new HashMap<>();
        final Map<RecordRef, Set<UUID>> dependents = new HashMap<>();
        final List<UUID> reads = new ArrayList<>();

        Source(String type) {
            this.type = type;
        }

        UUID add() {
            UUID id = UUID.randomUUID();
            records.put(
                    id,
                    SearchEntry.of(type, id, type + "-" + id, null, Instant.EPOCH)
                            .build());
            return id;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public String readPermission() {
            return type + ":read";
        }

        @Override
        public Optional<SearchEntry> entry(TenantTx tx, UUID id) {
            reads.add(id);
            return Optional.ofNullable(records.get(id));
        }

        @Override
        public List<SearchEntry> after(TenantTx tx, UUID afterId, int limit) {
            return List.of();
        }

        @Override
        public Set<UUID> dependents(TenantTx tx, String changedType, UUID changedId) {
            return dependents.getOrDefault(new RecordRef(changedType, changedId), Set.of());
        }
    }

    private static final class Sources extends SearchSources {
        private final Map<String, SearchSource> byType = new TreeMap<>();

        Sources(SearchSource... sources) {
            for (SearchSource source : sources) {
                byType.put(source.type(), source);
            }
        }

        @Override
        public Collection<SearchSource> all() {
            return byType.values();
        }

        @Override
        public Optional<SearchSource> of(String type) {
            return Optional.ofNullable(byType.get(type));
        }
    }

    /** What the indexer wrote: "refresh type id" and "delete type id", in order; the texts it holds already. */
    private static final class Index extends SearchIndex {
        final List<String> writes = new ArrayList<>();
        final Set<UUID> unchanged = new HashSet<>();

        @Override
        public boolean refresh(TenantTx tx, SearchEntry entry) {
            writes.add("refresh " + entry.type() + " " + entry.id());
            return !unchanged.contains(entry.id());
        }

        @Override
        public void delete(TenantTx tx, String type, UUID id) {
            writes.add("delete " + type + " " + id);
        }
    }

    private final Source orders = new Source("purchase_order");
    private final Source suppliers = new Source("supplier");
    private final Source documents = new Source("document");
    private final Index index = new Index();
    private final SearchIndexer indexer = new SearchIndexer();
    private final TenantTx tx = new TenantTx(null, UUID.randomUUID(), null, null);

    @BeforeEach
    void wire() {
        indexer.sources = new Sources(orders, suppliers, documents);
        indexer.index = index;
    }

    private void sealed(String... typesAndKeys) {
        List<EventsSealed.Sealed> events = new ArrayList<>();
        for (int i = 0; i < typesAndKeys.length; i += 2) {
            events.add(new EventsSealed.Sealed(
                    UUID.randomUUID(), typesAndKeys[i], typesAndKeys[i + 1], null, Instant.EPOCH, null));
        }
        indexer.onSealed(new EventsSealed(tx, events));
    }

    @Test
    void aChangedRecordIsReadAgainOncePerBatchAndItsEntryReplaced() {
        UUID order = orders.add();
        sealed(
                "purchase_order.created", order.toString(),
                "budget.warning", order.toString(),
                "purchase_order.submitted", order.toString());
        assertEquals(List.of(order), orders.reads);
        assertEquals(List.of("refresh purchase_order " + order), index.writes);
    }

    @Test
    void aRecordThatIsGoneLosesItsEntry() {
        UUID deleted = UUID.randomUUID();
        sealed("document.deleted", deleted.toString());
        assertEquals(List.of("delete document " + deleted), index.writes);
    }

    @Test
    void theRecordsShowingARenamedSupplierFollowIt() {
        UUID supplier = suppliers.add();
        UUID first = orders.add();
        UUID second = orders.add();
        orders.dependents.put(new RecordRef("supplier", supplier), Set.of(first));
        sealed("supplier.updated", supplier.toString(), "purchase_order.updated", first.toString());
        assertEquals(List.of("refresh supplier " + supplier, "refresh purchase_order " + first), index.writes);
        assertEquals(List.of(first), orders.reads);

        index.writes.clear();
        orders.dependents.put(new RecordRef("supplier", supplier), Set.of(second));
        sealed("supplier.updated", supplier.toString());
        assertEquals(List.of("refresh supplier " + supplier, "refresh purchase_order " + second), index.writes);
    }

    @Test
    void aSupplierWhoseTextStayedTheSameLeavesItsOrdersAlone() {
        UUID supplier = suppliers.add();
        UUID order = orders.add();
        orders.dependents.put(new RecordRef("supplier", supplier), Set.of(order));
        index.unchanged.add(supplier);
        sealed("supplier.rated", supplier.toString());
        assertEquals(List.of("refresh supplier " + supplier), index.writes);
        assertEquals(List.of(), orders.reads);
    }

    @Test
    void aChangeNoEventNamesIsLookedUpInEverySourceAndItsDependentsFollow() {
        UUID supplier = suppliers.add();
        UUID file = UUID.randomUUID();
        UUID document = documents.add();
        documents.dependents.put(new RecordRef(SearchSource.ANY_RECORD, file), Set.of(document));
        sealed("record.changed", supplier.toString(), "record.changed", file.toString());
        assertEquals(List.of("refresh supplier " + supplier, "refresh document " + document), index.writes);
        assertEquals(List.of(supplier), orders.reads.subList(0, 1));
        assertEquals(Arrays.asList(supplier, file, document), documents.reads);
    }

    @Test
    void eventsOfRecordsNoSourceOffersChangeNothing() {
        sealed("approval.approved", UUID.randomUUID().toString(), "tenant.migrated", "not-an-id");
        assertEquals(List.of(), index.writes);
    }
}
