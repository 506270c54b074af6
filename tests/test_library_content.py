"""Content checks on the bundled session library in `sessions/`.

The first checks read the YAML directly (safe loader only): every file has the texts a
person needs to choose a session, ids are usable, body-scan guidance is never silent,
and the breath-hold session carries its safety note. The later ones compile each file
with the app's loader and check what will really be played and said: each session's
length against its source, the spacing of loving-kindness phrases, trauma-sensitive
choices, cautions, and room for every spoken line at a calm pace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml

from anapana.core.loader import load_session
from anapana.core.plan import Plan
from anapana.log.practice import FEELINGS

LIBRARY = Path(__file__).resolve().parent.parent / "sessions"
KEBAB_CASE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
REQUIRED_TEXTS = ("title", "summary", "description")
ALLOWED_CUES = {"rise", "fall", "tick", "chime", "bowl", "gong", "none"}


def library_files() -> list[Path]:
    return sorted(LIBRARY.glob("*.yaml")) + sorted(LIBRARY.glob("*.yml"))


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: the top level must be a mapping"
    return data


def segments_of(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every segment, looking inside `repeat` groups."""
    for segment in items:
        yield segment
        if "repeat" in segment:
            yield from segments_of(segment["segments"])


def cue_maps(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if "cues" in data:
        yield data["cues"]
    for segment in segments_of(data["segments"]):
        if "cues" in segment:
            yield segment["cues"]


FILES = library_files()
IDS = [path.stem for path in FILES]


def test_library_has_at_least_fifteen_sessions() -> None:
    assert len(FILES) >= 15, [p.name for p in FILES]


def test_ids_are_unique_kebab_case() -> None:
    bad = [stem for stem in IDS if not KEBAB_CASE.fullmatch(stem)]
    assert bad == []
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_session_has_texts_tags_and_segments(path: Path) -> None:
    data = load(path)
    for key in REQUIRED_TEXTS:
        assert isinstance(data.get(key), str), f"{path.name}: {key} missing"
        assert data[key].strip(), f"{path.name}: {key} is empty"
    assert "\n" not in data["summary"].strip(), f"{path.name}: summary must be one line"
    tags = data.get("tags")
    assert isinstance(tags, list), f"{path.name}: tags missing"
    assert tags, f"{path.name}: no tags"
    assert all(isinstance(tag, str) and tag for tag in tags)
    segments = data.get("segments")
    assert isinstance(segments, list), f"{path.name}: segments missing"
    assert segments, f"{path.name}: no segments"
    assert data.get("format", 1) == 1
    assert data.get("language") == "en"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_body_scan_steps_have_spoken_guidance(path: Path) -> None:
    for segment in segments_of(load(path)["segments"]):
        if "body_scan" not in segment:
            continue
        steps = segment["steps"]
        assert steps, f"{path.name}: a body scan without steps"
        for step in steps:
            if isinstance(step, str):
                assert step.strip(), f"{path.name}: an empty step"
                continue
            assert str(step.get("focus", "")).strip(), f"{path.name}: a step without focus"
            if "say" in step:
                assert str(step["say"]).strip(), f"{path.name}: {step['focus']}: empty say"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_cues_use_built_in_names(path: Path) -> None:
    for cues in cue_maps(load(path)):
        unknown = {str(sound) for sound in cues.values()} - ALLOWED_CUES
        assert unknown == set(), f"{path.name}: {unknown}"


def test_body_scans_of_each_advertised_length_exist() -> None:
    for minutes in (5, 10, 20, 45):
        assert f"body-scan-{minutes}" in IDS


def test_long_body_scan_moves_from_the_feet_to_the_head() -> None:
    data = load(LIBRARY / "body-scan-45.yaml")
    (scan,) = [s for s in data["segments"] if "body_scan" in s]
    focuses = [(step if isinstance(step, str) else step["focus"]).lower() for step in scan["steps"]]
    assert len(focuses) >= 30
    first_toes = next(i for i, focus in enumerate(focuses) if "toes" in focus)
    crown = next(i for i, focus in enumerate(focuses) if "crown" in focus)
    assert first_toes < crown
    assert any("whole body" in focus for focus in focuses[crown:])


def test_wim_hof_rounds_carry_the_safety_note() -> None:
    (path,) = [p for p in FILES if "wim-hof" in p.stem]
    description = load(path)["description"].lower()
    for word in ("water", "driving", "dizzy", "pregnan", "heart", "epilepsy"):
        assert word in description, word


def test_wim_hof_rounds_repeat_with_an_open_retention() -> None:
    (path,) = [p for p in FILES if "wim-hof" in p.stem]
    groups = [s for s in load(path)["segments"] if "repeat" in s]
    assert groups and groups[0]["repeat"] >= 3
    patterns = [s.get("pattern") for s in segments_of(groups[0]["segments"])]
    assert "open" in repr(patterns)


def test_new_session_template_shows_each_kind_and_the_schema_command() -> None:
    template = LIBRARY.parent / "assets" / "templates" / "new-session.yaml"
    text = template.read_text(encoding="utf-8")
    assert "anapana schema > anapana.schema.json" in text
    assert "yaml-language-server" not in text
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    assert data["title"].strip()
    kinds = {next(iter(segment)) for segment in data["segments"]}
    assert kinds == {"breathe", "body_scan", "silence", "prompt"}
    assert "repeat:" in text  # shown as a comment


# -- timing, safety and care (issue 12) ---------------------------------------------------
#
# These compile each file with the app's own loader, so they check what will really be
# played and said, not only what the YAML says.


WORDS_PER_SECOND = 2.5
"""Calm guidance speech; the estimate every spoken line must fit in."""
EMOTIONAL_TAGS = {"compassion", "emotions"}
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”]?\s+")


