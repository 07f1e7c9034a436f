# special methods wrapped in staticmethod or classmethod bind as their descriptors do; seq * obj tries obj.__rmul__
class C:
    @staticmethod
    def __sub__(rhs):
        return f"static sub {rhs}"
    @classmethod
    def __add__(cls, rhs):
        return f"{cls.__name__} add {rhs}"
    @staticmethod
    def __getitem__(item):
        return f"static get {item}"
    @staticmethod
    def __setitem__(item, value):
        print("static set", item, value)
    @staticmethod
    def __delitem__(item):
        print("static del", item)
c = C()
print(c - 1, c + 2, c[3])
c[4] = 5
del c[6]
class Rep:
    def __init__(self, v):
        self.v = v
    def __rmul__(self, other):
        return f"Rep({other!r} * {self.v})"
print("ab" * Rep(2), [1] * Rep(3), (1,) * Rep(4), b"x" * Rep(5))
class Plain:
    pass
for x, y in [("a", Plain()), (Plain(), [1]), ([1], 1.5), ("a", "b")]:
    try:
        x * y
    except TypeError as e:
        print(e)
"ab" * Plain()
