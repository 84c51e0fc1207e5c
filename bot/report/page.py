"""The report as one self-contained HTML page an owner can open: charts as inline SVG.

Nothing is loaded from anywhere (no scripts, fonts, images or style sheets), so
the file can be emailed or opened offline and shows the same everywhere.
"""

from __future__ import annotations

from html import escape

from bot.report.metrics import Report
from bot.report.table import other_figures, period

BAR = "#1558b0"
STOP = "#a14a00"
LEAD = "#137333"
CHART_WIDTH = 640
ROW = 28
LABEL_WIDTH = 260


def hbars(rows: list[tuple[str, int]], colour: str, title: str) -> str:
    """Horizontal bars, one labelled row each, scaled to the largest value."""
    if not rows:
        return "<p>None in this period.</p>"
    top = max(count for _, count in rows) or 1
    span = CHART_WIDTH - LABEL_WIDTH - 60
    height = ROW * len(rows) + 8
    bars = []
    for i, (label, count) in enumerate(rows):
        y = 4 + i * ROW
        length = max(span * count / top, 1 if count else 0)
        bars.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 18}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{length:.1f}" height="{ROW - 8}" '
            f'fill="{colour}" rx="2"><title>{escape(label)}: {count}</title></rect>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 18}">{count}</text>'
        )
    return (f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {CHART_WIDTH} {height}" '
            f'width="100%" style="max-width:{CHART_WIDTH}px" font-size="13" '
            f'font-family="Arial, sans-serif" fill="#202124">{"".join(bars)}</svg>')


def columns(rows: list[tuple[str, int]], colour: str, title: str) -> str:
    """Vertical bars with a label under each, for counts over time."""
    if not rows:
        return "<p>None in this period.</p>"
    top = max(count for _, count in rows) or 1
    plot, base = 160, 190
    step = (CHART_WIDTH - 40) / len(rows)
    bars = []
    for i, (label, count) in enumerate(rows):
        x = 20 + i * step
        height = plot * count / top
        bars.append(
            f'<rect x="{x + step * 0.15:.1f}" y="{base - height:.1f}" width="{step * 0.7:.1f}" '
            f'height="{height:.1f}" fill="{colour}" rx="2"><title>{escape(label)}: {count}'
            f'</title></rect>'
            f'<text x="{x + step / 2:.1f}" y="{base - height - 4:.1f}" text-anchor="middle">'
            f"{count}</text>"
            f'<text x="{x + step / 2:.1f}" y="{base + 16}" text-anchor="middle" font-size="11">'
            f"{escape(label)}</text>"
        )
    return (f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {CHART_WIDTH} 215" '
            f'width="100%" style="max-width:{CHART_WIDTH}px" font-size="13" '
            f'font-family="Arial, sans-serif" fill="#202124">'
            f'<line x1="16" y1="{base}" x2="{CHART_WIDTH - 16}" y2="{base}" stroke="#dadce0"/>'
            f'{"".join(bars)}</svg>')


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th>{escape(label)}</th><td>{escape(value)}</td></tr>"
                   for label, value in rows)
    return f"<table>{body}</table>"


STYLE = """
body { font-family: Arial, Helvetica, sans-serif; color: #202124; margin: 0 auto;
       max-width: 720px; padding: 16px; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
table { border-collapse: collapse; } th, td { padding: 4px 10px; text-align: left;
  border-bottom: 1px solid #e8eaed; } th { font-weight: normal; color: #5f6368; }
.note { color: #5f6368; font-size: 13px; }
"""


def as_html(report: Report) -> str:
    started = report.funnel[0][1]
    funnel = [(f"{label} ({100 * n / started:.0f}%)" if started else label, n)
              for label, n in report.funnel]
    weeks = [(f"{week:%d %b}", n) for week, n in report.leads_per_week]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back-pain assistant report, {escape(period(report))}</title>
<style>{STYLE}</style></head>
<body>
<h1>Back-pain assistant: {escape(period(report))}</h1>
<p class="note">Counts only: no names, contact details or messages. Weeks and dates in
{escape(report.time_zone)}.</p>
<h2>From first message to lead</h2>
{hbars(funnel, BAR, "Funnel from first message to lead")}
<h2>Where visitors without a lead stopped</h2>
{hbars(report.stops, STOP, "Stops per question")}
<h2>Leads per week</h2>
{columns(weeks, LEAD, "Leads per week")}
<h2>Leads by route</h2>
{_table([(route, str(n)) for route, n in report.routes] or [("none", "0")])}
<h2>Conversations by highest triage level</h2>
{_table([(level, str(n)) for level, n in report.levels])}
<h2>Other figures</h2>
{_table(other_figures(report))}
</body></html>
"""
