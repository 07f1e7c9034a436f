# pathlib: Path.open in text and binary modes, append, exclusive creation and iteration
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


from pathlib import Path


def main():
    log = Path("events.log")
    with log.open("w") as f:
        print(type(f).__name__, f.name, f.mode)
        f.write("start\n")
    with log.open("a", encoding="utf-8") as f:
        f.write("step 1\nstep 2\n")
    with log.open() as f:
        print([line.rstrip() for line in f])
    with log.open("rb") as f:
        print(type(f).__name__, f.read(5), f.name)
    with log.open("r+") as f:
        f.seek(0, 2)
        f.write("end\n")
    print(log.read_text().splitlines())
    with log.open("rb", buffering=0) as f:
        print(f.read())
    with Path("nl.txt").open("w", newline="\r\n") as f:
        f.write("a\nb\n")
    print(Path("nl.txt").read_bytes())
    with Path("nl.txt").open(newline="") as f:
        print(repr(f.read()))
    with Path("lat.txt").open("w", encoding="latin-1", errors="replace") as f:
        f.write("caf\u00e9 \u2603")
    print(Path("lat.txt").read_bytes())
    for label, action in [("x on existing", lambda: log.open("x")),
                          ("missing r", lambda: Path("nope.txt").open()),
                          ("bad mode", lambda: log.open("rw")),
                          ("binary with encoding", lambda: log.open("rb", encoding="utf-8"))]:
        try:
            action()
        except (OSError, ValueError) as e:
            print(label, "->", type(e).__name__, e)
    with Path("new.txt").open("x") as f:
        f.write("exclusive")
    print(Path("new.txt").read_text())


in_scratch_dir("_tmp_open_modes", main)
