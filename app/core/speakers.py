"""How a turn's speaker is named to a reader: the role and the person together."""
from __future__ import annotations


def speaker_label(speaker: str | None, name: str | None, participant: str | None) -> str:
    """青木委員 for the role 委員 held by 青木 (participant 青木委員); 会長（石川委員） for a role
    held by a participant; the speaker label itself when it already names the person ("" for a
    note without speaker)."""
    if not speaker:
        return ""
    if name and participant and name + speaker == participant:
        return participant
    who = participant or name
    return f"{speaker}（{who}）" if who and who not in speaker and speaker not in who else speaker
