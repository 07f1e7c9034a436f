# fnmatch.translate: the regular expressions produced for a variety of shell patterns
import fnmatch
import re

patterns = ["*", "**", "*.py", "?", "abc", "a*b*c", "*a*b*", "a**b", "[abc]", "[!abc]", "[a-z]*.txt",
            "file?.[ch]", "[]]", "[!]]", "[", "[!", "x[", "[a-]", "[-a]", "[!-]", "[\\]", "[a\\-z]",
            "[^x]", "[[]", "[&&]", "[~|]", "data.2023-*.log", "space here", "tab\there", "*.*", "per%cent",
            "[z-a]", "[a-c-e]", "[!a-zA-Z0-9_]*", "(x)+{2}", "$HOME/*", "[]-]", "[!]-]"]
for pat in patterns:
    regex = fnmatch.translate(pat)
    print(f"{pat!r:22} {regex}")
    re.compile(regex)
