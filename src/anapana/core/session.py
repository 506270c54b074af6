"""The session file format (format 1) as pydantic models.

These models check a file's shape and values and give `anapana schema` its JSON
Schema. Values with a compact written form (durations, patterns, ramps, ratios,
sounds) are read by small parse functions into the plain types below, so every
error message can say exactly what was expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    Tag,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from anapana.core.body_areas import AREAS, BodyArea, parse_body_area
from anapana.core.body_areas import schema_pattern as area_pattern
from anapana.core.cue_names import BUILTIN_SOUNDS
from anapana.core.durations import Open, describe, parse_open, parse_seconds

SEGMENT_KINDS: tuple[str, ...] = ("breathe", "body_scan", "silence", "prompt", "repeat")
MAX_PHASE_S = 600.0
MIN_PHASE_S = 0.5
"""The shortest phase, step, silence or bell interval a file may ask for (holds may be 0).
A cue every few milliseconds would be noise, and thousands of them a flood; the quickest
bundled breath (Wim Hof style, 0.8 s) stays well above it."""
PHASE_KEYS = ("inhale", "hold_in", "exhale", "hold_out")


def _fail(message: str, at: tuple[str | int, ...] = ()) -> PydanticCustomError:
    """A problem with a value; `at` leads from the field to the part at fault (`hold_in`)."""
    return PydanticCustomError("anapana", message, {"at": at})


def _within(at: tuple[str | int, ...], read: Any, *args: Any) -> Any:
    """`read(*args)`, with any problem it finds placed under `at`."""
    try:
        return read(*args)
    except PydanticCustomError as error:
        if error.type != "anapana":
            raise
        inner = tuple((error.context or {}).get("at", ()))
        raise _fail(error.message(), (*at, *inner)) from None


# -- values ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ramp:
    """A value that moves linearly from `start` to `end` across a segment."""

    start: float
    end: float

    def at(self, fraction: float) -> float:
        return self.start + (self.end - self.start) * fraction


PhaseValue = float | Ramp | Open


@dataclass(frozen=True, slots=True)
class PhaseSpec:
    kind: Literal["inhale", "hold_in", "exhale", "hold_out"]
    value: PhaseValue


def _seconds(value: object) -> float:
    try:
        return parse_seconds(value)
    except ValueError as error:
        raise _fail(str(error)) from None


def _ramp(value: dict[str, Any], read: Any) -> Ramp:
    unknown = sorted(set(value) - {"from", "to"})
    if unknown or "from" not in value or "to" not in value:
        raise _fail(f"expected a ramp like {{from: 6.5, to: 5.5}}, got keys "
                    f"{', '.join(sorted(value)) or 'none'}")
    return Ramp(_within(("from",), read, value["from"]), _within(("to",), read, value["to"]))


def _phase_value(value: object, kind: str) -> PhaseValue:
    try:
        opened = parse_open(value)
    except ValueError as error:
        raise _fail(f"{kind}: {error}") from None
    if opened is not None:
        return opened
    if isinstance(value, dict):
        ramp = _ramp(value, lambda v: _phase_seconds(v, kind))
        return ramp
    return _phase_seconds(value, kind)


def _phase_seconds(value: object, kind: str) -> float:
    try:
        seconds = parse_seconds(value)
    except ValueError as error:
        raise _fail(f"{kind}: {error}") from None
    if kind in ("inhale", "exhale") and seconds <= 0:
        raise _fail(f"{kind}: expected more than 0 seconds, got {describe(value)}")
    if 0 < seconds < MIN_PHASE_S:
        zero = "" if kind in ("inhale", "exhale") else "0 or "
        raise _fail(f"{kind}: expected {zero}at least {MIN_PHASE_S} seconds, "
                    f"got {describe(value)}")
    if seconds > MAX_PHASE_S:
        raise _fail(f"{kind}: expected at most {MAX_PHASE_S:.0f} seconds, got {describe(value)}")
    return seconds


_DASH = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)*\s*$")


def parse_pattern(value: object) -> tuple[PhaseSpec, ...]:
    """The three written forms of a breath pattern, as a sequence of phases."""
    if isinstance(value, str):
        parts = value.split("-")
        if not _DASH.match(value) or not 2 <= len(parts) <= 4:
            raise _fail(f"expected 2 to 4 numbers like 4-7-8, got {describe(value)}")
        numbers = [float(p) for p in parts]
        kinds = {2: ("inhale", "exhale"), 3: ("inhale", "hold_in", "exhale"),
                 4: ("inhale", "hold_in", "exhale", "hold_out")}[len(numbers)]
        return tuple(PhaseSpec(k, _phase_seconds(n, k))  # type: ignore[arg-type]
                     for k, n in zip(kinds, numbers, strict=True))
    if isinstance(value, dict):
        unknown = sorted(set(value) - set(PHASE_KEYS))
        if unknown:
            raise _fail(f"unknown phase '{unknown[0]}'; expected inhale, hold_in, exhale, hold_out")
        for needed in ("inhale", "exhale"):
            if needed not in value:
                raise _fail(f"a pattern needs {needed}")
        return tuple(PhaseSpec(k, _within((k,), _phase_value, value[k], k))  # type: ignore[arg-type]
                     for k in PHASE_KEYS if k in value)
    if isinstance(value, list):
        if not value:
            raise _fail("expected at least one phase, like [{inhale: 4}, {exhale: 6}]")
        phases: list[PhaseSpec] = []
        last_breath = "exhale"
        for i, item in enumerate(value):
            if not isinstance(item, dict) or len(item) != 1:
                raise _fail(f"phase {i + 1}: expected one phase like {{inhale: 4}}, "
                            f"got {describe(item)}", (i,))
            (key, raw), = item.items()
            if key == "hold":
                kind = "hold_in" if last_breath == "inhale" else "hold_out"
            elif key in PHASE_KEYS:
                kind = key
            else:
                raise _fail(f"phase {i + 1}: unknown phase '{key}'; expected inhale, exhale, "
                            "hold, hold_in or hold_out", (i,))
            if kind in ("inhale", "exhale"):
                last_breath = kind
            phases.append(PhaseSpec(kind, _within(  # type: ignore[arg-type]
                (i, key), _phase_value, raw, kind)))
        return tuple(phases)
    raise _fail(f"expected a pattern like 4-7-8, {{inhale: 4, exhale: 6}} or a list of "
                f"phases, got {describe(value)}")


def _pace_value(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(f"expected breaths per minute, a number from 1 to 30, got {describe(value)}")
    if not 1 <= value <= 30:
        raise _fail(f"expected breaths per minute from 1 to 30, got {describe(value)}")
    return float(value)


def parse_pace(value: object) -> float | Ramp:
    if isinstance(value, dict):
        return _ramp(value, _pace_value)
    return _pace_value(value)


def parse_ratio(value: object) -> tuple[float, ...]:
    text = str(value) if isinstance(value, str | int | float) else None
    parts = text.split(":") if text else []
    try:
        numbers = tuple(float(p) for p in parts)
    except ValueError:
        numbers = ()
    if len(numbers) not in (2, 4) or any(not 0 <= n < 1e6 for n in numbers):
        raise _fail(f'expected a ratio like "1:1", "4:6" or "4:2:6:0", got {describe(value)}')
    inhale, exhale = (numbers[0], numbers[1]) if len(numbers) == 2 else (numbers[0], numbers[2])
    if inhale <= 0 or exhale <= 0:
        raise _fail(f"the inhale and exhale parts of a ratio must be more than 0, "
                    f"got {describe(value)}")
    return numbers


def _length(value: object) -> float | Open:
    try:
        opened = parse_open(value)
    except ValueError as error:
        raise _fail(str(error)) from None
    return opened if opened is not None else _seconds(value)


def _prompt_length(value: object) -> float | Open:
    length = _length(value)
    if not isinstance(length, Open) and length <= 0:
        raise _fail(f"expected a duration of more than 0, or open, got {describe(value)}")
    if not isinstance(length, Open) and length < MIN_PHASE_S:
        raise _fail(f"expected a duration of at least {MIN_PHASE_S} seconds, or open, "
                    f"got {describe(value)}")
    return length


def _bells(value: object) -> float | list[float]:
    """One interval (`1m`) or a list of offsets from the segment start (`[3m, 7m]`)."""
    if isinstance(value, list):
        if not value:
            raise _fail("expected at least one bell time, like [3m, 7m]")
        return [_within((i,), _positive_seconds, item) for i, item in enumerate(value)]
    return _positive_seconds(value)


def _positive_seconds(value: object) -> float:
    seconds = _seconds(value)
    if seconds <= 0:
        raise _fail(f"expected a duration of more than 0, got {describe(value)}")
    if seconds < MIN_PHASE_S:
        raise _fail(f"expected a duration of at least {MIN_PHASE_S} seconds, "
                    f"got {describe(value)}")
    return seconds


def _sound(value: object, info: ValidationInfo) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"expected a sound: one of {', '.join(BUILTIN_SOUNDS)}, none, "
                    f"or a .wav file, got {describe(value)}")
    if value == "none" or value in BUILTIN_SOUNDS:
        return value
    if not value.lower().endswith(".wav"):
        from difflib import get_close_matches

        close = get_close_matches(value, BUILTIN_SOUNDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise _fail(f"unknown sound {describe(value)}{hint}; expected one of "
                    f"{', '.join(BUILTIN_SOUNDS)}, none, or a .wav file")
    check_sound_file(value, info.context.get("base_dir") if info.context else None)
    return value


def check_sound_file(value: str, base_dir: Path | None) -> None:
    """A `.wav` path must be relative, stay inside the session's folder, and be readable."""
    candidate = Path(value)
    if candidate.is_absolute() or value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value):
        raise _fail(f"sound {describe(value)}: absolute paths are not allowed; put the file "
                    "next to the session and give its name")
    if ".." in candidate.parts:
        raise _fail(f"sound {describe(value)}: the file must stay inside the session's folder "
                    "(no ../)")
    if base_dir is None:
        return
    try:
        target = (base_dir / candidate).resolve()
        inside = target.is_relative_to(base_dir.resolve())
        found = inside and target.is_file()
    except (OSError, RuntimeError, ValueError) as error:  # a name too long, a symlink loop
        reason = getattr(error, "strerror", None) or "the name cannot be used"
        raise _fail(f"sound {describe(value)}: {reason}") from None
    if not inside:
        raise _fail(f"sound {describe(value)}: the file must stay inside the session's folder")
    if not found:
        raise _fail(f"sound {describe(value)}: no such file next to the session")
    from anapana.core.wavfile import check_wav

    problem = check_wav(target)
    if problem:
        raise _fail(f"sound {describe(value)}: {problem}")


