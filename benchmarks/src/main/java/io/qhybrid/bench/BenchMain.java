package io.qhybrid.bench;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code qhybrid bench <name> [options]}: runs one benchmark harness. Each prints its figures
 * and the ratios that matter, all measured in the same run.
 */
public final class BenchMain {
    /** Bench name to harness class (each with {@code public static void main(String[])}). */
    static final Map<String, String> BENCHES = new TreeMap<>(Map.of(
            "encoders", "io.qhybrid.bench.EncodersBench",
            "simulator", "io.qhybrid.bench.SimulatorBench",
            "pool", "io.qhybrid.bench.PoolBench",
            "faults", "io.qhybrid.bench.FaultsBench",
            "pipeline", "io.qhybrid.bench.PipelineBench",
            "load", "io.qhybrid.bench.LoadBench"));

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !BENCHES.containsKey(args[0].toLowerCase(Locale.ROOT))) {
            System.err.println("usage: qhybrid bench <name> [options]; benches: " + String.join(", ", BENCHES.keySet()));
            System.exit(2);
        }
        Class<?> harness;
        try {
            harness = Class.forName(BENCHES.get(args[0].toLowerCase(Locale.ROOT)));
        } catch (ClassNotFoundException e) {
            System.err.println("qhybrid bench: '" + args[0] + "' is not part of this build");
            System.exit(2);
            return;
        }
        Method main = harness.getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
