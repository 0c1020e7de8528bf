package dev.procura.currencies;

import dev.procura.platform.masters.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the rate between two currencies on a date among stated rates. A pair's rate on a date is
 * its latest stated rate with {@code valid_from} on or before the date, stated either way round
 * (the later one wins; on the same date the one stated in the asked direction). Without one, the
 * rate goes through the home (tenant) currency: {@code from → home → to}, valid from the later of
 * its two legs. Conversions round once, at the end ({@link Rate#convert(BigDecimal, int)}).
 */
public final class RateTable {

    /** A stated rate: {@code rate} units of {@code to} per 1 {@code from}, from {@code validFrom} on. */
    public record Quote(String from, String to, BigDecimal rate, LocalDate validFrom) {}

    private final String home;
    private final List<Quote> quotes;

    public RateTable(String home, Collection<Quote> quotes) {
        this.home = home;
        this.quotes = List.copyOf(quotes);
    }

    public Optional<Rate> rate(String from, String to, LocalDate on) {
        if (from.equals(to)) {
            return Optional.of(Rate.identity(from));
        }
        Optional<Rate.Leg> direct = leg(from, to, on);
        if (direct.isPresent()) {
            return direct.map(leg -> new Rate(from, to, leg.validFrom(), List.of(leg)));
        }
        if (from.equals(home) || to.equals(home)) {
            return Optional.empty();
        }
        Optional<Rate.Leg> in = leg(from, home, on);
        Optional<Rate.Leg> out = leg(home, to, on);
        if (in.isEmpty() || out.isEmpty()) {
            return Optional.empty();
        }
        LocalDate validFrom = in.get().validFrom().isAfter(out.get().validFrom())
                ? in.get().validFrom()
                : out.get().validFrom();
        return Optional.of(new Rate(from, to, validFrom, List.of(in.get(), out.get())));
    }

    /** {@code amount} of {@code from} in {@code to} on the date, rounded half up to {@code decimals}. */
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to, LocalDate on, int decimals) {
        return rate(from, to, on).map(rate -> rate.convert(amount, decimals));
    }

    private Optional<Rate.Leg> leg(String from, String to, LocalDate on) {
        return quotes.stream()
                .filter(q -> !q.validFrom().isAfter(on))
                .filter(q -> (q.from().equals(from) && q.to().equals(to))
                        || (q.from().equals(to) && q.to().equals(from)))
                .max(Comparator.comparing(Quote::validFrom)
                        .thenComparing(q -> q.from().equals(from) ? 1 : 0))
                .map(q -> new Rate.Leg(
                        q.from(), q.to(), q.rate(), q.validFrom(), !q.from().equals(from)));
    }
}
