package dev.procura.traceability;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.traceability.TraceabilityViews.NumberingRulesView;
import dev.procura.traceability.TraceabilityViews.SchemeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Items' numbering rules for lots and serial numbers. They are tenant-wide, so changing them needs
 * traceability:write tenant-wide; a rule kept through a change keeps its sequence.
 */
@ApplicationScoped
public class NumberingRuleService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TraceabilityRepository repository;

    @Inject
    StockLedger ledger;

    @Inject
    TraceabilityPlants plants;

    @Inject
    TraceabilityEvents events;

    public NumberingRulesView define(String itemCode, TraceabilityRequests.NumberingRules request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.lot() == null && request.serial() == null) {
            errors.add(new FieldError("lot", "give a lot or a serial rule, or both"));
        }
        if (request.lot() != null) {
            errors.addAll(NumberingRule.problemsOf(request.lot(), "lot."));
        }
        if (request.serial() != null) {
            errors.addAll(NumberingRule.problemsOf(request.serial(), "serial."));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return tenantData.call(tx -> {
            plants.requireWritable(null);
            ledger.requireItem(tx, itemCode, "item_code");
            List<NumberingRule> existing = repository.rules(tx.em(), itemCode);
            keep(tx, itemCode, StockLedger.LOT, request.lot(), existing);
            keep(tx, itemCode, StockLedger.SERIAL, request.serial(), existing);
            tx.em().flush();
            NumberingRulesView view = view(itemCode, repository.rules(tx.em(), itemCode));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("item_code", itemCode);
            data.put("lot", view.lot());
            data.put("serial", view.serial());
            events.publish(
                    tx,
                    "numbering_rule.defined",
                    existing.isEmpty()
                            ? java.util.UUID.randomUUID()
                            : existing.get(0).id(),
                    data);
            return view;
        });
    }

    private static void keep(
            TenantTx tx,
            String itemCode,
            String kind,
            TraceabilityRequests.Scheme scheme,
            List<NumberingRule> existing) {
        Optional<NumberingRule> current =
                existing.stream().filter(r -> r.kind().equals(kind)).findFirst();
        if (scheme == null) {
            current.ifPresent(tx.em()::remove);
            return;
        }
        NumberingRule rule = current.orElseGet(() -> {
            NumberingRule made = new NumberingRule(itemCode, kind, tx.now());
            tx.em().persist(made);
            return made;
        });
        rule.define(scheme, tx.now());
    }

    public NumberingRulesView get(String itemCode) {
        return tenantData.call(tx -> view(itemCode, existing(tx, itemCode)));
    }

    public Page<NumberingRulesView> list(int page, int perPage) {
        return tenantData.call(tx -> {
            List<NumberingRulesView> views = repository.ruledItems(tx.em(), (page - 1) * perPage, perPage).stream()
                    .map(code -> view(code, repository.rules(tx.em(), code)))
                    .toList();
            return new Page<>(views, page, perPage, repository.countRuledItems(tx.em()));
        });
    }

    public void delete(String itemCode) {
        tenantData.call(tx -> {
            plants.requireWritable(null);
            List<NumberingRule> rules = existing(tx, itemCode);
            rules.forEach(tx.em()::remove);
            events.publish(tx, "numbering_rule.deleted", rules.get(0).id(), Map.of("item_code", itemCode));
            return null;
        });
    }

    private List<NumberingRule> existing(TenantTx tx, String itemCode) {
        List<NumberingRule> rules = repository.rules(tx.em(), itemCode);
        if (rules.isEmpty()) {
            throw new Failure.NotFound("Item " + itemCode + " has no numbering rule");
        }
        return rules;
    }

    private static NumberingRulesView view(String itemCode, List<NumberingRule> rules) {
        return new NumberingRulesView(
                itemCode, SchemeView.of(find(rules, StockLedger.LOT)), SchemeView.of(find(rules, StockLedger.SERIAL)));
    }

    private static NumberingRule find(List<NumberingRule> rules, String kind) {
        return rules.stream().filter(r -> r.kind().equals(kind)).findFirst().orElse(null);
    }
}
