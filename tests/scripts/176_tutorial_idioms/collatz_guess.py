# Automate the Boring Stuff ch.3: collatz sequence, guess-the-number with seeded random, scope rules
import random
def collatz(number):
    if number % 2 == 0:
        return number // 2
    return 3 * number + 1
for start in (3, 7, 27):
    n, steps, peak = start, 0, start
    while n != 1:
        n = collatz(n); steps += 1; peak = max(peak, n)
    print(start, steps, peak)

random.seed(42)
secretNumber = random.randint(1, 20)
print('I am thinking of a number between 1 and 20.')
lo, hi = 1, 20
for guessesTaken in range(1, 7):
    guess = (lo + hi) // 2
    print('Take a guess.', guess)
    if guess < secretNumber:
        print('Your guess is too low.'); lo = guess + 1
    elif guess > secretNumber:
        print('Your guess is too high.'); hi = guess - 1
    else:
        break
if guess == secretNumber:
    print('Good job! You guessed my number in ' + str(guessesTaken) + ' guesses!')
print([random.randint(1, 6) for _ in range(10)], random.choice(['rock', 'paper', 'scissors']))
deck = list(range(10)); random.shuffle(deck); print(deck, random.sample(range(100), 5))
print(round(random.random(), 6), round(random.uniform(1, 2), 6))

def spam():
    global eggs
    eggs = 'spam'
eggs = 'global'
spam()
print(eggs)
def bacon():
    eggs = 'bacon'
    return eggs
print(bacon(), eggs)
def ham():
    print(eggs)
    eggs = 'ham'
try:
    ham()
except Exception as e:
    print(type(e).__name__ + ':', e)
