# Misusing the new features: builtin __new__ on other types, unbound builtin methods, bad type() arguments, cycles through
# builtin-subclass attributes, raising __eq__ and properties inside match; each ends in CPython's error, never a crash.
class L(list): pass
a = L(); a.me = a; a.append(a); del a
class S(str): pass
s = S("x"); s.cycle = [s]; del s
class I(int): pass
i = I(5); i.d = {"self": i}; del i

for f in [lambda: int.__new__(bool, 5), lambda: object.__new__(int), lambda: str.__new__(L), lambda: list.__init__(5),
          lambda: type.__new__(type, 1, (), {}), lambda: type.__new__(type, "X", (1,), {}), lambda: type("X", (), []),
          lambda: memoryview(memoryview(b"ab")), lambda: bytes(memoryview(bytearray(b"q"))), lambda: ExceptionGroup("x", [ValueError()]).derive(5),
          lambda: complex("1+2j+3j"), lambda: complex("((1))"), lambda: "abc".translate(None), lambda: str.maketrans({1.5: 2}),
          lambda: float.fromhex("0x" + "f" * 1000 + "p99999"), lambda: (10**400).to_bytes(2, "big"), lambda: int.from_bytes("x"),
          lambda: open("/tmp", "w"), lambda: open(3.5), lambda: open("/tmp/x", "r", buffering=1, opener=print)]:
    try:
        r = f()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, str(e)[:80])
class M(type):
    def __call__(cls): return 42
class A(metaclass=M): pass
print(A())
class Weird(dict):
    def __eq__(self, o): raise RuntimeError("no")
    __hash__ = None
try:
    print({1: 2} == Weird())
except RuntimeError as e:
    print("RuntimeError", e)
match Weird():
    case {}: print("mapping")
class Bad:
    __match_args__ = ("a",)
    @property
    def a(self): raise KeyError("boom")
try:
    match Bad():
        case Bad(1): pass
except KeyError as e:
    print("KeyError", e)
print("survived")
