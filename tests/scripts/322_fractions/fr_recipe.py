# Realistic: scale a recipe exactly with Fractions and print kitchen-friendly mixed numbers.
from fractions import Fraction as F

RECIPE = [("flour", "2 1/4", "cup"), ("sugar", "3/4", "cup"), ("butter", "1/2", "cup"),
          ("eggs", "2", ""), ("vanilla", "1 1/2", "tsp"), ("salt", "1/8", "tsp"), ("milk", "2/3", "cup")]

def parse_amount(text):
    return sum((F(part) for part in text.split()), F(0))

def mixed(q):
    whole, rest = divmod(q, 1)
    if not rest:
        return str(whole)
    return f"{whole} {rest}" if whole else str(rest)

def scale(recipe, servings_from, servings_to):
    factor = F(servings_to, servings_from)
    return [(name, parse_amount(amount) * factor, unit) for name, amount, unit in recipe]

for target in (4, 6, 9, 2):
    print(f"--- {target} servings (from 6) ---")
    for name, qty, unit in scale(RECIPE, 6, target):
        nice = qty.limit_denominator(8)
        flag = "" if nice == qty else f"  (exactly {qty})"
        print(f"{name:<8} {mixed(nice):>7} {unit}{flag}")
total_cups = sum(q for _, q, u in scale(RECIPE, 6, 9) if u == "cup")
print("total cups for 9:", total_cups, "=", mixed(total_cups), "~", round(float(total_cups), 3))
tsp_per_cup = 48
print("salt in cups:", F(1, 8) / tsp_per_cup, "| batches from 10 cups flour:",
      F(10) // parse_amount("2 1/4"), "remainder", F(10) % parse_amount("2 1/4"))
