# Automate the Boring Stuff ch.7: phone/email extraction with re groups, findall, sub, VERBOSE, named groups
import re
text = """Call 415-555-1011 or (415) 555-9999 ext. 12, or mail al.sweigart@example.com.
Backup: 555-4242, info@nostarch.com and bob_smith+tag@mail.co.uk."""
phoneRegex = re.compile(r'''(
    (\d{3}|\(\d{3}\))?            # area code
    (\s|-|\.)?                    # separator
    (\d{3})                       # first 3 digits
    (\s|-|\.)                     # separator
    (\d{4})                       # last 4 digits
    (\s*(ext|x|ext.)\s*(\d{2,5}))?  # extension
    )''', re.VERBOSE)
emailRegex = re.compile(r'''(
    [a-zA-Z0-9._%+-]+
    @
    [a-zA-Z0-9.-]+
    (\.[a-zA-Z]{2,4})
    )''', re.VERBOSE)
matches = []
for groups in phoneRegex.findall(text):
    phoneNum = '-'.join([groups[1], groups[3], groups[5]])
    if groups[8] != '':
        phoneNum += ' x' + groups[8]
    matches.append(phoneNum)
for groups in emailRegex.findall(text):
    matches.append(groups[0].rstrip('.'))
print('\n'.join(matches))
mo = re.search(r'(\d\d\d)-(\d\d\d-\d\d\d\d)', 'My number is 415-555-4242.')
print(mo.group(), mo.group(0), mo.group(1), mo.group(2), mo.groups())
areaCode, mainNumber = mo.groups()
print(areaCode, mainNumber)
batRegex = re.compile(r'Bat(wo)?man')
print(batRegex.search('The Adventures of Batman').group(), batRegex.search('The Adventures of Batwoman').group())
haRegex = re.compile(r'(Ha){3,5}?')
print(haRegex.search('HaHaHaHaHa').group(), re.search(r'(Ha){3,5}', 'HaHaHaHaHa').group())
print(re.findall(r'\d+\s\w+', '12 drummers, 11 pipers, 10 lords, 9 ladies, 8 maids'))
vowelRegex = re.compile(r'[aeiouAEIOU]')
print(len(vowelRegex.findall('RoboCop eats baby food. BABY FOOD.')))
print(re.sub(r'Agent (\w)\w*', r'\1****', 'Agent Alice told Agent Carol that Agent Eve knew Agent Bob was a double agent.'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Isaac Newton, physicist')
print(m.group('first'), m['last'], m.groupdict(), m.span('last'), m.start(), m.end())
print(re.compile(r'robocop', re.I).search('RoboCop is part man').group())
print(re.split(r'\s*[,;]\s*', 'a , b;c ,d'), re.fullmatch(r'\d+', '123') is not None, re.fullmatch(r'\d+', '12a'))
print(re.compile('.*', re.DOTALL).search('Serve the public trust.\nProtect the innocent.').group().count('\n'))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))
print(re.escape('1+1=2?'), re.subn('o', '0', 'foo boo'))
