# pathlib: write_bytes/read_bytes with bytes-like objects, and write_bytes' TypeError
import os


def remove_tree(top):
    """Delete a directory tree (shutil is not available): links are removed, never followed."""
    for entry in os.scandir(top):
        if entry.is_dir(follow_symlinks=False):
            remove_tree(entry.path)
        else:
            os.unlink(entry.path)
    os.rmdir(top)


def in_scratch_dir(name, body):
    if os.path.lexists(name):
        remove_tree(name)
    os.mkdir(name)
    os.chdir(name)
    try:
        body()
    finally:
        os.chdir("..")
        remove_tree(name)


from pathlib import Path


def main():
    blob = Path("data.bin")
    print(blob.write_bytes(b"\x00\x01\x02\xff"), blob.read_bytes())
    print(blob.write_bytes(bytearray(b"abc")), blob.read_bytes())
    print(blob.write_bytes(memoryview(b"0123456789")[2:5]), blob.read_bytes())
    print(blob.write_bytes(b""), blob.read_bytes(), blob.stat().st_size)
    blob.write_bytes(bytes(range(256)))
    data = blob.read_bytes()
    print(len(data), data[:4], data[-4:], type(data).__name__)
    for bad in ["text", 42, None, [1, 2]]:
        try:
            blob.write_bytes(bad)
        except TypeError as e:
            print(type(bad).__name__, "->", e)
    print(blob.read_bytes()[:3], "(unchanged after the failed writes)")
    try:
        Path("nowhere/x.bin").read_bytes()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)


in_scratch_dir("_tmp_read_write_bytes", main)
