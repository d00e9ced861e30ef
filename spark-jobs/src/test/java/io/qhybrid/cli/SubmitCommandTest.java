package io.qhybrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.emulator.QpuEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitCommandTest {
    private static final String QASM = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[3] q;\nbit[3] c;\n"
            + "x q[0];\nx q[2];\nc = measure q;\n";

    @Test
    void submitsToBothEmulatedProvidersAndPrintsCounts(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.qasm"), QASM);
        try (QpuEmulator emu = QpuEmulator.builder().noiseless().ionqKey("k1").ibmApiKey("k2").ibmInstance("crn:x").start()) {
            SubmitCommand command = new SubmitCommand(EnvironmentSecrets.of(Map.of("IONQ_API_KEY", "k1",
                    "QISKIT_IBM_TOKEN", "k2", "QISKIT_IBM_INSTANCE", "crn:x")));
            for (String backend : List.of("ionq", "ibm")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int code = command.run(List.of(file.toString(), "--backend", backend, "--endpoint",
                        emu.baseUri().toString(), "--shots", "64"), new PrintStream(out), System.err);
                JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
                assertThat(code).isZero();
                assertThat(json.path("tier").asText()).isEqualTo("qpu");
                assertThat(json.path("counts").path("101").asLong()).isEqualTo(64);
                assertThat(json.path("provider_job_id").asText()).isNotBlank();
                assertThat(json.path("fallback_reason").isNull()).isTrue();
            }
        }
    }

    /** rx(pi) and ry(pi) flip their qubit exactly, so the only outcome is q2 q1 q0 = 101. */
    private static final String EXPRESSIONS = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[3] q;\nbit[3] c;\n"
            + "rx(pi) q[0];\nh q[1];\nrz(2 * pi / 4 - pi / 2) q[1];\nh q[1];\nry(pi / 2 + pi / 2) q[2];\nc = measure q;\n";

    @Test
    void runsFullOpenQasmOnTheLocalSimulators(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("expr.qasm"), EXPRESSIONS);
        JsonNode exact = submit(file, "--backend", "statevector", "--shots", "50");
        assertThat(exact.path("tier").asText()).isEqualTo("qpu");
        assertThat(exact.path("qubits").asInt()).isEqualTo(3);
        assertThat(exact.path("counts").size()).isEqualTo(1);
        assertThat(exact.path("counts").path("101").asLong()).isEqualTo(50);
        // readout that always flips: every shot of 101 is read as 010
        Path flip = Files.writeString(dir.resolve("flip.json"), "{\"readout\": {\"p01\": 1.0, \"p10\": 1.0}}");
        JsonNode noisy = submit(file, "--backend", "noisy", "--noise", flip.toString(), "--shots", "40");
        assertThat(noisy.path("counts").size()).isEqualTo(1);
        assertThat(noisy.path("counts").path("010").asLong()).isEqualTo(40);
    }

    private static JsonNode submit(Path file, String... options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of(file.toString()));
        args.addAll(List.of(options));
        int code = new SubmitCommand(EnvironmentSecrets.of(Map.of())).run(args, new PrintStream(out), System.err);
        assertThat(code).isZero();
        return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertThat(new SubmitCommand(EnvironmentSecrets.of(Map.of())).run(List.of("x.qasm"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(Command.BAD_USAGE);
    }
}
