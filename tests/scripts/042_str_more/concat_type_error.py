# building a report line with str + int: TypeError escapes (typical user mistake)
orders = [("pens", 3), ("paper", 10)]
total = 0
for item, qty in orders:
    total += qty
    print("item: " + item + " x" + str(qty))
print("Total items: " + total)
