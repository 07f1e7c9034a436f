# pathlib: a small project report: files per type, line counts, largest files and TODOs
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

SOURCES = {
    "app/__init__.py": "",
    "app/main.py": "import app.util\n\ndef main():\n    # TODO: parse args\n    return 0\n",
    "app/util.py": "def helper(x):\n    return x * 2\n",
    "app/web/views.py": "# TODO: templates\n# TODO: auth\nVIEWS = []\n",
    "tests/test_util.py": "from app.util import helper\n\ndef test():\n    assert helper(2) == 4\n",
    "README.md": "# Demo\n\nA demo project.\n",
    "docs/notes.txt": "remember the milk\n",
    "setup.cfg": "[metadata]\nname = demo\n",
}


def main():
    root = Path("demo")
    for rel, text in SOURCES.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    by_type = {}
    for p in files:
        by_type.setdefault(p.suffix or "<none>", []).append(p.relative_to(root))
    for suffix in sorted(by_type):
        print(f"{suffix:6} {len(by_type[suffix])}: {', '.join(str(p) for p in by_type[suffix])}")
    lines = {p.relative_to(root).as_posix(): len(p.read_text().splitlines()) for p in root.rglob("*.py")}
    print("python lines:", sum(lines.values()), dict(sorted(lines.items())))
    biggest = sorted(files, key=lambda p: (-p.stat().st_size, str(p)))[:3]
    print("largest:", [(p.name, p.stat().st_size) for p in biggest])
    for p in sorted(root.glob("**/*.py")):
        for number, line in enumerate(p.read_text().splitlines(), 1):
            if "TODO" in line:
                print(f"{p.relative_to(root)}:{number}: {line.strip()}")
    packages = sorted(p.parent.relative_to(root) for p in root.rglob("__init__.py"))
    print("packages:", [str(p) for p in packages])
    print("empty:", [p.name for p in files if p.stat().st_size == 0])
    print("test modules:", [p.stem for p in sorted(root.glob("tests/test_*.py"))])


in_scratch_dir("_tmp_project_scan", main)