def plan_of(session_id: str) -> Plan:
    return load_session(LIBRARY / f"{session_id}.yaml").plan


def spoken_seconds(text: str) -> float:
    return len(text.split()) / WORDS_PER_SECOND


def all_speech(plan: Plan) -> str:
    return " ".join(line.text for line in plan.speech).lower()


def tags_of(path: Path) -> set[str]:
    return set(load(path).get("tags", []))


BODY_SCANS = [p for p in FILES if "body-scan" in tags_of(p)]
EMOTIONAL = [p for p in FILES if tags_of(p) & EMOTIONAL_TAGS]

# id: (shortest, longest) planned length in seconds, as each session's source describes it.
EXPECTED_TOTALS: dict[str, tuple[float, float]] = {
    "self-compassion-break": (270, 360),        # Neff: about five minutes
    "rain-difficult-feeling": (660, 780),       # Brach's guided RAIN: about twelve minutes
    "loving-kindness-10": (600, 600),
    "loving-kindness-20": (1200, 1200),
    "naming-what-you-feel": (450, 540),         # about eight minutes
    "writing-it-out": (900 + 60, 1200 + 180),   # Pennebaker: 15–20 min of writing, plus arrival
    "silent-sit-10": (600, 600),
    "silent-sit-30": (1800, 1800),
    "relaxing-breath-4-7-8": (76, 150),         # Weil: four breaths after one full exhale
    "relaxing-breath-4-7-8-quicker": (38, 110),
    **{f"resonance-pace-{rate}": (1200, 1260)   # Lehrer: practise 20 minutes
       for rate in ("4-5", "5", "5-5", "6", "6-5")},
}


def test_every_session_compiles_with_the_app_loader() -> None:
    for path in FILES:
        plan = load_session(path).plan
        assert plan.total_s > 0, path.name


@pytest.mark.parametrize("session_id", sorted(EXPECTED_TOTALS))
def test_new_sessions_plan_to_the_length_of_their_source(session_id: str) -> None:
    shortest, longest = EXPECTED_TOTALS[session_id]
    assert shortest <= plan_of(session_id).total_s <= longest


@pytest.mark.parametrize("rate", [4.5, 5.0, 5.5, 6.0, 6.5])
def test_a_paced_session_exists_for_every_rate_of_the_finder(rate: float) -> None:
    session_id = f"resonance-pace-{rate:g}".replace(".", "-")
    plan = plan_of(session_id)
    breaths = [p for p in plan.phases if p.kind in ("inhale", "exhale")]
    assert len(breaths) >= 2 * 20 * rate  # twenty minutes of it
    cycle = breaths[0].duration_s + breaths[1].duration_s  # type: ignore[operator]
    assert cycle == pytest.approx(60 / rate)
    assert f"{rate:g}" in load(LIBRARY / f"{session_id}.yaml")["title"]


def test_the_quicker_4_7_8_keeps_weils_ratio() -> None:
    for session_id in ("relaxing-breath-4-7-8", "relaxing-breath-4-7-8-quicker"):
        plan = plan_of(session_id)
        holds = [p for p in plan.phases if p.kind == "hold_in"]
        assert len(holds) == 4, session_id
        first = plan.phases.index(holds[0])
        inhale, hold, exhale = plan.phases[first - 1: first + 2]
        assert (inhale.kind, exhale.kind) == ("inhale", "exhale")
        assert hold.duration_s / inhale.duration_s == pytest.approx(7 / 4)  # type: ignore[operator]
        assert exhale.duration_s / inhale.duration_s == pytest.approx(8 / 4)  # type: ignore[operator]
    quick = plan_of("relaxing-breath-4-7-8-quicker")
    assert next(p for p in quick.phases if p.kind == "inhale").duration_s < 4


