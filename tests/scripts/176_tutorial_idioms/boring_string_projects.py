# Automate the Boring Stuff ch.4-6: comma code, table printer, character count, pig latin, isX validators
def comma_code(items):
    if not items:
        return ''
    if len(items) == 1:
        return items[0]
    return ', '.join(items[:-1]) + ', and ' + items[-1]
print(comma_code(['apples', 'bananas', 'tofu', 'cats']), '|', comma_code(['x']), '|', comma_code([]))

tableData = [['apples', 'oranges', 'cherries', 'banana'],
             ['Alice', 'Bob', 'Carol', 'David'],
             ['dogs', 'cats', 'moose', 'goose']]
colWidths = [max(len(s) for s in col) for col in tableData]
for row in range(len(tableData[0])):
    print(' '.join(tableData[c][row].rjust(colWidths[c]) for c in range(len(tableData))))

message = 'It was a bright cold day in April, and the clocks were striking thirteen.'
count = {}
for character in message:
    count.setdefault(character, 0)
    count[character] = count[character] + 1
import pprint
pprint.pprint(count)

def pig_latin(message):
    VOWELS = ('a', 'e', 'i', 'o', 'u', 'y')
    out = []
    for word in message.split():
        prefix = ''
        while len(word) > 0 and not word[0].isalpha():
            prefix += word[0]; word = word[1:]
        if len(word) == 0:
            out.append(prefix); continue
        suffix = ''
        while not word[-1].isalpha():
            suffix = word[-1] + suffix; word = word[:-1]
        wasUpper, wasTitle = word.isupper(), word.istitle()
        word = word.lower()
        prefixConsonants = ''
        while len(word) > 0 and not word[0] in VOWELS:
            prefixConsonants += word[0]; word = word[1:]
        word += (prefixConsonants + 'ay') if prefixConsonants else 'yay'
        if wasUpper: word = word.upper()
        if wasTitle: word = word.title()
        out.append(prefix + word + suffix)
    return ' '.join(out)
print(pig_latin('My name is AL SWEIGART and I am 4,000 years old.'))
for s in ['hello', 'hello123', '123', 'Hello World', '   ', 'HELLO', 'This Is Title Case', '3.14', '½']:
    print(f'{s!r:22}', s.isalpha(), s.isalnum(), s.isdecimal(), s.isnumeric(), s.isspace(), s.istitle(), s.isupper())
print('Hello'.rjust(10, '*') + '|' + 'Hello'.ljust(10, '-') + '|' + 'Hello'.center(11, '='))
print('  spam  '.strip() + '|', 'SpamSpamBaconSpamEggsSpamSpam'.strip('ampS'), 'Hello, world!'.partition('w'))
print('MyABCnameABCisABCSimon'.split('ABC'), 'Hello world'.startswith('Hello'), 'abc123'.endswith(('12', '23')))
