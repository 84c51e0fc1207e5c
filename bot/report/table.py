"""The report as a plain-text table, for the terminal."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.report.metrics import Report


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def period(report: Report) -> str:
    """`27 Oct 2026 to 26 Nov 2026`, as dates in the clinic's zone."""
    zone = ZoneInfo(report.time_zone)
    return f"{report.since.astimezone(zone):%d %b %Y} to {report.until.astimezone(zone):%d %b %Y}"


def minutes(value: float | None) -> str:
    if value is None:
        return "no leads yet"
    return f"{value:.0f} min" if value >= 10 else f"{value:.1f} min"


def other_figures(report: Report) -> list[tuple[str, str]]:
    return [
        ("booking links given", f"in {report.booking_links} conversations"),
        ("median time from first message to lead", minutes(report.median_minutes_to_lead)),
        ("messages typed / tapped", f"{report.typed_messages} / {report.tapped_messages}"),
        ("visitors who typed / only tapped",
         f"{report.visitors_who_typed} / {report.visitors_who_only_tapped}"),
    ]


def as_text(report: Report) -> str:
    started = report.funnel[0][1]
    others = other_figures(report)
    width = max(len(label) for label, _ in [*report.funnel, *report.stops, *others]) + 2
    out = [f"Back-pain assistant, {period(report)} (times in {report.time_zone})", ""]

    def section(title: str, rows: list[tuple[str, int]], share: bool = False) -> None:
        out.append(title)
        for label, count in rows or [("none", 0)]:
            extra = f"  {_share(count, started):>4}" if share else ""
            out.append(f"  {label:<{width}}{count:>6}{extra}")
        out.append("")

    section("From first message to lead", report.funnel, share=True)
    section("Where visitors without a lead stopped", report.stops)
    section("Conversations by highest triage level", report.levels)
    section("Leads by route", report.routes)
    section("Leads per week (from Monday)", [(f"{week:%d %b %Y}", n)
                                             for week, n in report.leads_per_week])
    out.append("Other figures")
    out += [f"  {label:<{width}}{value}" for label, value in others]
    return "\n".join(out) + "\n"
