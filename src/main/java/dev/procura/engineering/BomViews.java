package dev.procura.engineering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the project BOM API. */
public final class BomViews {

    private BomViews() {}

    @Schema(name = "ProjectBomLine")
    public record LineView(
            UUID id,
            UUID projectId,
            UUID parentId,
            int position,
            String itemCode,
            BigDecimal quantity,
            String unit,
            @Schema(description = "make or buy") String source,
            Instant createdAt) {

        static LineView of(BomLine line) {
            return new LineView(
                    line.id(),
                    line.projectId(),
                    line.parentId(),
                    line.position(),
                    line.itemCode(),
                    line.quantity(),
                    line.unit(),
                    line.source().code(),
                    line.createdAt());
        }
    }

    @Schema(name = "ProjectBom")
    public record BomView(UUID projectId, String projectCode, List<LineView> lines) {}

    @Schema(name = "ProjectBomExplodedLine")
    public record ExplodedLineView(
            UUID lineId,
            UUID parentId,
            @Schema(description = "1 for the top lines") int level,

            @Schema(description = "The positions from the top, e.g. 10.20", example = "10.20")
            String path,

            String itemCode,
            String source,

            @Schema(description = "Quantity per one of the parent line")
            BigDecimal quantityPer,

            String unit,

            @Schema(description = "Total quantity for the exploded project quantity, in the line's unit")
            BigDecimal totalQuantity,

            @Schema(description = "The total in the item's base unit (null: not convertible)")
            BigDecimal baseQuantity,

            String baseUnit,

            @Schema(description = "The item's standard cost per base unit (null: none)")
            BigDecimal standardCost,

            @Schema(
                    description = "buy (or a make line without children): base quantity × standard cost; make: the sum"
                            + " of its child lines. Null when it cannot be known")
            BigDecimal cost,

            @Schema(description = "The line's own cost is unknown: no standard cost, another currency or no conversion")
            boolean costMissing,

            @Schema(description = "Every part of the line's cost is known")
            boolean costComplete) {

        static ExplodedLineView of(BomExplosion.Exploded e) {
            return new ExplodedLineView(
                    e.line().id(),
                    e.line().parentId(),
                    e.level(),
                    e.path(),
                    e.line().itemCode(),
                    e.line().source().code(),
                    e.line().quantity(),
                    e.line().unit(),
                    e.totalQuantity(),
                    e.baseQuantity(),
                    e.baseUnit(),
                    e.standardCost(),
                    e.cost(),
                    e.isCostMissing(),
                    e.isCostComplete());
        }
    }

    @Schema(name = "ProjectBomLevel")
    public record LevelView(int level, int lines, BigDecimal cost, boolean costComplete) {}

    @Schema(name = "ProjectBomExplosion")
    public record ExplosionView(
            UUID projectId,

            @Schema(description = "The project quantity exploded")
            BigDecimal quantity,

            @Schema(description = "Currency of the costs (the items' standard cost currency)")
            String currency,

            @Schema(description = "The cost of the top lines")
            BigDecimal totalCost,

            boolean costComplete,

            @Schema(description = "Item codes of lines whose cost is missing")
            List<String> missingCosts,

            List<LevelView> levels,

            @Schema(description = "Lines in tree order (each parent before its children)")
            List<ExplodedLineView> lines) {

        static ExplosionView of(UUID projectId, BomExplosion.Result result) {
            return new ExplosionView(
                    projectId,
                    result.quantity(),
                    result.currency(),
                    result.totalCost(),
                    result.isComplete(),
                    result.lines().stream()
                            .filter(BomExplosion.Exploded::isCostMissing)
                            .map(e -> e.line().itemCode())
                            .distinct()
                            .toList(),
                    result.levels().stream()
                            .map(l -> new LevelView(l.level(), l.lines(), l.cost(), l.isComplete()))
                            .toList(),
                    result.lines().stream().map(ExplodedLineView::of).toList());
        }
    }
}
