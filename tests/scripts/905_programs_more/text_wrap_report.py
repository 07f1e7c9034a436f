# Formatting a book catalogue: textwrap, pprint of nested data, str alignment helpers and unicode-aware text.
import textwrap
import pprint
import unicodedata

BOOKS = [
    {"title": "Cien años de soledad", "author": "Gabriel García Márquez", "year": 1967,
     "blurb": "The multi-generational story of the Buendía family, whose patriarch founds the town of Macondo."},
    {"title": "Straße der Ölsardinen", "author": "John Steinbeck", "year": 1945,
     "blurb": "Life among the down-and-out residents of Cannery Row in Monterey, California during the Great Depression."},
    {"title": "Ἰλιάς", "author": "Homer", "year": -750,
     "blurb": "An epic poem set during the Trojan War."},
]


def slug(text):
    norm = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in norm if not unicodedata.combining(c))
    return "-".join("".join(ch if ch.isalnum() else " " for ch in ascii_only.casefold()).split())


def year_label(y):
    return f"{-y} BC" if y < 0 else str(y)


for book in sorted(BOOKS, key=lambda b: b["year"]):
    header = f"{book['title']} ({year_label(book['year'])})"
    print(header)
    print("=" * len(header))
    print(textwrap.fill(book["blurb"], width=40, initial_indent="  ", subsequent_indent="  "))
    print("  by", book["author"].upper(), "| slug:", slug(book["title"]))
    print(textwrap.shorten(book["blurb"], width=30, placeholder=" [...]"))
    print()

catalogue = {b["author"].split()[-1]: {"title": b["title"], "words": len(b["blurb"].split()),
                                       "chars": sorted(set(b["title"].lower()) - set(" "))[:6]} for b in BOOKS}
pprint.pprint(catalogue, width=60, sort_dicts=True)
print(pprint.pformat(list(range(30)), width=50, compact=True))
code = textwrap.dedent("""
    def greet(name):
        return f"hi {name}"
""").strip()
print(textwrap.indent(code, "| ", lambda line: True))
for word in ["straße", "ΣΊΣΥΦΟΣ", "ǅemal", "ﬁne"]:
    print(f"{word!r:>10} upper={word.upper()!r} lower={word.lower()!r} casefold={word.casefold()!r} title={word.title()!r}")
print([unicodedata.name(c) for c in "é€"], unicodedata.category("Ω"), len("ﬁ".upper()))
print("|".join(s.center(9, "·") for s in ["a", "bb", "ccc"]), "x".zfill(4), "-42".zfill(6))
