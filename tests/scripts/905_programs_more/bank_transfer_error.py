# A bank ledger with a custom exception hierarchy; a failed transfer is re-raised as a chained error.
from dataclasses import dataclass, field
from decimal import Decimal


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed} more")
        self.account = account
        self.needed = needed


class TransferFailed(BankError):
    pass


@dataclass
class Account:
    owner: str
    balance: Decimal = Decimal("0.00")
    history: list = field(default_factory=list)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, initial="0"):
        acct = self.accounts[owner] = Account(owner)
        acct.deposit(Decimal(initial))
        return acct

    def transfer(self, src, dst, amount):
        amount = Decimal(amount)
        try:
            self.accounts[src].withdraw(amount)
            self.accounts[dst].deposit(amount)
        except InsufficientFunds as e:
            raise TransferFailed(f"transfer {src}->{dst} of {amount} refused") from e

    def report(self):
        for name in sorted(self.accounts):
            a = self.accounts[name]
            print(f"  {name:<6}{a.balance:>10}  ops={len(a.history)}")


bank = Bank()
bank.open("alice", "120.50")
bank.open("bob", "35")
bank.open("carol")
bank.transfer("alice", "bob", "20.25")
bank.transfer("bob", "carol", "50")
try:
    bank.transfer("carol", "alice", "75.10")
except TransferFailed as e:
    cause = e.__cause__
    print("refused:", e, "| cause:", type(cause).__name__, cause.needed)
bank.report()
total = sum(a.balance for a in bank.accounts.values())
print("total", total, type(total).__name__)


def payroll(bank, payments):
    for src, dst, amt in payments:
        bank.transfer(src, dst, amt)
        print("paid", dst, amt)


payroll(bank, [("alice", "carol", "10"), ("carol", "bob", "5.5"), ("bob", "alice", "999")])
