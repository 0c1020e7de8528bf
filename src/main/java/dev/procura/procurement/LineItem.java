package dev.procura.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A priced line as stored on a document; its amounts are computed by {@link Lines}. */
@Embeddable
public class LineItem {

    @Column(name = "item_code")
    private String itemCode;

    private String description;
    private BigDecimal quantity;
    private String unit;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "tax_rate")
    private BigDecimal taxRate;

    @Column(name = "tax_code")
    private String taxCode;

    @Column(name = "net_amount")
    private BigDecimal netAmount;

    @Column(name = "tax_amount")
    private BigDecimal taxAmount;

    @Column(name = "total_amount")
    private BigDecimal totalAmount;

    protected LineItem() {}

    LineItem(
            String itemCode,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            String taxCode,
            BigDecimal netAmount,
            BigDecimal taxAmount,
            BigDecimal totalAmount) {
        this.itemCode = itemCode;
        this.description = description;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
        this.taxCode = taxCode;
        this.netAmount = netAmount;
        this.taxAmount = taxAmount;
        this.totalAmount = totalAmount;
    }

    public String itemCode() {
        return itemCode;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal taxRate() {
        return taxRate;
    }

    /** The tax code that taxed the line; null for a bare rate. */
    public String taxCode() {
        return taxCode;
    }

    public BigDecimal netAmount() {
        return netAmount;
    }

    public BigDecimal taxAmount() {
        return taxAmount;
    }

    public BigDecimal totalAmount() {
        return totalAmount;
    }
}
