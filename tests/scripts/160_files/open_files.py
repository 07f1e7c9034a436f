# open(): text and binary files, modes, newline handling, iteration, seek/tell, reprs and CPython's errors.
path = '/tmp/weft_test_files_open.txt'
with open(path, 'w') as f:
    print(repr(f)[:45], f.name, f.mode, f.closed, f.encoding)
    n = f.write('line one\nline two\r\nline three\rend')
    print(n)
    f.writelines(['\nx', 'y\n'])
    print('printed', 1, 2, file=f)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.readline()), repr(f.read(4)), f.tell() > 0, repr(f.readline(3)))
    f.seek(0)
    print(repr(f.readline()))
with open(path, 'rb') as f:
    print(repr(f)[:40], f.read(6), f.readline(), f.mode)
with open(path, 'a') as f:
    f.write('appended\n')
with open(path, 'r+b') as f:
    print(type(f).__name__, f.read()[-9:])
with open(path, 'wb') as f:
    print(type(f).__name__, f.write(b'\x00\x01caf\xc3\xa9'), f.mode)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, encoding='latin-1') as f:
    print(repr(f.read()))
for bad in [lambda: open('/nonexistent/x'), lambda: open(path, 'rw'), lambda: open(path, 'rbt'), lambda: open(path, 'b', encoding='x'),
            lambda: open('/tmp'), lambda: open(path, 'x'), lambda: open(path, encoding='nope'), lambda: open(path, newline='z')]:
    try:
        bad()
    except (OSError, ValueError, LookupError) as e:
        print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
f = open(path, 'w')
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
with open(path, 'w') as f:
    try:
        f.write(b'x')
    except TypeError as e:
        print(e)
