package dev.procura.platform.failures;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act upon, in the domain's terms: what kind of failure it is, a stable
 * slug (its problem type), a title, a detail, the fields at fault and the facts behind it.
 * Services throw one of the subclasses; nothing here knows HTTP: the web layer maps each
 * {@link Kind} to a status ({@code platform.web.FailureMapper}).
 */
public abstract class Failure extends RuntimeException {

    /** What went wrong, as the caller sees it. */
    public enum Kind {
        INVALID,
        UNAUTHENTICATED,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        TOO_LARGE,
        RATE_LIMITED,
        UNAVAILABLE
    }

    private final Kind kind;
    private final String slug;
    private final String title;

    protected Failure(Kind kind, String slug, String title, String detail) {
        super(detail);
        this.kind = kind;
        this.slug = slug;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The request's fields at fault, if any. */
    public List<FieldError> errors() {
        return List.of();
    }

    /** Facts behind the failure (a current status, figures), named as they are sent. */
    public Map<String, Object> facts() {
        return Map.of();
    }

    /** Seconds the client should wait before retrying, if the failure is temporary. */
    public Duration retryAfter() {
        return null;
    }

    public static final class NotFound extends Failure {
        public NotFound(String detail) {
            super(Kind.NOT_FOUND, "not-found", "Not found", detail);
        }
    }

    public static final class Conflict extends Failure {
        private final Map<String, Object> facts;

        public Conflict(String slug, String detail) {
            this(slug, detail, Map.of());
        }

        public Conflict(String slug, String detail, Map<String, Object> facts) {
            super(Kind.CONFLICT, slug, "Conflict", detail);
            this.facts = facts;
        }

        @Override
        public Map<String, Object> facts() {
            return facts;
        }
    }

    /** A status change the document's state machine does not allow from where it is. */
    public static final class InvalidTransition extends Failure {
        private final String currentStatus;

        public InvalidTransition(String what, String currentStatus, String action) {
            super(
                    Kind.CONFLICT,
                    "invalid-transition",
                    "Conflict",
                    what + " is " + currentStatus + "; it cannot be " + action);
            this.currentStatus = currentStatus;
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("current_status", currentStatus);
        }
    }

    public static final class Unauthorized extends Failure {
        public Unauthorized(String slug, String detail) {
            super(Kind.UNAUTHENTICATED, slug, "Unauthorized", detail);
        }
    }

    public static final class Forbidden extends Failure {
        public Forbidden(String slug, String detail) {
            super(Kind.FORBIDDEN, slug, "Forbidden", detail);
        }
    }

    public static final class InvalidInput extends Failure {
        private final List<FieldError> errors;

        public InvalidInput(List<FieldError> errors) {
            super(
                    Kind.INVALID,
                    "validation",
                    "Invalid request",
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
            this.errors = List.copyOf(errors);
        }

        public InvalidInput(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }

        @Override
        public List<FieldError> errors() {
            return errors;
        }
    }

    /** A body that is not what its Content-Type says (e.g. a broken multipart/form-data body). */
    public static final class MalformedBody extends Failure {
        public MalformedBody(String slug, String title, String detail) {
            super(Kind.INVALID, slug, title, detail);
        }
    }

    public static final class PayloadTooLarge extends Failure {
        public PayloadTooLarge(String detail) {
            super(Kind.TOO_LARGE, "payload-too-large", "Payload too large", detail);
        }
    }

    public static final class TooManyRequests extends Failure {
        private final Duration retryAfter;

        public TooManyRequests(String slug, String detail, Duration retryAfter) {
            super(Kind.RATE_LIMITED, slug, "Too many requests", detail);
            this.retryAfter = retryAfter;
        }

        @Override
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    public static final class Unavailable extends Failure {
        private final Duration retryAfter;

        public Unavailable(String detail, Duration retryAfter) {
            super(Kind.UNAVAILABLE, "unavailable", "Service unavailable", detail);
            this.retryAfter = retryAfter;
        }

        @Override
        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
