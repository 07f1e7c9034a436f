# __index__, __int__, __float__, __round__, __bool__/__len__ fallback, __call__, __hash__ of numbers
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return f"rounded {n}"

print(int(Num()), float(Num()), round(Num()), round(Num(), 2))
try:
    lst[Num()]
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Sized:
    def __len__(self): return 0
class Truth:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Sized()), bool(Truth()), "yes" if Sized() else "no", not Truth())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5))
try:
    n = 5; n()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    i = 1.0; "abc"[i]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [1][None:"x"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, "a" < "b" <= "b", (1, 2) < (1, 3), [1] < [1, 0])
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    -"x"
except TypeError as e:
    print(type(e).__name__ + ":", e)
