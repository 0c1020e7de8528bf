package dev.procura.production;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A routing step of a work order: where it runs and how long a unit should take there. */
@Embeddable
public class Operation {

    private int sequence;
    private String code;
    private String name;

    @Column(name = "work_centre")
    private String workCentre;

    @Column(name = "planned_cycle_seconds")
    private BigDecimal plannedCycleSeconds;

    @Column(name = "planned_run_minutes")
    private BigDecimal plannedRunMinutes;

    protected Operation() {}

    Operation(
            int sequence,
            String code,
            String name,
            String workCentre,
            BigDecimal plannedCycleSeconds,
            BigDecimal plannedRunMinutes) {
        this.sequence = sequence;
        this.code = code;
        this.name = name;
        this.workCentre = workCentre;
        this.plannedCycleSeconds = plannedCycleSeconds;
        this.plannedRunMinutes = plannedRunMinutes;
    }

    public int sequence() {
        return sequence;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String workCentre() {
        return workCentre;
    }

    /** The ideal time one unit takes at this operation. */
    public BigDecimal plannedCycleSeconds() {
        return plannedCycleSeconds;
    }

    public BigDecimal plannedRunMinutes() {
        return plannedRunMinutes;
    }
}
