# SyntaxError: **rest in a mapping pattern must come last
event = {"type": "click", "x": 1}
match event:
    case {**rest, "type": "click"}:
        print(rest)
