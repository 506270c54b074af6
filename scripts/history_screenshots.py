"""Screenshots of the History page in a real window, on a few months of seeded practice
(run under Xvfb with openbox):

    xvfb-run -a -s "-screen 0 1600x1000x24" sh -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb .venv/bin/python scripts/history_screenshots.py docs/screenshots'

Makes history-1100x720.png, history-1280x800.png and history-text200.png (1100×720 with
the text twice its usual size); `--tab N` shows another chart tab.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

SHOTS = (("history-1100x720.png", 1100, 720, 1.0, 0),
         ("history-1280x800.png", 1280, 800, 1.0, 2),
         ("history-text200.png", 1100, 720, 2.0, 3))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", help="one of the file names")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    home = Path(tempfile.mkdtemp(prefix="anapana-shots-"))
    os.environ["ANAPANA_HOME"] = str(home)
    os.environ["ANAPANA_NO_HANDOFF"] = "1"
    from tests.history_seed import seed_months

    from anapana.app.main import make_application
    from anapana.app.main_window import MainWindow
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SilentSink
    from anapana.log import PracticeLog
    from anapana.paths import UserPaths

    paths = UserPaths.from_environment()
    paths.log_db.parent.mkdir(parents=True, exist_ok=True)
    log, _ = PracticeLog.open(paths.log_db)
    seed_months(log, datetime.now(UTC).astimezone())
    log.close()

    app = make_application()
    base = app.font()
    for name, width, height, scale, tab in SHOTS:
        if args.only and name != args.only:
            continue
        font = app.font()
        font.setPointSizeF(base.pointSizeF() * scale)
        app.setFont(font)
        settings = Settings(paths.settings)
        settings.theme = "light"
        window = MainWindow(settings, paths, checkin=False,
                            sound_factory=lambda _l: SilentSink(), run_timer=False)
        window.resize(width, height)
        window.show()
        window.after_shown()
        window.show_history()
        assert window.history_view is not None
        window.history_view.charts.setCurrentIndex(tab)
        window.history_view.table.selectRow(1)
        for _ in range(40):
            app.processEvents()
        frame = window.frameGeometry()
        image = app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                               frame.height())
        image.save(str(args.out / name))
        print(f"wrote {args.out / name} ({frame.width()}x{frame.height()})")
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
