# pathlib: symlink_to, readlink, is_symlink and how broken or looping links look to the is_*() tests
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
    Path("target.txt").write_text("payload")
    Path("dir").mkdir()
    Path("to_file").symlink_to("target.txt")
    Path("to_dir").symlink_to(Path("dir"), target_is_directory=True)
    Path("broken").symlink_to("no/such/thing")
    Path("self_loop").symlink_to("self_loop")
    Path("chain").symlink_to("to_file")
    print(f"{'name':10} exists is_file is_dir is_symlink")
    for name in ["target.txt", "dir", "to_file", "to_dir", "broken", "self_loop", "chain", "absent"]:
        p = Path(name)
        print(f"{name:10} {p.exists()!s:6} {p.is_file()!s:7} {p.is_dir()!s:6} {p.is_symlink()}")
    for name in ["to_file", "to_dir", "broken", "self_loop", "chain"]:
        print(name, "->", repr(Path(name).readlink()))
    print(Path("chain").read_text(), Path("to_dir").resolve().name, Path("chain").resolve().name)
    for label, action in [("readlink of a file", lambda: Path("target.txt").readlink()),
                          ("readlink missing", lambda: Path("absent").readlink()),
                          ("symlink over existing", lambda: Path("to_file").symlink_to("x")),
                          ("read broken", lambda: Path("broken").read_text()),
                          ("stat loop", lambda: Path("self_loop").stat())]:
        try:
            action()
        except OSError as e:
            print(label, "->", type(e).__name__, e)
    print(Path("broken").lstat().st_size == len("no/such/thing"))
    Path("to_file").unlink()
    print(Path("target.txt").exists(), Path("to_file").exists(), Path("chain").is_symlink(), Path("chain").exists())


in_scratch_dir("_tmp_symlinks", main)
