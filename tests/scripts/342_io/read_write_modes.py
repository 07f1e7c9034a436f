# Files opened for reading and writing: w+, r+, a+ and w+b, writing after reading (CPython's text layer writes after the
# chunk it read ahead), seeking from the end, truncate, and reading a closed file
import tempfile
os_dir = tempfile.mkdtemp()
import os
os.chdir(os_dir)
import io
with open("rw.txt", "w+") as f:
    f.write("line one\nline two\n")
    print(f.tell())
    f.seek(0)
    print(f.readline(), end="")
    f.write("appended?\n")
    f.seek(0)
    print(f.read())
with open("rw.txt", "r+") as f:
    print(f.read(4))
    f.seek(0, 2)
    f.write("end\n")
print(open("rw.txt").read())
with open("rw.txt", "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(len(f.read()))
with open("rw.bin", "w+b") as f:
    f.write(b"0123456789")
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.write(b"AB")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
print(open("rw.bin", "rb").read())
f = open("rw.txt")
print(f.readlines()[-1], f.read(), f.readline())
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
os.remove("rw.txt"); os.remove("rw.bin")
os.chdir("/")
os.rmdir(os_dir)
