"""Rows and paragraphs -> a CommentTable: headers, categories, comments, shared answers.

``build_table(layout, source)`` walks a ``Layout`` once. Paragraphs and one-cell rows give
the title, the declared counts and the category headings; a header row tells which column
is which; every later row is a comment, the continuation of one (a row split by a page
break), or an answer no comment claims. Every judgement the data does not settle becomes
a Japanese warning; nothing is dropped silently. Pure; raises WorkbenchError('no_comments')
when no comment table is found.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.core.domain import Category, Comment, CommentTable, Response, Source
from app.core.errors import WorkbenchError
from app.core.text import fold_width
from parsers.comments_headers import Header, Heading, declared_total, is_revised, read_header, read_heading, same_label
from parsers.comments_rows import PARAGRAPH_END, Cell, Layout, Para, Row, join_texts

# A title longer than this is body text, not a title (the Sendai title is 50 characters).
MAX_TITLE_CHARS = 120


@dataclass
class _Draft:
    """A comment while it is being assembled (rows may still be appended)."""

    no: str
    text: str
    category: int | None
    page: int | None
    response: int | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Answer:
    text: str
    fields: list[tuple[str, str]] = field(default_factory=list)


class _Builder:
    """The state of one walk over a layout. Not thread-shared; one per parse."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.total: int | None = None
        self.summary: list[Heading] = []
        self.pending: Heading | None = None
        self.categories: list[Category] = []
        self.current: int | None = None
        self.header: Header | None = None
        self.drafts: list[_Draft] = []
        self.answers: list[_Answer] = []
        self.warnings: list[str] = []
        self.previous_para = ""
        self.last_page: int | None = None

    # --- paragraphs -------------------------------------------------------------------

    def para(self, text: str) -> None:
        """A line outside the comment rows: title, declared total or category heading."""
        text = " ".join(fold_width(text).split()) if text.strip() else ""
        if not text:
            return
        total = declared_total(text, self.previous_para)
        heading = read_heading(text)
        if total is not None and heading is None:
            if self.total is None:
                self.total = total
        elif heading is not None:
            if self.pending is not None and self.pending.declared is not None:
                self.summary.append(self.pending)  # a line of the count summary
            self.pending = heading
        elif self.title is None and not self.drafts and len(text) <= MAX_TITLE_CHARS:
            self.title = text
        self.previous_para = text

    def open_pending_category(self) -> None:
        """The heading seen last becomes the category of the comments that follow."""
        if self.pending is None:
            return
        declared = self.pending.declared
        if declared is None:
            declared = next((h.declared for h in self.summary
                             if same_label(h.label, self.pending.label)), None)
        self.categories.append(Category(self.pending.label, declared))
        self.current = len(self.categories) - 1
        self.pending = None

    # --- rows -------------------------------------------------------------------------

    def row(self, row: Row) -> None:
        """One table row: a header, a heading, a comment or a continuation."""
        texts = [c.text for c in row.grid()]
        header = read_header(texts)
        if header is not None:
            self.header = header
            return
        filled = row.filled()
        if not filled:
            return
        if self.header is None or self._is_heading_row(row):
            self.para(" ".join(filled))
            return
        self._data_row(row)
        self.last_page = row.page

    def _is_heading_row(self, row: Row) -> bool:
        """A row whose one text spans the table, or sits outside the comment column."""
        assert self.header is not None
        filled = [(i, c) for i, c in enumerate(row.grid()) if c.text.strip()]
        if len(filled) != 1:
            return False
        i, cell = filled[0]
        if cell.span > 1 or (len(row.cells) == 1 and self.header.width > 1):
            return read_heading(cell.text, strict=False) is not None
        return i != self.header.comment and read_heading(cell.text) is not None

    def _data_row(self, row: Row) -> None:
        assert self.header is not None
        h = self.header
        grid = row.grid() + [Cell("")] * max(0, h.width - len(row.grid()))
        no = fold_width(grid[h.no].text).strip() if h.no is not None else ""
        text = grid[h.comment].text.strip()
        answer = grid[h.response] if h.response is not None else Cell("")
        fields = [(name, grid[i].text.strip()) for i, name in h.extras if grid[i].text.strip()]
        if h.no is not None and not no:
            self._continuation(row, text, answer)
            return
        if not text and not answer.text.strip():
            return
        self.open_pending_category()
        if h.no is None:
            no = str(sum(1 for d in self.drafts if d.category == self.current) + 1)
        draft = _Draft(no, text, self.current, row.page, fields=fields)
        draft.response = self._answer_for(draft, row, answer, fields)
        self.drafts.append(draft)

    def _answer_for(self, draft: _Draft, row: Row, cell: Cell,
                    fields: list[tuple[str, str]]) -> int | None:
        """The response index of a new comment: shared (merged cell), continued across a
        page break, new, or None for an empty answer cell."""
        last = self.drafts[-1] if self.drafts else None
        if cell.merged_above and last is not None and last.response is not None:
            return last.response
        text = cell.text.strip()
        if not text:
            return None
        if last is not None and last.response is not None and self._continues(row, last.response):
            prev = self.answers[last.response]
            prev.text = join_texts(prev.text, text)
            self.warnings.append(
                f"{self.name(last)} の考え方がページをまたいで {self.name(draft)} の行へ続いているため、"
                f"両者に共通する一つの回答としました。")
            return last.response
        self.answers.append(_Answer(text, list(fields)))
        return len(self.answers) - 1

    def _continues(self, row: Row, response: int) -> bool:
        """True when the row opens a new page and the answer above stopped mid-sentence
        (Sendai result table, Nos. 12-13: the merged answer is cut by the page break)."""
        if row.page is None or self.last_page is None or row.page == self.last_page:
            return False
        prev = self.answers[response].text.rstrip()
        return bool(prev) and prev[-1] not in PARAGRAPH_END

    def _continuation(self, row: Row, text: str, answer: Cell) -> None:
        """A row without a number: the rest of the comment above (split by a page break),
        or, with no comment above or only an answer, an answer no comment claims."""
        last = self.drafts[-1] if self.drafts else None
        at_page_start = row.page is not None and row.page != self.last_page
        if last is None or (not text and not at_page_start):
            if answer.text.strip() and not answer.merged_above:
                self.answers.append(_Answer(answer.text.strip()))
            return
        last.text = join_texts(last.text, text)
        if answer.text.strip() and not answer.merged_above:
            if last.response is None:
                self.answers.append(_Answer(answer.text.strip()))
                last.response = len(self.answers) - 1
            else:
                prev = self.answers[last.response]
                prev.text = join_texts(prev.text, answer.text.strip())
        if not at_page_start:
            self.warnings.append(f"番号のない行を {self.name(last)} の続きとして読みました。")

    # --- results ----------------------------------------------------------------------

    def name(self, d: _Draft) -> str:
        """How a warning names a comment: 「category」No.n."""
        if d.category is not None and len(self.categories) > 1:
            return f"「{self.categories[d.category].label}」No.{d.no}"
        return f"No.{d.no}"

    def check(self) -> None:
        """Warnings for missing answers, unclaimed answers and counts that disagree."""
        if self.header is not None and self.header.response is None:
            self.warnings.append("考え方（回答）の列がないため、どの意見にも回答を結び付けていません。")
        else:
            for d in self.drafts:
                if d.response is None:
                    self.warnings.append(f"{self.name(d)} の考え方（回答）が見つかりません。")
        claimed = {d.response for d in self.drafts}
        for i, a in enumerate(self.answers):
            if i not in claimed:
                head = a.text.replace("\n", "")[:20]
                self.warnings.append(f"どの意見にも対応しない考え方があります（回答 {i + 1}: 「{head}…」）。")
        for i, c in enumerate(self.categories):
            n = sum(1 for d in self.drafts if d.category == i)
            if c.declared is not None and c.declared != n:
                self.warnings.append(f"「{c.label}」は {c.declared}件と記載されていますが、{n}件読み取りました。")
        if self.total is not None and self.total != len(self.drafts):
            self.warnings.append(f"意見の総数は {self.total}件と記載されていますが、{len(self.drafts)}件読み取りました。")

    def result(self, source: Source, notes: tuple[str, ...]) -> CommentTable:
        self.check()
        comments = tuple(Comment(no=d.no, text=d.text, category=d.category, response=d.response,
                                 page=d.page, fields=tuple(d.fields)) for d in self.drafts)
        responses = tuple(Response(a.text, is_revised(a.text, tuple(a.fields))) for a in self.answers)
        return CommentTable(source=source, title=self.title, declared_total=self.total,
                            categories=tuple(self.categories), comments=comments,
                            responses=responses, warnings=notes + tuple(self.warnings))


def build_table(layout: Layout, source: Source) -> CommentTable:
    """The comment table a layout holds. Pure; raises WorkbenchError('no_comments')."""
    b = _Builder()
    for item in layout.items:
        if isinstance(item, Para):
            b.para(item.text)
        else:
            b.row(item)
    if not b.drafts:
        raise WorkbenchError("no_comments", path=source.path)
    return b.result(source, layout.notes)
