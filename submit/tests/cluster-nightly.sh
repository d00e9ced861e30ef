#!/usr/bin/env bash
# End-to-end: `nightly` on a real standalone cluster (one Master, two Workers, separate JVMs on
# loopback) through SparkSubmit finds the same table contents as the same run in local mode.
#
#   submit/tests/cluster-nightly.sh [LOCAL_WAREHOUSE]
#
# LOCAL_WAREHOUSE: a warehouse where `run nightly --date $DATE` already ran in local mode;
# without it the local run is made here first. Exits non-zero on any difference.
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
Q="$HOME_DIR/submit/qhybrid"
DATE="${DATE:-2026-11-24}"
WORK="$(mktemp -d)"
export QHYBRID_CLUSTER_DIR="$WORK/cluster"
trap '"$Q" cluster stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

local_wh="${1:-}"
if [[ -z "$local_wh" ]]; then
  local_wh="$WORK/local"
  "$Q" --warehouse "$local_wh" run nightly --date "$DATE" > /dev/null
fi

master=$("$Q" cluster start | sed -n 's/.*"master":"\([^"]*\)".*/\1/p')
[[ "$master" == spark://127.0.0.1:* ]] || { echo "cluster did not start"; exit 1; }
echo "cluster: $master"
# small partition counts: two single-core executors
"$Q" --master "$master" --profile standalone --warehouse "$WORK/cluster-wh" \
  --conf spark.sql.shuffle.partitions=4 --conf spark.databricks.delta.snapshotPartitions=2 \
  --conf spark.executor.memory=1g --conf spark.cores.max=2 \
  run nightly --date "$DATE" > "$WORK/cluster-run.json"
grep -q '"status" : "succeeded"' "$WORK/cluster-run.json" || { cat "$WORK/cluster-run.json"; echo "cluster nightly did not succeed"; exit 1; }

executors=$(ls "$QHYBRID_CLUSTER_DIR"/work-*/ 2>/dev/null | grep -c '^app-' || true)
echo "executor work directories of the cluster run: $executors"
[[ "$executors" -ge 1 ]] || { echo "no executor ran on the workers"; exit 1; }

# One query per warehouse: row count and an order-free digest (sum of row hashes) per table.
digest="SELECT 'prices' AS t, count(*) AS n, sum(xxhash64(date, asset_id, sector, close)) AS h FROM qhybrid.prices
  UNION ALL SELECT 'graph_edges', count(*), sum(xxhash64(graph_id, u, v, weight)) FROM qhybrid.graph_edges
  UNION ALL SELECT 'hamiltonian_terms', count(*), sum(xxhash64(geometry_id, molecule, bond_length_angstrom, word, coefficient)) FROM qhybrid.hamiltonian_terms
  UNION ALL SELECT 'subproblems', count(*), sum(xxhash64(job, subproblem_id, size, shortlisted, tier, route_reason, model_digest)) FROM qhybrid.subproblems
  UNION ALL SELECT 'results', count(*), sum(xxhash64(job, subproblem_id, tier, best_bitstring, round(objective, 9), round(approximation_ratio, 9))) FROM qhybrid.results
  UNION ALL SELECT 'runs (job, status)', count(DISTINCT job, status), sum(DISTINCT xxhash64(job, status)) FROM qhybrid.runs WHERE run_date = DATE'$DATE'"
"$Q" --warehouse "$local_wh" sql "$digest" --format csv > "$WORK/local.csv" 2>/dev/null
"$Q" --warehouse "$WORK/cluster-wh" sql "$digest" --format csv > "$WORK/cluster.csv" 2>/dev/null
echo "local:";   cat "$WORK/local.csv"
echo "cluster:"; cat "$WORK/cluster.csv"
if ! cmp -s "$WORK/local.csv" "$WORK/cluster.csv"; then
  echo "the cluster run's tables differ from the local run's"; exit 1
fi
[[ $(wc -l < "$WORK/local.csv") -eq 7 ]] || { echo "digest incomplete"; exit 1; }
echo "cluster nightly: same tables as local mode"
