# assert statements: passing, failing with a message or without, messages evaluated lazily
calls = []
def msg(text):
    calls.append(text)
    return text
def withdraw(balance, amount):
    assert amount > 0, msg(f"amount must be positive, got {amount}")
    assert amount <= balance, msg("insufficient funds")
    return balance - amount
print(withdraw(100, 30), calls)
for amt in (-5, 500):
    try:
        withdraw(100, amt)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert [] 
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 0, ("tuple", "message")
except AssertionError as e:
    print(e.args)
print(calls)
