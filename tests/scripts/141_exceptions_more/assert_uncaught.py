# assert statements: passing, failing with a message, caught, and an uncaught one at the end
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, "insufficient funds"
    return balance - amount
print(withdraw(100, 30))
for amt in (-5, 500):
    try:
        withdraw(100, amt)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(repr(e))
assert (1, 2)
print("tuple assertion passed")
withdraw(10, 20)
