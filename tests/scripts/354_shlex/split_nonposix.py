# shlex.split(posix=False): quotes are kept, escapes are not special
import shlex

for line in ["ls -l /tmp", "echo 'single quoted' \"double\"", "a'b'c \"d\"e", "path\\ with\\ spaces",
             "'' \"\"", "say \"in \\\" quote", "x=1 y='two words' z", "c:\\dir\\file.txt arg"]:
    print(repr(line))
    print("  posix:    ", shlex.split(line) if "\\\"" not in line else "(skipped)")
    print("  non-posix:", shlex.split(line, posix=False))
