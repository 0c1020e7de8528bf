package dev.procura.suppliers;

import dev.procura.tenants.TenantSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A supplier's score from 0 to 100: each criterion scores 0-100, and the tenant's weights (summing
 * to 100) combine them. A criterion with no data is left out and the others' weights are scaled up;
 * with no data at all there is no score and no standing ("unrated"), so nothing is blocked.
 * <ul>
 *   <li>quality: mean of the quality mark and the share of received quantity accepted, less
 *       {@value #NCR_PENALTY} points per NCR raised against the supplier in the period (not below 0;
 *       with NCRs but neither mark nor receipts, from 100). A penalty per report, not a share of
 *       quantity: an NCR's quantity is often the receipt's rejected quantity, already counted;</li>
 *   <li>delivery: mean of the delivery mark and the on-time receipt rate;</li>
 *   <li>price, service: their marks.</li>
 * </ul>
 * A mark (mean of 1-5 ratings) scores (mark - 1) / 4 x 100.
 */
public final class SupplierScorecard {

    /** Points the quality criterion loses per NCR raised against the supplier in the period. */
    public static final int NCR_PENALTY = 10;

    /**
     * What the score is computed from; null means "no data". Rates are percentages;
     * {@code nonConformances} counts NCRs raised against the supplier in the period.
     */
    public record Inputs(
            BigDecimal qualityMark,
            BigDecimal deliveryMark,
            BigDecimal priceMark,
            BigDecimal serviceMark,
            BigDecimal acceptedPercent,
            BigDecimal onTimePercent,
            Long nonConformances) {

        /** Inputs without NCR figures (e.g. analytics' rollups, which keep none). */
        public Inputs(
                BigDecimal qualityMark,
                BigDecimal deliveryMark,
                BigDecimal priceMark,
                BigDecimal serviceMark,
                BigDecimal acceptedPercent,
                BigDecimal onTimePercent) {
            this(qualityMark, deliveryMark, priceMark, serviceMark, acceptedPercent, onTimePercent, null);
        }
    }

    @Schema(name = "ScorecardCriterion")
    public record Criterion(String name, int weight, BigDecimal score) {}

    @Schema(name = "Scorecard")
    public record Result(
            @Schema(description = "0-100, null when there is no data")
            BigDecimal score,

            List<Criterion> criteria,

            @Schema(description = "The standing the score falls in; null when unrated")
            String standing,

            @Schema(description = "none, warn or block: what the standing does to new RFQs and orders")
            String action) {
        public boolean blocks() {
            return "block".equals(action);
        }

        public boolean warns() {
            return "warn".equals(action);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SupplierScorecard() {}

    public static Result score(Inputs in, TenantSettings settings) {
        TenantSettings.ScorecardWeights weights = settings.scorecardWeights();
        List<Criterion> criteria = List.of(
                new Criterion(
                        "quality",
                        weights.quality(),
                        lessNcrs(mean(mark(in.qualityMark()), in.acceptedPercent()), in.nonConformances())),
                new Criterion("delivery", weights.delivery(), mean(mark(in.deliveryMark()), in.onTimePercent())),
                new Criterion("price", weights.price(), mark(in.priceMark())),
                new Criterion("service", weights.service(), mark(in.serviceMark())));
        BigDecimal weighted = BigDecimal.ZERO;
        int weightWithData = 0;
        for (Criterion criterion : criteria) {
            if (criterion.score() != null) {
                weighted = weighted.add(criterion.score().multiply(BigDecimal.valueOf(criterion.weight())));
                weightWithData += criterion.weight();
            }
        }
        if (weightWithData == 0) {
            return new Result(null, criteria, null, "none");
        }
        BigDecimal score = weighted.divide(BigDecimal.valueOf(weightWithData), 2, RoundingMode.HALF_UP);
        TenantSettings.Standing standing = settings.standingOf(score);
        return new Result(score, criteria, standing.name(), standing.action());
    }

    /** The quality score less {@link #NCR_PENALTY} per NCR, not below 0; NCRs alone start from 100. */
    static BigDecimal lessNcrs(BigDecimal quality, Long ncrs) {
        if (ncrs == null || ncrs == 0) {
            return quality;
        }
        BigDecimal from = quality == null ? HUNDRED : quality;
        return from.subtract(BigDecimal.valueOf(NCR_PENALTY * ncrs)).max(BigDecimal.ZERO);
    }

    /** A mean mark of 1-5 as a 0-100 score. */
    static BigDecimal mark(BigDecimal mark) {
        if (mark == null) {
            return null;
        }
        return mark.subtract(BigDecimal.ONE).multiply(HUNDRED).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(BigDecimal... values) {
        List<BigDecimal> present =
                new ArrayList<>(Stream.of(values).filter(v -> v != null).toList());
        if (present.isEmpty()) {
            return null;
        }
        return present.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }
}