def test_4_7_8_opens_with_a_full_exhale() -> None:
    for session_id in ("relaxing-breath-4-7-8", "relaxing-breath-4-7-8-quicker"):
        breath = [p for p in plan_of(session_id).phases if p.kind != "prompt"]
        assert breath[0].kind == "exhale", session_id
        assert breath[1].kind == "inhale", session_id


@pytest.mark.parametrize("session_id", ["loving-kindness-10", "loving-kindness-20"])
def test_metta_offers_a_phrase_every_15_to_20_seconds(session_id: str) -> None:
    plan = plan_of(session_id)
    phrases = [line for line in plan.speech if line.text.startswith("May ")]
    assert len(phrases) >= 20
    by_segment: dict[int, list[float]] = {}
    for phase in plan.phases:
        if phase.text and phase.text.startswith("May "):
            by_segment.setdefault(phase.segment, []).append(phase.start_s)
    for starts in by_segment.values():
        for a, b in pairwise(starts):
            assert 15 <= b - a <= 20, (session_id, a, b)
    for line in phrases:  # each phrase leaves silence before the next
        assert spoken_seconds(line.text) < 15
    order = [s.title.lower() for s in plan.segments]
    wanted = ["yourself", "a benefactor", "a friend", "a neutral person", "all beings"]
    assert [t for t in order if t in wanted] == wanted


def test_the_long_metta_offers_a_difficult_person_as_a_choice() -> None:
    plan = plan_of("loving-kindness-20")
    (segment,) = [s for s in plan.segments if "difficult" in s.title.lower()]
    first = next(line for line in plan.speech if line.at_s == segment.start_s)
    assert "if you wish" in first.text.lower() and "skip" in first.text.lower()


def test_rain_moves_through_its_four_steps_from_a_mild_difficulty() -> None:
    plan = plan_of("rain-difficult-feeling")
    titles = " ".join(s.title.lower() for s in plan.segments)
    positions = [titles.index(step) for step in ("recognise", "allow", "investigate",
                                                 "nurture", "after the rain")]
    assert positions == sorted(positions)
    assert "mild" in all_speech(plan)
    assert "mild difficulty" in load(LIBRARY / "rain-difficult-feeling.yaml")["description"]


def test_self_compassion_break_follows_neff() -> None:
    plan = plan_of("self-compassion-break")
    speech = all_speech(plan)
    for words in ("moderately difficult", "moment of suffering", "not alone",
                  "hand on your heart", "may i be kind to myself", "backdraft"):
        assert words in speech, words
    assert "backdraft" in load(LIBRARY / "self-compassion-break.yaml")["description"].lower()


def test_naming_what_you_feel_uses_the_check_in_words() -> None:
    speech = all_speech(plan_of("naming-what-you-feel"))
    missing = [feeling for feeling in FEELINGS if feeling not in speech]
    assert missing == []


def test_writing_it_out_writes_into_the_journal_for_15_to_20_minutes() -> None:
    plan = plan_of("writing-it-out")
    writing = [s for s in plan.segments if s.write]
    assert len(writing) == 1
    assert writing[0].kind == "prompt"
    assert 900 <= writing[0].duration_s <= 1200
    assert writing[0].start_s >= 60  # a short arrival first
    description = load(LIBRARY / "writing-it-out.yaml")["description"].lower()
    for words in ("sadness", "change topic", "stop", "journal", "pennebaker"):
        assert words in description, words
    assert not any(s.write for p in FILES if p.stem != "writing-it-out"
                   for s in load_session(p).plan.segments)


def test_evening_inner_healing_turns_toward_feelings_for_three_minutes() -> None:
    plan = plan_of("evening-inner-healing")
    turning = [s for s in plan.segments if s.title.lower().startswith("turning toward")]
    assert sum(s.duration_s for s in turning) >= 180
    said = " ".join(line.text for line in plan.speech
                    if any(s.start_s <= line.at_s < s.start_s + s.duration_s for s in turning))
    for step in ("recognise", "allow", "investigate", "nurture"):
        assert step in said.lower(), step


@pytest.mark.parametrize("path", BODY_SCANS + [p for p in EMOTIONAL if p not in BODY_SCANS],
                         ids=lambda p: p.stem)
def test_trauma_sensitive_choices_are_spoken(path: Path) -> None:
    speech = all_speech(load_session(path).plan)
    assert "eyes" in speech and "open" in speech and "closed" in speech
    assert "move" in speech
    assert "skip" in speech
    assert "sounds" in speech or "feet" in speech
    assert "stop" in speech


