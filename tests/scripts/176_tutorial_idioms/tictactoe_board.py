# Automate the Boring Stuff ch.5: tic-tac-toe board dict, printing, winner check, pprint of nested data
import pprint
theBoard = {'top-L': ' ', 'top-M': ' ', 'top-R': ' ',
            'mid-L': ' ', 'mid-M': ' ', 'mid-R': ' ',
            'low-L': ' ', 'low-M': ' ', 'low-R': ' '}
def printBoard(board):
    print(board['top-L'] + '|' + board['top-M'] + '|' + board['top-R'])
    print('-+-+-')
    print(board['mid-L'] + '|' + board['mid-M'] + '|' + board['mid-R'])
    print('-+-+-')
    print(board['low-L'] + '|' + board['low-M'] + '|' + board['low-R'])
LINES = [('top-L', 'top-M', 'top-R'), ('mid-L', 'mid-M', 'mid-R'), ('low-L', 'low-M', 'low-R'),
         ('top-L', 'mid-L', 'low-L'), ('top-M', 'mid-M', 'low-M'), ('top-R', 'mid-R', 'low-R'),
         ('top-L', 'mid-M', 'low-R'), ('top-R', 'mid-M', 'low-L')]
def winner(board):
    for a, b, c in LINES:
        if board[a] == board[b] == board[c] != ' ':
            return board[a]
    return None
turn = 'X'
for move in ['mid-M', 'top-L', 'top-R', 'low-L', 'mid-L', 'mid-R', 'top-M', 'low-M', 'low-R']:
    theBoard[move] = turn
    if (w := winner(theBoard)):
        break
    turn = 'O' if turn == 'X' else 'X'
printBoard(theBoard)
print('Winner:', w)
allGuests = {'Alice': {'apples': 5, 'pretzels': 12},
             'Bob': {'ham sandwiches': 3, 'apples': 2},
             'Carol': {'cups': 3, 'apple pies': 1}}
def totalBrought(guests, item):
    return sum(v.get(item, 0) for v in guests.values())
for item in ['apples', 'cups', 'cakes', 'ham sandwiches', 'apple pies']:
    print(' - ' + item.ljust(15) + str(totalBrought(allGuests, item)))
pprint.pprint(allGuests)
pprint.pprint(allGuests, width=30)
print(pprint.pformat(list(range(30)), width=40, compact=True))
pprint.pprint({'nested': [{'a': list(range(12)), 'b': 'x' * 30}, ('t', 'u')], 'z': {1, 2, 3}}, width=50)
pprint.pprint(allGuests, depth=1)
