"""The printable work-plan report (PDF): the document sections a review panel expects.

Pages (A4 landscape): park overview with the three-year baseline history, the map, key projects
(one row per project, as many pages as needed), charts (investment and NPV per project, CO₂
avoided, investment by completion year), symbiosis chains, cost-benefit with its assumptions,
and the safeguard measures. Figures come from :func:`ecopark.projects.plan.work_plan`, so the
report and the Excel work plan print the same numbers. Below the projects and on the
cost-benefit page the plan's totals come in three rows that reconcile: the sum over the
projects, the overlap between them and the plan computed jointly (project benefits are not
additive; docs/work-plan.md).
"""

from __future__ import annotations

import os
import textwrap
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402

from ecopark.export.costs import plan_costs  # noqa: E402
from ecopark.export.labels import pick, unit_in  # noqa: E402
from ecopark.export.map_export import map_rendering, render_map_figure  # noqa: E402
from ecopark.export.scorecard import scorecard_rows  # noqa: E402
from ecopark.export.workbook_projects import (  # noqa: E402
    HISTORY_QUANTITIES,
    benefit_text,
    overlap_benefit,
)
from ecopark.indicators import ScenarioResult, evaluate_scenario  # noqa: E402
from ecopark.model import Park  # noqa: E402
from ecopark.numbers import format_plain  # noqa: E402
from ecopark.projects import words  # noqa: E402
from ecopark.projects.model import PARK_COMMITTEE, SAFEGUARD_TOPICS  # noqa: E402
from ecopark.projects.plan import WorkPlan, work_plan  # noqa: E402
from ecopark.storage import atomic_target  # noqa: E402
from ecopark.symbiosis.chains import structure  # noqa: E402

A4_LANDSCAPE = (11.69, 8.27)
ROWS_PER_PAGE = 22
Pair = tuple[str, str]


def _t(pair: Pair, lang: str) -> str:
    return pick(pair, lang)


def _page(pdf: PdfPages, title: str, footer: str) -> Figure:
    fig = Figure(figsize=A4_LANDSCAPE)
    fig.text(0.04, 0.955, title, fontsize=15, weight="bold", va="top")
    fig.text(0.04, 0.02, footer, fontsize=7, color="0.4")
    return fig


def _clip(text: str, n: int) -> str:
    """At most ``n`` columns wide, a Chinese character counting two (textwrap.shorten cuts at
    spaces, which Chinese has none of)."""
    width = 0
    for k, ch in enumerate(text):
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if width > n - 1 and k < len(text) - 1:
            return text[:k] + "…"
    return text


def _num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


class _Cells(Artist):
    """Table text drawn straight by the renderer, one string per cell at a fixed baseline.

    A report of 200 projects prints thousands of cells; matplotlib's Text lays out and measures
    each line (about a millisecond each) and lets a multi-line column drift from its ruled rows.
    Here a cell costs one ``draw_text`` at the row's own baseline, and a cell that the PDF's
    built-in Helvetica can show (numbers, ids, English words: cp1252 text) is written with it
    (``pdf.use14corefonts``: no glyph layout, nothing to embed), the rest with the report's
    fonts (Chinese), so the page prints in a fraction of the time (bench/export.py)."""

    def __init__(self, cells: list[tuple[float, float, str, bool]], fontsize: float):
        super().__init__()
        self._cells = cells
        """(x, baseline y) in figure fractions, text, bold"""
        self._fontsize = fontsize
        self.set_zorder(3)

    def draw(self, renderer: Any) -> None:
        if not self.get_visible() or self.figure is None:
            return
        to_px = self.figure.transFigure.transform
        gc = renderer.new_gc()
        gc.set_foreground("black")
        core: list[tuple[float, float, str, bool]] = []
        other: list[tuple[float, float, str, bool]] = []
        for x, y, text, bold in self._cells:
            if text:
                px, py = to_px((x, y))
                (core if _core_text(text) else other).append((px, py, text, bold))
        size = self._fontsize
        with matplotlib.rc_context({"pdf.use14corefonts": True}):
            props = {b: FontProperties(family="Helvetica", size=size, weight="bold" if b else None)
                     for b in (False, True)}  # fmt: skip
            for px, py, text, bold in core:
                renderer.draw_text(gc, px, py, text, props[bold], 0.0)
        props = {b: FontProperties(size=size, weight="bold" if b else None) for b in (False, True)}
        for px, py, text, bold in other:
            renderer.draw_text(gc, px, py, text, props[bold], 0.0)
        gc.restore()
        self.stale = False