@pytest.mark.parametrize("path", BODY_SCANS, ids=lambda p: p.stem)
def test_skipping_is_offered_before_the_pelvis_and_the_chest(path: Path) -> None:
    sensitive = re.compile(r"\b(pelvis|hips|chest)\b", re.IGNORECASE)
    found = 0
    for segment in segments_of(load(path)["segments"]):
        for step in segment.get("steps", []):
            focus = step if isinstance(step, str) else step["focus"]
            if not sensitive.search(focus):
                continue
            found += 1
            say = "" if isinstance(step, str) else str(step.get("say", ""))
            # The area may be named as a heads-up; the offer comes before the invitation
            # to bring attention there (its last mention).
            mentions = [m.start() for m in sensitive.finditer(say)]
            offer = say.lower().find("skip")
            assert mentions and 0 <= offer < mentions[-1], (path.name, focus)
    assert found >= 2, path.name


@pytest.mark.parametrize("path", EMOTIONAL, ids=lambda p: p.stem)
def test_emotional_sessions_close_with_a_pointer_to_support(path: Path) -> None:
    last = load_session(path).plan.speech[-1].text.lower()
    assert "someone you trust" in last or "support" in last
    assert "professional" in last


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_no_description_sentence_runs_over_25_words(path: Path) -> None:
    text = " ".join(load(path)["description"].split())
    long = [s for s in SENTENCE_END.split(text) if len(s.split()) > 25]
    assert long == []


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_instructions_come_before_the_first_breath(path: Path) -> None:
    """Whatever is said before the first in-breath ends before it; only a cue of a word
    or two may share the first in-breath, and it must fit inside it."""
    plan = load_session(path).plan
    inhales = [p for p in plan.phases if p.kind == "inhale"]
    if not inhales:
        return
    first = inhales[0]
    for line in plan.speech:
        if line.at_s < first.start_s - 1e-6:
            assert line.at_s + spoken_seconds(line.text) <= first.start_s, line.text
        elif line.at_s <= first.start_s + 1e-6:
            assert spoken_seconds(line.text) <= (first.duration_s or 0), line.text


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_spoken_lines_have_room_before_the_next(path: Path) -> None:
    """At a calm 2.5 words a second, nothing is still being said when the next line starts
    (a phase that waits for the user gives all the room needed)."""
    plan = load_session(path).plan
    starts: dict[float, float] = {}
    for line in plan.speech:
        starts[line.at_s] = starts.get(line.at_s, 0.0) + spoken_seconds(line.text)
    times = sorted(starts)
    waits = [p.start_s for p in plan.phases if p.open]
    for here, there in pairwise(times):
        if any(here <= wait <= there for wait in waits):
            continue
        assert here + starts[here] + 0.5 <= there, (here, there)


def _slow_or_holding(plan: Plan) -> tuple[bool, bool]:
    breaths = [p for p in plan.phases if p.kind in ("inhale", "exhale", "hold_in", "hold_out")]
    holds = any(p.kind in ("hold_in", "hold_out") for p in breaths)
    cycles: dict[tuple[int, int | None], float] = {}
    for p in breaths:
        cycles[(p.segment, p.cycle)] = cycles.get((p.segment, p.cycle), 0.0) + (p.duration_s or 0)
    slow = any(length >= 60 / 6.5 - 1e-6 for length in cycles.values())
    return slow, holds


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_cautions_where_the_breath_is_slow_or_held(path: Path) -> None:
    slow, holds = _slow_or_holding(load_session(path).plan)
    description = " ".join(load(path)["description"].lower().split())
    if slow or holds:
        assert "panic" in description and "air hunger" in description, path.name
    if holds:
        for words in ("pregnant", "heart", "lung"):
            assert words in description, (path.name, words)


def test_wim_hof_adds_panic_and_fainting() -> None:
    description = load(LIBRARY / "wim-hof-style-rounds.yaml")["description"].lower()
    assert "panic" in description and "history of fainting" in description


def test_cyclic_sighing_mentions_light_headedness_and_says_what_balban_found() -> None:
    data = load(LIBRARY / "cyclic-sighing.yaml")
    description = " ".join(data["description"].lower().split())
    assert "light-headed" in description
    assert "light-headed" in all_speech(plan_of("cyclic-sighing"))
    assert "state anxiety" in description and "mindfulness" in description
    assert "mood" in description and "breathing rate" in description
    assert "slightly more than" not in description


def test_corrected_claims_stay_corrected() -> None:
    gentle = " ".join(load(LIBRARY / "gentle-slowing.yaml")["description"].split())
    assert "close to an ordinary resting pace" not in gentle
    assert "12 to 20" in gentle
    assert "close to an easy resting breath" not in all_speech(plan_of("gentle-slowing"))
    coherent = " ".join(load(LIBRARY / "coherent-breathing-20.yaml")["description"].split())
    assert "works as well as" not in coherent
    assert "Lin" in coherent and "Van Diest" in coherent and "2014" in coherent
    extended = " ".join(load(LIBRARY / "extended-exhale.yaml")["description"].split())
    jargon = extended.index("respiratory sinus arrhythmia")
    assert "out-breath" in extended[max(jargon - 200, 0):jargon]  # explained where it is named
