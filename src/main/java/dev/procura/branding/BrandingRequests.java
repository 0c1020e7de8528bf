package dev.procura.branding;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the branding API. */
public final class BrandingRequests {

    static final String HEX = "#[0-9A-Fa-f]{6}";
    static final String HEX_MESSAGE = "must be a colour as #RRGGBB (six hexadecimal digits)";
    static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    private BrandingRequests() {}

    /** The branding in full: a field left out is cleared (its default applies). */
    @Schema(name = "BrandingRequest")
    public record Change(
            @PositiveOrZero
            @Schema(
                    description = "The version last read (GET); another version means someone changed the branding"
                            + " meanwhile (409 branding-changed). Left out, the change applies whatever the version")
            Long version,

            @Size(max = 200)
            @Schema(
                    description = "Shown in PDFs, emails and front ends; the tenant's name when left out",
                    example = "ACME Procurement")
            String displayName,

            @Pattern(
                    regexp = SLUG,
                    message = "must be 1 to 63 lower-case letters, digits or '-', not starting or ending with '-'")
            @Schema(
                    description = "The tenant's public name in theme and asset URLs; unique across tenants",
                    example = "acme")
            String slug,

            @Schema(description = "A PNG (at most 512 KB and 2048 px a side) or SVG document of the tenant's documents")
            UUID logoDocumentId,

            @Schema(description = "A PNG (at most 64 KB and 512 px a side) or SVG document of the tenant's documents")
            UUID faviconDocumentId,

            @Pattern(regexp = HEX, message = HEX_MESSAGE)
            @Schema(
                    description = "White text on it must reach a contrast ratio of 4.5:1 (WCAG AA)",
                    example = "#1F4E79")
            String primaryColor,

            @Pattern(regexp = HEX, message = HEX_MESSAGE) @Schema(example = "#F2A900")
            String secondaryColor,

            @Size(max = 40)
            @Schema(
                    description = "One of system-ui, inter, roboto, open-sans, lato, source-sans-3, noto-sans,"
                            + " ibm-plex-sans, merriweather, source-serif-4; system-ui when left out",
                    example = "inter")
            String font,

            @Size(max = 2000) @Schema(description = "Plain text above every notification email")
            String emailHeader,

            @Size(max = 2000) @Schema(description = "Plain text below every notification email")
            String emailFooter,

            @Size(max = 300) @Schema(description = "Plain text at the top of every page of generated PDFs")
            String pdfHeader,

            @Size(max = 300) @Schema(description = "Plain text at the bottom of every page of generated PDFs")
            String pdfFooter,

            @Size(max = 253)
            @Schema(
                    description = "A host name (RFC 1123, stored lower-case, not an IP address), unique across tenants",
                    example = "procurement.acme.example")
            String customDomain) {

        /** Blank texts are no texts; the domain is compared and stored in lower case. */
        Change normalized() {
            return new Change(
                    version,
                    blankToNull(displayName),
                    blankToNull(slug),
                    logoDocumentId,
                    faviconDocumentId,
                    blankToNull(primaryColor),
                    blankToNull(secondaryColor),
                    blankToNull(font),
                    blankToNull(emailHeader),
                    blankToNull(emailFooter),
                    blankToNull(pdfHeader),
                    blankToNull(pdfFooter),
                    customDomain == null || customDomain.isBlank()
                            ? null
                            : customDomain.strip().toLowerCase(java.util.Locale.ROOT));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
