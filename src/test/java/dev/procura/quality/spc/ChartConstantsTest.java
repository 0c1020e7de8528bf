package dev.procura.quality.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChartConstantsTest {

    // A 3-decimal table value derived from rounded d2, d3, c4 may sit one unit past plain rounding.
    private static final double TABLE_ROUNDING = 0.0011;

    @Test
    void c4IsExactFromTheGammaFunction() {
        // math.gamma in reference.py
        assertEquals(0.7978845608028655, ChartConstants.c4(2), 1e-15);
        assertEquals(0.9399856029866254, ChartConstants.c4(5), 1e-15);
        assertEquals(0.9726592741215884, ChartConstants.c4(10), 1e-15);
        assertEquals(0.989640375585703, ChartConstants.c4(25), 1e-15);
    }

    @Test
    void c4AgreesWithThePublishedFourDecimalTable() {
        double[] published = {
            0.7979, 0.8862, 0.9213, 0.9400, 0.9515, 0.9594, 0.9650, 0.9693, 0.9727, 0.9754, 0.9776, 0.9794, 0.9810,
            0.9823, 0.9835, 0.9845, 0.9854, 0.9862, 0.9869, 0.9876, 0.9882, 0.9887, 0.9892, 0.9896
        };
        for (int n = 2; n <= 25; n++) {
            assertEquals(published[n - 2], ChartConstants.c4(n), 5e-5, "c4 for n = " + n);
        }
    }

    @Test
    void tableValuesHoldTheirDefiningRelations() {
        for (int n = 2; n <= 25; n++) {
            double c4 = ChartConstants.c4(n);
            double spread = 3 * Math.sqrt(1 - (c4 * c4)) / c4;
            assertEquals(3 / (ChartConstants.d2(n) * Math.sqrt(n)), ChartConstants.A2(n), TABLE_ROUNDING, "A2 " + n);
            assertEquals(3 / (c4 * Math.sqrt(n)), ChartConstants.A3(n), TABLE_ROUNDING, "A3 " + n);
            assertEquals(Math.max(0, 1 - spread), ChartConstants.B3(n), TABLE_ROUNDING, "B3 " + n);
            assertEquals(1 + spread, ChartConstants.B4(n), TABLE_ROUNDING, "B4 " + n);
            // D3 = 1 - 3·d3/d2 and D4 = 1 + 3·d3/d2, with D3 clamped at 0 up to n = 6.
            if (n <= 6) {
                assertEquals(0.0, ChartConstants.D3(n), "D3 " + n);
            } else {
                assertEquals(2, ChartConstants.D3(n) + ChartConstants.D4(n), 2 * TABLE_ROUNDING, "D3 + D4 " + n);
            }
        }
    }

    @Test
    void knownTableRowsReadBack() {
        assertEquals(0.577, ChartConstants.A2(5));
        assertEquals(2.114, ChartConstants.D4(5));
        assertEquals(0.0, ChartConstants.D3(5));
        assertEquals(2.326, ChartConstants.d2(5));
        assertEquals(1.427, ChartConstants.A3(5));
        assertEquals(2.089, ChartConstants.B4(5));
        assertEquals(1.128, ChartConstants.d2(2));
        assertEquals(3.267, ChartConstants.D4(2));
        assertEquals(0.459, ChartConstants.D3(25));
        assertEquals(3.931, ChartConstants.d2(25));
    }

    @Test
    void sizesOutsideTwoToTwentyFiveAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChartConstants.A2(1));
        assertThrows(IllegalArgumentException.class, () -> ChartConstants.c4(26));
    }
}
