"""Rows and paragraphs -> a CommentTable: headers, categories, comments, shared answers.

``build_table(layout, source)`` walks a ``Layout`` once. Paragraphs and one-cell rows give
the title, the declared counts and the category headings; a header row tells which column
is which; every later row is a comment, the continuation of one (a row split by a page
break), or an answer no comment claims. Every judgement the data does not settle becomes
a Japanese warning; nothing is dropped silently. Pure; raises WorkbenchError('no_comments')
when no comment table is found.
"""
from __future__ import annotations

from app.core.domain import Category, Comment, CommentTable, Response, Source
from app.core.errors import WorkbenchError
from app.core.text import fold_width
from parsers.comments_answers import NumberedAnswer, find_twin, link_numbered, resolve_references
from parsers.comments_checks import Answer, Draft, all_warnings, name, quote
from parsers.comments_columns import refine_header
from parsers.comments_headers import (
    TOTAL_WORDS,
    Header,
    Heading,
    declared_total,
    is_revised,
    numbered_outline,
    read_header,
    read_heading,
    same_label,
)
from parsers.comments_numbering import fold_no, numbers_in
from parsers.comments_row_kinds import (
    group_category,
    header_paragraphs,
    is_heading_row,
    row_fields,
    split_count,
    unheaded_column,
)
from parsers.comments_rows import PARAGRAPH_END, Cell, Layout, Para, Row, join_texts, spans_of, where

# A number cell longer than this is no number (受付番号 R7-001 is seven).
MAX_NO_CHARS = 20
# A title longer than this is body text, not a title (the Sendai title is 50 characters).
MAX_TITLE_CHARS = 120
# A title line ending so goes on on the next line ('「…（素案）」に対する' / '意見募集の結果').
TITLE_GOES_ON = ("に対する", "に係る", "に関する", "についての", "における", "の", "及び", "、")


