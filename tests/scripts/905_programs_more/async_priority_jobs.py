# An async job runner: PriorityQueue of jobs, retries with backoff, per-job timeouts and a results summary.
import asyncio
from dataclasses import dataclass, field
from enum import IntEnum


class Priority(IntEnum):
    HIGH = 0
    NORMAL = 1
    LOW = 2


@dataclass(order=True)
class Job:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    duration: float = field(compare=False)
    fail_times: int = field(compare=False, default=0)
    attempts: int = field(compare=False, default=0)


class TransientError(Exception):
    pass


async def execute(job):
    job.attempts += 1
    await asyncio.sleep(job.duration)
    if job.attempts <= job.fail_times:
        raise TransientError(f"{job.name} attempt {job.attempts} failed")
    return f"{job.name}:ok@{job.attempts}"


async def worker(wid, queue, results, log):
    while True:
        job = await queue.get()
        if job.name is None:
            queue.task_done()
            return
        try:
            res = await asyncio.wait_for(execute(job), timeout=0.1)
            results[job.name] = res
            log.append(f"w{wid} {job.name} done")
        except TransientError as e:
            if job.attempts < 3:
                log.append(f"w{wid} retry {job.name}")
                await asyncio.sleep(0.01 * 2 ** job.attempts)
                await queue.put(job)
            else:
                results[job.name] = f"gave up: {e}"
        except asyncio.TimeoutError:
            results[job.name] = "timeout"
            log.append(f"w{wid} {job.name} timed out")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    specs = [("backup", Priority.LOW, 0.02, 0), ("email", Priority.HIGH, 0.01, 1),
             ("report", Priority.NORMAL, 0.03, 0), ("resize", Priority.NORMAL, 0.5, 0),
             ("sync", Priority.HIGH, 0.02, 5), ("index", Priority.LOW, 0.01, 2)]
    for seq, (name, prio, dur, fails) in enumerate(specs):
        queue.put_nowait(Job(prio, seq, name, dur, fails))
    print("queued:", queue.qsize(), "first:", queue._queue[0].name if hasattr(queue, "_queue") else "?")
    results, log = {}, []
    workers = [asyncio.create_task(worker(i, queue, results, log)) for i in range(2)]
    await queue.join()
    for i, _ in enumerate(workers):
        await queue.put(Job(99, 1000 + i, None, 0))
    await asyncio.gather(*workers)
    for name in sorted(results, key=lambda n: [s[0] for s in specs].index(n)):
        print(f"{name:<7} {results[name]}")
    print(len(log), sum("retry" in l for l in log), sorted({l.split()[0] for l in log}))
    print(Priority.HIGH < Priority.LOW, sorted([Job(Priority.LOW, 1, "a", 0), Job(Priority.HIGH, 2, "b", 0)])[0].name)


asyncio.run(main())
