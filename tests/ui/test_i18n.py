"""Translations (issue 17 item 1): the .ts sources are current and complete, the app loads
them (and Qt's own), follows ``--lang``/the Settings choice/the system, and falls back to
English with one log line when a translation cannot be loaded.

Update the .ts files after changing UI text: ``scripts/i18n.sh`` (docs/i18n.md)."""

from __future__ import annotations

import ast
import logging
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from datafi_desktop import cli
from datafi_desktop.core.languages import LANGUAGES, LanguageChoice, choose
from datafi_desktop.i18n.tools import I18N_DIR, code_of, compile_qm, completeness, ts_files, update
from datafi_desktop.ui.translations import Installed, install_translations

#: every translation must have at least this share of the strings translated
THRESHOLD = 90.0
TRANSLATED = [code for code in LANGUAGES if code != "en"]


@pytest.fixture
def restore_language(app: QApplication) -> Iterator[list[Installed]]:
    """Translators a test installs are removed again; the locale and direction restored."""
    installed: list[Installed] = []
    locale = QLocale()
    yield installed
    for one in installed:
        one.remove()
    QLocale.setDefault(locale)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def messages(ts: Path) -> set[tuple[str, str, str, bool]]:
    """(context, source, comment, numerus) of each message still in the source."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, m.findtext("source") or "", m.findtext("comment") or "",
                       m.get("numerus") == "yes"))
    return found


def test_every_language_has_a_ts_file() -> None:
    assert sorted(code_of(p) for p in ts_files()) == sorted(LANGUAGES)


def test_ts_files_are_current_with_the_source(tmp_path: Path) -> None:
    """Every tr() string of the UI is in the .ts files, and nothing else: run
    scripts/i18n.sh after changing UI text."""
    for ts in ts_files():
        shutil.copy(ts, tmp_path / ts.name)
    update(folder=tmp_path)
    for ts in ts_files():
        fresh, committed = messages(tmp_path / ts.name), messages(ts)
        assert fresh == committed, (
            f"{ts.name} is stale (run scripts/i18n.sh): new {sorted(fresh - committed)[:5]}, "
            f"gone {sorted(committed - fresh)[:5]}")
    assert len(messages(I18N_DIR / "datafi_es.ts")) >= 10


def test_english_has_every_plural_form() -> None:
    english = completeness(I18N_DIR / "datafi_en.ts")
    assert english.finished == english.total


@pytest.mark.parametrize("code", TRANSLATED)
def test_translation_is_complete(code: str) -> None:
    done = completeness(I18N_DIR / f"datafi_{code}.ts")
    assert done.percent >= THRESHOLD, (
        f"{code}: {done.finished}/{done.total} = {done.percent:.1f} % translated")


def test_unknown_lang_says_which_languages_exist(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--lang", "xx"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "unknown language 'xx'" in err
    for code, lang in LANGUAGES.items():
        assert f"{code} ({lang.native})" in err


def test_lang_option_is_normalized() -> None:
    args = cli.build_parser(["--lang", "pt-br"]).parse_args(["--lang", "pt-br"])
    assert args.lang == "pt_BR"


def test_choice_is_remembered_and_wins_over_the_system(tmp_path: Path) -> None:
    choice = LanguageChoice(tmp_path)
    assert choice.get() is None
    assert choose(None, choice.get(), ["es-MX", "en"]) == "es"
    choice.set("ar")
    assert LanguageChoice(tmp_path).get() == "ar"
    assert choose(None, LanguageChoice(tmp_path).get(), ["es-MX"]) == "ar"
    assert choose("hi", LanguageChoice(tmp_path).get(), ["es-MX"]) == "hi"  # --lang wins
    choice.set(None)
    assert LanguageChoice(tmp_path).get() is None


def test_unreadable_choice_follows_the_system(tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "language.json").write_text("{not json", encoding="utf-8")
    assert LanguageChoice(tmp_path).get() is None
    (tmp_path / "language.json").write_text('{"language": "tlh"}', encoding="utf-8")
    assert LanguageChoice(tmp_path).get() is None
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2


def _one_translation(folder: Path, code: str) -> None:
    """A datafi_<code>.ts with one message translated, compiled to .qm."""
    ts = folder / f"datafi_{code}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{code}" sourcelanguage="en"><context>'
        "<name>LanguageDialog</name><message><source>Language</source>"
        "<translation>Idioma</translation></message></context></TS>\n", encoding="utf-8")
    compile_qm(ts, ts.with_suffix(".qm"))


def test_translation_is_loaded_with_qts_own(tmp_path: Path,
                                            restore_language: list[Installed]) -> None:
    _one_translation(tmp_path, "es")
    installed = install_translations("es", folder=tmp_path, cache=tmp_path / "cache")
    restore_language.append(installed)
    assert installed.language == "es"
    assert QCoreApplication.translate("LanguageDialog", "Language") == "Idioma"
    assert len(installed.translators) == 2  # ours and Qt's qtbase_es
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().name().startswith("es")


def test_ts_without_qm_is_compiled_on_first_use(tmp_path: Path,
                                                restore_language: list[Installed]) -> None:
    _one_translation(tmp_path, "pt_BR")
    (tmp_path / "datafi_pt_BR.qm").unlink()
    installed = install_translations("pt_BR", folder=tmp_path, cache=tmp_path / "cache")
    restore_language.append(installed)
    assert installed.language == "pt_BR"
    assert list((tmp_path / "cache").glob("datafi_pt_BR-*.qm"))
    assert QCoreApplication.translate("LanguageDialog", "Language") == "Idioma"


@pytest.mark.parametrize("damage", ["corrupt", "missing"])
def test_bad_qm_falls_back_to_english_with_one_log_line(
        tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture,
        restore_language: list[Installed]) -> None:
    shutil.copy(I18N_DIR / "datafi_en.ts", tmp_path)
    if damage == "corrupt":
        (tmp_path / "datafi_ar.qm").write_bytes(b"\x3c\xb8\x64\x18 not a translation" * 8)
    caplog.set_level(logging.DEBUG, logger="datafi_desktop")
    installed = install_translations("ar", folder=tmp_path, cache=tmp_path / "cache")
    restore_language.append(installed)
    assert installed.language == "en"
    lines = [r for r in caplog.records if r.name.startswith("datafi_desktop")
             and r.levelno >= logging.INFO]
    assert len(lines) == 1, [r.getMessage() for r in lines]
    assert lines[0].levelno == logging.WARNING and "showing English" in lines[0].getMessage()
    assert QCoreApplication.translate("LanguageDialog", "Language") == "Language"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_settings_language_dialog_remembers_the_choice(qtbot, window,
                                                      tmp_path: Path) -> None:
    menu = window.settings_menu
    menu.choice = LanguageChoice(tmp_path)
    dialog = menu.open_dialog()
    codes = [dialog.list.item(r).data(Qt.ItemDataRole.UserRole + 1)
             for r in range(dialog.list.count())]
    assert codes == ["", *LANGUAGES]  # the system's first
    assert dialog.list.currentRow() == 0
    dialog.list.setCurrentRow(codes.index("id"))
    dialog.accept()
    assert LanguageChoice(tmp_path).get() == "id"
    again = menu.open_dialog()
    assert again.list.currentItem().text() == "Bahasa Indonesia — Indonesian"
    again.reject()


# --- no user-visible literal bypasses tr() ------------------------------------------------

UI_DIR = Path(__file__).resolve().parents[2] / "datafi_desktop" / "ui"
#: calls whose string argument is shown to the user
SHOWN = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
         "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "QLabel",
         "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
         "QListWidgetItem", "addAction", "addMenu", "addTab", "insertTab", "setTabText",
         "setTitle", "setHorizontalHeaderLabels", "setLabelText", "showMessage", "addRow",
         "setInformativeText", "setDetailedText"}
MESSAGE_BOX = {"warning", "critical", "information", "question", "about"}
#: files not wrapped yet (issue 17): this list only shrinks
UNWRAPPED: set[str] = set()


def _has_words(node: ast.expr) -> bool:
    """A literal with letters in it (an f-string's literal parts count; "{n} %" does not)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    return False


def bypassing_tr(source: str) -> list[tuple[int, str]]:
    """(line, call) of each user-visible call given a literal instead of tr()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        receiver = getattr(getattr(func, "value", None), "id", "")
        if name in SHOWN or (name in MESSAGE_BOX and receiver == "QMessageBox"):
            if any(_has_words(arg) for arg in node.args):
                found.append((node.lineno, name))
    return found


def test_the_scan_finds_literals_and_accepts_tr() -> None:
    assert bypassing_tr('label.setText("Saved")\nQMessageBox.warning(w, "T", m)\n'
                        'x = QLabel(f"{n} tasks")') == [(1, "setText"), (2, "warning"),
                                                       (3, "QLabel")]
    assert bypassing_tr('label.setText(self.tr("Saved"))\nlog.warning("x %s", y)\n'
                        'zoom.setText(f"{factor:.0f} %")\nb.setText("")') == []


def test_no_user_visible_literal_bypasses_tr() -> None:
    offenders, clean = {}, []
    for path in sorted(UI_DIR.rglob("*.py")):
        rel = path.relative_to(UI_DIR).as_posix()
        found = bypassing_tr(path.read_text(encoding="utf-8"))
        if found and rel not in UNWRAPPED:
            offenders[rel] = found
        if not found and rel in UNWRAPPED:
            clean.append(rel)
    assert offenders == {}, "wrap these in self.tr()/QCoreApplication.translate()"
    assert clean == [], "wrapped now: strike them from UNWRAPPED"


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def marked_texts(source: str) -> tuple[set[tuple[str, str]], list[tuple[int, str]]]:
    """((context, text) of every literal given to self.tr / translate / QT_TRANSLATE_NOOP,
    (line, text) of translate/QT_TRANSLATE_NOOP calls whose context is not a literal)."""
    found: set[tuple[str, str]] = set()
    unknown: list[tuple[int, str]] = []

    def visit(node: ast.AST, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else owner)
        if not isinstance(node, ast.Call) or not node.args:
            return
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and isinstance(func, ast.Attribute):
            text = _literal(node.args[0])
            if text is not None:
                found.add((owner, text))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is None and text is not None:
                unknown.append((node.lineno, text))
            elif context is not None and text is not None:
                found.add((context, text))

    visit(ast.parse(source), "")
    return found, unknown


def test_the_marked_text_scan_sees_contexts() -> None:
    found, unknown = marked_texts(
        'class Box(QObject):\n    def f(self):\n        return self.tr("Hi " + "there")\n'
        'def g():\n    return QCoreApplication.translate(_C, "lost")\n'
        'X = QT_TRANSLATE_NOOP("Ctx", "kept")\n')
    assert found == {("Box", "Hi there"), ("Ctx", "kept")}
    assert unknown == [(5, "lost")]


def test_every_marked_text_was_extracted_into_the_translations() -> None:
    """pyside6-lupdate silently skips a translate() whose context is a variable and a
    plural given to QCoreApplication.translate with an expression: such a text stays
    English in every language. Each literal marked in the UI must be in the .ts files."""
    text = (I18N_DIR / "datafi_es.ts").read_text(encoding="utf-8")
    root = ET.fromstring(text[text.index("<TS"):])
    extracted = {(c.findtext("name") or "", m.findtext("source") or "")
                 for c in root.iter("context") for m in c.iter("message")}
    texts = {source for _context, source in extracted}
    missing: dict[str, list[tuple[str, str]]] = {}
    variable: dict[str, list[int]] = {}
    for path in sorted(UI_DIR.rglob("*.py")):
        rel = path.relative_to(UI_DIR).as_posix()
        found, unknown = marked_texts(path.read_text(encoding="utf-8"))
        # a variable context may only look up a text extracted elsewhere (under its own)
        lines = [line for line, text in unknown if text not in texts]
        if lines:
            variable[rel] = lines
        lost = sorted(t for t in found if t not in extracted and t[0])
        if lost:
            missing[rel] = lost
    assert variable == {}, "give translate() a literal context, or lupdate skips the text"
    assert missing == {}, "not in the .ts files: run scripts/i18n.sh (or use self.tr plurals)"


# --- plural forms, and the app in each language ------------------------------------------

def test_english_plural_forms(restore_language: list[Installed]) -> None:
    restore_language.append(install_translations("en"))
    def reserved(n: int) -> str:
        return QCoreApplication.translate("GetTasksBox", "%n task(s) reserved.", "", n)
    assert reserved(1) == "1 task reserved."
    assert reserved(2) == "2 tasks reserved."
    fetching = QCoreApplication.translate("ReviewFetcher",
                                          "Fetching up to %n submission(s) to review…", "", 1)
    assert fetching == "Fetching up to 1 submission to review…"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_window_shows_the_language_on_every_page(
        code: str, restore_language: list[Installed], session) -> None:
    from datafi_desktop.ui.main_window import MainWindow

    restore_language.append(install_translations(code))
    window = MainWindow(session)
    try:
        english = ["Tasks", "Review", "Rewards", "Wallet"]
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert all(t != e for t, e in zip(titles, english, strict=True)), titles
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&File" not in menus and "&Help" not in menus, menus
        for page_id in ("tasks", "review", "rewards", "wallet"):
            page = window.show_page(page_id)
            texts = [w.text() for w in page.findChildren(QLabel) if w.text()]
            untranslated = [t for t in texts if t in ENGLISH_ONLY_MARKERS]
            assert not untranslated, (page_id, untranslated)
    finally:
        window.close()


#: English labels that a translated page must not show
ENGLISH_ONLY_MARKERS = {"Nothing to label here yet.", "No campaign yet", "Accounts in this profile",
                        "Claims", "No account"}
