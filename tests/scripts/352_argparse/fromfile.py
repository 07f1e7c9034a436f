# fromfile_prefix_chars: '@file' expands to the file's lines (recursively); convert_arg_line_to_args can split lines.
import argparse

with open('/tmp/weft_test_argparse_args.txt', 'w') as f:
    f.write('--name\nfrom file\n-v\n@/tmp/weft_test_argparse_more.txt\n')
with open('/tmp/weft_test_argparse_more.txt', 'w') as f:
    f.write('pos1\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--name')
p.add_argument('-v', action='count')
p.add_argument('items', nargs='*')
print(p.parse_args(['--name', 'cli', '@/tmp/weft_test_argparse_args.txt', 'last']))
print(p.parse_known_args(['first', '@/tmp/weft_test_argparse_args.txt']))
print(p.parse_args(['', '-v']))

class Splitting(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()

with open('/tmp/weft_test_argparse_args.txt', 'w') as f:
    f.write('--name  spaced   -v\n\na b\n')
s = Splitting(prog='split', fromfile_prefix_chars='@+', parents=[p], add_help=False)
print(s.parse_args(['+/tmp/weft_test_argparse_args.txt']))
try:
    p.parse_args(['@/tmp/weft_test_argparse_missing.txt'])
except SystemExit as e:
    print('exit', e.code)
