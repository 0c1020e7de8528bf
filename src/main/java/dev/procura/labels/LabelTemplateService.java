package dev.procura.labels;

import dev.procura.labels.LabelViews.TemplateView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tenant's label templates: a name unique in any case, a page that is either an A4 sheet
 * (columns and rows, no size) or a single label (width and height, no columns or rows), and at
 * least one symbology. Every change is an outbox event.
 */
@ApplicationScoped
public class LabelTemplateService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    LabelRepository repository;

    @Inject
    LabelEvents events;

    public TemplateView create(Caller caller, LabelRequests.Define request) {
        LabelDesign design = design(request);
        return tenantData.call(tx -> {
            requireFreeName(tx, design.name(), null);
            LabelTemplate template = new LabelTemplate(design, caller.userId(), tx.now());
            tx.em().persist(template);
            tx.em().flush();
            events.templateCreated(tx, caller.userId(), template);
            return TemplateView.of(template);
        });
    }

    public TemplateView change(Caller caller, UUID id, LabelRequests.Define request) {
        LabelDesign design = design(request);
        return tenantData.call(tx -> {
            LabelTemplate template = existing(tx, id);
            requireFreeName(tx, design.name(), id);
            template.define(design, tx.now());
            tx.em().flush();
            events.templateChanged(tx, caller.userId(), template);
            return TemplateView.of(template);
        });
    }

    public TemplateView get(UUID id) {
        return tenantData.call(tx -> TemplateView.of(existing(tx, id)));
    }

    public Page<TemplateView> list(int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                repository.templates(tx.em(), (page - 1) * perPage, perPage).stream()
                        .map(TemplateView::of)
                        .toList(),
                page,
                perPage,
                repository.countTemplates(tx.em())));
    }

    /** The design a job uses: the template's, or the built-in one when {@code id} is null. */
    LabelDesign designFor(TenantTx tx, UUID id) {
        if (id == null) {
            return LabelDesign.DEFAULT;
        }
        return repository
                .template(tx.em(), id)
                .orElseThrow(
                        () -> new Failure.InvalidInput("template_id", "no label template " + id + " in this tenant"))
                .design();
    }

    private LabelTemplate existing(TenantTx tx, UUID id) {
        return repository
                .template(tx.em(), id)
                .orElseThrow(() -> new Failure.NotFound("No label template " + id + " in this tenant"));
    }

    private void requireFreeName(TenantTx tx, String name, UUID except) {
        if (repository.isNameTaken(tx.em(), name, except)) {
            throw new Failure.Conflict(
                    ProblemType.LABEL_TEMPLATE_NAME_TAKEN, "Another label template is named " + name.trim());
        }
    }

    /** The request as a design, once its page's rules hold (every field at fault reported). */
    static LabelDesign design(LabelRequests.Define r) {
        List<FieldError> errors = new ArrayList<>();
        boolean sheet = LabelDesign.SHEET.equals(r.page());
        if (sheet) {
            requirePresent(errors, "columns", r.columns(), "sheet");
            requirePresent(errors, "rows", r.rows(), "sheet");
            requireAbsent(errors, "width_mm", r.widthMm(), "sheet");
            requireAbsent(errors, "height_mm", r.heightMm(), "sheet");
        } else {
            requirePresent(errors, "width_mm", r.widthMm(), "label");
            requirePresent(errors, "height_mm", r.heightMm(), "label");
            requireAbsent(errors, "columns", r.columns(), "label");
            requireAbsent(errors, "rows", r.rows(), "label");
        }
        if (r.symbologies().stream().distinct().count() != r.symbologies().size()) {
            errors.add(new FieldError("symbologies", "must not repeat a symbology"));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return new LabelDesign(
                r.name().trim(),
                r.page(),
                r.columns(),
                r.rows(),
                r.widthMm(),
                r.heightMm(),
                r.fields() == null ? List.of() : r.fields().stream().distinct().toList(),
                r.symbologies(),
                r.digitalLinkBase() == null ? LabelDesign.DEFAULT_BASE : r.digitalLinkBase(),
                r.showCompany() == null || r.showCompany());
    }

    private static void requirePresent(List<FieldError> errors, String field, Object value, String page) {
        if (value == null) {
            errors.add(new FieldError(field, "is required for page " + page));
        }
    }

    private static void requireAbsent(List<FieldError> errors, String field, Object value, String page) {
        if (value != null) {
            errors.add(new FieldError(field, "must be left out for page " + page));
        }
    }
}
