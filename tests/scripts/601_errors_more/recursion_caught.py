# RecursionError from unbounded recursion is catchable and the program continues
import sys

def down(n):
    return down(n + 1)

class R:
    def __repr__(self):
        return repr(self)

for f in [lambda: down(0), lambda: repr(R())]:
    try:
        f()
    except RecursionError as e:
        print(type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__)
print(isinstance(RecursionError(), RuntimeError))
print(sys.getrecursionlimit() > 100)

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 50)
