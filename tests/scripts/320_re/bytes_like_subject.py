# re on bytearray/memoryview subjects: group()/findall/split results are bytes, and the Match repr shows bytes
import re
print(re.match(rb"a", bytearray(b"abc")), re.match(rb".", memoryview(b"xyz")).group())
print(re.findall(rb"\w", bytearray(b"ab")), re.split(rb",", bytearray(b"a,b")), re.sub(rb"a", b"b", bytearray(b"aa")))
