# A tiny stack VM: compiles a toy assembly with labels, runs loops and calls, then dies on a bad opcode.
class VMError(Exception):
    pass


def assemble(source):
    labels, code = {}, []
    for raw in source.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) for a in args]) for op, args in code]


class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.calls = []
        self.out = []
        self.steps = 0

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def run(self):
        pc = 0
        while pc < len(self.code):
            op, args = self.code[pc]
            pc += 1
            self.steps += 1
            pc = self.execute(op, args, pc)
        return self.out

    def execute(self, op, args, pc):
        s = self.stack
        if op == "PUSH":
            s.append(args[0])
        elif op in ("ADD", "SUB", "MUL", "MOD"):
            b, a = self.pop(), self.pop()
            s.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "MOD": a % b if b else 0}[op])
        elif op == "DUP":
            s.append(s[-1])
        elif op == "SWAP":
            s[-1], s[-2] = s[-2], s[-1]
        elif op == "JZ":
            if self.pop() == 0:
                return args[0]
        elif op == "JMP":
            return args[0]
        elif op == "CALL":
            self.calls.append(pc)
            return args[0]
        elif op == "RET":
            return self.calls.pop()
        elif op == "PRINT":
            self.out.append(self.pop())
        elif op == "HALT":
            return len(self.code)
        else:
            raise VMError(f"unknown opcode {op!r} at {pc - 1}")
        return pc


FACTORIALS = """
    push 1          ; n
loop:
    dup
    call fact
    print
    push 1
    add
    dup
    push 8
    sub
    jz done
    jmp loop
done:
    halt
fact:               ; (n -- n n!)
    dup
    push 1
    swap
floop:
    dup
    jz fend
    dup             ; n acc k k
    swap            ; placeholder shuffle
    swap
    push -1
    add
    swap
    jmp fmul
fmul:
    swap
    push 1
    add
    mul_hack
fend:
    ret
"""

vm = VM(assemble("push 6\npush 7\nmul\nprint\npush 10\npush 3\nmod\nprint\nhalt"))
print(vm.run(), vm.steps)

countdown = assemble("""
    push 5
top:
    dup
    print
    push 1
    sub
    dup
    jz end
    jmp top
end:
    halt
""")
vm = VM(countdown)
print(vm.run(), "steps:", vm.steps, "code size:", len(countdown))
print(countdown[:3])
print(VM(assemble(FACTORIALS)).run())
