# An event dispatcher written with match: class patterns on builtin types, mappings with **rest, OR and AS.
class Click:
    __match_args__ = ("x", "y")

    def __init__(self, x, y, button="left"):
        self.x, self.y, self.button = x, y, button


class Key:
    __match_args__ = ("name",)

    def __init__(self, name, mods=()):
        self.name, self.mods = name, mods


def handle(event):
    match event:
        case Click(0, 0):
            return "origin click"
        case Click(x, y, button="right") if x > y:
            return f"right click below diagonal at {x},{y}"
        case Click(x=int(x), y=int(y)):
            return f"click at {x},{y}"
        case Key("q" | "Q") | Key("escape"):
            return "quit"
        case Key(name, mods=(*_, "ctrl")) as k:
            return f"ctrl+{name} ({len(k.mods)} mods)"
        case {"type": "resize", "w": int(w), "h": int(h), **extra}:
            return f"resize {w}x{h} extra={sorted(extra)}"
        case [("move" | "drag") as action, int(dx), int(dy)]:
            return f"{action} by {dx},{dy}"
        case str(text) if text.strip():
            return f"text {text.strip()!r}"
        case _:
            return "ignored"


for e in [Click(0, 0), Click(5, 2, "right"), Click(1, 3), Key("Q"), Key("s", ("shift", "ctrl")), Key("x"),
          {"type": "resize", "w": 80, "h": 24, "dpi": 2}, ["drag", 3, -4], "  hi ", "   ", 42]:
    print(handle(e))
