package dev.procura.currencies;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries on currencies and exchange rates. */
@ApplicationScoped
public class CurrencyRepository {

    static final Map<String, String> CURRENCY_SORTS = Map.of("code", "c.code", "name", "c.name");
    static final Map<String, String> RATE_SORTS =
            Map.of("valid_from", "r.validFrom", "from_currency", "r.fromCurrency", "to_currency", "r.toCurrency");

    /** Filters of the currency list: code or name contains, active ones only. */
    public record CurrencyFilter(String q, Boolean active) {}

    /** Filters of the rate list: a currency on either side, each side, valid_from within [since, until]. */
    public record RateFilter(String currency, String from, String to, LocalDate since, LocalDate until) {}

    public List<Currency> currencies(EntityManager em, CurrencyFilter filter, String sort, int first, int max) {
        return currencyConditions(filter)
                .query(
                        em,
                        "SELECT c FROM Currency c",
                        Conditions.orderBy(sort, CURRENCY_SORTS, "c.code"),
                        Currency.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countCurrencies(EntityManager em, CurrencyFilter filter) {
        return currencyConditions(filter).count(em, "SELECT COUNT(c) FROM Currency c");
    }

    public List<ExchangeRate> rates(EntityManager em, RateFilter filter, String sort, int first, int max) {
        return rateConditions(filter)
                .query(
                        em,
                        "SELECT r FROM ExchangeRate r",
                        Conditions.orderBy(sort, RATE_SORTS, "r.fromCurrency, r.toCurrency, r.validFrom DESC, r.id"),
                        ExchangeRate.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countRates(EntityManager em, RateFilter filter) {
        return rateConditions(filter).count(em, "SELECT COUNT(r) FROM ExchangeRate r");
    }

    public Optional<ExchangeRate> rate(EntityManager em, String from, String to, LocalDate validFrom) {
        return em.createQuery(
                        "SELECT r FROM ExchangeRate r WHERE r.fromCurrency = :from AND r.toCurrency = :to"
                                + " AND r.validFrom = :validFrom",
                        ExchangeRate.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("validFrom", validFrom)
                .getResultStream()
                .findFirst();
    }

    /** The stated rates valid on or before {@code on} between any two of {@code codes}. */
    public List<RateTable.Quote> quotes(EntityManager em, Collection<String> codes, LocalDate on) {
        return em
                .createQuery(
                        "SELECT r FROM ExchangeRate r WHERE r.fromCurrency IN :codes AND r.toCurrency IN :codes"
                                + " AND r.validFrom <= :on",
                        ExchangeRate.class)
                .setParameter("codes", codes)
                .setParameter("on", on)
                .getResultList()
                .stream()
                .map(ExchangeRate::quote)
                .toList();
    }

    /** Every stated rate valid on or before {@code on}. */
    public List<RateTable.Quote> quotes(EntityManager em, LocalDate on) {
        return em
                .createQuery("SELECT r FROM ExchangeRate r WHERE r.validFrom <= :on", ExchangeRate.class)
                .setParameter("on", on)
                .getResultList()
                .stream()
                .map(ExchangeRate::quote)
                .toList();
    }

    /** Adds the currency unless the tenant has it (a concurrent request may add it meanwhile). */
    public void addIfMissing(EntityManager em, String code, String name, int decimals) {
        em.createNativeQuery("INSERT INTO currencies (code, name, decimals, active, created_at, updated_at)"
                        + " VALUES (?1, ?2, ?3, TRUE, now(), now()) ON CONFLICT (code) DO NOTHING")
                .setParameter(1, code)
                .setParameter(2, name)
                .setParameter(3, decimals)
                .executeUpdate();
    }

    private static Conditions currencyConditions(CurrencyFilter filter) {
        return new Conditions()
                .contains(filter.q(), "q", "LOWER(c.code)", "LOWER(c.name)")
                .when(filter.active(), "c.active = :active", "active");
    }

    private static Conditions rateConditions(RateFilter filter) {
        return new Conditions()
                .when(filter.currency(), "(r.fromCurrency = :currency OR r.toCurrency = :currency)", "currency")
                .when(filter.from(), "r.fromCurrency = :from", "from")
                .when(filter.to(), "r.toCurrency = :to", "to")
                .when(filter.since(), "r.validFrom >= :since", "since")
                .when(filter.until(), "r.validFrom <= :until", "until");
    }
}
