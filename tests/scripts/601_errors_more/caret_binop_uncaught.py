# traceback carets under a failing binary operation inside a longer expression
def price(qty, unit):
    return qty * 2 + unit / 0


values = {"a": 1}
total = values["a"] + 3
print(total)
print(price(total, 2.5))
