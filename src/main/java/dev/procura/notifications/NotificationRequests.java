package dev.procura.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the notifications API. */
public final class NotificationRequests {

    private NotificationRequests() {}

    @Schema(name = "MessageRequest", description = "Exactly one of user_ids and role names the audience")
    public record Message(
            @Size(min = 1, max = 500) @Schema(description = "Members to tell")
            List<@NotNull UUID> userIds,

            @Size(min = 1, max = 60) @Schema(description = "Every member holding this role", example = "approver")
            String role,

            @NotBlank @Size(max = 200) @Schema(example = "Year-end closing")
            String title,

            @NotBlank @Size(max = 5000) @Schema(example = "Submit every open order by 20 December.")
            String body,

            @Size(max = 500)
            @Pattern(regexp = "(/|https://)\\S*", message = "must be a path or an https URL")
            @Schema(description = "Where it leads (optional)")
            String link) {}
}
