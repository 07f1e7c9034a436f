# Opening a missing file ends the program with CPython's FileNotFoundError report.
print("before")
with open("/nonexistent-dir/weft/missing.txt") as f:
    print(f.read())
