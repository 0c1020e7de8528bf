package dev.procura.taxes;

import dev.procura.platform.ledger.TaxCalculation;
import dev.procura.platform.ledger.TaxCodes;
import dev.procura.platform.ledger.TaxLine;
import dev.procura.platform.ledger.TaxTerms;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The tax codes port: the tenant's tax codes and their calculator. */
@ApplicationScoped
public class TaxBook implements TaxCodes {

    @Inject
    TaxCodeService codes;

    @Override
    public Optional<TaxTerms> resolve(TenantTx tx, String code, LocalDate on) {
        return codes.resolve(tx, code, on);
    }

    @Override
    public Optional<TaxTerms> matchRate(TenantTx tx, BigDecimal rate, LocalDate on) {
        return codes.matchRate(tx, rate, on);
    }

    @Override
    public Set<String> activeCodes(TenantTx tx) {
        return codes.activeCodes(tx).stream()
                .map(c -> c.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    @Override
    public boolean anyDefined(TenantTx tx) {
        return codes.anyDefined(tx);
    }

    @Override
    public TaxCalculation calculate(TenantTx tx, String currency, List<TaxLine> lines) {
        return codes.calculate(tx, currency, lines);
    }
}
