# With no prog= the program name is the basename of sys.argv[0]; parse_args() with no list reads sys.argv[1:] (none here).
import argparse
import sys

p = argparse.ArgumentParser(description='Uses the command line.')
p.add_argument('--level', type=int, default=1)
p.add_argument('files', nargs='*')
print(p.prog)
print(p.parse_args())
print(sys.argv[1:])
p.print_help()
sys.argv[0] = '/usr/local/bin/other-name'
print(argparse.ArgumentParser().prog)
sys.argv[1:] = ['--level', '4', 'a.txt']
print(p.parse_args())
