package io.qhybrid.pipelines.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes a run's shortlisted subproblems on the driver, in subproblem id order so the plan is the
 * same on every rerun: the {@link Router} decides per subproblem, and this plan keeps the
 * running totals the router cannot see: the run's remaining QPU cost and shots, and what each
 * approval still allows after its spending on other dates. A QPU decision that would pass either
 * becomes a simulator decision with reason {@code budget_exhausted}.
 */
public final class RoutingPlan {
    /** One routed subproblem. */
    public record Entry(String subproblemId, int size, RouteDecision decision, double estimatedCost, long shots) {}

    private final Router router;
    private final Map<String, Approval> approvals = new HashMap<>();
    private final Map<String, double[]> approvalRemaining = new HashMap<>();
    private double runCost;
    private long runShots;

    /**
     * @param spent cost and shots already spent per approval (see {@link ApprovalsTable#spentOutside})
     * @param runMaxCost the run's QPU cost budget
     * @param runMaxShots the run's QPU shot budget
     */
    public RoutingPlan(Router router, List<Approval> approvals, Map<String, double[]> spent, double runMaxCost,
            long runMaxShots) {
        this.router = router;
        for (Approval a : approvals) {
            this.approvals.put(a.approvalId(), a);
            double[] s = spent.getOrDefault(a.approvalId(), new double[2]);
            approvalRemaining.put(a.approvalId(), new double[] {a.maxCost() - s[0], a.maxShots() - s[1]});
        }
        this.runCost = runMaxCost;
        this.runShots = runMaxShots;
    }

    /**
     * @param costPerJob estimated cost of one QPU job of {@code shotsPerJob} shots
     * @param jobsPerSubproblem QPU jobs one subproblem needs (measurement groups for VQE)
     */
    public Entry route(String job, String kind, String subproblemId, int size, double costPerJob, int shotsPerJob,
            int jobsPerSubproblem, boolean backendHealthy, Instant now) {
        double cost = costPerJob * jobsPerSubproblem;
        long shots = (long) shotsPerJob * jobsPerSubproblem;
        // the router sees one budget figure: the run's cost left, or none when its shots cannot cover this
        double runBudget = runShots >= shots ? runCost : -1;
        RouteDecision d = router.route(job, kind, size, cost, runBudget, backendHealthy, now);
        if (d.tier() == Tier.QPU) {
            double[] left = approvalRemaining.get(d.approvalId());
            if (left[0] < cost || left[1] < shots) {
                d = new RouteDecision(Tier.SIMULATOR, "budget_exhausted", null);
            } else {
                left[0] -= cost;
                left[1] -= shots;
                runCost -= cost;
                runShots -= shots;
                return new Entry(subproblemId, size, d, cost, shots);
            }
        }
        return new Entry(subproblemId, size, d, 0, 0);
    }
}
