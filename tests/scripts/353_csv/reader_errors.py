# csv.Error while reading: strict mode, stray newlines, non-string lines; the reader recovers afterwards
import csv

def read_all(lines, **kw):
    reader = csv.reader(lines, **kw)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            print(f"  line {reader.line_num}: {type(e).__name__}: {e}")
        else:
            print(f"  line {reader.line_num}: {row}")

print("strict:")
read_all(['"a"b,c', 'ok,1', '"open'], strict=True)
print("lenient:")
read_all(['"a"b,c', 'ok,1', '"open'])
print("stray carriage returns:")
read_all(['a\rb,c', 'x\r\n', 'p,q\r\rr', '"in\rquotes"'])
print("bytes and other objects:")
read_all([b'a,b', 'c,d', 42, None, 'e'])
print("strict with other delimiter:")
read_all(['"x"y;z'], delimiter=';', strict=True)
print(issubclass(csv.Error, Exception), csv.Error.__mro__[1].__name__)
