# The example tests' shared part (tests/scripts/910_examples/): each runs one of scripts/'s programs as a user
# would, in a fresh working directory holding the files the test wrote there first, and prints its exit status,
# stdout and stderr with that directory shown as <work>. (A folder below the tests, so it is not a test itself.)
import os
import subprocess
import sys
import tempfile

SCRIPTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "scripts")
WORK = tempfile.mkdtemp()
ENV = dict(os.environ, COLUMNS="80")  # argparse wraps its help to the terminal width


def write(relpath, text):
    """Writes `text` to WORK/relpath, making its directories; returns the file's path."""
    path = os.path.join(WORK, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


def example(program):
    """The path of scripts/<program>, and run(*args): runs it in WORK and prints what it did (its process)."""
    path = os.path.join(SCRIPTS, program)

    def run(*args):
        proc = subprocess.run([sys.executable, path, *args], capture_output=True, text=True, cwd=WORK, env=ENV)
        print("$", program, *(arg.replace(WORK, "<work>") for arg in args))
        print("exit status:", proc.returncode)
        for label, text in (("stdout", proc.stdout), ("stderr", proc.stderr)):
            if text:
                print(f"--- {label} ---")
                print(text.replace(WORK, "<work>"), end="" if text.endswith("\n") else "\n")
        print()
        return proc

    return path, run
