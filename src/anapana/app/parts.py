"""The app's long-lived parts, built in one place (`anapana.app.composition` wires them).

`AppParts` makes the library store, the practice log and its recorder, the sound layer,
the player controller and the heart-rate follower, each handing its collaborators to
the next through constructors; the window and the session flow receive the parts and
never build or reassign them. Nothing heavy happens when the parts are made: the log
is opened on first use, the sound and the controller with the first session (which
knows its language), so the window appears at once.

`anapana.app.composition.build_main_window` makes the parts and the window that shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.core.plan_cache import PlanCache
from anapana.paths import UserPaths, bundled_sessions_dir

from .library_store import LibraryStore
from .settings import Settings

if TYPE_CHECKING:
    from anapana.log.recorder import Recorder
    from anapana.log.store import PracticeLog

    from .controller import PlayerController
    from .heart_live import HeartLive
    from .recording import PracticeRecording
    from .sound_sink import SoundSink

SoundFactory = Callable[[str | None], "SoundSink"]
"""Makes the sound for a session language (tests pass a recording sink)."""


class AppParts(QObject):
    """The app's long-lived parts, built on first use and then kept.

    `notice(message)` carries what the user should hear about (the log could not be
    opened, no sound device...); the window shows it.
    """

    notice = Signal(str)

    def __init__(
        self,
        settings: Settings,
        paths: UserPaths,
        *,
        clock: Clock = SYSTEM_CLOCK,
        sound_factory: SoundFactory | None = None,
        open_log: bool = True,
        run_timer: bool = True,
        bundled: Path | None = None,
        hr_simulate: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.paths = paths
        self.clock = clock
        self.hr_simulate = hr_simulate
        """Breaths a minute of the simulated heart (`--hr-simulate`), or None."""
        self._sound_factory = sound_factory
        self._open_log = open_log
        self._run_timer = run_timer
        self.store = LibraryStore(bundled or bundled_sessions_dir(), paths.sessions, self,
                                  plans=PlanCache(paths.plan_cache))
        self._log: PracticeLog | None = None
        self._recorder: Recorder | None = None
        self._sound: SoundSink | None = None
        self._controller: PlayerController | None = None
        self._recording: PracticeRecording | None = None
        self._heart: HeartLive | None = None
        settings.changed.connect(self._on_settings_changed)

    # -- the log ---------------------------------------------------------------------
    def log(self) -> PracticeLog | None:
        """The practice log, opened on first use (None when it can't be)."""
        if self._log is None and self._open_log:
            from anapana.app.locale_numbers import locale_numbers
            from anapana.app.translations import qt_translate
            from anapana.log import LogUnavailable, open_log

            try:
                # The rescue folders come from here, the entry layer: the log reads no
                # environment of its own.
                log, notices = open_log(self.paths.log_db, self.clock, self.paths.rescue_folders,
                                        translate=qt_translate, numbers=locale_numbers())
            except LogUnavailable as error:
                self.notice.emit(str(error))
                self._open_log = False
                return None
            for notice in notices:
                self.notice.emit(notice.message)
            self._log = log
        return self._log

    @property
    def opened_log(self) -> PracticeLog | None:
        """The log if it has been opened (never opens it)."""
        return self._log

    def recorder(self) -> Recorder | None:
        """The recorder of practices (None when the log is not to be opened)."""
        if self._recorder is None and self._open_log:
            from anapana.app.translations import qt_translate
            from anapana.log.recorder import Recorder

            self._recorder = Recorder(self.log(), self.clock, on_problem=self._on_recorder_problem,
                                      translate=qt_translate)
        return self._recorder

    @property
    def made_recorder(self) -> Recorder | None:
        """The recorder if one has been made (never makes it)."""
        return self._recorder

    def _on_recorder_problem(self, problem: str | None) -> None:
        if problem:
            self.notice.emit(problem)

    # -- sound and the controller ------------------------------------------------------
    @property
    def sound(self) -> SoundSink | None:
        """The sound, once the first session has opened it."""
        return self._sound

    def sound_for(self, language: str | None) -> SoundSink:
        """The sound, opened for `language` the first time, switched to it after."""
        if self._sound is not None:
            self._sound.set_language(language)
            return self._sound
        if self._sound_factory is not None:
            sound = self._sound_factory(language)
        else:
            from anapana.sound.channels import CHANNELS

            from .sound_sink import SoundLayer

            s = self.settings
            layer = SoundLayer(backend=s.sound_backend,
                               volumes={c: s.volume(c) for c in CHANNELS},
                               muted=s.muted, speak=s.speak_guidance, voice=s.voice,
                               language=language, parent=self)
            layer.notice.connect(self.notice)
            for message in layer.take_notices():  # raised while it opened, before the connect
                self.notice.emit(message)
            sound = layer
        sound.set_muted(self.settings.muted)
        self._sound = sound
        return sound

    @property
    def controller(self) -> PlayerController | None:
        """The controller, once the first session has made it."""
        return self._controller

    def controller_for(self, language: str | None) -> PlayerController:
        """The controller, with the sound opened for `language` (made on first use)."""
        sound = self.sound_for(language)
        if self._controller is None:
            from .controller import PlayerController

            controller = PlayerController(self.clock, sound=sound, run_timer=self._run_timer,
                                          parent=self)
            controller.muted_changed.connect(self._on_controller_muted_changed)
            recorder = self.recorder()
            if recorder is not None:
                from .recording import PracticeRecording

                # Connected before anyone else listens: the practice is saved before the
                # closing screen asks the recorder for it.
                self._recording = PracticeRecording(controller, recorder, self)
            self._controller = controller
        return self._controller

    def _on_controller_muted_changed(self, muted: bool) -> None:
        self.settings.muted = muted

    def _on_settings_changed(self, key: str) -> None:
        sound = self._sound
        if sound is None:
            return
        if key == "sound/muted" and sound.muted != self.settings.muted:
            if self._controller is not None:
                self._controller.set_muted(self.settings.muted)
            else:
                sound.set_muted(self.settings.muted)
        elif key.startswith("sound/volume_"):
            from anapana.sound.channels import CHANNELS

            channel = key.removeprefix("sound/volume_")
            for known in CHANNELS:
                if known == channel:
                    sound.set_volume(known, self.settings.volume(known))

    def voices(self) -> list[str]:
        """The voices the sound offers (none before a session opened it)."""
        return self._sound.voices() if self._sound is not None else []

    # -- heart rate ------------------------------------------------------------------
    def heart(self) -> HeartLive:
        if self._heart is None:
            from .heart_live import HeartLive

            self._heart = HeartLive(self.settings, self.clock,
                                    simulate_per_min=self.hr_simulate, parent=self)
        return self._heart

    @property
    def made_heart(self) -> HeartLive | None:
        return self._heart

    # -- closing ---------------------------------------------------------------------
    def stop(self) -> None:
        """Stop playing and following the heart (a running practice ends as stopped)."""
        if self._controller is not None:
            self._controller.close()
        if self._heart is not None:
            self._heart.close()
        self.store.stop_watching()

    def close_log(self) -> None:
        """Save what waits (to a rescue folder when the disk still says no), close the log."""
        if self._recorder is not None and not self._recorder.retry():
            self._recorder.rescue(self.paths.rescue_folders, self.paths.log_db)
        if self._log is not None:
            self._log.close()
