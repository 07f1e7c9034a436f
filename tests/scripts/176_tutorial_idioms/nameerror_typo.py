# beginner mistake: misspelled variable name produces NameError with a "Did you mean" suggestion
shopping_list = ["eggs", "milk", "bread"]
prices = {"eggs": 2.5, "milk": 1.2, "bread": 3.0}
total_items = 0
total_cost = 0.0
for item in shopping_list:
    total_items += 1
    total_cost += prices[item]
    print(f"{total_items}. {item:<6} ${prices[item]:.2f}")
print(f"Total: ${total_cost:.2f}")

def summary(items):
    return ", ".join(sorted(items))

print("Summary:", summary(shopping_list))
print("Items:", len(shoping_list))
