# types: the built-in type names match the objects they were taken from
import types
import sys

def f():
    return 1
async def co():
    return 2
def gen():
    yield 1
class C:
    def m(self):
        pass
def outer():
    x = 1
    def inner():
        return x
    return inner

checks = [
    ("FunctionType", f), ("LambdaType", lambda: 0), ("CodeType", f.__code__), ("GeneratorType", gen()),
    ("MethodType", C().m), ("BuiltinFunctionType", len), ("BuiltinMethodType", [].append),
    ("ModuleType", sys), ("CellType", outer().__closure__[0]), ("NoneType", None),
    ("NotImplementedType", NotImplemented), ("EllipsisType", ...), ("GenericAlias", list[int]),
    ("UnionType", int | None), ("FrameType", sys._getframe()),
    ("WrapperDescriptorType", object.__init__), ("MethodWrapperType", object().__str__),
    ("MethodDescriptorType", str.join), ("ClassMethodDescriptorType", dict.__dict__["fromkeys"]),
]
for name, obj in checks:
    print(name, isinstance(obj, getattr(types, name)))
c = co()
print("CoroutineType", isinstance(c, types.CoroutineType), types.CoroutineType.__name__)
c.close()

for name in ["FunctionType", "CodeType", "GeneratorType", "MethodType", "BuiltinFunctionType", "ModuleType",
             "CellType", "NoneType", "NotImplementedType", "EllipsisType", "GenericAlias", "UnionType",
             "FrameType", "SimpleNamespace", "MappingProxyType"]:
    print(name, getattr(types, name))
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(f, types.BuiltinFunctionType), isinstance(len, types.FunctionType))
print(types.ModuleType.__name__, types.__name__, types.FunctionType.__name__)
print(dict[str, int], list[int].__origin__ is list)
print(isinstance(int | str, types.UnionType), (int | str).__args__)
print("SimpleNamespace" in types.__all__, "new_class" in types.__all__, "_sys" in types.__all__)
