package dev.procura.audit;

import dev.procura.identity.UserFacts;
import dev.procura.platform.audit.AuditChain;
import dev.procura.platform.audit.AuditEntry;
import dev.procura.platform.audit.AuditReads;
import dev.procura.platform.audit.AuditTrails;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The compliance report's lines (ISO 27001 A.8.15–A.8.17 evidence): who holds which role and how
 * roles changed, privileged actions, logins that succeeded and failed, locked accounts and
 * revoked sessions, refused self-approvals (segregation of duties), exports and downloads,
 * configuration changes, and the chain's verification with its signed checkpoints. Read from
 * both audit trails for the period {@code from}–{@code to} (both required). A report's lines are
 * computed once and kept a few minutes while its conversion reads them chunk by chunk.
 */
@ApplicationScoped
public class ComplianceFindings implements RecordSource {

    static final List<ExportField> FIELDS = List.of(
            new ExportField("section", FieldType.TEXT),
            new ExportField("occurred_at", FieldType.DATETIME),
            new ExportField("actor", FieldType.TEXT),
            new ExportField("action", FieldType.TEXT),
            new ExportField("subject", FieldType.TEXT),
            new ExportField("detail", FieldType.TEXT));

    /** The sections in report order. */
    static final List<String> SECTIONS = List.of(
            "Roles held",
            "Role and membership changes",
            "Privileged actions",
            "Successful logins",
            "Failed logins",
            "Locked accounts and revoked sessions",
            "Segregation of duties",
            "Exports and downloads",
            "Configuration changes",
            "Audit chain");

    /** Entries read per trail for one report at most; a longer period is reported in parts. */
    static final int MAX_ENTRIES = 50_000;

    @Inject
    AuditTrails trails;

    @Inject
    TenantPeople people;

    @Inject
    UserFacts users;

    @Inject
    java.time.Clock clock;

    private final Map<String, Computed> computed = new ConcurrentHashMap<>();

    private record Computed(List<ExportRecord> records, long at) {}

    @Override
    public String type() {
        return "compliance_finding";
    }

    @Override
    public String readPermission() {
        return Permissions.AUDIT_READ;
    }

    @Override
    public List<ExportField> fields() {
        return FIELDS;
    }

    @Override
    public List<ExportField> lineFields() {
        return List.of();
    }

    @Override
    public Set<String> filters() {
        return Set.of("from", "to");
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        return records(tx, filter).size();
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        return records(tx, filter).stream()
                .filter(r -> afterKey == null || r.key().compareTo(afterKey) > 0)
                .limit(limit)
                .toList();
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        throw new Failure.InvalidInput("source.ids", "a compliance report selects by period: use filter from and to");
    }

    /** Which section an action belongs in, or null for actions the report leaves out (ordinary edits). */
    static String section(String action) {
        if (action.startsWith("member.") || action.startsWith("role.")) {
            return "Role and membership changes";
        }
        if (action.startsWith("tenant.")
                || action.endsWith(".deleted")
                || action.equals("file.deleted")
                || action.equals("custom_field.purged")) {
            return "Privileged actions";
        }
        return switch (action) {
            case "security.login_succeeded", "security.logout" -> "Successful logins";
            case "security.login_failed", "security.login_throttled", "security.refresh_reused" -> "Failed logins";
            case "security.account_locked", "security.session_revoked", "security.password_changed" ->
                "Locked accounts and revoked sessions";
            case "approval.self_approval_refused" -> "Segregation of duties";
            case "document.downloaded", "conversion.requested", "conversion.completed" -> "Exports and downloads";
            case "settings.updated",
                    "branding.updated",
                    "template.created",
                    "template.changed",
                    "budget.defined",
                    "budget.changed",
                    "workflow.defined",
                    "workflow.changed",
                    "workflow.retired",
                    "type_list.created",
                    "type_list.changed",
                    "type_list_value.added",
                    "type_list_value.changed",
                    "type_list_value.deactivated",
                    "type_list_value.reactivated",
                    "custom_field.created",
                    "custom_field.changed",
                    "custom_field.restored",
                    "custom_field.archived",
                    "plant.created",
                    "plant.changed",
                    "plant.deactivated",
                    "plant.reactivated" -> "Configuration changes";
            default -> null;
        };
    }

