# realistic program: undo history of a document model built with deepcopy snapshots
import copy

class Paragraph:
    def __init__(self, text, styles=None):
        self.text = text
        self.styles = styles or []
    def __repr__(self):
        return f"Paragraph({self.text!r}, {self.styles})"

class Document:
    def __init__(self, title):
        self.title = title
        self.paragraphs = []
        self.meta = {"authors": ["ann"], "rev": 0}
        self.history = []

    def snapshot(self):
        state = {"title": self.title, "paragraphs": self.paragraphs, "meta": self.meta}
        self.history.append(copy.deepcopy(state))

    def edit(self, fn):
        self.snapshot()
        fn(self)
        self.meta["rev"] += 1

    def undo(self):
        state = self.history.pop()
        self.title = state["title"]
        self.paragraphs = state["paragraphs"]
        self.meta = state["meta"]

doc = Document("Draft")
doc.edit(lambda d: d.paragraphs.append(Paragraph("Hello", ["bold"])))
doc.edit(lambda d: d.paragraphs[0].styles.append("italic"))
doc.edit(lambda d: d.meta["authors"].append("bob"))
print(doc.paragraphs, doc.meta)
doc.undo()
print(doc.paragraphs, doc.meta)
doc.undo()
print(doc.paragraphs, doc.meta)
doc.undo()
print(doc.paragraphs, doc.meta, len(doc.history))

template = Document("Template")
template.paragraphs.append(Paragraph("Intro"))
shallow = copy.copy(template)
deep = copy.deepcopy(template)
shallow.paragraphs.append(Paragraph("Added via shallow"))
deep.paragraphs.append(Paragraph("Added via deep"))
print(len(template.paragraphs), len(shallow.paragraphs), len(deep.paragraphs))
print(shallow.meta is template.meta, deep.meta is template.meta)
