package dev.procura.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OeeTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void oeeIsTheProductOfAvailabilityPerformanceAndQuality() {
        // 400 min run, 80 min down, ideal 1 min/unit for 360 units, 342 good: the textbook example.
        Oee oee = Oee.of(d("400"), d("80"), d("360"), d("360"), d("342"));
        assertEquals(d("480"), oee.plannedMinutes());
        assertEquals(d("0.8333"), oee.availability());
        assertEquals(d("0.9000"), oee.performance());
        assertEquals(d("0.9500"), oee.quality());
        // Computed from the raw inputs, not from the rounded factors: 0.8333 × 0.9 × 0.95 = 0.71247.
        assertEquals(d("0.7125"), oee.oee());
    }

    @Test
    void figuresWithoutTheirDenominatorAreNull() {
        Oee idle = Oee.of(BigDecimal.ZERO, d("30"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(d("0.0000"), idle.availability());
        assertNull(idle.performance());
        assertNull(idle.quality());
        assertNull(idle.oee());
        assertNull(Oee.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)
                .availability());
    }

    @Test
    void performanceAboveOneIsShownNotCapped() {
        assertEquals(
                d("1.2000"), Oee.of(d("50"), d("0"), d("60"), d("10"), d("10")).performance());
    }

    @Test
    void idealMinutesAndYields() {
        assertEquals(d("50.000"), Oee.idealMinutes(d("30"), d("100")));
        assertEquals(d("0.9792"), Oee.firstPassYield(d("94"), d("96")));
        assertNull(Oee.firstPassYield(d("0"), d("0")));
        assertEquals(d("0.8813"), Oee.rolledThroughput(List.of(new BigDecimal[] {d("90"), d("100")}, new BigDecimal[] {
            d("94"), d("96")
        })));
        assertNull(Oee.rolledThroughput(List.<BigDecimal[]>of(new BigDecimal[] {d("1"), d("0")})));
    }
}
