# A small expression evaluator: a tokenizer, a parser with match statements, and errors with notes.
class Token(tuple):
    def __new__(cls, kind, text):
        return super().__new__(cls, (kind, text))

    @property
    def kind(self):
        return self[0]

    @property
    def text(self):
        return self[1]

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def tokenize(source):
    tokens, i = [], 0
    while i < len(source):
        c = source[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(source) and source[j].isdigit():
                j += 1
            tokens.append(Token("num", source[i:j]))
            i = j
        elif c in "+-*/()":
            tokens.append(Token("op", c))
            i += 1
        else:
            err = SyntaxError(f"unexpected {c!r}")
            err.add_note(f"at position {i} of {source!r}")
            raise err
    return tokens


def evaluate(tokens):
    def expr(pos):
        value, pos = term(pos)
        while pos < len(tokens):
            match tokens[pos]:
                case ("op", "+"):
                    rhs, pos = term(pos + 1)
                    value += rhs
                case ("op", "-"):
                    rhs, pos = term(pos + 1)
                    value -= rhs
                case _:
                    break
        return value, pos

    def term(pos):
        value, pos = atom(pos)
        while pos < len(tokens):
            match tokens[pos]:
                case ("op", "*"):
                    rhs, pos = atom(pos + 1)
                    value *= rhs
                case ("op", "/"):
                    rhs, pos = atom(pos + 1)
                    value /= rhs
                case _:
                    break
        return value, pos

    def atom(pos):
        match tokens[pos]:
            case ("num", text):
                return int(text), pos + 1
            case ("op", "("):
                value, pos = expr(pos + 1)
                return value, pos + 1
            case ("op", "-"):
                value, pos = atom(pos + 1)
                return -value, pos
            case other:
                raise ValueError(f"unexpected {other}")

    return expr(0)[0]


for source in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * (2 - 5)", "7 / 2", "٣ + 1"]:
    print(source, "=", evaluate(tokenize(source)), tokenize(source)[:2])
errors = []
for bad in ["2 $ 3", "1 + * 2"]:
    try:
        evaluate(tokenize(bad))
    except (SyntaxError, ValueError) as e:
        errors.append(e)
        print(type(e).__name__, e, getattr(e, "__notes__", []))
raise ExceptionGroup("evaluation failed", errors)
