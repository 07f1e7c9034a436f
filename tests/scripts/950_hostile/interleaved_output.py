# stdout and stderr into one pipe: stdout is block-buffered (written at exit, after a traceback), stderr at once, as
# CPython's streams are when stdout is not a terminal. Each child is its own program (sys.executable).
import subprocess
import sys

programs = {
    "print then warn": 'import sys\nprint("a")\nprint("b", file=sys.stderr)\nsys.stderr.write("c\\n")\nprint("d")\n',
    "traceback after output": 'print("before")\nraise ValueError("boom")\n',
    "sys.exit with a message": 'import sys\nprint("out")\nsys.exit("bye")\n',
    "flush orders it": 'import sys\nprint("first", flush=True)\nprint("second", file=sys.stderr)\n',
    "asyncio with a failing task": (
        'import asyncio, sys\n'
        'async def fail():\n'
        '    print("in task")\n'
        '    raise KeyError("k")\n'
        'async def main():\n'
        '    print("start")\n'
        '    await asyncio.sleep(0.01)\n'
        '    t = asyncio.create_task(fail())\n'
        '    await asyncio.sleep(0.01)\n'
        '    print("end")\n'
        'asyncio.run(main())\n'),
    "os.write goes around the buffer": 'import os\nprint("buffered")\nos.write(1, b"direct\\n")\n',
    "time.sleep does not flush": 'import sys, time\nprint("x")\ntime.sleep(0.01)\nprint("y", file=sys.stderr)\n',
}

for name, source in programs.items():
    proc = subprocess.run([sys.executable, "-c", source], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(f"== {name}: exit {proc.returncode}")
    print(proc.stdout, end="")
