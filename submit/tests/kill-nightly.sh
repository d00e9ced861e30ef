#!/usr/bin/env bash
# End-to-end: a nightly run killed with SIGKILL in the middle of landing a pipeline's tables, then
# rerun for the same date, leaves every table as an uninterrupted run leaves it, and the killed
# run (and its unfinished step) shows as abandoned in qhybrid.runs.
#
#   submit/tests/kill-nightly.sh [REFERENCE_WAREHOUSE]
#
# REFERENCE_WAREHOUSE: a warehouse where `run nightly --date $DATE` already ran uninterrupted (CI
# passes its own); without it the reference run is made here first. KILL_AT: the log line (a grep
# pattern on the run's stderr) after which the run is killed; by default the moment maxcut has
# landed the first of its four tables (they land concurrently) and not yet all of them (KILLED_STEP:
# the step then running, default maxcut). KEEP_WORK=1 keeps the work directory (logs, warehouses). Exits non-zero on any difference.
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
Q="$HOME_DIR/submit/qhybrid"
DATE="${DATE:-2026-11-24}"
KILL_AT="${KILL_AT:-maxcut: landed }"
KILLED_STEP="${KILLED_STEP:-maxcut}" # the step running when KILL_AT appears
WORK="$(mktemp -d)"
pid=""
trap '[[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null; [[ "${KEEP_WORK:-0}" == 1 ]] && echo "kept $WORK" || rm -rf "$WORK"' EXIT

reference="${1:-}"
if [[ -z "$reference" ]]; then
  reference="$WORK/reference"
  "$Q" --warehouse "$reference" run nightly --date "$DATE" > /dev/null 2> "$WORK/reference.err" \
    || { tail -30 "$WORK/reference.err"; echo "the uninterrupted run failed"; exit 1; }
fi

# The launcher execs the JVM, so the background job's pid is the run's own process.
"$Q" --warehouse "$WORK/killed" run nightly --date "$DATE" > "$WORK/killed.json" 2> "$WORK/killed.err" &
pid=$!
for _ in $(seq 1 4500); do # at most 15 minutes
  grep -q "$KILL_AT" "$WORK/killed.err" && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$WORK/killed.err"; echo "the run ended before '$KILL_AT'"; exit 1; }
  sleep 0.2
done
grep -q "$KILL_AT" "$WORK/killed.err" || { echo "no '$KILL_AT' within 15 minutes"; exit 1; }
kill -9 "$pid"
set +e; { wait "$pid"; } 2>/dev/null; killed_status=$?; set -e
pid=""
echo "killed the nightly run (exit status $killed_status) after: $(grep -m1 "$KILL_AT" "$WORK/killed.err")"
[[ "$killed_status" -eq 137 ]] || { echo "expected the run to die of SIGKILL (137)"; exit 1; }
landed=$(grep -c "$KILLED_STEP: landed " "$WORK/killed.err" || true)
echo "$KILLED_STEP had landed $landed of its 4 tables when it was killed"
[[ "$landed" -lt 4 ]] || echo "warning: all 4 had landed; the rerun repairs a run killed before recording its outcome only"


"$Q" --warehouse "$WORK/killed" run nightly --date "$DATE" > "$WORK/rerun.json" 2> "$WORK/rerun.err" \
  || { tail -30 "$WORK/rerun.err"; echo "the rerun after the kill failed"; exit 1; }
grep -q '"status" : "succeeded"' "$WORK/rerun.json" || { cat "$WORK/rerun.json"; echo "the rerun did not succeed"; exit 1; }

