# beginner syntax error: function body not indented (IndentationError: expected an indented block)
words = ["hello", "python", "world"]

def count_letters(word):
    counts = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    return counts

def shout(word):
return word.upper() + "!"

for w in words:
    print(count_letters(w))
    print(shout(w))
print("finished")
