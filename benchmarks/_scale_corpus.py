"""Synthetic corpora for benchmarks/scale.py: many distinct Danish documents made from the real corpus's sentences.

Each synthetic document has its own title, year, publisher and section headings, and a shuffled selection of
the real corpus's prose sentences, varied per document so that no two documents are the same text: the region
named (Region Midtjylland, Nordjylland, Syddanmark, Sjælland, Hovedstaden, with their adjectives and programme
names: "midtjyske" -> "nordjyske", "VækstMidt" -> "VækstNord"), the years (shifted by the document's year minus
2010) and the figures (scaled per document: "183.332 mio. kr." -> "214.907 mio. kr.", "ca. 49 %" -> "ca. 41 %").
Days of a date ("1. januar"), fractions ("2/3") and numbers under 10 are kept.

Every sentence that holds a fact of benchmarks/eval/dev.jsonl (one of its `context_contains` strings), or the
figure 373 (the answer to "Hvor mange møder har internationaliseringsrådgiveren haft?"), is left out of the pool,
and a varied sentence that happens to produce one is dropped: the real document, copied unchanged beside the
synthetic ones, stays the only source of those answers, so answer quality can be scored at every size.

The corpus is built until it makes `size` chunks (counted with ingest's own chunker, the real document
included), so it lands within one document's chunks of the target."""
from __future__ import annotations

import json
import random
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from app.core.config import Settings
from app.core.sentences import split_sentences
from ingest.chunk import chunk_document
from ingest.clean import clean_document
from ingest.documents import DocumentLimits
from ingest.loaders import load_document
from ingest.structure import SECTION_SEPARATOR, to_blocks

REPO = Path(__file__).resolve().parent.parent
REAL_CORPUS = REPO / "corpus"
DEV_EVAL = REPO / "benchmarks" / "eval" / "dev.jsonl"
EXTRA_EXCLUDED = ("373",)  # the meetings question's answer: only the real document may give it
SAMPLE_SIZE = 512  # chunk texts kept for the embedder's raw throughput
STATS_FILE = "corpus.json"
SAMPLE_FILE = "embed_sample.json"

REGIONS = {  # name, adjective, programme-name part ("VækstMidt"), JOB programme, weight
    "Midtjylland": ("Midtjylland", "midtjyske", "Midt", "JOBmidt", 0.3),
    "Nordjylland": ("Nordjylland", "nordjyske", "Nord", "JOBnord", 0.175),
    "Syddanmark": ("Syddanmark", "syddanske", "Syd", "JOBsyd", 0.175),
    "Sjælland": ("Sjælland", "sjællandske", "Sjælland", "JOBsjælland", 0.175),
    "Hovedstaden": ("Hovedstaden", "hovedstadens", "Hovedstad", "JOBhovedstad", 0.175),
}
MUNICIPALITIES = {
    "Midtjylland": ["Aarhus", "Randers", "Herning", "Silkeborg", "Horsens", "Viborg", "Holstebro", "Skive", "Ikast-Brande",
                    "Ringkøbing-Skjern", "Skanderborg", "Favrskov"],
    "Nordjylland": ["Aalborg", "Hjørring", "Frederikshavn", "Thisted", "Vesthimmerland", "Mariagerfjord", "Brønderslev",
                    "Jammerbugt", "Rebild", "Morsø"],
    "Syddanmark": ["Odense", "Esbjerg", "Vejle", "Kolding", "Sønderborg", "Svendborg", "Aabenraa", "Haderslev", "Fredericia",
                   "Varde"],
    "Sjælland": ["Roskilde", "Næstved", "Slagelse", "Holbæk", "Køge", "Kalundborg", "Guldborgsund", "Vordingborg",
                 "Ringsted", "Faxe"],
    "Hovedstaden": ["København", "Frederiksberg", "Gentofte", "Hillerød", "Helsingør", "Ballerup", "Gladsaxe", "Lyngby-Taarbæk",
                    "Bornholm", "Høje-Taastrup"],
}
KINDS = [
    ("Handlingsplan for", "plan"), ("Status og evaluering af", "evaluation"), ("Strategi for", "strategy"),
    ("Redegørelse om", "report"), ("Midtvejsevaluering af", "evaluation"), ("Notat om", "memo"),
    ("Årsrapport for", "report"), ("Indsatsbeskrivelse for", "programme"), ("Udviklingsplan for", "plan"),
    ("Perspektiver for", "memo"),
]
TOPICS = [
    "eksport og internationalisering", "internationalisering af små og mellemstore virksomheder",
    "tiltrækning og fastholdelse af udenlandsk arbejdskraft", "erhvervsudvikling og vækst",
    "iværksætteri og virksomhedsudvikling", "de udenlandske kontorer", "samarbejdet med Eksportrådet",
    "vækst- og innovationsprogrammerne", "udenlandske studerende", "fødevare- og energieksporten",
    "klyngesamarbejde og netværk", "den regionale vækstindsats",
]
GENERIC_HEADINGS = [
    "Baggrund", "Formål", "Indsatser og resultater", "Økonomi", "Perspektiver for den fremtidige indsats", "Samarbejdspartnere",
    "Opfølgning og evaluering", "Status på indsatsen", "Anbefalinger", "Målgruppe", "Organisering", "Resultater",
]
_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Pool:
    sentences: list[str]  # prose sentences without a dev fact
    headings: list[str]  # the real documents' section headings, numbering removed
    excluded: list[str]  # normalised fact strings no synthetic sentence may contain
    left_out: int  # real sentences left out because they hold a fact


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def excluded_facts(dev_file: Path = DEV_EVAL) -> list[str]:
    facts = list(EXTRA_EXCLUDED)
    for line in dev_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            facts += json.loads(line).get("context_contains", [])
    return [normalise(fact) for fact in facts]


