# SystemExit can be caught like any exception; a later sys.exit(0) ends the program with status 0.
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
print("still running")
sys.exit(0)
