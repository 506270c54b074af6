"""The player page: the pacing figure, the phase and its seconds, the breath curve, controls.

It listens to a `PlayerController` and repaints from the state it is handed each frame;
labels change only when their text does. During a body scan the body map takes the
figure's place (and the breath curve, flat there, is hidden); under the step, a caption
shows the words being spoken unless the user turned captions off.

Keys: Space pause/resume (or continue an open phase that waits), Enter continue (or
press the focused button), Esc stop, → skip, F11 focus mode, M mute; every control is
also a button reachable by Tab. Space stays the pause key even on a focused button, so
a sleepy press never skips or stops.

With announcements on (a setting), each moment a sighted user would notice is posted
to screen readers as a `QAccessibleAnnouncementEvent`: the lead-in, each segment, each
phase with its length, each step and prompt, pausing, resuming and the end.

During a writing prompt (`write: true`) a writing box takes the keys instead, except Esc;
its words are saved as they are typed, through `save_note`, into the journal note of
the practice, and "Done writing" moves on to the next part.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFont,
    QWindow,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from anapana.core.captions import Caption
from anapana.core.plan import Plan, PlanPhase, PlanSegment
from anapana.core.player import PlayerState

from .body_map import BodyMap, area_path
from .caption import CaptionView
from .controller import PlayerController
from .figure import PacingFigure
from .fonts import scaled_font
from .journal import JournalEditor
from .player_captions import PlayerCaptions
from .player_controls import PlayerControls
from .player_frame_demand import PlayerFrameDemand
from .theme import LIGHT, Palette
from .words import clock_text, phase_word, practised_text, seconds_left

if TYPE_CHECKING:
    from .journal import SaveNote


class PlayerView(PlayerControls, PlayerFrameDemand, QWidget):
    """Shows a session as it plays. Esc or the Stop button calls `request_stop()`; the
    controller's `session_stopped` then leads to the completion screen."""

    focus_mode_toggled = Signal(bool)

    def __init__(self, controller: PlayerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Player"))
        self.confirm_stop: Callable[[float], bool] = lambda _practised: True
        """Asked before stopping after 30 s of practice; the main window sets a dialog."""
        self.confirm_skip_end: Callable[[], bool] = lambda: True
        """Asked before a skip from the last segment would end the session."""
        self.save_note: SaveNote | None = None
        """Where a writing prompt's words go (the practice's journal note); None: nowhere."""
        self.announce = False
        self._focus_mode = False
        self._palette = LIGHT
        self._cycles: dict[int, int] = {}
        self._texts: dict[QLabel, str] = {}
        self._text_key: tuple[object, ...] = ()
        self._shown_status = ""
        self._announced_status = ""
        self._curve: object | None = None
        self._captions = PlayerCaptions(lambda: self.controller.timeline)
        self._captions_on = True
        self._scan_segments: frozenset[int] = frozenset()
        self._in_scan = False
        self._heart: QWidget | None = None
        self._watched_window: QWindow | None = None
        self._window_exposed = False
        self._build()
        controller.ticked.connect(self._on_controller_ticked)
        controller.phase_changed.connect(self._on_controller_phase_changed)
        controller.muted_changed.connect(self._on_controller_muted_changed)
        controller.segment_changed.connect(self._on_controller_segment_changed)
        # Each line as the speech timeline says it sounds (captions follow it).
        controller.speech_started.connect(self._on_controller_speech_started)
        controller.speech_ended.connect(self._on_controller_speech_ended)
        controller.add_frame_demand(self.next_change_s)

    # -- building ------------------------------------------------------------------
    def _label(self, name: str, factor: float = 1.0, weight: QFont.Weight | None = None,
               muted: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName("muted" if muted else name)
        # The name stays the visible text (what a screen reader should read); the role
        # of the line is context, so it goes in the description.
        label.setAccessibleDescription(name)
        label.setFont(scaled_font(self, factor, weight))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleDescription(
            self.tr("%1. %2").replace("%1", name).replace("%2", tip) if name != text else tip)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        # Tab reaches it, a click does not keep it: Space and Enter stay the player's keys.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        button.clicked.connect(self._on_button_clicked)
        button.installEventFilter(self)
        return button

    def _build(self) -> None:
        self.segment_label = self._label(self.tr("Segment"), 1.1, QFont.Weight.DemiBold)
        self.segment_label.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.time_left_label = self._label(self.tr("Time left"), 1.0, muted=True)
        self.time_left_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_left_label.setWordWrap(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFormat("%p%")
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.progress.setFixedHeight(6)

        self.figure = PacingFigure(self)
        self.body_map = BodyMap(self)
        self.body_map.hide()
        self.caption = CaptionView(self)
        self.phase_label = self._label(self.tr("Phase"), 2.0, QFont.Weight.Light)
        self.detail_label = self._label(self.tr("Phase details"), 1.15, muted=True)
        self.step_label = self._label(self.tr("Body-scan step"), 2.2, QFont.Weight.Normal)
        self.next_step_label = self._label(self.tr("Next step"), 1.0, muted=True)
        self.prompt_label = self._label(self.tr("Prompt"), 1.5, QFont.Weight.Light)
        self.intro_label = self._label(self.tr("Segment intro"), 1.05, muted=True)
        self.writing = JournalEditor(parent=self)
        self.writing.setAccessibleName(self.tr("Writing"))
        self.writing.editor.setAccessibleName(self.tr("Your writing"))
        self.writing.editor.setPlaceholderText(self.tr(
            "Write whatever comes; no one else will read it. "
            "It is saved as you type, in this session's journal note."))
        self.writing.done_button.setText(self.tr("Done writing"))
        self.writing.done_button.setToolTip(
            self.tr("Save, and go on to the next part (Ctrl+Enter)"))
        self.writing.note_saved.connect(self._on_writing_note_saved)
        self.writing.hide()
        self._writing_started = False

        self.pause_button = self._button(self.tr("Pause"), self.tr("Pause or resume"),
                                         self.tr("Pause or resume (Space)"),
                                         self._on_pause_clicked)
        self.pause_button.setCheckable(True)  # checked = paused, so the state is exposed
        # A screen reader may toggle it (without a click): follow the checked state itself.
        self.pause_button.clicked.disconnect(self._on_pause_clicked)
        self.pause_button.toggled.connect(self._on_pause_toggled)
        self.skip_button = self._button(self.tr("Skip"), self.tr("Skip to the next part"),
                                        self.tr("Skip to the next part (→)"), self._on_skip_clicked)
        self.continue_button = self._button(self.tr("Continue"), self.tr("Continue"),
                                            self.tr("Go on when you are ready (Space or Enter)"),
                                            self._on_continue_clicked)
        self.continue_button.setObjectName("primary")
        self.stop_button = self._button(self.tr("Stop"), self.tr("Stop the session"),
                                        self.tr("Stop the session (Esc)"),
                                        self._on_stop_clicked)
        self.mute_button = self._button(self.tr("Mute"), self.tr("Mute sound"),
                                        self.tr("Mute or unmute sound (M)"),
                                        self._on_mute_clicked)
        self.mute_button.setCheckable(True)
        self.focus_button = self._button(self.tr("Focus"), self.tr("Focus mode"),
                                         self.tr("Show only the figure, full screen (F11)"),
                                         self._on_focus_clicked)

        top = QHBoxLayout()
        top.addWidget(self.segment_label, 1)
        top.addWidget(self.time_left_label)
        self._top_row = QWidget(self)
        self._top_row.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)

        controls = QHBoxLayout()
        controls.setSpacing(10)
        controls.addStretch(1)
        for button in (self.pause_button, self.skip_button, self.continue_button,
                       self.stop_button, self.mute_button, self.focus_button):
            controls.addWidget(button)
        controls.addStretch(1)
        self._controls = QWidget(self)
        self._controls.setLayout(controls)
        controls.setContentsMargins(0, 0, 0, 0)

        self._curve_slot = QVBoxLayout()
        self._curve_slot.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 20)
        layout.setSpacing(8)
        layout.addWidget(self._top_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.figure, 1)
        layout.addWidget(self.body_map, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.step_label)
        layout.addWidget(self.caption)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.writing, 2)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.next_step_label)
        layout.addLayout(self._curve_slot)
        layout.addSpacing(6)
        layout.addWidget(self._controls)
        self._chrome: list[QWidget] = [self._top_row, self.progress, self._controls]
        self._optional: tuple[QLabel, ...] = (
            self.phase_label, self.detail_label, self.step_label, self.next_step_label,
            self.prompt_label, self.intro_label,
        )
        for label in self._optional:
            label.hide()
        self.continue_button.hide()
        for widget in (self.phase_label, self.detail_label):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def ensure_curve(self) -> None:
        """Create the breath curve (imports numpy) the first time a session plays."""
        if self._curve is not None:
            return
        from .breath_curve import BreathCurve

        curve = BreathCurve(self)
        curve.set_palette(self._palette)
        self._curve_slot.addWidget(curve)
        self._chrome.append(curve)
        curve.setVisible(not self._focus_mode and not self._in_scan)
        self._curve = curve

    @property
    def curve(self) -> object | None:
        return self._curve

    def set_heart_panel(self, panel: QWidget | None) -> None:
        """Show a heart trace under the breath curve (None: the player as without a strap)."""
        if self._heart is not None and self._heart is not panel:
            self._heart.hide()
            self._chrome.remove(self._heart)
            self._curve_slot.removeWidget(self._heart)
        if panel is not None and panel is not self._heart:
            self._curve_slot.addWidget(panel)
            self._chrome.append(panel)
            set_palette = getattr(panel, "set_palette", None)
            if set_palette is not None:
                set_palette(self._palette)
        self._heart = panel
        if panel is not None:
            panel.setVisible(not self._focus_mode)
        if self._curve is not None:
            from .breath_curve import PAST_S, PAST_WITH_HEART_S

            self._curve.set_past(  # type: ignore[attr-defined]
                PAST_S if panel is None else PAST_WITH_HEART_S)

    # -- settings ------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.figure.set_palette(palette)
        self.body_map.set_palette(palette)
        self.caption.set_palette(palette)
        if self._curve is not None:
            self._curve.set_palette(palette)  # type: ignore[attr-defined]
        if self._heart is not None:
            self._heart.set_palette(palette)  # type: ignore[attr-defined]

    def set_figure_style(self, style_name: str, reduced_motion: bool) -> None:
        self.figure.set_style(style_name, reduced_motion)
        self.body_map.set_reduced_motion(reduced_motion)
        self.caption.set_reduced_motion(reduced_motion)

    def set_captions(self, on: bool) -> None:
        """Show the words being spoken (the default), or not."""
        self._captions_on = on
        if not on:
            self.caption.show_caption(None)

    @property
    def captions(self) -> bool:
        return self._captions_on

    # -- a new session ----------------------------------------------------------------
    def prepare(self, plan: Plan) -> None:
        """Show `plan` before it starts (call after the controller has loaded it)."""
        self.ensure_curve()
        self._cycles = {}
        for phase in plan.phases:
            if phase.cycle is not None and phase.kind in ("inhale", "exhale", "hold_in",
                                                          "hold_out"):
                self._cycles[phase.segment] = max(self._cycles.get(phase.segment, 0),
                                                  phase.cycle + 1)
        self._texts = {}
        self._text_key = ()
        self._shown_status = ""
        self._announced_status = ""
        if self._curve is not None:
            self._curve.set_plan(plan)  # type: ignore[attr-defined]
        self._captions.prepare(plan)
        self.caption.show_caption(None)
        self._scan_segments = frozenset(s.index for s in plan.segments if s.kind == "body_scan")
        for phase in plan.phases:  # shape each step's areas now, not as the step begins
            if phase.areas:
                area_path(phase.areas, phase.side)
        first = plan.segments[0].index if plan.segments else -1
        self._show_body_map(first in self._scan_segments)
        self.intro_label.hide()
        self.writing.hide()
        self.writing.begin("", None)
        self._writing_started = False
        self.set_focus_mode(False)

    def _show_body_map(self, on: bool) -> None:
        """The body map in the figure's place, and no breath curve, during a body scan."""
        self._in_scan = on
        self.figure.setVisible(not on)
        self.body_map.setVisible(on)
        if self._curve is not None:
            self._curve.setVisible(not on and not self._focus_mode)  # type: ignore[attr-defined]

    # -- frames ----------------------------------------------------------------------
    def _set(self, label: QLabel, text: str) -> None:
        if self._texts.get(label) == text:
            return
        self._texts[label] = text
        label.setText(text)
        if label in self._optional:
            visible = bool(text) and not self._focus_mode
            if label.isVisibleTo(self) != visible:
                label.setVisible(visible)

    def _on_controller_ticked(self, state: PlayerState) -> None:
        status = state.status
        phase = state.phase
        segment = state.segment
        in_scan = segment is not None and segment.index in self._scan_segments
        if in_scan != self._in_scan:
            self._show_body_map(in_scan)
        active = status == "playing" or status == "waiting"
        if in_scan:
            self._show_areas(state, active)
        else:
            self.figure.show_state(state.fill, phase.kind if phase is not None else "",
                                   state.phase_progress, state.practised_s, active=active)
        if self._curve is not None and not in_scan:
            self._curve.show_time(state.plan_s)  # type: ignore[attr-defined]
        self._show_texts(state)
        self.caption.show_caption(self._caption_at(state))

    def _show_areas(self, state: PlayerState, active: bool) -> None:
        step = state.step
        if step is None:
            self.body_map.show_areas((), (), state.practised_s, active)
        elif state.countdown_s > 0 or state.status == "countdown":
            self.body_map.show_areas((), step.areas or (), state.practised_s, False,
                                     next_side=step.side)
        else:
            after = state.next_step
            self.body_map.show_areas(step.areas or (), (after.areas or ()) if after else (),
                                     state.practised_s, active, side=step.side,
                                     next_side=after.side if after else None)

    def _caption_at(self, state: PlayerState) -> Caption | None:
        caption = self._captions.at(state)
        if caption is None or not self._captions_on:
            return None
        # A line already on screen (a step said as its focus, a prompt, an intro) is not
        # shown twice; in focus mode those labels are hidden, so the caption carries it.
        if not self._focus_mode and any(
                caption.text == text and label.isVisibleTo(self)
                for label, text in self._texts.items()):
            return None
        return caption

    def _show_texts(self, state: PlayerState) -> None:
        status = state.status
        # Text changes a few times a second at most: work it out only when the shown
        # whole second, the phase or the status has moved on.
        key = (status, state.phase_index, int(state.session_left_s),
               int(state.phase_left_s or 0), int(state.countdown_s), int(state.waited_s))
        if key == self._text_key:
            return
        self._text_key = key
        segment = state.segment
        self._set(self.segment_label, segment.title if segment is not None else "")
        if status == "waiting" and state.session_left_s <= 0:
            left = self.tr("Take your time")
        else:
            left = self.tr("%1 left", "time left in the session").replace(
                "%1", clock_text(state.session_left_s))
        self._set(self.time_left_label, left)
        value = round(100 * state.session_progress)
        if self.progress.value() != value:
            self.progress.setValue(value)
        self.progress.setAccessibleDescription(
            self.tr("%1% done, %2").replace("%1", QLocale().toString(value)).replace("%2", left))
        word, detail, step, next_step, prompt = self._words(state)
        self._set(self.phase_label, word)
        self._set(self.detail_label, detail)
        self._set(self.step_label, step)
        self._set(self.next_step_label, next_step)
        self._set(self.prompt_label, prompt)
        if status != self._shown_status:
            self._shown_status = status
            self._on_status_shown(status, state.is_over)

    def _on_status_shown(self, status: str, over: bool) -> None:
        waiting = status == "waiting"
        if self.continue_button.isVisibleTo(self) != waiting:
            self.continue_button.setVisible(waiting)
            if waiting and not self._focus_mode:
                self.setFocus()
        paused = status == "paused"
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setChecked(paused)
        for button in (self.pause_button, self.skip_button, self.stop_button):
            button.setEnabled(not over)
        self._announce_status(status)

    def _announce_status(self, status: str) -> None:
        state = self.controller.state
        previous, self._announced_status = self._announced_status, status
        if status == "countdown":
            if state is not None:
                self.announce_text(self.tr("Settle in. Beginning in %n second(s)", "",
                                           math.ceil(max(state.countdown_s, 0.0) - 1e-6)))
            else:
                self.announce_text(self.tr("Settle in"))
        elif status == "paused":
            self.announce_text(self.tr("Paused. Press Space to resume"))
        elif previous == "paused" and status in ("playing", "waiting", "countdown"):
            self.announce_text(self.tr("Resumed"))
        elif status == "waiting":
            self.announce_text(self.tr("Continue when you are ready: press Space or Enter"))
        elif status in ("finished", "stopped") and state is not None:
            ending = (self.tr("The session has ended. You practised for %1.")
                      if status == "finished"
                      else self.tr("Session stopped. You practised for %1."))
            self.announce_text(ending.replace("%1", practised_text(state.practised_s)))

    def announce_text(self, text: str) -> None:
        """Post `text` to screen readers when announcements are on."""
        if self.announce and text:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def _words(self, state: PlayerState) -> tuple[str, str, str, str, str]:
        """Phase word, its detail line, the step, the next step and the prompt text."""
        phase = state.phase
        if state.status == "countdown" or (state.status == "paused" and state.countdown_s > 0):
            lead = self.tr("Paused") if state.status == "paused" else self.tr("Settle in")
            beginning = self.tr("Beginning in %1").replace("%1", seconds_left(state.countdown_s))
            return lead, beginning, "", "", ""
        if state.status == "paused":
            return self.tr("Paused"), self.tr("Press Space or Resume to go on"), "", "", ""
        if state.status == "finished":
            return "", "", "", "", ""
        if phase is None:
            return "", "", "", "", ""
        left = seconds_left(state.phase_left_s)
        left = self.tr("%1 s", "seconds left in a phase").replace("%1", left) if left else ""
        if phase.kind == "step":
            following = state.next_step.text if state.next_step is not None else ""
            next_line = self.tr("Next: %1").replace("%1", following) if following else ""
            return "", left, phase.text or "", next_line, ""
        if phase.kind == "prompt":
            detail = self.tr("Continue when you are ready") if state.status == "waiting" else left
            return "", detail, "", "", state.prompt or ""
        word = phase_word(phase.kind)
        if state.status == "waiting":
            waited = clock_text(state.waited_s)
            hint = self.tr("Continue when you are ready")
            return word, f"{waited} · {hint}", "", "", ""
        if phase.kind == "silence":
            return word, "", "", "", ""
        parts = [left]
        if state.cycle is not None and phase.segment in self._cycles:
            locale = QLocale()
            parts.append(self.tr("breath %1 of %2")
                         .replace("%1", locale.toString(state.cycle + 1))
                         .replace("%2", locale.toString(self._cycles[phase.segment])))
        return word, " · ".join(parts), "", "", ""

    def _on_controller_phase_changed(self, phase: PlanPhase) -> None:
        word = phase_word(phase.kind)
        text = (phase.text or "") if phase.kind in ("step", "prompt") else word
        if text and phase.duration_s and phase.kind not in ("silence", "prompt"):
            seconds = self.tr("%n second(s)", "", math.ceil(max(phase.duration_s, 0.0) - 1e-6))
            text = self.tr("%1, %2", "a phase and its length").replace("%1", text).replace(
                "%2", seconds)
        self.announce_text(text)

    def _on_controller_segment_changed(self, segment: PlanSegment) -> None:
        plan = self.controller.plan
        if plan is not None and len(plan.segments) > 1 and segment.title:
            self.announce_text(segment.title)

    def show_intro(self, segment: PlanSegment) -> None:
        self._set(self.intro_label, segment.intro or "")
        self._show_writing(segment.kind == "prompt" and segment.write)

    def _show_writing(self, on: bool) -> None:
        if on == self.writing.isVisibleTo(self):
            return
        if on:
            if not self._writing_started:  # a second writing prompt carries on the same note
                self._writing_started = True
                self.writing.begin("", self.save_note, "")
            self.writing.prompt.hide()  # the prompt's own text is shown above it
            self.writing.show()
            self.writing.editor.setFocus()
        else:
            self.writing.hide()  # saves what is typed
            self.setFocus()

    def _on_writing_note_saved(self, _text: str) -> None:
        state = self.controller.state
        segment = state.segment if state is not None else None
        if segment is not None and segment.write and not state.is_over:  # type: ignore[union-attr]
            self.controller.skip_segment()

    def _on_controller_speech_started(self, text: str) -> None:
        self._captions.line_started(str(text), self.controller.state)

    def _on_controller_speech_ended(self) -> None:
        self._captions.line_ended(self.controller.state, self.caption.reduced_motion)

    def _on_controller_muted_changed(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))

    @property
    def focus_mode(self) -> bool:
        return self._focus_mode

    def set_focus_mode(self, on: bool) -> None:
        """Everything but the figure hidden (the window goes full screen around it)."""
        self._focus_mode = on
        for widget in self._chrome:
            widget.setVisible(not on and not (widget is self._curve and self._in_scan))
        for label in self._optional:
            label.setVisible(not on and bool(self._texts.get(label)))
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window's exposure (`player_frame_demand`), and Space, → and Enter on a
        focused button (`player_controls`)."""
        if self._follow_exposure(watched, event):
            return False
        if self._button_key(watched, event):
            return True
        return super().eventFilter(watched, event)
