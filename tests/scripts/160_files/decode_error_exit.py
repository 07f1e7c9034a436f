# Reading bytes that are not UTF-8 as text ends in CPython's UnicodeDecodeError.
path = "/tmp/weft_test_files_decode_error.bin"
with open(path, "wb") as f:
    f.write(b"caf\xe9\n")
with open(path, encoding="latin-1") as f:
    print(f.read().strip())
with open(path) as f:
    print(f.read())
