"""What the components read out of an article: units, offices and persons, with
their character offsets in the sentence they were read from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class UnitRef:
    id: str
    name: str
    kind: str
    service: str
    aliases: list[str] = field(default_factory=list)
    region: str | None = None
    code: str | None = None
    parent: "UnitRef | None" = None


@dataclass
class TitleMention:
    start: int
    end: int
    title: str
    role: str
    status: str
    position: str  # office name: title + unit/place
    aliases: list[str]
    unit: UnitRef | None
    holder: "PersonMention | None" = None
    organisation: bool = False  # "Ketua MUI Kabupaten Badung": an office of a body the lexicon does not know
    staff: bool = False  # "Kabid Humas Polda Sulsel": a staff office read from its parts
    field_of: str = ""  # "Staf Ahli Bupati X Bidang Hukum": the field an advisor's office is for


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    degrees: list[str]
    rank: str | None
    rank_service: str | None
    corps: str | None
    title: TitleMention | None
    sentence: int
    honorific: str | None = None
    key: str = ""
    delegate_of: UnitRef | None = None  # "perwakilan Kejari X, Nama": the body that sent them
