# print_help/format_help: usage, wrapped description, sections, help column and epilog; print_usage/format_usage.
import argparse

p = argparse.ArgumentParser(
    prog='tool',
    description='This tool processes input files and writes a report; the description is long enough '
                'that it has to be wrapped over several lines of the help.',
    epilog='Report bugs to nobody.   Extra   spaces   vanish.')
p.add_argument('infile', help='the input file')
p.add_argument('outfile', nargs='?', help='where the report goes')
p.add_argument('-q', '--quiet', action='store_true', help='say less')
p.add_argument('--level', type=int, metavar='N', help='verbosity level')
p.add_argument('--mode', choices=['fast', 'slow'])
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))
print(p.format_help() == p.format_help())
