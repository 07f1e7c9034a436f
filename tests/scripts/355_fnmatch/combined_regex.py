# joining several translate() results with '|' into one regex, as some tools do
import fnmatch
import re

ignore = ["*.pyc", "__pycache__", "*.egg-info", ".git*", "build", "*~", "#*#"]
big = re.compile("|".join(fnmatch.translate(p) for p in ignore))
print(big.pattern)
for name in ["mod.pyc", "mod.py", "__pycache__", "pkg.egg-info", ".gitignore", "build", "builder",
             "notes.txt~", "#draft#", "draft#"]:
    print(f"{name:14} {'ignored' if big.match(name) else 'kept'}")
