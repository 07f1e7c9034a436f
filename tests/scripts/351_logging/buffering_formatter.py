# BufferingFormatter formats a list of records between a header and a footer.
import logging


class Report(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "== %d records ==\n" % len(records)

    def formatFooter(self, records):
        return "== end ==\n"


records = [logging.makeLogRecord({"msg": "line %d", "args": (i,), "levelname": "INFO"}) for i in range(3)]
print(repr(logging.BufferingFormatter().format(records)))
print(repr(logging.BufferingFormatter().format([])))
print(Report(logging.Formatter("%(levelname)s %(message)s\n")).format(records), end="")
print(repr(Report().format([])))
print(logging.BufferingFormatter().linefmt is logging._defaultFormatter)
