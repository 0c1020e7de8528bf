package dev.procura.currencies;

import dev.procura.currencies.CurrencyViews.ExchangeRateView;
import dev.procura.currencies.CurrencyViews.LookupView;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.masters.Rate;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stated exchange rates: one per pair and {@code valid_from} date, between two currencies of the
 * tenant. Lookups apply {@link RateTable}: the latest rate valid on the date, inverted or
 * triangulated through the tenant currency when only those exist.
 */
@ApplicationScoped
public class ExchangeRateService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    CurrencyRepository repository;

    @Inject
    CurrencyService currencies;

    @Inject
    ExchangeRateBook book;

    @Inject
    TenantOutbox outbox;

    public ExchangeRateView create(UUID actor, CurrencyRequests.DefineRate request) {
        return tenantData.call(tx -> create(tx, actor, request));
    }

    ExchangeRateView create(TenantTx tx, UUID actor, CurrencyRequests.DefineRate request) {
        requireUsablePair(tx, request);
        repository
                .rate(tx.em(), request.fromCurrency(), request.toCurrency(), request.validFrom())
                .ifPresent(other -> {
                    throw taken(request, other);
                });
        ExchangeRate rate = new ExchangeRate(tx.now());
        rate.state(request.fromCurrency(), request.toCurrency(), request.rate(), request.validFrom(), tx.now());
        tx.em().persist(rate);
        publish(tx, actor, "exchange_rate.created", rate);
        return ExchangeRateView.of(rate);
    }

    public Page<ExchangeRateView> list(CurrencyRepository.RateFilter filter, String sort, int page, int perPage) {
        if (filter.since() != null && filter.until() != null && filter.since().isAfter(filter.until())) {
            throw new Failure.InvalidInput("valid_from_since", "must not be after valid_from_until");
        }
        return tenantData.call(tx -> new Page<>(
                repository.rates(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                        .map(ExchangeRateView::of)
                        .toList(),
                page,
                perPage,
                repository.countRates(tx.em(), filter)));
    }

    public ExchangeRateView get(UUID id) {
        return tenantData.call(tx -> ExchangeRateView.of(existing(tx.em(), id)));
    }

    public ExchangeRateView change(UUID actor, UUID id, CurrencyRequests.DefineRate request) {
        return tenantData.call(tx -> {
            ExchangeRate rate = existing(tx.em(), id);
            requireUsablePair(tx, request);
            repository
                    .rate(tx.em(), request.fromCurrency(), request.toCurrency(), request.validFrom())
                    .filter(other -> !other.id().equals(id))
                    .ifPresent(other -> {
                        throw taken(request, other);
                    });
            rate.state(request.fromCurrency(), request.toCurrency(), request.rate(), request.validFrom(), tx.now());
            publish(tx, actor, "exchange_rate.changed", rate);
            return ExchangeRateView.of(rate);
        });
    }

    public void delete(UUID actor, UUID id) {
        tenantData.call(tx -> {
            ExchangeRate rate = existing(tx.em(), id);
            tx.em().remove(rate);
            publish(tx, actor, "exchange_rate.deleted", rate);
            return null;
        });
    }

    /** The rate used from {@code from} into {@code to} on {@code date} (today when null), and an amount converted. */
    public LookupView lookup(String from, String to, LocalDate date, BigDecimal amount) {
        List<FieldError> errors = new ArrayList<>();
        if (!Money.isCurrency(from)) {
            errors.add(new FieldError("from", "is not an ISO 4217 currency code"));
        }
        if (!Money.isCurrency(to)) {
            errors.add(new FieldError("to", "is not an ISO 4217 currency code"));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return tenantData.call(tx -> {
            LocalDate on = date == null ? tx.today() : date;
            Rate rate = book.rate(tx, from, to, on)
                    .orElseThrow(() -> new Failure.NotFound("No exchange rate from " + from + " to " + to + " on " + on
                            + ", stated either way or through the tenant currency"));
            BigDecimal converted = amount == null ? null : rate.convert(amount, currencies.decimals(tx, to, "to"));
            return LookupView.of(rate, on, converted);
        });
    }

    /**
     * Sets the pair's rate valid from {@code validFrom}, adding either currency the tenant lacks:
     * the settings' {@code exchange_rates} writes come here.
     */
    void restate(TenantTx tx, UUID actor, String from, String to, BigDecimal value, LocalDate validFrom) {
        currencies.home(tx);
        currencies.addIso(tx, from);
        currencies.addIso(tx, to);
        Optional<ExchangeRate> stored = repository.rate(tx.em(), from, to, validFrom);
        if (stored.isPresent() && stored.get().rate().compareTo(value) == 0) {
            return;
        }
        ExchangeRate rate = stored.orElseGet(() -> {
            ExchangeRate created = new ExchangeRate(tx.now());
            tx.em().persist(created);
            return created;
        });
        rate.state(from, to, value, validFrom, tx.now());
        publish(tx, actor, stored.isPresent() ? "exchange_rate.changed" : "exchange_rate.created", rate);
    }

    /** An import row, keyed by pair and date: created, updated, or left as it is when equal. */
    ImportOutcome.Result importRow(
            TenantTx tx, UUID actor, CurrencyRequests.DefineRate request, ImportMode mode, boolean dryRun) {
        requireUsablePair(tx, request);
        Optional<ExchangeRate> stored =
                repository.rate(tx.em(), request.fromCurrency(), request.toCurrency(), request.validFrom());
        if (stored.isEmpty()) {
            if (!dryRun) {
                create(tx, actor, request);
            }
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw taken(request, stored.get());
        }
        if (stored.get().rate().compareTo(request.rate()) == 0) {
            return ImportOutcome.Result.UNCHANGED;
        }
        if (!dryRun) {
            stored.get()
                    .state(request.fromCurrency(), request.toCurrency(), request.rate(), request.validFrom(), tx.now());
            publish(tx, actor, "exchange_rate.changed", stored.get());
        }
        return ImportOutcome.Result.UPDATED;
    }

    private void requireUsablePair(TenantTx tx, CurrencyRequests.DefineRate request) {
        if (request.fromCurrency().equals(request.toCurrency())) {
            throw new Failure.InvalidInput("to_currency", "must differ from from_currency");
        }
        currencies.requireActive(tx, request.fromCurrency(), "from_currency");
        currencies.requireActive(tx, request.toCurrency(), "to_currency");
    }

    private static Failure taken(CurrencyRequests.DefineRate request, ExchangeRate other) {
        return new Failure.Conflict(
                ProblemType.EXCHANGE_RATE_EXISTS,
                "A rate " + request.fromCurrency() + "/" + request.toCurrency() + " valid from " + request.validFrom()
                        + " exists; change it instead",
                Map.of("id", other.id()));
    }

    private void publish(TenantTx tx, UUID actor, String event, ExchangeRate rate) {
        outbox.publish(
                tx,
                event,
                rate.id().toString(),
                actor,
                Map.of(
                        "exchange_rate_id", rate.id(),
                        "from_currency", rate.fromCurrency(),
                        "to_currency", rate.toCurrency(),
                        "rate", rate.rate(),
                        "valid_from", rate.validFrom().toString()));
    }

    private static ExchangeRate existing(EntityManager em, UUID id) {
        ExchangeRate rate = em.find(ExchangeRate.class, id);
        if (rate == null) {
            throw new Failure.NotFound("No exchange rate " + id + " in this tenant");
        }
        return rate;
    }
}
