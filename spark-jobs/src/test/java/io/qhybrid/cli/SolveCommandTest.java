package io.qhybrid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SolveCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() throws Exception {
        return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void maxCutOfAWeightedSquareWithADiagonal() throws Exception {
        // square 0-1-2-3-0 weight 1 plus diagonal 0-2 weight 5: the best cuts put 0 and 2 apart;
        // then nodes 1 and 3 each cut exactly one of their two square edges wherever they sit: 5 + 2 = 7
        Path graph = write("g.txt", "0 1\n1 2\n2 3\n3 0\n0 2 5\n");
        for (String method : new String[] {"exact", "sa", "greedy"}) {
            out.reset();
            assertThat(run("maxcut", "--graph", graph.toString(), "--method", method, "--seed", "3")).isZero();
            JsonNode result = json();
            assertThat(result.get("cut").asDouble()).as(method).isEqualTo(7.0);
            assertThat(result.get("objective").asDouble()).isEqualTo(-7.0);
            assertThat(result.get("best").asText()).hasSize(4);
            assertThat(result.get("encoding").get("name").asText()).isEqualTo("maxcut-ising");
            assertThat(result.get("timings").has("solveMillis")).isTrue();
        }
        out.reset();
        run("maxcut", "--graph", graph.toString());
        // every state with bits 0 and 2 different is optimal; the lowest index is 0b0001
        assertThat(json().get("best").asText()).isEqualTo("0001");
    }

    @Test
    void portfolioPicksTheBestFeasibleSelection() throws Exception {
        // no covariance: the best two assets by return win
        Path input = write("p.csv", "asset,mu,A,B,C\nA,0.1,0,0,0\nB,0.5,0,0,0\nC,0.3,0,0,0\n");
        assertThat(run("portfolio", "--input", input.toString(), "--k", "2")).isZero();
        JsonNode result = json();
        assertThat(result.get("best").asText()).isEqualTo("110");
        assertThat(result.get("selected")).extracting(JsonNode::asText).containsExactly("B", "C");
        assertThat(result.get("feasible").asBoolean()).isTrue();
        assertThat(result.get("objective").asDouble()).isCloseTo(-0.8, within(1e-12));
    }

    @Test
    void moleculeGroundEnergy() throws Exception {
        Path h2 = write("h2.txt", "-1.052373245772859 I\n0.39793742484318045 Z0\n-0.39793742484318045 Z1\n"
                + "-0.01128010425623538 Z0 Z1\n0.18093119978423156 X0 X1\n");
        assertThat(run("molecule", "--hamiltonian", h2.toString())).isZero();
        assertThat(json().get("energy").asDouble()).isCloseTo(-1.857275, within(1e-6));
    }

    @Test
    void malformedLineGivesOneLineNamingFileAndLine() throws Exception {
        Path graph = write("bad.txt", "0 1\n# fine\n1 two\n");
        assertThat(run("maxcut", "--graph", graph.toString())).isEqualTo(Command.BAD_USAGE);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message.lines()).hasSize(1);
        assertThat(message).startsWith(graph + ":3").contains("'two'");
        assertThat(out.size()).isZero();

        err.reset();
        Path hamiltonian = write("h.txt", "1.0 X0 X0\n");
        assertThat(run("molecule", "--hamiltonian", hamiltonian.toString())).isEqualTo(Command.BAD_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(hamiltonian + ":1").contains("more than once");
    }

    @Test
    void missingFileAndBadUsageExitWithTwo() {
        assertThat(run("maxcut", "--graph", dir.resolve("none.txt").toString())).isEqualTo(Command.BAD_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.txt").contains("not found");
        assertThat(run("maxcut")).isEqualTo(Command.BAD_USAGE);
        assertThat(run("tsp", "--graph", "x")).isEqualTo(Command.BAD_USAGE);
        assertThat(run("maxcut", "--graph", "x", "--method", "qaoa")).isEqualTo(Command.BAD_USAGE);
    }

    @Test
    void portfolioWithTooLargeKIsAUsageError() throws Exception {
        Path input = write("p.csv", "asset,mu,A\nA,0.1,0.01\n");
        assertThat(run("portfolio", "--input", input.toString(), "--k", "3")).isEqualTo(Command.BAD_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exactly 3 of 1");
    }

    // solve --method qaoa|vqe end to end through the launcher's entry point

    private static final Path SAMPLES = Path.of("..", "sample-data");

    private static JsonNode solveThroughMain(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QHybridMain.execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void qaoaOnTheEightRingReachesTheOneLayerOptimum() throws Exception {
        JsonNode r = solveThroughMain("solve", "maxcut", "--graph", SAMPLES.resolve("graphs/ring-8.txt").toString(),
                "--method", "qaoa", "--p", "1", "--seed", "7");
        assertThat(r.path("method").asText()).isEqualTo("qaoa");
        assertThat(r.path("layers").asInt()).isEqualTo(1);
        assertThat(r.path("gammas")).hasSize(1);
        assertThat(r.path("betas")).hasSize(1);
        // p = 1 on an even ring: expected cut 3n/4 (Farhi, Goldstone, Gutmann 2014)
        assertThat(r.path("expectedCut").asDouble()).isCloseTo(6.0, within(1e-3));
        assertThat(r.path("expectation").asDouble()).isCloseTo(-6.0, within(1e-3));
        assertThat(r.path("best").asText()).isIn("01010101", "10101010");
        assertThat(r.path("cut").asDouble()).isEqualTo(8.0);
        assertThat(r.path("evaluations").asInt()).isPositive();
    }

    @Test
    void qaoaOnASmallPortfolioReportsASelection(@TempDir Path tmp) throws Exception {
        Path input = Files.writeString(tmp.resolve("p.csv"), "asset,mu,A,B,C\nA,0.1,0,0,0\nB,0.5,0,0,0\nC,0.3,0,0,0\n");
        JsonNode r = solveThroughMain("solve", "portfolio", "--input", input.toString(), "--k", "2", "--method", "qaoa",
                "--p", "2", "--seed", "1");
        assertThat(r.path("method").asText()).isEqualTo("qaoa");
        assertThat(r.path("gammas")).hasSize(2);
        assertThat(r.path("best").asText()).hasSize(3);
        assertThat(r.has("feasible")).isTrue();
        assertThat(r.path("expectation").isNumber()).isTrue();
    }

    @Test
    void vqeOnH2ReachesChemicalAccuracy() throws Exception {
        JsonNode r = solveThroughMain("solve", "molecule", "--hamiltonian",
                SAMPLES.resolve("molecules/h2-0.735.txt").toString(), "--method", "vqe");
        assertThat(r.path("method").asText()).isEqualTo("vqe");
        // exact electronic ground energy of H2/STO-3G at 0.735 A; 1.6 mHa is chemical accuracy
        assertThat(r.path("energy").asDouble()).isCloseTo(-1.857275, within(1.6e-3));
        assertThat(r.path("parameters").has("theta")).isTrue();
        assertThat(r.path("evaluations").asInt()).isPositive();
        assertThat(r.path("qubits").asInt()).isEqualTo(2);
    }
}
