"""Packages whose public names load on first use: every name resolves to its home
module's object, `dir()` lists them all before any is used, and nothing heavy loads
until a name is asked for."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

LAZY_PACKAGES = ["anapana.hr", "anapana.log", "anapana.app.desktop"]


def homes_of(package: ModuleType) -> dict[str, str]:
    homes = vars(package).get("_HOMES") or vars(package).get("_WHERE")
    assert isinstance(homes, dict)
    return homes


@pytest.mark.parametrize("name", LAZY_PACKAGES)
def test_every_public_name_resolves_to_its_home(name: str) -> None:
    package = importlib.import_module(name)
    homes = homes_of(package)
    assert sorted(package.__all__) == sorted(homes)
    assert set(homes) <= set(dir(package))
    for attribute, home in homes.items():
        module = importlib.import_module(f"{name}.{home}")
        assert getattr(package, attribute) is getattr(module, attribute)
    with pytest.raises(AttributeError, match=f"module '{name}' has no attribute 'nothing'"):
        package.nothing  # noqa: B018


def test_a_name_loads_its_module_only_when_asked_for(tmp_path: Path) -> None:
    package = tmp_path / "lazy_demo"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from anapana.lazy_exports import lazy_exports\n"
        "__getattr__, __dir__ = lazy_exports(globals(), {'heavy_thing': 'heavy'})\n")
    (package / "heavy.py").write_text("heavy_thing = 42\n")
    script = (
        "import sys\n"
        "import lazy_demo\n"
        "assert 'heavy_thing' in dir(lazy_demo)\n"
        "assert 'lazy_demo.heavy' not in sys.modules\n"
        "assert lazy_demo.heavy_thing == 42\n"
        "assert 'lazy_demo.heavy' in sys.modules\n"
        "assert vars(lazy_demo)['heavy_thing'] == 42\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
