# Batch job error handling: notes on exceptions, context vs cause, traceback formatting and an ExceptionGroup.
import traceback


class JobError(Exception):
    pass


class RetryableError(JobError):
    pass


def parse_row(row):
    name, qty, price = row.split(",")
    return name.strip(), int(qty), float(price)


def process(rows):
    results, errors = [], []
    for lineno, row in enumerate(rows, 1):
        try:
            results.append(parse_row(row))
        except ValueError as e:
            e.add_note(f"while parsing line {lineno}: {row!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} bad rows", errors)
    return results


def cleanup(resource):
    raise RuntimeError(f"could not close {resource}")


def run_with_cleanup():
    try:
        1 / 0
    finally:
        try:
            cleanup("db")
        except RuntimeError as e:
            print("cleanup failed:", e, "| context:", repr(e.__context__))


try:
    run_with_cleanup()
except ZeroDivisionError as e:
    print("job failed:", e)

rows = ["apple, 3, 0.5", "pear, x, 0.75", "fig, 2", "kiwi, 10, 0.2"]
try:
    process(rows)
except* ValueError as eg:
    print(eg.message, len(eg.exceptions))
    for exc in eg.exceptions:
        print(" -", type(exc).__name__, exc, exc.__notes__)

try:
    try:
        {"a": 1}["b"]
    except KeyError as e:
        raise JobError("lookup step failed") from e
except JobError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines, type(e.__cause__).__name__, e.__context__ is e.__cause__)

eg = ExceptionGroup("batch", [RetryableError("net"), JobError("fatal"), RetryableError("timeout")])
retry, rest = eg.split(RetryableError)
print([str(x) for x in retry.exceptions], [str(x) for x in rest.exceptions])
print(eg.subgroup(lambda e: "t" in str(e)).exceptions)

err = ValueError("bad value")
err.add_note("hint: values must be positive")
err.add_note("see docs")
print("".join(traceback.format_exception_only(ValueError, err)), end="")
print(process(["a,1,2", "b,3,4.5"]))
process(["ok, 1, 1.0", "broken", "x, 1, y"])
