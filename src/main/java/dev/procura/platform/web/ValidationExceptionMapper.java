package dev.procura.platform.web;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of request bodies and parameters, as field errors. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return FailureMapper.problemOf(new Failure.InvalidInput(errors))
                .toResponse()
                .build();
    }

    /**
     * The JSON name of the invalid value, snake_case: the property path below a body parameter
     * ({@code email}, {@code lines[2].quantity}), or the name of a query or path parameter.
     * Body parameters are named {@code body}, so a missing body reads as {@code body}.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // An index belongs to the container before this node: contacts[0].email, categories[1].
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(JsonNames.snakeCase(node.getName()));
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "body" : JsonNames.snakeCase(parameter);
    }
}
