# information about the process and machine, printed only as types and ranges
import os

pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getppid() > 0, os.getppid() != pid)
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
for n in (0, 1, 16, 100):
    data = os.urandom(n)
    print(n, type(data).__name__, len(data))
print(os.urandom(32) != os.urandom(32))
for bad in (-1, 'x', 2.5):
    try:
        os.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(os.getuid()).__name__, type(os.getgid()).__name__, os.geteuid() == os.getuid())
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u.sysname == u[0])
times = os.times()
print(type(times).__name__, len(times), times.user >= 0)
