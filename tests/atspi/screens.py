"""Screenshots of the library, player, History and Settings as the window opens on a
1600×1000 screen, for checking large text (run under xvfb-run with openbox):

    QT_SCALE_FACTOR=1.5 python tests/atspi/screens.py docs/screenshots/a11y-scale150
    python tests/atspi/screens.py docs/screenshots/a11y-font14 --font-pt 14
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("prefix")
    parser.add_argument("--font-pt", type=float, default=0.0)
    args = parser.parse_args()
    os.environ.setdefault("ANAPANA_HOME", tempfile.mkdtemp(prefix="anapana-shots-"))

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from anapana.app.composition import build_main_window
    from anapana.app.settings import Settings
    from anapana.app.settings_dialog import SettingsDialog
    from anapana.paths import UserPaths

    app = QApplication(sys.argv[:1])
    if args.font_pt:
        font = QFont(app.font())
        font.setPointSizeF(args.font_pt)
        app.setFont(font)
    paths = UserPaths.from_environment()
    window = build_main_window(Settings(paths.settings), paths, checkin=False)
    window.show()
    window.after_shown()
    prefix = args.prefix

    def shoot(widget: object, name: str) -> None:
        app.processEvents()
        widget.grab().save(f"{prefix}-{name}.png")  # type: ignore[attr-defined]
        geo = widget.frameGeometry()  # type: ignore[attr-defined]
        screen = app.primaryScreen().availableGeometry()
        print(f"{name}: {geo.width()}x{geo.height()} in {screen.width()}x{screen.height()}")

    def library() -> None:
        window.library.select("box-breathing")
        shoot(window, "library")
        entry = window.store.find("box-breathing")
        assert entry is not None
        window.start_session(entry, checkin=False)
        QTimer.singleShot(9000, player)

    def player() -> None:
        shoot(window, "player")
        window.controller.stop()
        window.show_history()
        QTimer.singleShot(1500, history)

    def history() -> None:
        shoot(window, "history")
        dialog = SettingsDialog(window.settings, parent=window,
                                extra_pages=window.settings_pages())
        dialog.show()
        QTimer.singleShot(800, lambda: settings(dialog))

    def settings(dialog: SettingsDialog) -> None:
        shoot(dialog, "settings")
        dialog.close()
        window.close()
        app.quit()

    QTimer.singleShot(1500, library)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
