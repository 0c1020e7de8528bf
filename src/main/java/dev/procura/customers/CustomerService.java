package dev.procura.customers;

import dev.procura.currencies.CurrencyService;
import dev.procura.customers.CustomerViews.CustomerView;
import dev.procura.paymentterms.PaymentTermService;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Customers: unique codes (in any case), a currency and payment term of the tenant that are active
 * when chosen, a credit limit in an active currency, and custom fields. A customer other records
 * refer to is deactivated, not deleted. Every change is an outbox event (and so an audit entry).
 */
@ApplicationScoped
public class CustomerService {

    /** The API name of customers for custom fields. */
    static final String ENTITY = "customer";

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(false));
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    TenantTransactions tenantData;

    @Inject
    CustomerRepository customers;

    @Inject
    CurrencyService currencies;

    @Inject
    PaymentTermService paymentTerms;

    @Inject
    CustomFields customFields;

    @Inject
    TenantOutbox outbox;

    @Inject
    Instance<CustomerReferences> references;

    public CustomerView create(UUID actor, CustomerRequests.Define request) {
        return tenantData.call(tx -> create(tx, actor, request));
    }

    CustomerView create(TenantTx tx, UUID actor, CustomerRequests.Define request) {
        requireCountries(request);
        requireFreeCode(tx.em(), request.code(), null);
        Customer customer = new Customer(tx.now());
        write(tx, customer, request, null);
        tx.em().persist(customer);
        publish(tx, actor, "customer.created", customer);
        return view(tx, customer);
    }

    public Page<CustomerView> list(
            CustomerRepository.Filter filter, CustomFieldFilter custom, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            CustomFieldCriteria criteria = customFields.criteria(tx, ENTITY, custom, "c.customFields");
            return new Page<>(
                    customers.list(tx.em(), filter, criteria, sort, (page - 1) * perPage, perPage).stream()
                            .map(c -> view(tx, c, criteria::show))
                            .toList(),
                    page,
                    perPage,
                    customers.count(tx.em(), filter, criteria));
        });
    }

    public CustomerView get(UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx.em(), id)));
    }

    public CustomerView change(UUID actor, UUID id, CustomerRequests.Define request) {
        return tenantData.call(tx -> change(tx, actor, existing(tx.em(), id), request));
    }

    private CustomerView change(TenantTx tx, UUID actor, Customer customer, CustomerRequests.Define request) {
        requireCountries(request);
        requireFreeCode(tx.em(), request.code(), customer.id());
        Customer.Status was = customer.status();
        write(tx, customer, request, customer);
        Customer.Status now = customer.status();
        String event = now == was || (now != Customer.Status.INACTIVE && was != Customer.Status.INACTIVE)
                ? "customer.changed"
                : now == Customer.Status.INACTIVE ? "customer.deactivated" : "customer.reactivated";
        publish(tx, actor, event, customer);
        return view(tx, customer);
    }

    /** Deletes a customer no record refers to; one referred to is to be deactivated instead. */
    public void delete(UUID actor, UUID id) {
        tenantData.call(tx -> {
            Customer customer = existing(tx.em(), id);
            Map<String, Object> inUse = new LinkedHashMap<>();
            for (CustomerReferences kind : references) {
                long count = kind.countOf(tx, id);
                if (count > 0) {
                    inUse.put(kind.records(), count);
                }
            }
            if (!inUse.isEmpty()) {
                throw new Failure.Conflict(
                        ProblemType.CUSTOMER_IN_USE,
                        "Customer " + customer.code() + " is referred to by " + inUse
                                + "; deactivate it (status: inactive) instead",
                        Map.of("records", inUse));
            }
            tx.em().remove(customer);
            publish(tx, actor, "customer.deleted", customer);
            return null;
        });
    }

    /** An import row keyed by code: created, updated, or left as it is when equal (nothing written then). */
    ImportOutcome.Result importRow(
            TenantTx tx, UUID actor, CustomerRequests.Define request, ImportMode mode, boolean dryRun) {
        Optional<Customer> stored = customers.byCode(tx.em(), request.code());
        if (stored.isEmpty()) {
            if (dryRun) {
                check(tx, request, null);
            } else {
                create(tx, actor, request);
            }
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw codeTaken(request.code());
        }
        Customer customer = stored.get();
        String custom = customFields.accept(tx, ENTITY, request.customFields(), customer.customFieldsJson());
        if (CustomerComparison.same(customer, request, paymentTermId(tx, request, customer), custom, JSON)) {
            return ImportOutcome.Result.UNCHANGED;
        }
        if (dryRun) {
            check(tx, request, customer);
        } else {
            change(tx, actor, customer, request);
        }
        return ImportOutcome.Result.UPDATED;
    }

    private void write(TenantTx tx, Customer customer, CustomerRequests.Define request, Customer stored) {
        UUID termId = check(tx, request, stored);
        String custom = customFields.accept(
                tx, ENTITY, request.customFields(), stored == null ? null : stored.customFieldsJson());
        customer.describe(
                request,
                JSON.toJson(request.addressesOrEmpty()),
                JSON.toJson(request.contactsOrEmpty()),
                termId,
                custom,
                tx.now());
    }

    /**
     * The rules beyond the body's own: currencies and the payment term are the tenant's and active
     * (a value the customer already has may stay although deactivated since). Answers the term's id.
     */
    private UUID check(TenantTx tx, CustomerRequests.Define request, Customer stored) {
        requireCountries(request);
        if (stored == null || !request.currency().equals(stored.currency())) {
            currencies.requireActive(tx, request.currency(), "currency");
        }
        CustomerRequests.CreditLimit limit = request.creditLimit();
        if (limit != null) {
            int decimals = limit.currency().equals(stored == null ? null : stored.creditLimitCurrency())
                    ? currencies.decimals(tx, limit.currency(), "credit_limit.currency")
                    : currencies.requireActive(tx, limit.currency(), "credit_limit.currency");
            if (limit.amount().stripTrailingZeros().scale() > decimals) {
                throw new Failure.InvalidInput(
                        "credit_limit.amount", "has more decimals than " + limit.currency() + "'s " + decimals);
            }
        }
        return paymentTermId(tx, request, stored);
    }

    private UUID paymentTermId(TenantTx tx, CustomerRequests.Define request, Customer stored) {
        if (request.paymentTerms() == null || request.paymentTerms().isBlank()) {
            return null;
        }
        if (stored != null
                && stored.paymentTermId() != null
                && paymentTerms.codeOf(tx, stored.paymentTermId()).orElse("").equals(request.paymentTerms())) {
            return stored.paymentTermId();
        }
        return paymentTerms.requireActive(tx, request.paymentTerms(), "payment_terms");
    }

    private static void requireCountries(CustomerRequests.Define request) {
        List<FieldError> errors = new ArrayList<>();
        List<CustomerRequests.Address> addresses = request.addressesOrEmpty();
        for (int i = 0; i < addresses.size(); i++) {
            if (!COUNTRIES.contains(addresses.get(i).country())) {
                errors.add(new FieldError("addresses[" + i + "].country", "is not an ISO 3166 country code"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
    }

    private void requireFreeCode(EntityManager em, String code, UUID self) {
        if (customers.codeTaken(em, code, self)) {
            throw codeTaken(code);
        }
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(ProblemType.CUSTOMER_CODE_TAKEN, "Another customer has the code " + code);
    }

    private void publish(TenantTx tx, UUID actor, String event, Customer customer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer_id", customer.id());
        data.put("code", customer.code());
        data.put("legal_name", customer.legalName());
        data.put("status", customer.status().code());
        outbox.publish(tx, event, customer.id().toString(), actor, data);
    }

    private static Customer existing(EntityManager em, UUID id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new Failure.NotFound("No customer " + id + " in this tenant");
        }
        return customer;
    }

    CustomerView view(TenantTx tx, Customer customer) {
        return view(tx, customer, customFields.viewer(tx, ENTITY));
    }

    CustomerView view(TenantTx tx, Customer c, Function<String, Map<String, Object>> shown) {
        return new CustomerView(
                c.id(),
                c.code(),
                c.legalName(),
                c.taxId(),
                addresses(c),
                contacts(c),
                c.currency(),
                paymentTerms.codeOf(tx, c.paymentTermId()).orElse(null),
                c.paymentTermId(),
                c.creditLimitAmount() == null
                        ? null
                        : new CustomerRequests.CreditLimit(c.creditLimitAmount(), c.creditLimitCurrency()),
                c.status().code(),
                shown.apply(c.customFieldsJson()),
                c.createdAt(),
                c.updatedAt());
    }

    static List<CustomerRequests.Address> addresses(Customer c) {
        return List.of(JSON.fromJson(c.addressesJson(), CustomerRequests.Address[].class));
    }

    static List<CustomerRequests.Contact> contacts(Customer c) {
        return List.of(JSON.fromJson(c.contactsJson(), CustomerRequests.Contact[].class));
    }

    static boolean sameText(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a, b == null || b.isBlank() ? null : b);
    }
}
