package dev.procura.items;

import dev.procura.items.ItemViews.ItemView;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.masters.MasterReferences;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The tenant's items. Codes are unique; the rules of {@link ItemRules} apply to every write (the
 * bulk import applies the same); an item that document lines name keeps its code and is not
 * deleted (deactivate it instead). Every change is an outbox event, from which the audit trail
 * records what changed.
 */
@ApplicationScoped
public class ItemService {

    static final String ENTITY = "item";

    @Inject
    TenantTransactions tenantData;

    @Inject
    ItemRepository items;

    @Inject
    ItemLookups lookups;

    @Inject
    TenantOutbox outbox;

    @Inject
    CustomFields customFields;

    @Inject
    Instance<MasterReferences> references;

    public ItemView create(Caller caller, ItemRequests.Define request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            check(tx, request, null);
            if (items.codeTaken(em, request.code(), null)) {
                throw codeTaken(request.code());
            }
            Item item = new Item(tx.now());
            item.describe(request, tx.now());
            item.customFields(customFields.accept(tx, ENTITY, request.customFields(), null));
            em.persist(item);
            Flush.unique(em, () -> codeTaken(request.code()));
            publish(tx, "item.created", item);
            return view(tx, item);
        });
    }

    public Page<ItemView> list(
            ItemRepository.Filter filter, CustomFieldFilter custom, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            CustomFieldCriteria criteria = customFields.criteria(tx, ENTITY, custom, "i.customFields");
            return new Page<>(
                    items.list(tx.em(), filter, criteria, sort, (page - 1) * perPage, perPage).stream()
                            .map(i -> ItemView.of(i, criteria.show(i.customFieldsJson())))
                            .toList(),
                    page,
                    perPage,
                    items.count(tx.em(), filter, criteria));
        });
    }

    public ItemView get(UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx.em(), id)));
    }

    public ItemView change(Caller caller, UUID id, ItemRequests.Define request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Item item = existing(em, id);
            check(tx, request, item);
            if (!item.code().equals(request.code())) {
                if (items.codeTaken(em, request.code(), id)) {
                    throw codeTaken(request.code());
                }
                requireUnreferenced(tx, item, "renamed");
            }
            boolean wasActive = item.isActive();
            item.describe(request, tx.now());
            item.customFields(customFields.accept(tx, ENTITY, request.customFields(), item.customFieldsJson()));
            Flush.unique(em, () -> codeTaken(request.code()));
            String event = wasActive == item.isActive()
                    ? "item.changed"
                    : item.isActive() ? "item.reactivated" : "item.deactivated";
            publish(tx, event, item);
            return view(tx, item);
        });
    }

    /** Deletes an item no document names; one that is named is to be deactivated instead. */
    public void delete(Caller caller, UUID id) {
        tenantData.call(tx -> {
            Item item = existing(tx.em(), id);
            requireUnreferenced(tx, item, "deleted");
            tx.em().remove(item);
            publish(tx, "item.deleted", item);
            return null;
        });
    }

    /** The rules of {@link ItemRules}, as a 400 listing every field at fault. */
    private void check(TenantTx tx, ItemRequests.Define request, Item stored) {
        List<FieldError> errors = ItemRules.check(request, ItemRules.Kept.of(stored), lookups.of(tx, List.of(request)));
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        if (request.gtin() != null) {
            String gtin = Gs1.gtin14(request.gtin());
            items.gtinHolder(tx.em(), gtin, stored == null ? null : stored.id()).ifPresent(holder -> {
                throw new Failure.Conflict(
                        ProblemType.ITEM_GTIN_TAKEN,
                        "Item " + holder + " has the GTIN " + gtin,
                        Map.of("item_code", holder));
            });
        }
    }

    private void requireUnreferenced(TenantTx tx, Item item, String action) {
        Map<String, Object> inUse = new LinkedHashMap<>();
        for (MasterReferences kind : references) {
            long count = kind.namingItem(tx, item.code());
            if (count > 0) {
                inUse.put(kind.records(), count);
            }
        }
        if (!inUse.isEmpty()) {
            throw new Failure.Conflict(
                    ProblemType.ITEM_IN_USE,
                    "Item " + item.code() + " is named by " + inUse + "; it cannot be " + action
                            + ": deactivate it (active: false) instead",
                    Map.of("records", inUse));
        }
    }

    private ItemView view(TenantTx tx, Item item) {
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, ENTITY);
        return ItemView.of(item, shown.apply(item.customFieldsJson()));
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(ProblemType.ITEM_CODE_TAKEN, "Another item has the code " + code);
    }

    private void publish(TenantTx tx, String event, Item item) {
        outbox.publish(
                tx,
                event,
                item.id().toString(),
                tx.actor(),
                Map.of(
                        "item_id",
                        item.id(),
                        "code",
                        item.code(),
                        "type",
                        item.type(),
                        "base_unit",
                        item.baseUnit(),
                        "active",
                        item.isActive()));
    }

    private static Item existing(EntityManager em, UUID id) {
        Item item = em.find(Item.class, id);
        if (item == null) {
            throw new Failure.NotFound("No item " + id + " in this tenant");
        }
        return item;
    }
}
