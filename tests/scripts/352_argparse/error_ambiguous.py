# Abbreviated long options: a unique prefix matches, a shared prefix is "ambiguous option: --x could match ...".
import argparse

p = argparse.ArgumentParser(prog='amb')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-file')
p.add_argument('--value', type=int)
print(p.parse_args(['--verb', '--val', '3']))
print(p.parse_args(['--version-f', 'vf', '--valu=4']))
for argv in (['--ver'], ['--v=1'], ['--va', '2']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
q = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
q.add_argument('--verbose', action='store_true')
print(q.parse_known_args(['--verb']))
try:
    q.parse_args(['--verb'])
except SystemExit as e:
    print('exit', e.code)
