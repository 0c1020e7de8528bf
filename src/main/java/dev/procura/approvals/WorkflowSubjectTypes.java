package dev.procura.approvals;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.workflows.WorkflowSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The entity types whose capabilities implement {@link WorkflowSubjects}: by type, or by API path segment. */
@ApplicationScoped
public class WorkflowSubjectTypes {

    @Inject
    @Any
    Instance<WorkflowSubjects> subjects;

    Optional<WorkflowSubjects> of(String entityType) {
        return subjects.stream().filter(s -> s.entityType().equals(entityType)).findFirst();
    }

    List<String> entityTypes() {
        return subjects.stream().map(WorkflowSubjects::entityType).sorted().toList();
    }

    /** The records under {@code /{segment}}; 404 for a segment no capability answers for. */
    WorkflowSubjects atPath(String segment) {
        return subjects.stream()
                .filter(s -> s.pathSegment().equals(segment))
                .findFirst()
                .orElseThrow(() -> new Failure.NotFound("No workflow records at /" + segment));
    }
}
