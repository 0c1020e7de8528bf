package dev.procura.platform.web;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error answer, made from a {@link ProblemType} (the
 * catalogue in docs/problems.md). {@code extensions} are extra members written at the top level
 * (e.g. {@code current_status}, {@code budget}), as the RFC allows.
 */
@JsonbTypeSerializer(ProblemSerializer.class)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors,
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = ProblemType.BASE_URI;

    /** The only way to make a problem: a type of the catalogue and what happened this time. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, RequestIds.current(), null, Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, requestId, fieldErrors, extensions);
    }

    public Problem with(Map<String, Object> members) {
        Map<String, Object> merged = new LinkedHashMap<>(extensions);
        merged.putAll(members);
        return new Problem(type, title, status, detail, instance, requestId, errors, merged);
    }

    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
