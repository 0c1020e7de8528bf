package dev.procura.items;

import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on items. */
@ApplicationScoped
public class ItemRepository {

    static final Map<String, String> SORTS = Map.of(
            "code", "i.code",
            "description", "i.description",
            "type", "i.type",
            "category", "i.category",
            "lead_time_days", "i.leadTimeDays",
            "created_at", "i.createdAt",
            "updated_at", "i.updatedAt");

    /** Filters of the item list. */
    public record Filter(String q, String type, String category, Boolean active, UUID defaultSupplierId) {}

    public Optional<Item> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT i FROM Item i WHERE i.code = :code", Item.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The code of another item with the GTIN (14 digits), if any. */
    public Optional<String> gtinHolder(EntityManager em, String gtin14, UUID self) {
        return em.createQuery("SELECT i FROM Item i WHERE i.gtin = :gtin", Item.class)
                .setParameter("gtin", gtin14)
                .getResultStream()
                .filter(other -> !other.id().equals(self))
                .map(Item::code)
                .findFirst();
    }

    public boolean codeTaken(EntityManager em, String code, UUID self) {
        return em.createQuery("SELECT i.id FROM Item i WHERE i.code = :code", UUID.class)
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(other -> !other.equals(self));
    }

    public List<Item> list(
            EntityManager em, Filter filter, CustomFieldCriteria custom, String sort, int first, int max) {
        return custom.applyTo(conditions(filter))
                .query(em, "SELECT i FROM Item i", custom.orderBy(sort, SORTS, "i.id"), Item.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter, CustomFieldCriteria custom) {
        return custom.applyTo(conditions(filter)).count(em, "SELECT COUNT(i) FROM Item i");
    }

    public long atPlant(EntityManager em, UUID plantId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM item_plants WHERE plant_id = ?1")
                        .setParameter(1, plantId)
                        .getSingleResult())
                .longValue();
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .contains(f.q(), "q", "LOWER(i.code)", "LOWER(i.description)")
                .when(f.type(), "i.type = :type", "type")
                .when(f.category(), "i.category = :category", "category")
                .when(f.active(), "i.active = :active", "active")
                .when(f.defaultSupplierId(), "i.defaultSupplierId = :supplier", "supplier");
    }
}
