package dev.procura.ncrs;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the NCR API. */
public final class NcrRequests {

    static final String SOURCES = "inspection|receipt|manual";
    static final String DISPOSITIONS = "use_as_is|rework|scrap|return_to_supplier";
    static final String KINDS = "corrective|preventive";

    private NcrRequests() {}

    /** What an NCR says was found; on raise, and (in full) on change. */
    public interface Finding {
        String itemCode();

        UUID supplierId();

        UUID plantId();

        BigDecimal quantity();

        String unit();

        List<String> defectCodes();

        String description();

        String disposition();

        String rootCause();
    }

    @Schema(name = "NcrRaiseRequest")
    public record Raise(
            @NotBlank
            @Pattern(regexp = SOURCES, message = "must be one of inspection, receipt, manual")
            @Schema(example = "receipt")
            String source,

            @Schema(description = "The failed inspection (source inspection; required there)")
            UUID inspectionId,

            @Schema(
                    description = "The receipt whose goods do not conform (source receipt; required there): its"
                            + " supplier, and its item when it has one")
            UUID receiptId,

            @Schema(description = "The work order the goods came from, if any")
            UUID workOrderId,

            @Size(max = 64)
            @Schema(
                    description = "An item of the item master; from the receipt when it names one item",
                    example = "BOLT-M8")
            String itemCode,

            @Schema(description = "A supplier of the tenant; the receipt's for source receipt")
            UUID supplierId,

            @Schema(description = "The plant where it was found")
            UUID plantId,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 13, fraction = 6)
            @Schema(example = "12")
            BigDecimal quantity,

            @Size(max = 20)
            @Schema(
                    description = "Convertible to the item's base unit; the item's base unit (or the receipt line's)"
                            + " when left out",
                    example = "ea")
            String unit,

            @Size(max = 20) @Schema(description = "Active values of the tenant's type list `defect_code`")
            List<@NotBlank @Size(max = 64) String> defectCodes,

            @Size(max = 4000) String description,

            @Pattern(regexp = DISPOSITIONS, message = "must be one of use_as_is, rework, scrap, return_to_supplier")
            @Schema(example = "return_to_supplier")
            String disposition,

            @Size(max = 4000) String rootCause)
            implements Finding {}

    /** A change of an NCR's finding, in full; its source and what it traces to stay. */
    @Schema(name = "NcrChangeRequest")
    public record Change(
            @NotBlank @Size(max = 64) @Schema(example = "BOLT-M8")
            String itemCode,

            UUID supplierId,
            UUID plantId,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 13, fraction = 6)
            @Schema(example = "12")
            BigDecimal quantity,

            @Size(max = 20) String unit,
            @Size(max = 20) List<@NotBlank @Size(max = 64) String> defectCodes,
            @Size(max = 4000) String description,

            @Pattern(regexp = DISPOSITIONS, message = "must be one of use_as_is, rework, scrap, return_to_supplier")
            String disposition,

            @Size(max = 4000) String rootCause)
            implements Finding {}

    @Schema(name = "NcrActionRequest")
    public record Action(
            @NotBlank
            @Pattern(regexp = KINDS, message = "must be corrective or preventive")
            @Schema(example = "corrective")
            String kind,

            @NotBlank @Size(max = 4000) @Schema(example = "Re-train the packing line on ESD bags")
            String description,

            @NotNull @Schema(description = "A member of the tenant")
            UUID ownerId,

            @NotNull @Schema(description = "A day of the tenant's calendar", example = "2026-12-31")
            LocalDate dueOn,

            @Schema(description = "When it was done (not after today); open while left out")
            LocalDate doneOn) {}

    /** Changes the fields it names; {@code done_on} marks the action done. */
    @Schema(name = "NcrActionChangeRequest")
    public record ActionChange(
            @Size(max = 4000) String description,
            UUID ownerId,
            LocalDate dueOn,

            @Schema(description = "When it was done (not after today)", example = "2026-12-07")
            LocalDate doneOn,

            @Schema(description = "true: done again open (done_on cleared)")
            Boolean reopen) {}
}
