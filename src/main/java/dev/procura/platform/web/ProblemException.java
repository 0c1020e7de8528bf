package dev.procura.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A failure that the caller can act upon. Services throw one of the subclasses; one mapper turns
 * any of them into problem+json.
 */
public abstract class ProblemException extends RuntimeException {

    private final String slug;
    private final String title;
    private final int status;

    protected ProblemException(String slug, String title, int status, String detail) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public Problem problem() {
        return Problem.of(slug, title, status, getMessage()).withErrors(fieldErrors()).with(extensions());
    }

    protected List<FieldError> fieldErrors() {
        return null;
    }

    /** Extra members of the problem that state the facts behind it (a current status, figures). */
    protected Map<String, Object> extensions() {
        return Map.of();
    }

    /** Seconds the client should wait before retrying, if the failure is temporary. */
    public Duration retryAfter() {
        return null;
    }

    public static final class NotFound extends ProblemException {
        public NotFound(String detail) {
            super("not-found", "Not found", 404, detail);
        }
    }

    public static final class Conflict extends ProblemException {
        private final Map<String, Object> facts;

        public Conflict(String slug, String detail) {
            this(slug, detail, Map.of());
        }

        public Conflict(String slug, String detail, Map<String, Object> facts) {
            super(slug, "Conflict", 409, detail);
            this.facts = facts;
        }

        @Override
        protected Map<String, Object> extensions() {
            return facts;
        }
    }

    /** A status change the document's state machine does not allow from where it is. */
    public static final class InvalidTransition extends ProblemException {
        private final String currentStatus;

        public InvalidTransition(String what, String currentStatus, String action) {
            super("invalid-transition", "Conflict", 409, what + " is " + currentStatus + "; it cannot be " + action);
            this.currentStatus = currentStatus;
        }

        @Override
        protected Map<String, Object> extensions() {
            return Map.of("current_status", currentStatus);
        }
    }

    public static final class Unauthorized extends ProblemException {
        public Unauthorized(String slug, String detail) {
            super(slug, "Unauthorized", 401, detail);
        }
    }

    public static final class Forbidden extends ProblemException {
        public Forbidden(String slug, String detail) {
            super(slug, "Forbidden", 403, detail);
        }
    }

    public static final class InvalidInput extends ProblemException {
        private final List<FieldError> errors;

        public InvalidInput(List<FieldError> errors) {
            super("validation", "Invalid request", 400,
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
            this.errors = List.copyOf(errors);
        }

        public InvalidInput(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }

        @Override
        protected List<FieldError> fieldErrors() {
            return errors;
        }
    }

    /** A body that is not what its Content-Type says (e.g. a broken multipart/form-data body). */
    public static final class MalformedBody extends ProblemException {
        public MalformedBody(String slug, String title, String detail) {
            super(slug, title, 400, detail);
        }
    }

    public static final class PayloadTooLarge extends ProblemException {
        public PayloadTooLarge(String detail) {
            super("payload-too-large", "Payload too large", 413, detail);
        }
    }

    public static final class TooManyRequests extends ProblemException {
        private final Duration retryAfter;

        public TooManyRequests(String slug, String detail, Duration retryAfter) {
            super(slug, "Too many requests", 429, detail);
            this.retryAfter = retryAfter;
        }

        @Override
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    public static final class Unavailable extends ProblemException {
        private final Duration retryAfter;

        public Unavailable(String detail, Duration retryAfter) {
            super("unavailable", "Service unavailable", 503, detail);
            this.retryAfter = retryAfter;
        }

        @Override
        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
