"""The user's settings, kept in an INI file (`UserPaths.settings`) through QSettings.

Every setting has a typed property with a calm default; reading never fails on a value
hand-edited into nonsense (the default is used instead).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, cast

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from anapana.log.files import tighten_if_present

FigureStyle = Literal["circle", "square"]
THEMES = ("system", "light", "dark")
LANGUAGE_CHOICES = ("", "en", "de", "fr", "es", "it", "pt_BR", "nl")
"""The interface languages one can choose ("" follows the system; `translations` loads them)."""
FIGURE_STYLES: tuple[FigureStyle, ...] = ("circle", "square")
EYES_CLOSED_MODES = ("off", "words", "tones")
CHANNELS = ("breath", "bell", "voice")


def _is_bt_address(text: str) -> bool:
    """AA:BB:CC:DD:EE:FF (Linux, Windows) or a UUID (macOS names devices so)."""
    parts = text.split(":")
    if len(parts) == 6 and all(len(p) == 2 for p in parts):
        return all(c in "0123456789abcdefABCDEF" for p in parts for c in p)
    hexes = text.replace("-", "")
    return len(text) == 36 and len(hexes) == 32 and all(c in "0123456789abcdefABCDEF"
                                                         for c in hexes)


class Settings(QObject):
    """Typed access to the settings file; `changed(key)` after every write."""

    changed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._store = QSettings(str(path), QSettings.Format.IniFormat, self)

    # helpers --------------------------------------------------------------
    def _str(self, key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        value = self._store.value(key, default)
        text = str(value) if value is not None else default
        return text if allowed is None or text in allowed else default

    def _float(self, key: str, default: float, low: float, high: float) -> float:
        try:
            value = float(cast(str, self._store.value(key, default)))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("1", "true", "yes", "on")

    def _set(self, key: str, value: object) -> None:
        self._store.setValue(key, value)
        self._store.sync()
        # Owner-only (QSettings keeps the mode of the file it replaces); never via a link.
        tighten_if_present(self.path)
        self.changed.emit(key)

    # appearance -----------------------------------------------------------
    @property
    def theme(self) -> str:
        return self._str("appearance/theme", "system", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("appearance/theme", value if value in THEMES else "system")

    @property
    def language(self) -> str:
        """The interface language (`de`, `pt_BR`…); empty: follow the system."""
        value = self._str("appearance/language", "")
        return value if value in LANGUAGE_CHOICES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._set("appearance/language", value if value in LANGUAGE_CHOICES else "")

    @property
    def reduced_motion(self) -> bool:
        return self._bool("appearance/reduced_motion", False)

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._set("appearance/reduced_motion", bool(value))

    @property
    def figure_style(self) -> FigureStyle:
        return cast(FigureStyle, self._str("appearance/figure", "circle", FIGURE_STYLES))

    @figure_style.setter
    def figure_style(self, value: str) -> None:
        self._set("appearance/figure", value if value in FIGURE_STYLES else "circle")

    @property
    def announce_phases(self) -> bool:
        """Tell screen readers each phase change."""
        return self._bool("accessibility/announce_phases", False)

    @announce_phases.setter
    def announce_phases(self, value: bool) -> None:
        self._set("accessibility/announce_phases", bool(value))

    @property
    def captions(self) -> bool:
        """Show the words being spoken as a caption in the player."""
        return self._bool("accessibility/captions", True)

    @captions.setter
    def captions(self, value: bool) -> None:
        self._set("accessibility/captions", bool(value))

    # practice -------------------------------------------------------------
    @property
    def lead_in_s(self) -> float:
        return self._float("practice/lead_in_s", 3.0, 0.0, 30.0)

    @lead_in_s.setter
    def lead_in_s(self, value: float) -> None:
        self._set("practice/lead_in_s", float(min(max(value, 0.0), 30.0)))

    # sound ------------------------------------------------------------------
    def volume(self, channel: str) -> float:
        return self._float(f"sound/volume_{channel}", 0.8, 0.0, 1.0)

    def set_volume(self, channel: str, value: float) -> None:
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")
        self._set(f"sound/volume_{channel}", float(min(max(value, 0.0), 1.0)))

    @property
    def muted(self) -> bool:
        return self._bool("sound/muted", False)

    @muted.setter
    def muted(self, value: bool) -> None:
        self._set("sound/muted", bool(value))

    @property
    def speak_guidance(self) -> bool:
        return self._bool("sound/speak_guidance", True)

    @speak_guidance.setter
    def speak_guidance(self, value: bool) -> None:
        self._set("sound/speak_guidance", bool(value))

    @property
    def eyes_closed(self) -> str:
        """Following with closed eyes: `off`, `words` ("in", "hold", "out") or `tones`."""
        return self._str("sound/eyes_closed", "off", EYES_CLOSED_MODES)

    @eyes_closed.setter
    def eyes_closed(self, value: str) -> None:
        self._set("sound/eyes_closed", value if value in EYES_CLOSED_MODES else "off")

    @property
    def voice(self) -> str:
        """A voice name, or empty for the engine's choice for the session's language."""
        return self._str("sound/voice", "")

    @voice.setter
    def voice(self, value: str) -> None:
        self._set("sound/voice", value)

    @property
    def sound_backend(self) -> str:
        return self._str("sound/backend", "auto", ("auto", "simpleaudio", "qt", "silent"))

    @property
    def show_consistency(self) -> bool:
        """Show "days practised this month" in the history."""
        return self._bool("history/show_consistency", True)

    @show_consistency.setter
    def show_consistency(self, value: bool) -> None:
        self._set("history/show_consistency", bool(value))

    # heart rate ---------------------------------------------------------------
    @property
    def heart_enabled(self) -> bool:
        """Use the chosen heart-rate strap during sessions."""
        return self._bool("heart/enabled", True)

    @heart_enabled.setter
    def heart_enabled(self, value: bool) -> None:
        self._set("heart/enabled", bool(value))

    @property
    def heart_strap(self) -> tuple[str, str]:
        """The chosen strap's Bluetooth address and name ('' when none is chosen)."""
        address = self._str("heart/strap_address", "").strip()
        # A hand-edited value that is no Bluetooth address is ignored, never sent to BlueZ.
        if address and not _is_bt_address(address):
            return "", ""
        return address, self._str("heart/strap_name", "")[:80]

    def set_heart_strap(self, address: str, name: str) -> None:
        self._store.setValue("heart/strap_name", name)
        self._set("heart/strap_address", address)

    # memory -------------------------------------------------------------------
    @property
    def last_session(self) -> str:
        return self._str("memory/last_session", "")

    @last_session.setter
    def last_session(self, value: str) -> None:
        self._set("memory/last_session", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("memory/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("memory/geometry", value)
