# a small program: schedule weekly meetings for people in fixed-offset zones and report each one's local times
from datetime import datetime, timedelta, timezone, date, time
people = {"Ana": timezone(timedelta(hours=-3), "BRT"), "Bo": timezone(timedelta(hours=1), "CET"),
          "Chen": timezone(timedelta(hours=8), "CST"), "Dev": timezone(timedelta(hours=5, minutes=30), "IST")}
first = datetime.combine(date(2024, 12, 23), time(14, 0), timezone.utc)
meetings = [first + timedelta(weeks=k) for k in range(3)]
for m in meetings:
    print(m.strftime("%a %d %b %Y %H:%M %Z"), "(week %V)")
    for name in sorted(people):
        local = m.astimezone(people[name])
        flag = "" if local.date() == m.date() else (" +1 day" if local.date() > m.date() else " -1 day")
        print("   %-5s %s%s" % (name, local.strftime("%H:%M %Z (UTC%z)"), flag))
gaps = [b - a for a, b in zip(meetings, meetings[1:])]
print([str(g) for g in gaps], sum(gaps, timedelta()) / len(gaps), meetings[-1].isoformat(timespec="minutes"))
print(sorted({m.astimezone(z).strftime("%A") for m in meetings for z in people.values()}))