    private List<ExportRecord> records(TenantTx tx, Map<String, String> filter) {
        for (String key : filter.keySet()) {
            if (!Set.of("from", "to").contains(key)) {
                throw new Failure.InvalidInput(
                        "source.filter." + key, "is not a filter of compliance_finding; use [from, to]");
            }
        }
        if (!filter.containsKey("from") || !filter.containsKey("to")) {
            throw new Failure.InvalidInput("source.filter", "a compliance report needs from and to");
        }
        Instant from =
                AuditService.instant("from", filter.get("from"), tx.calendar().zone(), false);
        Instant to = AuditService.instant("to", filter.get("to"), tx.calendar().zone(), true);
        String cacheKey = tx.tenantId() + "|" + from + "|" + to;
        long now = System.currentTimeMillis();
        computed.values().removeIf(c -> now - c.at() > 10 * 60_000);
        Computed hit = computed.get(cacheKey);
        if (hit != null) {
            return hit.records();
        }
        List<ExportRecord> records = compute(tx, from, to);
        if (computed.size() < 32) {
            computed.put(cacheKey, new Computed(records, now));
        }
        return records;
    }

    private List<ExportRecord> compute(TenantTx tx, Instant from, Instant to) {
        UUID tenantId = tx.tenantId();
        List<TenantPeople.Person> members = people.everyone(tenantId);
        AuditReads.Query period = new AuditReads.Query(null, null, null, null, from, to, null, null, null);
        List<AuditEntry> entries = new ArrayList<>(
                AuditExports.read(tx, c -> AuditReads.find(c, AuditChain.Trail.TENANT, period, 0, MAX_ENTRIES)));
        entries.addAll(trails.platformEntries(
                period.forTenantOnPlatform(
                        tenantId,
                        members.stream().map(TenantPeople.Person::userId).toList()),
                0,
                MAX_ENTRIES));
        Map<UUID, String> emails = users
                .contacts(entries.stream()
                        .map(AuditEntry::actorId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(UserFacts.Contact::userId, UserFacts.Contact::email, (a, b) -> a));

        Map<String, List<Map<String, Object>>> lines = new LinkedHashMap<>();
        SECTIONS.forEach(s -> lines.put(s, new ArrayList<>()));
        for (TenantPeople.Person member : members.stream()
                .sorted(Comparator.comparing(TenantPeople.Person::email))
                .toList()) {
            lines.get("Roles held")
                    .add(line("Roles held", to, member.email(), member.role(), "member", "at the end of the period"));
        }
        entries.sort(Comparator.comparing(AuditEntry::occurredAt));
        for (AuditEntry e : entries) {
            String section = section(e.action());
            if (section != null) {
                String actor = e.actorId() == null
                        ? "system"
                        : emails.getOrDefault(e.actorId(), e.actorId().toString());
                lines.get(section)
                        .add(line(
                                section,
                                e.occurredAt(),
                                actor,
                                e.action(),
                                e.entityType() + " " + e.entityId(),
                                detail(e)));
            }
        }
        AuditChain.Verification verification =
                AuditExports.read(tx, c -> AuditChain.verify(c, AuditChain.Trail.TENANT));
        lines.get("Audit chain")
                .add(line(
                        "Audit chain",
                        clock.instant(),
                        "system",
                        verification.intact() ? "chain.verified" : "chain.broken",
                        "entries " + verification.firstSeq() + ".." + verification.lastSeq(),
                        verification.intact()
                                ? verification.entriesChecked() + " entries intact; "
                                        + verification.checkpointsVerified() + " signed checkpoints verified"
                                : "first break at entry "
                                        + verification.firstBreak().seq() + ": "
                                        + verification.firstBreak().reason()));
        for (AuditChain.Checkpoint checkpoint : AuditExports.read(tx, c -> AuditChain.checkpoints(c, 20))) {
            lines.get("Audit chain")
                    .add(line(
                            "Audit chain",
                            checkpoint.signedAt(),
                            "system",
                            "chain.checkpoint",
                            "entry " + checkpoint.seq(),
                            "key " + checkpoint.keyId() + ", signature "
                                    + checkpoint.signature().substring(0, 16) + "…, chain hash "
                                    + checkpoint.chainHash()));
        }
        List<ExportRecord> records = new ArrayList<>();
        for (List<Map<String, Object>> section : lines.values()) {
            if (section.isEmpty()) {
                continue;
            }
            for (Map<String, Object> values : section) {
                records.add(new ExportRecord(String.format("%09d", records.size() + 1), values, List.of()));
            }
        }
        return records;
    }

    private static Map<String, Object> line(
            String section, Instant at, String actor, String action, String subject, String detail) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("section", section);
        values.put("occurred_at", at);
        values.put("actor", actor);
        values.put("action", action);
        values.put("subject", subject);
        values.put("detail", detail);
        return values;
    }

    private static String detail(AuditEntry e) {
        String changes = AuditExports.changesText(e.changes());
        String details = e.details() == null ? "" : e.details();
        String text = (changes == null ? "" : changes + " ") + details;
        return text.length() > 300 ? text.substring(0, 300) + "…" : text.strip();
    }
}
