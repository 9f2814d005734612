"""Goals 5 and 6, timed in a child process (benchmarks/ui_timing.py) with the app's own widgets."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.generate import BenchVault
from benchmarks.results import Goal, Section, Table, ms
from benchmarks.startup import HERE, child_environment, run_child
from benchmarks.timing import Samples

OPEN_CLIENT_S = 0.050
OPEN_CONVERSATION_S = 0.050
SUMMARY_S = 0.100
CLIENT_COPY_S = 1.0
CLIENTS_OPENED = 5


def bench_ui(bench: BenchVault, repeats: int) -> Section:
    clients = bench.heavy_clients[:CLIENTS_OPENED]
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        argv = [sys.executable, str(HERE / "ui_timing.py"), "--vault", str(bench.encrypted)]
        argv += ["--repeats", str(repeats), "--clients", *map(str, clients)]
        report = run_child(argv, child_environment(Path(home)), bench.recovery_key + "\n").report
    show = Samples([float(v) for v in report["show_client_s"]])  # type: ignore[union-attr]
    conversation = Samples([float(v) for v in report["open_conversation_s"]])  # type: ignore[union-attr]
    at_once = Samples([float(v) for v in report["open_at_once_s"]])  # type: ignore[union-attr]
    summary = Samples([float(v) for v in report["summary_s"]])  # type: ignore[union-attr]
    copy = Samples([float(v) for v in report["client_copy_s"]])  # type: ignore[union-attr]
    list_shown = float(str(report["list_shown_s"]))
    table = Table(
        "Opening a client and a conversation, the summary, the client's copy (goals 5, 6, 10, 11)",
        ["what", "median", "p95"],
        [
            [
                f"workspace made, client list shown ({report['rows_in_list']} rows; once)",
                ms(list_shown),
                "–",
            ],
            [
                f"open a client with {report['conversations']} conversations "
                "(Workspace.show_client, then the events it posted, paint included)",
                ms(show.median),
                ms(show.p95),
            ],
            [
                f"open that client's latest conversation, {report['reading_s']} s after its "
                "page was shown (goal 10: made meanwhile if nothing was written)",
                ms(conversation.median),
                ms(conversation.p95),
            ],
            [
                "the same, chosen as soon as the page was shown (made at the click: at most "
                f"{report['conversation_widgets']} widgets)",
                ms(at_once.median),
                ms(at_once.p95),
            ],
            [
                f"summary of {report['summary_pages']} pages: content built and PDF written",
                ms(summary.median),
                ms(summary.p95),
            ],
            [
                f"the client's copy of a client with {report['conversations']} conversations "
                f"(write_client_copy: PDF of up to {report['client_copy_pages']} pages and JSON, "
                "written and logged)",
                ms(copy.median),
                ms(copy.p95),
            ],
        ],
        note=f"In the app's Workspace in a 1280×720 window, {len(clients)} clients opened in "
        f"turn, {repeats} rounds; the summary is the sample intake with shared notes added "
        "until it fills three pages, rendered with summary/render.py's render_pdf. Each client "
        "is opened twice per round: its latest conversation chosen as soon as its page has "
        "painted, then, back on the page, after the event loop ran "
        f"{report['reading_s']} s (a coach reading the page; the app makes the conversation "
        "chosen there meanwhile, ui/window/warm_conversation.py).",
    )
    goals = [
        Goal(
            5,
            "Open a client with 20 conversations",
            "≤ 50 ms",
            f"median {ms(show.median)}, p95 {ms(show.p95)}",
            show.p95 <= OPEN_CLIENT_S,
        ),
        Goal(
            10,
            f"Open a client's latest conversation ({report['conversations']} conversations, "
            "paint included)",
            "p95 ≤ 50 ms",
            f"median {ms(conversation.median)}, p95 {ms(conversation.p95)} after "
            f"{report['reading_s']} s on the client's page; chosen at once: median "
            f"{ms(at_once.median)}, p95 {ms(at_once.p95)}",
            conversation.p95 <= OPEN_CONVERSATION_S,
        ),
        Goal(
            11,
            f"The client's copy of a client with {report['conversations']} conversations",
            "≤ 1 s",
            f"median {ms(copy.median)}, p95 {ms(copy.p95)}",
            copy.p95 <= CLIENT_COPY_S,
        ),
        Goal(
            6,
            "Three-page summary to PDF",
            "≤ 100 ms",
            f"median {ms(summary.median)}, p95 {ms(summary.p95)} ({report['summary_pages']} pages)",
            summary.p95 <= SUMMARY_S and report["summary_pages"] == 3,
        ),
    ]
    return Section(goals, [table])
