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
        try (QpuEmulator emu = QpuEmulator.builder().ionqKey("k1").ibmApiKey("k2").ibmInstance("crn:x").start()) {
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

    @Test
    void badUsageExitsTwo() throws Exception {
        assertThat(new SubmitCommand(EnvironmentSecrets.of(Map.of())).run(List.of("x.qasm"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(Command.BAD_USAGE);
    }
}
