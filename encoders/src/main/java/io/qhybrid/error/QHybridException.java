package io.qhybrid.error;

import static java.util.Objects.requireNonNull;

/**
 * The one unchecked root exception of the project. Messages say what went wrong, why, and
 * how to fix it; they never carry secrets. Build them through {@link QHybridErrors}.
 */
public class QHybridException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    public QHybridException(ErrorKind kind, String message) {
        this(kind, message, null);
    }

    public QHybridException(ErrorKind kind, String message, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.kind = requireNonNull(kind, "kind is null");
    }

    public ErrorKind kind() {
        return kind;
    }

    /** True when retrying the same call may succeed. */
    public boolean retryable() {
        return kind == ErrorKind.EXTERNAL;
    }
}
