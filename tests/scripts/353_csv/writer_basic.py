# csv.writer: minimal quoting, return values of writerow, None and non-string fields
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["name", "note", "value"]))
print(w.writerow(["plain", "has,comma", 1]))
print(w.writerow(["quote", 'say "hi"', 2.5]))
print(w.writerow(["newline", "two\nlines", None]))
print(w.writerow(["cr", "a\rb", True]))
print(w.writerow(["spaces", "  padded  ", -0.0]))
print(w.writerow([]))
print(w.writerow([""]))
print(w.writerow([None]))
print(w.writerow(["", ""]))
print(w.writerow("abc"))
print(w.writerow((x * x for x in range(4))))
print(w.writerows([[1, 2], ["x", "y"]]))
print(repr(buf.getvalue()))
print(buf.getvalue(), end="")
