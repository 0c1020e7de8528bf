package dev.procura.paymentterms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When an invoice is due and what paying early saves. Days count from the invoice date, or with
 * {@code endOfMonth} from the last day of the invoice's month (for the discount days too: "2/10
 * EOM" means 10 days after the month ends). The discount is {@code amount × percent / 100},
 * rounded half up to the currency's minor units (as {@code Money} rounds amounts).
 */
public final class PaymentSchedule {

    /** The rules of a payment term; {@code discountDays} and {@code discountPercent} both or neither. */
    public record Terms(int netDays, Integer discountDays, BigDecimal discountPercent, boolean endOfMonth) {

        boolean hasDiscount() {
            return discountDays != null && discountPercent != null;
        }
    }

    /** Due date; last day of the discount (null without one), the discount and the amount paid with it. */
    public record Schedule(
            LocalDate dueDate, LocalDate discountDate, BigDecimal discountAmount, BigDecimal discountedAmount) {}

    private PaymentSchedule() {}

    public static Schedule of(Terms terms, LocalDate invoiceDate, BigDecimal amount, int decimals) {
        LocalDate start = terms.endOfMonth() ? invoiceDate.with(TemporalAdjusters.lastDayOfMonth()) : invoiceDate;
        LocalDate due = start.plusDays(terms.netDays());
        BigDecimal total = amount.setScale(decimals, RoundingMode.HALF_UP);
        if (!terms.hasDiscount()) {
            return new Schedule(due, null, BigDecimal.ZERO.setScale(decimals), total);
        }
        BigDecimal discount = amount.multiply(terms.discountPercent())
                .divide(BigDecimal.valueOf(100), decimals, RoundingMode.HALF_UP);
        return new Schedule(due, start.plusDays(terms.discountDays()), discount, total.subtract(discount));
    }
}
