# pathlib: rename and replace return the new path; rename refuses some targets
import os


def remove_tree(top):
    """Delete a directory tree (shutil is not available): links are removed, never followed."""
    for entry in os.scandir(top):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(top)


def in_scratch_dir(name, body):
    if os.path.lexists(name):
        remove_tree(name)
    os.mkdir(name)
    os.chdir(name)
    try:
        body()
    finally:
        os.chdir("..")
        remove_tree(name)


from pathlib import Path, PurePosixPath


def main():
    Path("in").mkdir()
    draft = Path("in/draft.txt")
    draft.write_text("v1")
    final = draft.rename("in/final.txt")
    print(repr(final), draft.exists(), final.read_text())
    moved = final.rename(Path("moved.txt"))
    print(repr(moved), moved.exists())
    Path("other.txt").write_text("v2")
    result = Path("other.txt").replace(moved)
    print(repr(result), result.read_text(), Path("other.txt").exists())
    print(repr(result.rename(PurePosixPath("pure.txt"))))
    Path("x.txt").write_text("x")
    print(repr(Path("x.txt").replace("in/x.txt")))
    for label, action in [("missing source", lambda: Path("ghost").rename("g2")),
                          ("into missing dir", lambda: Path("pure.txt").rename("no/dir/p.txt")),
                          ("dir over file", lambda: Path("in").replace("pure.txt")),
                          ("bad target type", lambda: Path("pure.txt").rename(5))]:
        try:
            action()
        except (OSError, TypeError) as e:
            print(label, "->", type(e).__name__, e)
    # numbered backups: log -> log.1 -> log.2
    log = Path("app.log")
    for generation in range(3):
        for n in (2, 1):
            older = log.with_suffix(f".log.{n}")
            if older.exists():
                older.replace(log.with_suffix(f".log.{n + 1}"))
        if log.exists():
            log.rename(log.with_suffix(".log.1"))
        log.write_text(f"generation {generation}\n")
    for p in sorted(Path(".").glob("app.log*")):
        print(p, repr(p.read_text()))


in_scratch_dir("_tmp_rename_replace", main)
