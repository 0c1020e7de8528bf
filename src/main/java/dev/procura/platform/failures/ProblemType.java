package dev.procura.platform.failures;

import java.util.List;

/**
 * Every problem type the API answers with: its slug (the last segment of the {@code type} URI),
 * its title, its HTTP status, when it is used and the extension members it may carry. A problem
 * can only be made from one of these ({@link Failure}, {@code platform.web.Problem.of}), and
 * {@code docs/problems.md} is rendered from this list ({@code ProblemTypeTest} keeps them equal),
 * so no type is answered without being documented.
 */
public enum ProblemType {
    // 400
    VALIDATION(
            "validation",
            "Invalid request",
            400,
            "Fields of the request break its rules (Bean Validation on bodies and parameters, or a"
                    + " service's own checks); `errors` lists every field at fault with its message."),
    UNIT_NOT_CONVERTIBLE(
            "unit-not-convertible",
            "Units not convertible",
            400,
            "A quantity must be compared in another unit of measure (a receipt in each against an order in"
                    + " boxes) and no global or item conversion leads from one unit to the other; `from`, `to`"
                    + " and `item_code` name them.",
            "from",
            "to",
            "item_code"),
    MALFORMED_JSON(
            "malformed-json",
            "Malformed JSON",
            400,
            "The body is not JSON, or not JSON of the shape the operation reads."),
    INVALID_ENCODING(
            "invalid-encoding",
            "Invalid encoding",
            400,
            "A JSON body holds bytes that are not UTF-8 (JSON is UTF-8, RFC 8259)."),
    MALFORMED_MULTIPART(
            "malformed-multipart",
            "Malformed multipart body",
            400,
            "An upload's body is not readable multipart/form-data: another media type, no usable boundary,"
                    + " more than 20 parts, or a part that cannot be parsed."),
    MALFORMED_REQUEST(
            "malformed-request",
            "Malformed request",
            400,
            "Jakarta REST refused the request as bad before any resource ran (e.g. a header parameter it"
                    + " cannot convert); also any other client error it raises that has no type of its own."),
    INVALID_RESET_TOKEN(
            "invalid-reset-token",
            "Invalid password reset token",
            400,
            "A password reset is confirmed with a token that is unknown, already used, replaced by a newer one"
                    + " or past its 30 minutes."),
    INVALID_VERIFICATION_TOKEN(
            "invalid-verification-token",
            "Invalid verification token",
            400,
            "An email verification names a token that is unknown, already used, replaced by a newer one or"
                    + " expired."),
    // 401 (with WWW-Authenticate: Bearer)
    UNAUTHENTICATED(
            "unauthenticated",
            "Unauthorized",
            401,
            "The operation needs a signed-in caller and the request has no `Authorization: Bearer` access" + " token."),
    INVALID_TOKEN(
            "invalid-token",
            "Unauthorized",
            401,
            "The access token has expired or is not valid (malformed, wrongly signed, or not one of this"
                    + " server's); the detail says which."),
    SESSION_REVOKED(
            "session-revoked",
            "Unauthorized",
            401,
            "The access token is valid but its session has ended (logout, revocation, refresh-token reuse"
                    + " or the session's expiry)."),
    INVALID_CREDENTIALS(
            "invalid-credentials",
            "Unauthorized",
            401,
            "A login names an unknown email or gives the wrong password (the two are not told apart)."),
    INVALID_REFRESH_TOKEN(
            "invalid-refresh-token",
            "Unauthorized",
            401,
            "A refresh presents a token that is unknown or expired, or whose session has ended."),
    REFRESH_TOKEN_REUSED(
            "refresh-token-reused",
            "Unauthorized",
            401,
            "A refresh presents a token that was already rotated; its session is revoked at once."),
    // 403
    FORBIDDEN(
            "forbidden",
            "Forbidden",
            403,
            "The caller lacks the group (e.g. platform admin) or the tenant permission the operation needs,"
                    + " or may not change this document (only its uploader or a manager may)."),
    PLANT_ACCESS_DENIED(
            "plant-access-denied",
            "Forbidden",
            403,
            "The caller holds the permission only through plant-scoped roles, and the record is (or would be"
                    + " put) at a plant outside them, or at no plant (plant-less records need the permission"
                    + " tenant-wide); `plant_id` names the plant (absent for a plant-less record).",
            "plant_id"),
    TENANT_SUSPENDED(
            "tenant-suspended",
            "Forbidden",
            403,
            "A tenant-scoped request to a suspended tenant; a platform admin can resume it."),
    TENANT_DELETED(
            "tenant-deleted",
            "Forbidden",
            403,
            "A tenant-scoped request to a soft-deleted tenant; a platform admin can restore it."),
    SELF_APPROVAL(
            "self-approval",
            "Forbidden",
            403,
            "The requester of a document tries to approve or reject its own approval."),
    NOT_AN_APPROVER(
            "not-an-approver",
            "Forbidden",
            403,
            "The caller is neither an approver of the approval's current level (nor their delegate) nor,"
                    + " to escalate, in one of the workflow's escalating roles."),
    TRANSITION_FORBIDDEN(
            "transition-forbidden",
            "Forbidden",
            403,
            "A workflow transition is taken by a caller who holds neither the permission nor a role the"
                    + " transition names."),
    CORS_ORIGIN_REFUSED(
            "cors-origin-refused",
            "Origin not allowed",
            403,
            "A CORS preflight comes from an origin that is not in `procura.cors.allowed-origins`."),
    USER_DEACTIVATED(
            "user-deactivated",
            "Forbidden",
            403,
            "A login or a token refresh of a user a platform administrator deactivated (given only with the"
                    + " right password or a once valid refresh token)."),
    PASSWORD_RESET_REQUIRED(
            "password-reset-required",
            "Forbidden",
            403,
            "A login with the right password of a user whose password reset a platform administrator forced:"
                    + " the user sets a new password through the emailed reset token first."),
    // 404
    NOT_FOUND(
            "not-found",
            "Not found",
            404,
            "No resource at this path, or no such item for this caller (another tenant's items, and tenants"
                    + " the caller is not a member of, read as absent)."),
    SCAN_UNKNOWN_CODE(
            "scan-unknown-code",
            "Unknown code",
            404,
            "A scanned code names no shipment, package (SSCC), lot, serial number or item the caller can see;"
                    + " `read` says what was read: the code, its symbology and its GS1 elements.",
            "read"),
    // 405, 406
    METHOD_NOT_ALLOWED(
            "method-not-allowed",
            "Method not allowed",
            405,
            "The path exists but does not take this HTTP method; `Allow` lists those it takes."),
    NOT_ACCEPTABLE(
            "not-acceptable",
            "Not acceptable",
            406,
            "No representation of the resource matches the request's `Accept` header."),
    // 409
    SCAN_AMBIGUOUS_CODE(
            "scan-ambiguous-code",
            "Ambiguous code",
            409,
            "A scanned plain code names more than one thing (a lot number two items share); `read` says what"
                    + " was read and `candidates` lists what it could be: scan a GS1 code with the GTIN instead.",
            "read",
            "candidates"),
    INVALID_TRANSITION(
            "invalid-transition",
            "Conflict",
            409,
            "An RFQ, quote, purchase order or invoice is asked for a status change or an action its current"
                    + " status does not allow; also a user deactivated or reactivated twice.",
            "current_status"),
    INVALID_STATE(
            "invalid-state",
            "Conflict",
            409,
            "A tenant is suspended, resumed, deleted, restored or destroyed from a status that does not"
                    + " allow it (e.g. destroying a tenant that is not deleted)."),
    CANNOT_DEACTIVATE_SELF(
            "cannot-deactivate-self", "Conflict", 409, "A platform administrator asks to deactivate themself."),
    TENANT_READ_ONLY(
            "tenant-read-only",
            "Conflict",
            409,
            "A write (any method but GET and HEAD) to a tenant that is read-only for now (a restore or a move"
                    + " of its database under way, an ended trial); `reason` says why. Reads still work. Also a"
                    + " restore or move asked for while the tenant is already read-only.",
            "reason"),
    ALREADY_ON_SERVER(
            "already-on-server",
            "Conflict",
            409,
            "A move of a tenant's database names the PostgreSQL server the tenant already lives on; `server`"
                    + " names it.",
            "server"),
    TENANT_PINNED(
            "tenant-pinned",
            "Conflict",
            409,
            "A move names a server other than the one the tenant is pinned to (by an operator or by its plan's"
                    + " dedicated server) without saying pin true or false; `pinned_server` and `pinned_by`"
                    + " (operator, plan) tell which.",
            "pinned_server",
            "pinned_by"),
    BACKUP_NOT_RESTORABLE(
            "backup-not-restorable",
            "Conflict",
            409,
            "A restore names a backup of the tenant that has not completed (queued, running or failed)."),
    EMAIL_TAKEN("email-taken", "Conflict", 409, "A registration uses an email that already has an account."),
    EMAIL_NOT_VERIFIED(
            "email-not-verified",
            "Conflict",
            409,
            "A user whose email address is not verified is added to a tenant whose plan requires verified"
                    + " addresses; they confirm it from the verification email first."),
    ALREADY_MEMBER("already-member", "Conflict", 409, "A user is added to a tenant they are already a member of."),
    LAST_ADMIN(
            "last-admin",
            "Conflict",
            409,
            "Removing a member or changing their role would leave the tenant without an admin."),
    ROLE_EXISTS(
            "role-exists",
            "Conflict",
            409,
            "A custom role is created with the name of a system role or of an existing custom role."),
    ROLE_IN_USE("role-in-use", "Conflict", 409, "A custom role is deleted while members still hold it."),
    SYSTEM_ROLE("system-role", "Conflict", 409, "A system role is to be changed or deleted."),
    APPROVAL_EXISTS(
            "approval-exists",
            "Conflict",
            409,
            "An approval is started for a document that already has one under way."),
    APPROVAL_CLOSED(
            "approval-closed",
            "Conflict",
            409,
            "A decision or an escalation on an approval that is no longer pending.",
            "current_status"),
    ALREADY_DECIDED(
            "already-decided",
            "Conflict",
            409,
            "A decision for this approver (or the one they stand in for) is already recorded at the current"
                    + " level."),
    DELEGATION_OVERLAPS(
            "delegation-overlaps",
            "Conflict",
            409,
            "A new delegation overlaps a period the caller has already delegated."),
    SUPPLIER_CODE_TAKEN(
            "supplier-code-taken",
            "Conflict",
            409,
            "A supplier is created or changed with a code another supplier of the tenant has."),
    SUPPLIER_INACTIVE(
            "supplier-inactive",
            "Conflict",
            409,
            "A new RFQ or purchase order names a deactivated supplier.",
            "supplier_id"),
    SUPPLIER_BLOCKED(
            "supplier-blocked",
            "Conflict",
            409,
            "A new RFQ or purchase order names a supplier whose standing (scorecard) blocks new business.",
            "supplier_id",
            "scorecard"),
    ALREADY_RATED(
            "already-rated",
            "Conflict",
            409,
            "The caller has already rated this supplier in general, or for that purchase order."),
    QUOTE_EXISTS(
            "quote-exists",
            "Conflict",
            409,
            "A supplier's second quote for the same RFQ is recorded; their quote is to be changed instead."),
    QUOTE_EXPIRED(
            "quote-expired", "Conflict", 409, "A quote is accepted after the date it was valid until.", "valid_until"),
    DUPLICATE_INVOICE(
            "duplicate-invoice",
            "Conflict",
            409,
            "An invoice is recorded with a supplier invoice number already recorded for that supplier."),
    BUDGET_EXISTS(
            "budget-exists",
            "Conflict",
            409,
            "A budget is defined for a cost centre and period that already have one."),
    BUDGET_EXCEEDED(
            "budget-exceeded",
            "Conflict",
            409,
            "An order would exceed a budget that stops orders (rather than warns); `budget` holds the"
                    + " budget's figures and the amount requested.",
            "budget"),
    NO_EXCHANGE_RATE(
            "no-exchange-rate",
            "Conflict",
            409,
            "An amount must be converted into another currency (to compare it with a budget, or for a landed cost"
                    + " or a posting preview) and the tenant has no exchange rate between the two valid on the"
                    + " document's date (stated either way round or through the tenant currency).",
            "from",
            "to"),
    POSTING_ACCOUNTS_MISSING(
            "posting-accounts-missing",
            "Conflict",
            409,
            "A posting preview needs GL accounts for posting roles that have none assigned (or whose account is no"
                    + " longer active and postable); `roles` lists them. Assign them under /posting-accounts.",
            "roles"),
    TAX_CODE_NOT_APPLICABLE(
            "tax-code-not-applicable",
            "Conflict",
            409,
            "A posting preview meets an invoice line whose tax code is inactive now or has no rate valid on the"
                    + " invoice date; `tax_code` and `line` name it.",
            "tax_code",
            "line"),
    PLANT_CODE_TAKEN(
            "plant-code-taken", "Conflict", 409, "A plant is created or changed with a code another plant has."),
    PLANT_IN_USE(
            "plant-in-use",
            "Conflict",
            409,
            "A plant is deleted while records (purchase orders, receipts) belong to it; `records` counts them"
                    + " by kind. Deactivate the plant (`active: false`) instead.",
            "records"),
    UNIT_CODE_TAKEN(
            "unit-code-taken",
            "Conflict",
            409,
            "A unit of measure is created or changed with a code another unit has."),
    UNIT_IN_USE(
            "unit-in-use",
            "Conflict",
            409,
            "A unit of measure is deleted, or its code changed, while items, conversions or document lines use"
                    + " it; `records` counts them by kind. Deactivate the unit (`active: false`) instead.",
            "records"),
    UNIT_CONVERSION_CONFLICT(
            "unit-conversion-conflict",
            "Conflict",
            409,
            "A global unit conversion is added between units that already convert into each other through"
                    + " other conversions (the factor is implied, or would contradict them); `implied_factor`"
                    + " is the factor those conversions give.",
            "implied_factor"),
    ITEM_CODE_TAKEN("item-code-taken", "Conflict", 409, "An item is created or changed with a code another item has."),
    ITEM_GTIN_TAKEN(
            "item-gtin-taken",
            "Conflict",
            409,
            "An item is created or changed with a GTIN another item has; `item_code` names that item.",
            "item_code"),
    ITEM_IN_USE(
            "item-in-use",
            "Conflict",
            409,
            "An item is deleted, or its code changed, while document lines name it; `records` counts them by"
                    + " kind. Deactivate the item (`active: false`) instead.",
            "records"),
    CURRENCY_EXISTS("currency-exists", "Conflict", 409, "A currency is added that the tenant already has.", "code"),
    TENANT_CURRENCY_REQUIRED(
            "tenant-currency-required",
            "Conflict",
            409,
            "The tenant currency (settings `currency`) is deactivated; it is always present and active.",
            "code"),
    EXCHANGE_RATE_EXISTS(
            "exchange-rate-exists",
            "Conflict",
            409,
            "A rate is stated for a currency pair and `valid_from` date that already has one; `id` names it.",
            "id"),
    PAYMENT_TERM_CODE_TAKEN(
            "payment-term-code-taken",
            "Conflict",
            409,
            "A payment term is created or changed with a code another payment term has."),
    PAYMENT_TERM_IN_USE(
            "payment-term-in-use",
            "Conflict",
            409,
            "A payment term is deleted while records (customers) name it; `records` counts them by kind."
                    + " Deactivate it (`active: false`) instead.",
            "records"),
    CUSTOMER_CODE_TAKEN(
            "customer-code-taken",
            "Conflict",
            409,
            "A customer is created or changed with a code another customer has (codes compare in any case)."),
    CUSTOMER_IN_USE(
            "customer-in-use",
            "Conflict",
            409,
            "A customer is deleted while records refer to it; `records` counts them by kind. Deactivate it"
                    + " (`status: inactive`) instead.",
            "records"),
    COST_CENTRE_CODE_TAKEN(
            "cost-centre-code-taken",
            "Conflict",
            409,
            "A cost centre is created or changed with a code another cost centre has (codes compare in any"
                    + " case)."),
    DASHBOARD_BUILT_IN(
            "dashboard-built-in",
            "Conflict",
            409,
            "A built-in dashboard is changed or deleted; copy its tiles into a dashboard of your own instead."),
    DASHBOARD_NAME_TAKEN(
            "dashboard-name-taken", "Conflict", 409, "Another dashboard of the tenant has this name (in any case)."),
    LOT_NUMBER_TAKEN(
            "lot-number-taken",
            "Conflict",
            409,
            "A lot is made (by hand, on receipt or on work-order output) with a number the item already has for a"
                    + " lot elsewhere (at another plant, or not available to add to); `number` and `item_code` name it.",
            "number",
            "item_code"),
    SERIAL_NUMBER_TAKEN(
            "serial-number-taken",
            "Conflict",
            409,
            "A serial number is made (by hand, on receipt or on work-order output) that the item already has;"
                    + " `number` and `item_code` name it.",
            "number",
            "item_code"),
    NUMBERING_RULE_EXHAUSTED(
            "numbering-rule-exhausted",
            "Conflict",
            409,
            "An item's lot or serial numbering rule has outgrown its sequence width beyond what its numbers may"
                    + " hold (20 characters for GS1, 40 otherwise): widen it or change the prefix or date pattern;"
                    + " `item_code` names the item.",
            "item_code"),
    REPORT_NAME_TAKEN(
            "report-name-taken", "Conflict", 409, "Another report of the tenant has this name (in any case)."),
    INSPECTION_PLAN_TAKEN(
            "inspection-plan-taken",
            "Conflict",
            409,
            "An inspection plan is made active for an item, scope and operation another active plan has;"
                    + " `plan_id` names that plan. Deactivate it first.",
            "plan_id"),
    INSPECTION_PLAN_IN_USE(
            "inspection-plan-in-use",
            "Conflict",
            409,
            "An inspection plan is deleted while inspections follow it, or changed so that it drops a"
                    + " characteristic that has measurements; `records` counts them. Deactivate the plan instead.",
            "records"),
    REPORT_NOT_READY(
            "report-not-ready",
            "Conflict",
            409,
            "A report execution's file is asked for before the execution completed; `execution_status` says where"
                    + " it stands.",
            "execution_status"),
    INTEGRATION_SYSTEM_CODE_TAKEN(
            "integration-system-code-taken",
            "Conflict",
            409,
            "An integration system is created with a code another system of the tenant has."),
    INTEGRATION_ID_MAPPED(
            "integration-id-mapped",
            "Conflict",
            409,
            "An id mapping is set to an external id the system already maps to another record of the same type;"
                    + " `our_id` names that record.",
            "our_id"),
    NCR_ACTIONS_OPEN(
            "ncr-actions-open",
            "Conflict",
            409,
            "An NCR is to enter a final state of its workflow (close) while corrective actions of it are not"
                    + " done; `open_actions` counts them. Mark them done first.",
            "open_actions"),
    NCR_CLOSED(
            "ncr-closed",
            "Conflict",
            409,
            "A closed NCR (its workflow in a final state) is changed, or an action is added to or changed on it;"
                    + " `current_status` says its state.",
            "current_status"),
    PROJECT_CODE_TAKEN(
            "project-code-taken",
            "Conflict",
            409,
            "A project is created or changed with a code another project has.",
            "code"),
    PROJECT_CHANGED(
            "project-changed",
            "Conflict",
            409,
            "A project change names a `version` that is no longer the current one: someone changed the"
                    + " project meanwhile; `current_version` is the one to read again.",
            "current_version"),
    PROJECT_CLOSED(
            "project-closed",
            "Conflict",
            409,
            "A closed project, or its documents or milestones, is to be changed; a closed project no longer"
                    + " changes.",
            "current_status"),
    DOCUMENT_LOCKED(
            "document-locked",
            "Conflict",
            409,
            "A project document is checked out, or a version uploaded, while another member holds its lock;"
                    + " `locked_by` and `locked_at` say who and since when.",
            "locked_by",
            "locked_at"),
    DOCUMENT_NOT_CHECKED_OUT(
            "document-not-checked-out",
            "Conflict",
            409,
            "A new version of a project document is uploaded, or the document checked in, without the"
                    + " caller holding its lock: check it out first."),
    MILESTONE_PREDECESSORS_OPEN(
            "milestone-predecessors-open",
            "Conflict",
            409,
            "A milestone is completed while some of its predecessors are not completed; `open_predecessors`"
                    + " lists their ids.",
            "open_predecessors"),
    MILESTONE_NOT_OPEN(
            "milestone-not-open",
            "Conflict",
            409,
            "A milestone that is completed or cancelled is completed, cancelled or changed again.",
            "current_status"),
    CHANGE_ORDER_DECIDED(
            "change-order-decided",
            "Conflict",
            409,
            "A change order whose workflow reached a final state (approved, rejected) is changed;"
                    + " `current_status` says its state. Request a new change order instead.",
            "current_status"),
    DRAWING_REVISION_NOT_NEWER(
            "drawing-revision-not-newer",
            "Conflict",
            409,
            "A drawing document version is submitted for approval while the same or a newer version of that"
                    + " drawing was submitted already; `latest_version` says which.",
            "latest_version"),
    DRAWING_REVISION_SUPERSEDED(
            "drawing-revision-superseded",
            "Conflict",
            409,
            "A drawing revision replaced by a newer one is moved through its workflow or commented on;"
                    + " `superseded_by` names the newer revision.",
            "superseded_by"),
    COST_CENTRE_HAS_ACTIVE_CHILDREN(
            "cost-centre-has-active-children",
            "Conflict",
            409,
            "A cost centre is deactivated while active cost centres sit under it (`children` says how many);"
                    + " deactivate or move them first.",
            "children"),
    GL_ACCOUNT_CODE_TAKEN(
            "gl-account-code-taken",
            "Conflict",
            409,
            "A GL account is created or changed with a code another account of the chart has (codes compare in"
                    + " any case)."),
    GL_ACCOUNT_IN_USE(
            "gl-account-in-use",
            "Conflict",
            409,
            "A GL account is deactivated while tax codes, posting roles or active child accounts name it, or a"
                    + " postable account they name is made a group; `records` counts them by kind.",
            "records"),
    GL_CHART_NOT_EMPTY(
            "gl-chart-not-empty",
            "Conflict",
            409,
            "The default chart of accounts is asked for while the tenant has GL accounts; it only seeds an empty"
                    + " chart."),
    TAX_CODE_TAKEN(
            "tax-code-taken",
            "Conflict",
            409,
            "A tax code is created or changed with a code another tax code has (codes compare in any case)."),
    TYPE_LIST_CODE_TAKEN(
            "type-list-code-taken",
            "Conflict",
            409,
            "A type list is created or changed with a code another type list of the tenant has."),
    TYPE_LIST_VALUE_CODE_TAKEN(
            "type-list-value-code-taken",
            "Conflict",
            409,
            "A value is added to a type list, or changed, with a code another value of that list has."),
    CUSTOM_FIELD_KEY_TAKEN(
            "custom-field-key-taken",
            "Conflict",
            409,
            "A custom field is created with a key another field of the same record type has (an archived"
                    + " field keeps its key: bring it back with `active: true` instead)."),
    CUSTOM_FIELD_LIMIT(
            "custom-field-limit",
            "Conflict",
            409,
            "A record type already has as many custom fields (`limit`), or as many indexed ones, as Procura"
                    + " allows; archive or delete one first.",
            "limit"),
    TYPE_LIST_VALUE_HAS_CHILDREN(
            "type-list-value-has-children",
            "Conflict",
            409,
            "A type list value is deleted while other values sit under it (`children` says how many);"
                    + " deactivate it (`active: false`) instead, or delete or move its children first.",
            "children"),
    TRANSITION_NOT_AVAILABLE(
            "transition-not-available",
            "Conflict",
            409,
            "A workflow transition is taken from a state it does not leave (`current_state` says where the"
                    + " record is).",
            "current_state"),
    TRANSITION_CONDITION_FALSE(
            "transition-condition-false",
            "Conflict",
            409,
            "A workflow transition is taken while its condition on the record's fields does not hold"
                    + " (`condition` says which).",
            "current_state",
            "condition"),
    TRANSITION_PENDING(
            "transition-pending",
            "Conflict",
            409,
            "A workflow transition is taken while another transition of the record waits for its approval" + " chain.",
            "current_state"),
    WORKFLOW_INSTANCE_CHANGED(
            "workflow-instance-changed",
            "Conflict",
            409,
            "Two transitions of one record are taken at the same time: one wins, the other gets this; read"
                    + " the record's workflow and try again."),
    WORKFLOW_NOT_ACTIVE(
            "workflow-not-active",
            "Conflict",
            409,
            "A workflow version that a newer version superseded, or that was retired, is changed or retired"
                    + " (`current_status`); only the active version can be; also two versions published at once.",
            "current_status"),
    WORKFLOW_NOT_FINAL(
            "workflow-not-final",
            "Conflict",
            409,
            "An invoice is paid, or an RFQ sent, while the workflow defined for it is not in a final state"
                    + " (`current_state`).",
            "current_state"),
    BRANDING_ADDRESS_TAKEN(
            "branding-address-taken",
            "Conflict",
            409,
            "A tenant's branding names a slug or custom domain that another tenant's branding has; `field`"
                    + " (slug, custom_domain) says which.",
            "field"),
    BRANDING_CHANGED(
            "branding-changed",
            "Conflict",
            409,
            "A branding change names a `version` that is no longer the current one: someone changed the"
                    + " branding meanwhile; `current_version` is the one to read again.",
            "current_version"),
    FILE_IN_USE("file-in-use", "Conflict", 409, "A stored file is deleted while documents still use it."),
    PLAN_CODE_TAKEN("plan-code-taken", "Conflict", 409, "A plan is created or changed with a code another plan has."),
    QUOTA_EXCEEDED(
            "quota-exceeded",
            "Quota exceeded",
            409,
            "Creating this would take the tenant past its plan's limit (and grace) for a count: members,"
                    + " documents, stored bytes, custom fields or workflows. Delete some or move to a larger plan.",
            "meter",
            "limit",
            "usage",
            "plan"),
    BUILT_IN_TEMPLATE(
            "built-in-template",
            "Conflict",
            409,
            "A built-in conversion template is to be changed or deleted; copy it (`POST /templates/{id}/copy`) and"
                    + " change the copy."),
    TEMPLATE_NAME_TAKEN(
            "template-name-taken",
            "Conflict",
            409,
            "A template is saved under a name another template of the tenant has."),
    CONVERSION_FINISHED(
            "conversion-finished",
            "Conflict",
            409,
            "A conversion that has completed, failed or been cancelled is cancelled."),
    CONVERSION_NOT_FAILED("conversion-not-failed", "Conflict", 409, "A conversion that has not failed is retried."),
    CONVERSION_NOT_READY(
            "conversion-not-ready",
            "Conflict",
            409,
            "A conversion's file is asked for before the conversion completed; `conversion_status` says where it"
                    + " stands.",
            "conversion_status"),
    LABEL_TEMPLATE_NAME_TAKEN(
            "label-template-name-taken",
            "Conflict",
            409,
            "Another label template of the tenant has this name (in any case)."),
    LABELS_NOT_READY(
            "labels-not-ready",
            "Conflict",
            409,
            "A label job's PDF or PNGs are asked for before the job completed; `job_status` says where it stands.",
            "job_status"),
    // 413, 414, 415
    PAYLOAD_TOO_LARGE(
            "payload-too-large",
            "Payload too large",
            413,
            "A JSON body is above `procura.api.max-json-bytes` (1 MiB), or an upload's file (or its other"
                    + " parts) above the upload limit."),
    SELECTION_TOO_LARGE(
            "selection-too-large",
            "Selection too large",
            413,
            "A conversion selects more records (or ids) than `procura.conversions.max-records` allows; `limit` and"
                    + " `selected` say by how much.",
            "limit",
            "selected"),
    URI_TOO_LONG(
            "uri-too-long",
            "URI too long",
            414,
            "The request target (path and query) is above `procura.http.max-uri-bytes` (8 KiB)."),
    UNSUPPORTED_MEDIA_TYPE(
            "unsupported-media-type",
            "Unsupported media type",
            415,
            "The operation does not take the body's Content-Type, or a JSON body declares a charset other"
                    + " than UTF-8."),
    // 429 (with Retry-After)
    LOGIN_THROTTLED(
            "login-throttled",
            "Too many requests",
            429,
            "Too many failed logins from the caller's address, on this account or on all; `Retry-After`"
                    + " says when to try again."),
    ACCOUNT_LOCKED(
            "account-locked",
            "Too many requests",
            429,
            "The account is locked after too many failed logins; `Retry-After` says when the lock ends."),
    PLAN_LIMIT_EXCEEDED(
            "plan-limit-exceeded",
            "Plan limit exceeded",
            429,
            "The tenant has used its plan's monthly allowance (and grace) of API requests or conversions;"
                    + " `Retry-After` says when the next month starts.",
            "meter",
            "limit",
            "usage",
            "plan"),
    ACCOUNT_MAIL_THROTTLED(
            "account-mail-throttled",
            "Too many requests",
            429,
            "Too many password reset or verification emails were asked for this email or from this client"
                    + " address within the window; `Retry-After` says when to try again."),
    // 431
    HEADERS_TOO_LARGE(
            "headers-too-large",
            "Request header fields too large",
            431,
            "A header field is above `procura.http.max-header-bytes` (8 KiB), or all of them above"
                    + " `procura.http.max-headers-total-bytes` (32 KiB)."),
    // 500
    INTERNAL(
            "internal",
            "Internal error",
            500,
            "The server failed unexpectedly; the failure is logged with the request id, which the answer"
                    + " carries."),
    // 503 (with Retry-After)
    UNAVAILABLE(
            "unavailable",
            "Service unavailable",
            503,
            "Something the request needs is unavailable for now: the tenant's database (being opened,"
                    + " upgraded, created or dropped, out of connections or unreachable), file storage, or the"
                    + " API on a worker-only server; `Retry-After` says when to try again.");

    /** The prefix of every problem type URI; the slug follows it. */
    public static final String BASE_URI = "https://procura.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;
    private final String when;
    private final List<String> members;

    ProblemType(String slug, String title, int status, String when, String... members) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.when = when;
        this.members = List.of(members);
    }

    /** The last segment of the type URI, e.g. {@code invalid-transition}. */
    public String slug() {
        return slug;
    }

    /** The type URI, e.g. {@code https://procura.dev/problems/invalid-transition}. */
    public String uri() {
        return BASE_URI + slug;
    }

    public String title() {
        return title;
    }

    /** The HTTP status every problem of this type is answered with. */
    public int status() {
        return status;
    }

    /** When the API answers with this type, in one sentence. */
    public String when() {
        return when;
    }

    /** The extension members (facts, snake_case) a problem of this type may carry. */
    public List<String> members() {
        return members;
    }
}
