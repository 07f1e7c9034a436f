# recursion: deep but legal recursion, RecursionError caught, mutual recursion, memoized recursion
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__ + ":", e)
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __repr__(self): return f"{self.v}->{self.nxt!r}"
print(Node(1, Node(2, Node(3))))
l = [1]
l.append(l)
print(l, repr(l))
d = {"self": None}
d["self"] = d
print(d)
print(sys.getrecursionlimit())
