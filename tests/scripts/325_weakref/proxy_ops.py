# proxy operators: arithmetic both ways, in-place, comparisons, containers, iteration, conversions
import weakref

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __sub__(self, o): return self.v - o
    def __rsub__(self, o): return o - self.v
    def __mul__(self, o): return self.v * o
    def __neg__(self): return -self.v
    def __abs__(self): return abs(self.v)
    def __invert__(self): return ~self.v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __bool__(self): return self.v != 0
    def __pow__(self, o, m=None): return pow(self.v, o, m)
    def __iadd__(self, o): self.v += o; return self
    def __matmul__(self, o): return ("matmul", self.v, o)
    def __divmod__(self, o): return divmod(self.v, o)
    def __repr__(self): return "Num(%r)" % self.v

n, m = Num(7), Num(2)
p, q = weakref.proxy(n), weakref.proxy(m)
print((p + 1).v, (1 + p).v, (p + q).v, p - 2, 10 - p, p * 3, -p, abs(p), ~p)
print(p < 10, p < q, q < p, p == 7, 7 == p, p == n)
zero = Num(0)
print(int(p), float(p), bool(p), bool(weakref.proxy(zero)), [0, 1, 2, 3, 4, 5, 6, 7, 8][p])
print(hex(p), pow(p, 2), p ** 2, p @ 3)
p += 5
print(type(p).__name__, p, n.v)
try:
    q / 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Bag(list): pass
bag = Bag([3, 1, 2])
bp = weakref.proxy(bag)
print(len(bp), bp[0], 2 in bp, 9 in bp, list(bp), list(reversed(bp)), sorted(bp))
bp[0] = 10; bp.append(4); del bp[1]
print(bag, bp[1:], bp + [5], [0] + bp)
bp += [6]
print(type(bp).__name__, bag)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
it = It()
ip = weakref.proxy(it)
print(next(ip), list(ip))
try:
    next(weakref.proxy(bag))
except TypeError as e:
    print(type(e).__name__ + ":", e)
class D(dict): pass
dd = D(a=1)
dp = weakref.proxy(dd)
dp["b"] = 2
print(dp["a"], sorted(dp), "a" in dp, dp.get("c", 0), str(dp))
# keys and values given to item access are not unwrapped
class Probe(dict):
    pass
key_obj = Num(1)
kp = weakref.proxy(key_obj)
pr = Probe()
prp = weakref.proxy(pr)
prp["v"] = kp
print(type(pr["v"]).__name__, type(prp["v"]).__name__)
