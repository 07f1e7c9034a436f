# as_completed yields results in completion order
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    if name == "c":
        raise LookupError(name)
    return f"{name}:{delay}"

async def main():
    coros = [fetch("a", 0.04), fetch("b", 0.01), fetch("c", 0.02), fetch("d", 0.03)]
    for fut in asyncio.as_completed(coros):
        try:
            print(await fut)
        except LookupError as e:
            print("error", e)
    try:
        for fut in asyncio.as_completed([fetch("x", 0.01), fetch("y", 1)], timeout=0.05):
            print(await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
