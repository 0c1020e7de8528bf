package dev.procura.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the chart of accounts API. */
public final class GlAccountViews {

    private GlAccountViews() {}

    @Schema(name = "GlAccount")
    public record GlAccountView(
            UUID id,
            @Schema(example = "1400") String code,
            @Schema(example = "Inventory") String name,

            @Schema(enumeration = {"asset", "liability", "equity", "income", "expense"})
            String type,

            @Schema(enumeration = {"postable", "group"}) String kind,
            @Schema(example = "EUR") String currency,
            UUID parentId,
            @Schema(example = "1000") String parentCode,
            boolean active,
            Instant createdAt,
            Instant updatedAt) {
        static GlAccountView of(GlAccount account, String parentCode) {
            return new GlAccountView(
                    account.id(),
                    account.code(),
                    account.name(),
                    account.type(),
                    account.kind(),
                    account.currency(),
                    account.parentId(),
                    parentCode,
                    account.isActive(),
                    account.createdAt(),
                    account.updatedAt());
        }
    }

    @Schema(name = "GlChart")
    public record ChartView(
            @Schema(description = "The accounts created, parents first")
            List<GlAccountView> items) {}
}
