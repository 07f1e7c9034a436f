# from __future__ import annotations: annotations kept as text (functions, classes, module), the __future__ module
from __future__ import annotations
import __future__

def f(a: int, b: list[str] = [], *args: tuple[int, ...], c: "quoted" = 1, **kw: dict[str,  int]) -> None | int:
    pass

class C:
    x: int
    y: Optional[C] = None
    z: dict[str,
            list[int]] = {}
    def m(self) -> C: ...

print(f.__annotations__)
print(C.__annotations__, C.y)
print(C.m.__annotations__)
print(__future__.annotations, __future__.all_feature_names[:3], __future__.annotations.getOptionalRelease())
undefined_name: NotDefinedAnywhere = 5
print(__annotations__)
