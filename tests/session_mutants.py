"""A seeded mutator for session files, and the judge of what loading a mutant did.

Used by `tests/test_session_fuzz.py` (a few thousand mutants) and
`bench/fuzz_sessions.py` (as many as asked). Mutants come from the bundled sessions and
the broken corpus: text cut, doubled, swapped and re-indented, hostile tokens (NaN,
infinity, tags, aliases, brackets, control characters, huge numbers) dropped in, bytes
flipped. Loading one may accept it or refuse it; it must never raise anything else, never
fall back to the catch-all message, and never put a problem at 1:1 unless the problem
is about the whole file or the thing at fault really stands there.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from anapana.core.loader import load_session
from anapana.core.problems import Problem, SessionInvalid

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "sessions").glob("*.yaml")) + sorted((ROOT / "tests" / "broken").glob(
    "*.yaml"))

TOKENS = [
    ".nan", ".NaN", ".inf", "-.inf", "nan", "inf", "-1", "0", "0.0", "0.1", "0.4", "1e400",
    "1e-300", "99999999999999999999", "0x7fffffffffffffff", "0o17", "1_000", "4:6", "1:0",
    "nan:1", "inf:1", "0:0:0:0", "4-7-8", "0.1-0.1", "1-1-1-1-1", "!!int", "!!float",
    "!!bool", "!!timestamp", "!!str", "!!null", "!!binary", "!!set", "!!omap", "!!map",
    "!!seq", "!custom", "!!python/object/apply:os.system", "&a", "*a", "&b", "*b", "*zz",
    "[", "]", "{", "}", ":", ": ", "- ", ", ", "? ", "|", ">", "#", "'", '"', "\\", "\t",
    "\x07", "\x1b", "\x00", "\x7f", "\u2028", "\ufeff", "\u00e9", "\U0001f600", "~", "null",
    "true", "yes", "no", "on", "open", "{open: true, max: 0}", "{open: false}",
    "{from: 0, to: 4}", "{from: .nan, to: 1}", "{from: 1}", "---", "...", "%YAML 1.1",
    "<<: {a: 1}", "repeat: 10000", "cycles: 10000", "bells: 0.5", "bells: [0.1]",
    "duration: 4h", "duration: 0.2", "pace: 30", "ratio: \"1:100\"", "step: 0.1",
    "segments:", "title:", "- repeat: 3\n  segments:", "2001-12-14", "12:30:00",
]
NUMBERS = re.compile(r"\d+(?:\.\d+)?")
WHOLE_FILE = (
    "the file is empty", "at the top", "session files are at most", "cannot read the file",
    "not a file", "missing required key 'title'", "missing required key 'segments'",
    "not UTF-8", "NUL byte", "control character", "not valid YAML", "nest more than",
    "expands to more than", "a second document", "the session runs longer",
    "the session expands", "the session would ring",
)


def mutate(text: str, rng: random.Random) -> bytes:
    """One mutant of `text`: one to three random edits, sometimes at the byte level."""
    for _ in range(rng.randint(1, 3)):
        text = _edit(text, rng)
    data = text.encode("utf-8", "surrogatepass")
    if data and rng.random() < 0.05:
        at = rng.randrange(len(data))
        data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
    return data


def _edit(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    choice = rng.randrange(11)
    at = rng.randrange(len(text) + 1)
    if choice == 0 and text:  # cut a span
        return text[:at] + text[at + rng.randint(1, 30):]
    if choice == 1:  # drop a token in
        return text[:at] + rng.choice(TOKENS) + text[at:]
    if choice == 2:  # replace a number
        numbers = list(NUMBERS.finditer(text))
        if numbers:
            hit = rng.choice(numbers)
            return text[:hit.start()] + rng.choice(TOKENS[:22]) + text[hit.end():]
    if choice == 3 and len(lines) > 1:  # double a line
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        return "\n".join(lines)
    if choice == 4 and len(lines) > 1:  # swap two lines
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        return "\n".join(lines)
    if choice == 5 and lines:  # re-indent a line
        i = rng.randrange(len(lines))
        stripped = lines[i].lstrip(" ")
        lines[i] = " " * rng.choice((0, 1, 2, 3, 4, 6, 8, 12)) + stripped
        return "\n".join(lines)
    if choice == 6:  # nest deeply
        depth = rng.choice((5, 50, 300))
        opener, closer = rng.choice((("[", "]"), ("{a: ", "}")))
        return text[:at] + opener * depth + "1" + closer * depth + text[at:]
    if choice == 7 and lines:  # a value becomes a list or a mapping
        i = rng.randrange(len(lines))
        if ": " in lines[i]:
            key, _, value = lines[i].partition(": ")
            lines[i] = f"{key}: " + rng.choice((f"[{value}]", f"{{x: {value}}}",
                                                 f"{{from: {value}, to: {value}}}"))
        return "\n".join(lines)
    if choice == 8:  # cut the file short
        return text[:at]
    if choice == 9 and lines:  # a line as a block under itself
        i = rng.randrange(len(lines))
        indent = len(lines[i]) - len(lines[i].lstrip(" "))
        lines.insert(i + 1, " " * (indent + 2) + rng.choice(TOKENS))
        return "\n".join(lines)
    return text[:at] + rng.choice(TOKENS) * rng.randint(1, 4) + text[at:]


@dataclass
class Verdict:
    accepted: bool
    problems: list[Problem]
    seconds: float
    traceback: str | None = None


def judge(path: Path) -> Verdict:
    """Load `path` as the app does and say what happened."""
    started = time.perf_counter()
    try:
        load_session(path)
    except SessionInvalid as invalid:
        return Verdict(False, invalid.problems, time.perf_counter() - started)
    except Exception as error:  # what the fuzz hunts for
        return Verdict(False, [], time.perf_counter() - started,
                       f"{type(error).__name__}: {error}")
    return Verdict(True, [], time.perf_counter() - started)


def misplaced(problem: Problem, data: bytes) -> bool:
    """A problem at 1:1 that is not about the whole file, nor about what stands at 1:1."""
    if (problem.line, problem.column) != (1, 1):
        return False
    if any(words in problem.message for words in WHOLE_FILE):
        return False
    first = data.split(b"\n", 1)[0].decode("utf-8", "replace").lstrip("\ufeff")
    key = first.split(":", 1)[0].strip().strip("'\"")
    # The thing at 1:1 is the first key (or the tag, anchor or bracket that opens it).
    if key and (f"'{key}'" in problem.message or problem.message.startswith(f"{key}:")):
        return False
    if first[:1] in "!&*[{?-<|>%@`" or first.startswith("<<"):
        return False
    return "the tag" in problem.message or "alias" in problem.message


@dataclass
class Figures:
    mutants: int = 0
    refused: int = 0
    accepted: int = 0
    tracebacks: list[str] = field(default_factory=list)
    catch_all: list[str] = field(default_factory=list)
    misplaced: list[str] = field(default_factory=list)
    multi_line: list[str] = field(default_factory=list)
    slowest_s: float = 0.0
    slowest_name: str = ""


def mutants(count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    texts = [(p.name, p.read_bytes().decode("utf-8", "surrogateescape")) for p in SEEDS]
    for number in range(count):
        name, text = texts[number % len(texts)]
        yield f"{name}#{number}", mutate(text, rng)


def run(count: int, seed: int, folder: Path) -> Figures:
    figures = Figures()
    target = folder / "mutant.yaml"
    for label, data in mutants(count, seed):
        target.write_bytes(data)
        verdict = judge(target)
        figures.mutants += 1
        if verdict.seconds > figures.slowest_s:
            figures.slowest_s, figures.slowest_name = verdict.seconds, label
        if verdict.traceback is not None:
            figures.tracebacks.append(f"{label}: {verdict.traceback}")
            continue
        if verdict.accepted:
            figures.accepted += 1
            continue
        figures.refused += 1
        for problem in verdict.problems:
            text = str(problem)
            if "please report this" in text:
                figures.catch_all.append(f"{label}: {text}")
            if "\n" in text or "\r" in text:
                figures.multi_line.append(f"{label}: {text!r}")
            if misplaced(problem, data):
                figures.misplaced.append(f"{label}: {text}")
    return figures
