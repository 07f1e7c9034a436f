# asyncio.run() given a coroutine function instead of a coroutine: the ValueError escapes to the top level
import asyncio


class Job:
    def __repr__(self):
        return "<Job not a coroutine>"


async def main():
    return 1


print(asyncio.run(main()))
print("now with a bad argument")
asyncio.run(Job())
print("not reached")