class _Builder:
    """The state of one walk over a layout. Not thread-shared; one per parse."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.total: int | None = None
        self.summary: list[Heading] = []
        self.pending: Heading | None = None
        self.pending_text = ""
        self.pending_at = 0  # how many notes there were when the pending heading was read
        self.categories: list[Category] = []
        self.current: int | None = None
        self.header: Header | None = None
        self.header_spans: list[tuple[int, int]] = []  # header cells over several columns
        self.header_texts: list[str] = []
        self.answer_column = False  # some header named an answer column
        self.drafts: list[Draft] = []
        self.answers: list[Answer] = []
        self.numbered: list[NumberedAnswer] = []  # rows of a table of answers only
        self.answer_group = ""
        self.warnings: list[str] = []
        self.notes: list[str] = []
        self.unheaded: set[int] = set()
        self.previous_para = ""
        self.last_page: int | None = None

    # --- paragraphs -------------------------------------------------------------------

    def para(self, text: str, in_table: bool = False) -> None:
        """A line outside the comment rows: title, declared total, category heading or a
        note (kept in ``notes``). ``in_table``: a heading row of the table, which needs
        no number or mark."""
        raw = " ".join(text.split())  # as printed, for the notes
        text = fold_width(raw)
        if not text:
            return
        total = declared_total(text, self.previous_para)
        heading = read_heading(text)
        if heading is not None and total is not None and TOTAL_WORDS.search(text):
            heading = None  # '２　意見提出者数　４人（意見数　５件）' states the total, it heads nothing
        if heading is None and in_table and total is None:
            heading = read_heading(text, strict=False)
        if heading is None and self.pending is not None and self.pending.declared is None \
                and (total is not None or numbered_outline(text)):
            self.demote_pending()  # the heading was the preface's
        if total is not None and heading is None:
            if self.total is None:
                self.total = total
            else:
                self.notes.append(raw)
        elif heading is not None and self.header is not None and self.header.comment is None:
            self.answer_group = heading.label  # a group heading inside a table of answers
        elif heading is not None:
            if self.pending is not None and self.pending.declared is not None:
                self.summary.append(self.pending)  # a line of the count summary
            elif self.pending is not None:
                self.demote_pending()
            self.pending, self.pending_text, self.pending_at = heading, raw, len(self.notes)
        elif self.title is None and not self.drafts and len(text) <= MAX_TITLE_CHARS:
            self.title = text
        elif self.title is not None and self.title.endswith(TITLE_GOES_ON) and self.title == self.previous_para \
                and len(self.title) + len(text) <= MAX_TITLE_CHARS and not self.drafts:
            self.title += text  # '「…計画（素案）」に対する' / '意見募集の結果について': one title on two lines
        else:
            self.notes.append(raw)
        self.previous_para = text

    def demote_pending(self) -> None:
        """The heading held for the next comments heads none: a note, in its place among the
        notes (notes printed after it were kept while it waited)."""
        self.notes.insert(self.pending_at, self.pending_text)
        self.pending = None

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
        """One table row: a header, a heading, a comment, a continuation or an answer."""
        header = read_header(row.texts())
        if header is not None:
            self.header, self.header_spans, self.header_texts = header, spans_of(row), row.texts()
            self.answer_column = self.answer_column or header.response is not None
            return
        if self.header is not None and self.header_spans:
            refined = refine_header(self.header, self.header_spans, row.texts(), self.header_texts)
            self.header_spans = []
            if refined is not None:
                self.header = refined
                self.answer_column = self.answer_column or refined.response is not None
                return
        if not row.filled():
            return
        if self.header is None:
            self.para(" ".join(row.filled()))
            return
        if is_heading_row(row, self.header, self.last_page):
            self.para(" ".join(row.filled()), in_table=True)
            return
        counted, count = split_count(row)
        if count is not None and is_heading_row(counted, self.header, self.last_page):
            self.para(" ".join(counted.filled()) + f"（{count}件）", in_table=True)
            return
        if self.header.comment is None:
            self._answer_row(row)
        else:
            self._data_row(row)
        self.last_page = row.page

    def _grid(self, row: Row) -> list[Cell]:
        assert self.header is not None
        grid = row.grid()
        return grid + [Cell("")] * max(0, self.header.width - len(grid))

    def _fields(self, row: Row, grid: list[Cell]) -> list[tuple[str, str]]:
        """The extra columns of a row; a column without a header is named in a warning
        the first time it holds text."""
        assert self.header is not None
        fields = row_fields(self.header, grid)
        for label, text in fields:
            column = unheaded_column(label)
            if column is not None and column not in self.unheaded:
                self.unheaded.add(column)
                self.warnings.append(f"見出しのない {column}列目に文字があります（{where(row) or '表の中'}: "
                                     f"{quote(text)}）。「{label}」の項目として残しました。")
        return fields

    def _data_row(self, row: Row) -> None:
        h = self.header
        assert h is not None and h.comment is not None
        grid = self._grid(row)
        no = fold_no(grid[h.no].text) if h.no is not None else ""
        text = grid[h.comment].text.strip()
        answer = grid[h.response] if h.response is not None else Cell("")
        fields = self._fields(row, grid)
        if h.no is not None and not no:
            self._continuation(row, text, answer, fields)
            return
        if not text and not answer.text.strip():
            self._stray(row, no, fields)
            return
        self.open_pending_category()
        if h.group is not None and grid[h.group].text.strip():
            self.current = group_category(self.categories, grid[h.group].text)
        if h.no is None:
            no = str(sum(1 for d in self.drafts if d.category == self.current) + 1)
        twin = find_twin(self.drafts, no, text, row.table)
        if twin is not None:  # the same comment listed again with its answer (a second sheet)
            if answer.text.strip():
                self.answers.append(Answer(answer.text.strip(), fields, where(row)))
                twin.response = len(self.answers) - 1
            return
        draft = Draft(no, text, self.current, row.page, fields=fields, place=where(row), table=row.table)
        draft.response = self._answer_for(draft, row, answer, fields)
        self.drafts.append(draft)

    def _stray(self, row: Row, no: str, fields: list[tuple[str, str]]) -> None:
        """A row with neither comment nor answer: its other cells are kept as a note."""
        text = " ".join([no] + [v for _, v in fields]).strip()
        if text:
            self.notes.append(text)
            self.warnings.append(f"意見も考え方もない行があります（{where(row) or '表の中'}: {quote(text)}）。"
                                 "注記として残しました。")

    def _answer_row(self, row: Row) -> None:
        """A row of a table of answers only: an answer to the comment(s) of its number."""
        h = self.header
        assert h is not None and h.response is not None
        grid = self._grid(row)
        no_cell = grid[h.no].text.strip() if h.no is not None else ""
        nos = numbers_in(no_cell) or ([fold_no(no_cell)] if 0 < len(no_cell) <= MAX_NO_CHARS else [])
        text = grid[h.response].text.strip()
        fields = self._fields(row, grid)
        if nos:
            self.numbered.append(NumberedAnswer(tuple(nos), text, self.answer_group, where(row), fields))
        elif text and self.numbered:
            self.numbered[-1].text = join_texts(self.numbered[-1].text, text)
        elif text:
            self.answers.append(Answer(text, fields, where(row)))

    def _answer_for(self, draft: Draft, row: Row, cell: Cell,
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
        self.answers.append(Answer(text, list(fields), where(row)))
        return len(self.answers) - 1

    def _continues(self, row: Row, response: int) -> bool:
        """True when the row opens a new page and the answer above stopped mid-sentence
        (Sendai result table, Nos. 12-13: the merged answer is cut by the page break)."""
        if row.page is None or self.last_page is None or row.page == self.last_page:
            return False
        prev = self.answers[response].text.rstrip()
        return bool(prev) and prev[-1] not in PARAGRAPH_END

    def _continuation(self, row: Row, text: str, answer: Cell, fields: list[tuple[str, str]]) -> None:
        """A row without a number: the rest of the comment above (split by a page break),
        or, with no comment above or only an answer, an answer no comment claims."""
        last = self.drafts[-1] if self.drafts else None
        at_page_start = row.page is not None and row.page != self.last_page
        if last is None or (not text and not at_page_start):
            if answer.text.strip() and not answer.merged_above:
                self.answers.append(Answer(answer.text.strip(), place=where(row)))
            elif text or fields:
                self._stray(row, text, fields)
            return
        last.text = join_texts(last.text, text)
        last.fields.extend(fields)
        if answer.text.strip() and not answer.merged_above:
            if last.response is None:
                self.answers.append(Answer(answer.text.strip(), place=where(row)))
                last.response = len(self.answers) - 1
            else:
                prev = self.answers[last.response]
                prev.text = join_texts(prev.text, answer.text.strip())
        if not at_page_start:
            self.warnings.append(f"番号のない行を {self.name(last)} の続きとして読みました"
                                 f"（{where(row) or '表の中'}: {quote(text or answer.text)}）。")

    # --- results ----------------------------------------------------------------------

    def name(self, d: Draft) -> str:
        return name(d, self.categories)

    def result(self, source: Source, notes: tuple[str, ...]) -> CommentTable:
        self.warnings += link_numbered(self.drafts, self.answers, self.numbered, self.categories)
        self.warnings += resolve_references(self.drafts, self.answers, self.categories)
        self.warnings += all_warnings(self.drafts, self.answers, self.categories, self.total,
                                      self.answer_column)
        if self.pending is not None:
            self.demote_pending()
        self.notes += [f"{h.label} {h.declared}件" for h in self.summary
                       if not any(same_label(h.label, c.label) for c in self.categories)]
        comments = tuple(Comment(no=d.no, text=d.text, category=d.category, response=d.response,
                                 page=d.page, fields=tuple(d.fields)) for d in self.drafts)
        responses = tuple(Response(a.text, is_revised(a.text, tuple(a.fields))) for a in self.answers)
        return CommentTable(source=source, title=self.title, declared_total=self.total,
                            categories=tuple(self.categories), comments=comments,
                            responses=responses, warnings=notes + tuple(self.warnings),
                            notes=tuple(self.notes))


def build_table(layout: Layout, source: Source) -> CommentTable:
    """The comment table a layout holds. Pure; raises WorkbenchError('no_comments')."""
    b = _Builder()
    for item in header_paragraphs(layout.items):
        if isinstance(item, Para):
            b.para(item.text)
        else:
            b.row(item)
    if not b.drafts:
        raise WorkbenchError("no_comments", path=source.path)
    return b.result(source, layout.notes)
