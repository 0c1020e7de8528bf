package dev.procura.suppliers;

import dev.procura.platform.buying.PurchaseOrders;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.Money;
import dev.procura.procurement.ProcurementEvents;
import dev.procura.suppliers.SupplierViews.PerformanceView;
import dev.procura.suppliers.SupplierViews.RatingView;
import dev.procura.suppliers.SupplierViews.SupplierView;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Supplier master data, ratings, performance and the scorecard gate on new business. */
@ApplicationScoped
public class SupplierService {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(false));
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    TenantTransactions tenantData;

    @Inject
    SupplierRepository suppliers;

    @Inject
    SettingsService settings;

    @Inject
    ProcurementEvents events;

    @Inject
    SupplierPerformance performance;

    @Inject
    PurchaseOrders orders;

    @Inject
    CustomFields customFields;

    public SupplierView create(Caller caller, SupplierRequests.Details details) {
        checkCodes(details);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            if (suppliers.codeTaken(em, details.code(), null)) {
                throw new Failure.Conflict(
                        ProblemType.SUPPLIER_CODE_TAKEN, "Another supplier has the code " + details.code());
            }
            Instant now = tx.now();
            Supplier supplier = new Supplier(details.code(), now);
            supplier.describe(
                    details, JSON.toJson(nonNull(details.contacts())), JSON.toJson(nonNull(details.addresses())), now);
            if ("inactive".equals(details.status())) {
                supplier.deactivate(now);
            }
            supplier.customFields(customFields.accept(tx, ENTITY, details.customFields(), null));
            em.persist(supplier);
            events.publish(
                    tx,
                    caller.userId(),
                    "supplier.created",
                    supplier.id(),
                    Map.of("supplier_id", supplier.id(), "code", supplier.code(), "legal_name", supplier.legalName()));
            return view(tx, supplier);
        });
    }

    public Page<SupplierView> list(
            SupplierRepository.Filter filter, CustomFieldFilter custom, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            CustomFieldCriteria criteria = customFields.criteria(tx, ENTITY, custom, "s.customFields");
            Function<String, Map<String, Object>> shown = criteria::show;
            return new Page<>(
                    suppliers.list(tx.em(), filter, criteria, sort, (page - 1) * perPage, perPage).stream()
                            .map(s -> view(s, shown.apply(s.customFieldsJson())))
                            .toList(),
                    page,
                    perPage,
                    suppliers.count(tx.em(), filter, criteria));
        });
    }

    public SupplierView get(UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx.em(), id)));
    }

    /** Replaces the master data; {@code status: active} reactivates, {@code inactive} deactivates. */
    public SupplierView update(Caller caller, UUID id, SupplierRequests.Details details) {
        checkCodes(details);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Supplier supplier = existing(em, id);
            if (suppliers.codeTaken(em, details.code(), id)) {
                throw new Failure.Conflict(
                        ProblemType.SUPPLIER_CODE_TAKEN, "Another supplier has the code " + details.code());
            }
            Instant now = tx.now();
            boolean wasActive = supplier.isActive();
            supplier.describe(
                    details, JSON.toJson(nonNull(details.contacts())), JSON.toJson(nonNull(details.addresses())), now);
            supplier.customFields(customFields.accept(tx, ENTITY, details.customFields(), supplier.customFieldsJson()));
            if ("active".equals(details.status())) {
                supplier.activate(now);
            } else if ("inactive".equals(details.status())) {
                supplier.deactivate(now);
            }
            String event = wasActive == supplier.isActive()
                    ? "supplier.updated"
                    : supplier.isActive() ? "supplier.reactivated" : "supplier.deactivated";
            events.publish(tx, caller.userId(), event, id, Map.of("supplier_id", id, "code", supplier.code()));
            return view(tx, supplier);
        });
    }

    /** Deactivates: the supplier keeps its history but gets no new RFQs or orders. */
    public void deactivate(Caller caller, UUID id) {
        tenantData.call(tx -> {
            EntityManager em = tx.em();
            Supplier supplier = existing(em, id);
            if (supplier.isActive()) {
                supplier.deactivate(tx.now());
                events.publish(
                        tx,
                        caller.userId(),
                        "supplier.deactivated",
                        id,
                        Map.of("supplier_id", id, "code", supplier.code()));
            }
            return null;
        });
    }

    public RatingView rate(Caller caller, UUID id, SupplierRequests.Rate marks) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Supplier supplier = existing(em, id);
            if (marks.purchaseOrderId() != null) {
                checkRatedOrder(tx, id, marks.purchaseOrderId());
            }
            if (suppliers.rated(em, id, caller.userId(), marks.purchaseOrderId())) {
                throw new Failure.Conflict(
                        ProblemType.ALREADY_RATED,
                        marks.purchaseOrderId() == null
                                ? "You have already rated this supplier in general; rate a purchase order instead"
                                : "You have already rated this supplier for that purchase order");
            }
            SupplierRating rating = new SupplierRating(id, caller.userId(), marks, tx.now());
            em.persist(rating);
            SupplierRepository.RatingTotals totals = suppliers.ratingTotals(em, id);
            supplier.rated(totals.marks(), totals.ratings());
            events.publish(
                    tx,
                    caller.userId(),
                    "supplier.rated",
                    id,
                    Map.of("supplier_id", id, "rating_id", rating.id(), "overall", rating.overall()));
            return RatingView.of(rating);
        });
    }

    /** One rating of the supplier. */
    public RatingView rating(UUID id, UUID ratingId) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            existing(em, id);
            SupplierRating rating = em.find(SupplierRating.class, ratingId);
            if (rating == null || !rating.supplierId().equals(id)) {
                throw new Failure.NotFound("No rating " + ratingId + " of supplier " + id);
            }
            return RatingView.of(rating);
        });
    }

    public Page<RatingView> ratings(UUID id, int page, int perPage) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            existing(em, id);
            return new Page<>(
                    suppliers.ratings(em, id, (page - 1) * perPage, perPage).stream()
                            .map(RatingView::of)
                            .toList(),
                    page,
                    perPage,
                    suppliers.countRatings(em, id));
        });
    }

    public PerformanceView performance(UUID id, LocalDate from, LocalDate to) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            LocalDate end = to == null ? tx.today() : to;
            LocalDate start = from == null ? end.minusDays(SupplierPerformance.DEFAULT_PERIOD_DAYS) : from;
            if (start.isAfter(end)) {
                throw new Failure.InvalidInput("from", "must not be after to");
            }
            existing(em, id);
            return performance.of(tx, id, start, end, settings.current(em));
        });
    }

    /**
     * The gate on new RFQs and orders: an inactive supplier is refused; a supplier whose standing
     * blocks is refused with its scorecard; one whose standing warns passes with the warning returned.
     */
    public List<String> admitForNewBusiness(TenantTx tx, UUID supplierId, String field) {
        EntityManager em = tx.em();
        Supplier supplier = em.find(Supplier.class, supplierId);
        if (supplier == null) {
            throw new Failure.InvalidInput(field, "is not a supplier of this tenant");
        }
        if (!supplier.isActive()) {
            throw new Failure.Conflict(
                    ProblemType.SUPPLIER_INACTIVE,
                    "Supplier " + supplier.code() + " is deactivated; reactivate it before new RFQs or orders",
                    Map.of("supplier_id", supplierId));
        }
        SupplierScorecard.Result scorecard =
                SupplierScorecard.score(performance.standingInputs(tx, supplierId, tx.today()), settings.current(em));
        if (scorecard.blocks()) {
            throw new Failure.Conflict(
                    ProblemType.SUPPLIER_BLOCKED,
                    "Supplier " + supplier.code() + " stands " + scorecard.standing() + " (score " + scorecard.score()
                            + "), which blocks new RFQs and orders",
                    Map.of("supplier_id", supplierId, "scorecard", scorecard));
        }
        return scorecard.warns()
                ? List.of("Supplier " + supplier.code() + " stands " + scorecard.standing() + " (score "
                        + scorecard.score() + ")")
                : List.of();
    }

    private void checkRatedOrder(TenantTx tx, UUID supplierId, UUID orderId) {
        PurchaseOrders.Standing order = orders.standing(tx, orderId)
                .filter(o -> supplierId.equals(o.supplierId()))
                .orElseThrow(() ->
                        new Failure.InvalidInput("purchase_order_id", "is not a purchase order of this supplier"));
        if (!order.placed()) {
            throw new Failure.InvalidInput(
                    "purchase_order_id", "is " + order.status() + "; only orders placed can be rated");
        }
    }

    private static void checkCodes(SupplierRequests.Details details) {
        List<FieldError> errors = new ArrayList<>();
        if (!Money.isCurrency(details.currency())) {
            errors.add(new FieldError("currency", "is not an ISO 4217 currency code"));
        }
        if (details.country() != null && !COUNTRIES.contains(details.country())) {
            errors.add(new FieldError("country", "is not an ISO 3166 country code"));
        }
        List<SupplierRequests.Address> addresses = nonNull(details.addresses());
        for (int i = 0; i < addresses.size(); i++) {
            if (!COUNTRIES.contains(addresses.get(i).country())) {
                errors.add(new FieldError("addresses[" + i + "].country", "is not an ISO 3166 country code"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Supplier existing(EntityManager em, UUID id) {
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null) {
            throw new Failure.NotFound("No supplier " + id + " in this tenant");
        }
        return supplier;
    }

    /** The API name of suppliers for custom fields. */
    static final String ENTITY = "supplier";

    private SupplierView view(TenantTx tx, Supplier s) {
        return view(s, customFields.viewer(tx, ENTITY).apply(s.customFieldsJson()));
    }

    static SupplierView view(Supplier s, Map<String, Object> custom) {
        return new SupplierView(
                s.id(),
                s.code(),
                s.legalName(),
                s.taxId(),
                s.country(),
                s.currency(),
                s.paymentTerms(),
                s.categories(),
                List.of(JSON.fromJson(s.contactsJson(), SupplierRequests.Contact[].class)),
                List.of(JSON.fromJson(s.addressesJson(), SupplierRequests.Address[].class)),
                s.notes(),
                s.status(),
                s.rating(),
                s.ratingsCount(),
                s.createdAt(),
                s.updatedAt(),
                custom);
    }
}
