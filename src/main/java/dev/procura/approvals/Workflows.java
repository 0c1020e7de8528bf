package dev.procura.approvals;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Quotas;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Workflow definitions: versioned per document type, validated when saved; the default policy otherwise. */
@ApplicationScoped
public class Workflows {

    static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(false));

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    ApprovalRepository repository;

    @Inject
    SettingsService settings;

    @Inject
    ApprovalEngine engine;

    @Inject
    Quotas quotas;

    UUID tenantOf() {
        return tenant.tenantId();
    }

    /** The workflow a new approval of this document type follows. */
    Workflow current(EntityManager em, String documentType) {
        return repository
                .activeDefinition(em, documentType)
                .map(Workflows::workflow)
                .orElseGet(() -> Workflow.defaultPolicy(
                        documentType, settings.current(em).approvalSecondLevelAmount()));
    }

    /** Saves a new version and makes it the active one; approvals already running keep theirs. */
    public Workflow define(Caller caller, WorkflowRequests.Define request) {
        validate(request);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Optional<WorkflowDefinition> replaced = repository.activeDefinition(em, request.documentType());
            if (replaced.isEmpty()) {
                quotas.admit(tx.tenantId(), Meter.WORKFLOWS, 1);
            }
            replaced.ifPresent(WorkflowDefinition::retire);
            em.flush();
            List<String> escalateRoles =
                    request.escalateRoles() == null || request.escalateRoles().isEmpty()
                            ? List.of("admin")
                            : request.escalateRoles();
            WorkflowDefinition definition = new WorkflowDefinition(
                    request.documentType(),
                    repository.lastVersion(em, request.documentType()) + 1,
                    request.name(),
                    JSON.toJson(request.levels()),
                    String.join(",", escalateRoles),
                    caller.userId(),
                    tx.now());
            em.persist(definition);
            return workflow(definition);
        });
    }

    public Workflow active(String documentType) {
        engine.documentsOf(documentType);
        return tenantData.call(tx -> current(tx.em(), documentType));
    }

    /** One stored version of a document type's workflow. */
    public Workflow version(String documentType, int version) {
        engine.documentsOf(documentType);
        return versions(documentType).stream()
                .filter(w -> w.version() == version)
                .findFirst()
                .orElseThrow(
                        () -> new Failure.NotFound("No version " + version + " of the " + documentType + " workflow"));
    }

    public List<Workflow> versions(String documentType) {
        return tenantData.call(tx -> repository.definitions(tx.em(), documentType).stream()
                .map(Workflows::workflow)
                .toList());
    }

    static Workflow workflow(WorkflowDefinition definition) {
        WorkflowLevel[] levels = JSON.fromJson(definition.levelsJson(), WorkflowLevel[].class);
        return new Workflow(
                definition.documentType(),
                definition.version(),
                definition.name(),
                List.of(levels),
                List.of(definition.escalateRoles().split(",")));
    }

    /** Every problem of a definition at once: unknown document type, bad conditions, approvers, SLAs. */
    private void validate(WorkflowRequests.Define request) {
        Set<String> fields = engine.documentsOf(request.documentType()).fieldNames();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.levels().size(); i++) {
            WorkflowLevel level = request.levels().get(i);
            String at = "levels[" + i + "].";
            boolean users = level.approverIds() != null && !level.approverIds().isEmpty();
            if (!users && (level.approverRole() == null || level.approverRole().isBlank())) {
                errors.add(
                        new FieldError(at + "approver_ids", "a level needs approver_ids, an approver_role, or both"));
            }
            if (level.isQuorum() && level.quorum() == null) {
                errors.add(new FieldError(at + "quorum", "is required with mode quorum"));
            }
            if (level.isQuorum()
                    && level.quorum() != null
                    && users
                    && level.approverRole() == null
                    && level.quorum() > level.approverIds().size()) {
                errors.add(new FieldError(
                        at + "quorum", "is more than the " + level.approverIds().size() + " approvers"));
            }
            if (level.condition() != null && !level.condition().isBlank()) {
                try {
                    Set<String> unknown = new java.util.TreeSet<>(
                            Condition.parse(level.condition()).fields());
                    unknown.removeAll(fields);
                    if (!unknown.isEmpty()) {
                        errors.add(new FieldError(
                                at + "condition",
                                "reads " + unknown + "; " + request.documentType() + " has "
                                        + new java.util.TreeSet<>(fields)));
                    }
                } catch (Condition.Invalid e) {
                    errors.add(new FieldError(at + "condition", e.getMessage()));
                }
            }
            if (level.sla() != null && !level.sla().isBlank()) {
                try {
                    if (Duration.parse(level.sla()).compareTo(Duration.ofSeconds(1)) < 0) {
                        errors.add(new FieldError(at + "sla", "must be at least PT1S"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(at + "sla", "must be an ISO-8601 duration, e.g. PT48H"));
                }
                if (level.escalateTo() == null
                        || (level.escalateTo().userId() == null
                                && level.escalateTo().role() == null)) {
                    errors.add(new FieldError(at + "escalate_to", "is required with an sla"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
    }

    /** The document fields an approval captured, as conditions read them (numbers exact). */
    static Map<String, Object> fields(Approval approval) {
        Map<String, Object> fields = new HashMap<>();
        try (var reader = Json.createReader(new StringReader(approval.fieldsJson()))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                JsonValue value = field.getValue();
                fields.put(
                        field.getKey(),
                        switch (value.getValueType()) {
                            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
                            case STRING -> ((JsonString) value).getString();
                            case TRUE -> true;
                            case FALSE -> false;
                            default -> null;
                        });
            }
        }
        return fields;
    }
}
