"""Screenshots of the voice manager and the download dialog (run under Xvfb, see below).

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python bench/voice_screenshots.py [OUT_DIR]

No real voice can be fetched here, so the voices are the tests' tiny stand-in models with
made-up names, served from a catalogue on 127.0.0.1 in the official format.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "docs" / "screenshots"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="anapana-voice-shots-"))
    os.environ["ANAPANA_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))
    from tests.piper_model import config_bytes, model_bytes, write_voice
    from tests.voice_server import CARD, serving, voice_files

    from anapana.app import theme
    from anapana.app.main import make_application
    from anapana.app.voice_manager import VoiceManager
    from anapana.sound.tts.voice_store import VoiceStore

    app = make_application()
    theme.apply(app, theme.resolve("light"))
    store = VoiceStore.for_user()
    for key, language, quality in (("en_GB-willow-medium", "en_GB", "medium"),
                                   ("en_US-harbour-low", "en_US", "low")):
        model = write_voice(home / "incoming" / key, key, language=language, quality=quality)
        (model.parent / "MODEL_CARD").write_bytes(CARD)
        store.add_local(model)
    store.choose("en", "en_GB-willow-medium")

    def settle(ms: int = 300) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            app.processEvents()

    with serving() as server:
        for key, language, name, quality in (
                ("en_US-meadow-medium", "en_US", "meadow", "medium"),
                ("en_US-meadow-high", "en_US", "meadow", "high"),
                ("en_GB-brook-medium", "en_GB", "brook", "medium"),
                ("de_DE-ruhe-medium", "de_DE", "ruhe", "medium")):
            files = voice_files(key, model_bytes() + b"\0" * 20_000_000, config_bytes(
                language=language, quality=quality), language=language, name=name,
                quality=quality)
            server.add_voice(key, files, language=language, name=name, quality=quality)
        # Hang up 40 % into one model, so the picture shows a download under way.
        dropped = next(p for p in server.files if p.endswith("en_US-meadow-medium.onnx"))
        server.behaviour.drop_after[dropped] = 8_000_000
        manager = VoiceManager(store, language="en", catalogue=server.base_url)
        manager.refresh()
        manager.table.setCurrentItem(manager.table.topLevelItem(0))
        manager.show()
        settle()
        manager.grab().save(str(out / "voice-manager.png"))
        manager.download.click()
        dialog = manager.download_dialog
        assert dialog is not None
        for _ in range(100):
            settle(100)
            if dialog.voices.count():
                break
        dialog.voices.setCurrentRow(1)
        for _ in range(100):
            settle(100)
            if dialog.licence.text().startswith("Licence"):
                break
        dialog.accept_licence.setChecked(True)
        dialog.download.click()
        for _ in range(300):
            settle(20)
            if dialog.progress.value() > 350:
                break
        dialog.grab().save(str(out / "voice-download.png"))
        dialog.cancel.click()
        settle(500)
        dialog.reject()
        manager.reject()
    print(f"screenshots={out / 'voice-manager.png'},{out / 'voice-download.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
