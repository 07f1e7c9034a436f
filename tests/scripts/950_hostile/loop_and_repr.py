# Closing the running loop is refused; a deeply nested repr ends in RecursionError; a set whose key's __eq__
# clears it is searched safely.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("closed:", loop.is_closed())

asyncio.run(main())

nested = []
for i in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError:", e)


class Clearing:
    def __eq__(self, other):
        bag.clear()
        return False

    def __hash__(self):
        return 1


bag = {Clearing()}
print(Clearing() in bag, len(bag))
