# snapshot.py diff OLD.json DIR: added, removed, modified and mode-changed files; exit status 1 and 0 like diff(1).
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers"))
from example_runner import WORK, write, example  # noqa: E402

_, run = example("snapshot.py")

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
