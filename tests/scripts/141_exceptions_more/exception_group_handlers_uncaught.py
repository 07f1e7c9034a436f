# except* handles part of a group; the unhandled remainder propagates and is shown uncaught
class TaskError(Exception):
    pass
def run_tasks():
    errors = [TaskError("task 1 failed"), ValueError("bad config"), TaskError("task 3 failed")]
    raise ExceptionGroup("task failures", errors)
try:
    run_tasks()
except* TaskError as eg:
    print("retrying", len(eg.exceptions), "tasks")
