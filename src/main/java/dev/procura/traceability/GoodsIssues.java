package dev.procura.traceability;

import dev.procura.customers.CustomerFacts;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.DocumentNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Goods issued to a customer out of a lot or serial number (the outbound movement until shipments
 * exist): the customer takes new business, the unit is available and not expired, the date is not
 * in the future; each issue is a document numbered GI-.
 */
@ApplicationScoped
class GoodsIssues {

    @Inject
    CustomerFacts customers;

    @Inject
    DocumentNumbers numbers;

    /** The day of the issue, after every check of the request (all bad fields at once). */
    LocalDate check(TenantTx tx, TraceabilityRequests.Issue request, List<FieldError> errors) {
        checkCustomer(tx, request.customerId(), "customer_id", errors);
        LocalDate on = request.issuedOn() == null ? tx.today() : request.issuedOn();
        if (on.isAfter(tx.today())) {
            errors.add(new FieldError("issued_on", "must not be after today (" + tx.today() + ")"));
        }
        return on;
    }

    /** The customer is the tenant's and takes new business; else an error on {@code field}. */
    void checkCustomer(TenantTx tx, UUID customerId, String field, List<FieldError> errors) {
        CustomerFacts.Summary customer = customerId == null
                ? null
                : customers.summaries(tx, Set.of(customerId)).get(customerId);
        if (customer == null) {
            errors.add(new FieldError(field, "no such customer in this tenant"));
        } else if (!customer.isActive()) {
            errors.add(new FieldError(
                    field,
                    "customer " + customer.code() + " is " + customer.status().replace('_', ' ')));
        }
    }

    static void requireAvailable(String what, UnitStatus status, boolean expired, LocalDate expiresOn) {
        if (status != UnitStatus.AVAILABLE) {
            throw new Failure.InvalidTransition(what, status.code(), "issued");
        }
        if (expired) {
            throw new Failure.InvalidTransition(what, "expired on " + expiresOn, "issued");
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(new ArrayList<>(errors));
        }
    }

    StockMovement.Document document(TenantTx tx) {
        return new StockMovement.Document("issue", UUID.randomUUID(), numbers.next(tx.em(), "goods_issue", "GI-"));
    }
}
