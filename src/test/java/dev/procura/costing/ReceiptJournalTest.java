package dev.procura.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ReceiptJournalTest {

    static Map<PostingRole, PostingAccount> accounts() {
        Map<PostingRole, PostingAccount> accounts = new EnumMap<>(PostingRole.class);
        Map.of(
                        PostingRole.INVENTORY, "1400",
                        PostingRole.EXPENSE, "6000",
                        PostingRole.GRIR_CLEARING, "2150",
                        PostingRole.PAYABLES, "2000",
                        PostingRole.PRICE_VARIANCE, "5300",
                        PostingRole.INPUT_TAX, "1570",
                        PostingRole.FREIGHT, "2160")
                .forEach((role, code) -> accounts.put(role, JournalDraftTest.account(code, null)));
        return accounts;
    }

    static String row(JournalLine l) {
        return l.accountCode() + " " + l.role() + " " + (l.documentLine() == null ? "-" : l.documentLine()) + " "
                + (l.debit().signum() > 0 ? "Dr " + l.debit() : "Cr " + l.credit()) + " " + l.currency() + " / "
                + (l.tenantDebit().signum() > 0 ? "Dr " + l.tenantDebit() : "Cr " + l.tenantCredit());
    }

    /**
     * Worked example, tenant EUR at 0.9 per USD. Received: 100 BOLT (stock) × 2.00 USD = 200.00 and 1 SVC
     * (a service) × 50.00 = 50.00. Freight 25.00 USD by value (200:50) → 20.00 and 5.00.
     */
    @Test
    void goodsAndChargesAreDebitedToStockOrExpenseAgainstClearingAndTheAccrual() {
        LandedCost.Charge freight = new LandedCost.Charge(
                UUID.randomUUID(), "freight", null, new BigDecimal("25.00"), "USD", LandedCost.Basis.VALUE, Map.of());
        List<LandedCost.Line> lines = LandedCost.of(
                List.of(
                        new LandedCost.Goods(
                                1, "BOLT", "Bolts", new BigDecimal("100"), "ea", new BigDecimal("2.00"), "USD"),
                        new LandedCost.Goods(2, "SVC", "Fitting", BigDecimal.ONE, "h", new BigDecimal("50.00"), "USD")),
                List.of(freight),
                c -> 2,
                JournalDraftTest.RATES,
                "EUR");
        Predicate<String> isStock = code -> !code.equals("SVC");

        assertEquals(
                EnumSet.of(PostingRole.GRIR_CLEARING, PostingRole.INVENTORY, PostingRole.EXPENSE, PostingRole.FREIGHT),
                ReceiptJournal.roles(lines, List.of(freight), isStock));
        List<JournalLine> journal = ReceiptJournal.of(
                lines, List.of(freight), isStock, accounts(), new JournalDraft("EUR", JournalDraftTest.RATES));

        assertEquals(
                List.of(
                        "1400 inventory 1 Dr 200.00 USD / Dr 180.00",
                        "6000 expense 2 Dr 50.00 USD / Dr 45.00",
                        "2150 grir_clearing - Cr 250.00 USD / Cr 225.00",
                        "1400 inventory 1 Dr 20.00 USD / Dr 18.00",
                        "6000 expense 2 Dr 5.00 USD / Dr 4.50",
                        "2160 freight - Cr 25.00 USD / Cr 22.50"),
                journal.stream().map(ReceiptJournalTest::row).toList());
        var view = CostingViews.JournalView.of("receipt", UUID.randomUUID(), "GR-1", null, "EUR", journal);
        assertEquals(true, view.balanced());
        assertEquals(new BigDecimal("247.50"), view.tenantTotal().debit());
    }
}
