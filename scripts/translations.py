#!/usr/bin/env python3
"""The app's translation catalogues: extract, hand out to translators, take back, check.

    python scripts/translations.py update          re-extract every string of src/anapana/app
                                                   and the Qt-free WORDING modules into
                                                   src/anapana/i18n/anapana_<lang>.ts
    python scripts/translations.py todo LANG       the unfinished entries, as YAML to fill in
    python scripts/translations.py apply LANG FILE write a filled-in todo back into the .ts
    python scripts/translations.py check           how complete each language is (exit 1 if
                                                   anything is unfinished or wrong)
    python scripts/translations.py overlay FILE LANG  a session text overlay to translate,
                                                   with the English texts in place
    python scripts/translations.py desktop         the desktop entry and AppStream metadata:
                                                   packaging/po/*.po updated from the .in
                                                   templates, then merged into the outputs

LANG is one of de, fr, es, it, pt_BR (pt-BR works too), nl. See docs/translating.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from anapana.core.problems import SessionInvalid  # noqa: E402
from anapana.core.yaml_source import Source, read_source  # noqa: E402
from anapana.i18n import LANGUAGES  # noqa: E402
from anapana.i18n.ts_file import (  # noqa: E402
    PLURAL_FORMS,
    Message,
    TsError,
    merge,
    plural_count,
    problems_of,
    read_ts,
    write_ts,
)

APP = ROOT / "src" / "anapana" / "app"
LINUX = ROOT / "packaging" / "linux"
PO = ROOT / "packaging" / "po"
DESKTOP = "io.github.anapana.Anapana.desktop"
METAINFO = "io.github.anapana.Anapana.metainfo.xml"
CATALOGUES = ROOT / "src" / "anapana" / "i18n"


def catalogue(language: str) -> Path:
    return CATALOGUES / f"anapana_{language}.ts"


def qt_tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} was not found: install PySide6 (pip install -e '.[test]')")
    return found


def language_arg(text: str) -> str:
    language = text.replace("-", "_")
    if language not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unknown language {text!r}; expected one of {', '.join(LANGUAGES)}")
    return language


# Qt-free modules whose words the app shows through a `translate` it hands them.
WORDING = ("src/anapana/log/history_text.py", "src/anapana/log/notices.py",
           "src/anapana/log/wal.py",
           "src/anapana/hr/reason_text.py", "src/anapana/sound/channels.py",
           "src/anapana/sound/output.py", "src/anapana/sound/speech.py",
           "src/anapana/sound/tts/voice_files.py", "src/anapana/sound/tts/voice_catalogue.py",
           "src/anapana/sound/tts/voice_download.py", "src/anapana/sound/tts/voice_store.py")


def sources() -> list[Path]:
    wording = (ROOT / name for name in WORDING)  # relative to ROOT, which tests move
    return sorted([*(p for p in APP.rglob("*.py") if "__pycache__" not in p.parts),
                   *(p for p in wording if p.exists())])


def extract(language: str) -> list[Message]:
    """Every translatable string of the app, fresh from pyside6-lupdate."""
    with tempfile.TemporaryDirectory(dir=CATALOGUES, prefix=".lupdate-") as folder:
        # In the catalogues' folder, so that locations come out relative to it as usual.
        fresh = Path(folder).parent / f".fresh_{language}.ts"
        try:
            subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                            "-locations", "absolute", *map(str, sources()), "-ts", str(fresh)],
                           check=True)
            messages = read_ts(fresh).messages
        finally:
            fresh.unlink(missing_ok=True)
    return messages


def update(_args: argparse.Namespace) -> int:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = catalogue(language)
        old = read_ts(path) if path.exists() else None
        messages = merge(extract(language), old, language)
        write_ts(path, language, messages)
        unfinished = sum(not m.finished for m in messages)
        gone = len({m.key for m in old.messages} - {m.key for m in messages}) if old else 0
        print(f"{path.relative_to(ROOT)}: {len(messages)} messages, {unfinished} unfinished, "
              f"{gone} obsolete dropped")
    return 0


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    plain = value.isidentifier()  # keys and contexts; every text is quoted, so none surprises
    return dumper.represent_scalar("tag:yaml.org,2002:str", value,
                                   style=None if plain else '"')


_Dumper.add_representer(str, _text)


def todo(args: argparse.Namespace) -> int:
    language = args.language
    messages = read_ts(catalogue(language)).messages
    entries: list[dict[str, Any]] = []
    for message in messages:
        if message.finished:
            continue
        entry: dict[str, Any] = {"context": message.context, "source": message.source}
        if message.comment:
            entry["comment"] = message.comment
        if message.locations:
            name, line = message.locations[0]
            where = (CATALOGUES / name).resolve()
            shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
            entry["where"] = f"{shown}:{line}"
        if message.numerus:
            entry["plural"] = list(PLURAL_FORMS.get(language, ()))
            entry["translation"] = [f for f in message.forms] or [""] * plural_count(language)
        else:
            entry["translation"] = message.translation
        entries.append(entry)
    header = (f"# Anapana, {language}: {len(entries)} of {len(messages)} entries to translate.\n"
              "# Fill in each `translation` (plural entries: one text per form, in the order\n"
              "# of `plural`), keep %1, %2 … and %n, then run:\n"
              f"#   python scripts/translations.py apply {language} THIS_FILE\n"
              "# Entries left empty stay unfinished; you can apply a part and go on later.\n")
    document = {"language": language, "todo": entries}
    sys.stdout.write(header + yaml.dump(document, Dumper=_Dumper, allow_unicode=True,
                                        sort_keys=False, width=1_000_000))
    return 0


def apply(args: argparse.Namespace) -> int:
    language = args.language
    path = catalogue(language)
    try:
        ts = read_ts(path)
        source = read_source(Path(args.file))
    except TsError as error:
        print(error, file=sys.stderr)
        return 1
    except SessionInvalid as invalid:
        for problem in invalid.problems:
            print(problem, file=sys.stderr)
        return 1
    problems, changes = _check_filled(source, ts.by_key(), language)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"nothing was written to {path.relative_to(ROOT)}: {len(problems)} problem(s)",
              file=sys.stderr)
        return 1
    by_key = ts.by_key()
    for key, value in changes:
        message = by_key[key]
        if message.numerus:
            message.forms = list(value)
        else:
            message.translation = str(value)
        message.finished = True
    write_ts(path, language, ts.messages)
    left = sum(not m.finished for m in ts.messages)
    print(f"{path.relative_to(ROOT)}: {len(changes)} translated, {left} still unfinished")
    return 0


def _check_filled(source: Source, by_key: dict[tuple[str, str, str], Message],
                  language: str) -> tuple[list[str], list[tuple[tuple[str, str, str], Any]]]:
    problems: list[str] = []
    changes: list[tuple[tuple[str, str, str], Any]] = []
    data = source.data
    said = data.get("language")
    if said is not None and str(said).replace("-", "_") != language:
        problems.append(str(source.problem(("language",), f"this file is for {said}, not "
                                                          f"{language}")))
    entries = data.get("todo")
    if not isinstance(entries, list):
        problems.append(str(source.problem(("todo",), "expected a list of entries under "
                                                      "`todo:`")))
        return problems, changes
    for index, entry in enumerate(entries):
        at = ("todo", index)
        if not isinstance(entry, dict):
            problems.append(str(source.problem(at, "expected an entry with context, source "
                                                   "and translation")))
            continue
        fields = {name: entry.get(name) for name in ("context", "source", "comment")}
        if not all(isinstance(fields[n], str) for n in ("context", "source")) or \
                not isinstance(fields["comment"], str | None):
            problems.append(str(source.problem(at, "context, source (and comment) must be "
                                                   "text, as `todo` wrote them")))
            continue
        key = (str(fields["context"]), str(fields["source"]), str(fields["comment"] or ""))
        message = by_key.get(key)
        if message is None:
            problems.append(str(source.problem(
                (*at, "source"), f"no such entry in the catalogue ({key[0]}: {key[1]!r}); "
                                 "was the todo made before an update?")))
            continue
        value = entry.get("translation")
        here = (*at, "translation")
        if message.numerus:
            count = plural_count(language)
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(str(source.problem(here, f"expected a list of {count} texts "
                                                         "(one per plural form)")))
                continue
            if not any(v.strip() for v in value):
                continue
            if len(value) != count:
                problems.append(str(source.problem(
                    here, f"{len(value)} plural forms; {language} needs {count} "
                          f"({', '.join(PLURAL_FORMS.get(language, ()))})")))
                continue
            candidate = Message(*key, numerus=True, forms=list(value))
        else:
            if not isinstance(value, str):
                problems.append(str(source.problem(here, "expected the translation as text")))
                continue
            if not value.strip():
                continue
            candidate = Message(*key, translation=value)
        found = problems_of(candidate, language)
        problems += [str(source.problem(here, problem)) for problem in found]
        if not found:
            changes.append((key, value))
    return problems, changes


def check(_args: argparse.Namespace) -> int:
    bad = 0
    for language in LANGUAGES:
        path = catalogue(language)
        if not path.exists():
            print(f"{language}: {path.relative_to(ROOT)} is missing (run update)")
            bad += 1
            continue
        messages = read_ts(path).messages
        unfinished = [m for m in messages if not m.finished]
        wrong = [(m, p) for m in messages if m.finished for p in problems_of(m, language)]
        print(f"{language}: {len(messages) - len(unfinished)} of {len(messages)} translated, "
              f"{len(unfinished)} unfinished, {len(wrong)} problem(s)")
        for message, problem in wrong:
            print(f"  {message.context}: {message.source!r}: {problem}")
        bad += bool(unfinished or wrong)
    return 1 if bad else 0


def gettext_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} was not found: install gettext (apt-get install gettext)")
    return found


def desktop(_args: argparse.Namespace) -> int:
    """Update packaging/po/<lang>.po from the templates and merge them into the outputs."""
    PO.mkdir(parents=True, exist_ok=True)
    pot = PO / "anapana-desktop.pot"
    with tempfile.TemporaryDirectory() as folder:
        parts = [Path(folder) / "desktop.pot", Path(folder) / "metainfo.pot"]
        common = ["--from-code=UTF-8", "--package-name=Anapana", "--no-wrap"]
        # From the repository's root, so that the comments name files relative to it.
        subprocess.run([gettext_tool("xgettext"), "--language=Desktop", *common, "-o",
                        str(parts[0]), f"packaging/linux/{DESKTOP}.in"], check=True, cwd=ROOT)
        subprocess.run([gettext_tool("xgettext"), *common, "-o", str(parts[1]),
                        f"packaging/linux/{METAINFO}.in"], check=True, cwd=ROOT)
        subprocess.run([gettext_tool("msgcat"), "--use-first", "--no-wrap", "-o", str(pot),
                        *map(str, parts)], check=True)
    for language in LANGUAGES:
        po = PO / f"{language}.po"
        if po.exists():
            subprocess.run([gettext_tool("msgmerge"), "--quiet", "--update", "--backup=none",
                            "--no-fuzzy-matching", "--no-wrap", str(po), str(pot)], check=True)
        else:
            subprocess.run([gettext_tool("msginit"), "--no-translator", "--no-wrap", "-l",
                            language, "-i", str(pot), "-o", str(po)], check=True,
                           stderr=subprocess.DEVNULL)
            # msginit picks ASCII for an all-English file; translations need UTF-8.
            po.write_text(po.read_text(encoding="utf-8").replace(
                "charset=ASCII", "charset=UTF-8"), encoding="utf-8")
    (PO / "LINGUAS").write_text(" ".join(LANGUAGES) + "\n", encoding="utf-8")
    merge_desktop_files(PO, LINUX)
    print(f"{PO.relative_to(ROOT)}: {len(LANGUAGES)} languages; "
          f"{(LINUX / DESKTOP).relative_to(ROOT)} and {(LINUX / METAINFO).relative_to(ROOT)} "
          "merged")
    return 0


def merge_desktop_files(po: Path, out: Path) -> None:
    """The desktop entry and the metainfo with every translated string of `po`."""
    msgfmt = gettext_tool("msgfmt")
    subprocess.run([msgfmt, "--desktop", f"--template={LINUX / f'{DESKTOP}.in'}", "-d",
                    str(po), "-o", str(out / DESKTOP)], check=True)
    subprocess.run([msgfmt, "--xml", f"--template={LINUX / f'{METAINFO}.in'}", "-d", str(po),
                    "-o", str(out / METAINFO)], check=True)


def overlay(args: argparse.Namespace) -> int:
    """An overlay for a session with its English texts, to translate (docs/session-format.md)."""
    from anapana.core.session_text import OVERLAY_LANGUAGES, text_fields

    language = args.language.replace("_", "-")
    if language not in OVERLAY_LANGUAGES:
        print(f"unknown language {args.language!r}; expected one of "
              f"{', '.join(OVERLAY_LANGUAGES)}", file=sys.stderr)
        return 1
    try:
        source = read_source(Path(args.file))
    except SessionInvalid as invalid:
        for problem in invalid.problems:
            print(problem, file=sys.stderr)
        return 1
    text = {}
    for key, at in text_fields(source.data).items():
        value: Any = source.data
        for part in at:
            value = value[part]
        text[key] = value

    class Block(yaml.SafeDumper):
        pass

    Block.add_representer(str, lambda dumper, value: dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style="|" if "\n" in value else None))
    document = {"translation": 1, "language": language, "text": text}
    sys.stdout.write(yaml.dump(document, Dumper=Block, allow_unicode=True, sort_keys=False,
                               width=88))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the app's strings into the .ts files")
    todo_parser = commands.add_parser("todo", help="print the unfinished entries as YAML")
    todo_parser.add_argument("language", type=language_arg)
    apply_parser = commands.add_parser("apply", help="write a filled-in todo into the .ts")
    apply_parser.add_argument("language", type=language_arg)
    apply_parser.add_argument("file")
    commands.add_parser("check", help="completeness of every language")
    overlay_parser = commands.add_parser("overlay", help="a session text overlay to translate")
    overlay_parser.add_argument("file")
    overlay_parser.add_argument("language")
    commands.add_parser("desktop", help="update the desktop entry's and metainfo's .po files "
                                        "and merge them")
    args = parser.parse_args(argv)
    try:
        return {"update": update, "todo": todo, "apply": apply, "check": check,
                "desktop": desktop, "overlay": overlay}[args.command](args)
    except TsError as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
