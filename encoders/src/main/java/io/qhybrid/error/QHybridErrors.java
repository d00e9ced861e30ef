package io.qhybrid.error;

/**
 * Every user-facing error message is built here, so they read alike: what went wrong, why,
 * and what to do about it.
 */
public final class QHybridErrors {
    private QHybridErrors() {}

    public static QHybridException invalidArgument(String what, Object value, String fix) {
        return new QHybridException(ErrorKind.USER_ERROR, "Invalid " + what + " '" + value + "'. " + fix);
    }

    public static QHybridException invalidConfig(String key, Object value, String fix) {
        return new QHybridException(ErrorKind.USER_ERROR,
                "Invalid value '" + value + "' for config key '" + key + "'. " + fix);
    }

    public static QHybridException missingConfig(String key, String fix) {
        return new QHybridException(ErrorKind.USER_ERROR, "Missing config key '" + key + "'. " + fix);
    }

    public static InputException badInput(String source, int line, int column, String problem) {
        return new InputException(source, line, column, problem);
    }

    public static QHybridException tooLarge(String what, long needed, long available, String fix) {
        return new QHybridException(ErrorKind.USER_ERROR,
                what + " needs " + needed + " but only " + available + " is available. " + fix);
    }

    public static QHybridException external(String context, Throwable cause) {
        String detail = cause == null ? "" : ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        return new QHybridException(ErrorKind.EXTERNAL, context + " failed" + detail, cause);
    }

    public static QHybridException internal(String message, Throwable cause) {
        return new QHybridException(ErrorKind.INTERNAL_ERROR,
                message + " (this is a bug in QHybrid; please report it with the stack trace)", cause);
    }
}
