# A text adventure state machine: rooms, an inventory, commands parsed with match statements.
from enum import Enum


class State(Enum):
    PLAYING = "playing"
    WON = "won"
    DEAD = "dead"


ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["knife", "bread"]},
    "library": {"desc": "a quiet library", "exits": {"south": "hall"}, "items": ["key"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": [], "dark": True},
    "vault": {"desc": "the treasure vault", "exits": {}, "items": ["gold"]},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = State.PLAYING
        self.moves = 0

    def here(self):
        return ROOMS[self.room]

    def step(self, line):
        self.moves += 1
        match line.lower().split():
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                return self.go(direction)
            case ["take", item]:
                if item in self.here()["items"]:
                    self.here()["items"].remove(item)
                    self.inventory.append(item)
                    return f"taken: {item}"
                return f"no {item} here"
            case ["drop", *words] if words:
                item = " ".join(words)
                if item not in self.inventory:
                    return f"you have no {item}"
                self.inventory.remove(item)
                self.here()["items"].append(item)
                return f"dropped {item}"
            case ["look"]:
                items = ", ".join(sorted(self.here()["items"])) or "nothing"
                exits = "/".join(sorted(self.here()["exits"]))
                return f"You are in {self.here()['desc']}. You see {items}. Exits: {exits or 'none'}"
            case ["inventory" | "inv" | "i"]:
                return "carrying: " + (", ".join(self.inventory) or "nothing")
            case ["unlock", "door"] if self.room == "cellar" and "key" in self.inventory:
                self.here()["exits"]["through"] = "vault"
                return "the door creaks open"
            case ["unlock", *_]:
                return "you can't unlock that"
            case []:
                self.moves -= 1
                return "say something"
            case [verb, *_]:
                return f"I don't know how to {verb!r}"

    def go(self, direction):
        exits = self.here()["exits"]
        if direction not in exits:
            return f"you can't go {direction}"
        target = exits[direction]
        if ROOMS[target].get("dark") and "lamp" not in self.inventory:
            self.state = State.DEAD
            return "you stumble in the dark and fall. Game over."
        self.room = target
        if target == "vault":
            self.state = State.WON
        return f"-> {target}"


script = ["look", "take lamp", "north", "take key", "take sword", "go south", "east", "take bread",
          "", "inv", "drop bread", "drop sword", "dance wildly", "down", "look", "unlock chest",
          "unlock door", "look", "go through", "look"]
game = Game()
for cmd in script:
    if game.state is not State.PLAYING:
        print(f"(ignored {cmd!r}: game is {game.state.value})")
        continue
    print(f"> {cmd:<14}| {game.step(cmd)}")
print(game.state, game.moves, sorted(game.inventory), ROOMS["kitchen"]["items"])

g2 = Game()
for cmd in ["e", "east", "down"]:
    print(f"> {cmd:<14}| {g2.step(cmd)}")
print(g2.state.name, g2.state == State("dead"))
