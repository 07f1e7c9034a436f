# SyntaxError: backslash inside an f-string expression (not allowed in 3.11)
rows = ["a", "b", "c"]
print("header")
print(f"rows: {'\n'.join(rows)}")
