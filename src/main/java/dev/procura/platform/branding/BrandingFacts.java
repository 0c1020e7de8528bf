package dev.procura.platform.branding;

import java.util.UUID;

/**
 * Port implemented by the branding capability: what generated documents and notification emails
 * of a tenant carry of its white-label branding. Capabilities ask this, never branding's tables.
 */
public interface BrandingFacts {

    /** The texts around a tenant's PDFs and emails; any of them null when the tenant has not set it. */
    record Letterhead(String displayName, String pdfHeader, String pdfFooter, String emailHeader, String emailFooter) {

        public static final Letterhead NONE = new Letterhead(null, null, null, null, null);

        /** The display name, or {@code fallback} (the tenant's name) when there is none. */
        public String displayNameOr(String fallback) {
            return displayName == null ? fallback : displayName;
        }
    }

    /** The tenant's letterhead; {@link Letterhead#NONE} when it has no branding. */
    Letterhead letterhead(UUID tenantId);
}
