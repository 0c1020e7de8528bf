package dev.procura.platform.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxTermsTest {

    @Test
    void aBareRateIsOnePlainComponentWithoutCode() {
        TaxTerms bare = TaxTerms.bare(new BigDecimal("23"));
        assertTrue(bare.isBare());
        assertTrue(bare.isSingleRate(new BigDecimal("23.000")));
        assertFalse(bare.isSingleRate(new BigDecimal("22")));
        assertEquals(new BigDecimal("23"), bare.effectiveRate());
        assertEquals(new BigDecimal("23.000"), bare.shownRate());
    }

    @Test
    void compoundComponentsCompoundAndAreNoSingleRate() {
        TaxTerms terms = new TaxTerms(
                null,
                "GST-QST",
                "Quebec",
                false,
                List.of(
                        new TaxComponent("GST", new BigDecimal("5"), false),
                        new TaxComponent("QST", new BigDecimal("9.975"), true)),
                BigDecimal.ZERO,
                null,
                null);
        assertFalse(terms.isBare());
        assertFalse(terms.isSingleRate(new BigDecimal("5")));
        assertEquals(new BigDecimal("15.47375"), terms.effectiveRate());
        TaxTerms zero = TaxTerms.bare(BigDecimal.ZERO);
        assertEquals(BigDecimal.ZERO, zero.effectiveRate());
        assertEquals(new BigDecimal("100"), TaxTerms.bare(new BigDecimal("100")).effectiveRate());
    }
}
