# HTMLCalendar.formatyear and formatyearpage
import calendar

html = calendar.HTMLCalendar()
year = html.formatyear(2023, width=4)
print(len(year), year.count("<table"), year.count('class="noday"'))
print(year[:400])
print(year[-200:])
print(html.formatyear(2024, 0)[:300])
page = html.formatyearpage(2024, css="style.css")
print(type(page).__name__, len(page))
print(page[:420].decode())
print(html.formatyearpage(2024, css=None, encoding="ascii")[:330])
