package io.qhybrid.backend;

/**
 * A backend that publishes device calibration (gate fidelities, T1/T2, readout errors). The
 * document is stored verbatim with every job in lineage, so results can be judged against the
 * device state they ran on.
 */
public interface SupportsCalibration {
    /** The current calibration as a JSON document, fetched from the provider (one call). */
    String calibrationJson();
}
