# sys.exit(3): stdout is flushed, nothing on stderr, exit status 3; code after it does not run.
import sys

print("exiting with 3")
sys.exit(3)
print("not reached")
