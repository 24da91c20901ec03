from app.series import replaced_documents, series_name, superseded_by


def test_versions_of_one_document_are_named_alike_but_for_their_years():
    assert series_name("docs/Energitjek_2025.md") == series_name("energitjek-2023.docx") == "energitjek"
    assert series_name("handlingsplan-2026-2028.md") == series_name("handlingsplan-2023-2025.md") == "handlingsplan"
    assert series_name("aarsrapport-2024.md") != series_name("evaluering-2024.md")
    assert series_name("ab-2023.md") == ""  # too short a name to say two files are one document
    # The next version may call its kind of rules otherwise: guidance in 2023, guidelines in 2025.
    assert series_name("Vejledning_digitaliseringsvoucher_2023.pdf") == \
        series_name("Retningslinjer_digitaliseringsvoucher_2025.docx") != ""
    assert series_name("vejledning-2023.md") != series_name("regler-2025.md")  # a kind alone names no series
    # ... or write it into a compound, and the thing in the plural: the programmes' rules, then terms for programmes.
    assert series_name("programregler-2024.pdf") == series_name("vilkaar-programmer-2026.docx") == "program"


def test_the_newest_version_supersedes_the_older_ones_and_nothing_else():
    years = {"energitjek-2023.md": 2023, "energitjek-2021.md": "2021", "energitjek-2025.md": 2025,
             "evaluering-2024.docx": 2024, "faq.md": None, "plan-2020.md": None, "plan-2022.md": 2022}
    assert superseded_by(years) == {"energitjek-2023.md": "energitjek-2025.md", "energitjek-2021.md": "energitjek-2025.md"}


def test_a_price_list_is_superseded_by_the_next_years_list_named_otherwise_but_not_by_a_name_sharing_one_word():
    years = {"Prisliste_Kvist_Cowork_2025.pdf": 2025, "Kvist_Cowork_priser_og_medlemskaber_2026.pdf": 2026,
             "Kvist Cowork - medlemsvilkaar og husorden 2026.docx": 2026, "Kvist_aarsrapport_2025.pdf": 2025,
             "status-evaluering-eksport-internationalisering-2010.txt": 2010, "status-2013.html": 2013}
    assert superseded_by(years) == {"Prisliste_Kvist_Cowork_2025.pdf": "Kvist_Cowork_priser_og_medlemskaber_2026.pdf"}


def test_a_programme_named_in_full_in_the_next_version_is_one_series_but_a_short_head_or_a_news_item_is_not():
    # "voucher" in 2024, "digitaliseringsvoucher" in 2026: the same voucher, its full name written the second time.
    years = {"voucher-retningslinjer-2024.md": 2024, "vejledning-digitaliseringsvoucher-2026.pdf": 2026,
             "nyhed-2026-03-03-ny-digitaliseringsvoucher.html": 2026, "plan-2023.md": 2023,
             "handlingsplan-2026.docx": 2026}
    assert superseded_by(years) == {"voucher-retningslinjer-2024.md": "vejledning-digitaliseringsvoucher-2026.pdf"}


def test_two_sets_of_rules_naming_one_rare_thing_are_one_series_however_else_named():
    """"Retningslinjer_mikrolaan_2024" and "Vesteraa-Mikrolaan_vilkaar_gaeldende_fra_1-1-2026": rules of the micro-loan
    both. Not rules of two things sharing an everyday word ("tilskud"), nor a report naming the same thing."""
    years = {"Retningslinjer_mikrolaan_2024.pdf": 2024, "Vesteraa-Mikrolaan_vilkaar_gaeldende_fra_1-1-2026.pdf": 2026,
             "Retningslinjer_tilskud_2024.pdf": 2024, "Vilkaar_tilskud_laan_2026.pdf": 2026,
             "Kornmagasinet_aarsrapport_2024.pdf": 2024, "Kornmagasinet_prisark_2026.pdf": 2026}
    assert superseded_by(years) == {"Retningslinjer_mikrolaan_2024.pdf": "Vesteraa-Mikrolaan_vilkaar_gaeldende_fra_1-1-2026.pdf"}


def test_a_document_saying_which_rules_it_replaces_supersedes_them_however_named():
    """"Denne vejledning erstatter de tidligere retningslinjer for testforløb (2024 og 2025)": the 2024 rules titled so
    are an older version of the guide. Not another year's rules of that title, nor what a news item says replaces them."""
    texts = {"Vejledning_TVP_2026.pdf": ["Udgivet 5. januar 2026. Denne vejledning erstatter de tidligere retningslinjer "
                                         "for testforløb (2024 og 2025). Hvad er nyt?"],
             "nyhed-2026.html": ["Den nye vejledning erstatter retningslinjer for klinisk afprøvning fra 2023."],
             "Mikrolaan_2026.pdf": ['Gældende fra 1. januar 2026. Erstatter "Retningslinjer for kommunale mikrolån 2024".']}
    replaced = {source: replaced_documents(found) for source, found in texts.items()}
    years = {"Vejledning_TVP_2026.pdf": 2026, "nyhed-2026.html": 2026, "Mikrolaan_2026.pdf": 2026,
             "testforloeb_2024.pdf": 2024, "kliniske_tests_2022.pdf": 2022, "afproevning_2023.pdf": 2023, "laan_2024.pdf": 2024}
    titles = {"testforloeb_2024.pdf": "Retningslinjer for testforløb 2024", "kliniske_tests_2022.pdf": "Retningslinjer for testforløb",
              "afproevning_2023.pdf": "Retningslinjer for klinisk afprøvning",
              "laan_2024.pdf": "Vesterå Kommune – Retningslinjer for mikrolån (2024)"}
    assert superseded_by(years, replaced, titles) == {"testforloeb_2024.pdf": "Vejledning_TVP_2026.pdf",
                                                      "laan_2024.pdf": "Mikrolaan_2026.pdf"}


def test_a_scheme_saying_it_replaces_another_by_name_supersedes_that_ones_rules():
    """"Fra 1. januar 2026 hedder lånefonden Trekant Vækstlån. Fonden afløser Iværksætterlånefonden Trekant": the 2025
    rules of the fund it names are its older version, though named otherwise."""
    texts = {"05_trekant_vaekstlaan_2026.html": ["Fra 1. januar 2026 hedder lånefonden Trekant Vækstlån. Fonden afløser "
                                                 "Iværksætterlånefonden Trekant og har nye vilkår."]}
    replaced = {source: replaced_documents(found) for source, found in texts.items()}
    years = {"05_trekant_vaekstlaan_2026.html": 2026, "04_ivaerksaetterlaanefonden_retningslinjer_2025.md": 2025,
             "03_laboratoriet_2025.md": 2025}
    titles = {"04_ivaerksaetterlaanefonden_retningslinjer_2025.md": "Iværksætterlånefonden Trekant – retningslinjer 2025",
              "03_laboratoriet_2025.md": "Laboratoriet i Trekanten 2025"}
    assert superseded_by(years, replaced, titles) == {
        "04_ivaerksaetterlaanefonden_retningslinjer_2025.md": "05_trekant_vaekstlaan_2026.html"}
