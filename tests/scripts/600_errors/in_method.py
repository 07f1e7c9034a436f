# An uncaught AttributeError raised inside a method called through another method.
class Account:
    def __init__(self, owner):
        self.owner = owner

    def summary(self):
        return f"{self.owner}: {self.balance}"

    def report(self):
        print("report for", self.owner)
        return self.summary()

Account("ann").report()
