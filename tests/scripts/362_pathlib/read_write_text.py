# pathlib: write_text/read_text round trips, encodings, newline handling and errors
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
    notes = Path("notes.txt")
    print(notes.write_text("first line\nsecond line\n"))
    print(repr(notes.read_text()))
    print(notes.write_text("caf\u00e9 \u2603\n", encoding="utf-8"))
    print(repr(notes.read_text(encoding="utf-8")), notes.stat().st_size, notes.read_bytes())
    print(notes.write_text("\u00e9t\u00e9", encoding="latin-1"), notes.read_bytes())
    print(repr(notes.read_text(encoding="utf-8", errors="replace")))
    print(notes.write_text("a\nb\n", newline="\r\n"), notes.read_bytes(), repr(notes.read_text()))
    print(notes.write_text(""), repr(notes.read_text()))
    for label, action in [("bytes data", lambda: notes.write_text(b"raw")),
                          ("int data", lambda: notes.write_text(12)),
                          ("missing file", lambda: Path("missing.txt").read_text()),
                          ("directory", lambda: Path(".").read_text()),
                          ("no such dir", lambda: Path("nodir/x.txt").write_text("x")),
                          ("bad encoding", lambda: notes.read_text(encoding="no-such-codec"))]:
        try:
            action()
        except (TypeError, OSError, LookupError) as e:
            print(label, "->", type(e).__name__, e)
    lines = Path("config.ini")
    lines.write_text("[main]\nname = demo\ndebug = true\n")
    pairs = [l.split(" = ") for l in lines.read_text().splitlines() if " = " in l]
    print(dict(pairs))


in_scratch_dir("_tmp_read_write_text", main)
