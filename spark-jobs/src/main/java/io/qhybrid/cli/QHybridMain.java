package io.qhybrid.cli;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point behind {@code submit/qhybrid}: dispatches a command name to its
 * {@link Command}. User errors print one line and exit 2; nothing else is printed to stdout.
 */
public final class QHybridMain {
    /** Command name to implementing class; a class absent from this build says so plainly. */
    static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("run", "io.qhybrid.cli.RunCommand");
        COMMANDS.put("sql", "io.qhybrid.cli.SqlCommand");
        COMMANDS.put("approve", "io.qhybrid.cli.ApproveCommand");
        COMMANDS.put("report", "io.qhybrid.cli.ReportCommand");
        COMMANDS.put("gpu-report", "io.qhybrid.cli.GpuReportCommand");
        COMMANDS.put("solve", "io.qhybrid.cli.SolveCommand");
        COMMANDS.put("simulate", "io.qhybrid.cli.SimulateCommand");
        COMMANDS.put("generate", "io.qhybrid.cli.GenerateCommand");
        COMMANDS.put("submit", "io.qhybrid.cli.SubmitCommand");
        COMMANDS.put("emulator", "io.qhybrid.cli.EmulatorCommand");
    }

    private QHybridMain() {}

    public static void main(String[] args) {
        int code = execute(Arrays.asList(args), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    public static int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            return help(args.size() > 1 ? args.get(1) : null, out, err);
        }
        String name = args.get(0);
        try {
            Command command = load(name);
            return command.run(args.subList(1, args.size()), out, err);
        } catch (QHybridException e) {
            err.println("qhybrid " + name + ": " + e.getMessage());
            return e.kind() == ErrorKind.USER_ERROR ? Command.BAD_USAGE : Command.FAILED;
        } catch (Exception e) {
            err.println("qhybrid " + name + ": failed: " + e);
            e.printStackTrace(err);
            return Command.FAILED;
        }
    }

    static Command load(String name) {
        String className = COMMANDS.get(name);
        if (className == null) {
            throw new QHybridException(ErrorKind.USER_ERROR, "unknown command '" + name + "'. Commands: "
                    + String.join(", ", COMMANDS.keySet()) + "; see 'qhybrid help'.");
        }
        try {
            return (Command) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new QHybridException(ErrorKind.USER_ERROR, "command '" + name + "' is not part of this build.");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create command " + name, e);
        }
    }

    private static int help(String name, PrintStream out, PrintStream err) {
        if (name != null) {
            try {
                out.println(load(name).usage());
                return Command.OK;
            } catch (QHybridException e) {
                err.println("qhybrid help: " + e.getMessage());
                return Command.BAD_USAGE;
            }
        }
        out.println("usage: qhybrid <command> [options]   (qhybrid help <command> for details)");
        for (String command : COMMANDS.keySet()) {
            try {
                String first = load(command).usage().lines().findFirst().orElse("");
                out.println("  " + first);
            } catch (QHybridException e) {
                // not in this build: not listed
            }
        }
        out.println("exit codes: 0 success, 1 job failed, 2 bad usage/config/input, 3 partial success (rejects)");
        return Command.OK;
    }
}
