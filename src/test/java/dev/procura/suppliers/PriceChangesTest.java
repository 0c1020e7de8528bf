package dev.procura.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.procura.platform.buying.PricedLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceChangesTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID OTHER_ORDER = UUID.randomUUID();

    private static PricedLine line(UUID document, String item, String price) {
        return new PricedLine(document, item, price == null ? null : new BigDecimal(price));
    }

    /** Expected values are what PostgreSQL 15 answers for {@code (a - b) * 100 / b} on numeric(18,4) columns. */
    @ParameterizedTest(name = "({0} - {1}) x 100 / {1} = {2}")
    @CsvSource({
        "1.0000, 3.0000, -66.6666666666666667",
        "1010.0000, 1000.0000, 1.00000000000000000000",
        "149.5000, 150.0000, -0.33333333333333333333",
        "0.0001, 99999999.9999, -99.9999999999000000",
        "12345678.9012, 0.0003, 4115226300300.0000",
        "0.0000, 7.0000, -100.0000000000000000",
        "5.0000, 5.0000, 0.00000000000000000000"
    })
    void dividesAtTheScalePostgresqlPicks(String later, String earlier, String expected) {
        BigDecimal a = new BigDecimal(later);
        BigDecimal b = new BigDecimal(earlier);
        assertEquals(
                expected,
                PriceChanges.numericDivide(a.subtract(b).multiply(BigDecimal.valueOf(100)), b)
                        .toPlainString());
    }

    /** Expected means are PostgreSQL's AVG of the same expression over the same join. */
    @Test
    void theMeanIsOverEveryMatchingPairAsPostgresqlAveragesIt() {
        BigDecimal mean = PriceChanges.meanPercent(
                List.of(line(ORDER, "A", "1.0000"), line(ORDER, "B", "2.0000"), line(ORDER, "C", "1010.0000")),
                List.of(line(ORDER, "A", "3.0000"), line(ORDER, "B", "3.0000"), line(ORDER, "C", "1000.0000")));
        assertEquals("-33.00000000000000000000", mean.toPlainString());
    }

    @Test
    void onlyTheSameItemOnTheSameDocumentWithAPriceAboveZeroIsCompared() {
        BigDecimal mean = PriceChanges.meanPercent(
                List.of(
                        line(ORDER, "A", "110.0000"),
                        line(ORDER, "B", "50.0000"),
                        line(OTHER_ORDER, "A", "500.0000"),
                        line(ORDER, "Z", null)),
                List.of(
                        line(ORDER, "A", "100.0000"),
                        line(ORDER, "B", "0.0000"),
                        line(ORDER, "Z", "1.0000"),
                        line(OTHER_ORDER, "B", "9.0000")));
        assertEquals("10.0000000000000000", mean.toPlainString());
    }

    @Test
    void everyEarlierLineOfTheItemMakesAPairAsAJoinWould() {
        BigDecimal mean = PriceChanges.meanPercent(
                List.of(line(ORDER, "A", "120.0000")),
                List.of(line(ORDER, "A", "100.0000"), line(ORDER, "A", "200.0000")));
        assertEquals("-10.0000000000000000", mean.toPlainString(), "mean of +20% and -40%, as PostgreSQL has it");
    }

    @Test
    void noPairsMeansNoFigure() {
        assertNull(PriceChanges.meanPercent(List.of(line(ORDER, "A", "1.0000")), List.of()));
    }
}
