# sys.argv: the script is argv[0] and no further arguments are given.
import sys

print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith("sys_argv.py"))
print(type(sys.argv).__name__)
