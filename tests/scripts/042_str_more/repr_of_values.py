# str() vs repr() of common values: quotes choice, escapes, nested containers, floats, special objects
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "back\\slash", "\x00\x7f\x80", "é€😀",
        "\u200b", "\U0001f600", "\ud800" if False else "ok"]
for v in vals:
    print(repr(v), ascii(v), len(repr(v)))
print(str([1, "a", None]), repr((1,)), repr(()), repr({"k": ("v", 2.0)}), repr({1, 2}), repr(set()), repr(frozenset()))
print(repr(1e16), repr(1e-5), repr(0.1 + 0.2), repr(-0.0), repr(1.0), repr(123456789012345678.0), repr(2.5e-300))
print(str(b"bytes\n"), repr(bytearray(b"x\ty")), repr(range(0, 10, 2)), repr(slice(1, None)), repr(Ellipsis), repr(NotImplemented))
print(repr(complex(1, -2)), repr(1j), repr(complex(-0.0, 0)), repr(True), str(None), repr(type(None)), repr(int))
class Plain: pass
class WithStr:
    def __str__(self): return "as-str"
class WithRepr:
    def __repr__(self): return "WithRepr(1)"
print(str(WithStr()), repr(WithRepr()), str(WithRepr()), [WithRepr(), WithStr().__str__()], f"{WithRepr()}")
print(repr(Plain()).startswith("<__main__.Plain object at 0x"), repr(Plain).split("'")[1])
nested = [1]; nested.append(nested)
d = {}; d["self"] = d
print(nested, d)
