# textbook recursion: factorial, hanoi, permutations, flatten, binary search, memoized fib, power set
import functools
import sys
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print([factorial(n) for n in range(8)], factorial(30))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves), " ".join(moves))
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i+1:])]
print(permutations("abc"))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
def bsearch(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch(xs, target, mid + 1, hi)
    return bsearch(xs, target, lo, mid - 1)
data = list(range(0, 100, 7))
print([bsearch(data, t) for t in (0, 49, 98, 50)])
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), sys.getrecursionlimit() >= 1000)
def count_down(n):
    return count_down(n - 1)
try:
    count_down(5)
except RecursionError as e:
    print("RecursionError:", e)
