package dev.procura.imports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of bulk imports. */
public final class ImportRequests {

    private ImportRequests() {}

    @Schema(name = "ImportStart")
    public record Start(
            @Schema(description = "The master to import: see GET /imports/entities", examples = "items")
            @NotBlank
            @Size(max = 63)
            String entity,

            @Schema(
                    description =
                            "An uploaded CSV, XLSX or JSON document of the tenant; its first row names the columns")
            @NotNull
            UUID documentId,

            @Schema(
                    description = "create: every row is new, an existing key is rejected (default);"
                            + " upsert: an existing key updates its record, an equal row changes nothing",
                    enumeration = {"create", "upsert"})
            @Pattern(regexp = "create|upsert", message = "must be create or upsert")
            String mode,

            @Schema(description = "Check every row with the same rules and report, writing nothing (default false)")
            Boolean dryRun) {}
}
