"""Extracting, compiling and measuring the translations with Qt's own tools.

No Qt import here (``setup.py`` and the PyInstaller spec use it to compile the ``.qm``
files): the tools are the ``lupdate``/``lrelease`` programs of the installed PySide6
(PySide6-Essentials ships both), run as subprocesses.

- ``update``: ``lupdate`` over every ``.py`` under ``datafi_desktop/ui`` into each
  ``datafi_<code>.ts``; English gets the plural forms only (``-pluralonly``: the source
  text is the English, only "%n task(s)" needs "1 task"/"2 tasks"). Locations are left out
  (``-locations none``) so that moving code does not change the ``.ts`` files, and strings
  no longer in the source are dropped (``-no-obsolete``).
- ``compile``: ``lrelease`` each ``.ts`` into ``.qm`` beside it (or into a folder given).
- ``status``: finished/total per language.

>>> Completeness("xx", 3, 4).percent
75.0
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent
PACKAGE_DIR = I18N_DIR.parent
#: the code whose user-visible strings are translated (the headless commands and the core
#: stay English: see docs/i18n.md)
SOURCE_DIRS = (PACKAGE_DIR / "ui",)
PREFIX = "datafi_"
SOURCE_LANGUAGE = "en"


class ToolError(RuntimeError):
    """lupdate/lrelease missing or failing."""


def ts_files(folder: Path = I18N_DIR) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def code_of(path: Path) -> str:
    """``datafi_pt_BR.ts`` → ``pt_BR``."""
    return path.stem.removeprefix(PREFIX)


def qt_program(name: str) -> Path:
    """PySide6's own ``lupdate``/``lrelease`` (beside the package, found without importing
    Qt), else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    suffix = ".exe" if sys.platform == "win32" else ""
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    for other in (f"pyside6-{name}", name):
        found = shutil.which(other)
        if found:
            return Path(found)
    raise ToolError(f"{name} not found: install PySide6-Essentials (it ships {name})")


def _run(cmd: Sequence[str | Path]) -> str:
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True,  # noqa: S603
                          check=False)
    if done.returncode != 0:
        raise ToolError(f"{Path(cmd[0]).name} failed ({done.returncode}): "
                        f"{(done.stderr or done.stdout).strip()}")
    return done.stdout + done.stderr


def source_files(dirs: Sequence[Path] = SOURCE_DIRS) -> list[Path]:
    return sorted(p for d in dirs for p in d.rglob("*.py") if "__pycache__" not in p.parts)


def update(folder: Path = I18N_DIR, sources: Sequence[Path] | None = None) -> str:
    """Extract the strings into every ``.ts`` in ``folder`` (lupdate merges: existing
    translations are kept). Returns lupdate's report."""
    files = list(sources) if sources is not None else source_files()
    lupdate = qt_program("lupdate")
    targets = ts_files(folder)
    english = [p for p in targets if code_of(p) == SOURCE_LANGUAGE]
    others = [p for p in targets if code_of(p) != SOURCE_LANGUAGE]
    common: list[str | Path] = [lupdate, "-locations", "none", "-no-obsolete",
                                "-source-language", "en", *files]
    out = ""
    if others:
        out += _run([*common, "-ts", *others])
    for path in english:
        out += _run([*common, "-pluralonly", "-ts", path])
        fill_english(path)
    return out


_IN_MESSAGE = r"(?:(?!</message>).)*?"  # never past the end of one message
_NUMERUS = re.compile(rf'(<message numerus="yes">{_IN_MESSAGE}<source>([^<]*)</source>'
                      rf'{_IN_MESSAGE})<translation type="unfinished">.*?</translation>', re.S)


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a ``%n`` text written with ``(s)``/``(es)``.

    >>> english_forms("%n task(s) to label")
    ('%n task to label', '%n tasks to label')
    >>> english_forms("%n match(es)")
    ('%n match', '%n matches')
    """
    return (source.replace("(es)", "").replace("(s)", ""),
            source.replace("(es)", "es").replace("(s)", "s"))


def fill_english(ts: Path) -> None:
    """Write the English plural forms lupdate left unfinished in ``datafi_en.ts`` (forms
    written by hand are kept: only unfinished ones are filled)."""
    text = ts.read_text(encoding="utf-8")

    def forms(match: re.Match[str]) -> str:
        one, many = english_forms(match.group(2))
        return (f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>"
                f"\n            <numerusform>{many}</numerusform>\n        </translation>")

    ts.write_text(_NUMERUS.sub(forms, text), encoding="utf-8")


def compile_qm(ts: Path, qm: Path) -> None:
    """``lrelease`` one ``.ts`` into ``qm`` (its folder created)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    _run([qt_program("lrelease"), "-silent", ts, "-qm", qm])


def compile_all(source: Path = I18N_DIR, dest: Path | None = None) -> list[Path]:
    """Every ``.ts`` in ``source`` compiled to ``.qm`` in ``dest`` (default: beside it)."""
    written = []
    for ts in ts_files(source):
        qm = (dest or source) / ts.with_suffix(".qm").name
        compile_qm(ts, qm)
        written.append(qm)
    return written


@dataclass(frozen=True)
class Completeness:
    code: str
    finished: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.finished / self.total if self.total else 100.0


def _state(message: ET.Element) -> str | None:
    translation = message.find("translation")
    return None if translation is None else translation.get("type")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                          "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def completeness(ts: Path) -> Completeness:
    """Finished translations of the messages still in the source (obsolete and vanished
    ones do not count)."""
    root = ET.parse(ts).getroot()  # noqa: S314 (our own committed file)
    messages = [m for m in root.iter("message")
                if _state(m) not in ("obsolete", "vanished")]
    return Completeness(code_of(ts), sum(_finished(m) for m in messages), len(messages))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m datafi_desktop.i18n",
                                     description="Update, compile and measure translations.")
    parser.add_argument("action", choices=("update", "compile", "status"))
    parser.add_argument("--dest", type=Path, help="compile: write the .qm files here")
    args = parser.parse_args(argv)
    try:
        if args.action == "update":
            print(update().strip())
        elif args.action == "compile":
            for qm in compile_all(dest=args.dest):
                print(qm)
        for ts in ts_files():
            c = completeness(ts)
            print(f"{c.code:6} {c.finished:5}/{c.total:<5} {c.percent:5.1f} %")
    except ToolError as exc:
        print(f"i18n: {exc}", file=sys.stderr)
        return 1
    return 0
