package dev.procura.conversions;

import dev.procura.conversions.TemplateViews.TemplateView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.ProcurementEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's conversion templates beside the built-in ones. A template is checked against its
 * source type's fields on every save; built-ins cannot be changed or deleted, only copied.
 */
@ApplicationScoped
public class TemplateService {

    /** What a conversion needs of its template. */
    record Resolved(UUID id, String name, String sourceType, String format, TemplateDefinition definition) {}

    @Inject
    TenantTransactions tenantData;

    @Inject
    Sources sources;

    @Inject
    ProcurementEvents events;

    public Page<TemplateView> list(String sourceType, String format, int page, int perPage) {
        return tenantData.call(tx -> {
            List<TemplateView> all = new ArrayList<>();
            BuiltInTemplates.ALL.forEach((id, define) -> all.add(builtIn(id)));
            tx.em().createQuery("SELECT t FROM Template t", Template.class).getResultList().stream()
                    .map(TemplateView::of)
                    .sorted(Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT)))
                    .forEach(all::add);
            List<TemplateView> matching = all.stream()
                    .filter(v -> sourceType == null || v.sourceType().equals(sourceType))
                    .filter(v -> format == null || v.format().equals(format))
                    .toList();
            int from = Math.min(matching.size(), (page - 1) * perPage);
            return new Page<>(
                    matching.subList(from, Math.min(matching.size(), from + perPage)), page, perPage, matching.size());
        });
    }

    public TemplateView get(UUID id) {
        if (BuiltInTemplates.isBuiltIn(id)) {
            return builtIn(id);
        }
        return tenantData.call(tx -> TemplateView.of(existing(tx.em(), id)));
    }

    public TemplateView create(Caller caller, TemplateRequests.Define request) {
        TemplateDefinition definition = check(request);
        return tenantData.call(tx -> {
            requireFreeName(tx.em(), request.name(), null);
            Template template = new Template(caller.userId(), tx.now());
            template.define(request.name(), request.sourceType(), request.format(), definition, tx.now());
            tx.em().persist(template);
            publish(tx, caller, "template.created", template);
            return TemplateView.of(template);
        });
    }

    public TemplateView change(Caller caller, UUID id, TemplateRequests.Define request) {
        requireOwn(id, "changed");
        TemplateDefinition definition = check(request);
        return tenantData.call(tx -> {
            Template template = existing(tx.em(), id);
            requireFreeName(tx.em(), request.name(), id);
            template.define(request.name(), request.sourceType(), request.format(), definition, tx.now());
            publish(tx, caller, "template.changed", template);
            return TemplateView.of(template);
        });
    }

    public void delete(Caller caller, UUID id) {
        requireOwn(id, "deleted");
        tenantData.call(tx -> {
            Template template = existing(tx.em(), id);
            tx.em().remove(template);
            publish(tx, caller, "template.deleted", template);
            return null;
        });
    }

    /** An editable copy, named after the original with " (copy)" (and a number if that name is taken). */
    public TemplateView copy(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            if (!BuiltInTemplates.isBuiltIn(id)) {
                existing(tx.em(), id);
            }
            Resolved original = resolve(tx, id);
            String name = freeCopyName(tx.em(), original.name());
            Template copy = new Template(caller.userId(), tx.now());
            copy.define(name, original.sourceType(), original.format(), original.definition(), tx.now());
            tx.em().persist(copy);
            publish(tx, caller, "template.created", copy);
            return TemplateView.of(copy);
        });
    }

    /** The template a conversion uses, built-in or the tenant's; 400 on {@code template_id} if there is none. */
    Resolved resolve(TenantTx tx, UUID id) {
        TemplateRequests.Define builtIn = BuiltInTemplates.ALL.get(id);
        if (builtIn != null) {
            return new Resolved(id, builtIn.name(), builtIn.sourceType(), builtIn.format(), check(builtIn));
        }
        Template template = id == null ? null : tx.em().find(Template.class, id);
        if (template == null) {
            throw new Failure.InvalidInput("template_id", "is not a template of this tenant");
        }
        return new Resolved(id, template.name(), template.sourceType(), template.format(), template.definition());
    }

    TemplateDefinition check(TemplateRequests.Define request) {
        return TemplateRules.check(request, sources.fields(sources.source(request.sourceType(), "source_type")));
    }

    private TemplateView builtIn(UUID id) {
        TemplateRequests.Define define = BuiltInTemplates.ALL.get(id);
        return TemplateView.of(
                id, define.name(), define.sourceType(), define.format(), check(define), true, null, null, null);
    }

    private static void requireOwn(UUID id, String action) {
        if (BuiltInTemplates.isBuiltIn(id)) {
            throw new Failure.Conflict(
                    ProblemType.BUILT_IN_TEMPLATE,
                    "Built-in template " + id + " cannot be " + action + "; copy it first");
        }
    }

    private static void requireFreeName(EntityManager em, String name, UUID self) {
        boolean taken =
                BuiltInTemplates.ALL.values().stream().anyMatch(d -> d.name().equalsIgnoreCase(name))
                        || em.createQuery("SELECT t.id FROM Template t WHERE LOWER(t.name) = :name", UUID.class)
                                .setParameter("name", name.toLowerCase(Locale.ROOT))
                                .getResultStream()
                                .anyMatch(other -> !other.equals(self));
        if (taken) {
            throw new Failure.Conflict(ProblemType.TEMPLATE_NAME_TAKEN, "A template is already named " + name);
        }
    }

    private static String freeCopyName(EntityManager em, String name) {
        String base = (name.length() > 100 ? name.substring(0, 100) : name) + " (copy";
        for (int n = 1; ; n++) {
            String candidate = base + (n == 1 ? ")" : " " + n + ")");
            try {
                requireFreeName(em, candidate, null);
                return candidate;
            } catch (Failure.Conflict taken) {
                // try the next number
            }
        }
    }

    private static Template existing(EntityManager em, UUID id) {
        Template template = em.find(Template.class, id);
        if (template == null) {
            throw new Failure.NotFound("No template " + id + " in this tenant");
        }
        return template;
    }

    private void publish(TenantTx tx, Caller caller, String event, Template template) {
        events.publish(
                tx,
                caller.userId(),
                event,
                template.id(),
                Map.of("name", template.name(), "source_type", template.sourceType(), "format", template.format()));
    }
}
