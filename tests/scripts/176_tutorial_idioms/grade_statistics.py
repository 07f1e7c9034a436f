# textbook gradebook: statistics mean/median/mode/stdev, zip, dict comprehension, letter grades, report table
import statistics as st
students = {"alice": [88, 92, 79, 93], "bob": [72, 65, 80, 70], "carol": [95, 98, 100, 91],
            "dave": [60, 58, 75, 62], "erin": [85, 85, 90, 78]}
def letter(avg):
    for cutoff, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return g
    return "F"
averages = {name: st.mean(scores) for name, scores in students.items()}
print(f"{'Name':<8}{'Avg':>7}{'Med':>7}{'Hi':>5}{'Lo':>5} Grade")
for name in sorted(averages, key=averages.get, reverse=True):
    s = students[name]
    print(f"{name.title():<8}{averages[name]:>7.2f}{st.median(s):>7}{max(s):>5}{min(s):>5} {letter(averages[name])}")
all_scores = [x for s in students.values() for x in s]
print(st.mean(all_scores), st.median(all_scores), st.mode(all_scores), st.multimode([1, 1, 2, 2, 3]))
print(round(st.stdev(all_scores), 4), round(st.pstdev(all_scores), 4), round(st.variance([1, 2, 3, 4]), 4))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
print(st.quantiles(all_scores, n=4), st.fmean([1, 2, 4]), st.geometric_mean([1, 4, 16]) if False else st.harmonic_mean([40, 60]))
per_test = list(zip(*students.values()))
print([round(st.mean(t), 1) for t in per_test])
best = max(students.items(), key=lambda kv: max(kv[1]))
print(best[0], sorted(letter(a) for a in averages.values()))
try:
    print(st.mean([]))
except Exception as e:
    print(type(e).__name__ + ':', e)
