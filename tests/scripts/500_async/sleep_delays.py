# Tasks sleeping 0.1, 0.2, 0.05 and 0.25 s wake by deadline; a task sleeping twice wakes between the others.
import asyncio

async def sleeper(name, *delays):
    for d in delays:
        await asyncio.sleep(d)
        print(name, "woke after", d)
    return name

async def main():
    r = await asyncio.gather(
        sleeper("a", 0.1),
        sleeper("b", 0.2),
        sleeper("c", 0.05),
        sleeper("d", 0.25),
        sleeper("twice", 0.1, 0.05),
    )
    print(r)

asyncio.run(main())
