"""The resonance assessment's reason in words: why a pace is suggested, or why none is.

Qt-free (see `anapana.i18n.wording`): the command line and the assessment's JSON use
English, the app passes Qt's `translate` and its locale's `Numbers`. The sentences are
marked for `pyside6-lupdate` in the `ResonanceReason` context.
"""

from __future__ import annotations

from anapana.hr.model import Reason
from anapana.i18n.numbers import ENGLISH, Numbers
from anapana.i18n.wording import QT_TRANSLATE_NOOP, Translate, arg, english

NO_PACED_BREATHING = QT_TRANSLATE_NOOP(
    "ResonanceReason",
    "This session has no paced breathing to compare; the resonance assessment needs a"
    " session such as the resonance-rate finder.")
TOO_FEW_BEATS = QT_TRANSLATE_NOOP(
    "ResonanceReason",
    "No pace had enough clean heartbeats to compare (each needs the recording to cover it"
    " and at least %1 whole breaths after its first half minute).")
NOT_FOLLOWING = QT_TRANSLATE_NOOP(
    "ResonanceReason",
    "Your heart rate did not clearly rise and fall with the breath at any pace this time,"
    " so there is no suggestion. Breathing along with the sound, sitting comfortably and a"
    " chest strap that sends every beat usually help.")
ONLY_ONE = QT_TRANSLATE_NOOP(
    "ResonanceReason",
    "Only %1 breaths a minute had enough heart data to measure, so it is the suggestion;"
    " a full run through every pace gives a surer answer.")
LED = QT_TRANSLATE_NOOP("ResonanceReason", "At %1 breaths a minute your heart showed %2 (%3).")
OVERALL = QT_TRANSLATE_NOOP(
    "ResonanceReason",
    "At %1 breaths a minute your heart did best across the measures taken together (%2).")
SWING = QT_TRANSLATE_NOOP("ResonanceReason", "%1 beats a minute from peak to trough")
CLOSE = QT_TRANSLATE_NOOP(
    "ResonanceReason", "%1 breaths a minute came very close, so either pace will serve you well.")
LIST_ITEM = QT_TRANSLATE_NOOP("ResonanceReason", "%1, %2")
LIST_LAST = QT_TRANSLATE_NOOP("ResonanceReason", "%1 and %2")
CRITERIA = {
    "peak_trough": QT_TRANSLATE_NOOP("ResonanceReason",
                                     "the largest heart-rate swing with each breath"),
    "lf_power": QT_TRANSLATE_NOOP("ResonanceReason",
                                  "the most low-frequency heart-rate variability"),
    "lf_peak": QT_TRANSLATE_NOOP("ResonanceReason", "the highest low-frequency peak"),
    "phase_sync": QT_TRANSLATE_NOOP(
        "ResonanceReason", "heart rate rising and falling most steadily with the breath"),
}
"""What doing best on each criterion (`assessment.WEIGHTS`) means, in the user's words."""


def pace_text(per_min: float, numbers: Numbers = ENGLISH) -> str:
    """A pace with the decimals it has and no more (`6`, `5.5`; `5,5` in German)."""
    written = f"{per_min:g}"
    places = len(written.partition(".")[2]) if "e" not in written else 1
    return numbers.decimal(per_min, places)


def reason_text(reason: Reason, translate: Translate = english,
                numbers: Numbers = ENGLISH) -> str:
    """`reason` in words, through `translate`, its paces, swing and counts written by
    `numbers` (the app's follow the locale: `5,5`)."""

    def tr(text: str) -> str:
        return translate("ResonanceReason", text)

    kind = reason.kind
    if kind == "no-paced-breathing":
        return tr(NO_PACED_BREATHING)
    if kind == "too-few-beats":
        return arg(tr(TOO_FEW_BEATS), numbers.integer(reason.min_breaths))
    if kind == "not-following" or reason.per_min is None:
        return tr(NOT_FOLLOWING)
    pace = pace_text(reason.per_min, numbers)
    if kind == "only-one":
        return arg(tr(ONLY_ONE), pace)
    swing = arg(tr(SWING), numbers.decimal(reason.swing_bpm or 0.0, 1))
    led = [tr(CRITERIA[name]) for name in reason.led if name in CRITERIA]
    if led:
        what = led[0]
        for item in led[1:-1]:
            what = arg(tr(LIST_ITEM), what, item)
        if len(led) > 1:
            what = arg(tr(LIST_LAST), what, led[-1])
        text = arg(tr(LED), pace, what, swing)
    else:
        text = arg(tr(OVERALL), pace, swing)
    if reason.close_per_min is not None:
        text += " " + arg(tr(CLOSE), pace_text(reason.close_per_min, numbers))
    return text
