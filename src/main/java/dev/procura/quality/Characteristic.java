package dev.procura.quality;

import dev.procura.platform.persistence.UuidColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A characteristic of an inspection plan: a variable within specification limits, or an attribute. */
@Embeddable
public class Characteristic {

    public enum Kind {
        VARIABLE,
        ATTRIBUTE
    }

    @Convert(converter = UuidColumn.class)
    private UUID id;

    private String code;
    private String name;
    private String kind;
    private BigDecimal nominal;

    @Column(name = "lower_spec")
    private BigDecimal lowerSpec;

    @Column(name = "upper_spec")
    private BigDecimal upperSpec;

    private String unit;
    private String method;

    @Column(name = "sample_size")
    private int sampleSize;

    private String frequency;

    @Column(name = "every_n_units")
    private Integer everyNUnits;

    @Column(name = "defect_codes")
    private String defectCodes;

    protected Characteristic() {}

    Characteristic(UUID id, InspectionPlanRequests.CharacteristicRequest request) {
        this.id = id;
        this.code = request.code();
        this.name = request.name();
        this.kind = request.kind();
        this.nominal = request.nominal();
        this.lowerSpec = request.lowerSpec();
        this.upperSpec = request.upperSpec();
        this.unit = request.unit();
        this.method = request.method();
        this.sampleSize = request.sampleSizeOrDefault();
        this.frequency = request.frequency();
        this.everyNUnits = request.everyNUnits();
        this.defectCodes =
                request.defectCodes() == null || request.defectCodes().isEmpty()
                        ? null
                        : String.join(",", request.defectCodes());
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return "attribute".equals(kind) ? Kind.ATTRIBUTE : Kind.VARIABLE;
    }

    public boolean isVariable() {
        return kind() == Kind.VARIABLE;
    }

    public BigDecimal nominal() {
        return nominal;
    }

    public BigDecimal lowerSpec() {
        return lowerSpec;
    }

    public BigDecimal upperSpec() {
        return upperSpec;
    }

    public String unit() {
        return unit;
    }

    public String method() {
        return method;
    }

    public int sampleSize() {
        return sampleSize;
    }

    public String frequency() {
        return frequency;
    }

    public Integer everyNUnits() {
        return everyNUnits;
    }

    public List<String> defectCodes() {
        return defectCodes == null ? List.of() : Arrays.asList(defectCodes.split(",", -1));
    }

    /** Whether a measured value is within the specification limits (a missing limit does not bound). */
    public boolean withinSpec(BigDecimal value) {
        return (lowerSpec == null || value.compareTo(lowerSpec) >= 0)
                && (upperSpec == null || value.compareTo(upperSpec) <= 0);
    }
}
