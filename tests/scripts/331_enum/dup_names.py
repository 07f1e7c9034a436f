# redefining a member name in the class body is an error: "'A' already defined as 1".
from enum import Enum


def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split(" as <")[0])


def twice():
    class C(Enum):
        A = 1
        A = 2
    return list(C)


def method_over_member():
    class C(Enum):
        A = 1

        def A(self):
            pass
    return list(C)


def member_over_method():
    class C(Enum):
        def A(self):
            pass
        A = 1
    return list(C)


show(twice)
show(method_over_member)
show(member_over_method)
