# uncaught IndexError from a list index inside a method after partial output
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1]
s = Stack()
for v in "abc":
    s.push(v)
print(s.pop(), s.pop(), s.peek(), s.pop())
print(len(s.items))
print(s.peek())
