package io.qhybrid.backend;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Circuit;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One job to submit: a batch of bound, measured circuits, each run for {@link #shots()} shots,
 * with provider options and the idempotency key that makes resubmission safe.
 *
 * <p>The idempotency key names the logical submission (typically
 * {@code run_id/subproblem_id/attempt-group}); every retry of the same submission carries the
 * same key, and a backend implementing {@link SupportsReconcile} can find the job from it.
 * Keys are 1-64 characters of {@code [A-Za-z0-9._:-]} so every provider can store them as a tag.
 */
public final class SubmitRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Circuit> circuits;
    private final int shots;
    private final long seed;
    private final Map<String, String> options;
    private final String idempotencyKey;

    private SubmitRequest(Builder b) {
        this.circuits = List.copyOf(b.circuits);
        this.shots = b.shots;
        this.seed = b.seed;
        this.options = Map.copyOf(b.options);
        this.idempotencyKey = requireNonNull(b.idempotencyKey, "idempotencyKey is null");
        if (circuits.isEmpty()) {
            throw new IllegalArgumentException("a submit request needs at least one circuit");
        }
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be positive, got " + shots);
        }
        if (!idempotencyKey.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new IllegalArgumentException("idempotency key must be 1-64 characters of [A-Za-z0-9._:-], got '"
                    + idempotencyKey + "'");
        }
        for (Circuit c : circuits) {
            if (!c.isBound()) {
                throw new IllegalArgumentException("circuit has unbound parameters " + c.parameters());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The circuits, in order; results come back in the same order. */
    public List<Circuit> circuits() {
        return circuits;
    }

    /** The first (usually only) circuit. */
    public Circuit circuit() {
        return circuits.get(0);
    }

    public int shots() {
        return shots;
    }

    /** Seed for backends that sample locally; remote providers ignore it. */
    public long seed() {
        return seed;
    }

    /** Provider options (e.g. {@code noise-model}); never secrets. */
    public Map<String, String> options() {
        return options;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public String toString() {
        return "SubmitRequest[key=" + idempotencyKey + ", circuits=" + circuits.size() + ", shots=" + shots + "]";
    }

    /** Builds a {@link SubmitRequest}. */
    public static final class Builder {
        private final List<Circuit> circuits = new ArrayList<>();
        private int shots = 1000;
        private long seed;
        private final Map<String, String> options = new LinkedHashMap<>();
        private String idempotencyKey;

        public Builder circuit(Circuit circuit) {
            circuits.add(requireNonNull(circuit, "circuit is null").withMeasurement());
            return this;
        }

        public Builder shots(int shots) {
            this.shots = shots;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder option(String key, String value) {
            options.put(requireNonNull(key, "key is null"), requireNonNull(value, "value is null"));
            return this;
        }

        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        public SubmitRequest build() {
            return new SubmitRequest(this);
        }
    }
}
