package dev.procura.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

/**
 * Captures, for the audit trail, the fields every update of a tenant entity changes, with their
 * values before and after, as EclipseLink writes them: no service records its own changes. The
 * changes wait on the writing thread until the next outbox event takes them ({@link #take}), so
 * an event's audit entry says what the change it reports did to which records.
 */
public final class ChangeCapture extends DescriptorEventAdapter {

    /** Attributes whose values never reach the audit trail (they are noted as changed, not shown). */
    private static final Pattern SECRET =
            Pattern.compile("(?i).*(password|secret|token|credential|private|apikey|api_key|salt).*");
    /** Bookkeeping that changes with every write and tells nothing. */
    private static final Set<String> NOISE = Set.of("version", "updatedAt", "updated_at");

    static final String REDACTED = "[redacted]";
    static final int MAX_VALUE_CHARS = 500;

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ChangeCapture.class.getName());

    private static final ThreadLocal<List<Change>> PENDING = ThreadLocal.withInitial(ArrayList::new);

    /** One field of one record: before and after, as text (null stays null). */
    public record Change(String entityType, String entityId, String field, String before, String after) {}

    /** Registers the capture on every entity of the unit (persistence property eclipselink.session.customizer). */
    public static final class Customizer implements SessionCustomizer {
        @Override
        public void customize(Session session) {
            boolean enabled = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("procura.audit.capture-changes", Boolean.class)
                    .orElse(true);
            if (!enabled) {
                // only to measure what capturing costs (bench/audit.sh); entries then carry no changes
                LOG.warning("Audit change capture is off (procura.audit.capture-changes=false)");
                return;
            }
            ChangeCapture capture = new ChangeCapture();
            for (ClassDescriptor descriptor : session.getDescriptors().values()) {
                descriptor.getEventManager().addListener(capture);
            }
            LOG.info("Audit change capture on " + session.getDescriptors().size() + " entities");
        }
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
        ObjectChangeSet changeSet =
                event.getQuery() instanceof ObjectLevelModifyQuery modify ? modify.getObjectChangeSet() : null;
        if (changeSet == null) {
            changeSet = event.getChangeSet();
        }
        if (changeSet == null) {
            return;
        }
        ClassDescriptor descriptor = event.getDescriptor();
        String type = snakeCase(
                descriptor.getAlias() == null ? descriptor.getJavaClass().getSimpleName() : descriptor.getAlias());
        Object id = changeSet.getId();
        Object backup = event.getQuery() instanceof WriteObjectQuery write ? write.getBackupClone() : null;
        for (ChangeRecord record : changeSet.getChanges()) {
            if (!(record instanceof DirectToFieldChangeRecord direct) || NOISE.contains(record.getAttribute())) {
                continue;
            }
            Object before = direct.getOldValue();
            if (before == null && backup != null && backup != event.getSource()) {
                DatabaseMapping mapping = descriptor.getMappingForAttributeName(record.getAttribute());
                before = mapping == null ? null : mapping.getAttributeValueFromObject(backup);
            }
            String field = snakeCase(record.getAttribute());
            boolean secret = SECRET.matcher(field).matches();
            PENDING.get()
                    .add(new Change(
                            type,
                            id == null ? null : String.valueOf(id),
                            field,
                            secret ? REDACTED : text(before),
                            secret ? REDACTED : text(direct.getNewValue())));
        }
    }

    /** The changes captured on this thread since the last call, as a JSON array (null if none); clears them. */
    public static String take() {
        List<Change> changes = PENDING.get();
        if (changes.isEmpty()) {
            return null;
        }
        String json = toJson(changes);
        changes.clear();
        return json;
    }

    /** Whether changes wait on this thread. */
    public static boolean pending() {
        return !PENDING.get().isEmpty();
    }

    /** Forgets what this thread captured (a transaction begins or rolls back). */
    public static void clear() {
        PENDING.get().clear();
    }

    static void add(Change change) {
        PENDING.get().add(change);
    }

    static String toJson(List<Change> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Change change : changes) {
            JsonObjectBuilder object = Json.createObjectBuilder()
                    .add("entity_type", change.entityType())
                    .add("entity_id", change.entityId() == null ? "" : change.entityId())
                    .add("field", change.field());
            if (change.before() == null) {
                object.addNull("before");
            } else {
                object.add("before", change.before());
            }
            if (change.after() == null) {
                object.addNull("after");
            } else {
                object.add("after", change.after());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    /** A value as the audit trail shows it: plain text, numbers without exponent, long texts cut. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        return text.length() > MAX_VALUE_CHARS ? text.substring(0, MAX_VALUE_CHARS) + "…" : text;
    }

    /** PurchaseOrder → purchase_order, legalName → legal_name. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
