package dev.procura.platform.exports;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.persistence.Entity;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A record source over one master table: every entity the filters select, in key order, one record
 * each without lines. A capability names its entity, key, filters and fields; it turns entities
 * into values in {@link #values}.
 */
public abstract class MasterExports<E> implements RecordSource {

    private final Class<E> entity;
    private final String type;
    private final String readPermission;
    private final List<ExportField> fields;
    private final Keyset<E> keyset;
    private final Function<E, UUID> id;
    private final Map<String, ExportFilter> filters;

    /**
     * @param id the entity's id, for a selection by ids
     * @param filters by key, in the order a problem lists them
     */
    protected MasterExports(
            Class<E> entity,
            String type,
            String readPermission,
            List<ExportField> fields,
            Keyset<E> keyset,
            Function<E, UUID> id,
            Map<String, ExportFilter> filters) {
        this.entity = entity;
        this.type = type;
        this.readPermission = readPermission;
        this.fields = List.copyOf(fields);
        this.keyset = keyset;
        this.id = id;
        this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /** The values of each entity of one page read in {@code tx}, by field key. */
    protected abstract Function<E, Map<String, Object>> values(TenantTx tx);

    @Override
    public String type() {
        return type;
    }

    @Override
    public String readPermission() {
        return readPermission;
    }

    @Override
    public List<ExportField> fields() {
        return fields;
    }

    @Override
    public List<ExportField> lineFields() {
        return List.of();
    }

    @Override
    public Set<String> filters() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(filters.keySet()));
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = tx.em()
                .createQuery(
                        "SELECT COUNT(e) FROM " + entityName() + " e" + where(filter, null, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<E> query = tx.em()
                .createQuery(
                        "SELECT e FROM " + entityName() + " e" + where(filter, afterKey, parameters) + " ORDER BY "
                                + keyset.orderBy(),
                        entity)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        Function<E, Map<String, Object>> page = values(tx);
        return query.getResultList().stream().map(e -> record(e, page)).toList();
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, E> found = tx
                .em()
                .createQuery("SELECT e FROM " + entityName() + " e WHERE e.id IN :ids", entity)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(id, e -> e));
        Function<E, Map<String, Object>> page = values(tx);
        List<ExportRecord> records = new ArrayList<>();
        for (UUID each : ids) {
            if (found.containsKey(each)) {
                records.add(record(found.get(each), page));
            }
        }
        return records;
    }

    /** The WHERE clause of the filter and the key to resume after (null: none), over alias {@code e}. */
    String where(Map<String, String> filter, String afterKey, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        filter.forEach((key, value) -> {
            ExportFilter known = filters.get(key);
            if (known == null) {
                throw new Failure.InvalidInput(
                        "source.filter." + key, "is not a filter of " + type + "; use " + filters.keySet());
            }
            String parameter = "f_" + key.replaceAll("[^A-Za-z0-9_]", "_");
            clauses.add("e." + known.attribute() + " " + known.operator() + " :" + parameter);
            parameters.put(parameter, known.reader().read(key, value));
        });
        if (afterKey != null) {
            clauses.add(keyset.after(afterKey, parameters));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private ExportRecord record(E found, Function<E, Map<String, Object>> page) {
        return new ExportRecord(keyset.keyOf(found), page.apply(found), List.of());
    }

    private String entityName() {
        Entity annotation = entity.getAnnotation(Entity.class);
        return annotation == null || annotation.name().isEmpty() ? entity.getSimpleName() : annotation.name();
    }
}
