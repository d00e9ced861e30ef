package io.qhybrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulatorCommandTest {
    @Test
    void printsLoopbackEndpointsAndStopsAfterTheGivenTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new EmulatorCommand().run(List.of("--port", "0", "--faults", "5xx=0.1", "--queue-ms", "50",
                "--for-seconds", "1"), new PrintStream(out), System.err);
        JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(json.path("endpoint").asText()).startsWith("http://127.0.0.1:");
        assertThat(json.path("counters").asText()).endsWith("/admin/counters");
    }

    @Test
    void badFaultSpecIsAUsageError() {
        int code = QHybridMainCompat.run(new EmulatorCommand(), List.of("--faults", "nonsense=1", "--for-seconds", "1"));
        assertThat(code).isEqualTo(Command.BAD_USAGE);
    }

    @Test
    void noiseOptionsAreReportedAndAMissingNoiseFileIsAUsageError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new EmulatorCommand().run(List.of("--port", "0", "--noiseless", "--for-seconds", "1"),
                new PrintStream(out), System.err);
        assertThat(code).isZero();
        assertThat(Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).path("noise").asText()).isEqualTo("none");
        assertThat(QHybridMainCompat.run(new EmulatorCommand(), List.of("--port", "0", "--noise", "no-such-noise.json",
                "--for-seconds", "1"))).isEqualTo(Command.BAD_USAGE);
        assertThat(QHybridMainCompat.run(new EmulatorCommand(), List.of("--port", "0", "--noise", "x.json",
                "--noiseless", "--for-seconds", "1"))).isEqualTo(Command.BAD_USAGE);
    }

    /** Runs a command the way the launcher does: user errors become exit code 2. */
    static final class QHybridMainCompat {
        static int run(Command command, List<String> args) {
            try {
                return command.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
            } catch (io.qhybrid.error.QHybridException e) {
                return e.kind() == io.qhybrid.error.ErrorKind.USER_ERROR ? Command.BAD_USAGE : Command.FAILED;
            } catch (Exception e) {
                return Command.FAILED;
            }
        }
    }
}
