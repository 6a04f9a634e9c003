"""The guardian's audit view, opened from the guardian panel: verification, events, charts, summary and export."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from audit_fixtures import raw_connection
from governance_fakes import FakeClock
from PySide6.QtCore import QDate, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QTableWidget, QWidget
from test_ui_guardian import (  # noqa: F401 - fixtures
    TIMEOUT_MS, clock, guardian_services, parent, unlocked_panel, unnamed_controls, wait_idle,
)

from app.audit.log import ENTRY_TYPES
from app.audit.report import ReportText
from app.governance.lock import LockState
from app.safety.taxonomy import CATEGORY_IDS, category
from app.services import Services
from app.ui.audit_report_export import export_target, report_text, type_names
from app.ui.audit_table_model import DETAILS_COLUMN, INDEX_COLUMN, KIND_COLUMN, TIME_COLUMN, details_text
from app.ui.audit_view import AuditView
from app.ui.guardian_panel import GuardianPanel
from app.ui.profile_rules_model import category_label

PLANTED = "purple elephant secret"


def add_events(services: Services) -> None:
    """Three blocked S9 prompts, one warned S11 answer, a planted text (metadata only) and a nested field."""
    audit = services.audit
    for score in (0.91, 0.92, 0.93):
        audit.append("screening_verdict", {"category": "S9", "action": "block", "direction": "prompt",
                                           "score": score})
    audit.append("screening_verdict", {"category": "S11", "action": "warn", "direction": "answer"})
    audit.append("screening_verdict", {"category": "S1", "action": "allow", "direction": "prompt"}, text=PLANTED)
    audit.append("policy_changed", {"layer": "guardian", "field": "time_rules", "new": {"daily": 60},
                                    "old": [1, 2]})


def open_view(qtbot, panel: GuardianPanel) -> AuditView:
    qtbot.mouseClick(panel.audit_button, Qt.MouseButton.LeftButton)
    view = panel.audit_view
    assert isinstance(view, AuditView)
    qtbot.waitExposed(view)
    wait_idle(qtbot, view.load_call, view.count_call)
    return view


def view_with_events(qtbot, services: Services, parent: QWidget) -> AuditView:
    panel = unlocked_panel(qtbot, services, parent)
    add_events(services)
    return open_view(qtbot, panel)


def cells(view: AuditView, column: int) -> list[str]:
    return [view.events.proxy.index(row, column).data() for row in range(view.events.proxy.rowCount())]


def shown_indexes(view: AuditView) -> list[int]:
    return [int(text) for text in cells(view, INDEX_COLUMN)]


def export(view: AuditView, path: Path, kind: str) -> None:
    view.ask_export_path = lambda default: (path, kind)  # type: ignore[method-assign]
    view.export_button.click()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def table_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def set_period(qtbot, view: AuditView, first: date, last: date) -> None:
    view.to_date.setDate(qdate(last))
    view.from_date.setDate(qdate(first))
    view.to_date.setDate(qdate(last))
    qtbot.waitUntil(lambda: view.report is not None and (view.report.first_day, view.report.last_day) ==
                    (first, last), timeout=TIMEOUT_MS)


# opening and closing ------------------------------------------------------------------------------------------

def test_the_panels_audit_button_opens_the_view(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    assert panel.audit_button.text() == "Audit log…"
    view = open_view(qtbot, panel)
    assert view.isVisible() and view.parent() is panel
    assert view.verification_label.text().startswith("Verified: all ")
    assert view.checkpoint_label.text().startswith("There is no signed checkpoint yet.")
    assert unnamed_controls(view) == []
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == ["Events", "Charts", "Share a summary"]
    view.close_button.click()
    assert not view.isVisible() and view.events.model.rowCount() == 0  # a long log's rows are let go
    guardian_services.audit.append("export", {"what": "test"})
    assert open_view(qtbot, panel) is view and view.isVisible()  # opened again, and read afresh
    assert view.events.model.rowCount() == guardian_services.audit.size


def test_the_view_closes_when_the_lock_relocks_and_input_in_it_is_activity(
        qtbot, guardian_services: Services, parent: QWidget, clock: FakeClock) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    view = open_view(qtbot, panel)
    lock = guardian_services.governance.lock
    clock.advance(5 * 60)
    qtbot.keyClicks(view.events.search, "x")
    assert lock.seconds_until_relock() == 600  # typing in the audit view keeps the guardian unlocked
    clock.advance(10 * 60)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=TIMEOUT_MS)
    assert not panel.isVisible() and lock.state is LockState.LOCKED
    assert view.events.model.rowCount() == 0  # the rows are not kept once closed


# verification ------------------------------------------------------------------------------------------------

def test_verification_fails_naming_the_tampered_entry_and_verify_again_rechecks(
        qtbot, guardian_services: Services, parent: QWidget) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    entries = guardian_services.audit.size
    assert view.verification_label.text() == (f"Verified: all {entries} entries match the signed checkpoints; "
                                              "nothing was changed, removed or reordered.")
    target = next(e.index for e in guardian_services.audit.entries() if e.fields.get("category") == "S9")
    conn = raw_connection(guardian_services.audit.path)
    body = conn.execute("SELECT body FROM entries WHERE idx = ?", [target]).fetchone()[0]
    conn.execute("UPDATE entries SET body = ? WHERE idx = ?", [body.replace(b'"S9"', b'"S2"'), target])
    conn.close()
    view.verify_button.click()
    wait_idle(qtbot, view.load_call)
    text = view.verification_label.text()
    assert text.startswith("Verification FAILED.") and f"entry {target}:" in text
    assert "b3261e" in view.verification_label.styleSheet()


def test_a_record_edited_into_the_wrong_shape_still_reads_failed(qtbot, guardian_services: Services,
                                                                 parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    add_events(guardian_services)
    target = guardian_services.audit.size - 1
    conn = raw_connection(guardian_services.audit.path)
    record = json.loads(conn.execute("SELECT body FROM entries WHERE idx = ?", [target]).fetchone()[0])
    conn.execute("UPDATE entries SET body = ? WHERE idx = ?",
                 [json.dumps({**record, "time": 5, "fields": ["x"]}).encode(), target])
    conn.close()
    view = open_view(qtbot, panel)
    assert view.verification_label.text().startswith("Verification FAILED.")
    assert f"entry {target}:" in view.verification_label.text()
    assert shown_indexes(view)[0] == target and cells(view, KIND_COLUMN)[0] == "Damaged entry"
    assert view.report is not None and view.report.totals("block")["S9"] == 3  # the rest is still counted


def test_the_newest_checkpoint_is_shown(qtbot, guardian_services: Services, parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    guardian_services.audit.checkpoint_now()
    view = open_view(qtbot, panel)
    size = guardian_services.audit.size
    # the time as the user's locale writes it, to the second
    assert re.fullmatch(rf"Newest signed checkpoint: {size} entries, root [0-9a-f]{{16}}…, signed "
                        r"\d\d? \d\d? \d{4} \d\d:\d\d:\d\d\.", view.checkpoint_label.text())


# the events table ------------------------------------------------------------------------------------------------

def test_the_table_shows_entries_newest_first_with_their_details(
        qtbot, guardian_services: Services, parent: QWidget) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    size = guardian_services.audit.size
    assert shown_indexes(view) == list(range(size - 1, -1, -1))
    assert view.events.count_label.text() == f"{size} of {size} entries"
    assert cells(view, KIND_COLUMN)[0] == "Settings changed"
    assert cells(view, DETAILS_COLUMN)[0] == 'field: time_rules · layer: guardian · new: {"daily":60} · old: [1,2]'
    assert cells(view, DETAILS_COLUMN)[2] == "action: warn · category: S11 · direction: answer"
    assert all(re.fullmatch(r"\d\d? \d\d? \d{4} \d\d:\d\d:\d\d", time)  # as this test's (C) locale writes it
               for time in cells(view, TIME_COLUMN))
    assert details_text({"flag": True, "none": None, "n": 2}) == "flag: true · none: null · n: 2"


def test_the_kind_filter_and_the_search_narrow_the_table(qtbot, guardian_services: Services,
                                                         parent: QWidget) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    size = guardian_services.audit.size
    view.events.kind_combo.setCurrentIndex(view.events.kind_combo.findData("screening_verdict"))
    assert view.events.proxy.rowCount() == 5 and set(cells(view, KIND_COLUMN)) == {"Screening verdict"}
    assert view.events.count_label.text() == f"5 of {size} entries"
    qtbot.keyClicks(view.events.search, "category: s9")
    qtbot.waitUntil(lambda: view.events.proxy.rowCount() == 3, timeout=TIMEOUT_MS)
    assert view.events.count_label.text() == f"3 of {size} entries"
    view.events.kind_combo.setCurrentIndex(view.events.kind_combo.findData("export"))
    assert view.events.proxy.rowCount() == 0
    view.events.kind_combo.setCurrentIndex(0)  # all kinds
    view.events.search.clear()
    qtbot.waitUntil(lambda: view.events.proxy.rowCount() == size, timeout=TIMEOUT_MS)
    kinds = {view.events.kind_combo.itemData(i) for i in range(1, view.events.kind_combo.count())}
    assert kinds == set(ENTRY_TYPES) and view.events.kind_combo.itemText(0) == "All kinds"


def test_the_period_narrows_the_table_and_is_counted_again(qtbot, guardian_services: Services,
                                                           parent: QWidget) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    assert view.report is not None and view.report.totals("block")["S9"] == 3
    today = date.today()
    set_period(qtbot, view, today - timedelta(days=3), today - timedelta(days=1))
    assert view.events.proxy.rowCount() == 0 and view.report.totals("block")["S9"] == 0
    assert view.report.verification.ok  # the period is counted again without verifying again
    set_period(qtbot, view, today, today)
    assert view.events.proxy.rowCount() == guardian_services.audit.size and view.report.totals("block")["S9"] == 3


def test_planted_text_never_reaches_the_table_or_the_report(qtbot, guardian_services: Services, parent: QWidget,
                                                            tmp_path: Path) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    assert not view.events.show_text.isVisibleTo(view)  # metadata mode keeps no text to show
    for column in range(4):
        assert not any(PLANTED in (text or "") for text in cells(view, column))
    export(view, tmp_path / "report.html", "html")
    assert PLANTED not in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_in_content_mode_the_guardian_can_choose_to_read_the_text(qtbot, guardian_services: Services,
                                                                   parent: QWidget) -> None:
    panel = unlocked_panel(qtbot, guardian_services, parent)
    guardian_services.audit.privacy = "content"
    guardian_services.audit.append("screening_verdict", {"category": "S9", "action": "block"}, text="hello there")
    view = open_view(qtbot, panel)
    assert view.events.show_text.isVisibleTo(view)
    assert "hello there" not in cells(view, DETAILS_COLUMN)[0]
    view.events.show_text.setChecked(True)
    assert cells(view, DETAILS_COLUMN)[0] == "action: block · category: S9 · text: hello there"
    assert "hello there" not in cells(view, DETAILS_COLUMN)[1]


# charts and the summary ---------------------------------------------------------------------------------------

def test_the_charts_tab_shows_three_valid_svg_charts(qtbot, guardian_services: Services, parent: QWidget) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    page = view.tabs.widget(1)
    assert page is not None
    charts = page.findChildren(QSvgWidget)
    assert len(charts) == 3 and set(view.charts) == {"blocked", "warned", "usage"}
    for chart in charts:
        assert chart.renderer().isValid() and chart.renderer().defaultSize().width() == 760
        assert chart.renderer().aspectRatioMode() == Qt.AspectRatioMode.KeepAspectRatio
    assert [chart.accessibleName() for chart in charts] == [
        "Blocked per day, by category", "Warnings per day, by category", "Minutes of use per day"]
    assert charts[0].heightForWidth(380) == charts[0].renderer().defaultSize().height() // 2


def test_the_summary_prints_the_chosen_epsilon_and_every_category(qtbot, guardian_services: Services,
                                                                  parent: QWidget) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    assert view.epsilon.value() == 1.0 and "ε = 1)" in view.summary_heading.text()
    view.epsilon.setValue(2.5)
    assert view.summary_heading.text() == "Summary for sharing (differential privacy, ε = 2.5)"
    assert "1/ε = 0.4" in view.summary_explained.text()
    assert view.report is not None and view.report.summary is not None and view.report.summary.epsilon == 2.5
    table = view.summary_table
    labels = [table_text(table, row, 0) for row in range(table.rowCount())]
    assert labels == [category_label(category(cid)) for cid in CATEGORY_IDS]  # S1 … S14, J1, P1
    counts = {cid: int(table_text(table, row, 1)) for row, cid in enumerate(CATEGORY_IDS)}
    assert counts == view.report.summary.counts and min(counts.values()) >= 0


# exporting -------------------------------------------------------------------------------------------------------

def audit_exports(services: Services) -> list[dict[str, Any]]:
    return [entry.fields for entry in services.audit.entries() if entry.type == "export"]


def test_exporting_html_writes_the_report_and_is_audited(qtbot, guardian_services: Services, parent: QWidget,
                                                         tmp_path: Path) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    view.epsilon.setValue(0.5)
    path = tmp_path / "audit.html"
    export(view, path, "html")
    page = path.read_text(encoding="utf-8")
    assert "ε = 0.5" in page and page.count("<svg") == 3 and "Verified: all " in page
    assert not (tmp_path / "audit.html.partial").exists()
    assert audit_exports(guardian_services) == [{"what": "audit_report", "format": "html"}]
    assert cells(view, KIND_COLUMN)[0] == "Export"  # the export's own entry is at the top of the table
    assert view.message.isVisible() and str(path) in view.message.text()


def test_exporting_pdf_writes_a_pdf_document(qtbot, guardian_services: Services, parent: QWidget,
                                             tmp_path: Path) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    path = tmp_path / "audit.pdf"
    export(view, path, "pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000 and data.count(b"/Subtype /Image") == 3
    assert audit_exports(guardian_services) == [{"what": "audit_report", "format": "pdf"}]


def test_a_failed_export_is_shown_inline_and_not_audited(qtbot, guardian_services: Services, parent: QWidget,
                                                         tmp_path: Path) -> None:
    view = view_with_events(qtbot, guardian_services, parent)
    (tmp_path / "a-file").write_text("not a folder")
    export(view, tmp_path / "a-file" / "audit.html", "html")
    assert view.message.isVisible() and view.message.text().startswith("The report could not be saved")
    assert audit_exports(guardian_services) == []


@pytest.mark.parametrize(("name", "selected", "expected"), [
    ("/tmp/report", "PDF document (*.pdf)", ("/tmp/report.pdf", "pdf")),
    ("/tmp/report", "Web page (*.html)", ("/tmp/report.html", "html")),
    ("/tmp/report.PDF", "Web page (*.html)", ("/tmp/report.PDF", "pdf")),
    ("/tmp/report.html", "PDF document (*.pdf)", ("/tmp/report.html", "html")),
])
def test_the_suffix_or_the_chosen_filter_decides_the_format(name: str, selected: str,
                                                            expected: tuple[str, str]) -> None:
    path, kind = export_target(name, selected)
    assert (str(path), kind) == expected


def test_the_report_wording_keeps_the_english_defaults_and_every_kind_has_a_name(qtbot) -> None:
    assert report_text() == ReportText()
    assert set(ENTRY_TYPES) <= set(type_names())
