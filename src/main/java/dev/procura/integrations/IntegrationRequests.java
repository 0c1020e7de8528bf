package dev.procura.integrations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the integrations API. */
public final class IntegrationRequests {

    static final String CODE = "[a-z0-9][a-z0-9_-]{0,39}";
    static final String EVENTS = "purchase_order\\.approved|invoice\\.matched";
    static final String ENTITY_TYPES = "purchase_order|invoice|supplier|item";
    static final String STATUSES = "pending|sent|failed|dead";
    static final String DIRECTIONS = "outbound|inbound";

    private IntegrationRequests() {}

    @Schema(name = "IntegrationSystemRequest")
    public record Define(
            @Pattern(regexp = CODE, message = "must be 1 to 40 lower-case letters, digits, '_' or '-'")
            @Schema(
                    description = "The system's code, used in paths (required on create; on change it may be left"
                            + " out and cannot differ)",
                    example = "erp")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Main ERP")
            String name,

            @NotBlank
            @Size(max = 2000)
            @Schema(
                    description = "Where messages are POSTed: an absolute http or https URL without user info",
                    example = "https://erp.example.com/procura/inbox")
            String endpointUrl,

            @Size(max = 2000)
            @Schema(
                    description = "Sent as `Authorization: Bearer …`. Write-only: never returned; left out keeps the"
                            + " current one, an empty string removes it")
            String bearerToken,

            @Size(max = 500)
            @Schema(
                    description = "Signs each body: `X-Procura-Signature: sha256=<hex HMAC-SHA256>`. Write-only, kept"
                            + " and removed like bearer_token")
            String hmacSecret,

            @Schema(description = "Messages are written and sent only for an enabled system (default true)")
            Boolean enabled,

            @NotNull
            @Size(max = 2)
            @Schema(description = "The events it takes: purchase_order.approved, invoice.matched")
            List<
                            @NotNull
                            @Pattern(regexp = EVENTS, message = "must be purchase_order.approved or invoice.matched")
                            String>
                    events,

            @Pattern(regexp = "[A-Za-z0-9_.-]{1,100}", message = "must be a JSON member name")
            @Schema(
                    description = "The member of a 2xx answer's JSON object holding the id the system gave the"
                            + " record (default `id`)",
                    example = "id")
            String externalIdField,

            @Min(1) @Max(20) @Schema(description = "Attempts before a message is dead (default 8)")
            Integer maxAttempts,

            @Min(1) @Max(60) @Schema(description = "Seconds an attempt may take (default 10)")
            Integer timeoutSeconds) {}

    @Schema(name = "IntegrationMappingRequest")
    public record Mapping(
            @NotBlank
            @Pattern(regexp = ENTITY_TYPES, message = "must be one of purchase_order, invoice, supplier, item")
            String entityType,

            @NotBlank @Size(max = 100) @Schema(description = "Our id: a record's UUID, or an item's code")
            String ourId,

            @NotBlank @Size(max = 200) @Schema(description = "The system's id of the record")
            String externalId) {}
}
