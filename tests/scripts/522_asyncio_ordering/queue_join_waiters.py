# Queue.join(): several joiners wake only when the last task_done() arrives; join on an empty queue returns
# at once; task_done too often raises
import asyncio


async def joiner(q, name, log):
    print(name, "joining, qsize", q.qsize())
    await q.join()
    print(name, "joined")
    log.append(name)


async def worker(q, name, log):
    while True:
        item = await q.get()
        print(name, "processing", item)
        await asyncio.sleep(0.02 if item % 2 else 0)
        log.append(f"{name}:{item}")
        q.task_done()
        print(name, "task_done", item)


async def main():
    q = asyncio.Queue()
    log = []
    await q.join()
    print("empty join returned at once")
    for i in range(4):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(q, f"j{i}", log)) for i in range(2)]
    ws = [asyncio.create_task(worker(q, f"w{i}", log)) for i in range(2)]
    await asyncio.gather(*js)
    print("joiners done", log)
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    print("summary", q.qsize(), q.empty())


asyncio.run(main())
