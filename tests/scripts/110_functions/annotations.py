# Annotations are accepted and ignored at run time: wrong-typed arguments still work.
def scale(x: int, factor: float = 2.0) -> float:
    return x * factor

print(scale(3), scale("ab", 2))
count: int = 5
label: str
print(count)

def nothing() -> None:
    pass

print(nothing())
def pair(a: "any", b: list = []) -> tuple:
    return (a, len(b))
print(pair(1))
