# asyncio.wait: FIRST_EXCEPTION returns at the first failure, FIRST_COMPLETED with several finishing together,
# a timeout with nothing done; the tasks keep running afterwards
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    print("job", name, "ends", "with error" if fail else "ok")
    if fail:
        raise KeyError(name)
    return name


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    ts = [asyncio.create_task(job(n, d, f), name=n)
          for n, d, f in [("a", 0.02, False), ("b", 0.04, True), ("c", 0.08, False), ("d", 0.06, True)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("again", names(done), names(pending))
    for t in ts:
        print(t.get_name(), t.done(), repr(t.exception()) if t.done() else "-")
    await asyncio.wait(pending)

    z = [asyncio.create_task(job(f"z{i}", 0), name=f"z{i}") for i in range(3)]
    done, pending = await asyncio.wait(z, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED zeros", names(done), names(pending))

    slow = asyncio.create_task(job("slow", 0.1), name="slow")
    done, pending = await asyncio.wait([slow], timeout=0.02)
    print("timeout", names(done), names(pending))
    done, pending = await asyncio.wait([slow], timeout=0.2, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception", names(done), names(pending), slow.result())
    print("summary", [t.done() for t in ts + z])


asyncio.run(main())
