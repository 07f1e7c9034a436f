# docs tutorial ch.3: string literals, concatenation, indexing, slicing, immutability error at the end
print('spam eggs')
print('doesn\'t', "doesn't", '"Yes," they said.')
print('C:\some\name'.count('\\'), r'C:\some\name')
print("""\
Usage: thingy [OPTIONS]
     -h                        Display this usage message
     -H hostname               Hostname to connect to
""")
print(3 * 'un' + 'ium')
print('Py' 'thon')
text = ('Put several strings within parentheses '
        'to have them joined together.')
print(text)
word = 'Python'
print(word[0], word[5], word[-1], word[-2], word[-6])
print(word[0:2], word[2:5], word[:2], word[4:], word[-2:])
print(word[:2] + word[2:], word[:4] + word[4:])
print(word[4:42], repr(word[42:]))
try:
    word[42]
except IndexError as e:
    print('IndexError:', e)
print('J' + word[1:], word[:2] + 'py')
s = 'supercalifragilisticexpialidocious'
print(len(s))
print(s[::-1][:10], s[::3])
word[0] = 'J'
