# fnmatch.filter on a project listing: picking source files, tests and build artefacts
import fnmatch

listing = """src/main.py src/util.py src/util.pyc src/__init__.py tests/test_main.py tests/test_util.py
tests/conftest.py build/lib/main.py build/temp.o docs/index.rst docs/api.rst setup.cfg setup.py
README.md LICENSE .gitignore Makefile src/data/schema.json""".split()

rules = {
    "python sources": "*.py",
    "tests": "tests/test_*.py",
    "top-level": "[!/]*[!/]",
    "compiled": "*.py[co]",
    "build output": "build/*",
    "docs": "docs/*.rst",
    "dotfiles": ".*",
    "json under src": "src/*/*.json",
    "upper-case names": "[A-Z]*",
}
for label, pat in rules.items():
    print(f"{label:16} {pat:18} {fnmatch.filter(listing, pat)}")
print(fnmatch.filter(iter(["a.c", "b.h", "c.c"]), "*.c"))
print(fnmatch.filter((), "*"), fnmatch.filter(["x"], ""))
top = [n for n in listing if "/" not in n]
print(sorted(set(listing) - set(fnmatch.filter(listing, "*/*"))) == sorted(top))
