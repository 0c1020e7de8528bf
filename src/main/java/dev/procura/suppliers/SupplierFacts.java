package dev.procura.suppliers;

import dev.procura.platform.tenancy.TenantTx;
import dev.procura.tenants.SettingsService;
import dev.procura.tenants.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What other capabilities may know about a supplier: who it is and its terms. Whether it may get
 * new business is {@link SupplierService#admitForNewBusiness}.
 */
@ApplicationScoped
public class SupplierFacts {

    public record Profile(UUID id, String code, String legalName, String currency, String paymentTerms) {}

    /** Who a supplier is, for a report line: code, legal name and categories. */
    public record Summary(UUID id, String code, String legalName, List<String> categories) {}

    /** One rating: its four marks (1-5) and when it was given. */
    public record Marks(UUID supplierId, Instant at, int quality, int delivery, int price, int service) {}

    @Inject
    SettingsService settings;

    /** The suppliers with these ids (those of the tenant), in one query. */
    public Map<UUID, Summary> summaries(TenantTx tx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Summary> found = new HashMap<>();
        for (Supplier s : tx.em()
                .createQuery("SELECT s FROM Supplier s WHERE s.id IN :ids", Supplier.class)
                .setParameter("ids", ids)
                .getResultList()) {
            found.put(s.id(), new Summary(s.id(), s.code(), s.legalName(), s.categories()));
        }
        return found;
    }

    /** Every rating given in {@code [from, to)}. */
    public List<Marks> ratings(TenantTx tx, Instant from, Instant to) {
        return tx.em()
                .createQuery(
                        "SELECT r FROM SupplierRating r WHERE r.createdAt >= :from AND r.createdAt < :to",
                        SupplierRating.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(r -> new Marks(r.supplierId(), r.createdAt(), r.quality(), r.delivery(), r.price(), r.service()))
                .toList();
    }

    /** When the rating was given, if the tenant has such a rating. */
    public Optional<Instant> ratedAt(TenantTx tx, UUID ratingId) {
        return tx.em()
                .createQuery("SELECT r.createdAt FROM SupplierRating r WHERE r.id = :id", Instant.class)
                .setParameter("id", ratingId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The scorecard score (0-100, null without data) of these inputs under the tenant's weights:
     * the same score {@code GET /suppliers/{id}/performance} shows, for any period's figures.
     */
    public BigDecimal score(TenantTx tx, SupplierScorecard.Inputs inputs) {
        return SupplierScorecard.score(inputs, settings.current(tx.em())).score();
    }

    /** {@link #score} for many inputs of one report: the tenant's weights read once. */
    public Function<SupplierScorecard.Inputs, BigDecimal> scorer(TenantTx tx) {
        TenantSettings weights = settings.current(tx.em());
        return inputs -> SupplierScorecard.score(inputs, weights).score();
    }

    /**
     * Of these ids, those that name a supplier of the tenant, each with whether it is active (may
     * get new business); in one query, for a page of records or a chunk of imported rows.
     */
    public Map<UUID, Boolean> activeByIds(TenantTx tx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Boolean> found = new HashMap<>();
        for (Supplier s : tx.em()
                .createQuery("SELECT s FROM Supplier s WHERE s.id IN :ids", Supplier.class)
                .setParameter("ids", ids)
                .getResultList()) {
            found.put(s.id(), s.isActive());
        }
        return found;
    }

    public Optional<Profile> profile(TenantTx tx, UUID supplierId) {
        return Optional.ofNullable(tx.em().find(Supplier.class, supplierId))
                .map(s -> new Profile(s.id(), s.code(), s.legalName(), s.currency(), s.paymentTerms()));
    }
}
