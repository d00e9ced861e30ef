#!/usr/bin/env python3
"""Checks the Airflow DAG without Airflow: it compiles, and every task runs a real launcher command.

    submit/tests/check-airflow-dag.py [DAG_FILE]     check the DAG (default: the nightly DAG)
    submit/tests/check-airflow-dag.py --self-test    show that broken copies of the DAG fail

The DAG is compiled with py_compile, then read with ast (never imported): every bash_command is
evaluated from string literals, f-strings, `+` and module-level string constants. In each command,
every `submit/qhybrid` invocation must name a command the launcher has and, for `run <job>`, a job
it knows, with `--date {{ ds }}`. What the launcher has is read from its own text, not run:
`submit/qhybrid help` needs no build but creates ./warehouse in the working directory. Commands:
the usage text's command lines and the dispatch `case "$COMMAND"`; jobs: conf/jobs/*.yaml and the
usage's "run a job:" list. Launcher options (--warehouse DIR, ...) come from the usage text.

Exit codes: 0 the DAG is sound, 1 a problem (each named on its own line), 2 the launcher text
cannot be read.
"""
import argparse
import ast
import py_compile
import re
import shlex
import sys
import tempfile
from pathlib import Path

HOME = Path(__file__).resolve().parents[2]
DAG = HOME / "submit" / "airflow" / "qhybrid_nightly_dag.py"
LAUNCHER = HOME / "submit" / "qhybrid"
JOBS_DIR = HOME / "conf" / "jobs"
LAUNCHER_NAME = "submit/qhybrid"
PLACEHOLDER = re.compile(r"@J(\d+)@")


class LauncherTextError(Exception):
    """The launcher's usage or dispatch is not where this check looks for it."""


class Unresolvable(Exception):
    """A bash_command built from something other than strings and module-level constants."""


class Launcher:
    """The commands, jobs and launcher options that submit/qhybrid's own text declares."""

    def __init__(self, text, jobs_dir):
        usage = re.search(r"<<'USAGE'\n(.*?)\nUSAGE\n", text, re.S)
        if not usage:
            raise LauncherTextError("no usage text (cat <<'USAGE' ... USAGE) in " + LAUNCHER_NAME)
        usage = usage.group(1)
        section = re.search(r"^commands:\n(.*?)(?:\n\n|\Z)", usage, re.S | re.M)
        if not section:
            raise LauncherTextError("no 'commands:' section in the usage text of " + LAUNCHER_NAME)
        self.usage_commands = set(re.findall(r"^  ([a-z][a-z0-9-]*)", section.group(1), re.M))
        dispatch = re.search(r'^case "\$COMMAND" in\n(.*?)^esac', text, re.S | re.M)
        if not dispatch:
            raise LauncherTextError('no dispatch (case "$COMMAND" in ... esac) in ' + LAUNCHER_NAME)
        self.dispatched = {name for pattern in re.findall(r"^  ([^\s()]+)\)", dispatch.group(1), re.M)
                           for name in pattern.split("|") if name != "*" and not name.startswith("-")}
        listed = re.search(r"run a job: ([a-z0-9_, -]+)$", usage, re.M)
        if not listed:
            raise LauncherTextError("no 'run a job: ...' list in the usage text of " + LAUNCHER_NAME)
        self.usage_jobs = {job.strip() for job in listed.group(1).split(",") if job.strip()}
        self.file_jobs = {path.stem for path in Path(jobs_dir).glob("*.yaml")}
        options = re.search(r"^launcher options: (.*)$", usage, re.M)
        self.options = set(re.findall(r"--[a-z-]+", options.group(1))) if options else set()

    @property
    def commands(self):
        return self.usage_commands | self.dispatched

    @property
    def jobs(self):
        return self.usage_jobs | self.file_jobs


def module_constants(tree):
    """Module-level `NAME = expression` assignments made exactly once."""
    found, repeated = {}, set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in found:
                repeated.add(name)
            found[name] = node.value
    return {name: value for name, value in found.items() if name not in repeated}


