# an uncaught TypeError for a bad call to a method: the caret underlines the whole call
class Greeter:
    def greet(self, name, punctuation="!"):
        return "hello " + name + punctuation


g = Greeter()
print(g.greet("ann"))
print(g.greet("bob", "?", "extra"))
