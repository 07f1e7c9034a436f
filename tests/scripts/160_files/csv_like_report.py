# Writing and reading a CSV-like file by hand: split, strip, int/float conversion, f-string tables, append mode.
path = "/tmp/weft_test_files_report.csv"
rows = [("apples", 3, 0.5), ("pears", 10, 0.25), ("plums", 7, 1.2)]
with open(path, "w", encoding="utf-8") as f:
    f.write("name,count,price\n")
    for name, count, price in rows:
        f.write(f"{name},{count},{price}\n")
with open(path, "a", encoding="utf-8") as f:
    print("kiwis,4,0.9", file=f)
total = 0.0
with open(path, encoding="utf-8") as f:
    header = f.readline().strip().split(",")
    print(" | ".join(h.upper().ljust(6) for h in header))
    for line in f:
        name, count, price = line.strip().split(",")
        cost = int(count) * float(price)
        total += cost
        print(f"{name:<6} | {int(count):>6} | {float(price):>6.2f} | {cost:7.2f}")
print(f"total {total:.2f}")
with open(path, "rb") as f:
    data = f.read()
print(len(data), data.count(b"\n"), data.splitlines()[0])