def holds_fact(sentence: str, excluded: list[str]) -> bool:
    text = normalise(sentence)
    return any(fact in text for fact in excluded)


def _limits(settings: Settings) -> DocumentLimits:
    return DocumentLimits(chars=settings.max_document_chars, unpacked_bytes=settings.max_unpacked_bytes)


def real_pool(settings: Settings, corpus: Path = REAL_CORPUS) -> Pool:
    """The real corpus's prose sentences (paragraph text split by app.core.sentences), without those holding a
    dev fact; tables and list items are left to the real document."""
    excluded = excluded_facts()
    sentences: list[str] = []
    headings: dict[str, None] = {}
    left_out = 0
    for path in sorted(corpus.glob("*.txt")):
        document = load_document(path, corpus, _limits(settings))
        for block in to_blocks(clean_document(document.pages)):
            for heading in block.section.split(SECTION_SEPARATOR):
                title = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", heading).strip()
                if title:
                    headings[title] = None
            if block.kind != "paragraph":
                continue
            for sentence in split_sentences(block.text):
                if len(sentence) < 40 or not sentence[0].isupper() or not sentence.endswith((".", "?", "!")):
                    continue
                if holds_fact(sentence, excluded):
                    left_out += 1
                    continue
                sentences.append(sentence)
    return Pool(list(dict.fromkeys(sentences)), list(headings), excluded, left_out)


def for_region(text: str, region: str) -> str:
    """The text as a document of `region` would write it."""
    name, adjective, short, job, _ = REGIONS[region]
    text = text.replace("Midtjylland", name).replace("midtjyske", adjective).replace("Midtjyske", adjective.capitalize())
    text = text.replace("JOBmidt", job)
    text = re.sub(r"(?<=[a-zæøå])Midt", short, text)
    return re.sub(r"\bMidtprogrammet", f"{short}programmet", text)


def vary_numbers(text: str, year_shift: int, factor: float, rng: random.Random) -> str:
    """Years shifted, figures scaled; days of dates, fractions and numbers under 10 kept."""

    def replace(match: re.Match) -> str:
        raw = match.group()
        before, after = text[max(0, match.start() - 1):match.start()], text[match.end():match.end() + 16]
        if "/" in before or after.startswith("/"):
            return raw  # "2/3"
        if re.match(rf"\.\s*(?:{_MONTHS})\b", after, re.IGNORECASE):
            return raw  # the day of "1. januar 2010"
        if re.fullmatch(r"(?:19[5-9]\d|20[0-4]\d)", raw):
            return str(int(raw) + year_shift)
        thousands = re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw)
        decimal = re.fullmatch(r"(\d+),(\d+)", raw)
        if not (thousands or decimal or raw.isdigit()):
            return raw  # "1.8.2011" and the like
        value = float(raw.replace(".", "").replace(",", "."))
        if value < 10:
            return raw
        share = re.match(r"\s*(?:%|pct|procent)", after)
        scaled = value * (min(factor, 1.05) if share else factor) * rng.uniform(0.85, 1.15)
        if share:
            scaled = min(scaled, 97.0)
        if decimal:
            return f"{scaled:.{len(decimal.group(2))}f}".replace(".", ",")
        whole = max(10, round(scaled))
        return f"{whole:,}".replace(",", ".") if thousands or whole >= 10000 else str(whole)

    return _NUMBER.sub(replace, text)


