# beginner syntax error: an unclosed parenthesis in a print call, reported at the opening bracket
prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}
basket = ["apple", "apple", "bread", "milk"]

total = 0
for item in basket:
    total += prices[item]

discount = 0.1 if total > 3 else 0
print("subtotal:", round(total, 2))
print("total is", (total * (1 - discount))
x = 5
y = x * 2
print(x, y)
print("thanks for shopping")
