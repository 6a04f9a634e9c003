"""The guardian's audit view: can the log be trusted, what happened, charts, a shareable summary, a report.

Opened from the guardian panel (so only while the guardian has unlocked
Hearth), as the panel's child: it closes when the lock relocks, and input in
it counts as the guardian's activity. Reading and verifying the whole log
(about 1.3 s per 100,000 entries) runs on a pool thread; a new period is
counted again from the entries since its first day without verifying again.
The table shows metadata only; in content mode a "Show conversation text"
box lets the guardian read the texts. The summary's noise is drawn again
whenever ε changes, and an exported report holds exactly the counts shown.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDoubleSpinBox, QFileDialog, QHeaderView, QLabel, QScrollArea, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from app.audit.log import AuditLog
from app.audit.report import AuditReport, chart_svgs, count_log, ratio_text, report_from_log, with_summary
from app.core.errors import HearthError
from app.safety.taxonomy import CATEGORY_IDS
from app.services import Services
from app.ui.audit_report_export import (
    ChartWidget, category_names, export_target, report_text, type_names, write_report,
)
from app.ui.audit_table_model import AuditRow, EventsPage, load_rows, locale_time, name_corner_button
from app.ui.guardian_widgets import (
    BackgroundCall, BusyIndicator, InlineMessage, hint_label, plain_button, primary_button, row_of, title_label,
)

DEFAULT_DAYS = 30
DEFAULT_EPSILON = 1.0
VERIFIED_COLOUR, FAILED_COLOUR = "#1a7f37", "#b3261e"


class Loaded(NamedTuple):
    report: AuditReport
    rows: list[AuditRow]


def load_audit(log: AuditLog, first: date, last: date, epsilon: float) -> Loaded:
    """Every entry as a table row, and the verified report of the period (call it on a pool thread)."""
    return Loaded(report_from_log(log, CATEGORY_IDS, first, last, epsilon), load_rows(log))


def local_time(iso: str) -> str:
    """An ISO 8601 time in this computer's time zone, written the way the user's locale writes it."""
    try:
        return locale_time(datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone())
    except ValueError:
        return iso or "?"


class AuditView(QDialog):
    """The audit log for the guardian: verification, events, charts, a noisy summary and the report."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.log = services.audit
        self.text, self.category_names, self.type_names = report_text(), category_names(), type_names()
        self.report: AuditReport | None = None
        self._next_index = 0  # the first entry not in the table yet
        self._count_again = False
        self._closed = False
        self.setObjectName("auditView")
        self.setWindowTitle(self.tr("Audit log"))
        self.setMinimumSize(780, 640)
        self.load_call = BackgroundCall(self)
        self.load_call.succeeded.connect(self._loaded)
        self.load_call.failed.connect(self._failed)
        self.count_call = BackgroundCall(self)
        self.count_call.succeeded.connect(self._counted)
        self.count_call.failed.connect(self._failed)
        self._build()
        self._period_changed()
        self.verify_again()

    # building ---------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.verification_label = QLabel()
        self.verification_label.setWordWrap(True)
        self.verification_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checkpoint_label = hint_label("")
        self.busy = BusyIndicator()
        self.verify_button = plain_button(self.tr("Verify again"), self.tr("Verify the audit log again"))
        self.verify_button.clicked.connect(self.verify_again)
        today = QDate.currentDate()
        self.from_date = self._date_edit(today.addDays(1 - DEFAULT_DAYS), self.tr("First day of the period"))
        self.to_date = self._date_edit(today, self.tr("Last day of the period"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Audit log views"))
        self.events = EventsPage(self.type_names, self.log.read_text)
        self.tabs.addTab(self.events, self.tr("Events"))
        self.tabs.addTab(self._charts_page(), self.tr("Charts"))
        self.tabs.addTab(self._summary_page(), self.tr("Share a summary"))
        self.message = InlineMessage(fit_window=False)
        self.export_button = primary_button(self.tr("Export report…"), self.tr("Export the audit report"))
        self.export_button.clicked.connect(self.export_report)
        self.close_button = plain_button(self.tr("Close"), self.tr("Close the audit log"))
        self.close_button.clicked.connect(self.reject)
        period_row = row_of(QLabel(self.tr("From")), self.from_date, QLabel(self.tr("to")), self.to_date)
        period_row.addWidget(self.verify_button)
        buttons = row_of(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        for widget in (title_label(self.tr("Audit log")), self.verification_label, self.checkpoint_label, self.busy):
            layout.addWidget(widget)
        layout.addLayout(period_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.events.search.setFocus()

    def _date_edit(self, day: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._period_changed)
        return edit

    def _charts_page(self) -> QScrollArea:
        self.charts: dict[str, ChartWidget] = {}
        holder = QWidget()
        column = QVBoxLayout(holder)
        titles = {"blocked": self.text.blocked_chart, "warned": self.text.warned_chart, "usage": self.text.usage_chart}
        for name, title in titles.items():
            chart = ChartWidget()
            chart.setAccessibleName(title)
            self.charts[name] = chart
            column.addWidget(chart)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        return scroll

    def _summary_page(self) -> QWidget:
        self.epsilon = QDoubleSpinBox()
        self.epsilon.setRange(0.1, 10.0)
        self.epsilon.setSingleStep(0.1)
        self.epsilon.setDecimals(1)
        self.epsilon.setValue(DEFAULT_EPSILON)
        self.epsilon.setKeyboardTracking(False)
        self.epsilon.setAccessibleName(self.tr("Privacy level epsilon"))
        self.epsilon.valueChanged.connect(self._epsilon_changed)
        explained = hint_label(self.tr(
            "Before counts leave your home, random noise is added to each one. ε (epsilon) sets how much: a "
            "smaller ε adds more noise, so the counts say less about any single event (more privacy, less "
            "accuracy); a larger ε adds less noise. Every change of ε draws new noise."))
        self.summary_heading = QLabel()
        self.summary_heading.setStyleSheet("font-weight: 600;")
        self.summary_heading.setWordWrap(True)
        self.summary_explained = hint_label("")
        self.summary_table = QTableWidget(0, 2)
        self.summary_table.setAccessibleName(self.tr("Noisy counts per category"))
        self.summary_table.setHorizontalHeaderLabels([self.text.category, self.text.noisy_count])
        self.summary_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary_table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.summary_table.verticalHeader().hide()
        name_corner_button(self.summary_table, self.tr("Select all counts"))
        self.summary_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(row_of(QLabel(self.tr("ε (epsilon)")), self.epsilon))
        for widget in (explained, self.summary_heading, self.summary_explained):
            column.addWidget(widget)
        column.addWidget(self.summary_table, 1)
        return page

    # loading ---------------------------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return self.from_date.date().toPython(), self.to_date.date().toPython()  # type: ignore[return-value]

    def verify_again(self) -> None:
        """Read and verify the whole log again (on a pool thread)."""
        self._closed = False
        first, last = self.period()
        epsilon, log = self.epsilon.value(), self.log
        if self.load_call.start(lambda: load_audit(log, first, last, epsilon)):
            self.verify_button.setEnabled(False)
            self.busy.start(self.tr("Reading and verifying the audit log…"))

    def _loaded(self, loaded: Loaded) -> None:
        self.busy.stop()
        self.verify_button.setEnabled(True)
        if self._closed:
            return
        self.events.set_rows(loaded.rows)
        self._next_index = loaded.rows[0].number + 1 if loaded.rows else 0
        self._show_verification(loaded.report)
        self._show_report(loaded.report)
        if (loaded.report.first_day, loaded.report.last_day) != self.period():
            self._recount()  # the period changed while the log was read

    def _counted(self, report: AuditReport) -> None:
        if self._closed:
            return
        if self._count_again:
            self._count_again = False
            self._recount()
        self._show_report(report)

    def _failed(self, exc: BaseException) -> None:
        if not self.load_call.busy:
            self.busy.stop()
            self.verify_button.setEnabled(True)
        self.message.show_error(exc)

    def _period_changed(self) -> None:
        self.from_date.setMaximumDate(self.to_date.date())
        self.to_date.setMinimumDate(self.from_date.date())
        first, last = self.period()
        self.events.proxy.set_period(first, last)
        self._recount()

    def _recount(self) -> None:
        """Count the period again (the verification stays as it was)."""
        verified = self.report
        if verified is None:
            return  # the first load counts the period shown when it ends
        first, last = self.period()
        epsilon, log = self.epsilon.value(), self.log
        verification, checkpoint = verified.verification, verified.checkpoint
        if not self.count_call.start(lambda: count_log(log, verification, checkpoint, CATEGORY_IDS, first, last,
                                                       epsilon)):
            self._count_again = True

    def _epsilon_changed(self) -> None:
        if self.report is not None:
            self._show_report(self.report)

    # showing ----------------------------------------------------------------------------------------------------

    def _show_verification(self, report: AuditReport) -> None:
        result = report.verification
        if result.ok:
            text, colour = self.text.verified.format(entries=QLocale().toString(result.entries)), VERIFIED_COLOUR
        else:
            text = self.text.not_verified.format(problem=result.problems[0])
            if len(result.problems) > 1:
                text += " " + self.tr("(%n more problem(s).)", "", len(result.problems) - 1)
            colour = FAILED_COLOUR
        self.verification_label.setText(text)
        self.verification_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.verification_label.setAccessibleName(text)
        point = report.checkpoint
        where = self.text.checkpoint.format(size=QLocale().toString(point.size), root=point.root.hex()[:16],
                                            time=local_time(point.time)) \
            if point is not None else self.text.no_checkpoint
        self.checkpoint_label.setText("\n".join([where, *result.notices]))

    def _show_report(self, report: AuditReport) -> None:
        """Show the charts and the summary of ``report`` (with noise drawn afresh when ε has changed)."""
        epsilon = self.epsilon.value()
        if report.summary is None or abs(report.summary.epsilon - epsilon) > 1e-9:
            report = with_summary(report, epsilon)
        self.report = report
        for name, svg in chart_svgs(report, self.text, self.category_names).items():
            self.charts[name].show_svg(svg)
        summary = report.summary
        assert summary is not None
        self.summary_heading.setText(self.text.summary_heading.format(epsilon=ratio_text(summary.epsilon)))
        self.summary_explained.setText(self.text.summary_explained.format(
            scale=ratio_text(summary.scale), epsilon=ratio_text(summary.epsilon),
            spread=ratio_text(1.15 * summary.scale)))
        order = [*report.categories, *sorted(set(summary.counts) - set(report.categories))]
        rows = [(cid, summary.counts[cid]) for cid in order if cid in summary.counts]
        self.summary_table.setRowCount(len(rows))
        for row, (cid, count) in enumerate(rows):
            self.summary_table.setItem(row, 0, QTableWidgetItem(self.category_names.get(cid, cid)))
            number = QTableWidgetItem(QLocale().toString(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary_table.setItem(row, 1, number)

    # exporting --------------------------------------------------------------------------------------------------

    def ask_export_path(self, default: Path) -> tuple[Path, str] | None:
        """Ask where to save the report (tests replace this); the file and its format, or None."""
        web, pdf = self.tr("Web page (*.html)"), self.tr("PDF document (*.pdf)")
        name, selected = QFileDialog.getSaveFileName(self, self.tr("Export the audit report"), str(default),
                                                     f"{web};;{pdf}", web)
        return export_target(name, selected) if name else None

    def export_report(self) -> None:
        """Save the report as shown (period, charts, this summary's noise), then record the export."""
        if self.report is None:
            self.message.show_note(self.tr("Wait until the audit log has been read."))
            return
        first, last = self.period()
        target = self.ask_export_path(Path.home() / f"hearth-audit-{first}-{last}.html")
        if target is None:
            return
        path, kind = target
        try:
            write_report(self.report, path, kind)
        except OSError as exc:
            self.message.show_problem(self.tr("The report could not be saved to {0}: {1}")
                                      .format(path, exc.strerror or exc))
            return
        try:
            self.log.append("export", {"what": "audit_report", "format": kind})  # no file name (see provenance)
        except HearthError as exc:
            self.message.show_error(exc)
            return
        self._add_new_entries()
        self.message.show_note(self.tr("The report was saved to {0}.").format(path))

    def _add_new_entries(self) -> None:
        """Put the entries written since the log was read (the export's own, at least) at the top."""
        rows = load_rows(self.log, self._next_index)
        if rows:
            self.events.model.add_newer(rows)
            self._next_index = rows[0].number + 1

    def done(self, result: int) -> None:
        self._closed = True
        self.events.search_timer.stop()
        self.events.set_rows([])  # a long log's rows are not kept while the view is closed
        super().done(result)
