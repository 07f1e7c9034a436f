# SyntaxError: f-string with an unclosed replacement field
user = "ann"
count = 3
print("summary:")
print(f"{user} has {count items")
print("done")
