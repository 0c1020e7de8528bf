package dev.procura.production;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Finished units a work order reported: good ones into a lot or serial numbers, and scrap. */
@Entity
@Table(name = "work_order_outputs")
public class Output {

    @Id
    private UUID id;

    @Column(name = "work_order_id")
    private UUID workOrderId;

    @Column(name = "good_quantity")
    private BigDecimal goodQuantity;

    @Column(name = "scrap_quantity")
    private BigDecimal scrapQuantity;

    @Column(name = "lot_number")
    private String lotNumber;

    // One per line: a handful per output, read only with it.
    @Column(name = "serial_numbers")
    private String serialNumbers;

    @Column(name = "produced_on")
    private LocalDate producedOn;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Output() {}

    Output(
            UUID workOrderId,
            BigDecimal goodQuantity,
            BigDecimal scrapQuantity,
            String lotNumber,
            List<String> serialNumbers,
            LocalDate producedOn,
            UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.workOrderId = workOrderId;
        this.goodQuantity = goodQuantity;
        this.scrapQuantity = scrapQuantity;
        this.lotNumber = lotNumber;
        this.serialNumbers = serialNumbers.isEmpty() ? null : String.join("\n", serialNumbers);
        this.producedOn = producedOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public BigDecimal goodQuantity() {
        return goodQuantity;
    }

    public BigDecimal scrapQuantity() {
        return scrapQuantity;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public List<String> serialNumbers() {
        return serialNumbers == null ? List.of() : Arrays.asList(serialNumbers.split("\n"));
    }

    public LocalDate producedOn() {
        return producedOn;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
