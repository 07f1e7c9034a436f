# csv.Sniffer.sniff: guessing delimiter, quote character, doublequote and skipinitialspace
import csv

samples = {
    "commas": "a,b,c\n1,2,3\n4,5,6\n",
    "semicolons": "name;age;city\nAnn;30;Rome\nBob;25;Oslo\n",
    "tabs": "x\ty\tz\n1\t2\t3\n",
    "quoted": '"name","comment"\n"Ann","likes, commas"\n"Bob","says ""hi"""\n',
    "single quotes": "'a';'b'\n'c';'d'\n",
    "spaced": "a, b, c\n1, 2, 3\n",
    "pipes": "id|val\n1|x\n2|y\n3|z\n",
    "colons": "k:v\nx:1\ny:2\n",
    "one column quoted": '"alpha"\n"beta"\n',
}
sniffer = csv.Sniffer()
print(sniffer.preferred)
for label, text in samples.items():
    d = sniffer.sniff(text)
    print(f"{label:18} delim={d.delimiter!r} quote={d.quotechar!r} dq={d.doublequote} "
          f"skip={d.skipinitialspace} lt={d.lineterminator!r} quoting={d.quoting} name={d._name}")
    print("   ", list(csv.reader(text.splitlines(), d))[:2])
print(sniffer.sniff("a;b,c\n1;2,3\n", delimiters=";").delimiter)
print(sniffer.sniff("a;b,c\n1;2,3\n", delimiters=",").delimiter)
for bad in ("", "just one line of words", "abc\ndef\n"):
    try:
        sniffer.sniff(bad)
    except csv.Error as e:
        print(repr(bad), type(e).__name__, e)
d = sniffer.sniff("a,b\n1,2\n")
print(issubclass(d, csv.Dialect), d.__name__, d().escapechar)
