"""The desktop files and icons that packages install: valid, consistent, every size there.

`desktop-file-validate` (desktop-file-utils) and `appstreamcli` (appstream) are the
validators distributions and Flathub run; where one is not installed its test is skipped.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
APP_ID = "io.github.anapana.Anapana"
LINUX = REPO / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "assets" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG_NS = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


def _desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser


def _png_header(path: Path) -> tuple[int, int, int, int]:
    """Width, height, bit depth and colour type from a PNG's IHDR chunk."""
    data = path.read_bytes()[:33]
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    length, chunk = struct.unpack(">I4s", data[8:16])
    assert chunk == b"IHDR" and length == 13, f"{path}: IHDR chunk missing"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour


def test_desktop_file_passes_desktop_file_validate() -> None:
    validator = _validator("desktop-file-validate")
    result = subprocess.run(
        [validator, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60
    )
    # The validator exits 0 on hints too; a hint (e.g. two main categories) is still a flaw.
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_desktop_file_launches_the_app_and_offers_box_breathing() -> None:
    entry = _desktop_entry()
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Icon"] == APP_ID
    assert main["Exec"].split()[0] == "anapana"
    assert "breathing" in main["Keywords"].split(";")
    actions = [name for name in main["Actions"].split(";") if name]
    assert actions, "the launcher should offer at least one session straight away"
    for action in actions:
        group = entry[f"Desktop Action {action}"]
        assert group["Exec"].split()[:2] == ["anapana", "run"]
    box = entry["Desktop Action box-breathing"]
    session_id = box["Exec"].split()[2]
    assert (REPO / "sessions" / f"{session_id}.yaml").is_file(), (
        f"the Box breathing action runs {session_id!r}, which is not a bundled session"
    )


def test_metainfo_passes_appstreamcli_validate() -> None:
    validator = _validator("appstreamcli")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_desktop_file_and_says_what_the_app_is_not() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("developer_name"), "appstream 0.16 readers need <developer_name>"
    assert root.find("content_rating") is not None
    description = " ".join(root.find("description").itertext())  # type: ignore[union-attr]
    assert "not a medical device" in " ".join(description.split())
    releases = [r.get("version") for r in root.iter("release")]
    version = _package_version()
    assert version in releases, f"metainfo has no <release> for version {version}"


def _package_version() -> str:
    text = (REPO / "src" / "anapana" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise AssertionError("no __version__ in src/anapana/__init__.py")


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_is_a_png_of_that_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"{path} is missing: run `make icons`"
    width, height, depth, colour = _png_header(path)
    assert (width, height) == (size, size)
    assert depth == 8 and colour == 6, "icons need 8-bit RGBA for their transparent corners"


def test_icon_svg_is_square_xml() -> None:
    root = ET.parse(ICONS / "anapana.svg").getroot()
    assert root.tag == f"{SVG_NS}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height > 0
    assert root.find(f"{SVG_NS}text") is None, "the icon has no text"


def test_scalable_theme_icon_is_the_current_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "anapana.svg").read_bytes(), (
        "hicolor/scalable is out of date: run `make icons`"
    )
