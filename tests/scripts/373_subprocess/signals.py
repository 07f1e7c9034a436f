# signal: handlers for SIGINT/SIGTERM/SIGUSR1 run at the next bytecode boundary, the previous handler is returned,
# default_int_handler raises KeyboardInterrupt, alarm() fires SIGALRM, SIG_IGN ignores, getsignal, Signals names
import os
import signal
import time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))
print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGUSR1), signal.Signals(15).name, signal.SIG_DFL, signal.SIG_IGN)

got = []


def handler(signum, frame):
    got.append((signal.Signals(signum).name, frame is not None))


previous = signal.signal(signal.SIGUSR1, handler)
print(previous)
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(3):
    pass
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)

signal.signal(signal.SIGTERM, handler)
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(0.01)
print(got[-1])

try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raised")

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored SIGUSR2")


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout(f"alarm {signum}")


signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1), signal.alarm(0) in (0, 1))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        time.sleep(0.01)
except Timeout as e:
    print("Timeout", e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError", e)
try:
    signal.signal(99999, handler)
except ValueError as e:
    print("ValueError", e)
try:
    signal.signal(signal.SIGUSR1, 42)
except TypeError as e:
    print("TypeError", e)
print(signal.strsignal(signal.SIGTERM), sorted(s.name for s in signal.valid_signals() if getattr(s, "name", None) in ("SIGINT", "SIGTERM")))
