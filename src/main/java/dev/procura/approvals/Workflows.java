package dev.procura.approvals;

import dev.procura.platform.approvals.ApprovableDocuments;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Quotas;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.workflows.WorkflowSubjects;
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
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    @Inject
    WorkflowSubjectTypes subjects;

    @Inject
    CustomFields customFields;

    @Inject
    TenantOutbox outbox;

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

    /** Saves a new version and makes it the active one; approvals and instances already running keep theirs. */
    public Workflow define(Caller caller, WorkflowRequests.Define request) {
        validate(request);
        return tenantData.call(tx -> {
            Workflow created = store(tx, caller, request);
            publish(tx, caller, "workflow.defined", created);
            return created;
        });
    }

    /**
     * Publishes a new version of the type of the active version {@code id}; 409 when {@code id}
     * was superseded or retired (change the active version), 400 when the body names another type.
     */
    public Workflow replace(Caller caller, UUID id, WorkflowRequests.Define request) {
        return tenantData.call(tx -> {
            WorkflowDefinition current = existing(tx.em(), id);
            if (!current.documentType().equals(request.documentType())) {
                throw new Failure.InvalidInput(
                        "document_type", "must stay " + current.documentType() + "; define another type with POST");
            }
            requireActive(current, "changed");
            validate(request);
            Workflow created = store(tx, caller, request);
            publish(tx, caller, "workflow.changed", created);
            return created;
        });
    }

    /**
     * Retires the active version {@code id}: the type has no active workflow any more (purchase
     * orders fall back to the default policy; invoices and RFQs to no workflow), and running
     * approvals and instances finish on their version. 409 when it is not the active version.
     */
    public void retire(Caller caller, UUID id) {
        tenantData.call(tx -> {
            WorkflowDefinition definition = existing(tx.em(), id);
            requireActive(definition, "retired");
            definition.retire(tx.now());
            publish(tx, caller, "workflow.retired", workflow(definition));
            return null;
        });
    }

    public Workflow get(UUID id) {
        return tenantData.call(tx -> workflow(existing(tx.em(), id)));
    }

    private Workflow store(TenantTx tx, Caller caller, WorkflowRequests.Define request) {
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
                JSON.toJson(request.levels() == null ? List.of() : request.levels()),
                String.join(",", escalateRoles),
                caller.userId(),
                tx.now());
        if (request.isStateWorkflow()) {
            definition.withStates(JSON.toJson(request.states()), JSON.toJson(request.transitions()));
        }
        em.persist(definition);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Failure.Conflict(
                    ProblemType.WORKFLOW_NOT_ACTIVE,
                    "Another version of the " + request.documentType() + " workflow was published at the same time");
        }
        return workflow(definition);
    }

    private static void requireActive(WorkflowDefinition definition, String action) {
        if (!definition.isActive()) {
            throw new Failure.Conflict(
                    ProblemType.WORKFLOW_NOT_ACTIVE,
                    "Version " + definition.version() + " of the " + definition.documentType() + " workflow is "
                            + definition.status() + "; only the active version can be " + action,
                    Map.of("current_status", definition.status()));
        }
    }

    private void publish(TenantTx tx, Caller caller, String event, Workflow workflow) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("workflow_id", workflow.id());
        data.put("document_type", workflow.documentType());
        data.put("version", workflow.version());
        data.put("name", workflow.name());
        outbox.publish(tx, event, workflow.id().toString(), caller.userId(), data);
    }

    static WorkflowDefinition existing(EntityManager em, UUID id) {
        WorkflowDefinition definition = em.find(WorkflowDefinition.class, id);
        if (definition == null) {
            throw new Failure.NotFound("No workflow " + id + " in this tenant");
        }
        return definition;
    }

    public Workflow active(String documentType) {
        if (subjects.of(documentType).isPresent()) {
            return tenantData.call(tx -> repository
                    .activeDefinition(tx.em(), documentType)
                    .map(Workflows::workflow)
                    .orElseThrow(() -> new Failure.NotFound("No active " + documentType + " workflow")));
        }
        approvable(documentType);
        return tenantData.call(tx -> current(tx.em(), documentType));
    }

    /** One stored version of a document type's workflow. */
    public Workflow version(String documentType, int version) {
        knownType(documentType);
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
                definition.id(),
                definition.documentType(),
                definition.version(),
                definition.name(),
                definition.status(),
                List.of(levels),
                List.of(definition.escalateRoles().split(",")),
                definition.statesJson() == null
                        ? null
                        : List.of(JSON.fromJson(definition.statesJson(), WorkflowState[].class)),
                definition.transitionsJson() == null
                        ? null
                        : List.of(JSON.fromJson(definition.transitionsJson(), WorkflowTransition[].class)));
    }

    /** An approval workflow's document type; 400 naming every type a workflow may be defined for. */
    private ApprovableDocuments approvable(String documentType) {
        if (TransitionApprovals.TYPE.equals(documentType)
                || !engine.documentTypes().contains(documentType)) {
            TreeSet<String> types = new TreeSet<>(engine.documentTypes());
            types.addAll(subjects.entityTypes());
            throw new Failure.InvalidInput("document_type", "must be one of " + types);
        }
        return engine.documentsOf(documentType);
    }

    /** The fields conditions may read: a state workflow's entity's, or an approvable document's. */
    private Set<String> knownType(String documentType) {
        return subjects.of(documentType)
                .map(WorkflowSubjects::fieldNames)
                .orElseGet(() -> approvable(documentType).fieldNames());
    }

    /** Every problem of a definition at once: unknown type, states, transitions, conditions, approvers, SLAs. */
    private void validate(WorkflowRequests.Define request) {
        Optional<WorkflowSubjects> subject = subjects.of(request.documentType());
        if (subject.isPresent()) {
            throwIfAny(WorkflowRules.stateWorkflow(request, withCustomFields(subject.get())));
        } else {
            Set<String> fields = approvable(request.documentType()).fieldNames();
            throwIfAny(WorkflowRules.approvalWorkflow(request, fields));
        }
    }

    /** The subject's fields and the tenant's custom fields of its type ({@code cf_<key>}). */
    private Set<String> withCustomFields(WorkflowSubjects subject) {
        Set<String> fields = new java.util.TreeSet<>(subject.fieldNames());
        tenantData.call(tx -> customFields.keys(tx, subject.entityType())).stream()
                .map(key -> CustomFields.CONDITION_PREFIX + key)
                .forEach(fields::add);
        return fields;
    }

    private static void throwIfAny(List<FieldError> errors) {
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
