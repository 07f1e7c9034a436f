# pathlib: hardlink_to, samefile and link counts
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
    original = Path("original.dat")
    original.write_bytes(b"shared contents")
    twin = Path("twin.dat")
    print(twin.hardlink_to(original))
    print(original.stat().st_nlink, twin.stat().st_nlink, twin.read_bytes())
    print(twin.samefile(original), twin.samefile("original.dat"), original.samefile(Path("./original.dat")))
    Path("other.dat").write_bytes(b"shared contents")
    print(original.samefile("other.dat"))
    Path("soft").symlink_to("original.dat")
    print(Path("soft").samefile(original), Path("soft").stat().st_nlink)
    with twin.open("ab") as f:
        f.write(b"!")
    print(original.read_bytes())
    twin.unlink()
    print(original.stat().st_nlink)
    for label, action in [("samefile missing", lambda: original.samefile("ghost")),
                          ("missing samefile", lambda: Path("ghost").samefile(original)),
                          ("hardlink exists", lambda: Path("other.dat").hardlink_to(original)),
                          ("hardlink to missing", lambda: Path("new").hardlink_to("ghost")),
                          ("hardlink to dir", lambda: (Path("d").mkdir(), Path("dl").hardlink_to("d")))]:
        try:
            print(label, "->", action())
        except OSError as e:
            print(label, "->", type(e).__name__, e)


in_scratch_dir("_tmp_hardlink_samefile", main)
