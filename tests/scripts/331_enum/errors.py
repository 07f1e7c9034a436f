# error messages: bad lookups, reassigning/deleting members, extending enums, setting value, bad names.
from enum import Enum, IntEnum


def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Color(Enum):
    RED = 1
    GREEN = 2


show(lambda: Color(7))
show(lambda: Color("RED"))
show(lambda: Color["PURPLE"])
show(lambda: Color[1])


def reassign():
    Color.RED = 3


def delete():
    del Color.GREEN


def set_value():
    Color.RED.value = 3


def set_name():
    Color.RED.name = "X"


def del_value():
    del Color.RED.value


show(reassign)
show(delete)
show(set_value)
show(set_name)
show(del_value)
Color.extra = 5
print(Color.extra)
del Color.extra
print(hasattr(Color, "extra"))


def extend():
    class More(Color):
        BLUE = 3


show(extend)


def extend_int():
    class Num(IntEnum):
        ONE = 1

    class MoreNum(Num):
        TWO = 2


show(extend_int)


def bad_sunder():
    class Bad(Enum):
        _foo_ = 1


show(bad_sunder)


def mro_name():
    class Bad(Enum):
        mro = 1


show(mro_name)


def bad_base():
    class Bad(Enum, int):
        A = 1


show(bad_base)
show(lambda: Color.RED < Color.GREEN)
show(lambda: Color.RED + 1)
print(list(Color))
