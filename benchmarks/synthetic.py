"""A synthetic world of regional officialdom, for benchmarks and tests.

Regions come from ``loaders/data/regions.tsv``. Each regency gets its police,
military, civil and election units and their offices; each office has a
succession of holders over the year (so offices have former and current
holders); provincial officials travel to several regencies (the brokers).
Meetings are rakor in one regency, attended by most of its current office
holders, some represented by a deputy.

A meeting can be emitted as an ``ArticleGraph`` (what the extractor would
give: :func:`meeting_graph`) or as the text of a news article (for end-to-end
runs: :func:`meeting_text`), some of them with page junk.

Usage:
    python benchmarks/synthetic.py --meetings 2000 --persons 5000 --out /tmp/synth   # text articles
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from kg.model import ArticleGraph, make_id
from loaders.lexicon import lexicon

FIRST = ("Agus Budi Dedi Eko Fajar Gede Hendra Imam Joko Komang Lukas Made Nyoman Oktavianus Petrus Rudi Slamet "
         "Teguh Umar Wayan Yohanes Yosef Zainal Ahmad Bambang Cahyo Darius Edi Frans Gusti Heru Ignasius Jefri Kadek "
         "Lorens Markus Nurdin Obed Paulus Ridwan Samuel Tomas Usman Viktor Wahyu Yakobus Yusuf Benediktus Dominggus").split()
MIDDLE = ("Adi Putra Eka Dwi Tri Jaya Wira Nusa Bayu Dharma Surya Cahya Mulia Arya Sakti Bima Indra Krisna").split()
LAST = ("Santoso Wibowo Saputra Hidayat Nugroho Pratama Siregar Manafe Tefa Bria Nahak Seran Lake Ndun Fanggidae "
        "Kolo Leki Mali Amalo Bani Taek Lusi Ratu Neno Haning Dethan Pello Rihi Tanesib Nenobais Un Manek Atok "
        "Halla Tallo Kase Snae Benu Tulasi Sinaga Nainggolan Harahap Lubis Pasaribu Hutapea").split()

# office title, unit kind, rank pool (empty: civilian), role
REGENCY_OFFICES = [
    ("Kapolres", "polres", ["AKBP"], "head"), ("Wakapolres", "polres", ["KOMPOL"], "deputy"),
    ("Kabag Ops", "polres", ["KOMPOL", "AKP"], "staff"), ("Kasat Intelkam", "polres", ["AKP", "IPTU"], "staff"),
    ("Dandim", "kodim", ["LETKOL"], "head"), ("Kasdim", "kodim", ["MAYOR"], "deputy"),
    ("Bupati", "pemkab", [], "civil_head"), ("Wakil Bupati", "pemkab", [], "deputy"),
    ("Ketua KPU", "kpu", [], "civil_head"), ("Ketua Bawaslu", "bawaslu", [], "civil_head"),
    ("Kepala Badan Kesbangpol", "kesbangpol", [], "civil_head"),
] + [(f"Kapolsek {i}", "polsek", ["AKP", "IPTU"], "head") for i in range(1, 6)] \
  + [(f"Danramil {i}", "koramil", ["KAPTEN", "MAYOR"], "head") for i in range(1, 5)]
PROVINCE_OFFICES = [("Kapolda", "polda", ["IRJEN POL"], "head"), ("Wakapolda", "polda", ["BRIGJEN POL"], "deputy"),
                    ("Danrem", "korem", ["BRIGJEN TNI", "KOLONEL"], "head"), ("Gubernur", "pemprov", [], "civil_head")]
SERVICE = {"polres": "police", "polsek": "police", "polda": "police", "kodim": "military", "koramil": "military",
           "korem": "military", "pemkab": "civil", "pemprov": "civil", "kesbangpol": "civil", "kpu": "election",
           "bawaslu": "election"}
UNIT_NAME = {"polres": "Polres {r}", "polsek": "Polsek {r} {d}", "polda": "Polda {r}", "kodim": "Kodim {c}/{r}",
             "koramil": "Koramil {c}/0{i} {r}", "korem": "Korem {c}/{r}", "pemkab": "Pemerintah Kabupaten {r}",
             "pemprov": "Pemerintah Provinsi {r}", "kesbangpol": "Badan Kesbangpol Kabupaten {r}",
             "kpu": "KPU Kabupaten {r}", "bawaslu": "Bawaslu Kabupaten {r}"}
START = date(2024, 1, 1)
DIRECTIONS = ["", "Kota", "Utara", "Selatan", "Timur", "Barat"]


@dataclass
class Office:
    title: str
    unit: str        # unit id
    unit_name: str
    kind: str
    ranks: list[str]
    role: str
    region: str
    holders: list[tuple[str, str, date]] = field(default_factory=list)  # (person id, name, from)

    @property
    def name(self) -> str:
        """The office as articles write it: ``Kapolres Belu``, ``Kabag Ops Polres Belu``, ``Ketua KPU Kabupaten Belu``."""
        title = self.title.rstrip("0123456789 ")
        if self.kind in ("pemkab", "pemprov") or title in ("Kapolres", "Kapolda"):
            return f"{title} {self.region}"
        if title in ("Dandim", "Danrem", "Kasdim", "Wakapolres", "Wakapolda", "Danramil", "Kapolsek"):
            return f"{title} {self.unit_name.split(' ', 1)[1]}"
        if title in ("Ketua KPU", "Ketua Bawaslu", "Kepala Badan Kesbangpol"):
            return f"{title.split(' ')[0]} {self.unit_name}"
        return f"{title} {self.unit_name}"

    def holder_on(self, day: date) -> tuple[str, str, date] | None:
        """(person id, name, since) of the holder on ``day``."""
        current = [h for h in self.holders if h[2] <= day]
        return current[-1] if current else None


@dataclass
class World:
    offices_by_region: dict[str, list[Office]]
    province_offices: dict[str, list[Office]]
    province_of: dict[str, str]
    ranks: dict[str, str]  # person id -> rank
    persons: int


def build_world(persons: int = 5000, seed: int = 1) -> World:
    """Regions, units, offices and a succession of holders, about ``persons`` people in all."""
    rng = random.Random(seed)
    lex = lexicon()
    regencies = sorted((r for r in {id(r): r for r in lex.regions.values()}.values() if r.kind == "regency"),
                       key=lambda r: r.name)
    per_region = len(REGENCY_OFFICES) * 2  # about two holders per office over the year
    wanted = max(1, persons // per_region)
    chosen = rng.sample(regencies, min(len(regencies), wanted))
    # more regencies than Indonesia has: numbered copies ("Belu 2"), for scale runs
    for copy in range(2, 2 + (wanted - len(chosen)) // len(regencies) + 1):
        chosen += [replace(r, short=f"{r.short} {copy}", name=f"{r.name} {copy}") for r in regencies]
    chosen = chosen[:wanted]
    names: set[str] = set()
    ranks: dict[str, str] = {}

    def new_person(pool: list[str]) -> tuple[str, str]:
        tries = 0
        while True:
            tries += 1  # short names run out in big worlds: then two family names
            parts = [rng.choice(FIRST)] + ([rng.choice(MIDDLE)] if rng.random() < 0.5 else []) + [rng.choice(LAST)] \
                + ([rng.choice(LAST)] if tries > 5 else [])
            name = " ".join(parts)
            if name not in names:
                names.add(name)
                pid = make_id("Person", name.lower())
                if pool:
                    ranks[pid] = rng.choice(pool)
                return pid, name

    def offices_for(table, region: str, code: int) -> list[Office]:
        out = []
        for title, kind, pool, role in table:
            i = title.rsplit(" ", 1)[-1] if title[-1].isdigit() else ""
            unit_name = UNIT_NAME[kind].format(r=region, c=code, i=i, d=DIRECTIONS[int(i or 0)])
            office = Office(title, make_id("Unit", unit_name.lower()), unit_name, kind, pool, role, region)
            day = START - timedelta(days=rng.randint(30, 400))
            while day < START + timedelta(days=365):
                pid, name = new_person(pool)
                office.holders.append((pid, name, day))
                day += timedelta(days=rng.randint(120, 300))
            out.append(office)
        return out

    by_region = {r.short: offices_for(REGENCY_OFFICES, r.short, 1600 + i) for i, r in enumerate(chosen)}
    provinces = {lex.provinces[r.province].short for r in chosen}
    by_province = {p: offices_for(PROVINCE_OFFICES, p, 160 + i) for i, p in enumerate(sorted(provinces))}
    province_of = {r.short: lex.provinces[r.province].short for r in chosen}
    return World(by_region, by_province, province_of, ranks, len(names))


@dataclass
class MeetingEvent:
    id: str
    day: date
    region: str
    venue: str
    chair: tuple[Office, tuple]
    present: list[tuple[Office, tuple]]
    represented: list[tuple[Office, tuple, Office, tuple]]  # (absent office, holder, deputy office, deputy)
    former: list[tuple[Office, tuple]]  # earlier holders named with "mantan" in the text


def meetings(world: World, n: int, seed: int = 2):
    """``n`` meeting events spread over 2024, each in one regency."""
    rng = random.Random(seed)
    regions = sorted(world.offices_by_region)
    for i in range(n):
        region = rng.choice(regions)
        day = START + timedelta(days=rng.randint(0, 364))
        offices = world.offices_by_region[region]
        held = [(o, h) for o in offices if (h := o.holder_on(day))]
        present = [x for x in held if rng.random() < 0.6]
        if rng.random() < 0.3:  # a provincial official comes: links regencies of one province
            prov = world.province_offices[world.province_of[region]]
            o = rng.choice(prov)
            if holder := o.holder_on(day):
                present.append((o, holder))
        represented = []
        deputies = {o.kind: (o, h) for o, h in present if o.role == "deputy"}
        for o, h in list(present):
            if o.role in ("head", "civil_head") and o.kind in deputies and rng.random() < 0.3:
                present.remove((o, h))
                represented.append((o, h, *deputies[o.kind]))
        staff = {o.kind: (o, h) for o, h in present if o.role == "staff"}
        for o, h in list(present):
            if o.role == "deputy" and o.kind in staff and rng.random() < 0.2 and (o, h) not in [r[2:] for r in represented]:
                present.remove((o, h))
                represented.append((o, h, *staff[o.kind]))
        if not present:
            present = held[:1]
        chair = next((x for x in present if x[0].role == "head"), present[0])
        former = []
        for o, _ in present:
            earlier = [h for h in o.holders if h[2] <= day][:-1]
            if earlier and rng.random() < 0.1:
                former.append((o, earlier[-1]))
        yield MeetingEvent(make_id("Meeting", f"{day.isoformat()}-rakor-{region}-{i}"), day, region,
                           f"Aula {rng.choice(['Wira', 'Rupatama', 'Bhayangkara', 'Garuda'])} {chair[0].unit_name}",
                           chair, present, represented, former)


def meeting_graph(world: World, m: MeetingEvent) -> ArticleGraph:
    """The ArticleGraph the extractor would give for a report of ``m``."""
    g = ArticleGraph(make_id("Article", m.id), f"synthetic/{m.id}", m.day.isoformat())
    d = m.day.isoformat()
    g.add_node("Meeting", m.id, name=f"Rakor {m.region} {d}", title=f"Rakor lintas sektoral {m.region}",
               kind="rakor", date=d, venue=m.venue, mode="in_person")
    g.add_node("Article", g.article_id, name=m.id, source=g.source, published=d)

    def person(o: Office, h: tuple, status: str = "current") -> str:
        pid, name, _ = h
        g.add_node("Person", pid, name=name, first_seen=d, last_seen=d)
        if pid in world.ranks:
            rid = make_id("Rank", world.ranks[pid])
            g.add_node("Rank", rid, name=world.ranks[pid], service="TNI" if SERVICE[o.kind] == "military" else "POLRI")
            g.add_rel("HAS_RANK", pid, rid, "synthetic", as_of=d)
        pos = make_id("Position", o.name)
        g.add_node("Unit", o.unit, name=o.unit_name, kind=o.kind, service=SERVICE[o.kind], region=o.region)
        g.add_node("Position", pos, name=o.name, title=o.title.rstrip("0123456789 "), role=o.role)
        g.add_rel("OF", pos, o.unit, "synthetic")
        g.add_rel("HOLDS_POSITION", pid, pos, "synthetic", status=status, first_seen=d, last_seen=d)
        if o.role == "head" and status == "current":
            g.add_rel("COMMANDS", pid, o.unit, "synthetic", first_seen=d, last_seen=d)
        return pid

    for o, h in m.present:
        role = "chair" if (o, h) == m.chair else "participant"
        g.add_rel("ATTENDED", person(o, h), m.id, "synthetic", role=role, mode="in_person")
    for o, h, do, dh in m.represented:
        g.add_rel("REPRESENTED", person(do, dh), person(o, h), "synthetic", meeting=m.id)
    for o, h in m.former:
        person(o, h, status="former")
    g.add_rel("ORGANIZED", m.chair[0].unit, m.id, "synthetic")
    for node in list(g.nodes.values()):
        if node.label != "Article":
            g.add_rel("MENTIONED_IN", node.id, g.article_id)
    return g


DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
# What the body of a report says besides who was there: statements without offices or names,
# so that articles have the length of real ones (about 300 words) without adding facts.
BODY = [
    "Dalam arahannya, pimpinan rapat menekankan pentingnya sinergi seluruh unsur dalam menjaga situasi yang aman dan kondusif menjelang pelaksanaan tahapan pemilihan.",
    "Menurutnya, deteksi dini terhadap potensi gangguan keamanan harus dilakukan bersama oleh seluruh pihak, mulai dari tingkat desa hingga kabupaten.",
    "Ia juga mengajak tokoh agama, tokoh adat dan tokoh pemuda untuk ikut menyampaikan pesan-pesan damai kepada masyarakat di wilayah masing-masing.",
    "Sejumlah potensi kerawanan dipetakan dalam rapat tersebut, antara lain penyebaran berita bohong di media sosial, konflik antarkelompok dan gangguan di tempat pemungutan suara.",
    "Peserta rapat sepakat untuk memperkuat patroli gabungan serta meningkatkan koordinasi melalui posko bersama yang dibuka setiap hari.",
    "Selain itu, rapat juga membahas dukungan logistik, pengamanan gudang logistik dan jalur distribusi ke daerah yang sulit dijangkau.",
    "Rapat berlangsung dengan tertib dan lancar, diakhiri dengan penandatanganan komitmen bersama untuk menjaga netralitas dan keamanan.",
    "Masyarakat diimbau untuk tidak mudah terprovokasi oleh informasi yang belum jelas kebenarannya dan segera melapor bila menemukan hal yang mencurigakan.",
    "Pihaknya menyatakan siap mendukung penuh langkah-langkah pengamanan yang telah disusun, termasuk penempatan personel di titik-titik rawan.",
    "Kegiatan ditutup dengan sesi tanya jawab dan foto bersama seluruh peserta rapat koordinasi.",
    "Pengamanan akan dilaksanakan secara terpadu dengan melibatkan personel gabungan, perlindungan masyarakat dan relawan dari berbagai organisasi.",
    "Ia berharap seluruh rangkaian kegiatan dapat berjalan aman, damai dan sejuk sehingga masyarakat dapat beraktivitas seperti biasa.",
]
JUNK = ["Baca juga: Polisi Amankan Ratusan Botol Miras Jelang Tahun Baru", "ADVERTISEMENT",
        "Bagikan: Facebook Twitter WhatsApp", "Tinggalkan Balasan Batalkan balasan"]


def _who(world: World, o: Office, h: tuple) -> str:
    rank = world.ranks.get(h[0])
    rank_text = {"IRJEN POL": "Irjen Pol.", "BRIGJEN POL": "Brigjen Pol.", "BRIGJEN TNI": "Brigjen TNI",
                 "LETKOL": "Letkol Inf", "MAYOR": "Mayor Inf"}.get(rank, rank.title() if rank and len(rank) > 4 else rank)
    return f"{o.name} {rank_text + ' ' if rank_text else ''}{h[1]}"


def meeting_text(world: World, m: MeetingEvent, seed: int = 0) -> str:
    """A news report of ``m`` in the style of regional police and government sites."""
    rng = random.Random(seed)
    day = f"{DAYS[m.day.weekday()]} ({m.day.day}/{m.day.month}/{m.day.year})"
    chair_office, chair = m.chair
    others = [x for x in m.present if x != m.chair]
    lines = [f"{chair_office.name} Pimpin Rakor Lintas Sektoral di {m.region}", ""]
    lines.append(f"{m.region} - {_who(world, chair_office, chair)}, S.H., S.I.K. memimpin Rapat Koordinasi "
                 f"Lintas Sektoral yang digelar di {m.venue}, pada {day} pukul 09.00 WITA.")
    if others:
        lines.append("Rakor tersebut dihadiri oleh " + ", ".join(_who(world, o, h) for o, h in others) + ".")
    for o, h, do, dh in m.represented:
        lines.append(f"{o.name} yang diwakili oleh {_who(world, do, dh)} menyampaikan dukungan penuh.")
    for o, h in m.former:
        lines.append(f"Turut hadir mantan {o.name} {h[1]}.")
    lines.append("Rapat membahas kesiapan pengamanan dan situasi kamtibmas di wilayah hukum setempat.")
    body = rng.sample(BODY, rng.randint(6, 9))
    lines += [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    if rng.random() < 0.2:
        lines.insert(rng.randint(2, len(lines)), rng.choice(JUNK))
    return "\n\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--out", type=Path, required=True, help="Directory for the article .txt files.")
    args = parser.parse_args()
    world = build_world(args.persons)
    args.out.mkdir(parents=True, exist_ok=True)
    for i, m in enumerate(meetings(world, args.meetings)):
        (args.out / f"synthetic_{i:06d}.txt").write_text(meeting_text(world, m, seed=i), encoding="utf-8")
    print(f"wrote {args.meetings} articles about {world.persons} persons to {args.out}")


if __name__ == "__main__":
    main()
