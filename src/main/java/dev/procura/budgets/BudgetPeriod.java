package dev.procura.budgets;

import dev.procura.platform.failures.Failure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A budget period named as a year ("2026"), a quarter ("2026-Q4") or a month ("2026-11"). */
public record BudgetPeriod(String label, String kind, LocalDate start, LocalDate end) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    public static BudgetPeriod parse(String field, String label) {
        Matcher m = label == null ? null : FORM.matcher(label);
        if (m == null || !m.matches()) {
            throw new Failure.InvalidInput(field, "must be a year (2026), a quarter (2026-Q4) or a month (2026-11)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int quarter = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new BudgetPeriod(label, "quarter", start, start.plusMonths(3).minusDays(1));
        }
        if (m.group(3) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
            return new BudgetPeriod(label, "month", month.atDay(1), month.atEndOfMonth());
        }
        return new BudgetPeriod(label, "year", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
