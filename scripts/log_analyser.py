"""Summarise application log files.

Reads log files whose lines look like

    2024-03-05 14:22:01,123 ERROR [db.pool] Connection refused: host=db1

and prints a report: entries per level, the busiest hour, the components that log most and the most frequent
error messages (numbers in messages are folded to "N" so that similar errors are counted together).

Usage:
    python3 log_analyser.py [--since DATE] [--level LEVEL] [--top N] [--json] PATH...

Each PATH is a log file or a directory, which is searched recursively for "*.log" files. Lines that do not
match the format are counted and reported as warnings on stderr. The exit status is 0 on success and 1 when
no log file could be read.
"""

import argparse
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

log = logging.getLogger("log_analyser")

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LINE_RE = re.compile(
    r"^(?P<ts>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2})(?:[.,]\d{1,6})?\s+"
    r"(?P<level>[A-Z]+)\s+\[(?P<component>[\w.\-]+)\]\s+(?P<message>.*\S)\s*$"
)
NUMBER_RE = re.compile(r"\d+")
MAX_WARNINGS_PER_FILE = 3


def parse_since(text):
    """argparse type for --since: an ISO date or date and time."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (expected YYYY-MM-DD[THH:MM[:SS]])") from None


def positive_int(text):
    """argparse type for --top."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid count {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"count must be at least 1, not {value}")
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        description="Summarise application log files.",
        epilog="Directories are searched recursively for *.log files.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="log file or directory")
    parser.add_argument("--since", type=parse_since, metavar="DATE", help="ignore entries before DATE")
    parser.add_argument("--level", type=str.upper, choices=LEVELS, default="DEBUG",
                        help="minimum level to include (default: %(default)s)")
    parser.add_argument("--top", type=positive_int, default=5, metavar="N",
                        help="rows in the top-N tables (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def find_log_files(paths):
    """Expands directories to their *.log files; returns (files, missing paths)."""
    files, missing = [], []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.log") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(name)
    return files, missing


def parse_line(line):
    """Returns (timestamp, level, component, message), or None for a malformed line."""
    match = LINE_RE.match(line)
    if match is None or match["level"] not in LEVELS:
        return None
    try:
        timestamp = datetime.fromisoformat(match["ts"].replace("T", " "))
    except ValueError:
        return None
    return timestamp, match["level"], match["component"], match["message"]


class Stats:
    """Aggregated counts over all entries that pass the filters."""

    def __init__(self):
        self.lines = 0
        self.malformed = 0
        self.skipped = 0
        self.levels = Counter()
        self.hours = Counter()
        self.components = Counter()
        self.errors = Counter()
        self.levels_by_component = defaultdict(Counter)
        self.first = self.last = None

    def add(self, timestamp, level, component, message):
        self.levels[level] += 1
        self.hours[timestamp.strftime("%Y-%m-%d %H:00")] += 1
        self.components[component] += 1
        self.levels_by_component[component][level] += 1
        if LEVELS.index(level) >= LEVELS.index("ERROR"):
            self.errors[NUMBER_RE.sub("N", message)] += 1
        if self.first is None or timestamp < self.first:
            self.first = timestamp
        if self.last is None or timestamp > self.last:
            self.last = timestamp

    @property
    def entries(self):
        return sum(self.levels.values())


def scan_file(path, stats, since, min_level):
    bad_lines = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            stats.lines += 1
            parsed = parse_line(line)
            if parsed is None:
                bad_lines.append(lineno)
                continue
            timestamp, level, _, _ = parsed
            if (since is not None and timestamp < since) or LEVELS.index(level) < min_level:
                stats.skipped += 1
                continue
            stats.add(*parsed)
    stats.malformed += len(bad_lines)
    for lineno in bad_lines[:MAX_WARNINGS_PER_FILE]:
        log.warning("%s:%d: malformed line", path, lineno)
    if len(bad_lines) > MAX_WARNINGS_PER_FILE:
        log.warning("%s: %d more malformed lines", path, len(bad_lines) - MAX_WARNINGS_PER_FILE)


def ranked(counter, n):
    """The n largest items, ties broken alphabetically so that the output is stable."""
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:n]


def build_report(stats, files, top):
    busiest = ranked(stats.hours, 1)
    return {
        "files": [str(f) for f in files],
        "lines": stats.lines,
        "entries": stats.entries,
        "malformed": stats.malformed,
        "filtered_out": stats.skipped,
        "first": stats.first.isoformat(sep=" ") if stats.first else None,
        "last": stats.last.isoformat(sep=" ") if stats.last else None,
        "levels": {level: stats.levels[level] for level in LEVELS if stats.levels[level]},
        "busiest_hour": {"hour": busiest[0][0], "entries": busiest[0][1]} if busiest else None,
        "top_components": [
            {"component": name, "entries": count, "errors": stats.levels_by_component[name]["ERROR"]
             + stats.levels_by_component[name]["CRITICAL"]}
            for name, count in ranked(stats.components, top)
        ],
        "top_errors": [{"message": msg, "count": count} for msg, count in ranked(stats.errors, top)],
    }


def print_text_report(report):
    print(f"Log summary: {len(report['files'])} file(s), {report['lines']} lines, "
          f"{report['entries']} entries, {report['malformed']} malformed, {report['filtered_out']} filtered out")
    if not report["entries"]:
        print("No matching entries.")
        return
    print(f"Period: {report['first']} .. {report['last']}")
    print()
    print("Entries per level:")
    for level, count in report["levels"].items():
        share = 100 * count / report["entries"]
        print(f"  {level:<9}{count:>7}{share:>8.1f}%")
    hour = report["busiest_hour"]
    print(f"\nBusiest hour: {hour['hour']} ({hour['entries']} entries)")
    print("\nTop components:")
    print("  {:<4}{:<24}{:>8}{:>8}".format("#", "component", "entries", "errors"))
    for rank, row in enumerate(report["top_components"], 1):
        print("  {:<4}{:<24}{:>8}{:>8}".format(f"{rank}.", row["component"], row["entries"], row["errors"]))
    print("\nTop error messages:")
    if not report["top_errors"]:
        print("  (none)")
    for rank, row in enumerate(report["top_errors"], 1):
        message = row["message"] if len(row["message"]) <= 60 else row["message"][:57] + "..."
        print(f"  {rank:>2}. {row['count']:>4}x  {message}")


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(format="%(name)s: %(levelname)s: %(message)s", stream=sys.stderr)
    files, missing = find_log_files(args.paths)
    for name in missing:
        log.error("%s: no such file or directory", name)
    if not files:
        log.error("no log files to analyse")
        return 1
    stats = Stats()
    min_level = LEVELS.index(args.level)
    for path in files:
        try:
            scan_file(path, stats, args.since, min_level)
        except OSError as e:
            log.error("%s: %s", path, e.strerror)
    report = build_report(stats, files, args.top)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_text_report(report)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
