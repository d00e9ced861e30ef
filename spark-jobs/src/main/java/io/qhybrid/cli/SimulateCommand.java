package io.qhybrid.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.qasm.QasmReader;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.error.QHybridException;
import io.qhybrid.simulator.NoiseModel;
import io.qhybrid.simulator.NoisySimulator;
import io.qhybrid.simulator.QuantumState;
import io.qhybrid.simulator.StateVectorSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code qhybrid simulate FILE.qasm}: runs an OpenQASM 3 circuit on the state-vector simulator
 * (or the noisy one with {@code --noise}) and prints counts or exact probabilities as JSON,
 * keyed by bitstring with qubit 0 rightmost. The same seed gives the same counts whatever the
 * thread count.
 */
public final class SimulateCommand implements Command {
    private static final Set<String> VALUED = Set.of("shots", "seed", "noise", "threads", "bind", "trajectories");
    private static final Set<String> SWITCHES = Set.of("probabilities");

    public SimulateCommand() {}

    @Override
    public String usage() {
        return "simulate FILE.qasm [--shots N] [--seed S] [--probabilities] [--noise FILE.json] [--threads T]\n"
                + "    [--bind NAME=VALUE]... [--trajectories K]\n"
                + "  Simulates an OpenQASM 3 circuit and prints JSON: \"counts\" (default 1024 shots) or, with\n"
                + "  --probabilities, exact \"probabilities\", keyed by bitstring with qubit 0 rightmost, plus timings.\n"
                + "  --noise adds depolarising and readout error from a calibration document (see docs/simulators.md).\n"
                + "  --threads (default 1) splits large states; counts for a seed do not depend on it.\n"
                + "  A seed is drawn and printed when none is given.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return simulate(args, out, err);
        } catch (QHybridException e) {
            err.println(e.getMessage());
            return e.kind() == ErrorKind.USER_ERROR ? BAD_USAGE : FAILED;
        }
    }

    private int simulate(List<String> args, PrintStream out, PrintStream err) {
        Arguments a = Arguments.parse(args, VALUED, SWITCHES);
        if (a.positionals().size() != 1) {
            err.println("usage: " + usage());
            return BAD_USAGE;
        }
        String file = a.positionals().get(0);
        int shots = a.intValue("shots", 1024);
        int threads = a.intValue("threads", 1);
        boolean exact = a.has("probabilities");
        long seed = a.has("seed") ? a.longValue("seed", 0) : new java.security.SecureRandom().nextLong();
        if (shots < 1) {
            throw QHybridErrors.invalidArgument("--shots", shots, "Give at least one shot.");
        }
        if (threads < 1) {
            throw QHybridErrors.invalidArgument("--threads", threads, "Give at least one thread.");
        }
        if (exact && a.has("noise")) {
            throw QHybridErrors.invalidArgument("option combination", "--probabilities --noise",
                    "Exact probabilities are noiseless; drop one of the two.");
        }
        long t0 = System.nanoTime();
        Circuit circuit = QasmReader.read(readFile(file), file).bind(bindings(a));
        if (!circuit.isBound()) {
            throw QHybridErrors.invalidArgument("circuit", "unbound parameters " + circuit.parameters(),
                    "Give each a value with --bind NAME=VALUE.");
        }
        StateVectorSimulator.checkFits(circuit.numQubits());
        long t1 = System.nanoTime();
        ObjectNode json = Json.object();
        json.put("file", file);
        json.put("qubits", circuit.numQubits());
        json.put("threads", threads);
        ObjectNode timings = Json.object();
        if (exact) {
            QuantumState state = new StateVectorSimulator(threads).run(circuit);
            long t2 = System.nanoTime();
            ObjectNode probabilities = json.putObject("probabilities");
            state.probabilityMap(1e-14).forEach(probabilities::put);
            timings.put("simulate", (t2 - t1) / 1e6);
        } else {
            json.put("shots", shots);
            json.put("seed", seed);
            Map<String, Long> counts;
            if (a.has("noise")) {
                String noiseFile = a.value("noise", null);
                NoiseModel noise = NoiseModel.fromJson(readFile(noiseFile), noiseFile);
                json.put("noise", noiseFile);
                counts = new NoisySimulator(noise, threads, a.intValue("trajectories", 1000)).run(circuit, shots, seed);
                timings.put("simulate_and_sample", (System.nanoTime() - t1) / 1e6);
            } else {
                QuantumState state = new StateVectorSimulator(threads).run(circuit);
                long t2 = System.nanoTime();
                counts = state.sample(shots, seed);
                timings.put("simulate", (t2 - t1) / 1e6);
                timings.put("sample", (System.nanoTime() - t2) / 1e6);
            }
            ObjectNode countsNode = json.putObject("counts");
            counts.forEach(countsNode::put);
        }
        timings.put("parse", (t1 - t0) / 1e6);
        json.set("timings_ms", timings);
        Json.print(out, json);
        return OK;
    }

    private static Map<String, Double> bindings(Arguments a) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String binding : a.values("bind")) {
            int eq = binding.indexOf('=');
            try {
                values.put(binding.substring(0, eq).trim(), Double.parseDouble(binding.substring(eq + 1).trim()));
            } catch (RuntimeException e) {
                throw QHybridErrors.invalidArgument("--bind", binding, "Write it as NAME=NUMBER, e.g. --bind gamma=0.4.");
            }
        }
        return values;
    }

    private static String readFile(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw QHybridErrors.invalidArgument("file", file, "It cannot be read (" + e.getClass().getSimpleName()
                    + "); check the path and permissions.");
        }
    }
}
