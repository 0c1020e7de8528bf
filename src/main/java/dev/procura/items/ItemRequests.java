package dev.procura.items;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the items API. */
public final class ItemRequests {

    /** Item codes are what document lines carry in {@code item_code}: no spaces. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_./-]{0,59}";

    static final String CODE_MESSAGE =
            "must be 1 to 60 letters, digits, '_', '.', '/' or '-', starting with a letter or digit";

    /** The format of a tax code (the tax codes master checks that it exists). */
    static final String TAX_CODE = "[A-Z0-9][A-Z0-9_.-]{0,29}";

    static final String TYPES = "purchased|manufactured|service";

    private ItemRequests() {}

    /** An item, on create and (in full) on change. */
    @Schema(name = "ItemRequest")
    public record Define(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "LAP-14-PRO")
            String code,

            @NotBlank @Size(max = 500) @Schema(example = "14\" laptop, 32 GB")
            String description,

            @NotNull
            @Pattern(regexp = TYPES, message = "must be one of purchased, manufactured, service")
            @Schema(
                    enumeration = {"purchased", "manufactured", "service"},
                    example = "purchased")
            String type,

            @NotBlank
            @Pattern(regexp = UnitRequests.CODE, message = UnitRequests.CODE_MESSAGE)
            @Schema(description = "An active unit of measure's code", example = "ea")
            String baseUnit,

            @Size(max = 63)
            @Schema(description = "An active value of the type list `item_categories`", example = "it-hardware")
            String category,

            @Schema(description = "An active supplier of the tenant")
            UUID defaultSupplierId,

            @Min(0) @Max(3650) @Schema(example = "14") Integer leadTimeDays,

            @Valid StandardCost standardCost,

            @Pattern(regexp = TAX_CODE, message = "must be 1 to 30 upper-case letters, digits, '_', '.' or '-'")
            @Schema(description = "A tax code (its format is checked here)", example = "VAT-STD")
            String taxCode,

            @Pattern(regexp = "\\d{8}|\\d{12,14}", message = "must be a GTIN-8, -12, -13 or -14 (digits only)")
            @Schema(
                    description = "The GS1 trade item number, printed on labels and read by scans; kept as 14 digits."
                            + " Its check digit must be right; no other item may have it",
                    example = "09506000134352")
            String gtin,

            @Schema(defaultValue = "false") Boolean lotTracked,
            @Schema(defaultValue = "false") Boolean serialTracked,
            @Schema(defaultValue = "false") Boolean inspectionRequired,

            @Size(max = 200) @Schema(description = "Data per plant; each plant at most once")
            List<@Valid @NotNull PlantData> plants,

            @Size(max = 50)
            @Schema(description = "The item's own conversions to its base unit (1 box = 12 ea); may cross dimensions")
            List<@Valid @NotNull Conversion> conversions,

            @Schema(description = "Values of the tenant's custom fields for items by key (GET /custom-fields)")
            Map<String, Object> customFields,

            @Schema(description = "false retires the item; true when left out")
            Boolean active) {

        boolean isActive() {
            return active == null || active;
        }

        List<PlantData> plantsOrEmpty() {
            return plants == null ? List.of() : plants;
        }

        List<Conversion> conversionsOrEmpty() {
            return conversions == null ? List.of() : conversions;
        }
    }

    @Schema(name = "ItemStandardCost")
    public record StandardCost(
            @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4) @Schema(example = "1180.50")
            BigDecimal amount,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") @Schema(example = "EUR")
            String currency) {}

    @Schema(name = "ItemPlantData")
    public record PlantData(
            @NotNull UUID plantId,

            @DecimalMin("0") @Digits(integer = 15, fraction = 3) @Schema(example = "20")
            BigDecimal reorderPoint,

            @DecimalMin("0") @Digits(integer = 15, fraction = 3) @Schema(example = "5")
            BigDecimal safetyStock) {}

    @Schema(name = "ItemConversion")
    public record Conversion(
            @NotBlank @Pattern(regexp = UnitRequests.CODE, message = UnitRequests.CODE_MESSAGE) @Schema(example = "box")
            String unit,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 18, fraction = 12)
            @Schema(description = "How many base units one `unit` is", example = "12")
            BigDecimal factorToBase) {}
}
