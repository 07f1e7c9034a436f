# summing numbers read from a CSV row that contains a decimal: int() ValueError escapes
row = "12,7,30,4.5,9"
total = 0
for cell in row.split(","):
    total += int(cell)
    print("running total", total)
print("total", total)
