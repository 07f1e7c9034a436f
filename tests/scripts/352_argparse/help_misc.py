# Help details: %(prog)s in texts, required options without brackets, an item wider than the line, help to a StringIO.
import argparse
import io

p = argparse.ArgumentParser(prog='misc', description='%(prog)s does things.\n\nSecond paragraph is joined.',
                            epilog='Run %(prog)s --help for this text.')
p.add_argument('--must', required=True, help='a required option')
p.add_argument('--enormous', metavar='AN_EXTREMELY_LONG_METAVAR_NAME_THAT_DOES_NOT_FIT_ON_ANY_LINE_AT_ALL_REALLY')
p.add_argument('--n', nargs=3, type=int, help='three numbers; %(prog)s wants %(nargs)s of them')
p.add_argument('items', nargs='+', metavar='ITEM', help='items\tseparated by\ttabs')
buf = io.StringIO()
p.print_help(buf)
text = buf.getvalue()
print(text.count('\n'), text.endswith('\n'))
print(text, end='')
buf = io.StringIO()
p.print_usage(file=buf)
print(repr(buf.getvalue()))
e = argparse.ArgumentParser(prog='empty', add_help=False)
print(repr(e.format_help()), repr(e.format_usage()))
e.print_help()
