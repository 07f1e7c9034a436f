# A hand-written JSON parser (recursive descent with position tracking), checked against the json module.
import json


class JSONSyntaxError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg} at line {line} column {col}")
        self.pos = pos


class Parser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise JSONSyntaxError(msg, self.text, self.pos)

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.ws()
        if self.pos != len(self.text):
            self.error("extra data")
        return value

    def value(self):
        self.ws()
        if self.pos >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self):
        self.pos += 1
        out = {}
        self.ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return out
        while True:
            self.ws()
            if self.text[self.pos] != '"':
                self.error("expected key")
            key = self.string()
            self.ws()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            out[key] = self.value()
            self.ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return out
            if ch != ",":
                self.pos -= 1
                self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        out = []
        self.ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return out
            if ch != ",":
                self.pos -= 1
                self.error("expected ',' or ']'")

    def string(self):
        self.pos += 1
        chars = []
        while (ch := self.text[self.pos]) != '"':
            if ch == "\\":
                esc = self.text[self.pos + 1]
                if esc == "u":
                    chars.append(chr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                chars.append(self.ESCAPES[esc])
                self.pos += 2
            else:
                chars.append(ch)
                self.pos += 1
        self.pos += 1
        return "".join(chars)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            self.error(f"unexpected character {self.text[self.pos]!r}")
        return float(token) if any(c in token for c in ".eE") else int(token)


DOCS = [
    '{"a": [1, 2.5, -3e2, true, null], "b": {"c": "x\\ty\\u00e9"}, "d": []}',
    '[{"id": 1, "tags": ["x", "y"]}, {"id": 2, "tags": []}, {}]',
    '  "just a string"  ',
    '{"nested": {"deep": {"deeper": [[[0]]]}}}',
    '{"a": 1 "b": 2}',
    '[1, 2,\n 3 4]',
    '{"k": @}',
]
for doc in DOCS:
    try:
        mine = Parser(doc).parse()
    except JSONSyntaxError as e:
        print("mine:", e, "| json:", end=" ")
        try:
            json.loads(doc)
        except json.JSONDecodeError as je:
            print(je.msg, je.lineno, je.colno)
        continue
    print(mine == json.loads(doc), json.dumps(mine, sort_keys=True))
print(Parser('{"x": [1, {"y": "z"}]}').parse()["x"][1]["y"])
