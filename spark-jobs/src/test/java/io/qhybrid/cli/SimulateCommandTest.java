package io.qhybrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return new SimulateCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static final String BELL = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nbit[2] c;\n"
            + "h q[0];\ncx q[0], q[1];\nc = measure q;\n";

    @Test
    void printsCountsKeyedByBitstring() throws Exception {
        Path bell = write("bell.qasm", BELL);
        assertThat(run(bell.toString(), "--shots", "500", "--seed", "7")).isEqualTo(0);
        JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("counts").get("00").asLong() + json.get("counts").get("11").asLong()).isEqualTo(500);
        assertThat(json.get("counts").size()).isEqualTo(2);
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.has("timings_ms")).isTrue();
    }

    @Test
    void sameSeedSameCountsWhateverTheThreads() throws Exception {
        Path bell = write("bell.qasm", BELL);
        List<String> outputs = new ArrayList<>();
        for (String threads : new String[] {"1", "2"}) {
            out.reset();
            assertThat(run(bell.toString(), "--seed", "3", "--threads", threads)).isEqualTo(0);
            outputs.add(Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("counts").toString());
        }
        assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
    }

    @Test
    void printsExactProbabilities() throws Exception {
        Path bell = write("bell.qasm", BELL);
        assertThat(run(bell.toString(), "--probabilities")).isEqualTo(0);
        JsonNode p = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("probabilities");
        assertThat(p.get("00").asDouble()).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(p.has("01")).isFalse();
    }

    @Test
    void runsWithANoiseDocument() throws Exception {
        Path circuit = write("x.qasm", "OPENQASM 3.0;\nqubit[1] q;\nx q[0];\n");
        Path noise = write("noise.json", "{\"readout\": {\"p10\": 0.5}}");
        assertThat(run(circuit.toString(), "--noise", noise.toString(), "--seed", "1", "--shots", "2000")).isEqualTo(0);
        JsonNode counts = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("counts");
        assertThat(counts.get("0").asLong()).isBetween(800L, 1200L);
    }

    @Test
    void badQasmIsOneLocatedLineAndExitTwo() throws Exception {
        Path bad = write("bad.qasm", "OPENQASM 3.0;\nqubit[2] q;\nh q[5];\n");
        assertThat(run(bad.toString())).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8).trim();
        assertThat(message).isEqualTo(bad + ":3:5: qubit 5 out of range: q has 2 qubits");
        assertThat(out.size()).isZero();
    }

    @Test
    void refusesACircuitTooLargeForTheHeapUpFront() throws Exception {
        Path big = write("big.qasm", "OPENQASM 3.0;\nqubit[29] q;\nh q[0];\n");
        // 16 bytes per amplitude, the imaginary parts' pad of 3/64 of the 2^29 amplitudes, the gap
        // of 3/128 of the 2^28 in each half before the upper half and the 6 elements before the
        // origin, 8 bytes each
        long needed = (16L << 29) + 8L * 3 * (1 << 23) + 8L * 3 * (1 << 22) + 8L * 6;
        long heap = Runtime.getRuntime().maxMemory();
        if (heap < needed) {
            assertThat(run(big.toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("29-qubit state vector needs " + needed);
        }
    }

    @Test
    void unboundParametersAskForBind() throws Exception {
        Path param = write("p.qasm", "OPENQASM 3.0;\ninput float[64] g;\nqubit[1] q;\nrx(2*g) q[0];\n");
        assertThat(run(param.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bind");
        err.reset();
        assertThat(run(param.toString(), "--bind", "g=0.5", "--probabilities")).isEqualTo(0);
    }
}
