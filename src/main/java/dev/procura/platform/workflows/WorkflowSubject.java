package dev.procura.platform.workflows;

import java.util.Map;
import java.util.UUID;

/**
 * A record as the workflow engine sees it: its entity type and id, a reference people recognise
 * (e.g. {@code INV-000012}) and the fields transition conditions may read (e.g. {@code total}).
 */
public record WorkflowSubject(String entityType, UUID id, String reference, Map<String, Object> fields) {}
