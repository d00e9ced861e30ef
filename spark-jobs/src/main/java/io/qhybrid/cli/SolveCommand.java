package io.qhybrid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.encode.Encoding;
import io.qhybrid.encode.MaxCutEncoder;
import io.qhybrid.encode.MolecularHamiltonianEncoder;
import io.qhybrid.encode.PauliSumReader;
import io.qhybrid.encode.PortfolioEncoder;
import io.qhybrid.encode.PortfolioReader;
import io.qhybrid.encode.WeightedGraphReader;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.error.QHybridException;
import io.qhybrid.model.IsingModel;
import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PortfolioProblem;
import io.qhybrid.model.Qubo;
import io.qhybrid.model.WeightedGraph;
import io.qhybrid.optim.Budget;
import io.qhybrid.solve.ExactDiagonalization;
import io.qhybrid.solve.ExactSolver;
import io.qhybrid.solve.GreedySolver;
import io.qhybrid.solve.GroundState;
import io.qhybrid.solve.SimulatedAnnealingSolver;
import io.qhybrid.solve.Solution;
import io.qhybrid.solve.Solver;
import io.qhybrid.variational.QaoaResult;
import io.qhybrid.variational.QaoaSolver;
import io.qhybrid.variational.VqeResult;
import io.qhybrid.variational.VqeSolver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code qhybrid solve <problem> ...}: encodes one small problem and solves it classically
 * ({@code exact}, {@code sa}, {@code greedy}) or variationally on the state-vector simulator
 * ({@code qaoa} for maxcut and portfolio, {@code vqe} for molecules), printing one JSON object on
 * stdout. Bad usage or input prints one line on stderr (naming the
 * file and line for input errors) and exits with {@link #BAD_USAGE}.
 */
public final class SolveCommand implements Command {
    private static final Set<String> VALUED = Set.of("graph", "input", "hamiltonian", "k", "risk-aversion",
            "method", "seed", "threads", "sweeps", "restarts", "p", "starts", "shots", "depth");

    @Override
    public String usage() {
        return String.join("\n",
                "usage: qhybrid solve maxcut --graph FILE [--method exact|sa|greedy|qaoa] [--seed S]",
                "       qhybrid solve portfolio --input FILE --k K [--risk-aversion Q] [--method exact|sa|greedy|qaoa] [--seed S]",
                "       qhybrid solve molecule --hamiltonian FILE [--method exact|vqe] [--seed S]",
                "Options for sa: --sweeps N (1000), --restarts R (8), --seed S (0); for exact: --threads T (all cores).",
                "Options for qaoa: --p LAYERS (1), --starts N (4), --shots N (1000), --seed S (0); prints the optimised",
                "gammas/betas, expectation, evaluations and the best sampled bitstring. For vqe: --depth D (2, ansatz",
                "of Hamiltonians wider than 2 qubits), --starts N (2), --seed S (0); prints energy, parameters, evaluations.",
                "Graph files hold one edge a line 'u v [weight]'; portfolio files are CSV 'asset,mu,<ids...>' with one",
                "covariance row per asset; Hamiltonian files hold one '<coefficient> <word>' a line, e.g. '0.5 X0 Z1'.",
                "Prints JSON with best (qubit 0 rightmost), objective, method, encoding and timings.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = Arguments.parse(args, VALUED, Set.of());
            if (arguments.positionals().size() != 1) {
                throw QHybridErrors.invalidArgument("problem", String.join(" ", arguments.positionals()),
                        "Name exactly one of maxcut, portfolio, molecule.");
            }
            ObjectNode result = switch (arguments.positionals().get(0)) {
                case "maxcut" -> maxCut(arguments);
                case "portfolio" -> portfolio(arguments);
                case "molecule" -> molecule(arguments);
                default -> throw QHybridErrors.invalidArgument("problem", arguments.positionals().get(0),
                        "Name one of maxcut, portfolio, molecule.");
            };
            Json.print(out, result);
            return OK;
        } catch (QHybridException e) {
            err.println(e.getMessage());
            if (e.kind() == ErrorKind.USER_ERROR && !(e instanceof io.qhybrid.error.InputException)) {
                err.println(usage());
            }
            return e.kind() == ErrorKind.USER_ERROR ? BAD_USAGE : FAILED;
        } catch (IllegalArgumentException e) {
            // a model refused a value the reader could not check alone (e.g. k above the asset count)
            err.println("Invalid problem: " + e.getMessage());
            return BAD_USAGE;
        }
    }

    private ObjectNode maxCut(Arguments arguments) {
        Path file = requiredPath(arguments, "graph");
        long start = System.nanoTime();
        WeightedGraph graph = WeightedGraphReader.read(file);
        long read = System.nanoTime();
        MaxCutEncoder encoder = new MaxCutEncoder();
        IsingModel ising = encoder.encode(graph);
        long encoded = System.nanoTime();
        QaoaResult qaoa = isQaoa(arguments) ? qaoa(arguments).run(ising) : null;
        Solution solution = qaoa != null ? qaoa.solution() : solver(arguments).solve(ising);
        long solved = System.nanoTime();
        ObjectNode result = header("maxcut", encoder.encoding(), solution);
        if (qaoa != null) {
            QaoaJson.add(result, qaoa);
            result.put("expectedCut", -qaoa.expectation()); // the encoding's energy is minus the cut
        }
        result.put("cut", graph.cutValue(solution.state()));
        result.put("totalWeight", graph.totalWeight());
        result.set("timings", timings(start, read, encoded, solved));
        return result;
    }

    private ObjectNode portfolio(Arguments arguments) {
        Path file = requiredPath(arguments, "input");
        if (!arguments.has("k")) {
            throw QHybridErrors.invalidArgument("option", "--k", "Give the number of assets to hold: --k K.");
        }
        long start = System.nanoTime();
        PortfolioProblem problem = PortfolioReader.read(file);
        long read = System.nanoTime();
        PortfolioEncoder encoder = new PortfolioEncoder(arguments.intValue("k", 0),
                arguments.doubleValue("risk-aversion", 1.0));
        Qubo qubo = encoder.encode(problem);
        long encoded = System.nanoTime();
        QaoaResult qaoa = isQaoa(arguments) ? qaoa(arguments).run(qubo.toIsing()) : null;
        Solution solution = qaoa != null ? qaoa.solution().withObjective(qubo.energy(qaoa.solution().state()))
                : solver(arguments).solve(qubo);
        long solved = System.nanoTime();
        ObjectNode result = header("portfolio", encoder.encoding(), solution);
        if (qaoa != null) {
            QaoaJson.add(result, qaoa);
        }
        ArrayNode selected = result.putArray("selected");
        for (int i = 0; i < problem.numAssets(); i++) {
            if ((solution.state() >>> i & 1L) != 0) {
                selected.add(problem.assetIds().get(i));
            }
        }
        result.put("feasible", Long.bitCount(solution.state()) == encoder.k());
        result.put("k", encoder.k());
        result.put("riskAversion", encoder.riskAversion());
        result.put("penaltyWeight", encoder.penaltyWeight(problem));
        result.set("timings", timings(start, read, encoded, solved));
        return result;
    }

    private ObjectNode molecule(Arguments arguments) {
        Path file = requiredPath(arguments, "hamiltonian");
        String method = arguments.value("method", "exact");
        if (!method.equals("exact") && !method.equals("vqe")) {
            throw QHybridErrors.invalidArgument("--method", method, "Molecules support --method exact or vqe.");
        }
        long start = System.nanoTime();
        MolecularHamiltonianEncoder encoder = new MolecularHamiltonianEncoder();
        PauliSum hamiltonian = encoder.encode(PauliSumReader.read(file));
        long read = System.nanoTime();
        ObjectNode result = Json.object();
        result.put("problem", "molecule");
        if (method.equals("vqe")) {
            VqeResult vqe = VqeSolver.of(arguments.intValue("depth", 2), arguments.intValue("starts", 2),
                    arguments.longValue("seed", 0L), Budget.defaults()).run(hamiltonian);
            result.put("energy", vqe.energy());
            result.put("objective", vqe.energy());
            result.put("method", "vqe");
            result.put("ansatz", vqe.ansatz());
            result.put("optimizer", vqe.optimizer());
            result.set("parameters", Json.MAPPER.valueToTree(vqe.parameters()));
            result.put("evaluations", vqe.evaluations());
        } else {
            GroundState ground = new ExactDiagonalization().solve(hamiltonian);
            result.put("energy", ground.energy());
            result.put("objective", ground.energy());
            result.put("method", ground.method());
        }
        long solved = System.nanoTime();
        result.set("encoding", encoding(encoder.encoding()));
        result.put("qubits", hamiltonian.numQubits());
        result.put("terms", hamiltonian.size());
        result.set("timings", timings(start, read, read, solved));
        return result;
    }

    private static Solver solver(Arguments arguments) {
        String method = arguments.value("method", "exact");
        return switch (method) {
            case "exact" -> new ExactSolver(arguments.intValue("threads", Runtime.getRuntime().availableProcessors()));
            case "sa" -> SimulatedAnnealingSolver.builder()
                    .sweeps(arguments.intValue("sweeps", 1000))
                    .restarts(arguments.intValue("restarts", 8))
                    .seed(arguments.longValue("seed", 0L))
                    .build();
            case "greedy" -> new GreedySolver();
            default -> throw QHybridErrors.invalidArgument("--method", method, "Use one of exact, sa, greedy, qaoa.");
        };
    }

    private static boolean isQaoa(Arguments arguments) {
        return arguments.value("method", "exact").equals("qaoa");
    }

    private static QaoaSolver qaoa(Arguments arguments) {
        return QaoaSolver.builder().layers(arguments.intValue("p", 1)).starts(arguments.intValue("starts", 4))
                .shots(arguments.intValue("shots", 1000)).seed(arguments.longValue("seed", 0L)).build();
    }

    private static Path requiredPath(Arguments arguments, String option) {
        String value = arguments.value(option, null);
        if (value == null) {
            throw QHybridErrors.invalidArgument("option", "--" + option, "It is required: --" + option + " FILE.");
        }
        return Path.of(value);
    }

    private static ObjectNode header(String problem, Encoding encoding, Solution solution) {
        ObjectNode result = Json.object();
        result.put("problem", problem);
        result.put("best", solution.bitstring());
        result.put("objective", solution.objective());
        result.put("method", solution.method());
        result.set("encoding", encoding(encoding));
        result.put("variables", solution.numVariables());
        return result;
    }

    private static ObjectNode encoding(Encoding encoding) {
        ObjectNode node = Json.object();
        node.put("name", encoding.name());
        node.put("version", encoding.version());
        return node;
    }

    private static ObjectNode timings(long start, long read, long encoded, long solved) {
        ObjectNode node = Json.object();
        node.put("readMillis", (read - start) / 1e6);
        node.put("encodeMillis", (encoded - read) / 1e6);
        node.put("solveMillis", (solved - encoded) / 1e6);
        node.put("totalMillis", (solved - start) / 1e6);
        return node;
    }
}
