package dev.procura.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.platform.buying.InvoicedGoods.InvoicedLine;
import dev.procura.platform.ledger.TaxComponent;
import dev.procura.platform.ledger.TaxTerms;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceJournalTest {

    private static final PostingAccount INPUT_VAT = JournalDraftTest.account("1570", null);

    private static InvoiceJournal.Tax tax(String code, String rate, String recoverable) {
        return new InvoiceJournal.Tax(
                new TaxTerms(
                        UUID.randomUUID(),
                        code,
                        code,
                        false,
                        List.of(new TaxComponent(code, new BigDecimal(rate), false)),
                        new BigDecimal(recoverable),
                        INPUT_VAT.id(),
                        INPUT_VAT.code()),
                INPUT_VAT);
    }

    /**
     * Worked example, all in EUR. Line 1: 100 BOLT at 2.10 against 2.00 ordered: net 210.00 → GR/IR 200.00
     * and price variance 10.00; VAT20 42.00, fully recoverable. Line 2: SVC, not on the order, net 50.00;
     * VAT20H 10.00 with half recoverable → 5.00 input tax and 5.00 cost of the line. Payables 312.00.
     */
    @Test
    void clearsGrIrAtTheOrderedPriceAndSplitsTaxByItsRecoverableShare() {
        InvoicedLine bolts = new InvoicedLine(
                1,
                "BOLT",
                "Bolts",
                new BigDecimal("100"),
                "ea",
                new BigDecimal("2.10"),
                new BigDecimal("2.00"),
                new BigDecimal("210.00"),
                new BigDecimal("42.00"),
                "VAT20",
                new BigDecimal("20"));
        InvoicedLine service = new InvoicedLine(
                2,
                "SVC",
                "Fitting",
                BigDecimal.ONE,
                "h",
                new BigDecimal("50.00"),
                null,
                new BigDecimal("50.00"),
                new BigDecimal("10.00"),
                "VAT20H",
                new BigDecimal("20"));

        List<JournalLine> journal = InvoiceJournal.of(
                "EUR",
                2,
                List.of(bolts, service),
                code -> !code.equals("SVC"),
                line -> line.line() == 1 ? tax("VAT20", "20", "100") : tax("VAT20H", "20", "50"),
                ReceiptJournalTest.accounts(),
                new JournalDraft("EUR", JournalDraftTest.RATES));

        assertEquals(
                List.of(
                        "2150 grir_clearing 1 Dr 200.00 EUR / Dr 200.00",
                        "5300 price_variance 1 Dr 10.00 EUR / Dr 10.00",
                        "1570 input_tax 1 Dr 42.00 EUR / Dr 42.00",
                        "6000 expense 2 Dr 50.00 EUR / Dr 50.00",
                        "1570 input_tax 2 Dr 5.00 EUR / Dr 5.00",
                        "6000 expense 2 Dr 5.00 EUR / Dr 5.00",
                        "2000 payables - Cr 312.00 EUR / Cr 312.00"),
                journal.stream().map(ReceiptJournalTest::row).toList());
    }

    @Test
    void aCheaperInvoiceCreditsPriceVarianceAndABareRateIsFullyRecoverable() {
        InvoicedLine bolts = new InvoicedLine(
                1,
                "BOLT",
                "Bolts",
                new BigDecimal("3"),
                "ea",
                new BigDecimal("1.90"),
                new BigDecimal("2.00"),
                new BigDecimal("5.70"),
                new BigDecimal("0.57"),
                null,
                new BigDecimal("10"));

        List<JournalLine> journal = InvoiceJournal.of(
                "USD",
                2,
                List.of(bolts),
                code -> true,
                line -> new InvoiceJournal.Tax(TaxTerms.bare(new BigDecimal("10")), INPUT_VAT),
                ReceiptJournalTest.accounts(),
                new JournalDraft("EUR", JournalDraftTest.RATES));

        assertEquals(
                List.of(
                        "2150 grir_clearing 1 Dr 6.00 USD / Dr 5.40",
                        "5300 price_variance 1 Cr 0.30 USD / Cr 0.27",
                        "1570 input_tax 1 Dr 0.57 USD / Dr 0.51",
                        "2000 payables - Cr 6.27 USD / Cr 5.64"),
                journal.stream().map(ReceiptJournalTest::row).toList());
        assertEquals("Input tax 10%", journal.get(2).description());
    }
}
