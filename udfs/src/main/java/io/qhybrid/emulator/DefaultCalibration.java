package io.qhybrid.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.backend.internal.JsonCodec;

/** A fixed, plausible calibration document for the emulated device (per-qubit T1, T2, readout error). */
final class DefaultCalibration {
    private DefaultCalibration() {}

    static String json(int qubits) {
        ObjectNode doc = JsonCodec.object().put("backend_name", "qhybrid_emulator").put("backend_version", "1.0.0")
                .put("last_update_date", "2026-01-01T00:00:00Z");
        ArrayNode qs = doc.putArray("qubits");
        for (int q = 0; q < qubits; q++) {
            qs.addObject().put("qubit", q).put("t1_us", 120.0 + q).put("t2_us", 90.0 + q)
                    .put("readout_error", 0.01).put("sx_error", 0.0003);
        }
        doc.putObject("gates").put("cx_error", 0.008);
        return JsonCodec.write(doc);
    }
}
