package io.qhybrid.pipelines;

import static java.util.Objects.requireNonNull;

import io.qhybrid.pipelines.internal.HamiltonianSolve;
import io.qhybrid.pipelines.internal.IsingSolve;
import io.qhybrid.pipelines.internal.RecordSchemas;
import io.qhybrid.pipelines.internal.RowBuilder;
import io.qhybrid.pipelines.internal.TaskContext;
import io.qhybrid.pipelines.internal.TestFaults;
import io.qhybrid.pipelines.routing.Tier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The solve stage: runs in each task over its partition of routed candidates, one subproblem at
 * a time, and returns per subproblem its {@code subproblems} record, its {@code results} record
 * (shortlisted ones only) and its backend submissions ({@link RecordSchemas#OUTCOME}). Nothing
 * is dropped: a candidate whose model cannot be built is returned as rejected with the reason.
 *
 * <p>The closure holds only the serialisable {@link ExecutionPlan} and {@link SubproblemKind};
 * pools are looked up per executor JVM.
 */
public final class SubproblemExecutor implements MapPartitionsFunction<Row, Row> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SubproblemExecutor.class);
    /** The prefix of {@code route_reason} for a candidate whose model could not be built. */
    public static final String REJECTED = "rejected";

    private final ExecutionPlan plan;
    private final SubproblemKind kind;
    private volatile boolean solveStageCompleted;

    public SubproblemExecutor(ExecutionPlan plan, SubproblemKind kind) {
        this.plan = requireNonNull(plan, "plan is null");
        this.kind = requireNonNull(kind, "kind is null");
    }

    /**
     * Called on the driver once every partition has been solved and cached. Spark serialises this
     * function again with each later stage, so a task that runs it after this call can only be
     * recomputing a cached partition whose executor was lost: its provider jobs may exist already,
     * and its QPU requests are sent as resubmissions (looked up by idempotency key first).
     */
    void solveStageCompleted() {
        solveStageCompleted = true;
    }

    /** This task's view of the plan; see {@link #solveStageCompleted}. */
    TaskContext taskContext() {
        return new TaskContext(plan, solveStageCompleted);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> candidates) {
        TaskContext context = taskContext();
        int failAfter = TestFaults.failFirstAttemptAfter(); // -1 unless a test sets the switch
        return new Iterator<>() {
            private int solved;

            @Override
            public boolean hasNext() {
                return candidates.hasNext();
            }

            @Override
            public Row next() {
                TestFaults.check(solved, failAfter);
                Row outcome = solve(context, candidates.next());
                solved++;
                return outcome;
            }
        };
    }

    private Row solve(TaskContext context, Row candidate) {
        long start = System.nanoTime();
        String id = candidate.getAs("subproblem_id");
        boolean shortlisted = candidate.getAs("shortlisted");
        String routed = candidate.getAs("tier");
        RowBuilder subproblem = new RowBuilder(RecordSchemas.SUBPROBLEM)
                .set("subproblem_id", id)
                .set("kind", kind.kind())
                .set("source_key", candidate.getAs("source_key"))
                .set("size", candidate.getAs("size"))
                .set("size_class", SizeClass.of(candidate.<Integer>getAs("size")))
                .set("classical_score", candidate.getAs("classical_score"))
                .set("shortlisted", shortlisted)
                .set("tier", routed)
                .set("route_reason", candidate.getAs("route_reason"))
                .set("approval_id", candidate.getAs("approval_id"))
                .set("estimated_cost", candidate.getAs("estimated_cost"));
        EncodedSubproblem encoded;
        try {
            encoded = kind.encode(candidate);
        } catch (RuntimeException e) {
            subproblem.set("shortlisted", false).set("tier", null)
                    .set("route_reason", REJECTED + ": " + e.getMessage());
            return RowFactory.create(subproblem.build(), null, seq(List.of()));
        }
        subproblem.set("model_text", encoded.modelText())
                .set("encoding", encoded.encoding().name())
                .set("encoding_version", encoded.encoding().version())
                .set("model_digest", ExecutionPlan.digest(encoded.modelText()));
        if (!shortlisted || routed == null) {
            return RowFactory.create(subproblem.build(), null, seq(List.of()));
        }
        Tier tier = Tier.valueOf(routed.toUpperCase(Locale.ROOT).replace('-', '_'));
        String approvalId = candidate.getAs("approval_id");
        List<Row> jobs = new ArrayList<>();
        RowBuilder result = new RowBuilder(RecordSchemas.RESULT)
                .set("subproblem_id", id)
                .set("kind", kind.kind())
                .set("size", encoded.size())
                .set("size_class", SizeClass.of(encoded.size()))
                .set("routed_tier", routed)
                .set("approval_id", approvalId)
                .set("encoding", encoded.encoding().name())
                .set("encoding_version", encoded.encoding().version())
                .set("model_digest", ExecutionPlan.digest(encoded.modelText()));
        try {
            if (encoded instanceof IsingSubproblem ising) {
                new IsingSolve(context).run(id, ising, tier, approvalId, result, jobs);
            } else {
                new HamiltonianSolve(context).run(id, (HamiltonianSubproblem) encoded, tier, approvalId, result, jobs);
            }
        } catch (RuntimeException e) { // a solver bug must not lose the subproblem: answer classically, say why
            LOG.warn("solving {} on {} failed, answering classically: {}", id, routed, e.toString());
            SolverFailure.answer(encoded, plan, id, e, result);
        }
        result.set("solve_ms", (System.nanoTime() - start) / 1_000_000);
        return RowFactory.create(subproblem.build(), result.build(), seq(jobs));
    }

    private static scala.collection.Seq<Row> seq(List<Row> rows) {
        return scala.collection.JavaConverters.asScalaBuffer(rows).toSeq();
    }
}
