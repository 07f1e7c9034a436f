# random: bound methods of one instance compare equal.
import random
r = random.Random(1)
print(r.random == r.random, r._randbelow == r._randbelow_with_getrandbits, r.random != r.random)
print(random.random == random.random, r.random == random.Random(1).random)
