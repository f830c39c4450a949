"""What a 持ち出し or 取り込み did (app/api/copy_report.py words it, as for the command line):
the summary, what was added, what was taken from the other side, every change made on both
sides that was left as it was here (not overwritten), and the rest."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.api.copy_report import CopyReport

CONFLICT_COLOUR = "#a33a00"


def report_html(report: CopyReport, none: str, conflict_hint: str) -> str:
    """The report's sections as HTML: a heading each, its lines as a list (``none`` when empty)."""
    parts = []
    for section in report.sections_ja():
        if section.key == "other" and not section.lines:
            continue
        conflicts = section.key in ("conflicts", "moved") and section.lines
        style = f' style="color:{CONFLICT_COLOUR}"' if conflicts else ""
        parts.append(f"<h3{style}>{escape(section.heading)}</h3>")
        if conflicts and section.key == "conflicts":
            parts.append(f"<p>{escape(conflict_hint)}</p>")
        if section.lines:
            parts.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in section.lines) + "</ul>")
        else:
            parts.append(f"<p>{escape(none)}</p>")
    return "".join(parts)


class CopyReportDialog(QDialog):
    def __init__(self, report: CopyReport, brought_back: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyReport")
        self.report = report
        self.setWindowTitle(self.tr("Brought back") if brought_back else self.tr("Taken out"))
        self.summary = QLabel(report.summary_ja(), objectName="copyReportSummary", wordWrap=True)
        self.details = QTextBrowser(objectName="copyReportDetails")
        hint = self.tr("These were left as the destination (%1) has them. Check which is right and correct it there if needed.")
        self.details.setHtml(report_html(report, self.tr("None."), hint.replace("%1", report.dest)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(em * 52, em * 36)

    def text(self) -> str:
        """All the report shows, as plain text."""
        return self.summary.text() + "\n" + self.details.toPlainText()
