package io.qhybrid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.variational.QaoaResult;

/** The QAOA fields of a {@code solve} result: layers, optimised angles, expectation and work done. */
final class QaoaJson {
    private QaoaJson() {}

    static void add(ObjectNode result, QaoaResult qaoa) {
        result.put("layers", qaoa.layers());
        ArrayNode gammas = result.putArray("gammas");
        for (double g : qaoa.gammas()) {
            gammas.add(g);
        }
        ArrayNode betas = result.putArray("betas");
        for (double b : qaoa.betas()) {
            betas.add(b);
        }
        result.put("expectation", qaoa.expectation());
        result.put("evaluations", qaoa.evaluations());
        result.put("starts", qaoa.starts());
        result.put("shots", qaoa.shots());
    }
}
