# RawDescriptionHelpFormatter keeps description/epilog lines; RawTextHelpFormatter keeps argument help lines too.
import argparse

text = '''First line.
    indented line
  Two   spaces   kept.'''
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter):
    p = argparse.ArgumentParser(prog=cls.__name__, formatter_class=cls, description=text,
                                epilog='epilog\n  with indent\n')
    p.add_argument('--opt', help='help line one\n  help line two, indented,   spaced')
    p.add_argument('--long', help='a long help text that would normally be wrapped at the right margin of the help output')
    g = p.add_argument_group('group', 'group\n   description')
    g.add_argument('--g')
    p.print_help()
    print('=' * 20)
