# Nested gathers: inner gathers' results appear as nested lists, and all leaves run concurrently.
import asyncio

async def leaf(name, delay):
    print("leaf", name, "start")
    await asyncio.sleep(delay)
    print("leaf", name, "end")
    return name

async def group(prefix, *delays):
    return await asyncio.gather(*(leaf(f"{prefix}{i}", d) for i, d in enumerate(delays)))

async def main():
    res = await asyncio.gather(
        asyncio.gather(leaf("a", 0.3), leaf("b", 0.1)),
        leaf("c", 0.2),
        group("g", 0.4, 0.05),
    )
    print(res)

asyncio.run(main())
