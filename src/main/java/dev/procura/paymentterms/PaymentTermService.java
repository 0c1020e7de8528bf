package dev.procura.paymentterms;

import dev.procura.currencies.CurrencyService;
import dev.procura.paymentterms.PaymentTermViews.PaymentTermView;
import dev.procura.paymentterms.PaymentTermViews.ScheduleView;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payment terms: unique codes, an optional early-payment discount, and the schedule they give an
 * invoice. A term that records name is deactivated, not deleted. Other capabilities resolve a
 * term by code here ({@link #requireActive}).
 */
@ApplicationScoped
public class PaymentTermService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    PaymentTermRepository terms;

    @Inject
    CurrencyService currencies;

    @Inject
    TenantOutbox outbox;

    @Inject
    Instance<PaymentTermReferences> references;

    public PaymentTermView create(UUID actor, PaymentTermRequests.Define request) {
        return tenantData.call(tx -> create(tx, actor, request));
    }

    PaymentTermView create(TenantTx tx, UUID actor, PaymentTermRequests.Define request) {
        requireFreeCode(tx.em(), request.code(), null);
        PaymentTerm term = new PaymentTerm(tx.now());
        term.describe(request, tx.now());
        tx.em().persist(term);
        publish(tx, actor, "payment_term.created", term);
        return PaymentTermView.of(term);
    }

    public Page<PaymentTermView> list(PaymentTermRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                terms.list(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                        .map(PaymentTermView::of)
                        .toList(),
                page,
                perPage,
                terms.count(tx.em(), filter)));
    }

    public PaymentTermView get(UUID id) {
        return tenantData.call(tx -> PaymentTermView.of(existing(tx.em(), id)));
    }

    public PaymentTermView change(UUID actor, UUID id, PaymentTermRequests.Define request) {
        return tenantData.call(tx -> change(tx, actor, existing(tx.em(), id), request));
    }

    private PaymentTermView change(TenantTx tx, UUID actor, PaymentTerm term, PaymentTermRequests.Define request) {
        requireFreeCode(tx.em(), request.code(), term.id());
        boolean wasActive = term.isActive();
        term.describe(request, tx.now());
        String event = wasActive == term.isActive()
                ? "payment_term.changed"
                : term.isActive() ? "payment_term.reactivated" : "payment_term.deactivated";
        publish(tx, actor, event, term);
        return PaymentTermView.of(term);
    }

    /** Deletes a term no record names; one in use is to be deactivated instead. */
    public void delete(UUID actor, UUID id) {
        tenantData.call(tx -> {
            PaymentTerm term = existing(tx.em(), id);
            Map<String, Object> inUse = new LinkedHashMap<>();
            for (PaymentTermReferences kind : references) {
                long count = kind.countOf(tx, id);
                if (count > 0) {
                    inUse.put(kind.records(), count);
                }
            }
            if (!inUse.isEmpty()) {
                throw new Failure.Conflict(
                        ProblemType.PAYMENT_TERM_IN_USE,
                        "Payment term " + term.code() + " is named by " + inUse + "; deactivate it (active: false)"
                                + " instead",
                        Map.of("records", inUse));
            }
            tx.em().remove(term);
            publish(tx, actor, "payment_term.deleted", term);
            return null;
        });
    }

    /** Due date, discount date and discount of an invoice under the term; currency defaults to the tenant's. */
    public ScheduleView schedule(UUID id, LocalDate invoiceDate, BigDecimal amount, String currency) {
        if (amount.signum() < 0) {
            throw new Failure.InvalidInput("amount", "must not be negative");
        }
        return tenantData.call(tx -> {
            PaymentTerm term = existing(tx.em(), id);
            String code = currency == null ? currencies.home(tx) : currency;
            int decimals = currencies.decimals(tx, code, "currency");
            PaymentSchedule.Schedule schedule = PaymentSchedule.of(term.terms(), invoiceDate, amount, decimals);
            return new ScheduleView(
                    invoiceDate,
                    amount.setScale(decimals, java.math.RoundingMode.HALF_UP),
                    code,
                    schedule.dueDate(),
                    schedule.discountDate(),
                    schedule.discountAmount(),
                    schedule.discountedAmount());
        });
    }

    /** For a record that names a term by code in this transaction: its id, when it exists and is active; else 400. */
    public UUID requireActive(TenantTx tx, String code, String field) {
        PaymentTerm term = terms.byCode(tx.em(), code)
                .orElseThrow(() -> new Failure.InvalidInput(field, "is not a payment term of this tenant"));
        if (!term.isActive()) {
            throw new Failure.InvalidInput(field, "payment term " + code + " is inactive");
        }
        return term.id();
    }

    /** The code of a term by id (for views of records that name one). */
    public Optional<String> codeOf(TenantTx tx, UUID id) {
        return Optional.ofNullable(id)
                .map(i -> tx.em().find(PaymentTerm.class, i))
                .map(PaymentTerm::code);
    }

    /** An import row keyed by code: created, updated, or left as it is when equal (nothing written then). */
    ImportOutcome.Result importRow(
            TenantTx tx, UUID actor, PaymentTermRequests.Define request, ImportMode mode, boolean dryRun) {
        Optional<PaymentTerm> stored = terms.byCode(tx.em(), request.code());
        if (stored.isEmpty()) {
            if (!dryRun) {
                create(tx, actor, request);
            }
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw codeTaken(request.code());
        }
        if (stored.get().sameAs(request)) {
            return ImportOutcome.Result.UNCHANGED;
        }
        if (!dryRun) {
            change(tx, actor, stored.get(), request);
        }
        return ImportOutcome.Result.UPDATED;
    }

    private void requireFreeCode(EntityManager em, String code, UUID self) {
        if (terms.codeTaken(em, code, self)) {
            throw codeTaken(code);
        }
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(ProblemType.PAYMENT_TERM_CODE_TAKEN, "Another payment term has the code " + code);
    }

    private void publish(TenantTx tx, UUID actor, String event, PaymentTerm term) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("payment_term_id", term.id());
        data.put("code", term.code());
        data.put("net_days", term.netDays());
        data.put("end_of_month", term.isEndOfMonth());
        data.put("active", term.isActive());
        outbox.publish(tx, event, term.id().toString(), actor, data);
    }

    private static PaymentTerm existing(EntityManager em, UUID id) {
        PaymentTerm term = em.find(PaymentTerm.class, id);
        if (term == null) {
            throw new Failure.NotFound("No payment term " + id + " in this tenant");
        }
        return term;
    }
}
