# __exit__ raising its own exception chains the body's exception as __context__ (uncaught)
class Transaction:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            print("rollback", self.name)
            raise RuntimeError(f"rollback of {self.name} failed")
        print("commit", self.name)
with Transaction("t1"):
    print("work 1")
with Transaction("t2"):
    print("work 2")
    raise ValueError("constraint violated")
