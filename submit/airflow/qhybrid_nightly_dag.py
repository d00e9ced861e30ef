"""QHybrid nightly: ingest, the three pipelines, QPU job collection and the report.

Every task is one `submit/qhybrid` command for the run's logical date (`{{ ds }}`):

    ingest -> portfolio, maxcut, molecule -> collect -> report

Settings, each an Airflow Variable, else an environment variable of the worker, else a default:

    qhybrid_home       QHYBRID_HOME              /opt/qhybrid         the QHybrid checkout, built
    qhybrid_warehouse  QHYBRID_WAREHOUSE         <home>/warehouse     tables and metastore
    qhybrid_options    QHYBRID_LAUNCHER_OPTIONS  (none)               e.g. --master URL --profile NAME
    qhybrid_reports    QHYBRID_REPORT_DIR        <home>/reports       one report directory per date

QHYBRID_DAG_MAX_ACTIVE_TASKS (environment, default 1) lets the pipelines run at once, which needs
a metastore that admits several processes.

See docs/airflow.md. Needs Airflow 2.4 or later (2.x) and no provider package.
"""
from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator

log = logging.getLogger("airflow.task")

DAG_ID = "qhybrid_nightly"


def _setting(variable: str, env: str, default: str) -> str:
    # Read when a task renders its command, never while the scheduler parses this file.
    value = Variable.get(variable, default_var=None) or os.environ.get(env)
    return value if value else default


def qhybrid_home() -> str:
    return _setting("qhybrid_home", "QHYBRID_HOME", "/opt/qhybrid").rstrip("/")


def qhybrid_warehouse() -> str:
    return _setting("qhybrid_warehouse", "QHYBRID_WAREHOUSE", qhybrid_home() + "/warehouse")


def qhybrid_options() -> str:
    return _setting("qhybrid_options", "QHYBRID_LAUNCHER_OPTIONS", "")


def qhybrid_reports() -> str:
    return _setting("qhybrid_reports", "QHYBRID_REPORT_DIR", qhybrid_home() + "/reports")


# The launcher with its absolute path and warehouse: BashOperator runs each command in a fresh
# temporary directory, where the launcher's default ./warehouse would be a new, empty one.
# QHYBRID_NO_BUILD=1: a scheduled task never starts a Maven build; a missing or stale build
# fails the task with the command that fixes it.
QHYBRID = (
    'QHYBRID_NO_BUILD=1 "{{ qhybrid_home() }}/submit/qhybrid"'
    ' --warehouse "{{ qhybrid_warehouse() }}" {{ qhybrid_options() }}'
)

# Appended to every command. Exit 3 (partial success: bad records rejected under the threshold)
# counts as success so the night goes on; the warning is the task's last output line, so it is
# also its XCom return_value, and the run is `partial` in qhybrid.runs. BashOperator fails a task
# on any other non-zero code: 1 and 2 as failures, 75 (collect: QPU jobs still pending) so that
# Airflow retries it after its retry_delay. (99, BashOperator's skip code, is not a launcher code.)
EXIT_CODES = (
    '; rc=$?'
    '; if [ "$rc" -eq 3 ]; then'
    ' echo "WARNING: qhybrid: partial success (exit 3): records were rejected; see qhybrid.rejects" >&2'
    '; exit 0; fi'
    '; if [ "$rc" -eq 75 ]; then'
    ' echo "qhybrid: QPU jobs still pending (exit 75); the task is retried after its retry_delay" >&2'
    '; fi'
    '; exit "$rc"'
)


def log_failure(context) -> None:
    """Logs the failed task and date, and the command that shows that date's runs."""
    ti = context["task_instance"]
    ds = context["ds"]
    sql = (
        "SELECT run_id, job, status, started_at, finished_at, message FROM qhybrid.runs"
        f" WHERE run_date = DATE'{ds}' ORDER BY started_at"
    )
    options = qhybrid_options()
    command = (
        f'"{qhybrid_home()}/submit/qhybrid" --warehouse "{qhybrid_warehouse()}"'
        + (f" {options}" if options else "")
        + f' sql "{sql}"'
    )
    log.error("%s: task %s failed for %s (try %s): %s", DAG_ID, ti.task_id, ds, ti.try_number,
              context.get("exception"))
    log.error("%s: the runs of %s: %s", DAG_ID, ds, command)


# Retries are safe: a run is idempotent per date (every table write is a MERGE keyed by run date
# and subproblem), and a try stopped before it recorded its outcome is marked abandoned in
# qhybrid.runs by the next try of the same job and date.
DEFAULT_ARGS = {
    "owner": "qhybrid",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(hours=3),
    "on_failure_callback": log_failure,
}

# Collect ends with 75 while QPU jobs are pending before their deadline: wait longer between
# tries, for up to 12 hours. Keep that window longer than the QPU job deadline.
COLLECT_RETRIES = 24
COLLECT_RETRY_DELAY = timedelta(minutes=30)

# The pipelines are independent, but the launcher's embedded Derby metastore admits one process
# at a time; raise this only with a shared metastore (see docs/airflow.md).
MAX_ACTIVE_TASKS = int(os.environ.get("QHYBRID_DAG_MAX_ACTIVE_TASKS", "1"))

with DAG(
    dag_id=DAG_ID,
    description="QHybrid: ingest, portfolio, maxcut, molecule, collect QPU jobs, report",
    schedule="@daily",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    max_active_tasks=MAX_ACTIVE_TASKS,
    default_args=DEFAULT_ARGS,
    user_defined_macros={
        "qhybrid_home": qhybrid_home,
        "qhybrid_warehouse": qhybrid_warehouse,
        "qhybrid_options": qhybrid_options,
        "qhybrid_reports": qhybrid_reports,
    },
    doc_md=__doc__,
    tags=["qhybrid"],
) as dag:
    ingest = BashOperator(
        task_id="ingest",
        bash_command=QHYBRID + " run ingest --date {{ ds }}" + EXIT_CODES,
    )
    portfolio = BashOperator(
        task_id="portfolio",
        bash_command=QHYBRID + " run portfolio --date {{ ds }}" + EXIT_CODES,
    )
    maxcut = BashOperator(
        task_id="maxcut",
        bash_command=QHYBRID + " run maxcut --date {{ ds }}" + EXIT_CODES,
    )
    molecule = BashOperator(
        task_id="molecule",
        bash_command=QHYBRID + " run molecule --date {{ ds }}" + EXIT_CODES,
    )
    collect = BashOperator(
        task_id="collect",
        bash_command=QHYBRID + " run collect --date {{ ds }}" + EXIT_CODES,
        retries=COLLECT_RETRIES,
        retry_delay=COLLECT_RETRY_DELAY,
        execution_timeout=timedelta(hours=1),
    )
    report = BashOperator(
        task_id="report",
        bash_command=QHYBRID + ' report latest --out "{{ qhybrid_reports() }}/{{ ds }}"' + EXIT_CODES,
        # Optional: an SLA miss is recorded (and mailed, where mail is set up) when the night's
        # report is not done 8 hours after the end of the day it covers.
        sla=timedelta(hours=8),
    )

    ingest >> [portfolio, maxcut, molecule] >> collect >> report
