# SyntaxError: mapping pattern key must be a literal or dotted name, not a capture
config = {"mode": "fast"}
match config:
    case {key: "fast"}:
        print("fast mode via", key)
