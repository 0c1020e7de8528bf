package dev.procura.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A global conversion: 1 {@code fromUnit} = {@code factor} {@code toUnit}, the inverse implied. */
@Entity
@Table(name = "unit_conversions")
public class UnitConversion {

    @Id
    private UUID id;

    @Column(name = "from_unit")
    private String fromUnit;

    @Column(name = "to_unit")
    private String toUnit;

    private BigDecimal factor;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected UnitConversion() {}

    UnitConversion(String fromUnit, String toUnit, BigDecimal factor, Instant now) {
        this.id = UUID.randomUUID();
        this.fromUnit = fromUnit;
        this.toUnit = toUnit;
        this.factor = factor;
        this.createdAt = now;
    }

    UnitConverter.Conversion conversion() {
        return new UnitConverter.Conversion(fromUnit, toUnit, factor);
    }

    public UUID id() {
        return id;
    }

    public String fromUnit() {
        return fromUnit;
    }

    public String toUnit() {
        return toUnit;
    }

    public BigDecimal factor() {
        return factor;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
