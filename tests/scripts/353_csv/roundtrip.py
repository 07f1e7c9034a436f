# writing tricky values with several dialects and reading them back unchanged
import csv
import io

values = [["plain", "with,comma", 'with "quotes"', "multi\nline", "cr\rlf\r\n", "", " spaced ", "tab\tx"],
          ["é", "日本語", "😀 emoji", "back\\slash", "'single'", ";semi;", "|pipe|", "end"]]
configs = [{}, {"dialect": "unix"}, {"delimiter": ";", "quotechar": "'"},
           {"quoting": csv.QUOTE_ALL, "lineterminator": "\n"},
           {"doublequote": False, "escapechar": "\\"},
           {"delimiter": "|", "quoting": csv.QUOTE_NONNUMERIC}]
for kw in configs:
    buf = io.StringIO()
    csv.writer(buf, **kw).writerows(values)
    text = buf.getvalue()
    back = list(csv.reader(io.StringIO(text, newline=""), **kw))
    print(kw, len(text), back == values)
    if back != values:
        print("  ", back)
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerows([[1, 2.5, "x"], [-3, 1e10, ""]])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
