package dev.procura.procurement;

import dev.procura.platform.customfields.CustomFieldText;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.search.RecordIds;
import dev.procura.platform.search.SearchEntry;
import dev.procura.platform.search.SearchSource;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One kind of buying document for the tenant's search: its number (and title), the names and
 * codes of the suppliers it names and the supplier's own reference, its notes, and its lines'
 * descriptions and item codes, and its custom field values. A renamed supplier brings the documents naming it back to the index.
 */
public abstract class BuyingDocumentSearch<S extends Enum<S>, E extends BuyingDocument<S>> implements SearchSource {

    /** The record type of suppliers (their events are {@code supplier.*}). */
    protected static final String SUPPLIER = "supplier";

    @Inject
    CustomFields customFields;

    private final Class<E> entity;
    private final String ids;
    private final String namesSupplier;

    /**
     * {@code ids}: the SQL selecting the ids of the kind's table as text ({@link RecordIds#after});
     * {@code namesSupplier}: the JPQL condition that the document {@code d} names {@code :supplier}.
     */
    protected BuyingDocumentSearch(Class<E> entity, String ids, String namesSupplier) {
        this.entity = entity;
        this.ids = ids;
        this.namesSupplier = namesSupplier;
    }

    /** The suppliers the document names. */
    protected abstract Collection<UUID> supplierIds(E document);

    /** How the entry names a supplier (its legal name and code); nothing for an unknown one. */
    protected abstract List<String> supplierNames(TenantTx tx, UUID supplierId);

    protected abstract List<LineItem> lines(E document);

    protected abstract String notes(E document);

    /** The document's title, if its kind has one. */
    protected String title(E document) {
        return null;
    }

    /** The document's stored custom field values (JSON), if its kind takes custom fields. */
    protected String customFieldsJson(E document) {
        return null;
    }

    /** The supplier's own number for the document (their invoice number, their quote reference), if any. */
    protected String supplierReference(E document) {
        return null;
    }

    @Override
    public Optional<SearchEntry> entry(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(entity, id))
                .map(document -> entry(tx, document, customFields.viewer(tx, type())));
    }

    @Override
    public List<SearchEntry> after(TenantTx tx, UUID afterId, int limit) {
        List<UUID> page = RecordIds.after(tx.em(), ids, afterId, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        List<E> found = tx.em()
                .createQuery("SELECT d FROM " + entity.getSimpleName() + " d WHERE d.id IN :ids", entity)
                .setParameter("ids", page)
                .getResultList();
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, type());
        return RecordIds.inOrder(page, found, document -> document.id()).stream()
                .map(document -> entry(tx, document, shown))
                .toList();
    }

    @Override
    public Set<UUID> dependents(TenantTx tx, String changedType, UUID changedId) {
        if (!SUPPLIER.equals(changedType)) {
            return Set.of();
        }
        return Set.copyOf(tx.em()
                .createQuery("SELECT d.id FROM " + entity.getSimpleName() + " d WHERE " + namesSupplier, UUID.class)
                .setParameter("supplier", changedId)
                .getResultList());
    }

    private SearchEntry entry(TenantTx tx, E document, Function<String, Map<String, Object>> shown) {
        List<String> parties = new ArrayList<>();
        for (UUID supplierId : supplierIds(document)) {
            parties.addAll(supplierNames(tx, supplierId));
        }
        parties.add(supplierReference(document));
        List<String> details = new ArrayList<>();
        details.add(notes(document));
        for (LineItem line : lines(document)) {
            details.add(line.description());
            details.add(line.itemCode());
        }
        String custom = customFieldsJson(document);
        if (custom != null) {
            details.addAll(CustomFieldText.words(shown.apply(custom)));
        }
        String title = title(document);
        return SearchEntry.of(type(), document.id(), document.number(), title, changedAt(document))
                .names(document.number(), title)
                .parties(parties)
                .details(details)
                .build();
    }

    private static Instant changedAt(BuyingDocument<?> document) {
        return document.updatedAt() == null ? document.createdAt() : document.updatedAt();
    }
}
