"""Loading a session file: read, validate, compile, and report every problem at its place."""

from __future__ import annotations

from difflib import get_close_matches
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from anapana.core.compile import compile_plan
from anapana.core.durations import describe
from anapana.core.loaded import LoadedSession, header_of, session_id
from anapana.core.problems import Problem, SessionInvalid
from anapana.core.session import (
    SEGMENT_KINDS,
    SEGMENT_MODELS,
    Cues,
    Session,
    Step,
    segment_kind,
)
from anapana.core.yaml_source import Path_, Source, read_source

_TYPE_WORDS = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "list_type": "expected a list",
    "dict_type": "expected a mapping (key: value)",
    "model_type": "expected a mapping (key: value)",
    "model_attributes_type": "expected a mapping (key: value)",
    "bool_type": "expected true or false",
}


__all__ = ["LoadedSession", "load_or_problems", "load_session", "load_translated", "session_id",
           "validate"]


def load_session(path: Path) -> LoadedSession:
    """Load one file; raises SessionInvalid listing every problem found."""
    source = read_source(path)
    session = validate(source)
    plan = compile_plan(session, source, session_id(path))
    return LoadedSession(session_id(path), path, header_of(session, plan), source.sha256,
                         [plan], [session])


def load_translated(path: Path, overlay_file: Path) -> LoadedSession:
    """Load a session in the words of a text overlay (see `core.session_text`); raises
    SessionInvalid for problems in either file. The plan is the base plan's but for its
    words: body areas come from the base's own words."""
    from anapana.core.session_text import read_overlay, translated_source, with_base_areas

    base_source = read_source(path)
    base_plan = compile_plan(validate(base_source), base_source, session_id(path))
    overlay = read_overlay(overlay_file, base_source)
    source = translated_source(base_source, overlay)
    try:
        session = validate(source)
        plan = with_base_areas(compile_plan(session, source, session_id(path)), base_plan)
    except SessionInvalid as invalid:
        # A translated text the base's rules refuse: say so at the overlay.
        raise SessionInvalid(overlay_file, [Problem(overlay_file.name, 1, 1, f"with these "
                             f"words the session is not valid: {p}") for p in invalid.problems]
                             ) from None
    except ValueError as error:
        raise SessionInvalid(overlay_file, [Problem(overlay_file.name, 1, 1, str(error))]
                             ) from None
    return LoadedSession(session_id(path), path, header_of(session, plan), source.sha256,
                         [plan], [session], overlay=overlay_file)


def validate(source: Source) -> Session:
    try:
        return Session.model_validate(source.data,
                                      context={"base_dir": source.path.parent})
    except ValidationError as error:
        problems = [_problem(source, e) for e in error.errors(include_url=False)]
        unique = list(dict.fromkeys(problems))  # pydantic may report one place twice
        raise SessionInvalid(source.path, unique) from None


def _data_path(loc: tuple[str | int, ...]) -> Path_:
    """Pydantic's location without the union tags it adds after each segment index."""
    path: list[str | int] = []
    skip_next = False
    for i, part in enumerate(loc):
        if skip_next:
            skip_next = False
            continue
        path.append(part)
        if isinstance(part, int) and i > 0 and loc[i - 1] == "segments" and i + 1 < len(loc):
            skip_next = loc[i + 1] in SEGMENT_KINDS
        if str(part).startswith("function-"):  # a validator's own entry, not a key
            path.pop()
    return tuple(path)


def _get(data: Any, path: Path_) -> Any:
    for part in path:
        if isinstance(data, dict) and isinstance(part, str):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


def _model_at(source: Source, path: Path_) -> type[BaseModel] | None:
    """Which model governs the mapping at `path` (for listing its known keys)."""
    if not path:
        return Session
    parent = _get(source.data, path)
    if path[-1] == "cues":
        return Cues
    if isinstance(path[-1], int) and len(path) >= 2:
        if path[-2] == "segments" and isinstance(parent, dict):
            kind = segment_kind(parent)
            return SEGMENT_MODELS.get(kind) if kind else None
        if path[-2] == "steps":
            return Step
    return None


def _keys_of(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def _problem(source: Source, error: Any) -> Problem:
    path = _data_path(tuple(error["loc"]))
    kind = error["type"]
    value = error.get("input")
    name = str(path[-1]) if path and isinstance(path[-1], str) else ""
    if kind == "extra_forbidden":
        key = str(path[-1])
        model = _model_at(source, path[:-1])
        known = _keys_of(model) if model else []
        close = get_close_matches(key, known, n=1, cutoff=0.6)
        if key in SEGMENT_KINDS and path[:-1] and isinstance(path[-2], int):
            message = f"unknown key '{key}': a segment has one kind, given by its first key"
        else:
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            expected = f"; expected one of: {', '.join(known)}" if known and not close else ""
            message = f"unknown key '{key}'{hint}{expected}"
        return source.problem(path, message, key=True)
    if kind == "missing":
        parent = path[:-1]
        return source.problem(parent, f"missing required key '{path[-1]}'")
    if kind in ("union_tag_not_found", "union_tag_invalid"):
        keys = source.key_order.get(path, [])
        first = keys[0] if keys else None
        if first is None:
            return source.problem(path, "expected a segment: a mapping whose first key is one "
                                        f"of {', '.join(SEGMENT_KINDS)}, got {describe(value)}")
        close = get_close_matches(first, SEGMENT_KINDS, n=1, cutoff=0.5)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return source.problem((*path, first),
                              f"unknown segment kind '{first}'{hint}; expected one of "
                              f"{', '.join(SEGMENT_KINDS)}", key=True)
    at: Path_ = ()
    if kind == "anapana":
        message = str(error["msg"])
        at = tuple((error.get("ctx") or {}).get("at", ()))
    elif kind in _TYPE_WORDS:
        message = f"{_TYPE_WORDS[kind]}, got {describe(value)}"
    elif kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        message = f"expected {expected.replace(' or ', ', ')}, got {describe(value)}"
    elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next(iter(error.get("ctx", {}).values()), "")
        words = {"greater_than_equal": "at least", "less_than_equal": "at most",
                 "greater_than": "more than", "less_than": "less than"}[kind]
        message = f"expected {words} {bound}, got {describe(value)}"
    elif kind == "too_short":
        message = "expected at least one item" if isinstance(value, list | str) else str(
            error["msg"])
        if isinstance(value, str):
            message = "expected some text, got an empty string"
    elif kind == "string_pattern_mismatch" and name == "language":
        message = f'expected a language tag like "en" or "pt-BR", got {describe(value)}'
    else:
        message = str(error["msg"])
    if isinstance(path[-1] if path else None, int) and not name:
        return source.problem((*path, *at), message, key=_names_a_key(at))
    prefix = f"{name}: " if name and not message.startswith(f"{name}:") else ""
    # A part inside the value (a pattern's hold_in, a ramp's to) is shown at its own key.
    return source.problem((*path, *at), prefix + message, key=_names_a_key(at))


def _names_a_key(at: Path_) -> bool:
    """A part named by a key is shown at its key; a list item at its value."""
    return bool(at) and isinstance(at[-1], str)


def load_or_problems(path: Path) -> LoadedSession | list[Problem]:
    """Load a file, or return its problems: for listing a library that may hold broken files."""
    try:
        return load_session(path)
    except SessionInvalid as invalid:
        return invalid.problems
    except Exception as error:  # a bug of ours must not hide the other sessions
        return [Problem(path.name, 1, 1, f"could not be read ({type(error).__name__}: "
                                         f"{error}); please report this")]
