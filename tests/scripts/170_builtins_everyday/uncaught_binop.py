# uncaught TypeError from a binary operation in a function call: carets mark the operator span
def total(prices, tax):
    return sum(prices) + sum(prices) * tax + "shipping"
print(total([1, 2], 0) if False else "computing")
print(total([10, 20], 0.5))
