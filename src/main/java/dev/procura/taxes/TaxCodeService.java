package dev.procura.taxes;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.ledger.Accounts;
import dev.procura.platform.ledger.TaxCalculation;
import dev.procura.platform.ledger.TaxLine;
import dev.procura.platform.ledger.TaxTerms;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.Money;
import dev.procura.taxes.TaxCodeViews.CalculationView;
import dev.procura.taxes.TaxCodeViews.TaxCodeView;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tax codes: unique codes (in any case), rate periods without overlap ({@link TaxRates}), a
 * recoverable share whose input tax goes to an active postable GL account, and the tax of lines
 * ({@link TaxCalculator}) rounded as the tenant's {@code tax_rounding} says.
 */
@ApplicationScoped
public class TaxCodeService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TaxCodeRepository codes;

    @Inject
    Accounts accounts;

    @Inject
    SettingsService settings;

    @Inject
    TenantOutbox outbox;

    public TaxCodeView create(UUID actor, TaxCodeRequests.Define request) {
        return tenantData.call(tx -> view(tx, create(tx, actor, request)));
    }

    private TaxCode create(TenantTx tx, UUID actor, TaxCodeRequests.Define request) {
        requireFreeCode(tx.em(), request.code(), null);
        Checked checked = check(tx, request);
        TaxCode code = new TaxCode(tx.now());
        code.describe(request, checked.periods(), checked.account(), tx.now());
        tx.em().persist(code);
        publish(tx, actor, "tax_code.created", code);
        return code;
    }

    public Page<TaxCodeView> list(TaxCodeRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                codes.list(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                        .map(c -> view(tx, c))
                        .toList(),
                page,
                perPage,
                codes.count(tx.em(), filter)));
    }

    public TaxCodeView get(UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx.em(), id)));
    }

    public TaxCodeView change(UUID actor, UUID id, TaxCodeRequests.Define request) {
        return tenantData.call(tx -> view(tx, change(tx, actor, existing(tx.em(), id), request)));
    }

    private TaxCode change(TenantTx tx, UUID actor, TaxCode code, TaxCodeRequests.Define request) {
        requireFreeCode(tx.em(), request.code(), code.id());
        Checked checked = check(tx, request);
        boolean wasActive = code.isActive();
        code.describe(request, checked.periods(), checked.account(), tx.now());
        String event = wasActive == code.isActive()
                ? "tax_code.changed"
                : code.isActive() ? "tax_code.reactivated" : "tax_code.deactivated";
        publish(tx, actor, event, code);
        return code;
    }

    /** Net, tax and gross of amounts under tax codes on a date, with totals by code. */
    public CalculationView calculate(TaxCodeRequests.Calculate request) {
        return tenantData.call(tx -> {
            String currency =
                    request.currency() == null ? settings.current(tx.em()).currency() : request.currency();
            if (!Money.isCurrency(currency)) {
                throw new Failure.InvalidInput("currency", "is not an ISO 4217 currency code");
            }
            LocalDate day = request.date() == null ? tx.today() : request.date();
            List<FieldError> errors = new ArrayList<>();
            List<TaxLine> lines = new ArrayList<>();
            for (int i = 0; i < request.lines().size(); i++) {
                TaxCodeRequests.CalculationLine line = request.lines().get(i);
                Optional<TaxTerms> terms = resolve(tx, line.taxCode(), day);
                if (terms.isEmpty()) {
                    errors.add(new FieldError(
                            "lines[" + i + "].tax_code", "is not an active tax code with a rate on " + day));
                } else {
                    lines.add(new TaxLine(line.amount(), terms.get()));
                }
            }
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            return CalculationView.of(calculate(tx, currency, lines), day);
        });
    }

    TaxCalculation calculate(TenantTx tx, String currency, List<TaxLine> lines) {
        return TaxCalculator.calculate(
                currency, TaxCalculator.Rounding.of(settings.current(tx.em()).taxRounding()), lines);
    }

    Optional<TaxTerms> resolve(TenantTx tx, String code, LocalDate day) {
        return codes.byCode(tx.em(), code).filter(TaxCode::isActive).flatMap(c -> termsOn(tx, c, day));
    }

    /** The active exclusive codes whose period on the day is the one plain rate; the one, or none. */
    Optional<TaxTerms> matchRate(TenantTx tx, BigDecimal rate, LocalDate day) {
        List<TaxTerms> matches = codes.active(tx.em()).stream()
                .filter(c -> !c.isInclusive())
                .flatMap(c -> termsOn(tx, c, day).stream())
                .filter(t -> t.isSingleRate(rate))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    List<String> activeCodes(TenantTx tx) {
        return codes.active(tx.em()).stream().map(TaxCode::code).toList();
    }

    boolean anyDefined(TenantTx tx) {
        return codes.any(tx.em());
    }

    /** An import row keyed by code: created, updated, or left as it is when equal (nothing written then). */
    ImportOutcome.Result importRow(
            TenantTx tx, UUID actor, TaxCodeRequests.Define request, ImportMode mode, boolean dryRun) {
        Optional<TaxCode> stored = codes.byCode(tx.em(), request.code());
        if (stored.isEmpty()) {
            if (!dryRun) {
                create(tx, actor, request);
            } else {
                check(tx, request);
            }
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw codeTaken(request.code());
        }
        Checked checked = check(tx, request);
        if (stored.get().sameAs(request, checked.periods(), checked.account())) {
            return ImportOutcome.Result.UNCHANGED;
        }
        if (!dryRun) {
            change(tx, actor, stored.get(), request);
        }
        return ImportOutcome.Result.UPDATED;
    }

    private Optional<TaxTerms> termsOn(TenantTx tx, TaxCode code, LocalDate day) {
        return code.termsOn(day, accountCode(tx, code.inputTaxAccountId()));
    }

    /** The request's periods and input tax account id, or a 400 naming every fault. */
    private Checked check(TenantTx tx, TaxCodeRequests.Define request) {
        List<FieldError> errors = new ArrayList<>();
        List<TaxRates.StoredPeriod> periods = TaxRates.of(request.rates(), errors);
        UUID account = null;
        if (request.inputTaxAccount() != null) {
            Optional<Accounts.Account> found = accounts.activePostable(tx, request.inputTaxAccount());
            if (found.isEmpty()) {
                errors.add(new FieldError("input_tax_account", "is not an active postable GL account of this tenant"));
            } else {
                account = found.get().id();
            }
        } else if (request.recoverableOrDefault().signum() > 0) {
            errors.add(new FieldError(
                    "input_tax_account", "is required while recoverable_percent is above 0 (it defaults to 100)"));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw new Failure.InvalidInput(errors);
        }
        return new Checked(periods, account);
    }

    private record Checked(List<TaxRates.StoredPeriod> periods, UUID account) {}

    private String accountCode(TenantTx tx, UUID accountId) {
        return accountId == null
                ? null
                : accounts.activePostable(tx, accountId)
                        .map(Accounts.Account::code)
                        .orElse(null);
    }

    private void requireFreeCode(EntityManager em, String code, UUID self) {
        if (codes.codeTaken(em, code, self)) {
            throw codeTaken(code);
        }
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(
                ProblemType.TAX_CODE_TAKEN, "Another tax code has the code " + code + " (in any case)");
    }

    private void publish(TenantTx tx, UUID actor, String event, TaxCode code) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tax_code_id", code.id());
        data.put("code", code.code());
        data.put("inclusive", code.isInclusive());
        data.put("recoverable_percent", code.recoverablePercent());
        data.put("active", code.isActive());
        outbox.publish(tx, event, code.id().toString(), actor, data);
    }

    TaxCodeView view(TenantTx tx, TaxCode code) {
        return TaxCodeView.of(code, accountCode(tx, code.inputTaxAccountId()));
    }

    private static TaxCode existing(EntityManager em, UUID id) {
        TaxCode code = em.find(TaxCode.class, id);
        if (code == null) {
            throw new Failure.NotFound("No tax code " + id + " in this tenant");
        }
        return code;
    }
}
