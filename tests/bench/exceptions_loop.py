# exceptions_loop: exceptions raised and caught in loops: a small hierarchy of custom exception classes with
# extra attributes, try/except/else/finally, except clauses with tuples and `as`, re-raising, `raise ... from`
# with __cause__ inspection, exceptions crossing several frames, and built-in KeyError/IndexError/ValueError.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__("bad input at %d" % pos)
        self.text = text
        self.pos = pos


class RangeError(AppError):
    def __init__(self, value):
        super().__init__(value)
        self.value = value


class Retry(Exception):
    pass


def parse(text):
    total = 0
    for pos, ch in enumerate(text):
        if not ch.isdigit():
            raise ParseError(text, pos)
        total = total * 10 + ord(ch) - 48
    return total


def checked(value):
    if value > 5000:
        raise RangeError(value)
    return value


def deep(n, fail):
    if n == 0:
        if fail:
            raise Retry(fail)
        return 1
    return deep(n - 1, fail) + 1


def convert(text):
    try:
        return checked(parse(text))
    except ParseError as e:
        raise ValueError("cannot convert") from e


def main():
    inputs = []
    for i in range(90000):
        s = str(i * 37 % 9000)
        if i % 7 == 0:
            s = s[:1] + "x" + s[1:]
        inputs.append(s)

    ok = bad = big = cleanup = positions = causes = 0
    for s in inputs:
        try:
            v = convert(s)
        except ValueError as e:
            bad += 1
            if isinstance(e.__cause__, ParseError):
                causes += 1
                positions += e.__cause__.pos
        except AppError as e:
            big += 1
            positions += e.value % 10
        else:
            ok += v % 100
        finally:
            cleanup += 1
    print("convert:", ok, bad, big, cleanup, positions, causes)

    table = {i: i * i for i in range(0, 1000, 3)}
    items = list(range(100))
    misses = hits = 0
    for i in range(180000):
        try:
            hits += table[i % 1000]
        except KeyError:
            misses += 1
        try:
            hits += items[i % 130]
        except (IndexError, TypeError):
            misses += 1
    print("builtin:", hits, misses)

    retried = depth = 0
    for i in range(30000):
        attempts = 0
        while True:
            try:
                depth += deep(6, attempts < i % 3)
                break
            except Retry:
                attempts += 1
                retried += 1
    print("retry:", retried, depth)

    reraised = 0
    for i in range(75000):
        try:
            try:
                if i % 2:
                    raise RangeError(i)
                raise ParseError("t", i)
            except RangeError:
                raise
            except AppError as e:
                raise RangeError(e.pos) from None
        except RangeError as e:
            reraised += e.value & 15
            if e.__suppress_context__:
                reraised += 1
    print("reraise:", reraised)
    msg = ""
    try:
        convert("12a4")
    except ValueError as e:
        msg = "%s / %s / %s" % (e, e.__cause__, type(e.__cause__).__name__)
    print(msg)


main()
