"""Wheel build hook: compile the app's translations (`src/anapana/i18n/*.ts`) into `.qm`.

Compiled catalogues are never kept in git; the wheel gets them from `pyside6-lrelease`
here (PySide6 is installed wherever Anapana is built, and its `lrelease` tool with it).
A build without it still works: the wheel carries the `.ts` sources and the app compiles
them on first use (`anapana.app.translations.catalogue_path`), with a warning here.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> str | None:
    """PySide6's lrelease: beside this Python, on PATH, or inside the PySide6 package."""
    for name in ("pyside6-lrelease", "lrelease"):
        beside = Path(sys.executable).parent / name
        if beside.exists():
            return str(beside)
        found = shutil.which(name)
        if found:
            return found
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        inside = Path(spec.origin).parent / "lrelease"
        if inside.exists():
            return str(inside)
    return None


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # An editable install runs from the source tree, where the app compiles the .ts on
        # first use; and pip builds it in an isolated environment where the venv's
        # pyside6-lrelease script cannot import PySide6 (a second `pip install -e .` failed).
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted(Path(self.root, "src", "anapana", "i18n").glob("anapana_*.ts"))
        lrelease = find_lrelease()
        if lrelease is None:
            self.app.display_warning("pyside6-lrelease not found: the wheel carries the .ts "
                                     "files only, compiled by the app on first use")
            return
        self._out = Path(tempfile.mkdtemp(prefix="anapana-qm-"))
        for source in sources:
            target = self._out / source.with_suffix(".qm").name
            try:
                subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)],
                               check=True, capture_output=True)
            except (OSError, subprocess.SubprocessError) as error:
                self.app.display_warning(f"{lrelease} could not compile {source.name} "
                                         f"({error}): the wheel carries the .ts files only, "
                                         "compiled by the app on first use")
                for compiled in build_data["force_include"].copy():
                    if Path(compiled).parent == self._out:
                        del build_data["force_include"][compiled]
                return
            build_data["force_include"][str(target)] = f"anapana/i18n/{target.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
