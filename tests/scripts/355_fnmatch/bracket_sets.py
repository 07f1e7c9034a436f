# fnmatch: character classes, negation, ranges, empty and reversed ranges, unmatched brackets
from fnmatch import fnmatchcase

cases = [
    ("[abc]", "a b d"), ("[!abc]", "a d -"), ("[a-c]", "a b c d"), ("[!a-c]", "a d"),
    ("[]]", "] a"), ("[!]]", "] a"), ("[]a]", "] a b"), ("[a-]", "a - b"), ("[-a]", "- a b"),
    ("[z-a]", "z a m"), ("[!z-a]", "z a m"), ("[a-c-e]", "a b - d e"), ("[\\]", "\\ a"),
    ("[^x]", "^ x y"), ("[[]", "[ ]"), ("[", "["), ("[ab", "[ab a"), ("[&~|]", "& ~ | x"),
    ("[0-9][0-9]", "42 4x 123"), ("[!.]*", ".bashrc bashrc"), ("[*?]", "* ? x"),
]
for pat, words in cases:
    print(f"{pat:10}", {w: fnmatchcase(w, pat) for w in words.split()})
