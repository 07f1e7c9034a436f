# uncaught KeyError from a method call with a multi-line call expression and a note
class Registry:
    def __init__(self):
        self.items = {"a": 1}
    def lookup(self, key):
        try:
            return self.items[key]
        except KeyError as e:
            e.add_note(f"known keys: {sorted(self.items)}")
            raise
r = Registry()
print(r.lookup("a"))
value = r.lookup(
    "missing",
)
