# Exceptions with extra state, and __new__ on plain classes.
class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


try:
    raise AppError("bad input", 42)
except AppError as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))


class Node:
    count = 0

    def __new__(cls, *args, **kwargs):
        instance = super().__new__(cls)
        cls.count += 1
        instance.serial = cls.count
        return instance

    def __init__(self, value):
        self.value = value


a, b = Node("a"), Node("b")
print(a.serial, b.serial, a.value, b.value, Node.count)
print(type(object.__new__(Node)).__name__)
try:
    object.__new__(Node, 1)
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
