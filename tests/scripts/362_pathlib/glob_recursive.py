# pathlib: glob with ** and rglob over a small source tree (sorted)
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
    files = ["setup.py", "src/app/__init__.py", "src/app/core.py", "src/app/util/helpers.py", "src/app/util/data.json",
             "tests/test_core.py", "tests/fixtures/sample.json", "docs/index.md", "docs/api/app.md"]
    for f in files:
        p = Path(f)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"# {f}\n")
    show = lambda it: sorted(str(p) for p in it)
    print(show(Path().glob("**")))
    print(show(Path().glob("**/*.py")))
    print(show(Path("src").glob("**/*.py")))
    print(show(Path().glob("src/**/util")))
    print(show(Path().glob("**/util/*")))
    print(show(Path().glob("**/*.json")))
    print(show(Path().glob("**/**/*.md")))
    print(show(Path().rglob("*.md")))
    print(show(Path("src").rglob("*")))
    print(show(Path().rglob("app")))
    print(show(Path().rglob("util/*.py")))
    print(show(Path("docs").rglob("")))
    # a file count per top-level folder, the way a project report would do it
    for top in sorted(p for p in Path().iterdir() if p.is_dir()):
        print(top, sum(1 for p in top.rglob("*") if p.is_file()))


in_scratch_dir("_tmp_glob_recursive", main)
