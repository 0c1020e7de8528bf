package dev.procura.currencies;

import dev.procura.platform.masters.Rate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the currencies and exchange rates API. */
public final class CurrencyViews {

    private CurrencyViews() {}

    @Schema(name = "Currency")
    public record CurrencyView(
            @Schema(example = "USD") String code,
            @Schema(example = "US Dollar") String name,

            @Schema(description = "Minor units", example = "2")
            int decimals,

            boolean active,

            @Schema(description = "The tenant currency (settings `currency`): always present and active")
            boolean tenantCurrency,

            Instant createdAt,
            Instant updatedAt) {
        static CurrencyView of(Currency currency, String home) {
            return new CurrencyView(
                    currency.code(),
                    currency.name(),
                    currency.decimals(),
                    currency.isActive(),
                    currency.code().equals(home),
                    currency.createdAt(),
                    currency.updatedAt());
        }
    }

    @Schema(name = "ExchangeRate")
    public record ExchangeRateView(
            UUID id,
            @Schema(example = "USD") String fromCurrency,
            @Schema(example = "EUR") String toCurrency,

            @Schema(description = "Units of to_currency per 1 from_currency", example = "0.9235")
            BigDecimal rate,

            @Schema(example = "2026-01-01") LocalDate validFrom,
            Instant createdAt,
            Instant updatedAt) {
        static ExchangeRateView of(ExchangeRate rate) {
            return new ExchangeRateView(
                    rate.id(),
                    rate.fromCurrency(),
                    rate.toCurrency(),
                    rate.rate(),
                    rate.validFrom(),
                    rate.createdAt(),
                    rate.updatedAt());
        }
    }

    @Schema(name = "ExchangeRateLeg", description = "A stated rate the looked-up rate is made of")
    public record LegView(
            String fromCurrency, String toCurrency, BigDecimal rate, LocalDate validFrom, boolean inverted) {}

    @Schema(name = "ExchangeRateLookup")
    public record LookupView(
            @Schema(example = "USD") String from,
            @Schema(example = "GBP") String to,
            @Schema(example = "2026-03-15") LocalDate date,

            @Schema(
                    description = "Units of `to` per 1 `from`; exact, or with 12 decimals when a stated rate is"
                            + " inverted",
                    example = "0.789473684211")
            BigDecimal rate,

            @Schema(description = "Since when this rate applies (the later leg's date when triangulated)")
            LocalDate validFrom,

            @Schema(description = "A stated rate was used the other way round (1 / rate)")
            boolean inverted,

            @Schema(description = "Through the tenant currency: from → via → to")
            boolean triangulated,

            @Schema(description = "The currency a triangulated rate goes through", example = "EUR")
            String via,

            List<LegView> legs,

            @Schema(description = "`amount` converted, rounded half up to the target's minor units; when asked")
            BigDecimal convertedAmount) {
        static LookupView of(Rate rate, LocalDate date, BigDecimal converted) {
            return new LookupView(
                    rate.from(),
                    rate.to(),
                    date,
                    rate.rate(),
                    rate.validFrom(),
                    rate.isInverted(),
                    rate.isTriangulated(),
                    rate.via(),
                    rate.legs().stream()
                            .map(l -> new LegView(l.quotedFrom(), l.quotedTo(), l.rate(), l.validFrom(), l.inverted()))
                            .toList(),
                    converted);
        }
    }
}
