package dev.procura.platform.approvals;

import java.util.Map;
import java.util.UUID;

/**
 * A document awaiting approval, as the approvals capability sees it: its type and id, who asked,
 * and the fields conditions may read (e.g. {@code total}, {@code currency}, {@code cost_center}).
 */
public record ApprovalSubject(
        String documentType, UUID documentId, String reference, UUID requestedBy, Map<String, Object> fields) {}
