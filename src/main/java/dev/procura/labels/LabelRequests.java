package dev.procura.labels;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the barcode label API. */
public final class LabelRequests {

    static final int MAX_IDS = 1000;
    static final int MAX_COPIES = 20;
    static final String SYMBOLOGY_MESSAGE = "must be one of gs1_128, code128, qr, datamatrix";

    private LabelRequests() {}

    @Schema(name = "LabelGenerateRequest")
    public record Generate(
            @NotBlank
            @Pattern(regexp = LabelSubject.NAMES, message = "must be one of shipment, package, lot, serial, item")
            @Schema(example = "lot")
            String subject,

            @NotNull
            @Size(min = 1, max = MAX_IDS)
            @Schema(
                    description = "Ids of the shipments, packages, lots or serial numbers; item codes for items."
                            + " A shipment gives one label per package.")
            List<@NotBlank @Size(max = 64) String> ids,

            @Size(min = 1, max = 4)
            @Schema(
                    description = "Symbols on each label; the template's when left out",
                    example = "[\"gs1_128\", \"qr\"]")
            List<@NotBlank @Pattern(regexp = Symbology.NAMES, message = SYMBOLOGY_MESSAGE) String> symbologies,

            @Schema(description = "A label template of the tenant; the built-in A4 sheet of 2 x 5 when left out")
            UUID templateId,

            @Min(1) @Max(MAX_COPIES) @Schema(description = "Copies of each label in the PDF (default 1)", example = "1")
            Integer copies) {}

    @Schema(name = "LabelTemplateRequest")
    public record Define(
            @NotBlank @Size(max = 100) @Schema(example = "Pallet 100x150")
            String name,

            @NotBlank
            @Pattern(regexp = "sheet|label", message = "must be sheet or label")
            @Schema(
                    description = "`sheet`: an A4 sheet of columns x rows labels; `label`: one label per page of"
                            + " width_mm x height_mm")
            String page,

            @Min(1) @Max(6) @Schema(description = "Labels across an A4 sheet (sheet only)")
            Integer columns,

            @Min(1) @Max(20) @Schema(description = "Labels down an A4 sheet (sheet only)")
            Integer rows,

            @DecimalMin("25") @DecimalMax("300") @Schema(description = "Label width in mm (label only)")
            BigDecimal widthMm,

            @DecimalMin("15") @DecimalMax("300") @Schema(description = "Label height in mm (label only)")
            BigDecimal heightMm,

            @Size(max = 12)
            @Schema(
                    description = "Texts printed beside the symbols, in this order",
                    example = "[\"description\", \"lot\", \"expiry\"]")
            List<
                            @NotBlank
                            @Pattern(regexp = LabelDesign.FIELDS, message = "must be one of " + LabelDesign.FIELDS)
                            String>
                    fields,

            @NotEmpty @Size(max = 4)
            List<@NotBlank @Pattern(regexp = Symbology.NAMES, message = SYMBOLOGY_MESSAGE) String> symbologies,

            @Size(max = 200)
            @Pattern(
                    regexp = "https://[^?#\\s]+[^/?#\\s]",
                    message = "must be an https URI without query or trailing /")
            @Schema(
                    description = "Base URI of the GS1 Digital Link URIs in QR codes",
                    example = "https://id.example.com")
            String digitalLinkBase,

            @Schema(
                    description = "Whether the company's name (branding, else the tenant's name) heads each label;"
                            + " default true")
            Boolean showCompany) {}
}