def _core_text(text: str) -> bool:
    """Whether the PDF's built-in fonts can print ``text`` (cp1252, as matplotlib encodes it)."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _grid(fig: Figure, top: float, left: float, header: list[str], rows: list[list[str]],
          widths: list[float], fontsize: float = 6.5, row_h: float = 0.034) -> None:  # fmt: skip
    """A ruled table: header band, rules between rows, every cell on its row's baseline."""
    from matplotlib.collections import LineCollection
    from matplotlib.patches import Rectangle

    width = sum(widths)
    n = len(rows)
    fig.patches.append(Rectangle((left, top - row_h), width, row_h, transform=fig.transFigure,
                                 facecolor="#DDE6F0", edgecolor="none", zorder=0))  # fmt: skip
    ys = [top - row_h * k for k in range(n + 2)]
    rules = [[(left, y), (left + width, y)] for y in ys]
    fig.add_artist(LineCollection(rules, transform=fig.transFigure, colors="0.75", linewidths=0.4))
    drop = 0.35 * fontsize / (fig.get_figheight() * 72)  # baseline below the row's middle
    xs = [left + 0.003 + sum(widths[:j]) for j in range(len(widths))]
    cells = [(xs[j], top - row_h / 2 - drop, text, True) for j, text in enumerate(header)]
    for k, row in enumerate(rows, start=1):
        y = top - row_h * (k + 0.5) - drop
        cells += [(xs[j], y, text, False) for j, text in enumerate(row)]
    fig.add_artist(_Cells(cells, fontsize))


def _overview(pdf: PdfPages, park: Park, plan: WorkPlan, r: ScenarioResult, lang: str,
              footer: str) -> None:  # fmt: skip
    info = park.scenario(plan.scenario_id).info
    fig = _page(pdf, f"{park.name} — {_t(('工作方案报告', 'Work plan report'), lang)}", footer)
    base = park.baseline()
    sav = r.carbon.savings if r.carbon is not None else None
    units = ((" 万元", " 10⁴ RMB"), (" 万元/年", " 10⁴ RMB/a"), (" 年", " a"))
    rmb, rmb_a, in_years = (_t(u, lang) for u in units)
    lines = [
        (("方案", "Scenario"), f"{info.name} ({info.scenario_id}), {info.year}"),
        (("基准年", "Baseline"), f"{base.info.name}, {base.info.year}" if base else "—"),
        (("企业数", "Firms"), str(len(park.scenario(plan.scenario_id).firms))),
        (("地均产出", "Land output"), _num(r.land_output.park_value, 2)
         + _t((" 亿元/km²", " 10⁸ RMB/km²"), lang)),
        (("集中供给覆盖率", "Shared supply coverage"),
         _num(100 * (r.coverage.combined or 0.0)) + " %"),
        (("替代小锅炉", "Small boilers replaced"), str(r.coverage.boilers_replaced)),
        (("节约燃料", "Fuel saved"), _num(sav.fuel_tce if sav else None, 0) + " tce/a"),
        (("减排 CO₂", "CO₂ avoided"), _num(sav.co2_t if sav else None, 0) + " t/a"),
        (("重点项目", "Key projects"), str(len(plan.projects))),
        (("总投资", "Investment"), _num(plan.totals.investment_10k_rmb) + rmb),
        (("补贴", "Subsidy"), _num(plan.totals.subsidy_10k_rmb) + rmb),
        (("年节约（全部项目联合计算）", "Annual savings (all projects, computed jointly)"),
         _num(plan.totals.annual_savings_10k_rmb) + rmb_a),
        (("静态回收期", "Simple payback"), _num(plan.totals.payback_years) + in_years),
    ]  # fmt: skip
    fig.text(0.04, 0.88, _t(("园区概况", "Park overview"), lang), fontsize=12, weight="bold")
    for k, (label, value) in enumerate(lines):
        fig.text(0.05, 0.84 - 0.032 * k, _t(label, lang), fontsize=9)
        fig.text(0.28, 0.84 - 0.032 * k, value, fontsize=9)
    fig.text(0.52, 0.88, _t(("近三年情况", "Baseline history (last three years)"), lang),
             fontsize=12, weight="bold")  # fmt: skip
    years = sorted(plan.history)[-3:]
    rows = []
    for q, (label, unit) in HISTORY_QUANTITIES.items():
        values = [plan.history[y].get(q) for y in years]
        if any(v is not None for v in values):
            name = f"{_t(label, lang)} {unit_in(unit, lang)}".strip()
            rows.append([name, *(_num(v, 0) for v in values)])
    if years:
        _grid(fig, 0.85, 0.52, [_t(("指标", "Quantity"), lang), *map(str, years)], rows,
              [0.225, *([0.225 / len(years)] * len(years))], 8, 0.04)  # fmt: skip
    else:
        fig.text(0.52, 0.84, _t(("尚未录入", "Not entered yet"), lang), fontsize=9)
    pdf.savefig(fig)


