package dev.procura.analytics;

import dev.procura.platform.analytics.Period;
import dev.procura.platform.production.ShopFloorTotals;
import dev.procura.platform.quality.NonConformanceTotals;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The production and quality figures dashboard tiles show, read from the capabilities that own them. */
@ApplicationScoped
class QualityFigures {

    @Inject
    TenantTransactions tenantData;

    @Inject
    ShopFloorTotals shopFloor;

    @Inject
    NonConformanceTotals nonConformances;

    /** OEE and first-pass yield in percent (2 decimals; null without reports), and the NCRs raised. */
    record Figures(BigDecimal oeePercent, BigDecimal firstPassYieldPercent, long ncrsRaised) {}

    Figures of(Period period) {
        return tenantData.call(tx -> {
            ShopFloorTotals.Totals totals = shopFloor.between(tx, period.from(), period.to());
            return new Figures(
                    percent(totals.oee()),
                    percent(totals.firstPassYield()),
                    nonConformances.raisedBetween(tx, period.from(), period.to()));
        });
    }

    private static BigDecimal percent(BigDecimal ratio) {
        return ratio == null ? null : ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
