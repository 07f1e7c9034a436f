# re: idioms people write — emails, dates, key=value pairs, tokenizers with named groups, case-insensitive search
import re
text = "Contact ann@example.com or bob.smith@mail.co.uk; call 555-1234 on 2026-12-05 or 05/12/2026."
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"\b\d{3}-\d{4}\b", text), re.search(r"(\d{4})-(\d{2})-(\d{2})", text).groups())
print(re.sub(r"(\d{2})/(\d{2})/(\d{4})", r"\3-\2-\1", text))
config = "name = weft\nversion=1.5\n# comment\n  debug =  true  \n"
print(dict(re.findall(r"^\s*(\w+)\s*=\s*(.*?)\s*$", config, re.M)))
TOKEN = re.compile(r"(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=])|(?P<ws>\s+)|(?P<bad>.)")
tokens = [(m.lastgroup, m.group()) for m in TOKEN.finditer("x = 3.5 * (y + 42) $") if m.lastgroup != "ws"]
print(tokens)
print(re.search(r"python", "I like PYTHON", re.I).group(), re.findall(r"(?i)the", "The theme of the Thesis"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.sub(r"\s+", " ", "  too   many\tspaces \n").strip())
print(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", "Grace Hopper") is not None, re.fullmatch(r"\d+", "12a"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"\b(\w)(\w*)\1\b", "anna bob civic dad"))
print([m.span() for m in re.finditer(r"\bis\b", "this is it, is it?")], re.escape("1+1=2?"))
html = '<a href="/x">X</a> <a href="https://y.org">Y</a>'
print(re.findall(r'<a href="([^"]+)">([^<]*)</a>', html))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", "this is is a test test test"))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", camel).lower())
