"""Hearth's translations: regenerate the ``.ts`` sources, compile the ``.qm`` files, check them.

    python scripts/i18n.py update     every user-visible string of app/ into i18n/hearth_<lang>.ts (pyside6-lupdate)
    python scripts/i18n.py release    i18n/*.ts -> app/ui/i18n/*.qm (pyside6-lrelease; install and packaging run it)
    python scripts/i18n.py check      fail when a source string is missing from a .ts file, or a translation is
                                      unfinished, empty or drops a placeholder

``update`` keeps every existing translation, drops strings no longer in the
code, and fills English (the source language) itself: each English entry is
its source, and a plural (``%n``) written with "(s)" gets "%n model" and
"%n models". Other English plurals are written in :data:`ENGLISH_PLURALS`,
and ``check`` names any that are missing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.i18n import LANGUAGES  # noqa: E402

TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "app" / "ui" / "i18n"
SOURCE_DIR = ROOT / "app"
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"i18n: {name} not found; install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCE_DIR.rglob("*.py"))


def ts_path(language: str) -> Path:
    return TS_DIR / f"hearth_{language}.ts"


def lupdate(targets: list[Path]) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-ts", *map(str, targets)], cwd=ROOT, check=True,
                   capture_output=True, text=True)


# reading .ts files -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    unfinished: bool


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = tuple((f.text or "") for f in translation.iter("numerusform")) if numerus and \
                translation is not None else ((translation.text or "") if translation is not None else "",)
            found.append(Entry(name, message.findtext("source") or "", message.findtext("comment") or "",
                               numerus, forms, kind == "unfinished"))
    return found


def keys(path: Path) -> set[tuple[str, str, str]]:
    return {(e.context, e.source, e.comment) for e in entries(path)}


# English fills itself ------------------------------------------------------------------------------------


# English plurals "(s)" cannot write: source -> (one, many).
ENGLISH_PLURALS = {
    "%n older messages no longer fit in the context and were left out":
        ("%n older message no longer fits in the context and was left out",
         "%n older messages no longer fit in the context and were left out"),
}


def english_plural(source: str) -> tuple[str, str] | None:
    if source in ENGLISH_PLURALS:
        return ENGLISH_PLURALS[source]
    if "(s)" in source:
        return source.replace("(s)", ""), source.replace("(s)", "s")
    return None


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = english_plural(source)
            if forms is None:
                continue  # written by hand; 'check' names it until it is
            for child in list(translation):
                translation.remove(child)
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
        del translation.attrib["type"]
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# the commands ---------------------------------------------------------------------------------------------


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.exists():
            path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                            f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n', encoding="utf-8")
    lupdate([ts_path(language) for language in LANGUAGES])
    fill_english(ts_path("en"))
    for language in LANGUAGES:
        found = entries(ts_path(language))
        todo = sum(e.unfinished for e in found)
        print(f"{ts_path(language).relative_to(ROOT)}: {len(found)} strings, {todo} to translate")


def release(out_dir: Path = QM_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        source = ts_path(language)
        if not source.exists():
            continue
        target = out_dir / f"hearth_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def problems() -> list[str]:
    """Everything wrong with the .ts files against the code, one line each (empty: all good)."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        fresh.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1"></TS>\n',
                         encoding="utf-8")
        lupdate([fresh])
        wanted = keys(fresh)
    found: list[str] = []
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.exists():
            found.append(f"{path.name}: missing; run scripts/i18n.py update")
            continue
        have = keys(path)
        found += [f"{path.name}: no entry for [{c}] {s!r}" for c, s, _ in sorted(wanted - have)]
        for entry in entries(path):
            where = f"{path.name}: [{entry.context}] {entry.source[:60]!r}"
            if entry.unfinished or not all(t.strip() for t in entry.translations):
                found.append(f"{where} is not translated")
                continue
            expected = sorted(set(PLACEHOLDER.findall(entry.source)))
            for text in entry.translations:
                got = sorted(set(PLACEHOLDER.findall(text)))
                if got != expected and not (entry.numerus and set(got) == set(expected) - {"%n"}):
                    found.append(f"{where}: placeholders {got} instead of {expected}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "check"])
    command = parser.parse_args().command
    if command == "update":
        update()
    elif command == "release":
        for path in release():
            print(path.relative_to(ROOT))
    else:
        found = problems()
        print("\n".join(found) or "All translations are complete.")
        sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