def _area(value: object) -> BodyArea:
    try:
        return parse_body_area(value)
    except ValueError as error:
        raise _fail(str(error)) from None


def _title(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _fail(f"expected a title (text), got {describe(value)}")
    return str(value)


_DURATION_SCHEMA: dict[str, Any] = {
    "description": 'Seconds (90, 2.5) or a string of units h, m, s ("90s", "5m", "1m30s").',
    "anyOf": [{"type": "number", "minimum": 0},
              {"type": "string", "pattern": r"^\s*(\d+(\.\d+)?\s*h)?\s*(\d+(\.\d+)?\s*m)?\s*"
                                            r"(\d+(\.\d+)?\s*s)?\s*$"}],
}
_OPEN_SCHEMA: dict[str, Any] = {
    "anyOf": [{"const": "open"},
              {"type": "object", "properties": {"open": {"const": True}, "max": _DURATION_SCHEMA},
               "required": ["open"], "additionalProperties": False}],
}
_RAMP_SCHEMA: dict[str, Any] = {
    "type": "object", "properties": {"from": _DURATION_SCHEMA, "to": _DURATION_SCHEMA},
    "required": ["from", "to"], "additionalProperties": False,
}
_PHASE_SCHEMA: dict[str, Any] = {"anyOf": [_DURATION_SCHEMA, _RAMP_SCHEMA, _OPEN_SCHEMA]}
_PATTERN_SCHEMA: dict[str, Any] = {
    "description": "4-7-8 dash form, a mapping of phases, or a list of one-phase mappings.",
    "anyOf": [
        {"type": "string", "pattern": r"^\d+(\.\d+)?(-\d+(\.\d+)?){1,3}$"},
        {"type": "object", "properties": {k: _PHASE_SCHEMA for k in PHASE_KEYS},
         "required": ["inhale", "exhale"], "additionalProperties": False},
        {"type": "array", "minItems": 1, "items": {
            "type": "object", "minProperties": 1, "maxProperties": 1,
            "properties": {k: _PHASE_SCHEMA for k in (*PHASE_KEYS, "hold")},
            "additionalProperties": False}},
    ],
}
_SOUND_SCHEMA: dict[str, Any] = {
    "description": "A built-in cue, none, or a .wav file next to the session.",
    "anyOf": [{"enum": [*BUILTIN_SOUNDS, "none"]},
              {"type": "string", "pattern": r"\.[wW][aA][vV]$"}],
}

Seconds = Annotated[float, PlainValidator(_seconds), WithJsonSchema(_DURATION_SCHEMA)]
PositiveSeconds = Annotated[float, PlainValidator(_positive_seconds),
                            WithJsonSchema(_DURATION_SCHEMA)]
Length = Annotated[float | Open, PlainValidator(_length),
                   WithJsonSchema({"anyOf": [_DURATION_SCHEMA, _OPEN_SCHEMA]})]
Pattern = Annotated[tuple[PhaseSpec, ...], PlainValidator(parse_pattern),
                    WithJsonSchema(_PATTERN_SCHEMA)]
Pace = Annotated[float | Ramp, PlainValidator(parse_pace), WithJsonSchema({
    "description": "Breaths per minute (1-30), or a ramp {from, to}.",
    "anyOf": [{"type": "number", "minimum": 1, "maximum": 30},
              {"type": "object", "properties": {"from": {"type": "number"},
                                                "to": {"type": "number"}},
               "required": ["from", "to"], "additionalProperties": False}]})]
Ratio = Annotated[tuple[float, ...], PlainValidator(parse_ratio), WithJsonSchema({
    "type": "string", "pattern": r"^\d+(\.\d+)?(:\d+(\.\d+)?){1}(:\d+(\.\d+)?:\d+(\.\d+)?)?$",
    "description": 'in:out ("4:6") or in:hold_in:out:hold_out ("4:2:6:0")'})]
Sound = Annotated[str, PlainValidator(_sound), WithJsonSchema(_SOUND_SCHEMA)]
_AREA_NAME_SCHEMA: dict[str, Any] = {
    "type": "string", "pattern": area_pattern(),
    "examples": [*AREAS, "none"],
    "description": 'One area, or several joined by "and" or commas: "lower legs and knees".',
}
Area = Annotated[BodyArea, PlainValidator(_area), WithJsonSchema({
    "description": "The body area the body map lights for this step: one of "
                   f"{', '.join(AREAS)} (or a synonym, with left or right), several, or none.",
    "anyOf": [_AREA_NAME_SCHEMA,
              {"type": "array", "minItems": 1, "items": _AREA_NAME_SCHEMA}]})]
Title = Annotated[str, PlainValidator(_title), WithJsonSchema({"type": ["string", "null"]})]
Bells = Annotated[float | list[float], PlainValidator(_bells), WithJsonSchema(
    {"anyOf": [_DURATION_SCHEMA, {"type": "array", "minItems": 1, "items": _DURATION_SCHEMA}],
     "description": "A bell every interval from the segment start, or a list of offsets."})]
PromptLength = Annotated[float | Open, PlainValidator(_prompt_length),
                         WithJsonSchema({"anyOf": [_DURATION_SCHEMA, _OPEN_SCHEMA]})]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Cues(_Strict):
    """Which sound plays on each event; unset events keep the outer or default sound."""

    start: Sound | None = None
    end: Sound | None = None
    inhale: Sound | None = None
    exhale: Sound | None = None
    hold: Sound | None = None
    step: Sound | None = None
    bell: Sound | None = None


class _Segment(_Strict):
    intro: str | None = None
    cues: Cues | None = None


class Breathe(_Segment):
    breathe: Title
    pattern: Pattern | None = None
    pace: Pace | None = None
    ratio: Ratio | None = None
    cycles: int | None = Field(default=None, ge=1, le=10_000)
    duration: PositiveSeconds | None = None

    @model_validator(mode="after")
    def _one_of_each(self) -> Breathe:
        if (self.pattern is None) == (self.pace is None):
            raise _fail("a breathe segment needs exactly one of pattern: or pace:")
        if self.ratio is not None and self.pace is None:
            raise _fail("ratio: goes with pace:, not with pattern:")
        if (self.cycles is None) == (self.duration is None):
            raise _fail("a breathe segment needs exactly one of cycles: or duration:")
        if self.pace is not None:
            fastest = max(self.pace.start, self.pace.end) if isinstance(self.pace, Ramp) \
                else self.pace
            ratio = self.ratio or (1.0, 1.0)
            shortest = 60.0 / fastest * min(p for p in ratio if p > 0) / sum(ratio)
            if shortest < MIN_PHASE_S:
                raise _fail(f"ratio: at {fastest:g} breaths a minute its shortest phase "
                            f"lasts {shortest:.2f} seconds; expected at least {MIN_PHASE_S}",
                            ("ratio",))
        return self


def _step(value: object) -> object:
    return {"focus": value} if isinstance(value, str | int | float) and not isinstance(
        value, bool) else value


def _steps_schema(schema: dict[str, Any]) -> None:
    """A step may be written as its focus text alone."""
    schema["items"] = {"anyOf": [{"type": "string", "minLength": 1}, schema["items"]]}


class Step(_Strict):
    focus: str = Field(min_length=1)
    say: str | None = None
    duration: PositiveSeconds | None = None
    sound: Sound | None = None
    area: Area | None = None
    """The areas (and side) named by `area:`; None when not given (then read from `focus`)."""


class BodyScan(_Segment):
    body_scan: Title
    steps: list[Annotated[Step, BeforeValidator(_step)]] = Field(
        min_length=1, json_schema_extra=_steps_schema)
    step: PositiveSeconds | None = None
    duration: PositiveSeconds | None = None


class Silence(_Segment):
    silence: Title
    duration: PositiveSeconds
    bells: Bells | None = None


class Prompt(_Segment):
    prompt: Title
    text: str | None = None
    duration: PromptLength = Open()
    write: bool = Field(default=False, strict=True)
    """A writing prompt: the app offers a box whose words go into the session's journal."""


class Repeat(_Segment):
    repeat: int = Field(ge=1, le=10_000)
    segments: list[Segment] = Field(min_length=1)


def segment_kind(value: Any) -> str | None:
    """A segment's kind is its first key (any kind key is accepted, to report the rest)."""
    if isinstance(value, BaseModel):
        for kind in SEGMENT_KINDS:
            if kind in type(value).model_fields:
                return kind
        return None
    if not isinstance(value, dict) or not value:
        return None
    first = next(iter(value))
    if first in SEGMENT_KINDS:
        return str(first)
    return next((k for k in value if k in SEGMENT_KINDS), None)


Segment = Annotated[
    Annotated[Breathe, Tag("breathe")]
    | Annotated[BodyScan, Tag("body_scan")]
    | Annotated[Silence, Tag("silence")]
    | Annotated[Prompt, Tag("prompt")]
    | Annotated[Repeat, Tag("repeat")],
    Discriminator(segment_kind),
]

Repeat.model_rebuild()

_LANGUAGE = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"


class Session(_Strict):
    """One session file."""

    format: Literal[1] = 1
    title: str = Field(min_length=1)
    summary: str | None = None
    description: str | None = None
    tags: list[str] = Field(default_factory=list)
    author: str | None = None
    language: str | None = Field(default=None, pattern=_LANGUAGE)
    checkin: Literal["before", "after", "both", "none"] = "both"
    reflect: str | None = None
    cues: Cues | None = None
    segments: list[Segment] = Field(min_length=1)


SEGMENT_MODELS: dict[str, type[BaseModel]] = {
    "breathe": Breathe, "body_scan": BodyScan, "silence": Silence,
    "prompt": Prompt, "repeat": Repeat,
}


def json_schema() -> dict[str, Any]:
    """The format's JSON Schema, for editors (`# yaml-language-server: $schema=...`)."""
    schema = Session.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Anapana session, format 1"
    return schema
