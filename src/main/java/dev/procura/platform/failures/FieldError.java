package dev.procura.platform.failures;

/** One invalid field of a request: {@code field} is the snake_case JSON name. */
public record FieldError(String field, String message) {}
