# '--' ends the options: later strings are positionals even when they look like options; only the first '--' is dropped.
import argparse

p = argparse.ArgumentParser(prog='dd')
p.add_argument('--opt')
p.add_argument('-f', action='store_true')
p.add_argument('args', nargs='*')
print(p.parse_args(['--', '-f', '--opt', 'x']))
print(p.parse_args(['a', '--', 'b', '--', 'c']))
print(p.parse_args(['-f', '--']))
try:
    p.parse_args(['--opt', '--', 'x'])
except SystemExit as e:
    print('exit', e.code)
q = argparse.ArgumentParser(prog='dd2')
q.add_argument('one')
q.add_argument('two', nargs='?')
print(q.parse_args(['--', '-x']))
print(q.parse_args(['a', '--', '-y']))
print(q.parse_known_args(['--', 'a', 'b', 'c']))
