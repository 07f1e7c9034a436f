# FileType: opens files named on the command line ('-' is stdin/stdout); a file that cannot be opened is a usage error.
import argparse
import sys

path = '/tmp/weft_test_argparse_filetype.txt'
p = argparse.ArgumentParser(prog='files')
p.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
p.add_argument('src', type=argparse.FileType('r'), nargs='?', default='-')
args = p.parse_args(['--out', path])
args.out.write('written through FileType\n')
args.out.close()
print(args.src is sys.stdin, args.out.name, args.out.mode)
args = p.parse_args([path])
print(repr(args.src.read()), args.src.name)
args.src.close()
print(p.parse_args(['-', '--out', '-']).out is sys.stdout)
try:
    p.parse_args(['/tmp/weft_test_argparse_no_such_dir/x.txt'])
except SystemExit as e:
    print('exit', e.code)
print(repr(argparse.FileType('a', 1, None, 'replace')))
