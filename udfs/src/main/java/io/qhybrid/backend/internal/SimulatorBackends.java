package io.qhybrid.backend.internal;

import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.BackendFactory;
import io.qhybrid.backend.NoiseParameters;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.simulator.Calibrations;
import io.qhybrid.simulator.NoiseModel;
import io.qhybrid.simulator.SimulatorRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two in-process backend types: {@code statevector} (exact, seeded sampling) and
 * {@code noisy} (trajectories under a noise model). The noisy backend reads option
 * {@code noise-file}, a noise or calibration JSON document (see {@link Calibrations}); without it
 * the default emulated-device calibration applies.
 */
public final class SimulatorBackends {
    public static final String STATEVECTOR = "statevector";
    public static final String NOISY = "noisy";
    /** Option naming the noise document of a {@code noisy} backend. */
    public static final String NOISE_FILE = "noise-file";

    private SimulatorBackends() {}

    public static BackendFactory statevector() {
        return RunnerBackend.factory(STATEVECTOR, SimulatorRunner.exact(), NoiseParameters.NONE);
    }

    public static BackendFactory noisy() {
        return RunnerBackend.factory(NOISY, config -> SimulatorRunner.noisy(noiseOf(config)), NoiseParameters.NONE);
    }

    /** The noise model a {@code noisy} backend config names. */
    public static NoiseModel noiseOf(BackendConfig config) {
        String file = config.option(NOISE_FILE, null);
        return file == null ? Calibrations.defaultNoise() : read(Path.of(file));
    }

    /** Reads a noise or calibration document from a file. */
    public static NoiseModel read(Path file) {
        try {
            return Calibrations.noiseModel(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw QHybridErrors.invalidArgument("noise file", file,
                    "Give a readable JSON noise or calibration document (" + e.getMessage() + ").");
        }
    }
}
