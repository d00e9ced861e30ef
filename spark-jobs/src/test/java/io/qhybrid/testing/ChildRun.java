package io.qhybrid.testing;

import io.qhybrid.cli.QHybridMain;
import io.qhybrid.sampledata.EdgeWeights;
import io.qhybrid.sampledata.GraphGenerator;
import io.qhybrid.tables.QHybridTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's entry point in a process of its own, for tests that need a real environment
 * (credentials), real stdout and stderr, or a process to kill. With {@code --setup WAREHOUSE} it
 * first opens a local session on that warehouse and writes a small graph and a QPU approval for
 * {@code maxcut}; the command then runs on that same session, exactly as {@code qhybrid run} does.
 *
 * <p>{@code java ... io.qhybrid.testing.ChildRun [--setup WAREHOUSE] <command> [args]}
 */
public final class ChildRun {
    private ChildRun() {}

    public static void main(String[] argv) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        if (!args.isEmpty() && args.get(0).equals("--setup")) {
            Path warehouse = Path.of(args.get(1));
            args = args.subList(2, args.size());
            QHybridTables tables = new QHybridTables(LocalSpark.start(warehouse), "qhybrid").ensureAll();
            PipelineFixtures.writeGraph(tables, "g", GraphGenerator.community(48, 6, 4.0, 0.5,
                    EdgeWeights.parse("real:0.5:2"), 5));
            PipelineFixtures.approve(tables, "maxcut");
        }
        int code = QHybridMain.execute(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
