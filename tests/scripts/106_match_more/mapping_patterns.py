# mapping patterns on JSON-like events: required keys, literal values, nested mappings, **rest capture
def handle(event):
    match event:
        case {"type": "click", "pos": {"x": int(x), "y": int(y)}, **extra}:
            return f"click at {x},{y} extra={sorted(extra)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "resize", "size": [w, h]}:
            return f"resize {w}x{h}"
        case {"type": t, **rest} if not rest:
            return f"bare {t}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
events = [{"type": "click", "pos": {"x": 3, "y": 4}, "button": 1, "mods": []},
          {"type": "click", "pos": {"x": 3.5, "y": 4}}, {"type": "key", "key": "a"}, {"type": "key", "key": "F5"},
          {"type": "resize", "size": (800, 600)}, {"type": "focus"}, {"type": "scroll", "dy": 3}, {"other": 1}, [1, 2], "str"]
for e in events:
    print(handle(e))
