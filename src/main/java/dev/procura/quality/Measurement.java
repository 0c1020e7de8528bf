package dev.procura.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One measurement of a characteristic in a subgroup of an inspection, as taken: never changed. */
@Entity
@Table(name = "quality_measurements")
public class Measurement {

    @Id
    private UUID id;

    @Column(name = "inspection_id")
    private UUID inspectionId;

    @Column(name = "characteristic_id")
    private UUID characteristicId;

    private int subgroup;
    private BigDecimal value;
    private boolean passed;

    @Column(name = "defect_code")
    private String defectCode;

    @Column(name = "measured_at")
    private Instant measuredAt;

    @Column(name = "recorded_by")
    private UUID recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Measurement() {}

    Measurement(
            UUID inspectionId,
            UUID characteristicId,
            int subgroup,
            BigDecimal value,
            boolean passed,
            String defectCode,
            Instant measuredAt,
            UUID recordedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.inspectionId = inspectionId;
        this.characteristicId = characteristicId;
        this.subgroup = subgroup;
        this.value = value;
        this.passed = passed;
        this.defectCode = defectCode;
        this.measuredAt = Stamps.of(measuredAt);
        this.recordedBy = recordedBy;
        this.recordedAt = Stamps.of(now);
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UUID characteristicId() {
        return characteristicId;
    }

    public int subgroup() {
        return subgroup;
    }

    public BigDecimal value() {
        return value;
    }

    public boolean passed() {
        return passed;
    }

    public String defectCode() {
        return defectCode;
    }

    public Instant measuredAt() {
        return measuredAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
