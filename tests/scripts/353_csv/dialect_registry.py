# register_dialect / get_dialect / unregister_dialect / list_dialects
import csv

print(csv.list_dialects())
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
csv.register_dialect("semi", "excel", delimiter=";")
csv.register_dialect("tabby", csv.excel_tab, lineterminator="\n")
print(csv.list_dialects())
for name in ("pipes", "semi", "tabby", "excel", "unix"):
    d = csv.get_dialect(name)
    print(name, type(d).__name__, repr(d.delimiter), repr(d.lineterminator), d.quoting, d.doublequote)
print(list(csv.reader(['a|"b|c"'], "pipes")), list(csv.reader(["x;y"], dialect="semi")))
print(csv.reader([], "semi").dialect is csv.get_dialect("semi"))
csv.register_dialect("semi", delimiter=":")
print(csv.get_dialect("semi").delimiter)
csv.unregister_dialect("semi")
print(csv.list_dialects())
for call in (lambda: csv.get_dialect("semi"), lambda: csv.unregister_dialect("semi"),
             lambda: csv.reader([], "semi"), lambda: csv.register_dialect("x", "nope"),
             lambda: csv.get_dialect(None)):
    try:
        call()
    except csv.Error as e:
        print(type(e).__name__, e)
for call in (lambda: csv.register_dialect(1), lambda: csv.register_dialect("bad", delimiter=""),
             lambda: csv.register_dialect("bad", quoting=9)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print("bad" in csv.list_dialects())
