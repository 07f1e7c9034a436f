# What a program leaves in buffers reaches its destination when it ends: a text file never closed, a binary file
# never closed, and sys.stdout replaced by a TextIOWrapper over sys.stdout.buffer (CPython flushes sys.stdout at
# exit and each file as it is finalized)
import os
import subprocess
import sys
import tempfile

child = r'''
import io, sys
text = open("text.txt", "w")
text.write("text never closed\n")
data = open("data.bin", "wb")
data.write(b"bytes never closed")
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="latin-1")
print("caf\xe9 through the wrapper")
wrapped = io.TextIOWrapper(open("wrapped.txt", "wb"), encoding="utf-8")
wrapped.write("wrapped, never flushed")
'''

with tempfile.TemporaryDirectory() as work:
    proc = subprocess.run([sys.executable, "-c", child], cwd=work, capture_output=True)
    print(proc.returncode, proc.stdout, proc.stderr)
    for name in sorted(os.listdir(work)):
        with open(os.path.join(work, name), "rb") as f:
            print(name, f.read())
