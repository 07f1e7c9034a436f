# beginner syntax error: forgetting the colon after an if statement inside a grading function
scores = {"ann": 95, "bob": 72, "cid": 85}

def average(values):
    return sum(values) / len(values)

def grade(score):
    if score >= 90
        return "A"
    elif score >= 80:
        return "B"
    return "C"

for name, score in scores.items():
    print(name, grade(score))
print(average(scores.values()))
