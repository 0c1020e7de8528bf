package dev.procura.costing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The journal a receipt would post. Goods: debit inventory (stock items) or expense (services) with
 * each line's value at the order price, credit GR/IR clearing with their sum. Charges: debit the
 * same accounts with each line's share, credit the charge type's accrual with their sum. Every
 * amount stays in its own currency (the order's for goods, the charge's for a charge) and is also
 * given in the tenant currency.
 */
final class ReceiptJournal {

    private ReceiptJournal() {}

    /** The roles the journal of these lines posts to. */
    static Set<PostingRole> roles(
            List<LandedCost.Line> lines, List<LandedCost.Charge> charges, Predicate<String> isStock) {
        Set<PostingRole> roles = EnumSet.of(PostingRole.GRIR_CLEARING);
        lines.forEach(l -> roles.add(goodsRole(l, isStock)));
        charges.forEach(c -> roles.add(PostingRole.ofCharge(c.type())));
        return roles;
    }

    static List<JournalLine> of(
            List<LandedCost.Line> lines,
            List<LandedCost.Charge> charges,
            Predicate<String> isStock,
            Map<PostingRole, PostingAccount> accounts,
            JournalDraft draft) {
        List<JournalDraft.Entry> goods = new ArrayList<>();
        for (LandedCost.Line line : lines) {
            LandedCost.Goods g = line.goods();
            goods.add(draft.debit(
                    goodsRole(line, isStock).key(),
                    accounts.get(goodsRole(line, isStock)),
                    g.line(),
                    "Received " + g.quantity().stripTrailingZeros().toPlainString() + " " + g.unit() + " " + label(g),
                    g.currency(),
                    line.value()));
        }
        draft.against(
                PostingRole.GRIR_CLEARING.key(),
                accounts.get(PostingRole.GRIR_CLEARING),
                null,
                "Goods received, not invoiced",
                goods);
        for (LandedCost.Charge charge : charges) {
            List<JournalDraft.Entry> shares = new ArrayList<>();
            for (LandedCost.Line line : lines) {
                line.shares().stream()
                        .filter(s -> s.chargeId().equals(charge.id()))
                        .forEach(s -> shares.add(draft.debit(
                                goodsRole(line, isStock).key(),
                                accounts.get(goodsRole(line, isStock)),
                                line.goods().line(),
                                charge.type() + " on " + label(line.goods()),
                                s.currency(),
                                s.amount())));
            }
            PostingRole accrual = PostingRole.ofCharge(charge.type());
            draft.against(
                    accrual.key(),
                    accounts.get(accrual),
                    null,
                    charge.description() == null ? charge.type() + " accrued" : charge.description(),
                    shares);
        }
        return draft.lines();
    }

    private static PostingRole goodsRole(LandedCost.Line line, Predicate<String> isStock) {
        return isStock.test(line.goods().itemCode()) ? PostingRole.INVENTORY : PostingRole.EXPENSE;
    }

    static String label(LandedCost.Goods goods) {
        return goods.itemCode() == null ? goods.description() : goods.itemCode();
    }
}
