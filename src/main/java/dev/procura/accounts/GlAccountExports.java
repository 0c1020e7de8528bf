package dev.procura.accounts;

import dev.procura.accounts.GlAccountViews.GlAccountView;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The chart of accounts for conversions and reports, in code order, as the API shows each
 * account (with its parent's code). Filters: {@code active} (true, false), {@code type}, {@code kind}.
 */
@ApplicationScoped
public class GlAccountExports implements RecordSource {

    static final String TYPE = "gl_account";
    private static final List<ExportField> FIELDS = RecordFields.of(GlAccountView.class, Set.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String readPermission() {
        return Permissions.MASTERS_READ;
    }

    @Override
    public List<ExportField> fields() {
        return FIELDS;
    }

    @Override
    public List<ExportField> lineFields() {
        return List.of();
    }

    @Override
    public Set<String> filters() {
        return Set.of("active", "type", "kind");
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query =
                tx.em().createQuery("SELECT COUNT(a) FROM GlAccount a" + where(filter, null, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<GlAccount> query = tx.em()
                .createQuery(
                        "SELECT a FROM GlAccount a" + where(filter, afterKey, parameters) + " ORDER BY a.code",
                        GlAccount.class)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(a -> record(tx.em(), a)).toList();
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, GlAccount> found = tx
                .em()
                .createQuery("SELECT a FROM GlAccount a WHERE a.id IN :ids", GlAccount.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(GlAccount::id, a -> a));
        List<ExportRecord> records = new ArrayList<>();
        for (UUID id : ids) {
            if (found.containsKey(id)) {
                records.add(record(tx.em(), found.get(id)));
            }
        }
        return records;
    }

    private static String where(Map<String, String> filter, String afterKey, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        filter.forEach((key, value) -> {
            switch (key) {
                case "active" -> {
                    if (!Set.of("true", "false").contains(value)) {
                        throw new Failure.InvalidInput("source.filter.active", "must be true or false");
                    }
                    clauses.add("a.active = :active");
                    parameters.put("active", Boolean.valueOf(value));
                }
                case "type" -> {
                    clauses.add("a.type = :type");
                    parameters.put("type", value);
                }
                case "kind" -> {
                    clauses.add("a.kind = :kind");
                    parameters.put("kind", value);
                }
                default ->
                    throw new Failure.InvalidInput(
                            "source.filter." + key, "is not a filter of gl_account; use [active, type, kind]");
            }
        });
        if (afterKey != null) {
            clauses.add("a.code > :after");
            parameters.put("after", afterKey);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static ExportRecord record(EntityManager em, GlAccount account) {
        GlAccountView view = GlAccountService.view(em, account);
        return new ExportRecord(account.code(), RecordFields.values(view, FIELDS), List.of());
    }
}
