package dev.procura.backups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the backup API. */
public final class BackupRequests {

    private BackupRequests() {}

    @Schema(name = "TenantRestoreRequest")
    public record Restore(
            @NotNull UUID backupId,

            @NotNull
            @Pattern(regexp = "new|in_place", message = "must be new or in_place")
            @Schema(
                    enumeration = {"new", "in_place"},
                    description = "new: the tenant switches to a new database with a name of its own;"
                            + " in_place: the restored database takes the current one's name")
            String target,

            @Schema(description = "For in_place: the tenant id, repeated to confirm that its data is replaced")
            String confirm) {}

    @Schema(name = "TenantMoveRequest")
    public record Move(
            @NotBlank
            @Size(max = 63)
            @Schema(description = "The configured tenant server (procura.tenants.servers) the database moves to")
            String server,

            @Schema(
                    description = "true: pin the tenant to the target server as it switches; false: unpin it. Needed"
                            + " to move a pinned tenant (operator pin or plan's dedicated server) elsewhere; left out,"
                            + " the pin stays as it is")
            Boolean pin) {}

    @Schema(name = "TenantPinRequest")
    public record Pin(
            @Size(max = 63)
            @Schema(
                    description = "The tenant server to pin the tenant to, even one it does not live on yet (a move"
                            + " there follows); null unpins",
                    nullable = true)
            String pinnedServer) {}
}
