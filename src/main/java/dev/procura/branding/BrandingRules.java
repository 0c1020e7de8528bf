package dev.procura.branding;

import dev.procura.platform.failures.FieldError;
import java.util.ArrayList;
import java.util.List;

/** The checks of a branding change that need no data: font, contrast of white text, custom domain. */
final class BrandingRules {

    private BrandingRules() {}

    /** Every field at fault in {@code change} (already normalised); Bean Validation has checked the formats. */
    static List<FieldError> check(BrandingRequests.Change change) {
        List<FieldError> errors = new ArrayList<>();
        if (change.font() != null && BrandFont.of(change.font()).isEmpty()) {
            errors.add(new FieldError("font", "must be one of " + String.join(", ", BrandFont.keys())));
        }
        if (Contrast.isHexColor(change.primaryColor())) {
            double ratio = Contrast.ratio(Contrast.WHITE, change.primaryColor());
            if (ratio < Contrast.AA_TEXT) {
                errors.add(new FieldError(
                        "primary_color",
                        "white text on " + change.primaryColor() + " has a contrast ratio of "
                                + Contrast.format(ratio) + "; at least 4.5:1 is needed (WCAG AA): choose a darker"
                                + " colour"));
            }
        }
        if (change.customDomain() != null) {
            Hostnames.problem(change.customDomain())
                    .ifPresent(problem -> errors.add(new FieldError("custom_domain", problem)));
        }
        return errors;
    }
}
