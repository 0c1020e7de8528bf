package dev.procura.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the chart of accounts API. */
public final class GlAccountRequests {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}";

    private GlAccountRequests() {}

    /** A GL account, on create and (in full) on change; also the columns of an import file. */
    @Schema(name = "GlAccountRequest")
    public record Define(
            @NotBlank
            @Pattern(regexp = CODE, message = "must be 1 to 40 letters, digits, '.', '_', '/' or '-'")
            @Schema(description = "Unique in any case", example = "1400", required = true)
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Inventory", required = true)
            String name,

            @NotBlank
            @Pattern(
                    regexp = "asset|liability|equity|income|expense",
                    message = "must be one of asset, liability," + " equity, income, expense")
            @Schema(
                    enumeration = {"asset", "liability", "equity", "income", "expense"},
                    description = "A child has its parent's type",
                    required = true)
            String type,

            @Pattern(regexp = "postable|group", message = "must be postable or group")
            @Schema(
                    enumeration = {"postable", "group"},
                    description = "Only a group holds other accounts; only a postable account is posted to;"
                            + " postable when left out",
                    defaultValue = "postable")
            String kind,

            @Pattern(regexp = "[A-Z]{3}")
            @Schema(description = "Optional; an active currency of the tenant", example = "EUR")
            String currency,

            @Schema(description = "The group account above it; or parent_code")
            UUID parentId,

            @Size(max = 40)
            @Schema(description = "The group account above it by code (imports use this)", example = "1000")
            String parentCode,

            @Schema(
                    description = "false: deactivated (only when no tax code and no active child names it); true"
                            + " when left out")
            Boolean active) {

        boolean activeOrDefault() {
            return active == null || active;
        }

        /** The kind, postable when left out. */
        @Override
        public String kind() {
            return kind == null ? GlAccountRules.POSTABLE : kind;
        }

        @AssertTrue(message = "give parent_id or parent_code, not both")
        @Schema(hidden = true)
        public boolean isOneParent() {
            return parentId == null || parentCode == null;
        }
    }
}
