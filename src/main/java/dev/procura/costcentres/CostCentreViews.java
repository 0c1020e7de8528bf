package dev.procura.costcentres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the cost centres API. */
public final class CostCentreViews {

    private CostCentreViews() {}

    @Schema(name = "CostCentre")
    public record CostCentreView(
            UUID id,
            @Schema(example = "IT-OPS") String code,
            @Schema(example = "IT operations") String name,

            @Schema(description = "The parent's id; null for a root")
            UUID parentId,

            @Schema(description = "The parent's code; null for a root", example = "IT")
            String parentCode,

            @Schema(description = "The responsible member; null when none")
            UUID ownerId,

            boolean active,
            LocalDate validFrom,
            LocalDate validTo,
            Instant createdAt,
            Instant updatedAt) {
        static CostCentreView of(CostCentre centre, String parentCode) {
            return new CostCentreView(
                    centre.id(),
                    centre.code(),
                    centre.name(),
                    centre.parentId(),
                    parentCode,
                    centre.ownerId(),
                    centre.isActive(),
                    centre.validFrom(),
                    centre.validTo(),
                    centre.createdAt(),
                    centre.updatedAt());
        }
    }

    @Schema(name = "CostCentreTree", description = "A cost centre with every cost centre below it, by code")
    public record TreeView(
            UUID id,
            @Schema(example = "IT") String code,
            @Schema(example = "Information technology") String name,
            boolean active,

            @Schema(description = "The children, each with its own children")
            List<TreeView> children) {}
}
