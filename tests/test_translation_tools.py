"""scripts/translations.py: update keeps and moves translations, todo and apply round-trip,
apply refuses wrong placeholders and plural counts and writes nothing then."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from anapana.i18n.ts_file import read_ts
from tests.script_module import load_script

ROOT = Path(__file__).resolve().parent.parent

if shutil.which("pyside6-lupdate") is None and \
        not (Path(sys.executable).parent / "pyside6-lupdate").exists():
    pytest.skip("pyside6-lupdate is not installed", allow_module_level=True)

APP_V1 = '''
from PySide6.QtCore import QCoreApplication, QObject


class Greeter(QObject):
    def hello(self) -> str:
        return self.tr("Hello, %1")

    def gone(self) -> str:
        return self.tr("Soon removed")


def minutes(n: int) -> str:
    return QCoreApplication.translate("Words", "%n minute(s)", None, n)
'''

APP_V2 = '''
from PySide6.QtCore import QCoreApplication, QObject


class Welcome(QObject):
    def hello(self) -> str:
        return self.tr("Hello, %1")


def minutes(n: int) -> str:
    return QCoreApplication.translate("Words", "%n minute(s)", None, n)
'''


@pytest.fixture
def tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = load_script("translations")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "greeter.py").write_text(APP_V1, encoding="utf-8")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "APP", tmp_path / "app")
    monkeypatch.setattr(module, "CATALOGUES", tmp_path / "i18n")
    return module


def todo_of(tool: ModuleType, language: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert tool.main(["todo", language]) == 0
    return yaml.safe_load(capsys.readouterr().out)


def test_update_todo_apply_and_a_moved_string(tool: ModuleType, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main(["update"]) == 0
    german = tmp_path / "i18n" / "anapana_de.ts"
    assert {(m.context, m.source, m.numerus) for m in read_ts(german).messages} == {
        ("Greeter", "Hello, %1", False), ("Greeter", "Soon removed", False),
        ("Words", "%n minute(s)", True)}
    todo = todo_of(tool, "de", capsys)
    entries = {e["source"]: e for e in todo["todo"]}
    assert entries["%n minute(s)"]["plural"] == ["one (n = 1)", "other"]
    assert entries["Hello, %1"]["where"].startswith("app/greeter.py:")
    entries["Hello, %1"]["translation"] = "Hallo, %1"
    entries["%n minute(s)"]["translation"] = ["eine Minute", "%n Minuten"]
    filled = tmp_path / "de.yaml"
    filled.write_text(yaml.safe_dump(todo, allow_unicode=True), encoding="utf-8")
    assert tool.main(["apply", "de", str(filled)]) == 0
    assert [e["source"] for e in todo_of(tool, "de", capsys)["todo"]] == ["Soon removed"]

    # The string moves to another class, another one is removed: the translation follows.
    (tmp_path / "app" / "greeter.py").write_text(APP_V2, encoding="utf-8")
    assert tool.main(["update"]) == 0
    after = {(m.context, m.source): m for m in read_ts(german).messages}
    assert set(after) == {("Welcome", "Hello, %1"), ("Words", "%n minute(s)")}
    assert after[("Welcome", "Hello, %1")].finished
    assert after[("Welcome", "Hello, %1")].translation == "Hallo, %1"
    assert after[("Words", "%n minute(s)")].forms == ["eine Minute", "%n Minuten"]
    assert todo_of(tool, "de", capsys)["todo"] == []
    capsys.readouterr()
    assert tool.main(["check"]) == 1  # the other languages are still to do
    assert "de: 2 of 2 translated, 0 unfinished, 0 problem(s)" in capsys.readouterr().out


def test_apply_refuses_wrong_entries_and_writes_nothing(
        tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main(["update"]) == 0
    french = tmp_path / "i18n" / "anapana_fr.ts"
    before = french.read_bytes()
    todo = todo_of(tool, "fr", capsys)
    entries = {e["source"]: e for e in todo["todo"]}
    entries["Hello, %1"]["translation"] = "Bonjour"  # %1 lost
    entries["Soon removed"]["translation"] = "Bientôt retiré"  # fine, but not written
    entries["%n minute(s)"]["translation"] = ["%n minute", "%n minutes", "%n minutess"]
    todo["todo"].append({"context": "Nowhere", "source": "Ghost", "translation": "Fantôme"})
    filled = tmp_path / "fr.yaml"
    filled.write_text(yaml.safe_dump(todo, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    capsys.readouterr()
    assert tool.main(["apply", "fr", str(filled)]) == 1
    err = capsys.readouterr().err
    assert "fr.yaml:" in err and "the translation lacks %1" in err
    assert "3 plural forms; fr needs 2" in err
    assert "no such entry in the catalogue (Nowhere: 'Ghost')" in err
    assert french.read_bytes() == before
    filled.write_text("todo: [unclosed\n", encoding="utf-8")
    assert tool.main(["apply", "fr", str(filled)]) == 1
    assert french.read_bytes() == before
