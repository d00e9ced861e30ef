package io.qhybrid.error;

/**
 * Bad input text: a file, a line, a column and the problem. Callers that turn bad records
 * into {@code rejects} rows branch on this type to read {@link #source()} and {@link #line()}.
 */
public final class InputException extends QHybridException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public InputException(String source, int line, int column, String problem) {
        super(ErrorKind.USER_ERROR, format(source, line, column, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String source, int line, int column, String problem) {
        StringBuilder where = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + problem;
    }

    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The problem alone, without the location prefix. */
    public String problem() {
        return problem;
    }
}
