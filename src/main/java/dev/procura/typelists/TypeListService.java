package dev.procura.typelists;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.typelists.TypeListViews.TypeListDetails;
import dev.procura.typelists.TypeListViews.TypeListValueView;
import dev.procura.typelists.TypeListViews.TypeListView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant's type lists and their values. Codes are unique (a list's in the tenant, a value's in
 * its list), a value's parent is a value of the same list without making a cycle, and a value
 * with children cannot be deleted (deactivate it instead). Every change is an outbox event.
 */
@ApplicationScoped
public class TypeListService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TypeListRepository lists;

    @Inject
    TenantOutbox outbox;

    public TypeListView create(Caller caller, TypeListRequests.Define request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            requireFreeCode(em, request.code(), null);
            TypeList list = new TypeList(tx.now());
            list.describe(request.code(), request.name(), request.description(), tx.now());
            em.persist(list);
            flushUnique(em, () -> listCodeTaken(request.code()));
            publish(tx, caller, "type_list.created", list.id(), Map.of("code", list.code(), "name", list.name()));
            return TypeListView.of(list);
        });
    }

    public Page<TypeListView> list(TypeListRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                lists.list(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                        .map(TypeListView::of)
                        .toList(),
                page,
                perPage,
                lists.count(tx.em(), filter)));
    }

    public TypeListDetails get(UUID id, boolean activeOnly) {
        return tenantData.call(tx -> {
            TypeList list = existing(tx.em(), id);
            return TypeListDetails.of(list, lists.allValues(tx.em(), id, activeOnly));
        });
    }

    public TypeListView change(Caller caller, UUID id, TypeListRequests.Define request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            TypeList list = existing(em, id);
            requireFreeCode(em, request.code(), id);
            list.describe(request.code(), request.name(), request.description(), tx.now());
            flushUnique(em, () -> listCodeTaken(request.code()));
            publish(tx, caller, "type_list.changed", id, Map.of("code", list.code(), "name", list.name()));
            return TypeListView.of(list);
        });
    }

    /** Deletes the list with all its values. */
    public void delete(Caller caller, UUID id) {
        tenantData.call(tx -> {
            EntityManager em = tx.em();
            TypeList list = existing(em, id);
            long values = lists.countValues(em, id, new TypeListRepository.ValueFilter(null, false, false));
            em.remove(list);
            publish(tx, caller, "type_list.deleted", id, Map.of("code", list.code(), "values", values));
            return null;
        });
    }

    public TypeListValueView addValue(Caller caller, UUID listId, TypeListRequests.Value request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            TypeList list = existing(em, listId);
            requireFreeValueCode(em, list, request.code(), null);
            ValueHierarchy.checkParent(null, request.parentId(), lists.parents(em, listId));
            TypeListValue value = new TypeListValue(listId, tx.now());
            define(value, request, tx);
            em.persist(value);
            flushUnique(em, () -> valueCodeTaken(list, request.code()));
            publish(tx, caller, "type_list_value.added", value.id(), valueFacts(list, value));
            return TypeListValueView.of(value);
        });
    }

    public Page<TypeListValueView> values(UUID listId, String parent, boolean activeOnly, int page, int perPage) {
        TypeListRepository.ValueFilter filter = valueFilter(parent, activeOnly);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            existing(em, listId);
            return new Page<>(
                    lists.values(em, listId, filter, (page - 1) * perPage, perPage).stream()
                            .map(TypeListValueView::of)
                            .toList(),
                    page,
                    perPage,
                    lists.countValues(em, listId, filter));
        });
    }

    public TypeListValueView value(UUID listId, UUID valueId) {
        return tenantData.call(tx -> TypeListValueView.of(existingValue(tx.em(), listId, valueId)));
    }

    public TypeListValueView changeValue(Caller caller, UUID listId, UUID valueId, TypeListRequests.Value request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            TypeList list = existing(em, listId);
            TypeListValue value = existingValue(em, listId, valueId);
            requireFreeValueCode(em, list, request.code(), valueId);
            ValueHierarchy.checkParent(valueId, request.parentId(), lists.parents(em, listId));
            boolean wasActive = value.isActive();
            define(value, request, tx);
            flushUnique(em, () -> valueCodeTaken(list, request.code()));
            String event = wasActive == value.isActive()
                    ? "type_list_value.changed"
                    : value.isActive() ? "type_list_value.reactivated" : "type_list_value.deactivated";
            publish(tx, caller, event, valueId, valueFacts(list, value));
            return TypeListValueView.of(value);
        });
    }

    /** Deletes a value no other value sits under; one with children is to be deactivated instead. */
    public void deleteValue(Caller caller, UUID listId, UUID valueId) {
        tenantData.call(tx -> {
            EntityManager em = tx.em();
            TypeList list = existing(em, listId);
            TypeListValue value = existingValue(em, listId, valueId);
            long children = lists.children(em, valueId);
            if (children > 0) {
                throw new Failure.Conflict(
                        ProblemType.TYPE_LIST_VALUE_HAS_CHILDREN,
                        "Value " + value.code() + " has " + children + " value(s) under it; deactivate it (active:"
                                + " false) or delete or move its children first",
                        Map.of("children", children));
            }
            em.remove(value);
            publish(tx, caller, "type_list_value.deleted", valueId, valueFacts(list, value));
            return null;
        });
    }

    private static TypeListRepository.ValueFilter valueFilter(String parent, boolean activeOnly) {
        if (parent == null || parent.isBlank()) {
            return new TypeListRepository.ValueFilter(null, false, activeOnly);
        }
        if (parent.equals("none")) {
            return new TypeListRepository.ValueFilter(null, true, activeOnly);
        }
        try {
            return new TypeListRepository.ValueFilter(UUID.fromString(parent), false, activeOnly);
        } catch (IllegalArgumentException notAnId) {
            throw new Failure.InvalidInput("parent", "must be a value id, or none for top-level values");
        }
    }

    private static void define(TypeListValue value, TypeListRequests.Value request, TenantTx tx) {
        value.define(
                request.code(),
                request.label(),
                request.sortOrderOrDefault(),
                request.activeOrDefault(),
                request.parentId(),
                tx.now());
    }

    private void requireFreeCode(EntityManager em, String code, UUID self) {
        if (lists.codeTaken(em, code, self)) {
            throw listCodeTaken(code);
        }
    }

    private void requireFreeValueCode(EntityManager em, TypeList list, String code, UUID self) {
        if (lists.valueCodeTaken(em, list.id(), code, self)) {
            throw valueCodeTaken(list, code);
        }
    }

    private static Failure listCodeTaken(String code) {
        return new Failure.Conflict(ProblemType.TYPE_LIST_CODE_TAKEN, "Another type list has the code " + code);
    }

    private static Failure valueCodeTaken(TypeList list, String code) {
        return new Failure.Conflict(
                ProblemType.TYPE_LIST_VALUE_CODE_TAKEN, "Type list " + list.code() + " already has a value " + code);
    }

    /** Writes now, so that a code taken by a concurrent request meanwhile is a conflict, not a failure. */
    private static void flushUnique(EntityManager em, Supplier<Failure> conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw conflict.get();
                }
            }
            throw e;
        }
    }

    private static Map<String, Object> valueFacts(TypeList list, TypeListValue value) {
        return Map.of(
                "type_list_id",
                list.id(),
                "type_list_code",
                list.code(),
                "code",
                value.code(),
                "active",
                value.isActive());
    }

    private void publish(TenantTx tx, Caller caller, String event, UUID key, Map<String, Object> data) {
        outbox.publish(tx, event, key.toString(), caller.userId(), data);
    }

    private static TypeList existing(EntityManager em, UUID id) {
        TypeList list = em.find(TypeList.class, id);
        if (list == null) {
            throw new Failure.NotFound("No type list " + id + " in this tenant");
        }
        return list;
    }

    private static TypeListValue existingValue(EntityManager em, UUID listId, UUID valueId) {
        TypeListValue value = em.find(TypeListValue.class, valueId);
        if (value == null || !value.belongsTo(listId)) {
            throw new Failure.NotFound("No value " + valueId + " in type list " + listId);
        }
        return value;
    }
}
