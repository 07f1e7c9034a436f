# value patterns with dotted names (enum members, class constants) vs capture patterns, and literal matching rules
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
class Limits:
    LOW = 0
    HIGH = 100
def check(v):
    match v:
        case Color.RED:
            return "red!"
        case Color.GREEN | Color.RED:
            return "green"
        case Limits.LOW | Limits.HIGH:
            return "at a limit"
        case 1.0:
            return "one-ish"
        case -3 | 2 + 1j:
            return "special number"
        case "a" "b":
            return "concatenated ab"
        case b"raw":
            return "raw bytes"
        case other:
            return f"captured {other!r}"
for v in [Color.RED, Color.GREEN, 0, 100, 100.0, 1, True, -3, 2 + 1j, "ab", b"raw", "raw", 50]:
    print(repr(v), "->", check(v))
