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

/** {@code solve --method qaoa|vqe} end to end through the launcher's entry point. */
class SolveVariationalTest {
    private static final Path SAMPLES = Path.of("..", "sample-data");

    private static JsonNode solve(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QHybridMain.execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void qaoaOnTheEightRingReachesTheOneLayerOptimum() throws Exception {
        JsonNode r = solve("solve", "maxcut", "--graph", SAMPLES.resolve("graphs/ring-8.txt").toString(),
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
    void qaoaOnASmallPortfolioReportsASelection(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("p.csv"), "asset,mu,A,B,C\nA,0.1,0,0,0\nB,0.5,0,0,0\nC,0.3,0,0,0\n");
        JsonNode r = solve("solve", "portfolio", "--input", input.toString(), "--k", "2", "--method", "qaoa",
                "--p", "2", "--seed", "1");
        assertThat(r.path("method").asText()).isEqualTo("qaoa");
        assertThat(r.path("gammas")).hasSize(2);
        assertThat(r.path("best").asText()).hasSize(3);
        assertThat(r.has("feasible")).isTrue();
        assertThat(r.path("expectation").isNumber()).isTrue();
    }

    @Test
    void vqeOnH2ReachesChemicalAccuracy() throws Exception {
        JsonNode r = solve("solve", "molecule", "--hamiltonian",
                SAMPLES.resolve("molecules/h2-0.735.txt").toString(), "--method", "vqe");
        assertThat(r.path("method").asText()).isEqualTo("vqe");
        // exact electronic ground energy of H2/STO-3G at 0.735 A; 1.6 mHa is chemical accuracy
        assertThat(r.path("energy").asDouble()).isCloseTo(-1.857275, within(1.6e-3));
        assertThat(r.path("parameters").has("theta")).isTrue();
        assertThat(r.path("evaluations").asInt()).isPositive();
        assertThat(r.path("qubits").asInt()).isEqualTo(2);
    }
}
