# platform.platform(), architecture() and libc_ver() on Linux: how they relate to uname()
import platform
import sys

s = platform.platform()
u = platform.uname()
print(type(s).__name__, s.startswith("Linux-"), u.machine in s, " " not in s)
lib, ver = platform.libc_ver()
print(lib, ver.replace(".", "").isdigit(), s.endswith("-with-" + lib + ver))
print(platform.platform(terse=True) == platform.platform(aliased=True) == s)
print(platform.architecture())
bits, linkage = platform.architecture(sys.executable)
print(bits, linkage)
print(platform.architecture(__file__))  # a text file: bits from the interpreter, no linkage
print(platform.architecture("/no/such/file", "16bit", "X"))
