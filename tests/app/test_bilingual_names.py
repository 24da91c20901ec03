"""Names the documents give in both languages join an English question's search in Danish."""
from app.bilingual_names import bilingual_names

SUMMARY = """Energiklynge Vestkyst (Energy Cluster Vestkyst) is a business cluster on the west coast.
- Supplier Development Programme (Leverandørprogrammet): a nine-month programme for new suppliers.
- Eksportpiloten (Export Pilot) – a year of export advice.
We also run the Green Transition Fund (Grøn Omstillingspulje) for small companies.
The conference is held in Esbjerg (Denmark). Prices are without VAT (see below). The fund (2024) is closed.
"""


def test_an_english_name_beside_a_danish_one_finds_the_danish_name():
    names = bilingual_names([SUMMARY])
    assert names.danish_for("are we too big for the supplier development programme?") == ["Leverandørprogrammet"]
    assert names.danish_for("who runs the export pilot") == ["Eksportpiloten"]
    assert names.danish_for("can we apply to the green transition fund") == ["Grøn Omstillingspulje"]
    assert names.danish_for("where is energy cluster vestkyst") == ["Energiklynge Vestkyst"]


def test_a_remark_in_brackets_is_no_name():
    """"Esbjerg (Denmark)", "(see below)", "(2024)": one language, no name or a year, so no pair."""
    names = bilingual_names([SUMMARY])
    assert names.danish_for("is the conference in denmark, and what does the fund cost see below") == []