# Per table: row count and an order-free digest (sum of row hashes) of the columns a rerun must
# reproduce: keys and outcomes, not run ids, timestamps, timings, provider job ids or Delta versions.
r6() { local cols=""; for c in "$@"; do cols+="${cols:+, }round($c, 6)"; done; echo "$cols"; }
day="run_date = DATE'$DATE'"
digest="SELECT 'digest' AS s, 'prices' AS t, count(*) AS n, sum(xxhash64(date, asset_id, sector, close)) AS h FROM qhybrid.prices
  UNION ALL SELECT 'digest', 'graph_edges', count(*), sum(xxhash64(graph_id, u, v, weight)) FROM qhybrid.graph_edges
  UNION ALL SELECT 'digest', 'hamiltonian_terms', count(*), sum(xxhash64(geometry_id, molecule, bond_length_angstrom, word, coefficient)) FROM qhybrid.hamiltonian_terms
  UNION ALL SELECT 'digest', 'subproblems', count(*), sum(xxhash64(job, subproblem_id, kind, source_key, size, size_class, $(r6 classical_score), shortlisted, tier, route_reason, approval_id, estimated_cost, model_digest, encoding, encoding_version, config_hash)) FROM qhybrid.subproblems WHERE $day
  UNION ALL SELECT 'digest', 'results', count(*), sum(xxhash64(job, subproblem_id, kind, size, status, routed_tier, tier, backend, method, fallback_reason, best_bitstring, feasible, $(r6 objective exact_objective annealing_objective greedy_objective reference_objective approximation_ratio annealing_ratio greedy_ratio), shots, detail_json, model_digest)) FROM qhybrid.results WHERE $day
  UNION ALL SELECT 'digest', 'quantum_jobs', count(*), sum(xxhash64(job, subproblem_id, attempt, backend, provider, served_by, idempotency_key, num_qubits, shots, status, fallback_reason, trail, cost, approval_id)) FROM qhybrid.quantum_jobs WHERE $day
  UNION ALL SELECT 'digest', 'benchmarks', count(*), sum(xxhash64(job, method, size_class, subproblems, $(r6 mean_ratio min_ratio mean_objective), cost, config_hash)) FROM qhybrid.benchmarks WHERE $day
  UNION ALL SELECT 'digest', 'rejects', count(*), sum(xxhash64(job, source, record_key, raw_record, reason)) FROM qhybrid.rejects WHERE $day
  UNION ALL SELECT 'digest', 'duplicate keys', count(*), 0 FROM (
    SELECT run_date FROM qhybrid.subproblems GROUP BY run_date, job, subproblem_id HAVING count(*) > 1
    UNION ALL SELECT run_date FROM qhybrid.results GROUP BY run_date, job, subproblem_id HAVING count(*) > 1
    UNION ALL SELECT run_date FROM qhybrid.quantum_jobs GROUP BY run_date, job, subproblem_id, attempt HAVING count(*) > 1
    UNION ALL SELECT run_date FROM qhybrid.benchmarks GROUP BY run_date, job, method, size_class HAVING count(*) > 1)
  UNION ALL SELECT 'runs', concat(job, ' ', status), count(*), 0 FROM qhybrid.runs WHERE $day GROUP BY job, status"
"$Q" --warehouse "$reference" sql "$digest" --format csv 2>/dev/null | grep '^digest,' > "$WORK/reference.csv"
"$Q" --warehouse "$WORK/killed" sql "$digest" --format csv 2>/dev/null > "$WORK/after.csv"
grep '^digest,' "$WORK/after.csv" | sort > "$WORK/rerun.csv"
sort -o "$WORK/reference.csv" "$WORK/reference.csv"
echo "uninterrupted:"; cat "$WORK/reference.csv"
echo "killed, then rerun:"; cat "$WORK/rerun.csv"
[[ $(wc -l < "$WORK/reference.csv") -eq 9 ]] || { echo "digest incomplete"; exit 1; }
grep -q '^digest,duplicate keys,0,0$' "$WORK/rerun.csv" || { echo "duplicate keys after the rerun"; exit 1; }
cmp -s "$WORK/reference.csv" "$WORK/rerun.csv" || { echo "the tables differ from the uninterrupted run's"; exit 1; }

echo "runs of $DATE after the kill and the rerun:"; grep '^runs,' "$WORK/after.csv"
for expected in 'nightly abandoned,1' 'nightly succeeded,1' "$KILLED_STEP abandoned,1" "$KILLED_STEP succeeded,1"; do
  grep -q "^runs,$expected,0$" "$WORK/after.csv" || { echo "expected runs: $expected"; exit 1; }
done
if grep -q '^runs,[a-z]* running,' "$WORK/after.csv"; then echo "a run is still shown running"; exit 1; fi
echo "kill-nightly: the rerun after SIGKILL left the same tables as an uninterrupted run"
