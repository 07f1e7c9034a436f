# The error messages raised while defining and using dataclasses.
import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> no error")


def non_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def mutable(kind):
    def make():
        @dataclass
        class A:
            x: kind = kind()
    return make


def no_annotation():
    @dataclass
    class A:
        x: int
        y = field(default=3)


def double_kw_only():
    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY


def order_no_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def initvar_factory():
    @dataclass
    class A:
        x: InitVar[list] = field(default_factory=list)


def overwrite_lt():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def overwrite_setattr():
    @dataclass(frozen=True)
    class A:
        x: int

        def __setattr__(self, name, value):
            pass


def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class A:
        x: int

        def __hash__(self):
            return 1


@dataclass
class P:
    x: int
    y: int


attempt("non-default", non_default)
attempt("list default", mutable(list))
attempt("dict default", mutable(dict))
attempt("set default", mutable(set))
attempt("tuple default", mutable(tuple))
attempt("no annotation", no_annotation)
attempt("double KW_ONLY", double_kw_only)
attempt("order without eq", order_no_eq)
attempt("InitVar factory", initvar_factory)
attempt("overwrite __lt__", overwrite_lt)
attempt("overwrite __setattr__", overwrite_setattr)
attempt("overwrite __hash__", overwrite_hash)
attempt("both defaults", lambda: field(default=1, default_factory=list))
attempt("missing arg", lambda: P())
attempt("missing one", lambda: P(1))
attempt("too many", lambda: P(1, 2, 3))
attempt("unknown kw", lambda: P(1, 2, z=3))
attempt("fields()", lambda: dataclasses.fields(3))
attempt("fields(type)", lambda: dataclasses.fields(int))
attempt("asdict(class)", lambda: dataclasses.asdict(P))
attempt("astuple(1)", lambda: dataclasses.astuple(1))
attempt("replace(1)", lambda: dataclasses.replace(1, x=2))
attempt("weakref_slot", lambda: dataclass(weakref_slot=True)(type("W", (), {})))
attempt("unhashable", lambda: hash(P(1, 2)))
