package dev.procura.logistics;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the shipment and scan API. */
public final class LogisticsRequests {

    static final String DIRECTIONS = "inbound|outbound";
    static final String CONTEXTS = "receive|ship|move|inspect";
    /** A lot or serial number: printable ASCII without spaces (GS1 AI 10 / 21 narrow it to 20 characters). */
    static final String UNIT_NUMBER = "[!-~]{1,20}";

    static final String UNIT_NUMBER_MESSAGE = "must be 1 to 20 printable ASCII characters without spaces";

    private LogisticsRequests() {}

    @Schema(name = "ShipmentCreateRequest")
    public record NewShipment(
            @NotBlank
            @Pattern(regexp = DIRECTIONS, message = "must be inbound or outbound")
            @Schema(example = "outbound")
            String direction,

            @Schema(description = "Inbound: the purchase order the goods come from (required there)")
            UUID purchaseOrderId,

            @Schema(description = "Outbound: the customer the goods go to (required there)")
            UUID customerId,

            @Schema(description = "The plant the goods leave from or arrive at")
            UUID plantId,

            @Size(max = 64) @Schema(description = "An active value of the type list `carrier`", example = "dhl")
            String carrier,

            @Size(max = 100) String trackingNumber,
            @Size(max = 2000) String notes,

            @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Line> lines,

            @Size(max = 200)
            @Schema(description = "Each gets an SSCC from the tenant's GS1 company prefix when it is made")
            List<@Valid @NotNull Package> packages) {}

    @Schema(name = "ShipmentChangeRequest")
    public record Change(
            @Size(max = 64) String carrier,
            @Size(max = 100) String trackingNumber,
            @Size(max = 2000) String notes,

            @Size(min = 1, max = 500)
            @Schema(description = "Replaces the lines while the shipment is planned; left out: they stay")
            List<@Valid @NotNull Line> lines) {}

    @Schema(name = "ShipmentLineRequest")
    public record Line(
            @NotBlank @Size(max = 64) String itemCode,

            @Pattern(regexp = UNIT_NUMBER, message = UNIT_NUMBER_MESSAGE)
            String lotNumber,

            @Pattern(regexp = UNIT_NUMBER, message = UNIT_NUMBER_MESSAGE)
            @Schema(description = "One serial number per line, quantity 1")
            String serialNumber,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 6)
            BigDecimal quantity,

            @Size(max = 20) @Schema(description = "Default: the item's base unit")
            String unit,

            @Size(max = 40) @Schema(description = "The number of one of the shipment's packages")
            String packageNumber,

            @Schema(description = "Inbound: when the goods expire (kept on the receipt's lot)")
            LocalDate expiresOn) {}

    @Schema(name = "ShipmentPackageRequest")
    public record Package(
            @NotBlank @Size(max = 40) String number,

            @DecimalMin("0") @Digits(integer = 12, fraction = 3)
            BigDecimal weightKg) {}

    @Schema(name = "LogisticsSettingsRequest")
    public record Settings(
            @JsonbProperty("gs1_company_prefix")
            @Pattern(regexp = "\\d{7,11}", message = "must be 7 to 11 digits")
            @Schema(
                    name = "gs1_company_prefix",
                    description = "The GS1 company prefix SSCCs are made from",
                    example = "9506000")
            String gs1CompanyPrefix,

            @Size(max = 500)
            @Pattern(regexp = "https?://[^\\s?#]+", message = "must be an http(s) URI without query or fragment")
            @Schema(example = "https://id.procura.dev")
            String digitalLinkBase) {}

    @Schema(name = "ScanRequest")
    public record Scan(
            @NotBlank
            @Size(max = 500)
            @Schema(
                    description =
                            "What the scanner read: a GS1 element string (bracketed, or raw with GS separators and"
                                    + " an optional symbology identifier ]C1 ]d2 ]Q3), a GS1 Digital Link URI, or a plain code"
                                    + " (shipment number, SSCC, lot or serial number, item code)",
                    example = "(00)095060001234567891")
            String code,

            @NotBlank @Pattern(regexp = CONTEXTS, message = "must be one of receive, ship, move, inspect")
            String context,

            @Size(max = 100) String location,

            @NotNull @Schema(description = "When it was scanned (on the device)")
            Instant at,

            @Size(max = 100) String deviceId,

            @Size(max = 100)
            @Schema(description = "With device_id: the device's id of the event; a second upload of it is a duplicate")
            String deviceEventId) {}

    @Schema(name = "ScanBatchRequest")
    public record Batch(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Scan> scans) {}
}
