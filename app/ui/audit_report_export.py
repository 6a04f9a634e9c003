"""The guardian's audit report in the guardian's language: counted, drawn, and written as HTML or PDF.

:func:`report_text` and :func:`type_names` translate every sentence of
:mod:`app.audit.report` and the name of every kind of audit entry.
:class:`ChartWidget` shows a chart's SVG on screen. :func:`write_report`
writes the report atomically (``name.partial``, then a rename): as HTML with
the SVG charts inline, or as an A4 PDF laid out by :class:`QTextDocument`,
with each chart rasterised at twice its size from the same SVG, so the view,
the web page and the PDF show one drawing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QSvgWidget

from app.audit.charts import HEIGHT, WIDTH
from app.audit.log import UNREADABLE_ENTRY
from app.audit.report import AuditReport, ReportText, render_html
from app.core.atomic import write_bytes_atomically
from app.safety.taxonomy import CATEGORY_IDS, category
from app.ui.profile_rules_model import category_label

FORMATS = ("html", "pdf")
PDF_RESOLUTION = 300
PDF_MARGIN_MM = 0.0  # QTextDocument.print_ adds its own 2 cm margins inside the page
CHART_SCALE = 2  # chart images in the PDF are drawn at twice the SVG's size, so they stay sharp in print
PDF_CHART_WIDTH = 600  # layout pixels (1/96 in): an A4 page less its 2 cm margins is about 640 wide


def type_names() -> dict[str, str]:
    """Every kind of audit entry (and the damaged one) by its translated name."""
    return {
        "app_started": QCoreApplication.translate("AuditView", "Hearth started"),
        "app_stopped": QCoreApplication.translate("AuditView", "Hearth stopped"),
        "model_loaded": QCoreApplication.translate("AuditView", "Model loaded"),
        "profile_changed": QCoreApplication.translate("AuditView", "Profile changed"),
        "policy_changed": QCoreApplication.translate("AuditView", "Settings changed"),
        "lock_attempt": QCoreApplication.translate("AuditView", "Guardian unlock attempt"),
        "screening_verdict": QCoreApplication.translate("AuditView", "Screening verdict"),
        "warning_overridden": QCoreApplication.translate("AuditView", "Warning overridden"),
        "engine_crashed": QCoreApplication.translate("AuditView", "Engine crashed"),
        "export": QCoreApplication.translate("AuditView", "Export"),
        "retention_purge": QCoreApplication.translate("AuditView", "Old records deleted"),
        "tamper_detected": QCoreApplication.translate("AuditView", "Tampering detected"),
        "provenance_key_created": QCoreApplication.translate("AuditView", "Signing key created"),
        "turn_completed": QCoreApplication.translate("AuditView", "Answer completed"),
        "access_refused": QCoreApplication.translate("AuditView", "Access refused"),
        "model_imported": QCoreApplication.translate("AuditView", "Model added"),
        "model_removed": QCoreApplication.translate("AuditView", "Model removed"),
        "model_downloaded": QCoreApplication.translate("AuditView", "Model downloaded"),
        "licence_accepted": QCoreApplication.translate("AuditView", "Model licence accepted"),
        "model_audited": QCoreApplication.translate("AuditView", "Model report card"),
        "api_started": QCoreApplication.translate("AuditView", "API started"),
        "api_stopped": QCoreApplication.translate("AuditView", "API stopped"),
        "policy_imported": QCoreApplication.translate("AuditView", "Policy installed"),
        "review_exported": QCoreApplication.translate("AuditView", "Review archive exported"),
        "inference_server_changed": QCoreApplication.translate("AuditView", "Inference server changed"),
        UNREADABLE_ENTRY: QCoreApplication.translate("AuditView", "Damaged entry"),
    }


def category_names() -> dict[str, str]:
    """Every safety category's id by its translated label ("S9 Indiscriminate weapons")."""
    return {cid: category_label(category(cid)) for cid in CATEGORY_IDS}


