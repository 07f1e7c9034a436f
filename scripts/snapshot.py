"""Take snapshots of a directory tree and compare them.

A snapshot records, for every regular file under a directory, its size, permission bits and SHA-256 digest.
Symbolic links are skipped (neither followed nor recorded).

Usage:
    python3 snapshot.py take DIR [-o SNAP.json]     write a snapshot of DIR (to stdout without -o)
    python3 snapshot.py diff OLD.json NEW.json      compare two snapshots
    python3 snapshot.py diff OLD.json DIR           compare a snapshot with the current state of DIR

diff prints one line per difference ("A" added, "D" removed, "M" modified, "P" permissions changed) and a
summary. Like diff(1), it exits with status 0 when there are no differences, 1 when there are some and 2 on
trouble (unreadable or invalid snapshot, missing directory).
"""

import argparse
import hashlib
import json
import os
import stat
import sys
from datetime import datetime, timezone

FORMAT_VERSION = 1
CHUNK_SIZE = 64 * 1024


class SnapshotError(Exception):
    """A problem that makes the command fail with exit status 2."""


def file_digest(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def scan_tree(root):
    """Returns {relative posix path: {"size", "mode", "sha256"}} for the regular files under root."""
    if not os.path.isdir(root):
        raise SnapshotError(f"{root}: not a directory")
    files = {}
    errors = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        # os.walk does not descend into symlinked directories by default; drop them from the listing and sort
        # the rest in place so that the walk order (and the JSON) does not depend on the file system.
        dirnames[:] = sorted(d for d in dirnames if not os.path.islink(os.path.join(dirpath, d)))
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            try:
                st = os.lstat(path)
                if not stat.S_ISREG(st.st_mode):
                    continue
                digest = file_digest(path)
            except OSError as e:  # vanished or unreadable since the directory was listed
                errors.append(e)
                continue
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            files[rel] = {"size": st.st_size, "mode": f"{stat.S_IMODE(st.st_mode):04o}", "sha256": digest}
    for error in errors:
        print(f"snapshot.py: warning: cannot read {error.filename}: {error.strerror}", file=sys.stderr)
    return dict(sorted(files.items()))


def take_snapshot(root):
    return {
        "version": FORMAT_VERSION,
        "root": os.path.abspath(root),
        "taken_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "files": scan_tree(root),
    }


def load_snapshot(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        raise SnapshotError(f"{path}: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise SnapshotError(f"{path}: not a snapshot (invalid JSON at line {e.lineno})") from None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION or not isinstance(data.get("files"), dict):
        raise SnapshotError(f"{path}: not a version {FORMAT_VERSION} snapshot")
    return data


def compare(old_files, new_files):
    """Returns a sorted list of (code, path, detail) tuples."""
    changes = []
    for path in old_files.keys() - new_files.keys():
        changes.append(("D", path, ""))
    for path in new_files.keys() - old_files.keys():
        changes.append(("A", path, f"{new_files[path]['size']} bytes"))
    for path in old_files.keys() & new_files.keys():
        old, new = old_files[path], new_files[path]
        if old["sha256"] != new["sha256"] or old["size"] != new["size"]:
            detail = "content changed" if old["size"] == new["size"] else f"size {old['size']} -> {new['size']}"
            changes.append(("M", path, detail))
        if old["mode"] != new["mode"]:
            changes.append(("P", path, f"mode {old['mode']} -> {new['mode']}"))
    return sorted(changes, key=lambda change: (change[1], change[0]))


def summarise(changes):
    labels = {"A": "added", "D": "removed", "M": "modified", "P": "mode changed"}
    counts = {code: 0 for code in labels}
    for code, _, _ in changes:
        counts[code] += 1
    return ", ".join(f"{counts[code]} {label}" for code, label in labels.items())


def cmd_take(args):
    snapshot = take_snapshot(args.dir)
    text = json.dumps(snapshot, indent=2) + "\n"
    total = sum(entry["size"] for entry in snapshot["files"].values())
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{len(snapshot['files'])} files, {total} bytes -> {args.output}")
    return 0


def cmd_diff(args):
    old = load_snapshot(args.old)
    if os.path.isdir(args.new):
        new_files = scan_tree(args.new)
    else:
        new_files = load_snapshot(args.new)["files"]
    changes = compare(old["files"], new_files)
    if not args.quiet:
        for code, path, detail in changes:
            print(f"{code} {path}" + (f"  ({detail})" if detail else ""))
        if changes:
            print(f"{len(changes)} change(s): {summarise(changes)}")
        else:
            print(f"no differences ({len(new_files)} files)")
    return 1 if changes else 0


def build_parser():
    parser = argparse.ArgumentParser(prog="snapshot.py", description="Snapshot a directory tree and compare snapshots.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    take = commands.add_parser("take", help="record the files under DIR")
    take.add_argument("dir", metavar="DIR", help="directory to snapshot")
    take.add_argument("-o", "--output", metavar="FILE", help="write the snapshot to FILE instead of stdout")
    take.set_defaults(handler=cmd_take)

    diff = commands.add_parser("diff", help="compare a snapshot with another snapshot or a directory")
    diff.add_argument("old", metavar="OLD", help="earlier snapshot (JSON)")
    diff.add_argument("new", metavar="NEW", help="later snapshot (JSON) or a directory")
    diff.add_argument("-q", "--quiet", action="store_true", help="print nothing, only set the exit status")
    diff.set_defaults(handler=cmd_diff)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except SnapshotError as e:
        print(f"snapshot.py: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
