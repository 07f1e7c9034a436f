# An uncaught AttributeError suggests the closest name in dir() of the object.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount


acct = Account("ada", 10)
acct.deposit(5)
for attempt in ("balance", "owner"):
    print(attempt, getattr(acct, attempt))
try:
    acct.Balance
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| obj is acct:", e.obj is acct)
acct.deposti(3)
