package io.qhybrid.pipelines.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterTest {
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private static final Approval PORTFOLIO = new Approval("ap-1", "risk-officer", "portfolio", 10_000, 50.0,
            Instant.parse("2026-12-01T00:00:00Z"));
    private static final Approval EXPIRED_MAXCUT = new Approval("ap-0", "lead", "maxcut:subgraph", 10_000, 50.0,
            Instant.parse("2026-11-01T00:00:00Z"));

    @ParameterizedTest(name = "{0} {1} n={2} qpu={3} cost={4} left={5} healthy={6} -> {7} {8}")
    @CsvSource({
            // job, kind, n, qpu enabled, cost, budget left, healthy, tier, reason
            "portfolio, sector, 6, true, 1, 100, true, CLASSICAL_EXACT, tiny",
            "portfolio, sector, 8, true, 1, 100, true, CLASSICAL_EXACT, tiny",
            "portfolio, sector, 9, false, 1, 100, true, SIMULATOR, qpu_disabled",
            "portfolio, sector, 30, false, 1, 100, true, HEURISTIC, too_large",
            "portfolio, sector, 12, true, 1, 100, true, QPU, approved",
            "portfolio, sector, 12, true, 200, 100, true, SIMULATOR, budget_exhausted",
            "portfolio, sector, 12, true, 60, 100, true, SIMULATOR, budget_exhausted",
            "portfolio, sector, 12, true, 1, 100, false, SIMULATOR, backend_unhealthy",
            "portfolio, sector, 22, true, 1, 100, true, SIMULATOR, too_large_for_qpu",
            "maxcut, subgraph, 12, true, 1, 100, true, SIMULATOR, approval_expired",
            "molecule, geometry, 12, true, 1, 100, true, SIMULATOR, not_approved",
            "molecule, geometry, 26, true, 1, 100, true, HEURISTIC, too_large",
    })
    void firstApplicableRuleDecides(String job, String kind, int n, boolean qpu, double cost, double left,
            boolean healthy, Tier tier, String reason) {
        Router router = new Router(new RoutingPolicy(8, 24, qpu, 20), List.of(PORTFOLIO, EXPIRED_MAXCUT));
        RouteDecision decision = router.route(job, kind, n, cost, left, healthy, NOW);
        assertThat(decision.tier()).isEqualTo(tier);
        assertThat(decision.reason()).isEqualTo(reason);
        assertThat(decision.approvalId()).isEqualTo(tier == Tier.QPU ? "ap-1" : null);
    }

    @ParameterizedTest
    @CsvSource({"*, anything, x, true", "maxcut, maxcut, subgraph, true", "maxcut:subgraph, maxcut, subgraph, true",
            "maxcut:other, maxcut, subgraph, false", "portfolio, maxcut, subgraph, false"})
    void scopes(String scope, String job, String kind, boolean covers) {
        Approval approval = new Approval("a", "b", scope, 1, 1, NOW.plusSeconds(60));
        assertThat(approval.covers(job, kind)).isEqualTo(covers);
        assertThat(approval.expiredAt(NOW)).isFalse();
        assertThat(approval.expiredAt(NOW.plusSeconds(60))).isTrue();
    }
}
