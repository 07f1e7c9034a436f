# shlex.split in POSIX mode: quotes, escapes, empty strings and unusual whitespace
import shlex

lines = [
    "ls -l /tmp",
    "  leading   and trailing  ",
    "echo 'single quoted $HOME' \"double quoted $HOME\"",
    "a'b'c \"d\"e f'g h'",
    "say \"she said \\\"hi\\\"\" now",
    "path\\ with\\ spaces file",
    "'' \"\" x''y",
    "back\\\\slash 'in single \\ stays' \"in double \\\\ \\$ \\a\"",
    "tabs\tand\nnewlines\r\nmixed",
    "grep -e 'a|b' --count=3 *.txt",
    "café naïve 'ünï cödé'",
    "cmd #not-a-comment-by-default",
    "",
    "   ",
]
for line in lines:
    print(repr(line), "->", shlex.split(line))
