#!/usr/bin/env bash
# REPL tests on a real terminal: each scenario starts `weft` in a tmux pane (a pseudo-terminal, 100x40) with a
# HOME of its own, types keys as a user would, and checks the screen: the lines it must show, in order.
#
#   tests/repl/run_repl_test.sh WEFT_BINARY
# Exits 1 with the screen of the failing scenario, 0 when every scenario passes.
set -u

weft=$1
case $weft in
  /*) ;;
  *) weft=$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft") ;;
esac
tmp=$(mktemp -d)
socket="$tmp/tmux.sock"
trap 'tmux -S "$socket" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
failed=0

start() {  # start: a fresh weft in the pane, waiting for its first prompt
  tmux -S "$socket" kill-server 2>/dev/null
  tmux -S "$socket" new-session -d -x 100 -y 40 "env HOME=$tmp TERM=xterm $weft"
  wait_for '>>> '
}
keys() { tmux -S "$socket" send-keys "$@"; }
screen() { tmux -S "$socket" capture-pane -p 2>/dev/null; }
wait_for() {  # wait_for TEXT: until the screen shows TEXT (at most 5 s)
  for _ in $(seq 50); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}
# expect NAME LINE...: each LINE appears on the screen, in this order
expect() {
  local name=$1 rest
  shift
  local shown
  shown=$(screen)
  rest=$shown
  for line in "$@"; do
    if ! wait_for "$line"; then
      echo "FAIL: $name: missing: $line"
      echo "$(screen)" | sed 's/^/  | /'
      failed=1
      return
    fi
    shown=$(screen)
    case $rest in
      *"$line"*) rest=${rest#*"$line"} ;;
      *) rest=$shown; rest=${rest#*"$line"} ;;
    esac
  done
  echo "ok: $name"
}

start
keys 'def add(a, b):' Enter '    return a + b' Enter Enter
keys 'add(2, 40)' Enter
expect "multi-line function" '>>> def add(a, b):' '...     return a + b' '...' '>>> add(2, 40)' '42'

keys '_ * 2' Enter
expect "last value in _" '84'

keys '1/0' Enter 'print("still here")' Enter
expect "traceback then more input" 'Traceback (most recent call last):' '  File "<stdin>", line 1, in <module>' \
  'ZeroDivisionError: division by zero' 'still here'

keys '1 +* 2' Enter
expect "SyntaxError report" '    1 +* 2' 'SyntaxError: invalid syntax'

keys 'import asyncio' Enter 'r = await asyncio.sleep(0.2, "slept")' Enter 'r' Enter
expect "top-level await" "'slept'"

keys 'async def ticker():' Enter '    for i in range(3):' Enter '        await asyncio.sleep(0.3)' Enter \
  '        print("tick", i)' Enter Enter
keys 't = asyncio.create_task(ticker())' Enter
expect "a task prints while the prompt waits" 'tick 0' 'tick 1' 'tick 2' '>>> '

keys 'await asyncio.sleep(10)' Enter
sleep 0.3
keys C-c
keys 'print("loop survived")' Enter
expect "Ctrl-C cancels a running await" 'KeyboardInterrupt' 'loop survived'

keys 'napper = asyncio.create_task(asyncio.sleep(100), name="napper")' Enter
sleep 0.3
keys 'C-\'
expect "Ctrl-\\ prints the tasks and the prompt goes on" "name='napper'" '---'
keys 'print("after dump")' Enter
expect "after the task dump" 'after dump'

keys 'asyncio.ga' Tab
expect "tab completion" 'asyncio.gather('
keys C-u 'exit()' Enter
sleep 0.3

start
keys Up
expect "history recalled after a restart" 'exit()'
keys C-u C-d
sleep 0.2

exit $failed
