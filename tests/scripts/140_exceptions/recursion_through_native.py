# Endless recursion that passes through native code (a generator delegating to itself, a sort key, __repr__)
# ends in RecursionError, never a crash.
def g(n):
    yield from g(n + 1)

try:
    list(g(0))
except RecursionError as e:
    print("generator:", type(e).__name__)

def f():
    return sorted([1, 2], key=lambda x: f())

try:
    f()
except RecursionError as e:
    print("sort key:", type(e).__name__)

class A:
    def __repr__(self):
        return repr(self)

try:
    repr(A())
except RecursionError as e:
    print("repr:", type(e).__name__)
print("still running")
