"""Body areas: the `area:` vocabulary, reading areas from focus words, and the plan's areas."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from anapana.core.body_areas import (
    AREAS,
    SYNONYMS,
    infer_areas,
    parse_area,
    side_of,
    vocabulary,
)
from anapana.core.loader import load_session
from anapana.core.problems import SessionInvalid
from anapana.core.session import json_schema
from tests.helpers import load_text, plan_json

LIBRARY = Path(__file__).parents[1] / "sessions"


def scan(steps: str, extra: str = "") -> str:
    return f"title: T\nsegments:\n  - body_scan: Scan\n    step: 30s\n{extra}    steps:\n{steps}"


# -- the vocabulary -------------------------------------------------------------------


def test_every_canonical_area_names_itself() -> None:
    for area in AREAS:
        assert parse_area(area) == (area,)
        assert parse_area(area.upper()) == (area,)


def test_the_documented_areas_are_all_there() -> None:
    for area in ("feet", "lower legs", "knees", "thighs", "hips and pelvis", "belly", "chest",
                 "back", "hands", "arms", "shoulders", "neck and throat", "face", "head",
                 "whole body"):
        assert area in AREAS


@pytest.mark.parametrize(("word", "areas"), [
    ("pelvis", ("hips and pelvis",)),
    ("lower back", ("back",)),
    ("upper back", ("back",)),
    ("toes", ("feet",)),
    ("ankles", ("lower legs",)),
    ("breath", ("belly", "chest")),
    ("left foot", ("feet",)),
    ("Right hand", ("hands",)),
    ("jaw", ("face",)),
    ("legs", ("lower legs", "knees", "thighs")),
])
def test_synonyms_name_their_areas(word: str, areas: tuple[str, ...]) -> None:
    assert parse_area(word) == areas


def test_every_synonym_leads_to_canonical_areas() -> None:
    for word, areas in SYNONYMS.items():
        assert areas and all(a in AREAS for a in areas), word
        assert parse_area(word) == tuple(a for a in AREAS if a in areas) or areas == (
            "whole body",)


def test_several_areas_joined_or_listed_come_in_body_order() -> None:
    assert parse_area("knees and lower legs") == ("lower legs", "knees")
    assert parse_area("hands, arms") == ("hands", "arms")
    assert parse_area(["shoulders", "neck"]) == ("shoulders", "neck and throat")
    # a canonical name with "and" in it stays one area
    assert parse_area("neck and throat") == ("neck and throat",)


def test_whole_body_stands_for_everything() -> None:
    assert parse_area("whole body") == ("whole body",)
    assert parse_area(["feet", "whole body"]) == ("whole body",)


def test_none_means_no_area_and_stands_alone() -> None:
    assert parse_area("none") == ()
    with pytest.raises(ValueError, match="none means no area"):
        parse_area(["none", "feet"])


def test_a_huge_unknown_area_gives_a_short_message_quickly() -> None:
    import time

    started = time.perf_counter()
    with pytest.raises(ValueError) as refused:
        parse_area("x" * 200_000)
    assert len(str(refused.value)) < 400
    with pytest.raises(ValueError) as refused:
        parse_area({f"key{i}": i for i in range(10_000)})
    assert len(str(refused.value)) < 400
    assert time.perf_counter() - started < 5  # generous: never a hang


@pytest.mark.parametrize(("value", "words"), [
    ("tighs", "unknown body area 'tighs' (did you mean 'thighs'?)"),
    ("lower legs and kneez", "unknown body area 'kneez' (did you mean 'knees'?)"),
    ("spleen", "unknown body area 'spleen'; expected one of: feet, lower legs"),
    (3, "expected a body area such as feet"),
    ("", "expected a body area"),
    ([], "expected at least one body area"),
    ([["feet"]], "expected a body area"),
])
def test_unknown_areas_are_refused_with_what_was_expected(value: object, words: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_area(value)
    assert words in str(refused.value)


# -- reading areas from the focus ---------------------------------------------------------


@pytest.mark.parametrize(("focus", "areas"), [
    ("Feet", ("feet",)),
    ("Left foot", ("feet",)),
    ("Lower legs and knees", ("lower legs", "knees")),
    ("Knees and thighs", ("knees", "thighs")),
    ("Thighs and hips", ("thighs", "hips and pelvis")),
    ("Back and chest", ("chest", "back")),
    ("Shoulders and neck", ("shoulders", "neck and throat")),
    ("Face and jaw", ("face",)),
    ("The top of the head", ("head",)),
    ("The lower back", ("back",)),
    ("Whole body", ("whole body",)),
    ("Body", ("whole body",)),
    ("The breath in the belly", ("belly", "chest")),
])
def test_areas_are_read_from_focus_words(focus: str, areas: tuple[str, ...]) -> None:
    assert infer_areas(focus) == areas


@pytest.mark.parametrize("focus", ["Settling", "Sounds", "Feelings", "Mind", "Backpack",
                                   "Handsome", ""])
def test_focus_without_a_known_area_gives_none(focus: str) -> None:
    assert infer_areas(focus) == ()


@pytest.mark.parametrize(("words", "side"), [
    ("Left foot", "left"),
    ("The whole right leg", "right"),
    ("Right knee and thigh", "right"),
    (["left hand", "left arm"], "left"),
    ("Both feet", "both"),
    ("Left and right hands", "both"),
    ("Feet", None),
    ("Leftover tension", None),
])
def test_the_side_some_words_name(words: object, side: str | None) -> None:
    assert side_of(words) == side


def test_plan_carries_the_side_of_a_one_sided_step(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, scan(
        "      - Left foot\n"
        "      - focus: The right leg, all of it\n"
        "      - focus: Left heel\n        area: feet\n"          # the side from the focus
        "      - focus: Left hand\n        area: both hands\n"    # the area says both
        "      - focus: Feet\n        area: right foot\n"
        "      - Left and right feet\n"
        "      - Sounds on the left\n"))                           # no area: no side
    steps = [p for p in plan["phases"] if p["kind"] == "step"]
    assert [(s["areas"], s.get("side")) for s in steps] == [
        (["feet"], "left"), (["lower legs", "knees", "thighs"], "right"), (["feet"], "left"),
        (["hands"], None), (["feet"], "right"), (["feet"], None), ([], None)]


# -- the session file and the plan ----------------------------------------------------------


def test_plan_carries_explicit_and_inferred_areas(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, scan(
        "      - Left foot\n"
        "      - focus: Settling\n        area: whole body\n"
        "      - focus: Knees\n        area: [knees, thighs]\n"
        "      - focus: Thoughts\n"
        "      - focus: Belly\n        area: none\n"))
    steps = [p for p in plan["phases"] if p["kind"] == "step"]
    assert [s["areas"] for s in steps] == [
        ["feet"], ["whole body"], ["knees", "thighs"], [], []]


def test_only_steps_carry_areas(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pattern: 4-6\n"
                               "    cycles: 1\n  - silence: S\n    duration: 5\n")
    assert all("areas" not in p for p in plan["phases"])


def test_plan_command_prints_areas_as_json(tmp_path: Path) -> None:
    path = tmp_path / "scan.yaml"
    path.write_text(scan("      - focus: Feet\n        area: toes\n      - Hands\n"))
    out = subprocess.run([sys.executable, "-m", "anapana", "plan", str(path), "--json"],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    steps = [p for p in json.loads(out)["phases"] if p["kind"] == "step"]
    assert [s["areas"] for s in steps] == [["feet"], ["hands"]]


def test_unknown_area_is_an_error_at_its_file_and_line(tmp_path: Path) -> None:
    text = scan("      - Feet\n      - focus: Thighs\n        area: tighs\n")
    with pytest.raises(SessionInvalid) as refused:
        load_text(tmp_path, text, "scan.yaml")
    (problem,) = refused.value.problems
    assert str(problem) == ("scan.yaml:8:15: area: unknown body area 'tighs' (did you mean "
                            "'thighs'?); expected one of: " + ", ".join(AREAS) + ", or none")


def test_area_of_the_wrong_shape_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    text = scan("      - focus: Thighs\n        area: {left: thigh}\n")
    with pytest.raises(SessionInvalid) as refused:
        load_text(tmp_path, text, "scan.yaml")
    (problem,) = refused.value.problems
    assert (problem.line, problem.column) == (7, 15)
    assert problem.message.startswith("area: expected a body area such as feet")


def test_misspelt_area_key_suggests_area(tmp_path: Path) -> None:
    text = scan("      - focus: Thighs\n        aera: thighs\n")
    with pytest.raises(SessionInvalid) as refused:
        load_text(tmp_path, text, "scan.yaml")
    assert "unknown key 'aera' (did you mean 'area'?)" in refused.value.problems[0].message


def test_schema_describes_area_and_accepts_what_the_loader_accepts(tmp_path: Path) -> None:
    import jsonschema

    checker = jsonschema.Draft202012Validator(json_schema())
    good = {"title": "T", "segments": [{"body_scan": "S", "step": 30, "steps": [
        {"focus": "Feet", "area": "feet"}, {"focus": "Legs", "area": ["knees", "thighs"]},
        {"focus": "Mind", "area": "none"}, "Hands"]}]}
    assert not list(checker.iter_errors(good))
    bad = {"title": "T", "segments": [{"body_scan": "S", "step": 30, "steps": [
        {"focus": "Legs", "area": ["kneez"]}]}]}
    assert list(checker.iter_errors(bad))
    area_schema = {"$defs": json_schema().get("$defs", {}),
                   **json_schema()["$defs"]["Step"]["properties"]["area"]}
    area = jsonschema.Draft202012Validator(area_schema)
    for fine in ("feet", "Left knee", "lower legs and knees", "Hips and pelvis", "none",
                 "hands, arms", ["left knee", "left thigh"], "the lower-back", "neck and throat"):
        assert area.is_valid(fine), fine
        parse_area(fine)  # the loader takes it too
    for wrong in ("kneez", "spleen", "feet and", [], ["feet", 3], "left"):
        assert not area.is_valid(wrong), wrong
    step_schema = json.dumps(json_schema())
    assert "hips and pelvis" in step_schema and "whole body" in step_schema
    for word in vocabulary():
        assert parse_area(word) is not None


def test_every_bundled_body_scan_step_has_an_area() -> None:
    scans = sorted(LIBRARY.glob("body-scan-*.yaml"))
    assert len(scans) >= 4
    for path in scans:
        plan = load_session(path).plan
        steps = [p for p in plan.phases if p.kind == "step"]
        assert steps, path.name
        for step in steps:
            assert step.areas, f"{path.name}: step {step.text!r} shows no area"
            assert all(a in AREAS for a in step.areas)


def test_every_bundled_body_scan_step_names_its_area() -> None:
    import yaml

    for path in sorted(LIBRARY.glob("body-scan-*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for segment in data["segments"]:
            for step in segment.get("steps", []):
                assert isinstance(step, dict) and "area" in step, f"{path.name}: {step!r}"
