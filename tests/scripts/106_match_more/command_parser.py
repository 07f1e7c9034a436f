# match on split command lines: sequence patterns with literals, captures, star, or-patterns and guards
def run(line):
    match line.split():
        case []:
            return "empty"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"unknown direction {other!r}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["drop", item, "into", container]:
            return f"{item} -> {container}"
        case [verb, *_] if verb.startswith("#"):
            return "comment"
        case [verb, *rest]:
            return f"unknown verb {verb} ({len(rest)} args)"
for cmd in ["", "q", "go north", "go up", "take lamp key rope", "take", "drop coin into well", "# note here", "dance wildly now"]:
    print(repr(cmd), "->", run(cmd))
