"""The evaluation as CSV (绩效统计表): one row per member of staff, for a spreadsheet.

UTF-8 with a byte order mark, so that Excel on a Chinese Windows reads the characters as UTF-8
and not as GBK; CRLF line ends as RFC 4180 has them. The first column is the period, so that
several exports can be pasted under one another; a rate without any case or rating is empty.
"""

from __future__ import annotations

import csv
import io

from counter_app.domain.evaluation import EvaluationReport
from counter_app.printing.evaluation_table import STAFF_HEADS, scope_text, staff_values

BOM = "\ufeff"
HEADER = ("统计期间", "范围", *STAFF_HEADS[:2], "部门", *STAFF_HEADS[3:])


def evaluation_csv(report: EvaluationReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for line in report.staff:
        writer.writerow([report.period.label, scope_text(report),
                         *staff_values(line, "", short=False, decided=report.decided_at is not None)])
    return (BOM + out.getvalue()).encode("utf-8")


def file_name(report: EvaluationReport, suffix: str) -> str:
    """绩效统计-2025年10月.csv, or with the department's short name for a chief's export."""
    who = f"-{report.staff[0].department_short}" if report.scope and report.staff else ""
    return f"绩效统计{who}-{report.period.label}.{suffix}"
