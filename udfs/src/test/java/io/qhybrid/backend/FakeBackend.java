package io.qhybrid.backend;

import io.qhybrid.circuit.Gate;
import java.util.EnumSet;

/** A base fake: every operation throws until a test overrides the ones it uses. */
public class FakeBackend implements QuantumBackend {
    @Override
    public String name() {
        return "fake";
    }

    @Override
    public String provider() {
        return "fake";
    }

    @Override
    public BackendCapabilities capabilities() {
        return new BackendCapabilities(20, EnumSet.allOf(Gate.class), 1, 100_000, 1, new CostModel(1, 0.01, "USD"), null);
    }

    @Override
    public JobHandle submit(SubmitRequest request) {
        throw new UnsupportedOperationException("submit");
    }

    @Override
    public JobStatus status(JobHandle handle) {
        throw new UnsupportedOperationException("status");
    }

    @Override
    public CountsResult result(JobHandle handle) {
        throw new UnsupportedOperationException("result");
    }

    @Override
    public void cancel(JobHandle handle) {
        throw new UnsupportedOperationException("cancel");
    }
}
