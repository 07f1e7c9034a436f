# A module run with -m, or imported from a directory on the module path.
import sys

print("greet as", __name__, sys.argv[1:])
