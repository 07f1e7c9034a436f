# immutable builtin subclasses via __new__: str with extra attribute, int with custom repr and arithmetic
class Tag(str):
    def __new__(cls, value, kind="plain"):
        obj = super().__new__(cls, value.strip().lower())
        obj.kind = kind
        return obj
t = Tag("  Hello ", kind="greet")
print(repr(t), t.kind, t.upper(), type(t.upper()).__name__, t == "hello")
print(len(t), t + "!", isinstance(t, str), {t: 1}["hello"])
class Cents(int):
    def __new__(cls, amount):
        return super().__new__(cls, round(amount * 100))
    def __repr__(self):
        return f"Cents({int(self)})"
    def __add__(self, other):
        return Cents((int(self) + int(other)) / 100)
a = Cents(1.25)
print(repr(a), a + Cents(0.80), int(a) * 2, type(a * 2).__name__)
print(str(a), f"{a:>6}", a > 100, sorted([Cents(3), Cents(1)]))
