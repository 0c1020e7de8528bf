package dev.procura.paymentterms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Worked examples of due dates, discount dates and discounts. */
class PaymentScheduleTest {

    private static final PaymentSchedule.Terms NET_30 = new PaymentSchedule.Terms(30, null, null, false);
    private static final PaymentSchedule.Terms TWO_10_NET_30 =
            new PaymentSchedule.Terms(30, 10, new BigDecimal("2"), false);
    private static final PaymentSchedule.Terms NET_30_EOM = new PaymentSchedule.Terms(30, null, null, true);

    private static PaymentSchedule.Schedule of(PaymentSchedule.Terms terms, String date, String amount, int decimals) {
        return PaymentSchedule.of(terms, LocalDate.parse(date), new BigDecimal(amount), decimals);
    }

    @Test
    void net30IsDueThirtyDaysAfterTheInvoiceWithoutDiscount() {
        PaymentSchedule.Schedule s = of(NET_30, "2026-03-01", "1000", 2);

        assertEquals(LocalDate.parse("2026-03-31"), s.dueDate());
        assertNull(s.discountDate());
        assertEquals(new BigDecimal("0.00"), s.discountAmount());
        assertEquals(new BigDecimal("1000.00"), s.discountedAmount());
    }

    @Test
    void twoTenNet30OffersTwoPercentForTenDays() {
        PaymentSchedule.Schedule s = of(TWO_10_NET_30, "2026-03-01", "1000.00", 2);

        assertEquals(LocalDate.parse("2026-03-31"), s.dueDate());
        assertEquals(LocalDate.parse("2026-03-11"), s.discountDate());
        assertEquals(new BigDecimal("20.00"), s.discountAmount());
        assertEquals(new BigDecimal("980.00"), s.discountedAmount());
    }

    @Test
    void endOfMonthCountsFromTheLastDayOfTheInvoiceMonth() {
        // 31 January + 30 days = 2 March (2026 is no leap year)
        assertEquals(
                LocalDate.parse("2026-03-02"),
                of(NET_30_EOM, "2026-01-15", "10", 2).dueDate());
        assertEquals(
                LocalDate.parse("2026-03-02"),
                of(NET_30_EOM, "2026-01-31", "10", 2).dueDate());
        // the discount days count from the month end too: 2/10 EOM
        PaymentSchedule.Schedule eom =
                of(new PaymentSchedule.Terms(30, 10, new BigDecimal("2"), true), "2026-04-20", "500", 2);
        assertEquals(LocalDate.parse("2026-05-10"), eom.discountDate());
        assertEquals(LocalDate.parse("2026-05-30"), eom.dueDate());
    }

    @Test
    void leapYearsHaveTheTwentyNinthOfFebruary() {
        // end of February 2024 is the 29th: + 30 days = 30 March; in 2023 the 28th + 30 = 30 March as well
        assertEquals(
                LocalDate.parse("2024-03-30"),
                of(NET_30_EOM, "2024-02-10", "10", 2).dueDate());
        assertEquals(
                LocalDate.parse("2023-03-30"),
                of(NET_30_EOM, "2023-02-10", "10", 2).dueDate());
        // net 15 from 15 February: 1 March in a leap year, 2 March otherwise
        PaymentSchedule.Terms net15 = new PaymentSchedule.Terms(15, null, null, false);
        assertEquals(
                LocalDate.parse("2024-03-01"), of(net15, "2024-02-15", "10", 2).dueDate());
        assertEquals(
                LocalDate.parse("2023-03-02"), of(net15, "2023-02-15", "10", 2).dueDate());
    }

    @Test
    void theDiscountIsRoundedHalfUpToTheCurrencysMinorUnits() {
        PaymentSchedule.Terms twoAndAHalf = new PaymentSchedule.Terms(30, 10, new BigDecimal("2.5"), false);
        // 123.45 × 2.5% = 3.08625 → 3.09
        PaymentSchedule.Schedule eur = of(twoAndAHalf, "2026-03-01", "123.45", 2);
        assertEquals(new BigDecimal("3.09"), eur.discountAmount());
        assertEquals(new BigDecimal("120.36"), eur.discountedAmount());
        // 0.25 × 2% = 0.005 → 0.01 (half up)
        assertEquals(
                new BigDecimal("0.01"),
                of(TWO_10_NET_30, "2026-03-01", "0.25", 2).discountAmount());
        // JPY has no minor units: 12345 × 2% = 246.9 → 247
        assertEquals(
                new BigDecimal("247"),
                of(TWO_10_NET_30, "2026-03-01", "12345", 0).discountAmount());
        // KWD has three: 100.005 × 1.5% = 1.500075 → 1.500
        PaymentSchedule.Terms oneAndAHalf = new PaymentSchedule.Terms(30, 10, new BigDecimal("1.5"), false);
        assertEquals(
                new BigDecimal("1.500"),
                of(oneAndAHalf, "2026-03-01", "100.005", 3).discountAmount());
    }
}
