# a repeated keyword argument in a class statement is a SyntaxError detected at compile time
class Meta(type):
    pass
print("never printed")
class Thing(object, metaclass=Meta, metaclass=type):
    pass
