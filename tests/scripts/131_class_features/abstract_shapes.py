# abstract base class with an abstract classmethod and concrete template method; missing override fails
from abc import ABC, abstractmethod
class Exporter(ABC):
    @classmethod
    @abstractmethod
    def extension(cls): ...
    @abstractmethod
    def render(self, rows): ...
    def export(self, rows):
        return f"out.{self.extension()}: {self.render(rows)}"
class CsvExporter(Exporter):
    @classmethod
    def extension(cls): return "csv"
    def render(self, rows): return ";".join(",".join(map(str, r)) for r in rows)
print(CsvExporter().export([(1, 2), (3, 4)]))
print(CsvExporter.extension(), sorted(Exporter.__abstractmethods__))
class Partial(Exporter):
    def render(self, rows): return ""
print(Partial.__abstractmethods__)
Partial()
