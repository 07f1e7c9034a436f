# __exit__ raising its own exception replaces the body's one, which becomes __context__
class Transaction:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            print("rollback", self.name, repr(ev))
            raise RuntimeError(f"rollback of {self.name} failed")
        print("commit", self.name)
with Transaction("t1"):
    print("work 1")
try:
    with Transaction("t2"):
        print("work 2")
        raise ValueError("constraint violated")
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))
try:
    with Transaction("t3"), Transaction("t4"):
        raise KeyError("inner")
except Exception as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