def _projects_pages(pdf: PdfPages, park: Park, plan: WorkPlan, lang: str, footer: str) -> None:
    scenario = park.scenario(plan.scenario_id)
    owners = {fid: f.name or fid for fid, f in scenario.firms.items()}
    owners[PARK_COMMITTEE] = words.word("owner.park_committee", lang)
    header = [_t(p, lang) for p in (
        ("编号", "Id"), ("项目", "Project"), ("类别", "Type"), ("实施主体", "Owner"),
        ("年份", "Years"), ("投资", "Investment"), ("补贴比例", "Subsidy rate"),
        ("补贴", "Subsidy"), ("年节约", "Savings/a"), ("净现值", "NPV"),
        ("回收期", "Payback"), ("主要效益", "Benefit"))]  # fmt: skip
    name_w, benefit_w = 34, 52
    rows = []
    for p in plan.projects:
        e = plan.economics[p.project_id]
        rows.append([
            p.project_id, _clip(p.name, name_w),
            words.word(f"kind.{p.kind}", lang),
            _clip(owners.get(p.owner, p.owner), 16),
            f"{p.start_year}–{p.completion_year}", _num(e.investment_10k_rmb),
            f"{100 * e.subsidy_rate:.1f} %", _num(e.subsidy_10k_rmb),
            _num(e.annual_savings_10k_rmb), _num(e.npv_10k_rmb), _num(e.payback_years),
            _clip(benefit_text(plan.benefits[p.project_id], lang), benefit_w),
        ])  # fmt: skip
    t = plan.totals
    over = t.overlap_savings_10k_rmb
    totals = [
        ["", words.word("total.projects", lang), "", "", "", _num(t.investment_10k_rmb), "",
         _num(t.subsidy_10k_rmb), _num(t.project_savings_sum_10k_rmb),
         _num(t.project_npv_sum_10k_rmb), "", ""],
        ["", _clip(words.word("total.overlap" if over <= 0 else "total.synergy", lang), name_w),
         "", "", "", "", "", "", _num(over), _num(t.overlap_npv_10k_rmb), "",
         _clip(benefit_text(overlap_benefit(plan), lang), benefit_w)],
        ["", _clip(words.word("total.plan", lang), name_w), "", "", "",
         _num(t.investment_10k_rmb), "", _num(t.subsidy_10k_rmb),
         _num(t.annual_savings_10k_rmb), _num(t.npv_10k_rmb), _num(t.payback_years),
         _clip(benefit_text(plan.joint, lang), benefit_w)],
    ]  # fmt: skip
    # the three total rows go on the last page with its projects (pages share the rows evenly)
    pages = max(1, -(-(len(rows) + len(totals)) // ROWS_PER_PAGE))
    per = max(1, -(-len(rows) // pages))
    title = _t(("重点项目（投资、补贴、净现值：万元）", "Key projects (money in 10⁴ RMB)"), lang)
    for k in range(pages):
        fig = _page(pdf, f"{title} {k + 1}/{pages}", footer)
        chunk = rows[k * per : (k + 1) * per]
        if k == pages - 1:
            chunk = [*rows[k * per :], *totals]
        _grid(
            fig,
            0.9,
            0.03,
            header,
            chunk,
            [0.04, 0.17, 0.07, 0.08, 0.06, 0.06, 0.05, 0.05, 0.06, 0.06, 0.05, 0.25],
        )
        if k == pages - 1:
            _note(fig, 0.9 - 0.034 * (len(chunk) + 1) - 0.03, lang)
        pdf.savefig(fig)


def _note(fig: Figure, y: float, lang: str, fontsize: float = 7.5) -> None:
    """The joint rule in a sentence or two, wrapped to the page."""
    width = 95 if lang == "zh" else 190
    text = "\n".join(textwrap.wrap(words.word("note.joint", lang), width))
    fig.text(0.04, y, text, fontsize=fontsize, va="top", color="0.25")


def _charts(pdf: PdfPages, plan: WorkPlan, lang: str, footer: str) -> None:
    fig = _page(pdf, _t(("项目效益图", "Project charts"), lang), footer)
    econ = sorted(plan.economics.values(), key=lambda e: -e.investment_10k_rmb)[:15]
    ax = fig.add_axes((0.06, 0.52, 0.4, 0.36))
    ids = [e.project_id for e in econ]
    x = range(len(ids))
    ax.bar([i - 0.2 for i in x], [e.investment_10k_rmb for e in econ], 0.4,
           label=_t(("投资", "Investment"), lang), color="#4C72B0")  # fmt: skip
    ax.bar([i + 0.2 for i in x], [e.npv_10k_rmb for e in econ], 0.4,
           label=_t(("净现值", "NPV"), lang), color="#55A868")  # fmt: skip
    ax.set_xticks(list(x), ids, rotation=90, fontsize=6)
    ax.set_ylabel(_t(("万元", "10⁴ RMB"), lang))
    ax.set_title(_t(("投资与净现值（投资最大的项目）", "Investment and NPV (largest projects)"),
                    lang), fontsize=9)  # fmt: skip
    ax.legend(fontsize=7)
    ax.axhline(0, color="0.3", lw=0.6)
    co2 = sorted(((b.figures.get("co2_t", 0.0), pid) for pid, b in plan.benefits.items()),
                 reverse=True)[:15]  # fmt: skip
    ax2 = fig.add_axes((0.56, 0.52, 0.4, 0.36))
    ax2.barh([pid for _v, pid in co2][::-1], [v for v, _pid in co2][::-1], color="#C44E52")
    ax2.set_xlabel("t CO₂/a")
    ax2.tick_params(axis="y", labelsize=6)
    ax2.set_title(_t(("CO₂ 减排（有无项目之差）", "CO₂ avoided (with minus without)"), lang),
                  fontsize=9)  # fmt: skip
    by_year: dict[int, float] = defaultdict(float)
    for p in plan.projects:
        by_year[p.completion_year] += plan.economics[p.project_id].investment_10k_rmb
    ax3 = fig.add_axes((0.06, 0.1, 0.4, 0.3))
    years = sorted(by_year)
    ax3.bar([str(y) for y in years], [by_year[y] for y in years], color="#8172B2")
    ax3.set_ylabel(_t(("万元", "10⁴ RMB"), lang))
    ax3.set_title(_t(("按完工年份的投资", "Investment by completion year"), lang), fontsize=9)
    pdf.savefig(fig)


def _chains(pdf: PdfPages, park: Park, plan: WorkPlan, lang: str, footer: str) -> None:
    fig = _page(pdf, _t(("产业共生链", "Symbiosis chains"), lang), footer)
    s = structure(park, plan.scenario_id)
    fig.text(0.05, 0.88, _t(("关联企业", "Linked firms"), lang)
             + f": {s.linked_firms}/{s.firms}; " + _t(("链接", "links"), lang) + f": {s.links}",
             fontsize=9)  # fmt: skip
    chains = [*s.chains, *s.cycles][:34]
    for k, chain in enumerate(chains):
        text = _clip(chain.name + "  (" + "; ".join(chain.materials) + ")", 170)  # fmt: skip
        fig.text(0.05, 0.84 - 0.022 * k, f"{k + 1}. {text}", fontsize=7)
    if not chains:
        fig.text(0.05, 0.84, _t(("无共生链", "No symbiosis chains"), lang), fontsize=9)
    pdf.savefig(fig)


def _cost_benefit(pdf: PdfPages, plan: WorkPlan, lang: str, footer: str) -> None:
    """The plan's money: the sum over the projects, the overlap between them and the plan
    computed jointly (savings, NPV and payback of the plan never add up project figures)."""
    fig = _page(pdf, _t(("费用效益分析", "Cost-benefit analysis"), lang), footer)
    t = plan.totals
    over = t.overlap_savings_10k_rmb
    fig.text(0.05, 0.885, _t(("补贴批复时拨付一半，目标完成 90% 后拨付另一半；金额单位：万元。",
                              "Subsidy: half on approval, half once 90 % of the targets are met. "
                              "Money in 10⁴ RMB."), lang), fontsize=8.5)  # fmt: skip
    header = [_t(p, lang) for p in (("", ""), ("投资", "Investment"), ("补贴", "Subsidy"),
                                    ("年节约（/年）", "Annual savings (/a)"),
                                    ("年运维（/年）", "Annual O&M (/a)"), ("净现值", "NPV"),
                                    ("静态回收期（年）", "Simple payback (years)"))]  # fmt: skip
    rows = [
        [words.word("total.projects", lang), _num(t.investment_10k_rmb), _num(t.subsidy_10k_rmb),
         _num(t.project_savings_sum_10k_rmb), _num(t.annual_om_10k_rmb),
         _num(t.project_npv_sum_10k_rmb), "—"],
        [_clip(words.word("total.overlap" if over <= 0 else "total.synergy", lang), 58), "", "",
         _num(over), "", _num(t.overlap_npv_10k_rmb), ""],
        [_clip(words.word("total.plan", lang), 58), _num(t.investment_10k_rmb),
         _num(t.subsidy_10k_rmb), _num(t.annual_savings_10k_rmb), _num(t.annual_om_10k_rmb),
         _num(t.npv_10k_rmb), _num(t.payback_years)],
    ]  # fmt: skip
    _grid(fig, 0.86, 0.05, header, rows, [0.306, 0.09, 0.09, 0.108, 0.099, 0.09, 0.117], 8.5,
          0.035)  # fmt: skip
    _note(fig, 0.705, lang, 8)
    fig.text(0.05, 0.64, _t(("计算假定", "Assumptions"), lang), fontsize=11, weight="bold")
    rows = [[a.key, format_plain(a.value), _t((a.unit_zh or a.unit, a.unit), lang),
             _clip(_t((a.source_zh or a.source, a.source), lang), 110)]
            for a in plan.assumptions.values()]  # fmt: skip
    _grid(fig, 0.62, 0.05,
          [_t(p, lang) for p in (("代码", "Key"), ("数值", "Value"), ("单位", "Unit"),
                                 ("依据", "Source"))],
          rows, [0.126, 0.063, 0.108, 0.603], 7, 0.038)  # fmt: skip
    pdf.savefig(fig)


def _safeguards(pdf: PdfPages, plan: WorkPlan, lang: str, footer: str) -> None:
    fig = _page(pdf, _t(("保障措施", "Safeguard measures"), lang), footer)
    y = 0.88
    for topic in SAFEGUARD_TOPICS:
        fig.text(0.05, y, words.word(f"safeguard.{topic}", lang), fontsize=11, weight="bold")
        y -= 0.035
        text = plan.safeguards.get(topic) or _t(("（尚未填写）", "(not written yet)"), lang)
        width = 70 if lang == "zh" else 140
        for line in textwrap.wrap(text, width)[:8]:
            fig.text(0.07, y, line, fontsize=8.5)
            y -= 0.026
        y -= 0.02
    pdf.savefig(fig)


def export_report(
    park: Park, scenario_id: str | None, path: str | os.PathLike[str], lang: str = "zh"
) -> Path:
    """Write the PDF report of ``scenario_id`` (None: the default plan) to ``path``."""
    sid = scenario_id or park.default_scenario().scenario_id
    result = evaluate_scenario(park, sid)
    plan = work_plan(park, sid, result, language=lang)
    info = park.scenario(sid).info
    app = _t(("生态园区规划器", "EcoPark Planner"), lang)
    footer = f"{app} — {park.name} — {info.name} ({info.year})"
    target = Path(path)
    with map_rendering(), atomic_target(target) as tmp, PdfPages(tmp) as pdf:
        _overview(pdf, park, plan, result, lang, footer)
        card = scorecard_rows(result, plan_costs(park, sid, result).total_investment_10k_rmb)
        map_fig = render_map_figure(park, sid, paper="A4", orientation="landscape",
                                    scorecard=True, lang=lang, scorecard_rows=card)  # fmt: skip
        pdf.savefig(map_fig)
        _projects_pages(pdf, park, plan, lang, footer)
        _charts(pdf, plan, lang, footer)
        _chains(pdf, park, plan, lang, footer)
        _cost_benefit(pdf, plan, lang, footer)
        _safeguards(pdf, plan, lang, footer)
        meta = pdf.infodict()
        meta["Title"] = f"{park.name} work plan"
        meta["Creator"] = "EcoPark Planner"
    return target


__all__ = ["export_report"]
