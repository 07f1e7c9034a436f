# File descriptors: subprocess.run with pipes, check_output, Popen + communicate, errors and TimeoutExpired.
import os
import shutil
import tempfile

WORK = tempfile.mkdtemp()


def fd_count():
    return len(os.listdir("/proc/self/fd"))


def check(name, func, times=50):
    """Runs func once to warm up (lazy imports, caches), then `times` more times, and prints how many
    file descriptors are open afterwards that were not open before."""
    func()
    before = fd_count()
    for _ in range(times):
        func()
    print(f"{name}: leaked: {fd_count() - before}")


import subprocess
import sys


def run_capture():
    proc = subprocess.run(["echo", "hello"], capture_output=True, text=True)
    assert proc.stdout == "hello\n"


def run_input():
    proc = subprocess.run(["cat"], input=b"x" * 100000, stdout=subprocess.PIPE)
    assert len(proc.stdout) == 100000


def run_stderr_to_stdout():
    proc = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT)
    assert proc.returncode == 3 and proc.stdout == b"out\nerr\n"


def run_devnull():
    subprocess.run(["cat"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_to_file():
    with open(os.path.join(WORK, "out.txt"), "w") as f:
        subprocess.run(["echo", "to a file"], stdout=f)


def check_output():
    assert subprocess.check_output(["sh", "-c", "echo $((6 * 7))"], text=True) == "42\n"


def check_call_failure():
    try:
        subprocess.run(["sh", "-c", "echo bad >&2; exit 1"], capture_output=True, check=True)
    except subprocess.CalledProcessError as e:
        assert e.returncode == 1 and e.stderr == b"bad\n"


def missing_program():
    try:
        subprocess.run(["/nonexistent/program"], capture_output=True)
    except FileNotFoundError:
        pass


def popen_communicate():
    with subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as p:
        out, err = p.communicate("shout\n")
    assert (out, err, p.returncode) == ("SHOUT\n", "", 0)


def popen_wait_and_close():
    p = subprocess.Popen(["echo", "x"], stdout=subprocess.PIPE)
    p.stdout.read()
    p.stdout.close()
    p.wait()


def popen_pipeline():
    first = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
    second = subprocess.Popen(["sort"], stdin=first.stdout, stdout=subprocess.PIPE)
    first.stdout.close()
    out, _ = second.communicate()
    first.wait()
    assert out == b"a\nb\nc\n"


def timeout_expired():
    try:
        subprocess.run(["sleep", "5"], capture_output=True, timeout=0.05)
    except subprocess.TimeoutExpired:
        pass


def popen_timeout_then_kill():
    p = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        p.communicate(timeout=0.05)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()


def python_child():
    out = subprocess.check_output([sys.executable, "-c", "import sys; print(len(sys.argv))", "a", "b"], text=True)
    assert out == "3\n"


for func in (run_capture, run_input, run_stderr_to_stdout, run_devnull, run_to_file, check_output, check_call_failure,
             missing_program, popen_communicate, popen_wait_and_close, popen_pipeline, python_child):
    check(func.__name__, func, times=20)
for func in (timeout_expired, popen_timeout_then_kill):
    check(func.__name__, func, times=3)
shutil.rmtree(WORK)
