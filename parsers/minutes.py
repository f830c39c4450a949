"""Minutes (議事録) from PDF, DOCX or plain text: the entry point ``parse_minutes``.

Each format is read into Lines (``minutes_pdf``, ``minutes_docx``, ``minutes_lines``);
the header block gives the meeting and participants (``minutes_header``); the rest is
split into turns, notes and agenda headings (``minutes_split``); speakers are resolved to
participants and signatories found (``minutes_people``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from app.core.domain import AgendaItem, Meeting, Minutes, Participant, Source, Turn
from app.core.errors import WorkbenchError
from app.core.progress import Progress, check
from app.core.text import parse_times
from parsers.minutes_agenda import spoken_item
from parsers.minutes_closing import closing_signatories, closing_start
from parsers.minutes_coverage import coverage_warnings, structure_warnings
from parsers.minutes_header import front_matter, parse_header
from parsers.minutes_lines import Line, drop_caption_rows, drop_speech_numbers, lines_from_text
from parsers.minutes_people import Resolver, fill_names, find_signatories
from parsers.minutes_split import Proceedings, split_proceedings
from parsers.readers import decode_text, file_format

SIGN_HEADING = "署名"
# 'Ａ委員', 'B委員': a member a 議事概要 names by a letter only; no one of the roll to match.
ANONYMISED = re.compile(r"^[A-ZＡ-Ｚ][ \u3000]*(?:委員|構成員|議員)$")


def read_lines(path: Path, fmt: str, progress: Progress) -> tuple[list[Line], int | None, list[str]]:
    """The Lines of a file in any minutes format, its page count (PDF) and warnings."""
    if fmt == "pdf":
        from parsers.minutes_pdf import read_pdf_lines

        return read_pdf_lines(path, progress)
    if fmt == "docx":
        from parsers.minutes_docx import read_docx_lines

        return read_docx_lines(path, progress), None, []
    if fmt == "txt":
        return lines_from_text(decode_text(path)), None, []
    if fmt == "html":
        from parsers.minutes_html import read_html_lines

        return read_html_lines(path), None, []
    raise WorkbenchError("unknown_format", path=str(path))


def _known(participants: list[Participant]) -> frozenset[str]:
    """Labels, titles and roles a speaker label may be printed as."""
    words = {"事務局"}
    for p in participants:
        words |= {w for w in (p.label, p.title, p.role) if w}
    return frozenset(words)


def _turns(found: Proceedings, resolver: Resolver) -> tuple[list[Turn], dict[str, str], dict[str, str], list[str]]:
    """Domain turns with participants resolved; the label each participant spoke under;
    warnings for labels that match no participant."""
    turns: list[Turn] = []
    spoken: dict[str, str] = {}
    named: dict[str, str] = {}
    unresolved: list[str] = []
    resolver.learn([p.label for p in found.pieces if p.label is not None])
    # '（委員）', '（事務局）' in a 要点記録 speak for a group of the roll, not for one person
    groups = {p.group for p in resolver.people if p.group}
    for piece in found.pieces:
        label = piece.label
        if label is None:
            turns.append(Turn(None, piece.text, agenda=piece.agenda, page=piece.page))
            continue
        who = resolver.resolve(label)
        if who is not None:
            spoken.setdefault(who, label.speaker)
            if label.name:
                named.setdefault(who, re.sub(r"[ \u3000]", "", label.name))
        elif resolver.people and label.speaker not in unresolved and label.speaker not in groups \
                and not ANONYMISED.match(label.speaker):
            unresolved.append(label.speaker)
        turns.append(Turn(label.speaker, piece.text, name=label.name, participant=who,
                          agenda=piece.agenda, page=piece.page))
    warnings = [f"発言者「{s}」を出席者と対応づけられません。" for s in unresolved]
    return turns, spoken, named, warnings


def _follow_spoken_agenda(turns: list[Turn], items: list[str], met: set[int]) -> list[Turn]:
    """Where the proceedings print no headings, each turn sits under the listed item the
    speeches last moved to ('次の議題は…'); ``met`` collects the items found."""
    out, current = [], None
    for t in turns:
        moved = spoken_item(t.text, items, current) if t.speaker is not None else None
        if moved is not None:
            current = moved
            met.add(moved)
        out.append(replace(t, agenda=current))
    return out


OPENS = re.compile(r"開会|開議|開始|再開")
CLOSES = re.compile(r"散会|閉会|延会|終了|閉議")


def _times_from_notes(meeting: Meeting, turns: list[Turn]) -> Meeting:
    """Start and end from the proceedings' own notes ('午前10時00分　開会', '（終了 15：00）')
    where the front matter gives none."""
    notes = [t.text for t in turns if t.speaker is None and parse_times(t.text)]
    start = meeting.start or next((parse_times(n)[0] for n in notes if OPENS.search(n)), None)
    end = meeting.end or next((parse_times(n)[-1] for n in reversed(notes) if CLOSES.search(n)), None)
    return replace(meeting, start=start, end=end)


def _signatories(explicit: list[str], turns: list[Turn], agenda: list[str],
                 participants: list[Participant], closing: list[str]) -> tuple[list[str], list[str]]:
    """Signatories named on a 議事録署名委員 line, else appointed in the proceedings, else
    read from the closing signature block; a warning when the minutes speak of signing
    but none is found."""
    if explicit:
        return explicit, []
    texts = [(t.text, t.agenda is not None and SIGN_HEADING in agenda[t.agenda]) for t in turns]
    found = find_signatories(texts, participants) or closing
    wants = any(SIGN_HEADING in a for a in agenda) or any(SIGN_HEADING in t.text for t in turns)
    return found, (["議事録署名委員が特定できません。"] if wants and not found else [])


def parse_minutes(path: Path, sha256: str, progress: Progress) -> Minutes:
    """Parse a minutes file into Minutes. Pure; any thread; reports progress per page.

    Raises WorkbenchError (scanned_pdf, encrypted_pdf, broken_pdf, broken_docx, empty,
    unknown_encoding, no_content) and Cancelled."""
    fmt = file_format(path)
    lines, pages, warnings = read_lines(path, fmt, progress)
    lines = drop_caption_rows(drop_speech_numbers(lines))
    if not lines:
        raise WorkbenchError("empty" if fmt != "pdf" else "scanned_pdf", path=str(path))
    check(progress, 0, 1, "発言を分割中")
    zones = front_matter(lines, _known([]))
    header = parse_header(zones, lines[:zones.start])
    known = _known(header.participants)
    body = lines[zones.start:]
    end = closing_start(body)
    found = split_proceedings(body[:end], known, progress, header.agenda, zones.record_head)
    if not any(p.label is not None for p in found.pieces):
        raise WorkbenchError("no_content", path=str(path))
    resolver = Resolver(header.participants)
    turns, spoken, named, who_warnings = _turns(found, resolver)
    if header.agenda and not found.headings_found:
        turns = _follow_spoken_agenda(turns, header.agenda, found.headings_found)
    participants = fill_names(header.participants, spoken, named)
    signatories, sign_warnings = _signatories(header.signatories + found.signatories, turns, found.agenda,
                                              participants, closing_signatories(body[end:]))
    checks = coverage_warnings(body[:end], turns, found.agenda, known) + \
        structure_warnings(turns, header.agenda, found.headings_found)
    check(progress, 1, 1, "完了")
    return Minutes(
        source=Source(path=str(path), format=fmt, pages=pages, sha256=sha256),
        meeting=_times_from_notes(header.meeting, turns),
        participants=tuple(participants),
        signatories=tuple(signatories),
        agenda=tuple(AgendaItem(a) for a in found.agenda),
        turns=tuple(turns),
        warnings=tuple(warnings + header.warnings + found.warnings + who_warnings + sign_warnings + checks),
    )
