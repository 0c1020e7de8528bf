package dev.procura.costing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a balanced journal. Each debit is converted into the tenant currency on its own (rounded
 * once); a counter-entry made with {@link #against} takes the exact sum of the entries it balances,
 * in the transaction currency and in the tenant currency, so the journal balances to the cent in
 * both whatever the rounding of each conversion. A negative debit is a credit (a favourable price
 * variance).
 */
final class JournalDraft {

    /** One entry: signed (debit positive), in its transaction currency and in the tenant currency. */
    record Entry(
            String role,
            PostingAccount account,
            Integer documentLine,
            String description,
            String currency,
            BigDecimal amount,
            BigDecimal tenantAmount) {}

    private final String tenantCurrency;
    private final Conversion conversion;
    private final List<Entry> entries = new ArrayList<>();

    JournalDraft(String tenantCurrency, Conversion conversion) {
        this.tenantCurrency = tenantCurrency;
        this.conversion = conversion;
    }

    /** A debit (a credit when negative) of {@code amount} in {@code currency}; zero amounts are left out. */
    Entry debit(
            String role,
            PostingAccount account,
            Integer documentLine,
            String description,
            String currency,
            BigDecimal amount) {
        Entry entry = new Entry(
                role,
                account,
                documentLine,
                description,
                currency,
                amount,
                conversion.convert(amount, currency, tenantCurrency));
        add(entry);
        return entry;
    }

    /** The counter-entry of {@code balanced} (all in one currency): minus their exact sums. */
    Entry against(String role, PostingAccount account, Integer documentLine, String description, List<Entry> balanced) {
        if (balanced.isEmpty()) {
            return null;
        }
        String currency = balanced.get(0).currency();
        if (balanced.stream().anyMatch(e -> !e.currency().equals(currency))) {
            throw new IllegalArgumentException("a counter-entry balances entries of one currency");
        }
        Entry entry = new Entry(
                role,
                account,
                documentLine,
                description,
                currency,
                balanced.stream()
                        .map(Entry::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .negate(),
                balanced.stream()
                        .map(Entry::tenantAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .negate());
        add(entry);
        return entry;
    }

    private void add(Entry entry) {
        if (entry.amount().signum() != 0 || entry.tenantAmount().signum() != 0) {
            entries.add(entry);
        }
    }

    /** The lines, in the order the entries were made, with the amounts in each account's currency. */
    List<JournalLine> lines() {
        return entries.stream().map(this::line).toList();
    }

    private JournalLine line(Entry e) {
        String accountCurrency =
                e.account().currency() == null ? tenantCurrency : e.account().currency();
        BigDecimal inAccount = accountCurrency.equals(e.currency())
                ? e.amount()
                : accountCurrency.equals(tenantCurrency)
                        ? e.tenantAmount()
                        : conversion.convert(e.amount(), e.currency(), accountCurrency);
        return new JournalLine(
                e.role(),
                e.account().id(),
                e.account().code(),
                e.account().name(),
                e.documentLine(),
                e.description(),
                e.currency(),
                debit(e.amount()),
                credit(e.amount()),
                accountCurrency,
                debit(inAccount),
                credit(inAccount),
                debit(e.tenantAmount()),
                credit(e.tenantAmount()));
    }

    private static BigDecimal debit(BigDecimal signed) {
        return signed.signum() > 0 ? signed : BigDecimal.ZERO.setScale(Math.max(0, signed.scale()));
    }

    private static BigDecimal credit(BigDecimal signed) {
        return signed.signum() < 0 ? signed.negate() : BigDecimal.ZERO.setScale(Math.max(0, signed.scale()));
    }
}
