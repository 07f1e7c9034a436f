# ClassVar pseudo-fields: typing.ClassVar objects and 'ClassVar[...]' string annotations are not fields.
import sys
import dataclasses
from dataclasses import dataclass, field, fields

try:
    import typing
    from typing import ClassVar
except ImportError:  # weft has no typing module yet: stand in the pieces dataclasses looks at
    class _GenericAlias:
        __module__ = "typing"

        def __init__(self, origin, arg):
            self.__origin__ = origin

    class typing:
        class ClassVar:
            def __class_getitem__(cls, item):
                return _GenericAlias(cls, item)

    sys.modules["typing"] = typing
    ClassVar = typing.ClassVar


@dataclass
class Counter:
    name: str
    instances: ClassVar[int] = 0
    limit: "ClassVar[int]" = 10
    unit: "typing.ClassVar[str]" = "pcs"
    plain: ClassVar = "bare"
    count: int = 0

    def __post_init__(self):
        Counter.instances += 1


a = Counter("a")
b = Counter("b", 3)
print(a, b, Counter.instances, Counter.limit, Counter.unit, Counter.plain)
print([f.name for f in fields(Counter)], sorted(Counter.__dataclass_fields__))
print(Counter.__match_args__, Counter.__doc__)
print(Counter.__dataclass_fields__["limit"]._field_type)
print(a == Counter("a"), Counter.__dataclass_fields__["unit"].type)

try:
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__ + ":", e)

try:
    @dataclass
    class Bad2:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print(type(e).__name__ + ":", e)


@dataclass
class MutableClassVar:
    registry: ClassVar[list] = []
    key: str = ""


MutableClassVar.registry.append("ok")
print(MutableClassVar(), MutableClassVar.registry)

# a string annotation only counts when the name is typing.ClassVar in the class's module
D = dataclasses.make_dataclass("D", [("x", "ClassVar[int]", field(default=1))])
print(D(), [f.name for f in fields(D)])
