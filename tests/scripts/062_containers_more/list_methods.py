# list methods on a todo list: append/extend/insert/remove/pop/index/count/reverse/copy/clear
todo = ["write tests", "fix bug"]
todo.append("review")
todo.extend(("deploy", "celebrate"))
todo.insert(0, "coffee")
todo.insert(100, "sleep")
todo.insert(-1, "dinner")
print(todo, len(todo))
print(todo.index("review"), todo.index("deploy", 2), todo.count("coffee"), "bug" in todo, todo.pop(), todo.pop(0), todo.pop(-2))
todo.remove("fix bug")
backup = todo.copy()
todo.reverse()
print(todo, backup, backup is not todo)
todo += ["extra"]
todo *= 2
print(todo.count("extra"), len(todo))
todo.clear()
print(todo, backup)
nums = [5, 3, 5, 1, 5]
while 5 in nums:
    nums.remove(5)
print(nums)
for bad in [lambda: nums.index(42), lambda: nums.remove(42), lambda: [].pop(), lambda: nums.pop(10), lambda: nums.index(3, 1)]:
    try:
        print(bad())
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
