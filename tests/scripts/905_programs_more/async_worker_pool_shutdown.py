# A job-processing worker pool and three ways to shut it down: an async context manager that waits for
# queue.join() then cancels the idle workers and gathers them with return_exceptions=True (failures are collected,
# an overlong job is cut off by wait_for); TaskGroup pools stopped by poison pills or brought down by a fatal error
# (except*); and workers that stop when an asyncio.Event is set, finishing the job in hand. Ends with a report.
import asyncio
import contextlib
from collections import Counter, namedtuple
from dataclasses import dataclass, field

TICK = 0.05
Job = namedtuple("Job", "jid cost kind", defaults=["ok"])  # cost in ticks
FAILURES = {"bad": lambda job: ValueError(f"bad input in job {job.jid}"),
            "missing": lambda job: KeyError(f"record {job.jid}"), "fatal": lambda job: RuntimeError("disk full")}


@dataclass
class Report:
    name: str
    done: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    per_worker: Counter = field(default_factory=Counter)
    log: list = field(default_factory=list)
    submitted: int = 0

    def show(self):
        print(f"== {self.name}", *self.log, f"done: {sorted(self.done)}", f"failed: {sorted(self.failed)}",
              f"per worker: {dict(sorted(self.per_worker.items()))}", sep="\n  ")


class JobQueue(asyncio.Queue):
    def __init__(self, specs=()):
        super().__init__()
        for spec in specs:
            self.put_nowait(spec and Job(*spec))  # None stays None: a poison pill

    def drain(self):
        return [self.get_nowait().jid for _ in range(self.qsize())]


async def handle(wid, job, report):
    try:
        result = await asyncio.wait_for(asyncio.sleep(job.cost * TICK, job.jid * 10), 3 * TICK)  # 3 ticks at most
        if job.kind in FAILURES:
            raise FAILURES[job.kind](job)
    except (ValueError, KeyError, TimeoutError) as e:
        report.failed.append((job.jid, f"{type(e).__name__}: {e}".rstrip(": ")))
        report.log.append(f"w{wid} job {job.jid} failed" + (" (timed out)" if isinstance(e, TimeoutError) else ""))
    else:
        report.done.append((job.jid, result))
        report.per_worker[wid] += 1


async def worker(wid, queue, report):
    try:
        while (job := await queue.get()) is not None:
            try:
                await handle(wid, job, report)
            finally:
                queue.task_done()
        report.log.append(f"w{wid} got poison pill")
        return report.per_worker[wid]
    except asyncio.CancelledError:
        report.log.append(f"w{wid} cancelled")
        if wid == 0:  # the well-behaved worker re-raises; the others swallow it and return a status
            raise
        return f"w{wid} stopped"


@contextlib.asynccontextmanager
async def worker_pool(n, report, jobs):
    queue = JobQueue(jobs)
    workers = [asyncio.create_task(worker(w, queue, report)) for w in range(n)]
    try:
        yield queue
        await queue.join()
        report.log.append(f"queue drained, {queue.qsize()} left")
    finally:
        for w in workers:
            w.cancel()
        results = await asyncio.gather(*workers, return_exceptions=True)
        report.log.append(f"gathered: {[r if isinstance(r, str) else type(r).__name__ for r in results]}")


async def joined_pool(report, jobs):
    async with worker_pool(3, report, jobs) as queue:
        report.log.append(f"{queue.qsize()} jobs queued")


async def taskgroup_pool(report, jobs):
    queue = JobQueue(jobs)
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(worker(w, queue, report)) for w in range(2)]
    except* RuntimeError as eg:
        report.log.append(f"pool crashed: {[repr(e) for e in eg.exceptions]}")
    report.log.append(f"tasks: {[t.exception() or t.result() for t in tasks]}, left in queue: {queue.drain()}")


async def event_worker(wid, queue, stop, report):
    while not stop.is_set():
        get, halt = asyncio.ensure_future(queue.get()), asyncio.ensure_future(stop.wait())
        finished, _ = await asyncio.wait({get, halt}, return_when=asyncio.FIRST_COMPLETED)
        halt.cancel()
        if get not in finished:
            get.cancel()
            report.log.append(f"w{wid} idle at shutdown")
            break
        report.log.append(f"w{wid} starts job {get.result().jid}")
        await handle(wid, get.result(), report)
        queue.task_done()
    return report.per_worker[wid]


async def event_pool(report, jobs):
    queue, stop = JobQueue(), asyncio.Event()
    async def producer():  # requests keep arriving whatever the pool does
        for job in jobs:
            await queue.put(Job(*job))
            await asyncio.sleep(TICK)

    feeding = asyncio.create_task(producer())
    workers = [asyncio.create_task(event_worker(w, queue, stop, report)) for w in range(3)]
    await asyncio.sleep(2.5 * TICK)
    report.log.append(f"stop requested, {queue.qsize()} queued")
    stop.set()
    returned = await asyncio.gather(*workers)
    await feeding
    report.log.append(f"workers returned {returned}; never started: {queue.drain()}")


async def main():
    runs = [
        (joined_pool, "join + cancel", [(1, 1), (2, 2, "bad"), (3, 1.5), (4, 10), (5, 1.5), (6, 0.4, "missing"),
                                        (7, 2), (8, 0.5)]),
        (taskgroup_pool, "TaskGroup + poison pills", [(1, 1), (2, 1.5), (3, 1, "bad"), (4, 1), None, None]),
        (taskgroup_pool, "TaskGroup + fatal error", [(1, 1), (2, 2.5), (3, 0.6, "fatal"), (4, 1), (5, 1)]),
        (event_pool, "Event-triggered shutdown", [(1, 1.5), (2, 2), (3, 1.5), (4, 1), (5, 1)]),
    ]
    reports = []
    for run, name, jobs in runs:
        reports.append(Report(name, submitted=sum(job is not None for job in jobs)))
        await run(reports[-1], jobs)
        reports[-1].show()
    print("== final report", *(f"{r.name:26} submitted={r.submitted} done={len(r.done)} failed={len(r.failed)} "
                               f"unfinished={r.submitted - len(r.done) - len(r.failed)}" for r in reports), sep="\n  ")
    print("  failures by type:", dict(Counter(error.partition(":")[0] for r in reports for _, error in r.failed)))


asyncio.run(main())
