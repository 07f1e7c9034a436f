# realistic: a release report formatter combining textwrap (wrapped notes, shortened titles) and pprint (config dump)
import pprint
import textwrap
tickets = [
    {"id": 101, "title": "Crash when parsing deeply nested JSON documents with unusual whitespace", "prio": "high",
     "notes": "Reproduced on 3 machines.  The decoder recursed without a limit; fixed by iterating.  Needs a regression test!"},
    {"id": 87, "title": "Typo in help", "prio": "low", "notes": "Trivial."},
    {"id": 120, "title": "Speed up regular-expression compilation cache for repeated patterns", "prio": "medium",
     "notes": "Cache keyed by (type, pattern, flags). Evicts oldest entries when full; measured 3x improvement on the log benchmark."},
]
config = {"release": "1.4.0", "targets": ["linux-x86_64", "linux-aarch64", "macos-arm64"], "flags": {"lto": True, "debug": False},
          "owners": ("alice", "bob"), "limits": {"max_errors": 10_000, "timeout_s": 30.5}}
WIDTH = 60
print("=" * WIDTH)
print(textwrap.fill("Release notes for version %s. This report lists every closed ticket with its priority and notes." % config["release"], WIDTH))
print("=" * WIDTH)
order = {"high": 0, "medium": 1, "low": 2}
for t in sorted(tickets, key=lambda t: (order[t["prio"]], t["id"])):
    head = f"#{t['id']:<4} [{t['prio']:^6}] "
    print(head + textwrap.shorten(t["title"], WIDTH - len(head), placeholder=" ..."))
    wrapper = textwrap.TextWrapper(width=WIDTH, initial_indent=" " * 6 + "- ", subsequent_indent=" " * 8, fix_sentence_endings=True)
    print(wrapper.fill(t["notes"]))
print("-" * WIDTH)
print("Configuration:")
print(textwrap.indent(pprint.pformat(config, width=WIDTH - 4, underscore_numbers=True), "    "))
summary = {p: [t["id"] for t in tickets if t["prio"] == p] for p in order}
print("Summary:", pprint.pformat(summary, compact=True))
print(textwrap.dedent("""\
    Legend:
      high   - blocks release
      low    - cosmetic
    """), end="")
