"""Render the app icon's PNG sizes from `assets/icons/anapana.svg`.

Desktops look icons up in the freedesktop "hicolor" theme by the app id, so the
PNGs go to `assets/icons/hicolor/NxN/apps/io.github.anapana.Anapana.png` and a
copy of the SVG to `hicolor/scalable/apps/`. The PNGs are committed (the wheel
and the bundles ship them); run this again after changing the SVG:

    .venv/bin/python packaging/make_icons.py

Qt's own SVG renderer draws them, offscreen, so nothing beyond the app's
dependencies is needed. Each size is drawn four times larger and scaled down
smoothly, which keeps the 16 and 24 px icons soft instead of jagged.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.anapana.Anapana"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SUPERSAMPLE = 4
REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "assets" / "icons" / "anapana.svg"
THEME = REPO / "assets" / "icons" / "hicolor"


def png_path(theme: Path, size: int) -> Path:
    """Where the hicolor theme expects the icon of one size."""
    return theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(source: Path, theme: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Draw every size of the icon into `theme`; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # Held until the function returns: Qt's painting needs a living application.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: Qt cannot read this SVG")

    written: list[Path] = []
    for size in sizes:
        big = QImage(size * SUPERSAMPLE, size * SUPERSAMPLE, QImage.Format.Format_ARGB32)
        big.fill(Qt.GlobalColor.transparent)
        painter = QPainter(big)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        image = big.scaled(
            size,
            size,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        target = png_path(theme, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):  # the .png suffix picks the format
            raise SystemExit(f"{target}: could not write the PNG")
        written.append(target)

    scalable = theme / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the SVG to draw")
    parser.add_argument("--theme", type=Path, default=THEME, help="the hicolor folder to fill")
    args = parser.parse_args(argv)
    for path in render(args.source, args.theme):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
