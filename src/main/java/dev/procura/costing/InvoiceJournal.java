package dev.procura.costing;

import dev.procura.platform.buying.InvoicedGoods.InvoicedLine;
import dev.procura.platform.ledger.TaxTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The journal an invoice would post, all in the invoice's currency. A line of an item on the order
 * clears GR/IR at the ordered price (quantity × ordered unit price, as the receipt credited it) and
 * the rest of its net is purchase price variance (a credit when the invoice is cheaper); a line of
 * an item not on the order is debited to inventory or expense at its net. Its tax: the recoverable
 * share (the tax code's percent, rounded half up) to the code's input tax account, the rest as a
 * cost of the line. Payables are credited with the sum.
 */
final class InvoiceJournal {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A line's tax terms and the account its recoverable tax goes to. */
    record Tax(TaxTerms terms, PostingAccount account) {}

    private InvoiceJournal() {}

    static List<JournalLine> of(
            String currency,
            int decimals,
            List<InvoicedLine> lines,
            Predicate<String> isStock,
            Function<InvoicedLine, Tax> taxOf,
            Map<PostingRole, PostingAccount> accounts,
            JournalDraft draft) {
        List<JournalDraft.Entry> debits = new ArrayList<>();
        for (InvoicedLine line : lines) {
            // Stored amounts carry the column's scale (4): shown at the currency's minor units.
            BigDecimal net = line.net().setScale(decimals, RoundingMode.HALF_UP);
            BigDecimal lineTax =
                    line.tax() == null ? BigDecimal.ZERO : line.tax().setScale(decimals, RoundingMode.HALF_UP);
            PostingRole goods = isStock.test(line.itemCode()) ? PostingRole.INVENTORY : PostingRole.EXPENSE;
            String label = line.itemCode() == null ? line.description() : line.itemCode();
            if (line.orderedUnitPrice() != null) {
                BigDecimal cleared =
                        line.quantity().multiply(line.orderedUnitPrice()).setScale(decimals, RoundingMode.HALF_UP);
                debits.add(draft.debit(
                        PostingRole.GRIR_CLEARING.key(),
                        accounts.get(PostingRole.GRIR_CLEARING),
                        line.line(),
                        "Clears " + label + " at the ordered price",
                        currency,
                        cleared));
                debits.add(draft.debit(
                        PostingRole.PRICE_VARIANCE.key(),
                        accounts.get(PostingRole.PRICE_VARIANCE),
                        line.line(),
                        "Price variance " + label,
                        currency,
                        net.subtract(cleared)));
            } else {
                debits.add(draft.debit(
                        goods.key(), accounts.get(goods), line.line(), label + " (not on the order)", currency, net));
            }
            if (lineTax.signum() != 0) {
                Tax tax = taxOf.apply(line);
                BigDecimal recoverable = lineTax.multiply(tax.terms().recoverablePercent())
                        .divide(HUNDRED, decimals, RoundingMode.HALF_UP);
                String code = tax.terms().isBare()
                        ? line.taxRate().stripTrailingZeros().toPlainString() + "%"
                        : tax.terms().code();
                debits.add(draft.debit(
                        PostingRole.INPUT_TAX.key(),
                        tax.account(),
                        line.line(),
                        "Input tax " + code,
                        currency,
                        recoverable));
                debits.add(draft.debit(
                        goods.key(),
                        accounts.get(goods),
                        line.line(),
                        "Non-recoverable tax " + code + " on " + label,
                        currency,
                        lineTax.subtract(recoverable)));
            }
        }
        draft.against(
                PostingRole.PAYABLES.key(), accounts.get(PostingRole.PAYABLES), null, "Due to the supplier", debits);
        return draft.lines();
    }
}
