"""The indicator panel's "what is this" pane: the definition, formula, requirement, source and
this value's inputs of the row the planner clicked, and for a failing figure the gap.

It only draws an :class:`ecopark.indicators.explain.Explanation` (built in the Qt-free core from
the indicator definitions, in the UI language); no figure or wording of a row is decided here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ecopark.indicators.explain import Explanation
from ecopark.ui.i18n import current_language


class ExplainView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("<b>What is this?</b>"))
        layout.addWidget(self.heading)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setMinimumHeight(40)  # the window's minimum size must not grow
        self.browser.setToolTip(
            self.tr("Definition, formula, requirement, source and inputs of the clicked row")
        )
        layout.addWidget(self.browser, 1)
        self.explanation: Explanation | None = None
        self.show_explanation(None)

    def show_explanation(self, explanation: Explanation | None) -> None:
        self.explanation = explanation
        if explanation is None:
            self.browser.setHtml(
                "<p style='color:#666'>"
                + escape(
                    self.tr(
                        "Click a row of the indicator tables to see what it means, how "
                        "it is computed and where this value comes from."
                    )
                )  # fmt: skip
                + "</p>"
            )
            return
        self.browser.setHtml(explanation_html(explanation))

    def shown_text(self) -> str:
        """What the pane says, as plain text (tests)."""
        return self.browser.toPlainText()


def explanation_html(e: Explanation) -> str:
    lang = current_language()
    zh = lang.startswith("zh")
    words = ("定义", "公式", "要求", "来源") if zh else ("Definition", "Formula", "Requirement",
                                                     "Source")  # fmt: skip
    gap = "<br>".join(escape(line) for line in e.gap.splitlines())
    rows = [f"<p><b>{escape(e.title)}</b></p>",
            f"<p style='color:#b00020'>{gap}</p>" if gap else "",
            f"<p><b>{words[0]}</b>：{escape(e.definition)}</p>" if zh
            else f"<p><b>{words[0]}:</b> {escape(e.definition)}</p>"]  # fmt: skip
    sep = "：" if zh else ": "
    rows.append(f"<p><b>{words[1]}</b>{sep}<code>{escape(e.formula)}</code></p>")
    if e.requirement:
        rows.append(f"<p><b>{words[2]}</b>{sep}{escape(e.requirement)}</p>")
    if e.inputs:
        cells = "".join(
            f"<tr><td>{escape(label)}</td><td align='right'>&nbsp;{escape(value)}</td></tr>"
            for label, value in e.inputs
        )
        rows.append(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
    rows.append(f"<p style='color:#666'>{words[3]}{sep}{escape(e.source)}</p>")
    return "".join(rows)
