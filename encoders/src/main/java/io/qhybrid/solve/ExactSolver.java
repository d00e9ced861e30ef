package io.qhybrid.solve;

import static java.util.Objects.requireNonNull;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.model.IsingModel;
import io.qhybrid.solve.internal.BestState;
import io.qhybrid.solve.internal.GrayCodeSearch;
import io.qhybrid.solve.internal.SpinArrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Exact minimisation by enumerating all {@code 2^n} states in Gray-code order with incremental
 * energy updates (O(1) per state in the low block, O(n) per high flip; see the internal
 * {@code GrayCodeSearch}). Optionally multi-threaded by splitting the space on its top bits.
 *
 * <p>Ties: energies within {@code 1e-12} times the sum of coefficient magnitudes count as equal,
 * and the lowest state index wins, independently of the thread count. The reported objective is
 * the model's own {@link IsingModel#energy(long)} of the winning state.
 */
public final class ExactSolver implements Solver {
    /** Largest model enumerated; past about 30 spins a run takes minutes to hours. */
    public static final int MAX_VARIABLES = 36;

    private final int threads;

    public ExactSolver() {
        this(1);
    }

    public ExactSolver(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be positive, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public String method() {
        return "exact";
    }

    @Override
    public Solution solve(IsingModel model) {
        requireNonNull(model, "model is null");
        int n = model.numSpins();
        if (n > MAX_VARIABLES) {
            throw QHybridErrors.tooLarge("exact enumeration of " + n + " variables", n, MAX_VARIABLES,
                    "Use --method sa or greedy for larger problems.");
        }
        SpinArrays arrays = new SpinArrays(model);
        double tolerance = 1e-12 * Math.max(1.0, arrays.scale());
        GrayCodeSearch search = new GrayCodeSearch(n, arrays.h, arrays.denseCouplings(), arrays.offset, tolerance);
        BestState best = threads == 1 || search.highBits() == 0
                ? search.searchTask(0, 0)
                : searchInParallel(search, tolerance);
        return new Solution(best.state(), n, model.energy(best.state()), method());
    }

    private BestState searchInParallel(GrayCodeSearch search, double tolerance) {
        // a few tasks per thread keeps the threads busy to the end
        int taskBits = Math.min(search.highBits(), 32 - Integer.numberOfLeadingZeros(threads * 4 - 1));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "exact-solver");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<BestState>> parts = new ArrayList<>();
            for (long task = 0; task < 1L << taskBits; task++) {
                long fixed = task;
                parts.add(pool.submit(() -> search.searchTask(taskBits, fixed)));
            }
            BestState best = new BestState(tolerance);
            for (Future<BestState> part : parts) {
                best.merge(part.get());
            }
            return best;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw QHybridErrors.internal("exact enumeration was interrupted", e);
        } catch (ExecutionException e) {
            throw QHybridErrors.internal("exact enumeration failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