def report_text() -> ReportText:
    """Every sentence of the report, translated (the ``{placeholders}`` stay as they are)."""
    return ReportText(
        title=QCoreApplication.translate("AuditView", "Hearth audit report"),
        period=QCoreApplication.translate("AuditView", "{first} to {last}"),
        generated=QCoreApplication.translate("AuditView", "Made {time} on the log {origin}."),
        verification_heading=QCoreApplication.translate("AuditView", "Can this log be trusted?"),
        verified=QCoreApplication.translate(
            "AuditView", "Verified: all {entries} entries match the signed checkpoints; nothing was changed, "
                         "removed or reordered."),
        not_verified=QCoreApplication.translate(
            "AuditView", "Verification FAILED. The log was changed outside Hearth. First problem: {problem}"),
        checkpoint=QCoreApplication.translate(
            "AuditView", "Newest signed checkpoint: {size} entries, root {root}…, signed {time}."),
        no_checkpoint=QCoreApplication.translate("AuditView", "There is no signed checkpoint yet."),
        blocked_chart=QCoreApplication.translate("AuditView", "Blocked per day, by category"),
        warned_chart=QCoreApplication.translate("AuditView", "Warnings per day, by category"),
        usage_chart=QCoreApplication.translate("AuditView", "Minutes of use per day"),
        no_events=QCoreApplication.translate("AuditView", "Nothing in this period"),
        minutes_unit=QCoreApplication.translate("AuditView", " min"),
        totals_heading=QCoreApplication.translate("AuditView", "Per category over the period"),
        category=QCoreApplication.translate("AuditView", "Category"),
        blocked=QCoreApplication.translate("AuditView", "Blocked"),
        warned=QCoreApplication.translate("AuditView", "Warned"),
        events_heading=QCoreApplication.translate("AuditView", "Entries by kind"),
        kind=QCoreApplication.translate("AuditView", "Kind"),
        count=QCoreApplication.translate("AuditView", "Count"),
        total_usage=QCoreApplication.translate("AuditView", "Hearth was open for {minutes} minutes over {days} days."),
        summary_heading=QCoreApplication.translate("AuditView",
                                                   "Summary for sharing (differential privacy, ε = {epsilon})"),
        summary_explained=QCoreApplication.translate(
            "AuditView", "Each count below has random Laplace noise with scale 1/ε = {scale} added, so one event "
                         "more or less changes what is shared very little. About two thirds of the counts are "
                         "within {spread} of the truth. ε = {epsilon} protects single events; a person with many "
                         "events is protected less. Counts that came out below zero are shown as zero."),
        noisy_count=QCoreApplication.translate("AuditView", "Noisy count"),
        privacy_note=QCoreApplication.translate("AuditView",
                                                "This report holds counts only: no prompt or answer text."),
    )


def export_target(name: str, selected_filter: str) -> tuple[Path, str]:
    """The file and format a save dialog chose: the name's suffix decides, else the chosen filter (which also
    gives the name its suffix)."""
    path = Path(name)
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return path, suffix
    kind = "pdf" if "*.pdf" in selected_filter else "html"
    return path.with_name(f"{path.name}.{kind}"), kind


def write_report(report: AuditReport, path: Path, kind: str) -> None:
    """Write the translated report as a web page (``kind`` "html") or an A4 PDF document ("pdf")."""
    text, categories, types = report_text(), category_names(), type_names()
    if kind == "html":
        write_bytes_atomically(path, render_html(report, text, categories, types).encode("utf-8"))
    elif kind == "pdf":
        write_bytes_atomically(path, pdf_bytes(report, text, categories, types))
    else:
        raise ValueError(f"unknown report format {kind!r}")


class ChartWidget(QSvgWidget):
    """One SVG chart on screen, as wide as it is given and never distorted."""

    def show_svg(self, svg: str) -> None:
        self.load(QByteArray(svg.encode("utf-8")))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.renderer().defaultSize() if self.renderer().isValid() else QSize(WIDTH, HEIGHT)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        size = self.sizeHint()
        return round(width * size.height() / max(1, size.width()))


def svg_image(svg: str, scale: int = CHART_SCALE) -> QImage:
    """An SVG drawn onto a white image ``scale`` times its own size."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(renderer.defaultSize() * scale, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def pdf_bytes(report: AuditReport, text: ReportText, categories: dict[str, str], types: dict[str, str]) -> bytes:
    """The report as an A4 PDF: the HTML page laid out by QTextDocument, the charts as images."""
    document = QTextDocument()

    def chart(name: str, svg: str) -> str:
        source = f"chart-{name}.png"
        image = svg_image(svg)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(source), image)
        width = min(PDF_CHART_WIDTH, image.width() // CHART_SCALE)
        height = round(width * image.height() / image.width())  # without it the layout keeps the 2× height
        return f'<img src="{source}" width="{width}" height="{height}">'

    document.setHtml(render_html(report, text, categories, types, chart=chart))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, text.title)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(text.title)
    writer.setCreator("Hearth")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())
