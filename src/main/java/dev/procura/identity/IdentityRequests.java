package dev.procura.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the identity API. */
public final class IdentityRequests {

    private IdentityRequests() {}

    @Schema(name = "RegisterRequest")
    public record Register(
            @Schema(example = "ana@example.com") @NotBlank @Email @Size(max = 254)
            String email,

            @Schema(example = "correct horse battery staple") @NotNull @Size(min = 1, max = 128)
            String password,

            @Schema(example = "Ana") @NotBlank @Size(max = 100)
            String firstName,

            @Schema(example = "Silva") @NotBlank @Size(max = 100)
            String lastName) {}

    @Schema(name = "LoginRequest")
    public record Login(
            @Schema(example = "ana@example.com") @NotBlank @Size(max = 254)
            String email,

            @Schema(example = "correct horse battery staple") @NotNull @Size(max = 128)
            String password) {}

    @Schema(name = "RefreshRequest")
    public record Refresh(@NotBlank @Size(max = 100) String refreshToken) {}

    @Schema(name = "UpdateProfileRequest")
    public record UpdateProfile(
            @Schema(example = "Ana") @NotBlank @Size(max = 100)
            String firstName,

            @Schema(example = "Silva Costa") @NotBlank @Size(max = 100)
            String lastName) {}

    @Schema(name = "ChangePasswordRequest")
    public record ChangePassword(
            @NotNull @Size(max = 128) String currentPassword,
            @NotNull @Size(min = 1, max = 128) String newPassword) {}

    @Schema(name = "PasswordResetRequest")
    public record RequestPasswordReset(
            @Schema(example = "ana@example.com") @NotBlank @Email @Size(max = 254)
            String email) {}

    @Schema(name = "PasswordResetConfirmation")
    public record ConfirmPasswordReset(
            @Schema(description = "The token from the email") @NotBlank @Size(max = 100)
            String token,

            @Schema(example = "correct horse battery staple") @NotNull @Size(min = 1, max = 128)
            String password) {}

    @Schema(name = "EmailVerification")
    public record VerifyEmail(
            @Schema(description = "The token from the email") @NotBlank @Size(max = 100)
            String token) {}

    @Schema(name = "EmailSettingsRequest")
    public record ChangeEmailSettings(
            @Schema(
                    description = "Where notifications go; left out: the login email",
                    example = "ana.alerts@example.com")
            @Email
            @Size(max = 254)
            String notificationAddress,

            @Schema(enumeration = {"immediate", "daily", "weekly"})
            @NotNull
            @Pattern(regexp = "immediate|daily|weekly", message = "must be immediate, daily or weekly")
            String digest,

            @Schema(description = "A language the email templates exist in", example = "de") @NotNull @Size(max = 10)
            String language) {}
}
