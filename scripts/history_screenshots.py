"""Screenshots of the History page in a real window, on a few months of seeded practice
(run under Xvfb with openbox):

    xvfb-run -a -s "-screen 0 1600x1000x24" sh -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb .venv/bin/python scripts/history_screenshots.py docs/screenshots'

Makes history-1100x720.png, history-1280x800.png, history-text200.png (1100×720 with the
text twice its usual size), history-text200-list.png (the same, scrolled to the list) and
history-damaged.png (every kind of damaged row the log can hold, listed as damaged).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

# (file, width, height, text scale, chart tab, scroll to the list, with damaged rows)
SHOTS = (("history-1100x720.png", 1100, 720, 1.0, 1, False, False),
         ("history-1280x800.png", 1280, 800, 1.0, 2, False, False),
         ("history-text200.png", 1100, 720, 2.0, 3, False, False),
         ("history-text200-list.png", 1100, 720, 2.0, 3, True, False),
         ("history-damaged.png", 1100, 720, 1.0, 0, False, True))

def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", help="one of the file names")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ["ANAPANA_NO_HANDOFF"] = "1"
    from tests.history_seed import seed_months
    from tests.test_history_damaged_rows import make_hostile_log

    from anapana.app.composition import build_main_window
    from anapana.app.history.page import HistoryPage
    from anapana.app.main import make_application
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SilentSink
    from anapana.core.clock import SYSTEM_CLOCK
    from anapana.log.opening import open_log
    from anapana.paths import UserPaths

    def seeded(damaged: bool) -> UserPaths:
        """A fresh data folder with a few months of practice (and every hostile row)."""
        os.environ["ANAPANA_HOME"] = tempfile.mkdtemp(prefix="anapana-shots-")
        paths = UserPaths.from_environment()
        paths.log_db.parent.mkdir(parents=True, exist_ok=True)
        if damaged:
            make_hostile_log(paths.log_db, typed=True)
        log, _ = open_log(paths.log_db, SYSTEM_CLOCK, [])
        seed_months(log, datetime.now(UTC).astimezone(), days=40 if damaged else 120)
        log.close()
        return paths

    app = make_application()
    base = app.font()
    for name, width, height, scale, tab, to_list, damaged in SHOTS:
        if args.only and name != args.only:
            continue
        paths = seeded(damaged)
        font = app.font()
        font.setPointSizeF(base.pointSizeF() * scale)
        app.setFont(font)
        settings = Settings(paths.settings)
        settings.theme = "light"
        window = build_main_window(settings, paths, checkin=False,
                            sound_factory=lambda _l: SilentSink(), run_timer=False)
        window.resize(width, height)
        window.show()
        window.after_shown()
        window.show_history()
        assert window.history_view is not None
        window.history_view.charts.setCurrentIndex(tab)
        window.history_view.table.selectRow(0 if damaged else 1)
        page = window.history
        assert isinstance(page, HistoryPage)
        if to_list:
            view = window.history_view
            top = view.search_box.mapTo(view, view.search_box.rect().topLeft()).y()
            page.scroll_area.verticalScrollBar().setValue(top - 8)
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
