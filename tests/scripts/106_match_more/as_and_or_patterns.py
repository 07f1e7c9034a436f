# as-patterns and nested or-patterns binding the same names, wildcard vs capture, match on tuples of state
def transition(state, event):
    match (state, event):
        case ("idle", "start" | "resume") as pair:
            return "running", f"from {pair}"
        case ("running", ("pause" | "stop") as ev):
            return ("paused" if ev == "pause" else "idle"), ev
        case (("paused" | "idle") as s, "stop"):
            return "idle", f"already {s}"
        case (s, ("tick" | "tock") as ev) if s != "idle":
            return s, f"{ev} ignored"
        case (s, _):
            return s, "invalid"
state = "idle"
for ev in ["tick", "start", "tock", "pause", "stop", "resume", "stop", "explode"]:
    state, note = transition(state, ev)
    print(f"{ev:8} -> {state:8} ({note})")
match [1, [2, 3]]:
    case [int() as a, [int() as b, *rest] as inner]:
        print(a, b, rest, inner)
match {"k": (1, 2)}:
    case {"k": (x, y) | [x, y]}:
        print("pair", x, y)
