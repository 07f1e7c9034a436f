# subprocess, blocking: run() with capture, input, check, timeout, cwd and env; Popen with pipes, communicate,
# wait, poll, returncode; check_output and check_call; the errors and their messages
import os
import subprocess
import sys
import tempfile

py = sys.executable

r = subprocess.run([py, "-c", "print('out'); import sys; print('err', file=sys.stderr)"], capture_output=True)
print(type(r).__name__, r.returncode, r.stdout, r.stderr, r.args[1:])
r = subprocess.run([py, "-c", "import sys; sys.exit(3)"])
print(r.returncode, r.stdout, r.stderr)
print(repr(subprocess.run(["true"])))
r = subprocess.run([py, "-c", "import sys; print(sys.stdin.read().upper())"], input="hello\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run([py, "-c", "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read()[::-1])"], input=b"abc", stdout=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run("echo shell $((1 + 2))", shell=True, stdout=subprocess.PIPE, text=True)
print(repr(r.stdout))
r = subprocess.run([py, "-c", "import sys; print('x', file=sys.stderr)"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run([py, "-c", "print('quiet')"], stdout=subprocess.DEVNULL)
print(r.stdout)

with tempfile.TemporaryDirectory() as work:
    r = subprocess.run([py, "-c", "import os; print(os.path.basename(os.getcwd()) == os.path.basename(os.environ['WORK']))"],
                       cwd=work, env={"WORK": work, "PATH": os.environ.get("PATH", "")}, capture_output=True, text=True)
    print(r.stdout.strip())
    with open(os.path.join(work, "out.txt"), "w") as f:
        subprocess.run([py, "-c", "print('into a file')"], stdout=f)
    print(open(os.path.join(work, "out.txt")).read(), end="")

try:
    subprocess.run([py, "-c", "import sys; print('partial'); sys.exit(2)"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.output, e.stdout, e.stderr)
    print(str(e).replace(py, "PY"))
try:
    subprocess.run([py, "-c", "import time; time.sleep(5)"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    # CPython reports the time left when its wait gave up (a hair under the timeout): shown to a tenth
    print("TimeoutExpired", round(e.timeout, 1), str(e).replace(py, "PY").replace(str(e.timeout), str(round(e.timeout, 1))))
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename, e)
try:
    subprocess.run([py, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"], check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, str(e).replace(py, "PY"))

print(subprocess.check_output([py, "-c", "print(6 * 7)"]))
print(subprocess.check_output([py, "-c", "print('text')"], text=True), end="")
print(subprocess.check_call([py, "-c", "pass"]))
print(subprocess.call([py, "-c", "raise SystemExit(4)"]))
print(subprocess.getoutput("echo got; exit 1"), subprocess.getstatusoutput("echo status; exit 5"))

p = subprocess.Popen([py, "-c", "import sys\nfor line in sys.stdin: print(line.strip()[::-1], flush=True)"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.poll(), p.returncode, type(p.pid).__name__, p.args[1])
out, err = p.communicate("abc\ndef\n")
print(repr(out), err, p.returncode, p.poll(), p.wait())

with subprocess.Popen([py, "-c", "print('line 1'); print('line 2')"], stdout=subprocess.PIPE) as p:
    for line in p.stdout:
        print("read", line)
print(p.returncode)
p = subprocess.Popen([py, "-c", "import time; time.sleep(10)"])
p.terminate()
print(p.wait())
p = subprocess.Popen([py, "-c", "import time; time.sleep(10)"])
p.kill()
print(p.wait())
try:
    subprocess.Popen([py, "-c", "import time; time.sleep(10)"]).wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout)
print(subprocess.list2cmdline(["a b", "c"]), subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
