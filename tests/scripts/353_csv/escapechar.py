# escapechar in reading and writing, with and without quoting
import csv
import io

lines = ['a\\,b,c', '"x\\"y",z', 'esc\\\\aped,q', '"in \\\\ quotes",w', 'nl\\', 'next']
print(list(csv.reader(lines, escapechar="\\")))
print(list(csv.reader(lines[:3], escapechar="\\", quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a^,b,"c^"d"'], escapechar="^")))
for kw in ({"escapechar": "\\"}, {"escapechar": "\\", "quoting": csv.QUOTE_NONE},
           {"escapechar": "\\", "doublequote": False}, {"escapechar": "\\", "quoting": csv.QUOTE_ALL},
           {"escapechar": "!", "quoting": csv.QUOTE_NONE, "quotechar": None}):
    buf = io.StringIO()
    csv.writer(buf, **kw).writerow(["a,b", 'q"q', "b\\s", "e!x", "n\nl"])
    print(kw, repr(buf.getvalue()))
