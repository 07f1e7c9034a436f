# sys.exit("msg"): the message goes to stderr and the exit status is 1; finally blocks run on the way out.
import sys

try:
    print("about to exit")
    sys.exit("fatal: something went wrong")
finally:
    print("finally runs")
