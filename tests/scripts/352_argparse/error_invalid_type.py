# A conversion that fails is a usage error: "argument X: invalid T value: 'v'" on stderr after the usage, exit status 2.
import argparse

p = argparse.ArgumentParser(prog='conv')
p.add_argument('--count', type=int)
p.add_argument('-r', '--ratio', type=float)
p.add_argument('num', type=int, nargs='?')
p.add_argument('--c', type=complex)
for argv in (['--count', 'abc'], ['-r', '1.5x'], ['x1'], ['--c', 'j j'], ['--count', '3', '4']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
