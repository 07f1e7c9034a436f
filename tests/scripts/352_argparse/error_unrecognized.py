# Leftover strings: parse_args reports "unrecognized arguments: ..."; parse_known_args returns them instead.
import argparse

p = argparse.ArgumentParser(prog='unrec')
p.add_argument('--known')
p.add_argument('pos')
print(p.parse_known_args(['a', 'b', '--other', '--known', 'k', '-z', 'c']))
print(p.parse_known_args(['--known=1', 'x', '--', '--y']))
for argv in (['a', 'b', 'c'], ['a', '--nope'], ['a', '--nope=3', '-q']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
