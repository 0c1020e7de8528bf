package dev.procura.conversions;

import dev.procura.conversions.TemplateRequests.ColumnRequest;
import dev.procura.conversions.TemplateRequests.Define;
import dev.procura.conversions.TemplateRequests.LayoutRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The templates every tenant has, read-only (copy one to change it): the four the product started
 * with (order → invoice JSON, quotes → CSV, invoices → Excel, RFQ → PDF) and the purchase order PDF
 * and supplier list a buyer expects. Their ids are fixed, the same in every tenant.
 */
final class BuiltInTemplates {

    private static final List<ColumnRequest> PRICED_LINES = columns(
            "line:Line",
            "item_code:Item",
            "description:Description",
            "quantity:Quantity",
            "unit:Unit",
            "unit_price:Unit price",
            "tax_rate:Tax rate",
            "net_amount:Net",
            "tax_amount:Tax",
            "total_amount:Total");

    static final Map<UUID, Define> ALL = new LinkedHashMap<>();

    static {
        add(new Define(
                "Purchase order to invoice (JSON)",
                "purchase_order",
                "json",
                "en",
                "Invoice drafts from purchase orders",
                columns(
                        "number:Purchase order",
                        "supplier_code:Supplier code",
                        "supplier_name:Supplier",
                        "buyer_name:Buyer",
                        "currency:Currency",
                        "order_date:Order date",
                        "payment_terms:Payment terms",
                        "cost_center:Cost centre",
                        "subtotal:Subtotal",
                        "tax_total:Tax",
                        "total:Total"),
                PRICED_LINES,
                null,
                null));
        add(new Define(
                "Quotes (CSV)",
                "quote",
                "csv",
                "en",
                "Quotes",
                columns(
                        "number:Quote",
                        "supplier_code:Supplier code",
                        "supplier_name:Supplier",
                        "supplier_reference:Supplier reference",
                        "status:Status",
                        "currency:Currency",
                        "valid_until:Valid until",
                        "lead_time_days:Lead time (days)",
                        "total:Quote total"),
                PRICED_LINES,
                null,
                null));
        add(new Define(
                "Invoices (Excel)",
                "invoice",
                "xlsx",
                "en",
                "Invoices",
                columns(
                        "number:Invoice",
                        "supplier_invoice_number:Supplier invoice",
                        "supplier_code:Supplier code",
                        "supplier_name:Supplier",
                        "status:Status",
                        "invoice_date:Invoice date",
                        "due_date:Due date",
                        "currency:Currency"),
                PRICED_LINES,
                List.of("net_amount", "tax_amount", "total_amount"),
                null));
        add(new Define(
                "Request for quotation (PDF)",
                "rfq",
                "pdf",
                "en",
                "Request for quotation",
                columns(
                        "number:RFQ",
                        "title:Title",
                        "buyer_name:Buyer",
                        "currency:Currency",
                        "needed_by:Needed by",
                        "due_date:Quotes due",
                        "notes:Notes"),
                columns("line:Line", "item_code:Item", "description:Description", "quantity:Quantity", "unit:Unit"),
                null,
                new LayoutRequest(false, true, "Please quote by the due date, per line, in the currency shown.")));
        add(new Define(
                "Purchase order (PDF)",
                "purchase_order",
                "pdf",
                "en",
                "Purchase order",
                columns(
                        "number:Purchase order",
                        "buyer_name:Buyer",
                        "supplier_code:Supplier code",
                        "supplier_name:Supplier",
                        "order_date:Order date",
                        "expected_delivery_date:Delivery by",
                        "payment_terms:Payment terms",
                        "currency:Currency",
                        "cost_center:Cost centre",
                        "subtotal:Subtotal",
                        "tax_total:Tax",
                        "total:Total"),
                PRICED_LINES,
                List.of("net_amount", "tax_amount", "total_amount"),
                new LayoutRequest(
                        true, true, "Please quote the purchase order number on every delivery and invoice.")));
        add(new Define(
                "Supplier list (Excel)",
                "supplier",
                "xlsx",
                "en",
                "Suppliers",
                columns(
                        "code:Code",
                        "legal_name:Legal name",
                        "tax_id:Tax id",
                        "country:Country",
                        "currency:Currency",
                        "payment_terms:Payment terms",
                        "categories:Categories",
                        "status:Status",
                        "rating:Rating",
                        "address:Address",
                        "contact_name:Contact",
                        "contact_email:Email",
                        "contact_phone:Phone"),
                null,
                null,
                null));
    }

    /** The compliance report and the audit log exports (source types of the audit capability). */
    static final String COMPLIANCE_PDF = "Compliance report (PDF)";

    static final String COMPLIANCE_XLSX = "Compliance report (Excel)";

    static {
        List<ColumnRequest> findings = columns(
                "section:Section",
                "occurred_at:When (UTC)",
                "actor:Who",
                "action:Action",
                "subject:Record",
                "detail:Detail");
        add(new Define(
                COMPLIANCE_PDF,
                "compliance_finding",
                "pdf",
                "en",
                "Compliance report",
                findings,
                null,
                null,
                new LayoutRequest(
                        true,
                        false,
                        "Evidence for ISO/IEC 27001 A.8.15-A.8.17: roles, privileged actions, logins, locked"
                                + " accounts, segregation of duties, exports, configuration changes and the"
                                + " verification of the hash-chained, signed audit trail.")));
        add(new Define(
                COMPLIANCE_XLSX, "compliance_finding", "xlsx", "en", "Compliance report", findings, null, null, null));
        List<ColumnRequest> entries = columns(
                "seq:No.",
                "occurred_at:When (UTC)",
                "actor_email:Who",
                "action:Action",
                "entity_type:Record type",
                "entity_id:Record",
                "changes:Changes",
                "client_address:Client",
                "request_id:Request",
                "chain_hash:Chain hash");
        add(new Define("Audit log (CSV)", "audit_entry", "csv", "en", "Audit log", entries, null, null, null));
        add(new Define("Audit log (Excel)", "audit_entry", "xlsx", "en", "Audit log", entries, null, null, null));
        add(new Define(
                "Audit log (PDF)",
                "audit_entry",
                "pdf",
                "en",
                "Audit log",
                entries,
                null,
                null,
                new LayoutRequest(true, false, null)));
    }

    private BuiltInTemplates() {}

    static boolean isBuiltIn(UUID id) {
        return ALL.containsKey(id);
    }

    private static void add(Define template) {
        ALL.put(idOf(template.name()), template);
    }

    /** The fixed id of the built-in template of this name. */
    static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(("procura built-in template " + name).getBytes(StandardCharsets.UTF_8));
    }

    /** Columns written as {@code field:Label}. */
    private static List<ColumnRequest> columns(String... fields) {
        return Arrays.stream(fields)
                .map(f -> f.split(":", 2))
                .map(parts -> new ColumnRequest(null, parts[0], null, parts[1], null))
                .toList();
    }
}
