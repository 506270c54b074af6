"""Screenshots of the library and the player in other languages (under Xvfb with openbox).

    xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_i18n.py docs/screenshots'

writes i18n-<lang>-library.png and i18n-<lang>-player.png for German and French (or the
languages given with --languages, `pseudo` too). Each language runs in its own process,
as the app does: the language is chosen once, at start-up. Rerun it once the translators'
catalogues have landed; session texts come from sessions/translations/<lang>/.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def shoot(out: Path, language: str) -> int:
    home = Path(tempfile.mkdtemp(prefix="anapana-shots-"))
    os.environ["ANAPANA_HOME"] = str(home)
    os.environ["ANAPANA_NO_HANDOFF"] = "1"
    from anapana.app.composition import build_main_window
    from anapana.app.main import make_application
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SilentSink
    from anapana.app.translations import install_translations
    from anapana.paths import UserPaths
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fakes
    from tests.fakes import FakeClock

    app = make_application()
    paths = UserPaths.from_environment()
    install_translations(app, language, paths.cache or paths.data / "cache")
    clock = FakeClock()
    settings = Settings(paths.settings)
    settings.theme = "light"
    window = build_main_window(settings, paths, checkin=False, clock=clock,
                        sound_factory=lambda _l: SilentSink(), run_timer=False)
    window.resize(1100, 720)
    window.show()
    window.after_shown()

    def run(seconds: float, step: float = 0.1) -> None:
        for _ in range(round(seconds / step)):
            clock.advance(step)
            window.controller.tick()
            app.processEvents()

    def shot(name: str) -> None:
        for _ in range(20):
            app.processEvents()
        frame = window.frameGeometry()
        image = app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                               frame.height())
        image.save(str(out / name))
        print(f"wrote {out / name}")

    while not window.store.loaded:
        app.processEvents()
    entry = window.store.find("body-scan-10")
    assert entry is not None and entry.ok, "body-scan-10 is not in the library"
    window.library.select(entry.id)
    shot(f"i18n-{language}-library.png")
    window.start_session(entry)
    run(settings.lead_in_s + 75.0)
    shot(f"i18n-{language}-player.png")
    window.controller.stop()
    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--languages", default="de,fr",
                        help="comma-separated, e.g. de,fr,es,it,pt_BR,nl,pseudo")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child process's language
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        return shoot(args.out, args.one)
    failed = 0
    for language in args.languages.split(","):
        result = subprocess.run([sys.executable, __file__, str(args.out), "--one", language],
                                check=False, timeout=600)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
