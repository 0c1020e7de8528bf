package dev.procura.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalDraftTest {

    /** 1 USD = 0.9 EUR, 1 USD = 150 JPY; rounded half up to 2 (0 for JPY) decimals. */
    static final Conversion RATES = (amount, from, to) -> {
        if (from.equals(to)) {
            return amount;
        }
        Map<String, BigDecimal> perUsd =
                Map.of("USD", BigDecimal.ONE, "EUR", new BigDecimal("0.9"), "JPY", new BigDecimal("150"));
        return amount.multiply(perUsd.get(to)).divide(perUsd.get(from), to.equals("JPY") ? 0 : 2, RoundingMode.HALF_UP);
    };

    static PostingAccount account(String code, String currency) {
        return new PostingAccount(
                UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                code,
                "Account " + code,
                currency);
    }

    @Test
    void aCounterEntryTakesTheExactSumsSoRoundingNeverUnbalances() {
        JournalDraft draft = new JournalDraft("EUR", RATES);
        // Each 0.05 USD is 0.045 EUR, rounded to 0.05; the sum 0.10 USD converted at once would be 0.09.
        var first = draft.debit("inventory", account("1400", null), 1, "Bolts", "USD", new BigDecimal("0.05"));
        var second = draft.debit("inventory", account("1400", null), 2, "Nuts", "USD", new BigDecimal("0.05"));
        draft.against("grir_clearing", account("2150", null), null, "Goods received", List.of(first, second));

        List<JournalLine> lines = draft.lines();

        assertEquals(3, lines.size());
        JournalLine clearing = lines.get(2);
        assertEquals(new BigDecimal("0.10"), clearing.credit());
        assertEquals(new BigDecimal("0.10"), clearing.tenantCredit());
        assertEquals(
                lines.stream().map(JournalLine::tenantDebit).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(JournalLine::tenantCredit).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals("EUR", clearing.accountCurrency(), "an account without a currency keeps the tenant's");
        assertEquals(new BigDecimal("0.10"), clearing.accountCredit());
    }

    @Test
    void aNegativeDebitIsACreditAndZeroEntriesAreLeftOut() {
        JournalDraft draft = new JournalDraft("EUR", RATES);
        var variance =
                draft.debit("price_variance", account("5300", null), 1, "Cheaper", "EUR", new BigDecimal("-2.50"));
        draft.debit("price_variance", account("5300", null), 2, "Same price", "EUR", new BigDecimal("0.00"));
        draft.against("payables", account("2000", null), null, "Supplier", List.of(variance));

        List<JournalLine> lines = draft.lines();

        assertEquals(2, lines.size());
        assertEquals(new BigDecimal("2.50"), lines.get(0).credit());
        assertEquals(0, lines.get(0).debit().signum());
        assertEquals(new BigDecimal("2.50"), lines.get(1).debit());
    }

    @Test
    void anAccountInAThirdCurrencyShowsTheAmountConvertedIntoIt() {
        JournalDraft draft = new JournalDraft("EUR", RATES);
        var goods = draft.debit("inventory", account("1400", null), 1, "Bolts", "USD", new BigDecimal("10.00"));
        draft.against("payables", account("2010", "JPY"), null, "Supplier in yen", List.of(goods));

        JournalLine payable = draft.lines().get(1);

        assertEquals("USD", payable.currency());
        assertEquals(new BigDecimal("10.00"), payable.credit());
        assertEquals("JPY", payable.accountCurrency());
        assertEquals(new BigDecimal("1500"), payable.accountCredit());
        assertEquals(new BigDecimal("9.00"), payable.tenantCredit());
        assertEquals("EUR", draft.lines().get(0).accountCurrency());
        assertEquals(new BigDecimal("9.00"), draft.lines().get(0).accountDebit(), "in the tenant currency");
    }

    @Test
    void aCounterEntryBalancesOneCurrencyAtATime() {
        JournalDraft draft = new JournalDraft("EUR", RATES);
        var usd = draft.debit("inventory", account("1400", null), 1, "Bolts", "USD", BigDecimal.ONE);
        var eur = draft.debit("inventory", account("1400", null), 2, "Nuts", "EUR", BigDecimal.ONE);
        assertThrows(
                IllegalArgumentException.class,
                () -> draft.against("grir_clearing", account("2150", null), null, "Mixed", List.of(usd, eur)));
        assertEquals(null, draft.against("grir_clearing", account("2150", null), null, "Nothing", List.of()));
    }
}
