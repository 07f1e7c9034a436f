# An everyday script: write a small text file, then count its lines, words and letters.
path = "/tmp/weft_test_files_word_count.txt"
text = """The quick brown fox
jumps over the lazy dog.

It was the best of times, it was the worst of times.
"""
with open(path, "w", encoding="utf-8") as out:
    out.write(text)
counts = {}
lines = words = 0
with open(path, encoding="utf-8") as src:
    for line in src:
        lines += 1
        for word in line.split():
            word = word.strip(".,").lower()
            words += 1
            counts[word] = counts.get(word, 0) + 1
print(lines, words)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:>6} {n}")
with open(path, "rb") as raw:
    data = raw.read()
print(len(data), data[:9], data.count(b"\n"))
