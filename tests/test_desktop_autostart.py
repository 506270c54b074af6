"""Start at login: the XDG autostart entry written, validated and removed (no Qt)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from anapana.app.desktop.autostart import (
    APP_ID,
    BACKGROUND_FLAG,
    autostart_entry,
    autostart_path,
    disable_autostart,
    enable_autostart,
    is_autostart_enabled,
)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"XDG_CONFIG_HOME": str(tmp_path / "config")}


def entry_keys(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_path_follows_xdg_config_home(env: dict[str, str], tmp_path: Path) -> None:
    assert autostart_path(env) == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    home_default = autostart_path({"XDG_CONFIG_HOME": "relative/is/ignored"})
    assert home_default == Path.home() / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_enable_writes_a_background_entry_and_disable_removes_it(env: dict[str, str]) -> None:
    assert not is_autostart_enabled(env)
    path = enable_autostart(["anapana"], env)
    assert path == autostart_path(env)
    assert is_autostart_enabled(env)
    keys = entry_keys(path.read_text(encoding="utf-8"))
    assert keys["Exec"] == f"anapana {BACKGROUND_FLAG}"
    assert keys["Type"] == "Application"
    assert keys["Icon"] == APP_ID
    assert "NoDisplay" not in keys  # the user can see it in their startup list
    assert not list(path.parent.glob("*.tmp"))
    assert disable_autostart(env) is True
    assert not path.exists()
    assert not is_autostart_enabled(env)
    assert disable_autostart(env) is False  # nothing left to remove


def test_enabling_twice_rewrites_in_place(env: dict[str, str]) -> None:
    enable_autostart(["anapana"], env)
    path = enable_autostart(["/opt/anapana/anapana"], env)
    assert entry_keys(path.read_text())["Exec"] == f"/opt/anapana/anapana {BACKGROUND_FLAG}"
    assert len(list(path.parent.iterdir())) == 1


def test_an_entry_the_user_wrote_is_left_alone(env: dict[str, str]) -> None:
    path = autostart_path(env)
    path.parent.mkdir(parents=True)
    mine = "[Desktop Entry]\nType=Application\nName=Anapana\nExec=anapana run box-breathing\n"
    path.write_text(mine)
    assert disable_autostart(env) is False
    assert path.read_text() == mine


def test_paths_with_spaces_and_specials_are_quoted() -> None:
    text = autostart_entry(["/home/me/My Apps/venv/bin/anapana"])
    assert entry_keys(text)["Exec"] == f'"/home/me/My Apps/venv/bin/anapana" {BACKGROUND_FLAG}'
    odd = entry_keys(autostart_entry(["/x/100%/$HOME/a\"b"]))["Exec"]
    assert odd == f'"/x/100%%/\\\\$HOME/a\\\\"b" {BACKGROUND_FLAG}'


def test_default_command_can_be_run() -> None:
    exec_line = entry_keys(autostart_entry())["Exec"]
    assert exec_line.endswith(BACKGROUND_FLAG)
    program = exec_line.split(" ")[0].strip('"')
    assert program == "anapana" or Path(program).exists()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
@pytest.mark.parametrize(
    "command", [["anapana"], ["/home/me/My Apps/bin/anapana"], ["/x/100%/$H/a\"b"], None]
)
def test_entry_passes_desktop_file_validate(
    env: dict[str, str], command: list[str] | None
) -> None:
    path = enable_autostart(command, env)
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no hints or warnings either
