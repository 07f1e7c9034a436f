"""Build a sales report from CSV files.

Each input file has a header row and the columns date,region,product,units,unit_price, for example

    date,region,product,units,unit_price
    2024-01-15,North,Widget,12,3.50

Rows that cannot be used (bad date, unknown columns, non-positive units, malformed prices...) are reported on
stderr with their file name and line number and left out of the totals. The report shows revenue per region
and per month and a table of the best-selling products; all money is computed with decimal.Decimal.

Usage:
    python3 csv_report.py [--top N] [--region REGION] [--out REPORT.csv] [--strict] FILE...

--out also writes the totals as CSV (section,key,units,revenue). The exit status is 0 on success, 1 when no
valid row was found or (with --strict) when any row was rejected, and 2 on usage errors.
"""

import argparse
import csv
import sys
from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

REQUIRED_COLUMNS = ("date", "region", "product", "units", "unit_price")
CENT = Decimal("0.01")


class RowError(ValueError):
    """A row that fails validation."""


class Totals:
    """Units and revenue accumulated under some key."""

    __slots__ = ("units", "revenue")

    def __init__(self):
        self.units = 0
        self.revenue = Decimal("0.00")

    def add(self, units, revenue):
        self.units += units
        self.revenue += revenue


def parse_row(row):
    """Validates one DictReader row; returns (date, region, product, units, revenue)."""
    if None in row or any(row.get(column) is None for column in REQUIRED_COLUMNS):
        raise RowError("wrong number of fields")
    try:
        day = date.fromisoformat(row["date"].strip())
    except ValueError:
        raise RowError(f"invalid date {row['date']!r}") from None
    region = " ".join(row["region"].split())
    product = " ".join(row["product"].split())
    if not region or not product:
        raise RowError("empty region or product")
    try:
        units = int(row["units"])
    except ValueError:
        raise RowError(f"invalid units {row['units']!r}") from None
    if units <= 0:
        raise RowError(f"units must be positive, not {units}")
    try:
        price = Decimal(row["unit_price"].strip())
    except InvalidOperation:
        raise RowError(f"invalid unit price {row['unit_price']!r}") from None
    if not price.is_finite() or price < 0 or price.as_tuple().exponent < -2:
        raise RowError(f"invalid unit price {row['unit_price']!r}")
    revenue = (units * price).quantize(CENT, rounding=ROUND_HALF_UP)
    return day, region, product, units, revenue


class Report:
    def __init__(self, region_filter=None):
        self.region_filter = region_filter
        self.by_region = defaultdict(Totals)
        self.by_month = defaultdict(Totals)
        self.by_product = defaultdict(Totals)
        self.total = Totals()
        self.rows = 0
        self.rejected = 0

    def read(self, path):
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                print(f"{path}: missing column(s): {', '.join(missing)}", file=sys.stderr)
                self.rejected += 1
                return
            for row in reader:
                try:
                    day, region, product, units, revenue = parse_row(row)
                except RowError as e:
                    print(f"{path}:{reader.line_num}: {e}", file=sys.stderr)
                    self.rejected += 1
                    continue
                if self.region_filter and region.casefold() != self.region_filter.casefold():
                    continue
                self.rows += 1
                self.total.add(units, revenue)
                self.by_region[region].add(units, revenue)
                self.by_month[day.strftime("%Y-%m")].add(units, revenue)
                self.by_product[product].add(units, revenue)

    def top_products(self, n):
        return sorted(self.by_product.items(), key=lambda item: (-item[1].revenue, item[0]))[:n]

    def share(self, amount):
        if not self.total.revenue:
            return Decimal("0.0")
        return (amount * 100 / self.total.revenue).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def print_table(title, key_name, items, total):
    print(title)
    print("{:<16}{:>8}{:>16}".format(key_name, "Units", "Revenue"))
    print("-" * 40)
    for key, totals in items:
        print("{:<16}{:>8}{:>16}".format(key, totals.units, f"{totals.revenue:,.2f}"))
    print("-" * 40)
    print("{:<16}{:>8}{:>16}".format("TOTAL", total.units, f"{total.revenue:,.2f}"))
    print()


def print_report(report, files, top):
    print(f"Sales report: {len(files)} file(s), {report.rows} row(s) used, {report.rejected} rejected")
    if report.region_filter:
        print(f"Region filter: {report.region_filter}")
    print()
    print_table("Revenue by region", "Region", sorted(report.by_region.items()), report.total)
    print_table("Revenue by month", "Month", sorted(report.by_month.items()), report.total)
    print(f"Top {top} products by revenue")
    print(f"{'#':>3}  {'Product':<20}{'Units':>7}{'Revenue':>14}{'Share':>8}")
    for rank, (product, totals) in enumerate(report.top_products(top), 1):
        print(f"{rank:>3}  {product:<20.20}{totals.units:>7}{totals.revenue:>14,.2f}{report.share(totals.revenue):>7}%")


def write_csv(report, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["section", "key", "units", "revenue"])
        for section, table in (("region", report.by_region), ("month", report.by_month),
                               ("product", report.by_product)):
            for key, totals in sorted(table.items()):
                writer.writerow([section, key, totals.units, totals.revenue])
        writer.writerow(["total", "", report.total.units, report.total.revenue])


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def build_parser():
    parser = argparse.ArgumentParser(description="Summarise sales records (date,region,product,units,unit_price).")
    parser.add_argument("files", nargs="+", metavar="FILE", help="CSV file with a header row")
    parser.add_argument("--top", type=positive_int, default=5, metavar="N", help="products to list (default: 5)")
    parser.add_argument("--region", help="only count rows of this region (case-insensitive)")
    parser.add_argument("--out", metavar="REPORT.csv", help="also write the totals to this CSV file")
    parser.add_argument("--strict", action="store_true", help="fail (exit status 1) if any row is rejected")
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    report = Report(args.region)
    for path in args.files:
        try:
            report.read(path)
        except OSError as e:
            parser.exit(1, f"{parser.prog}: error: cannot read {path}: {e.strerror}\n")
    if report.rows == 0:
        print("no valid sales records found", file=sys.stderr)
        return 1
    print_report(report, args.files, args.top)
    if args.out:
        try:
            write_csv(report, args.out)
        except OSError as e:
            parser.exit(1, f"{parser.prog}: error: cannot write {args.out}: {e.strerror}\n")
        print(f"\nTotals written to {args.out}")
    if args.strict and report.rejected:
        print(f"{report.rejected} row(s) rejected (--strict)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
