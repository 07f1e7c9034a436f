# snapshot.py diff OLD.json DIR: added, removed, modified and mode-changed files; exit status 1 and 0 like diff(1).
import os
import shutil
import subprocess
import sys
import tempfile

PROGRAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts', 'snapshot.py')
WORK = tempfile.mkdtemp()
ENV = dict(os.environ, COLUMNS="80")  # argparse wraps its help to the terminal width


def write(relpath, text):
    path = os.path.join(WORK, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


def run(*args):
    """Runs the program in WORK and prints its exit status, stdout and stderr."""
    proc = subprocess.run([sys.executable, PROGRAM, *args], capture_output=True, text=True, cwd=WORK, env=ENV)
    print("$ snapshot.py", *(arg.replace(WORK, "<work>") for arg in args))
    print("exit status:", proc.returncode)
    for label, text in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        if text:
            print(f"--- {label} ---")
            print(text.replace(WORK, "<work>"), end="" if text.endswith("\n") else "\n")
    print()
    return proc


def chmod(relpath, mode):
    os.chmod(os.path.join(WORK, relpath), mode)


write("site/index.html", "<h1>Hello</h1>\n")
write("site/style.css", "body { color: black; }\n")
write("site/js/app.js", "console.log('v1');\n")
write("site/js/old.js", "// unused\n")
write("site/deploy.sh", "#!/bin/sh\nrsync -a . server:/srv\n")
for name in ("index.html", "style.css", "js/app.js", "js/old.js", "deploy.sh"):
    chmod("site/" + name, 0o644)

run("take", "site", "-o", "before.json")
run("diff", "before.json", "site")

# the same size but different content, a permission change, a new directory and a removed file
write("site/js/app.js", "console.log('v2');\n")
chmod("site/deploy.sh", 0o755)
write("site/img/logo.svg", "<svg/>\n")
chmod("site/img/logo.svg", 0o644)
os.remove(os.path.join(WORK, "site", "js", "old.js"))
write("site/style.css", "body { color: black; background: white; }\n")
chmod("site/style.css", 0o600)
run("diff", "before.json", "site")
run("diff", "-q", "before.json", "site")
run("diff", "before.json", os.path.join(WORK, "site"))

# back to the original state: no differences again
write("site/js/app.js", "console.log('v1');\n")
write("site/js/old.js", "// unused\n")
write("site/style.css", "body { color: black; }\n")
os.remove(os.path.join(WORK, "site", "img", "logo.svg"))
for name in ("js/old.js", "deploy.sh", "style.css"):
    chmod("site/" + name, 0o644)
run("diff", "before.json", "site")
shutil.rmtree(WORK)