def evaluate(node, constants, seen=()):
    """The string a bash_command expression builds, or Unresolvable."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return evaluate(node.left, constants, seen) + evaluate(node.right, constants, seen)
    if isinstance(node, ast.JoinedStr):
        return "".join(evaluate(part, constants, seen) for part in node.values)
    if isinstance(node, ast.FormattedValue) and node.conversion == -1 and node.format_spec is None:
        return evaluate(node.value, constants, seen)
    if isinstance(node, ast.Name) and node.id in constants and node.id not in seen:
        return evaluate(constants[node.id], constants, seen + (node.id,))
    shown = ast.unparse(node) if hasattr(ast, "unparse") else type(node).__name__
    raise Unresolvable("line %d: cannot read %s statically; build bash_command from string literals, "
                       "f-strings, + and module-level string constants" % (node.lineno, shown))


def bash_operators(tree):
    """(task label, bash_command node or None) for every BashOperator(...) call."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        if name != "BashOperator" and "bash_command" not in keywords:
            continue
        task_id = keywords.get("task_id")
        label = task_id.value if isinstance(task_id, ast.Constant) else "line %d" % node.lineno
        yield label, keywords.get("bash_command")


def invocations(command):
    """(arguments after the launcher, Jinja expressions by placeholder) per submit/qhybrid call."""
    if "{%" in command:
        raise Unresolvable("Jinja statements ({% ... %}) are beyond this check; use {{ ... }} only")
    expressions = []

    def placeholder(match):
        expressions.append(" ".join(match.group(1).split()))
        return "@J%d@" % (len(expressions) - 1)

    lexer = shlex.shlex(re.sub(r"\{\{(.*?)\}\}", placeholder, command), posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    try:
        tokens = list(lexer)
    except ValueError as e:
        raise Unresolvable("the command is not valid shell words (%s): %s" % (e, command))
    segment, found = [], []
    for token in tokens + [";"]:
        if token and set(token) <= set(";&|()<>"):
            for i, word in enumerate(segment):
                if word == LAUNCHER_NAME or word.endswith("/" + LAUNCHER_NAME):
                    found.append(segment[i + 1:])
                    break
            segment = []
        else:
            segment.append(token)
    return found, expressions


def check_invocation(task, args, expressions, launcher, notes):
    """Problems with one launcher call; the command it runs, for the summary."""
    def shown(words):
        return " ".join([LAUNCHER_NAME] + [PLACEHOLDER.sub(lambda m: "{{ %s }}" % expressions[int(m.group(1))], w)
                                           for w in words])

    rest, i = [], 0
    while i < len(args):
        word = args[i]
        if word in launcher.options:
            if i + 1 >= len(args):
                return ["task %s: '%s': launcher option %s without its value" % (task, shown(args), word)], None
            i += 2
        elif word.split("=", 1)[0] in launcher.options and "=" in word:
            i += 1
        elif not rest and PLACEHOLDER.fullmatch(word):
            i += 1  # templated launcher options before the command, e.g. {{ qhybrid_options() }}
        else:
            rest.append(word)
            i += 1
    if not rest:
        return ["task %s: '%s' names no command" % (task, shown(args))], None
    command = rest[0]
    if command not in launcher.commands:
        return ["task %s: '%s': the launcher has no command '%s' (it has: %s)"
                % (task, shown(rest), command, ", ".join(sorted(launcher.commands)))], None
    if command not in launcher.dispatched:
        notes.add("note: '%s' is in the launcher usage but not yet in its dispatch" % command)
    if command != "run":
        return [], " ".join(rest[:1])
    if len(rest) < 2 or rest[1].startswith("-"):
        return ["task %s: '%s' names no job" % (task, shown(rest))], None
    job = rest[1]
    if job not in launcher.jobs:
        return ["task %s: '%s': no job '%s' (known jobs, from conf/jobs/*.yaml and the launcher usage: %s)"
                % (task, shown(rest), job, ", ".join(sorted(launcher.jobs)))], None
    dates = [rest[j + 1] for j in range(len(rest) - 1) if rest[j] == "--date"]
    dates += [w.split("=", 1)[1] for w in rest if w.startswith("--date=")]
    ds = ["@J%d@" % n for n, expression in enumerate(expressions) if expression == "ds"]
    if len(dates) != 1 or dates[0] not in ds:
        return ["task %s: '%s' must pass the logical date as --date {{ ds }}" % (task, shown(rest))], None
    return [], "run " + job


def check(dag_path, launcher_path=LAUNCHER, jobs_dir=JOBS_DIR):
    """(problems, notes, summary) for one DAG file against one launcher and job directory."""
    dag_path = Path(dag_path)
    if not dag_path.is_file():
        return ["no DAG file %s" % dag_path], set(), None
    with tempfile.TemporaryDirectory() as scratch:
        try:  # compiled into a scratch directory: no __pycache__ beside the DAG
            py_compile.compile(str(dag_path), cfile=str(Path(scratch) / "dag.pyc"), doraise=True)
        except py_compile.PyCompileError as e:
            return ["%s does not compile: %s: %s" % (dag_path.name, e.exc_type_name, e.exc_value)], set(), None
    launcher = Launcher(Path(launcher_path).read_text(), jobs_dir)
    tree = ast.parse(dag_path.read_text(), str(dag_path))
    constants = module_constants(tree)
    problems, notes, ran = [], set(), []
    for task, node in bash_operators(tree):
        if node is None:
            problems.append("task %s: a BashOperator without bash_command=" % task)
            continue
        try:
            calls, expressions = invocations(evaluate(node, constants))
        except Unresolvable as e:
            problems.append("task %s: %s" % (task, e))
            continue
        if not calls:
            problems.append("task %s: its bash_command runs no %s" % (task, LAUNCHER_NAME))
        for args in calls:
            found, command = check_invocation(task, args, expressions, launcher, notes)
            problems += found
            if command:
                ran.append(command)
    if not ran and not problems:
        problems.append("%s: no BashOperator with a bash_command found" % dag_path.name)
    summary = ("%s compiles; %d tasks run real launcher commands (%s), checked against %d launcher commands "
               "and %d jobs" % (dag_path.name, len(ran), ", ".join(ran), len(launcher.commands), len(launcher.jobs)))
    return problems, notes, summary


def self_test():
    """Broken copies of the DAG (and of the launcher) must fail, each naming what is wrong."""
    problems, _, _ = check(DAG)
    if problems:
        return ["the DAG itself fails, so the self-test proves nothing:"] + problems
    source, launcher_text = DAG.read_text(), LAUNCHER.read_text()
    listed = re.search(r"run a job: [a-z0-9_, -]+$", launcher_text, re.M)
    cases = [
        ("unknown job", source, " run portfolio ", " run nosuchjob ", None, "nosuchjob"),
        ("unknown command", source, " report latest ", " frobnicate latest ", None, "frobnicate"),
        ("fixed date", source, "run ingest --date {{ ds }}", "run ingest --date 2026-11-24", None, "--date {{ ds }}"),
        ("no launcher", source, '/submit/qhybrid"', '/submit/other"', None, "runs no submit/qhybrid"),
        ("syntax error", source, "\nwith DAG(", "\nwith DAG((", None, "does not compile"),
        ("job not in the launcher", launcher_text, listed.group(0) if listed else "run a job: ",
         "run a job: ingest, nightly", "empty jobs dir", "no job 'portfolio'"),
    ]
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        (scratch / "jobs").mkdir()
        for name, original, old, new, jobs, expected in cases:
            if old not in original:
                failures.append("self-test '%s': cannot find %r to break" % (name, old))
                continue
            dag, launcher, jobs_dir = scratch / DAG.name, LAUNCHER, JOBS_DIR
            dag.write_text(source)
            if original is source:
                dag.write_text(source.replace(old, new, 1))
            else:
                launcher, jobs_dir = scratch / "qhybrid", scratch / "jobs"
                launcher.write_text(original.replace(old, new, 1))
            found, _, _ = check(dag, launcher, jobs_dir)
            if not any(expected in problem for problem in found):
                failures.append("self-test '%s': the check did not report %r; it reported: %s"
                                % (name, expected, found or "nothing"))
    if failures:
        return failures
    print("check-airflow-dag self-test: the DAG passes and %d broken copies fail as they should (%s)"
          % (len(cases), ", ".join(case[0] for case in cases)))
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dag", nargs="?", default=str(DAG), help="the DAG file (default: %(default)s)")
    parser.add_argument("--self-test", action="store_true", help="check that broken copies of the DAG fail")
    options = parser.parse_args()
    try:
        if options.self_test:
            problems = self_test()
        else:
            problems, notes, summary = check(options.dag)
            for note in sorted(notes):
                print(note)
            if not problems:
                print("check-airflow-dag: " + summary)
    except LauncherTextError as e:
        print("check-airflow-dag: cannot read the launcher: %s" % e, file=sys.stderr)
        return 2
    for problem in problems:
        print("check-airflow-dag: FAILED: " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
