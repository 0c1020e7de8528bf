package dev.procura.logistics;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.gs1.Gs1;
import dev.procura.procurement.DocumentNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serial shipping container codes for new packages: extension digit 0, the tenant's GS1 company
 * prefix, a serial reference from the tenant's sequence (as many digits as the prefix leaves of 16)
 * and the check digit.
 */
@ApplicationScoped
class Sscc {

    static final int EXTENSION_DIGIT = 0;
    private static final int PREFIX_AND_SERIAL_DIGITS = 16;

    @Inject
    DocumentNumbers numbers;

    String next(EntityManager em, LogisticsSettings settings) {
        if (settings == null || settings.gs1CompanyPrefix() == null) {
            throw new Failure.InvalidInput(
                    "packages", "the tenant has no GS1 company prefix yet: set it with PUT /logistics/settings");
        }
        String prefix = settings.gs1CompanyPrefix();
        long serial = Long.parseLong(numbers.next(em, "sscc", ""));
        if (serial >= limit(prefix)) {
            throw new Failure.InvalidInput(
                    "packages", "the serial references of GS1 company prefix " + prefix + " are used up");
        }
        return Gs1.sscc(EXTENSION_DIGIT, prefix, serial);
    }

    /** One more than the largest serial reference the prefix leaves room for. */
    static long limit(String prefix) {
        long limit = 1;
        for (int i = prefix.length(); i < PREFIX_AND_SERIAL_DIGITS; i++) {
            limit *= 10;
        }
        return limit;
    }
}
