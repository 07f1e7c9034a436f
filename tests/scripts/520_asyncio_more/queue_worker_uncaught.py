# A queue worker crashes; the error re-raised through gather escapes asyncio.run
import asyncio

async def worker(q):
    while True:
        job = await q.get()
        try:
            print("job", job, "->", 60 // job)
            await asyncio.sleep(0.01)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    for j in [1, 2, 3, 0, 5]:
        q.put_nowait(j)
    w = asyncio.create_task(worker(q), name="worker")
    await asyncio.gather(w, q.join())

asyncio.run(main())
