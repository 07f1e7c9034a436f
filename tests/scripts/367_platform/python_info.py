# The interpreter side: version strings and tuples follow sys.version_info; the implementation name is a string
import platform
import sys

v = platform.python_version()
t = platform.python_version_tuple()
print(v, t, type(t).__name__)
print(v == "%d.%d.%d" % sys.version_info[:3], tuple(int(x) for x in t) == sys.version_info[:3])
impl = platform.python_implementation()
print(type(impl).__name__, impl.lower() == sys.implementation.name or impl == "CPython")
build = platform.python_build()
print(type(build).__name__, len(build), all(isinstance(x, str) for x in build))
print(type(platform.python_compiler()).__name__, type(platform.python_branch()).__name__,
      type(platform.python_revision()).__name__)
