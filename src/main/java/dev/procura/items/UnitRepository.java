package dev.procura.items;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Queries on units of measure and their global conversions. */
@ApplicationScoped
public class UnitRepository {

    static final Map<String, String> SORTS =
            Map.of("code", "u.code", "name", "u.name", "dimension", "u.dimension", "created_at", "u.createdAt");

    /** Filters of the unit list. */
    public record Filter(String q, String dimension, Boolean active) {}

    public Optional<Unit> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<Unit> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT u FROM Unit u", Conditions.orderBy(sort, SORTS, "u.id"), Unit.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(u) FROM Unit u");
    }

    /** Every unit by code (a tenant has tens of them, not thousands). */
    public Map<String, Unit> all(EntityManager em) {
        return em.createQuery("SELECT u FROM Unit u", Unit.class).getResultList().stream()
                .collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    public List<UnitConversion> conversions(EntityManager em) {
        return em.createQuery("SELECT c FROM UnitConversion c ORDER BY c.fromUnit, c.toUnit", UnitConversion.class)
                .getResultList();
    }

    public long conversionsOf(EntityManager em, String code) {
        return em.createQuery(
                        "SELECT COUNT(c) FROM UnitConversion c WHERE c.fromUnit = :code OR c.toUnit = :code",
                        Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    public long itemsInBaseUnit(EntityManager em, String code) {
        return em.createQuery("SELECT COUNT(i) FROM Item i WHERE i.baseUnit = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    public long itemConversionsTo(EntityManager em, String code) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM item_conversions WHERE unit = ?1")
                        .setParameter(1, code)
                        .getSingleResult())
                .longValue();
    }

    public List<String> codes(EntityManager em, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u.code FROM Unit u WHERE u.code IN :codes", String.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    private static Conditions conditions(Filter filter) {
        return new Conditions()
                .contains(filter.q(), "q", "LOWER(u.code)", "LOWER(u.name)")
                .when(filter.dimension(), "u.dimension = :dimension", "dimension")
                .when(filter.active(), "u.active = :active", "active");
    }
}
