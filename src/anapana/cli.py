"""The `anapana` command: the app with no arguments, and tools for session files.

Subcommands that only read files (list, validate, plan, schema, paths, history, hr
simulate, hrv)
never import Qt, so they start fast and work on machines without a display. The
app's own path imports neither the session loader nor pydantic before its window
shows: each command imports what it needs.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from anapana import __version__
from anapana.paths import UserPaths, bundled_sessions_dir

if TYPE_CHECKING:
    from anapana.core.library import LibraryEntry
    from anapana.core.plan import Plan


def _library() -> list[LibraryEntry]:
    from anapana.core.library import scan
    from anapana.core.plan_cache import PlanCache

    user = UserPaths.from_environment()
    return scan([(bundled_sessions_dir(), "bundled"), (user.sessions, "user")],
                PlanCache(user.plan_cache))


def _resolve(ref: str) -> LibraryEntry | None:
    """A session by path (anything with a suffix or slash that exists) or by id."""
    from anapana.core.library import find, load_entry

    candidate = Path(ref)
    if candidate.suffix.lower() in (".yaml", ".yml") or candidate.exists():
        return load_entry(candidate, "user")
    return find(_library(), ref)


def _cmd_list(args: argparse.Namespace) -> int:
    from anapana.core.durations import format_seconds

    entries = _library()
    if args.json:
        rows = []
        for e in entries:
            row: dict[str, object] = {"id": e.id, "origin": e.origin, "path": str(e.path)}
            if e.loaded is not None:
                plan = e.loaded.plan
                row.update(title=e.loaded.header.title, summary=e.loaded.header.summary,
                           total_s=round(plan.total_s, 3), open=plan.open,
                           tags=list(e.loaded.header.tags), errors=[])
            else:
                row.update(title=None, summary=None, total_s=None, open=None, tags=[],
                           errors=[str(p) for p in e.problems])
            rows.append(row)
        import json  # not on the app's way to its window

        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    width = max((len(e.id) for e in entries), default=10)
    for e in entries:
        if e.loaded is not None:
            header = e.loaded.header
            length = format_seconds(header.total_s) + (" +open" if header.open else "")
            tags = ", ".join(e.loaded.header.tags)
            print(f"{e.id:<{width}}  {length:<14}  {e.loaded.header.title}"
                  + (f"  [{tags}]" if tags else ""))
        else:
            print(f"{e.id:<{width}}  {'BROKEN':<14}  {e.problems[0]}"
                  + (f" (+{len(e.problems) - 1} more)" if len(e.problems) > 1 else ""))
    if not entries:
        print("No sessions found.", file=sys.stderr)
    return 0


def _speech_warnings(plan: Plan, shown: str, quick: bool = False) -> tuple[list[str], str]:
    """`FILE:LINE:COLUMN: warning: …` for each spoken line that does not fit, and where
    the lengths came from (`quick`: only lines rendered before; the rest estimated)."""
    from anapana.sound.speech_plan import find_overlaps, line_lengths

    lengths = line_lengths(plan, cached_only=quick)
    warnings = [f"{shown}:{o.item.line}:{o.item.column}: warning: {o.message}"
                for o in find_overlaps(plan, lengths.duration_of)]
    return warnings, lengths.source


def _overlay_problems(overlay: Path, base: Path) -> list[str]:
    """`file:line:col: problem` lines for a text overlay checked against its base."""
    from anapana.core.loader import load_translated
    from anapana.core.problems import SessionInvalid

    try:
        load_translated(base, overlay)
    except SessionInvalid as invalid:
        return [f"{invalid.path.parent / p.file}:{p.line}:{p.column}: {p.message}"
                for p in invalid.problems]
    return []


def _cmd_validate(args: argparse.Namespace) -> int:
    from anapana.core.library import load_entry
    from anapana.core.session_text import base_of, overlays_of

    failed = 0
    for name in args.paths:
        base = base_of(Path(name))
        if base is not None:  # a text overlay: checked against the file it translates
            problems = _overlay_problems(Path(name), base)
            failed += bool(problems)
            print("\n".join(problems) if problems else f"{name}: ok" if args.verbose else "",
                  end="\n" if problems or args.verbose else "")
            continue
        entry = load_entry(Path(name), "user")
        if entry.ok:
            overlay_problems = [line for overlay in overlays_of(Path(name))
                                for line in _overlay_problems(overlay, Path(name))]
            if overlay_problems:
                failed += 1
                print("\n".join(overlay_problems))
                continue
        where = Path(name).parent
        if entry.ok:
            if args.strict and entry.loaded is not None:
                warnings, source = _speech_warnings(entry.loaded.plan, name)
                if warnings:
                    failed += 1
                    for warning in warnings:
                        print(warning.replace(": warning: ", ": ", 1))
                    print(f"{name}: spoken lengths {source}")
                    continue
            if args.verbose:
                print(f"{name}: ok")
            continue
        failed += 1
        for problem in entry.problems:
            shown = problem.file if where == Path(".") else str(where / problem.file)
            print(f"{shown}:{problem.line}:{problem.column}: {problem.message}")
    return 1 if failed else 0


def _plan_table(plan: Plan, verbose: bool = False) -> str:
    from anapana.core.durations import format_seconds

    lines = [f"{plan.title} — {format_seconds(plan.total_s)}"
             + (" plus open phases" if plan.open else ""), ""]
    for segment in plan.segments:
        phases = [p for p in plan.phases if p.segment == segment.index]
        cycles = {p.cycle for p in phases if p.cycle is not None}
        detail = f"{len(cycles)} cycles" if cycles else f"{len(phases)} phases"
        lines.append(f"{format_seconds(segment.start_s):>12}  {segment.kind:<9}  "
                     f"{segment.title}  ({format_seconds(segment.duration_s)}, {detail}"
                     + (", open" if segment.open else "") + ")")
        for phase in phases[:12] if verbose else []:
            length = "open" if phase.duration_s is None else f"{phase.duration_s:.1f} s"
            lines.append(f"{'':>12}    {phase.start_s:9.3f}  {phase.kind:<8} {length}"
                         + (f"  {phase.text}" if phase.text else ""))
    lines.append("")
    lines.append(f"{len(plan.phases)} phases, {len(plan.cues)} cues, "
                 f"{len(plan.speech)} spoken lines")
    return "\n".join(lines)


def _cmd_plan(args: argparse.Namespace) -> int:
    entry = _resolve(args.session)
    if entry is None:
        print(f"anapana: no session called {args.session!r}; `anapana list` shows them",
              file=sys.stderr)
        return 2
    if entry.loaded is None:
        for problem in entry.problems:
            print(problem, file=sys.stderr)
        return 1
    if args.json:
        import json  # not on the app's way to its window

        print(json.dumps(entry.loaded.plan.to_json(), indent=2, ensure_ascii=False))
    else:
        print(_plan_table(entry.loaded.plan, args.verbose))
        warnings, source = _speech_warnings(entry.loaded.plan, str(entry.path), quick=True)
        for warning in warnings:
            print(warning, file=sys.stderr)
        if warnings:
            print(f"(spoken lengths {source})", file=sys.stderr)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    import json  # not on the app's way to its window

    from anapana.core.session import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def _session_problem(session: str) -> int:
    """0 when `session` names a file or a known id; otherwise say why and return 2.

    Only names are looked at: a broken file still opens, and the library shows its errors.
    """
    candidate = Path(session)
    if candidate.suffix.lower() in (".yaml", ".yml") or candidate.exists():
        if candidate.is_file():
            return 0
        print(f"anapana: no such file: {session}", file=sys.stderr)
        return 2
    for folder in (UserPaths.from_environment().sessions, bundled_sessions_dir()):
        if any((folder / f"{session}{suffix}").is_file() for suffix in (".yaml", ".yml")):
            return 0
    print(f"anapana: no session called {session!r}; `anapana list` shows them", file=sys.stderr)
    return 2


def _hand_over(session: str | None, checkin: bool) -> bool:
    """Give the request to an Anapana already running for this user (True: it took it).

    Runs before Qt is imported, so a second start (a hotkey) answers at once.
    """
    if os.environ.get("ANAPANA_NO_HANDOFF"):
        return False
    from anapana.app.desktop.handoff import forward_to_running_instance

    request: dict[str, object] = (
        {"action": "run", "session": session, "checkin": checkin} if session
        else {"action": "show"})
    try:
        return forward_to_running_instance(request)
    except (OSError, ValueError):
        return False


def _cmd_run(args: argparse.Namespace) -> int:
    # Start-up allocates much and frees little: the cyclic collector waits until the
    # window is on screen (`run_app` turns it back on there), or the command returns.
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    session = getattr(args, "session", None)
    checkin = not getattr(args, "no_checkin", False)
    background = bool(getattr(args, "background", False))
    if session:
        problem = _session_problem(session)
        if problem:
            return problem
        if Path(session).exists():
            session = str(Path(session).resolve())  # the running app has another folder
    hr_simulate = getattr(args, "hr_simulate", None)
    if hr_simulate is not None:
        # Hidden, for demos, tests and screenshots: a simulated heart instead of a strap.
        if not 3.0 <= hr_simulate <= 10.0:
            print("anapana: --hr-simulate takes a resonance rate from 3 to 10 breaths a minute",
                  file=sys.stderr)
            return 2
        os.environ["ANAPANA_HR_SIMULATE"] = f"{hr_simulate:g}"
    elif (session or not background) and _hand_over(session, checkin):
        return 0
    _import_before_qt()
    import PySide6  # noqa: F401  # its import hook, which the next line makes cheaper

    from anapana.app import pyside_feature_check

    pyside_feature_check.install()
    from anapana.app.main import run_app

    return int(run_app(session=session, checkin=checkin, background=background))


def _import_before_qt() -> None:
    """Import the Qt-free modules the window needs to open before PySide6 itself.

    Once loaded, PySide6 reads the whole source of every module imported after it (its
    `__feature__` check), a millisecond or more each on a busy machine; these modules
    are the core and log ones read on the way to the library's first paint. What is
    needed only after it (the reminders, the desktop's) is not imported here: before
    the first paint it would cost more than the check does after it.
    """
    import datetime  # noqa: F401
    import signal  # noqa: F401

    import anapana.app.library_groups
    import anapana.app.library_search
    import anapana.core.clock
    import anapana.core.durations
    import anapana.core.library
    import anapana.core.plan_cache
    import anapana.i18n
    import anapana.log.files
    import anapana.sound.channels  # noqa: F401


def _cmd_sound(args: argparse.Namespace) -> int:
    from anapana.sound.preview import play_once

    return play_once(args.sound, backend=args.backend)


def _cmd_paths(args: argparse.Namespace) -> int:
    from anapana.log.commands import describe_paths

    rows = [*describe_paths(UserPaths.from_environment()),
            ("Bundled sessions", bundled_sessions_dir())]
    width = max(len(label) for label, _ in rows)
    for label, path in rows:
        print(f"{label:<{width}}  {path}")
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    from anapana.log.commands import history_command, import_command, parse_since

    paths = UserPaths.from_environment()
    if args.rr:
        from anapana.log.heart import rr_command

        return rr_command(paths, args.rr, sys.stdout, sys.stderr)
    if args.import_file:
        return import_command(paths, Path(args.import_file), sys.stdout, sys.stderr)
    since = None
    if args.since:
        try:
            since = parse_since(args.since)
        except ValueError as error:
            print(f"anapana history: {error}", file=sys.stderr)
            return 2
    return history_command(paths, args.format or "text", since, sys.stdout, sys.stderr)


def _hr_plan(ref: str, command: str) -> Plan | None:
    """The plan of a session for the heart-rate commands, or None after saying why."""
    entry = _resolve(ref)
    if entry is None:
        print(f"anapana {command}: no session called {ref!r}; `anapana list` shows them",
              file=sys.stderr)
        return None
    if entry.loaded is None:
        for problem in entry.problems:
            print(problem, file=sys.stderr)
        return None
    return entry.loaded.plan


def _read_rr(path: str, command: str) -> list[float] | None:
    from anapana.hr.rr_file import RRFileError, read_rr_file

    try:
        return list(read_rr_file(Path(path)).intervals_ms)
    except RRFileError as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        print(f"anapana {command}: refused {path} (an RR file holds one interval in "
              "milliseconds a line; blank lines and # comments are fine)", file=sys.stderr)
        return None


def _cmd_hr_simulate(args: argparse.Namespace) -> int:
    from anapana.hr.simulate import simulate_rr

    if not 2.0 <= args.resonance <= 12.0:
        print("anapana hr simulate: --resonance is in breaths a minute, between 2 and 12",
              file=sys.stderr)
        return 2
    plan = _hr_plan(args.session, "hr simulate")
    if plan is None:
        return 2
    rr = simulate_rr(plan, args.resonance, seed=args.seed, artifacts=not args.no_artifacts)
    lines = [f"# Simulated RR intervals (ms) by anapana {__version__}: session "
             f"{plan.session_id or args.session}, resonance {args.resonance:g} breaths a "
             f"minute, seed {args.seed}" + (", no artifacts" if args.no_artifacts else ""),
             "# The first interval starts at the session's start (plan time 0).",
             *(f"{v:.0f}" for v in rr)]
    text = "\n".join(lines) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"anapana hr simulate: cannot write {args.out}: {error.strerror or error}",
              file=sys.stderr)
        return 2
    print(f"{len(rr)} intervals written to {args.out}", file=sys.stderr)
    return 0


def _cmd_hrv_assess(args: argparse.Namespace) -> int:
    from anapana.hr.assessment import assess
    from anapana.hr.metrics import MissingScipy

    rr = _read_rr(args.rr_file, "hrv assess")
    if rr is None:
        return 2
    plan = _hr_plan(args.session, "hrv assess")
    if plan is None:
        return 2
    try:
        result = assess(rr, plan)
    except MissingScipy as missing:
        print(f"anapana hrv assess: {missing}", file=sys.stderr)
        return 2
    if args.json:
        import json  # not on the app's way to its window

        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return 0
    print(f"{plan.title}: {len(rr)} intervals, mean heart rate {result.mean_hr_bpm:.1f} "
          f"beats a minute, RMSSD {result.rmssd_ms:.1f} ms, SDNN {result.sdnn_ms:.1f} ms"
          f"; {result.artifacts_corrected} beats corrected")
    print()
    print(f"{'pace':>6}  {'window':>15}  {'swing bpm':>9}  {'LF ms²':>8}  {'LF peak Hz':>10}  "
          f"{'in step':>7}")

    def shown(value: float | None, fmt: str) -> str:
        return "—" if value is None else format(value, fmt)

    for rate in result.rates:
        mark = "  ←" if rate.per_min == result.best_per_min else ""
        window = f"{rate.start_s:.0f}–{rate.end_s:.0f} s"
        print(f"{rate.per_min:>6g}  {window:>15}  "
              f"{shown(rate.peak_trough_bpm, '.1f'):>9}  {shown(rate.lf_power_ms2, '.0f'):>8}  "
              f"{shown(rate.lf_peak_hz, '.3f'):>10}  {shown(rate.phase_sync, '.2f'):>7}{mark}")
    print()
    if result.best_per_min is not None:
        print(f"Your resonance pace: {result.best_per_min:g} breaths a minute.")
    print(result.reason)
    return 0


def _cmd_hrv_summary(args: argparse.Namespace) -> int:
    from anapana.hr.artifacts import correct_artifacts
    from anapana.hr.metrics import time_domain

    rr = _read_rr(args.rr_file, "hrv summary")
    if rr is None:
        return 2
    corrected = 0
    if not args.no_correction:
        correction = correct_artifacts(rr)
        rr, corrected = correction.rr_ms, correction.corrected
    metrics = time_domain(rr)
    if args.json:
        import json  # not on the app's way to its window

        print(json.dumps({**metrics.to_json(), "artifacts_corrected": corrected}, indent=2))
        return 0
    print(f"{metrics.beats} beats, mean heart rate {metrics.mean_hr_bpm:.1f} beats a minute")
    print(f"RMSSD {metrics.rmssd_ms:.1f} ms, SDNN {metrics.sdnn_ms:.1f} ms, "
          f"pNN50 {metrics.pnn50_pct:.1f} %")
    print(f"{corrected} beats corrected" if not args.no_correction else "not corrected")
    return 0


def _add_hr_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hr = sub.add_parser("hr", help="heart-rate tools (simulate a recording)")
    hr_sub = hr.add_subparsers(dest="hr_command", metavar="HR_COMMAND", required=True)
    p = hr_sub.add_parser("simulate", help="write the RR intervals of a simulated heart "
                                           "following a session")
    p.add_argument("--resonance", type=float, required=True, metavar="PER_MIN",
                   help="the simulated person's resonance rate, breaths a minute")
    p.add_argument("--session", default="resonance-rate-finder", metavar="FILE_OR_ID")
    p.add_argument("--out", required=True, metavar="FILE", help="RR file to write (- for stdout)")
    p.add_argument("--seed", type=int, default=0, help="another seed, another person")
    p.add_argument("--no-artifacts", action="store_true",
                   help="no ectopic, missed or extra beats")
    p.set_defaults(func=_cmd_hr_simulate)

    hrv = sub.add_parser("hrv", help="heart-rate variability of an RR file")
    hrv_sub = hrv.add_subparsers(dest="hrv_command", metavar="HRV_COMMAND", required=True)
    p = hrv_sub.add_parser("assess", help="find the resonance pace from a recording of the "
                                          "resonance-rate finder")
    p.add_argument("rr_file", metavar="RR_FILE",
                   help="one RR interval in ms a line, from the session's start")
    p.add_argument("--session", default="resonance-rate-finder", metavar="FILE_OR_ID")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_cmd_hrv_assess)
    p = hrv_sub.add_parser("summary", help="time-domain HRV of an RR file")
    p.add_argument("rr_file", metavar="RR_FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--no-correction", action="store_true",
                   help="measure the intervals as they are, without artifact correction")
    p.set_defaults(func=_cmd_hrv_summary)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anapana",
        description="Guided breathing, body scans and quiet sitting. "
                    "With no command, opens the app.",
        epilog="Anapana is a practice aid, not a medical device or a therapy.",
    )
    parser.add_argument("--version", action="version", version=f"anapana {__version__}")
    parser.add_argument("--background", action="store_true",
                        help="start quietly in the tray, without a window (used at login)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", help="list bundled and user sessions (and broken files)")
    p.add_argument("--json", action="store_true", help="print a JSON array, one object a session")
    p.set_defaults(func=_cmd_list)

    p = sub.add_parser("validate", help="check session files; exit 1 on any problem")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-v", "--verbose", action="store_true", help="also name the valid files")
    p.add_argument("--strict", action="store_true",
                   help="also fail when a spoken line runs past its step or into the next "
                        "line (lengths from the speech engine here, else estimated)")
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("plan", help="show a session's compiled plan")
    p.add_argument("session", metavar="FILE_OR_ID")
    p.add_argument("--json", action="store_true", help="print the plan as JSON (the contract)")
    p.add_argument("-v", "--verbose", action="store_true", help="list the first phases too")
    p.set_defaults(func=_cmd_plan)

    p = sub.add_parser("schema", help="print the session format's JSON Schema")
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser("run", help="open the app straight into a session")
    p.add_argument("session", metavar="FILE_OR_ID")
    p.add_argument("--no-checkin", action="store_true", help="skip the mood check-ins")
    p.add_argument("--hr-simulate", type=float, metavar="PER_MIN", help=argparse.SUPPRESS)
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("sound", help="play one cue or .wav file and exit (checks your audio)")
    p.add_argument("sound", metavar="NAME_OR_WAV")
    p.add_argument("--backend", choices=["auto", "simpleaudio", "qt"], default="auto")
    p.set_defaults(func=_cmd_sound)

    p = sub.add_parser("paths", help="print where the log, settings and sessions live")
    p.set_defaults(func=_cmd_paths)

    p = sub.add_parser("history", help="export the practice log")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="format", action="store_const", const="json")
    fmt.add_argument("--csv", dest="format", action="store_const", const="csv")
    p.add_argument("--since", metavar="DATE", help="only practices from this date (YYYY-MM-DD)")
    p.add_argument("--import", dest="import_file", metavar="FILE",
                   help="merge a JSON export into the log")
    p.add_argument("--rr", metavar="ID",
                   help="print a practice's heart RR intervals, one in ms a line (Kubios"
                        " reads it); ID: its number, its id, or latest")
    p.set_defaults(func=_cmd_history, format=None)

    _add_hr_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        # The app itself: every subcommand's parser (~15 ms) is not needed to open it.
        return _cmd_run(argparse.Namespace(command=None))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _cmd_run(args)
    from anapana.core.problems import SessionInvalid

    try:
        return int(args.func(args))
    except SessionInvalid as invalid:
        for problem in invalid.problems:
            print(problem, file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
