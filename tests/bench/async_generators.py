# async_generators: pipelines of async generators chained with `async for` (source -> map -> filter -> window
# -> batch), async list/set/dict comprehensions with conditions, `await` inside async comprehensions, asend()
# and aclose() on an async generator, and async generators driven concurrently by several tasks.
import asyncio


async def source(n, seed):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        if x % 16 == 0:
            await asyncio.sleep(0)
        yield (x >> 8) % 1000


async def amap(fn, agen):
    async for v in agen:
        yield fn(v)


async def afilter(pred, agen):
    async for v in agen:
        if pred(v):
            yield v


async def window(agen, size):
    buf = []
    async for v in agen:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


async def batch(agen, size):
    out = []
    async for v in agen:
        out.append(v)
        if len(out) == size:
            yield out
            out = []
    if out:
        yield out


async def double(v):
    return v * 2


async def running_total():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v


async def pipeline(seed, n):
    stages = batch(window(afilter(lambda v: v % 3 != 0, amap(lambda v: v * 7 % 1009, source(n, seed))), 4), 16)
    acc = 0
    async for b in stages:
        acc += sum(max(w) - min(w) for w in b) + len(b)
    return acc


async def main():
    total = 0
    for seed in range(36):
        total += await pipeline(seed, 6000)
    print("pipeline:", total)

    squares = [v * v async for v in source(20000, 1) if v % 2]
    uniq = {v % 97 async for v in source(20000, 2)}
    pairs = {v: i async for i, v in aenumerate(source(5000, 3))}
    doubled = [await double(v) async for v in source(10000, 4) if v > 500]
    print("comprehensions:", len(squares), sum(squares) % 1000003, len(uniq), len(pairs), sum(doubled))

    gen = running_total()
    await gen.asend(None)
    last = 0
    for i in range(60000):
        last = await gen.asend(i % 13)
    await gen.aclose()
    print("asend:", last)

    results = await asyncio.gather(*(pipeline(100 + k, 5000) for k in range(16)))
    print("concurrent:", results)

    first = []
    agen = source(100000, 9)
    async for v in agen:
        first.append(v)
        if len(first) == 500:
            break
    await agen.aclose()
    print("early exit:", sum(first))


async def aenumerate(agen):
    i = 0
    async for v in agen:
        yield i, v
        i += 1


asyncio.run(main())
