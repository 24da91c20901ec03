"""Many near-duplicate documents (yearly plans that repeat each other's text, other regions' copies): the one
passage holding the fact shares its words with dozens of others, so fusion ranks it below the top_k. The
engine still quotes it: deeper candidates whose sentence holds more of the question and the asked kind of
answer take the last places (app/retrieve.py promote_evidence). Real model, real Chroma."""
import random

import pytest

from app.engine import Engine
from ingest.pipeline import ingest

REGIONS = ["Nordjylland", "Syddanmark", "Sjælland", "Hovedstaden", "Midtjylland"]
FACT = "Internationaliseringsrådgiveren har fra projektets start og frem til september 2010 haft 373 møder med midtjyske virksomheder."


def near_duplicate(rng: random.Random, n: int) -> str:
    region, year = rng.choice(REGIONS), rng.randint(2005, 2020)
    sentences = [
        f"Placeringen af internationaliseringsrådgiveren i Region {region} har medført en stigning i brugen af Eksportrådet.",
        f"På Vækstforums møde den {rng.randint(1, 28)}. oktober {year} blev samarbejdet med internationaliseringsrådgiveren forlænget.",
        "Den geografiske nærhed gør det muligt for virksomhederne at få et møde med kort varsel.",
        f"Internationaliseringsrådgiveren har holdt møder med virksomheder i hele Region {region}, og møderne er gratis.",
        f"Internationaliseringsrådgiveren deltog i {rng.randint(3, 12)} messer og netværksmøder i {year}.",
        f"Ordningen blev evalueret i {year} af et eksternt konsulentfirma.",
    ]
    rng.shuffle(sentences)
    return f"---\ntitle: Notat {n} om internationalisering i Region {region}\nyear: {year}\n---\n" + " ".join(sentences) + "\n"


@pytest.fixture(scope="module")
def buried(tmp_path_factory):
    from tests.conftest import make_settings

    settings = make_settings(tmp_path_factory.mktemp("near-duplicates"))
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "evaluering-2010.md").write_text(
        "---\ntitle: Evaluering af eksportindsatsen\nyear: 2010\n---\n"
        "Regionens eksportindsats omfatter eksportkurser, netværk for ledere og messedeltagelse. "
        "Budgettet for indsatsen var 12 mio. kr. i perioden, og halvdelen kom fra EU's strukturfonde. "
        f"Evalueringen bygger på interviews med 40 virksomheder og på tal fra Danmarks Statistik. {FACT} "
        "Flere virksomheder efterlyser hjælp til eksport til Kina og Indien. "
        "Evalueringen anbefaler, at indsatsen fortsætter i en ny treårig periode.\n", encoding="utf-8")
    rng = random.Random(373)
    for n in range(25):
        (settings.corpus_dir / f"notat-{n:02d}.md").write_text(near_duplicate(rng, n), encoding="utf-8")
    assert ingest(settings).ok
    return settings


QUESTION = "Hvor mange møder har internationaliseringsrådgiveren haft?"


def test_the_fact_passage_is_fused_below_the_top_k_among_its_near_duplicates(buried):
    """The premise: without the deeper look the fact is not among the passages quoted."""
    engine = Engine(buried.model_copy(update={"evidence_pool": 0}))
    answer = engine.ask(QUESTION)
    assert "373" not in answer.text


def test_the_fact_buried_under_near_duplicates_is_quoted_first(buried):
    answer = Engine(buried).ask(QUESTION)
    assert answer.text.splitlines()[0].startswith("Kort svar: 373 møder"), answer.text
    assert answer.sources[0].document == "evaluering-2010.md"