def _document_text(rng: random.Random, pool: Pool, title: str, year: int, region: str, publisher: str, kind: str) -> str:
    """Front matter, the title, then 2-6 numbered sections of paragraphs of 2-6 sentences: a shuffled selection of
    12-60 pool sentences (each at most once in the document), varied for the document's region, year and figures."""
    shift, factor = year - 2010, rng.uniform(0.5, 1.8)
    lines = ["---", f'title: "{title}"', f"year: {year}", f'publisher: "{publisher}"', "language: da", f"kind: {kind}", "---",
             title, ""]
    selection = [vary_numbers(for_region(sentence, region), shift, factor, rng)
                 for sentence in rng.sample(pool.sentences, min(len(pool.sentences), rng.randint(12, 60)))]
    selection = [sentence for sentence in selection if not holds_fact(sentence, pool.excluded)]
    headings = rng.sample(pool.headings + GENERIC_HEADINGS, rng.randint(2, 6))
    cuts = sorted(rng.sample(range(1, len(selection)), len(headings) - 1))  # sections of unequal length
    for number, (heading, start, end) in enumerate(zip(headings, [0, *cuts], [*cuts, len(selection)]), start=1):
        lines += [f"{number}. {for_region(heading, region)}", ""]
        sentences = selection[start:end]
        while sentences:
            take = rng.randint(2, 6)
            lines += [" ".join(sentences[:take]), ""]
            sentences = sentences[take:]
    return "\n".join(lines)


def build_corpus(root: Path, size: int, settings: Settings, seed: int = 17) -> dict:
    """Write root/corpus (the real corpus plus synthetic documents, about `size` chunks) once; return its stats
    (also saved as root/corpus.json). An existing complete corpus is reused as it is."""
    stats_file = root / STATS_FILE
    if stats_file.exists() and (root / "corpus").is_dir():
        return {**json.loads(stats_file.read_text(encoding="utf-8")), "reused": True}
    started = time.perf_counter()
    partial = root / "corpus.partial"
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(REAL_CORPUS, partial)
    limits = _limits(settings)
    rng = random.Random(f"raadgiver-scale-{seed}-{size}")
    sample_rng = random.Random(f"raadgiver-scale-sample-{seed}-{size}")
    sample: list[str] = []
    seen = 0

    def count(path: Path) -> int:
        nonlocal seen
        chunks = chunk_document(load_document(path, partial, limits), settings.chunk_size, settings.chunk_overlap_sentences)
        for chunk in chunks:  # reservoir sample of what ingest embeds
            seen += 1
            if len(sample) < SAMPLE_SIZE:
                sample.append(chunk.embed_text)
            elif (slot := sample_rng.randrange(seen)) < SAMPLE_SIZE:
                sample[slot] = chunk.embed_text
        return len(chunks)

    chunks = sum(count(path) for path in sorted(partial.glob("*.txt")))
    real_chunks = chunks
    pool = real_pool(settings)
    titles: set[str] = set()
    documents = 0
    region_names, weights = list(REGIONS), [spec[-1] for spec in REGIONS.values()]
    while chunks < size:
        region = rng.choices(region_names, weights)[0]
        year = rng.randint(2005, 2024)
        words, kind = rng.choice(KINDS)
        topic = rng.choice(TOPICS)
        if rng.random() < 0.5:
            publisher = place = f"Region {REGIONS[region][0]}"
        else:
            place = f"{rng.choice(MUNICIPALITIES[region])} Kommune"
            publisher = place
        title = f"{words} {topic} {year}, {place}"
        if title in titles:
            continue
        titles.add(title)
        folder = partial / "synthetic" / f"{documents // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", normalise(title).translate(str.maketrans("æøå", "eoa")))[:70].strip("-")
        path = folder / f"{documents:06d}-{slug}.txt"
        path.write_text(_document_text(rng, pool, title, year, region, publisher, kind), encoding="utf-8")
        chunks += count(path)
        documents += 1
    stats = {
        "size": size, "chunks": chunks, "real_chunks": real_chunks, "synthetic_documents": documents,
        "pool_sentences": len(pool.sentences), "sentences_left_out": pool.left_out,
        "build_seconds": round(time.perf_counter() - started, 1),
    }
    shutil.rmtree(root / "corpus", ignore_errors=True)
    partial.rename(root / "corpus")
    (root / SAMPLE_FILE).write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    stats_file.write_text(json.dumps(stats, indent=2), encoding="utf-8")
    return {**stats, "reused": False}


def embed_sample(root: Path) -> list[str]:
    return json.loads((root / SAMPLE_FILE).read_text(encoding="utf-8"))
