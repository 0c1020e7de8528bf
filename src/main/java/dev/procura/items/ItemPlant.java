package dev.procura.items;

import dev.procura.platform.persistence.UuidColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An item's data at one plant: when to reorder and the stock to keep. */
@Embeddable
public class ItemPlant {

    @Convert(converter = UuidColumn.class)
    @Column(name = "plant_id")
    private UUID plantId;

    @Column(name = "reorder_point")
    private BigDecimal reorderPoint;

    @Column(name = "safety_stock")
    private BigDecimal safetyStock;

    protected ItemPlant() {}

    ItemPlant(UUID plantId, BigDecimal reorderPoint, BigDecimal safetyStock) {
        this.plantId = plantId;
        this.reorderPoint = ItemConversion.scaled(reorderPoint, 3);
        this.safetyStock = ItemConversion.scaled(safetyStock, 3);
    }

    /** Whether two lists hold the same plants with the same figures, in the same order. */
    static boolean same(List<ItemPlant> a, List<ItemPlant> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ItemPlant x = a.get(i);
            ItemPlant y = b.get(i);
            if (!x.plantId.equals(y.plantId)
                    || !ItemConversion.equal(x.reorderPoint, y.reorderPoint)
                    || !ItemConversion.equal(x.safetyStock, y.safetyStock)) {
                return false;
            }
        }
        return true;
    }

    public UUID plantId() {
        return plantId;
    }

    public BigDecimal reorderPoint() {
        return reorderPoint;
    }

    public BigDecimal safetyStock() {
        return safetyStock;
    }
}
