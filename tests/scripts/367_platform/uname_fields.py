# platform.uname(): six string fields (processor last), agreeing with os.uname() and the single-field functions
import os
import platform

u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print(all(isinstance(x, str) for x in (u.system, u.node, u.release, u.version, u.machine, u.processor)))
print(u.system, platform.system(), u.system == os.uname().sysname)
print(u.node == os.uname().nodename == platform.node())
print(u.release == os.uname().release == platform.release(), u.version == platform.version())
print(u.machine == os.uname().machine == platform.machine(), u.processor == platform.processor() == u[5])
print(u[0] == u.system, u[-2] == u.machine, u[1:3] == (u.node, u.release))
print(platform.uname() is u, list(u._asdict())[:3], len(u._asdict()))
r = platform.uname_result("Plan9", "host", "4", "#1", "mips")
print(r)
print(r.system, r.machine, r._replace(node="other").node)
try:
    platform.uname_result("only", "two")
except TypeError as e:
    print(type(e).__name__)
try:
    r._replace(colour="red")
except ValueError as e:
    print(e)
