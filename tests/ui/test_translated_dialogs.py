"""Dialogs wrapped for issue 17 speak the chosen language: plural forms chosen by the count
(and the count in the locale's digits), state words, titles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from datafi_desktop.core.sync import SyncProgress, SyncReport, SyncState
from datafi_desktop.ui.review.summary import label_summary
from datafi_desktop.ui.session import Session
from datafi_desktop.ui.sync.dialogs import SyncDetailsDialog, report_text
from datafi_desktop.ui.sync.texts import ago, describe
from datafi_desktop.ui.theme import kind_name, state_name
from datafi_desktop.ui.translations import Installed, install_translations
from datafi_desktop.ui.wallet_dialogs import UnlockDialog


@pytest.fixture
def language(app: QApplication) -> Iterator[list[Installed]]:
    installed: list[Installed] = []
    locale = QLocale()
    yield installed
    for one in installed:
        one.remove()
    QLocale.setDefault(locale)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_lease_report_in_spanish_and_arabic(language: list[Installed]) -> None:
    language.append(install_translations("es"))
    ok, text = report_text(SyncReport(leased=1, downloaded=3), 1)
    assert ok and text.startswith("1 tarea disponible sin conexión; 3 archivos descargados.")
    ok, text = report_text(SyncReport(leased=2, downloaded=1), 5)
    assert text == ("2 tareas disponibles sin conexión; 1 archivo descargado. Están en la "
                    "página Tareas. (El hub tenía 2 de las 5 pedidas.)")
    assert report_text(SyncReport(state=SyncState.LOCKED), 5)[1].startswith("Desbloquee")
    language.pop().remove()
    language.append(install_translations("ar"))
    ok, text = report_text(SyncReport(leased=2, downloaded=11, cancelled=True), 5)
    assert ok and text.startswith("توقف: مهمتان متاحتان")  # the dual form
    assert "نُزِّل ١١ ملفًا" in text  # Arabic-Indic digits, the form for 11–99


def test_sync_details_and_unlock_dialog_in_indonesian(
        session: Session, qtbot, language: list[Installed]) -> None:
    language.append(install_translations("id"))
    details = SyncDetailsDialog(session)
    qtbot.addWidget(details)
    assert details.windowTitle() == "Detail sinkronisasi"
    assert details.counted(3, "queued") == "3 diantrekan"
    assert details.counted(1, "mystery") == "1 mystery"  # an unknown state as it is
    unlock = UnlockDialog(session)
    qtbot.addWidget(unlock)
    assert unlock.windowTitle() == "Buka kunci dompet" and unlock.ok.text() == "Buka kunci"


def test_label_summaries_count_shapes_in_each_language(language: list[Installed]) -> None:
    boxes = {"kind": "bounding_boxes", "boxes": [{"label": "car"}, {"label": "car"},
                                                 {"label": "bike"}]}
    one_span = {"kind": "text_spans", "spans": [{"label": "PER"}]}
    language.append(install_translations("en"))
    assert label_summary(boxes) == "3 boxes: car ×2, bike"
    assert label_summary(one_span) == "1 span: PER"
    assert label_summary({"kind": "polygons", "polygons": []}) == "no polygons"
    language.pop().remove()
    language.append(install_translations("pt_BR"))
    assert label_summary(boxes) == "3 caixas: car ×2, bike"
    assert label_summary({"kind": "comparison", "choice": "tie"}) == "Empate"
    assert kind_name("bounding_boxes") == "Caixas delimitadoras"
    assert state_name("skipped") == "Pulada" and state_name("mystery") == "mystery"


def test_sync_indicator_words_in_chinese_and_indonesian(language: list[Installed]) -> None:
    now = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    offline = SyncProgress(state=SyncState.OFFLINE, hub_url="http://hub")
    language.append(install_translations("zh_CN"))
    assert describe(offline, 3, now).text == "离线 — 3 个待发送"
    assert describe(None, 0, now).headline == "同步已关闭"
    language.pop().remove()
    language.append(install_translations("id"))
    assert ago(now - timedelta(days=4), now) == "4 hari lalu"
    assert describe(SyncProgress(state=SyncState.IDLE, hub_url="http://hub",
                                 last_success=now - timedelta(minutes=2)), 0, now
                    ).text == "Disinkronkan 2 menit lalu"


def test_claims_table_headers_in_hindi(language: list[Installed], qtbot) -> None:
    from datafi_desktop.ui.rewards.views import ClaimsTable

    language.append(install_translations("hi"))
    table = ClaimsTable()
    qtbot.addWidget(table)
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == ["कब", "राशि", "माध्यम", "स्थिति", "लेन-देन", "ब्लॉक", "कारण"]


def test_review_cards_and_percentages_in_spanish_and_arabic(language: list[Installed]) -> None:
    from datafi_desktop.ui.review.cards import CardWords
    from datafi_desktop.ui.review.summary import percent

    language.append(install_translations("es"))
    words = CardWords()
    assert words.of_raters(1) == "de 1 anotador" and words.of_raters(3) == "de 3 anotadores"
    assert words.status("pending") == "pendiente de revisión"
    assert words.status("mystery") == "mystery"  # a state the app does not know, as it is
    language.pop().remove()
    language.append(install_translations("ar"))
    assert CardWords().of_raters(2) == "من معلِّقَين"  # the dual
    assert percent(0.5) == f"٥٠ {QLocale().percent()}"  # Arabic-Indic digits


def test_relative_times_sizes_and_the_corrected_pill_are_translated(
        language: list[Installed]) -> None:
    from datafi_desktop.ui import locale_format as lf
    from datafi_desktop.ui.panes.collection.media import human_size

    moment = datetime(2026, 12, 4, 18, 5, 9, tzinfo=UTC)
    language.append(install_translations("es"))
    assert lf.relative(moment - timedelta(minutes=1), moment) == "hace 1 minuto"
    assert lf.relative(moment + timedelta(hours=3), moment) == "en 3 horas"
    assert lf.relative(None) == "nunca" and human_size(512) == "512 bytes"
    language.pop().remove()
    language.append(install_translations("ar"))
    assert lf.relative(moment - timedelta(days=2), moment) == "قبل يومين"  # the dual
    assert lf.relative(moment - timedelta(minutes=5), moment) == "قبل ٥ دقائق"
