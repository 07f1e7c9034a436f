# pathlib: glob/rglob pattern errors, raised when the generator starts
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
    Path("f.txt").touch()
    g = Path().glob("")
    print(type(g).__name__, "(no error yet)")
    cases = [("glob('')", lambda: Path().glob("")),
             ("glob('/etc')", lambda: Path().glob("/etc")),
             ("rglob('/etc/*')", lambda: Path().rglob("/etc/*")),
             ("glob('a**')", lambda: Path().glob("a**")),
             ("glob('**x/*')", lambda: Path().glob("**x/*")),
             ("rglob('x/**y')", lambda: Path().rglob("x/**y")),
             ("glob('.')", lambda: Path().glob(".")),
             ("glob('missing/**')", lambda: Path("missing").glob("**/*.py")),
             ("glob on a file", lambda: Path("f.txt").glob("*"))]
    for label, make in cases:
        try:
            print(label, "->", list(make()))
        except (ValueError, NotImplementedError, IndexError) as e:
            print(label, "->", type(e).__name__, e)
    try:
        list(Path().glob(None))
    except ValueError as e:
        print("glob(None) -> ValueError", e)


in_scratch_dir("_tmp_glob_errors", main)
