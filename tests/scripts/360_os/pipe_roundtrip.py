# os.pipe: bytes written to one end come out of the other
import os

r, w = os.pipe()
print(type(r).__name__, type(w).__name__, r != w)
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
for chunk in [b'first line\n', b'second line\n']:
    os.write(w, chunk)
print(os.read(r, 6))
print(os.read(r, 100))
os.write(w, 'ünïcode'.encode())
print(os.read(r, 100).decode())
os.close(w)
print(os.read(r, 10), os.read(r, 10))
os.close(r)
print('closed', os.isatty(r))
r, w = os.pipe()
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.close(r)
try:
    os.write(w, b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e)
os.close(w)
