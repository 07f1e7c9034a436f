# building a text report in a StringIO and checking what a function printed with redirect_stdout
import io
import contextlib
def report(rows, out):
    print(f"{'name':<8}{'qty':>5}", file=out)
    for name, qty in rows:
        print(f"{name:<8}{qty:>5}", file=out)
    print("-" * 13, file=out)
    print(f"{'total':<8}{sum(q for _, q in rows):>5}", file=out)
buf = io.StringIO()
report([("apple", 3), ("pear", 12)], buf)
text = buf.getvalue()
print(text, end="")
print(len(text.splitlines()), "lines")
def noisy():
    print("working...")
    print("done")
    return 7
with contextlib.redirect_stdout(io.StringIO()) as captured:
    result = noisy()
print(result, captured.getvalue().split())
data = io.BytesIO()
for chunk in (b"\x00\x01", b"\x02", bytearray(b"\x03")):
    data.write(chunk)
print(data.getvalue().hex(), len(data.getbuffer()))
io.StringIO(b"bytes")
