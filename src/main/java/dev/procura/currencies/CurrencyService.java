package dev.procura.currencies;

import dev.procura.currencies.CurrencyViews.CurrencyView;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.Money;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's currencies. The tenant currency (settings {@code currency}) is always present and
 * active: it is added when first needed and cannot be deactivated. Other capabilities ask here
 * whether a currency may be used ({@link #requireActive}) and how many decimals it has.
 */
@ApplicationScoped
public class CurrencyService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    CurrencyRepository currencies;

    @Inject
    SettingsService settings;

    @Inject
    TenantOutbox outbox;

    public CurrencyView create(UUID actor, CurrencyRequests.Define request) {
        return tenantData.call(tx -> create(tx, actor, request));
    }

    CurrencyView create(TenantTx tx, UUID actor, CurrencyRequests.Define request) {
        requireIso(request.code());
        String home = home(tx);
        if (tx.em().find(Currency.class, request.code()) != null) {
            throw new Failure.Conflict(
                    ProblemType.CURRENCY_EXISTS,
                    "The tenant already has " + request.code() + "; change it instead",
                    Map.of("code", request.code()));
        }
        Currency currency = new Currency(request.code(), tx.now());
        describe(currency, request, home, tx);
        tx.em().persist(currency);
        publish(tx, actor, "currency.created", currency);
        return CurrencyView.of(currency, home);
    }

    public Page<CurrencyView> list(CurrencyRepository.CurrencyFilter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            String home = home(tx);
            return new Page<>(
                    currencies.currencies(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                            .map(c -> CurrencyView.of(c, home))
                            .toList(),
                    page,
                    perPage,
                    currencies.countCurrencies(tx.em(), filter));
        });
    }

    public CurrencyView get(String code) {
        return tenantData.call(tx -> {
            String home = home(tx);
            return CurrencyView.of(existing(tx.em(), code), home);
        });
    }

    public CurrencyView change(UUID actor, String code, CurrencyRequests.Define request) {
        return tenantData.call(tx -> change(tx, actor, code, request));
    }

    CurrencyView change(TenantTx tx, UUID actor, String code, CurrencyRequests.Define request) {
        if (!code.equals(request.code())) {
            throw new Failure.InvalidInput("code", "must be the code of the currency changed (" + code + ")");
        }
        String home = home(tx);
        Currency currency = existing(tx.em(), code);
        boolean wasActive = currency.isActive();
        describe(currency, request, home, tx);
        String event = wasActive == currency.isActive()
                ? "currency.changed"
                : currency.isActive() ? "currency.reactivated" : "currency.deactivated";
        publish(tx, actor, event, currency);
        return CurrencyView.of(currency, home);
    }

    /** An import row: created, updated, or left as it is when equal (nothing written then). */
    ImportOutcome.Result importRow(
            TenantTx tx, UUID actor, CurrencyRequests.Define request, ImportMode mode, boolean dryRun) {
        requireIso(request.code());
        // The tenant currency exists before any row is judged, so a dry run judges it as the real run does.
        home(tx);
        Currency stored = tx.em().find(Currency.class, request.code());
        if (stored == null) {
            if (!dryRun) {
                create(tx, actor, request);
            }
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw new Failure.Conflict(
                    ProblemType.CURRENCY_EXISTS,
                    "The tenant already has " + request.code(),
                    Map.of("code", request.code()));
        }
        if (stored.name().equals(nameOf(request))
                && stored.decimals() == decimalsOf(request)
                && stored.isActive() == request.activeOrDefault()) {
            return ImportOutcome.Result.UNCHANGED;
        }
        if (!dryRun) {
            change(tx, actor, request.code(), request);
        } else if (request.code().equals(home(tx)) && !request.activeOrDefault()) {
            throw tenantCurrencyStays(request.code());
        }
        return ImportOutcome.Result.UPDATED;
    }

    /**
     * For a record that names a currency in this transaction: the tenant has it and it is active,
     * else a 400 on {@code field}. Answers its minor units.
     */
    public int requireActive(TenantTx tx, String code, String field) {
        home(tx);
        Currency currency = code == null ? null : tx.em().find(Currency.class, code);
        if (currency == null) {
            throw new Failure.InvalidInput(field, "is not a currency of this tenant; add it under /currencies first");
        }
        if (!currency.isActive()) {
            throw new Failure.InvalidInput(field, "currency " + code + " is inactive");
        }
        return currency.decimals();
    }

    /** The minor units of a currency of the tenant, or else ISO 4217's; 400 on {@code field} for neither. */
    public int decimals(TenantTx tx, String code, String field) {
        Currency currency = code == null ? null : tx.em().find(Currency.class, code);
        if (currency != null) {
            return currency.decimals();
        }
        if (!Money.isCurrency(code)) {
            throw new Failure.InvalidInput(field, "is not an ISO 4217 currency code");
        }
        return java.util.Currency.getInstance(code).getDefaultFractionDigits();
    }

    /** The tenant currency, added (or reactivated) when the tenant does not have it yet. */
    public String home(TenantTx tx) {
        String home = settings.current(tx.em()).currency();
        Currency currency = tx.em().find(Currency.class, home);
        if (currency == null) {
            addIso(tx, home);
        } else if (!currency.isActive()) {
            currency.describe(currency.name(), currency.decimals(), true, tx.now());
        }
        return home;
    }

    /** Adds an ISO 4217 currency with its ISO name and minor units unless the tenant has it. */
    void addIso(TenantTx tx, String code) {
        java.util.Currency iso = java.util.Currency.getInstance(code);
        currencies.addIfMissing(tx.em(), code, iso.getDisplayName(Locale.ENGLISH), iso.getDefaultFractionDigits());
    }

    private void describe(Currency currency, CurrencyRequests.Define request, String home, TenantTx tx) {
        if (request.code().equals(home) && !request.activeOrDefault()) {
            throw tenantCurrencyStays(home);
        }
        currency.describe(nameOf(request), decimalsOf(request), request.activeOrDefault(), tx.now());
    }

    private static Failure tenantCurrencyStays(String home) {
        return new Failure.Conflict(
                ProblemType.TENANT_CURRENCY_REQUIRED,
                home + " is the tenant currency (settings currency) and stays active",
                Map.of("code", home));
    }

    private static String nameOf(CurrencyRequests.Define request) {
        return request.name() == null || request.name().isBlank()
                ? java.util.Currency.getInstance(request.code()).getDisplayName(Locale.ENGLISH)
                : request.name();
    }

    private static int decimalsOf(CurrencyRequests.Define request) {
        return request.decimals() == null
                ? java.util.Currency.getInstance(request.code()).getDefaultFractionDigits()
                : request.decimals();
    }

    static void requireIso(String code) {
        if (!Money.isCurrency(code)) {
            throw new Failure.InvalidInput("code", "is not an ISO 4217 currency code");
        }
    }

    private void publish(TenantTx tx, UUID actor, String event, Currency currency) {
        outbox.publish(
                tx,
                event,
                currency.code(),
                actor,
                Map.of(
                        "code", currency.code(),
                        "name", currency.name(),
                        "decimals", currency.decimals(),
                        "active", currency.isActive()));
    }

    static Currency existing(EntityManager em, String code) {
        Currency currency = em.find(Currency.class, code);
        if (currency == null) {
            throw new Failure.NotFound("No currency " + code + " in this tenant");
        }
        return currency;
    }
}
