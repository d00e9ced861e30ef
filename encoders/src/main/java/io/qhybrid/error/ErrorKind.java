package io.qhybrid.error;

/**
 * Who has to act on an error. Launchers map these to exit codes; the pool maps them to
 * retry decisions (only {@link #EXTERNAL} errors may be retried).
 */
public enum ErrorKind {
    /** Bad usage, configuration or input: the caller must change something. Exit code 2. */
    USER_ERROR,
    /** A provider, network or storage failure outside our control; may succeed on retry. */
    EXTERNAL,
    /** A bug in QHybrid. */
    INTERNAL_ERROR
}
