package io.qhybrid.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One launcher subcommand ({@code submit/qhybrid <name> ...}). Machine-readable output goes to
 * {@code out} as JSON; logs and human messages go to {@code err}.
 *
 * <p>Exit codes: {@link #OK} success, {@link #FAILED} job failed, {@link #BAD_USAGE} bad usage,
 * config or input, {@link #PARTIAL} partial success under the reject policy. Implementations
 * have a public no-argument constructor; {@link QHybridMain} finds them by name.
 */
public interface Command {
    int OK = 0;
    int FAILED = 1;
    int BAD_USAGE = 2;
    int PARTIAL = 3;

    /** One-paragraph usage text printed by {@code help <name>} and on bad usage. */
    String usage();

    /** Runs the command with the arguments after its name; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
