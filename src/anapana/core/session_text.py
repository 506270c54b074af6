"""A session's words in another language: text overlays, checked against the base file.

An overlay (`sessions/translations/<lang>/<file name>`) holds only text, keyed by position:

    translation: 1
    language: de
    text:
      title: …
      segments.0.title: …            # the value of the segment's kind key
      segments.2.steps.3.focus: …    # a plain-string step has only .focus
      segments.4.segments.1.intro: … # inside a `repeat`

It must have exactly the base file's text keys (`text_fields`). Applying it keeps the
base's structure: the translated session is compiled from the base data with its words
replaced, and each body-scan step keeps the body areas and side the base's English words
gave it (`area:` may be left out, and then the areas come from the focus words). The plan
is the base's plan except for its words; `translated_plan` checks that it is.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any

from anapana.core.overlay_names import (  # re-exported: where overlays live
    OVERLAY_LANGUAGES,
    TRANSLATIONS_FOLDER,
    overlay_path,
)
from anapana.core.overlay_names import (
    overlay_language as overlay_language,
)
from anapana.core.plan import Plan
from anapana.core.problems import Problem, SessionInvalid

if TYPE_CHECKING:
    # PyYAML comes with it: imported where an overlay is read, not by the library's
    # look for overlays (`overlay_path`) on every start.
    from anapana.core.yaml_source import Path_, Source

OVERLAY_FORMAT = 1
"""The `translation:` version this code reads."""

_HEADER_KEYS = ("title", "summary", "description", "reflect")
_KINDS = ("breathe", "body_scan", "silence", "prompt", "repeat")


def text_fields(data: Any) -> dict[str, Path_]:
    """Every translatable text of a session's data: overlay key → where it is in the data.

    Only texts the file has are listed (a missing summary has no key)."""
    fields: dict[str, Path_] = {}
    if not isinstance(data, dict):
        return fields
    for key in _HEADER_KEYS:
        if isinstance(data.get(key), str):
            fields[key] = (key,)
    _segments(data.get("segments"), "segments", ("segments",), fields)
    return fields


def _segments(segments: Any, prefix: str, at: Path_, fields: dict[str, Path_]) -> None:
    if not isinstance(segments, list):
        return
    for index, segment in enumerate(segments):
        if not isinstance(segment, dict):
            continue
        key, here = f"{prefix}.{index}", (*at, index)
        kind = next((k for k in segment if k in _KINDS), None)
        if kind is not None and kind != "repeat" and isinstance(segment[kind], str):
            fields[f"{key}.title"] = (*here, kind)
        for name in ("intro", "text"):
            if isinstance(segment.get(name), str):
                fields[f"{key}.{name}"] = (*here, name)
        steps = segment.get("steps")
        for number, step in enumerate(steps if isinstance(steps, list) else []):
            step_key, step_at = f"{key}.steps.{number}", (*here, "steps", number)
            if isinstance(step, str):
                fields[f"{step_key}.focus"] = step_at
            elif isinstance(step, dict):
                for name in ("focus", "say"):
                    if isinstance(step.get(name), str):
                        fields[f"{step_key}.{name}"] = (*step_at, name)
        if kind == "repeat":
            _segments(segment.get("segments"), f"{key}.segments", (*here, "segments"), fields)


def _get(data: Any, at: Path_) -> Any:
    for part in at:
        data = data[part]
    return data


def _put(data: Any, at: Path_, value: str) -> None:
    for part in at[:-1]:
        data = data[part]
    data[at[-1]] = value


@dataclass(frozen=True, slots=True)
class Overlay:
    """A valid overlay: its language and its texts by key."""

    path: Path
    language: str
    text: dict[str, str]
    sha256: str


def base_of(overlay: Path) -> Path | None:
    """The session file an overlay translates, when `overlay` sits where overlays live."""
    language, folder = overlay.parent, overlay.parent.parent
    if folder.name != TRANSLATIONS_FOLDER or language.name not in OVERLAY_LANGUAGES:
        return None
    return folder.parent / overlay.name


def overlays_of(base: Path) -> list[Path]:
    """The overlays that exist for a session file, in `OVERLAY_LANGUAGES` order."""
    return [p for p in (overlay_path(base, lang) for lang in OVERLAY_LANGUAGES) if p.is_file()]


def read_overlay(path: Path, base: Source) -> Overlay:
    """Read an overlay and check it against its base; raises SessionInvalid with every
    problem at its file:line:col."""
    from anapana.core.yaml_source import read_source

    source = read_source(path)
    problems = overlay_problems(source, base)
    if problems:
        raise SessionInvalid(path, problems)
    data = source.data
    return Overlay(path, str(data["language"]), dict(data["text"]), source.sha256)


def overlay_problems(source: Source, base: Source) -> list[Problem]:
    """What is wrong with an overlay read from `source`, against the base file."""
    data = source.data
    problems: list[Problem] = []
    for key in data:
        if key not in ("translation", "language", "text"):
            problems.append(source.problem((key,), f"unknown key '{key}'; an overlay has "
                                                   "translation, language and text", key=True))
    version = data.get("translation")
    if "translation" not in data:
        problems.append(source.problem((), f"missing 'translation: {OVERLAY_FORMAT}' (the "
                                           "overlay format's version)"))
    elif isinstance(version, bool) or version != OVERLAY_FORMAT:
        problems.append(source.problem(("translation",), f"translation: {version!r} is not "
                                       f"a version this Anapana reads; expected "
                                       f"{OVERLAY_FORMAT}"))
    language = data.get("language")
    if "language" not in data:
        problems.append(source.problem((), "missing 'language:' (one of "
                                           f"{', '.join(OVERLAY_LANGUAGES)})"))
    elif language not in OVERLAY_LANGUAGES:
        problems.append(source.problem(("language",), f"unknown language {language!r}; "
                                       f"expected one of {', '.join(OVERLAY_LANGUAGES)}"))
    elif source.path.parent.name in OVERLAY_LANGUAGES and source.path.parent.name != language:
        problems.append(source.problem(("language",), f"language {language} in the folder "
                                       f"for {source.path.parent.name}"))
    text = data.get("text")
    if not isinstance(text, dict):
        at: Path_ = ("text",) if "text" in data else ()
        problems.append(source.problem(at, "expected 'text:' with the translated texts, "
                                           "one key per text of the base file"))
        return problems
    wanted = text_fields(base.data)
    for key, value in text.items():
        if key not in wanted:
            near = get_close_matches(key, list(wanted), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            problems.append(source.problem(("text", key), f"extra key '{key}': "
                                           f"{base.path.name} has no such text{hint}",
                                           key=True))
        elif not isinstance(value, str):
            problems.append(source.problem(("text", key), f"'{key}' must be text"))
        elif not value.strip():
            problems.append(source.problem(("text", key), f"'{key}' is empty"))
    for key, at_base in wanted.items():
        if key not in text:
            line = base.mark_of(at_base).line
            problems.append(source.problem(("text",), f"missing key '{key}' (the text at "
                                           f"{base.path.name} line {line})", key=True))
    return problems


def translated_source(base: Source, overlay: Overlay) -> Source:
    """The base file's data with the overlay's words in place and `language:` set.

    Positions stay the base's, so a problem in the translated session points at the base
    file."""
    data = copy.deepcopy(base.data)
    for key, at in text_fields(base.data).items():
        _put(data, at, overlay.text[key])
    data["language"] = overlay.language
    sha = hashlib.sha256(f"{base.sha256}\0{overlay.sha256}".encode()).hexdigest()
    return dataclasses.replace(base, data=data, sha256=sha)


def with_base_areas(translated: Plan, base: Plan) -> Plan:
    """The translated plan with each step's body areas and side from the base plan (the
    areas may come from English focus words), after checking that the two plans differ
    in nothing but their words."""
    mismatch = _structure(translated) != _structure(base)
    if mismatch:
        raise ValueError("the translated plan's timing differs from the base plan's")
    phases = tuple(dataclasses.replace(phase, areas=original.areas, side=original.side)
                   for phase, original in zip(translated.phases, base.phases, strict=True))
    # The events refer to their phases themselves: point them at the new ones.
    new = {id(old): phase for old, phase in zip(translated.phases, phases, strict=True)}
    events = tuple(dataclasses.replace(event, item=new.get(id(event.item), event.item))
                   for event in translated.events)
    return dataclasses.replace(translated, phases=phases, events=events)


def _structure(plan: Plan) -> tuple[Any, ...]:
    return (plan.total_s, plan.checkin,
            tuple((s.index, s.kind, s.start_s, s.duration_s, s.open, s.write)
                  for s in plan.segments),
            tuple((p.start_s, p.duration_s, p.kind, p.segment, p.cycle, p.max_s,
                   p.text is None) for p in plan.phases),
            tuple((c.at_s, c.sound, c.event) for c in plan.cues),
            tuple(s.at_s for s in plan.speech))
