package dev.procura.branding;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the branding API. */
public final class BrandingViews {

    private BrandingViews() {}

    @Schema(name = "Branding")
    public record BrandingView(
            @Schema(description = "0 while the tenant has no branding of its own; send it back on PUT")
            long version,

            String displayName,
            String slug,
            UUID logoDocumentId,
            UUID faviconDocumentId,
            String primaryColor,
            String secondaryColor,
            String font,
            String emailHeader,
            String emailFooter,
            String pdfHeader,
            String pdfFooter,
            String customDomain,

            @Schema(
                    description = "Publish it as a DNS TXT record _procura-verify.<custom_domain>; Procura does not"
                            + " check it yet")
            String domainVerificationToken,

            @Schema(description = "The public theme of this tenant (no token needed)")
            String themeUrl,

            String logoUrl,
            String faviconUrl,
            Instant updatedAt) {}

    @Schema(name = "BrandingTheme", description = "What a front end needs to look like the tenant")
    public record ThemeView(
            String tenant,
            String displayName,
            String font,

            @Schema(
                    description = "--procura-primary, --procura-secondary, --procura-on-primary,"
                            + " --procura-on-secondary, --procura-text, --procura-font")
            Map<String, String> cssVariables,

            @Schema(description = "Absent when the tenant has no logo")
            String logoUrl,

            @Schema(description = "Absent when the tenant has no favicon")
            String faviconUrl) {

        public ThemeView {
            cssVariables = new LinkedHashMap<>(cssVariables);
        }

        /** The variables as a style sheet on {@code :root}. */
        String css() {
            StringBuilder css = new StringBuilder(":root {\n");
            cssVariables.forEach((name, value) ->
                    css.append("  ").append(name).append(": ").append(value).append(";\n"));
            return css.append("}\n").toString();
        }
    }

    /** An image as served: its bytes, type and ETag. */
    public record AssetView(String contentType, byte[] bytes, String sha256) {
        public AssetView {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
