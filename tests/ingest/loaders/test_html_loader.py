from pathlib import Path

from ingest.loaders import html_loader, load_document

PAGE_WITH_CHROME = """<!DOCTYPE html>
<html lang="da">
<head>
  <title>Eksportindsatsen – Region Midtjylland</title>
  <style>.menu { color: red }</style>
  <script>var tracker = "SPORINGSKODE";</script>
</head>
<body>
  <header><a href="/">Til forsiden</a> <span>Søg på siden</span></header>
  <nav><ul><li>Menupunkt Erhverv</li><li>Menupunkt Sundhed</li></ul></nav>
  <div role="navigation">Brødkrumme: Forside › Erhverv</div>
  <main>
    <article>
      <header><h1>Eksport og internationalisering</h1></header>
      <p>Eksportværdien udgjorde <b>846.462</b> mio. kr. i 2008.</p>
      <!-- redaktørens note: SKJULT KOMMENTAR -->
      <ul><li>Første indsats</li><li>Anden indsats</li></ul>
      <p>Første linje<br>Anden linje</p>
      <table>
        <caption>Gennemførte forløb</caption>
        <thead><tr><th></th><th>2008</th><th>2009</th></tr></thead>
        <tbody><tr><td>Region Midtjylland</td><td>208</td><td>288</td></tr></tbody>
      </table>
      <aside>Læs også: Relateret artikel</aside>
      <form><label>Tilmeld nyhedsbrev</label><button>Send</button></form>
    </article>
  </main>
  <footer>Kontakt: Skottenborg 26, 8800 Viborg</footer>
  <noscript>Slå JavaScript til</noscript>
</body>
</html>
"""


def _load(corpus: Path, name: str, content: str | bytes) -> str:
    path = corpus / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return load_document(path, corpus).pages[0].text


def test_only_the_main_text_is_kept(corpus: Path):
    text = _load(corpus, "side.html", PAGE_WITH_CHROME)
    for chrome in ("SPORINGSKODE", "color: red", "Til forsiden", "Menupunkt", "Brødkrumme", "Relateret artikel",
                   "nyhedsbrev", "Skottenborg", "JavaScript", "SKJULT KOMMENTAR"):
        assert chrome not in text
    assert text.split("\n\n") == [
        "Eksport og internationalisering",
        "Eksportværdien udgjorde 846.462 mio. kr. i 2008.",
        "- Første indsats",  # list items keep a marker, so they are not taken for headings
        "- Anden indsats",
        "Første linje\nAnden linje",
        "Gennemførte forløb",
        "  2008  2009\nRegion Midtjylland  208  288",  # the empty corner cell keeps the columns in place
    ]


def test_a_contact_card_is_one_line_and_a_sidebar_holding_one_is_kept(corpus: Path):
    """name<br>post<br>phone is one entry: split into lines, "Hvem er projektleder" quoted the post without
    its name. A sidebar is dropped unless it is the page's contact box."""
    page = """<html><body><main>
      <p>Nordkyst Global hjælper virksomheder med eksport.</p>
      <div class="contact-card"><h3>Kontaktperson</h3>
        <p>Anne-Mette Fugl<br>Projektleder, Kystlandet<br>Telefon: 98 44 21 10<br>E-mail: amf@sandvig.dk</p></div>
      <aside class="contact-box"><h3>Kontakt</h3><p><strong>Henrik Nørgaard</strong><br>Eksportchef<br>
        Tlf. 40 12 98 76</p></aside>
      <aside>Læs også: <a href="/x">Relateret artikel</a></aside>
    </main></body></html>"""
    assert _load(corpus, "kontakt.html", page).split("\n\n") == [
        "Nordkyst Global hjælper virksomheder med eksport.",
        "Kontaktperson",
        "Anne-Mette Fugl, Projektleder, Kystlandet, Telefon: 98 44 21 10, E-mail: amf@sandvig.dk",
        "Kontakt",
        "Henrik Nørgaard, Eksportchef, Tlf. 40 12 98 76",
    ]


def test_a_contact_box_beside_the_main_text_is_kept_without_the_rest_of_the_sidebar(corpus: Path):
    """A sidebar outside <main> holding the page's contact card: "who is the contact for the pool" is answered
    from the pool's own page. Its other boxes (related links) stay out."""
    page = """<html><body><nav><a href="/">Forside</a></nav><main><h1>Grøn Omstillingspulje</h1>
      <p>Puljen giver tilskud til grønne investeringer.</p></main>
      <aside class="sidebar"><div class="contact-card"><h3>Kontakt</h3><p><strong>Anders Vang</strong><br>
        Seniorkonsulent, grøn omstilling<br>Tlf. 72 40 18 55<br>E-mail: akv@erhvervshus.dk</p></div>
        <div class="related"><h3>Relaterede programmer</h3><ul><li>Eksportløft</li></ul></div></aside>
      <footer>Erhvervshus Sydfjord, tlf. 72 40 18 00</footer></body></html>"""
    assert _load(corpus, "pulje.html", page).split("\n\n") == [
        "Grøn Omstillingspulje",
        "Puljen giver tilskud til grønne investeringer.",
        "Kontakt",
        "Anders Vang, Seniorkonsulent, grøn omstilling, Tlf. 72 40 18 55, E-mail: akv@erhvervshus.dk",
    ]


def test_without_main_the_body_is_used_minus_navigation(corpus: Path):
    page = (
        "<html><body><nav>Menu</nav><div><h2>Baggrund</h2><div>Tekst i en <i>div</i> med 38,5 %.</div></div>"
        "<footer>Sidefod</footer></body></html>"
    )
    assert _load(corpus, "uden-main.htm", page) == "Baggrund\n\nTekst i en div med 38,5 %."


def test_a_cookie_banner_and_a_breadcrumb_trail_are_dropped_but_not_a_page_about_cookies(corpus: Path):
    """Sites without <main> put their consent banner and breadcrumbs in the body; a short cookie notice retrieved as
    a passage crowds out the page's text."""
    page = (
        '<html><body><div class="cookie-consent" role="dialog">Denne side bruger cookies. <a href="/c">Læs mere</a>'
        '</div><div id="cc-banner">Vi bruger cookies. [Accepter] [Afvis]</div>'
        '<p class="breadcrumbs">Forside / Nyheder / 2025</p><h1>Smagsnetværket</h1>'
        "<p>Kontingentet er 3.600 kr. om året.</p></body></html>"
    )
    assert _load(corpus, "netvaerk.html", page) == "Smagsnetværket\n\nKontingentet er 3.600 kr. om året."
    policy = '<html><body><main class="cookie-policy"><h1>Cookiepolitik</h1><p>Vi bruger cookies.</p></main></body></html>'
    assert "Vi bruger cookies." in _load(corpus, "cookies.html", policy)


def test_title_element_is_the_title_hint(corpus: Path):
    path = corpus / "side.html"
    path.write_text(PAGE_WITH_CHROME, encoding="utf-8")
    assert html_loader.extract(path).title_hint == "Eksportindsatsen – Region Midtjylland"


def test_cp1252_page_with_declared_charset_keeps_danish_letters(corpus: Path):
    page = '<html><head><meta charset="windows-1252"></head><body><p>Æblerne fra Østjylland – “gode”</p></body></html>'
    assert _load(corpus, "gammel.html", page.encode("cp1252")) == "Æblerne fra Østjylland – “gode”"


def test_an_ordered_list_keeps_its_numbers(corpus: Path):
    text = _load(corpus, "frister.html", "<html><body><main><p>Frister:</p><ol><li>runde: 28. april 2023</li>"
                 "<li>runde: 1. september 2023</li></ol><ol start='3'><li>Tredje</li></ol>"
                 "<ul><li>Punkt</li></ul></main></body></html>")
    assert text.split("\n\n")[1:] == ["- 1. runde: 28. april 2023", "- 2. runde: 1. september 2023", "- 3. Tredje",
                                      "- Punkt"]


def test_a_table_of_row_headers_is_a_list_of_labelled_values_not_a_header_over_rows(corpus: Path):
    """<tr><th>Dato</th><td>28. november 2023</td></tr> ...: each row's own label names its value. Read as a table,
    the first row named the columns of the others ("Mødeleder: Tirsdag den 28. november 2023: Borgmester ...")."""
    page = """<html><body><main><h1>Referat af byrådsmøde</h1><table>
      <tr><th>Dato</th><td>Tirsdag den 28. november 2023</td></tr>
      <tr><th>Mødeleder</th><td>Borgmester Henrik Vestergaard (A)</td></tr>
      <tr><th>Referent</th><td>Camilla Friis</td></tr></table>
      <table><tr><th>År</th><th>Antal</th></tr><tr><td>2023</td><td>12</td></tr></table></main></body></html>"""
    assert _load(corpus, "referat.html", page).split("\n\n") == [
        "Referat af byrådsmøde",
        "Dato: Tirsdag den 28. november 2023\nMødeleder: Borgmester Henrik Vestergaard (A)\nReferent: Camilla Friis",
        "År  Antal\n2023  12",
    ]


def test_a_price_tables_spanned_headers_and_row_groups_stand_over_their_values(corpus: Path):
    """colspan and rowspan laid out: "Ikke-medlemmer" over "Pr. halv dag" is one column's name, the group "Testhal"
    labels both its rows, and a price spanning two columns stands under each."""
    page = """<html><body><main><h1>Priser</h1><table>
      <thead><tr><th rowspan="2" colspan="2">Facilitet</th><th colspan="2">Medlemmer</th>
        <th colspan="2">Ikke-medlemmer</th></tr>
      <tr><th>Pr. dag</th><th>Pr. halv dag</th><th>Pr. dag</th><th>Pr. halv dag</th></tr></thead>
      <tbody><tr><th rowspan="2">Testhal</th><td>Hele hallen</td><td>8.500 kr.</td><td>4.900 kr.</td><td>12.900 kr.</td>
        <td>7.400 kr.</td></tr>
      <tr><td>Halv hal</td><td>4.900 kr.</td><td>2.800 kr.</td><td>7.400 kr.</td><td>4.200 kr.</td></tr>
      <tr><th colspan="2">Klimakammer</th><td>3.200 kr.</td><td>1.900 kr.</td><td>4.800 kr.</td><td>2.800 kr.</td></tr>
      <tr><th colspan="2">Saltspraykammer</th><td colspan="2">2.100 kr. pr. døgn</td><td colspan="2">3.300 kr. pr. døgn</td>
      </tr></tbody></table></main></body></html>"""
    assert _load(corpus, "priser.html", page).split("\n\n")[1].split("\n") == [
        "Facilitet  Medlemmer Pr. dag  Medlemmer Pr. halv dag  Ikke-medlemmer Pr. dag  Ikke-medlemmer Pr. halv dag",
        "Testhal Hele hallen  8.500 kr.  4.900 kr.  12.900 kr.  7.400 kr.",
        "Testhal Halv hal  4.900 kr.  2.800 kr.  7.400 kr.  4.200 kr.",
        "Klimakammer  3.200 kr.  1.900 kr.  4.800 kr.  2.800 kr.",
        "Saltspraykammer  2.100 kr. pr. døgn  2.100 kr. pr. døgn  3.300 kr. pr. døgn  3.300 kr. pr. døgn",
    ]


def test_a_contact_card_written_as_one_block_per_field_is_one_line(corpus: Path):
    """A staff page's cards written <div class="name">, <div class="title">, <div class="phone"> were split into
    lines: "hvad er e-mailadressen til direktøren" found "Direktør" apart from "mk@…". A list stays a list."""
    page = """<html><body><main><h1>Medarbejdere</h1>
      <div class="staff">
        <div class="card"><div class="name">Mette Kjærsgaard</div><div class="title">Direktør</div>
          <div class="phone">Tlf. 76 20 45 01</div><div class="email"><a href="mailto:mk@x.dk">mk@x.dk</a></div></div>
        <div class="card"><div class="name">Lene Damgaard</div><div class="title">Programkoordinator</div>
          <div class="email">ld@x.dk</div></div>
      </div>
      <ul><li>Ring på tlf. 76 20 45 00.</li><li>Skriv til kontakt@x.dk.</li></ul>
    </main></body></html>"""
    assert _load(corpus, "medarbejdere.html", page).split("\n\n") == [
        "Medarbejdere",
        "Mette Kjærsgaard, Direktør, Tlf. 76 20 45 01, mk@x.dk",
        "Lene Damgaard, Programkoordinator, ld@x.dk",
        "- Ring på tlf. 76 20 45 00.",
        "- Skriv til kontakt@x.dk.",
    ]


def test_a_page_is_dated_by_its_meta_its_byline_or_its_updated_line(corpus: Path):
    """Saved pages carry their date in a CMS <meta>, a news item's <time>, or "Senest opdateret: …"; the year
    orders documents newest first, so an undated 2026 page could not lead over a 2022 one."""
    published = ('<html><head><meta property="article:published_time" content="2025-04-24T09:30:00+02:00">'
                 "</head><body><main><p>Ny formand.</p></main></body></html>")
    byline = '<html><body><article><p><time datetime="2024-02-01">1. februar 2024</time></p><p>Nyt.</p></article></body></html>'
    updated = "<html><body><main><p>Tilskud til grønne investeringer.</p><p>Senest opdateret: 3. november 2026</p></main></body></html>"
    undated = "<html><body><main><p>Tilskud til grønne investeringer.</p></main></body></html>"
    dates = []
    for name, page in [("a.html", published), ("b.html", byline), ("c.html", updated), ("d.html", undated)]:
        (corpus / name).write_text(page, encoding="utf-8")
        metadata = load_document(corpus / name, corpus).metadata
        dates.append((metadata.year, metadata.dated))
    # The day too, which orders pages of one year.
    assert dates == [(2025, "2025-04-24"), (2024, "2024-02-01"), (2026, "2026-11-03"), (None, None)]


def test_a_definition_lists_fields_keep_their_names_and_a_question_its_answer(corpus: Path):
    """Apart, "2 aftener à 3 timer" no longer says it is the course's duration."""
    page = corpus / "kursus.html"
    page.write_text("<html><body><main><h1>Bogføring for iværksættere</h1><dl>"
                    "<dt>Pris</dt><dd>495 kr. inkl. materialer</dd>"
                    "<div><dt>Varighed</dt><dd>2 aftener à 3 timer</dd></div>"
                    "<dt>Kan jeg tage en kollega med?</dt><dd>Ja, hvis I tilmelder jer hver for sig.</dd>"
                    "<dt>Tilmelding</dt></dl></main></body></html>", encoding="utf-8")
    blocks = load_document(page, corpus).pages[0].text.split("\n\n")
    assert blocks[1:] == ["Pris: 495 kr. inkl. materialer", "Varighed: 2 aftener à 3 timer", "Kan jeg tage en kollega med?",
                          "Ja, hvis I tilmelder jer hver for sig.", "Tilmelding"], blocks


def test_a_pages_headings_are_its_h_elements_whatever_their_text(corpus: Path):
    """Marked by <h2>, "Hvem kan søge?" heads its answer (a question is never guessed a heading), and the address
    lines under a <br> stay text: guessed from their text alone, "Søndervang Erhvervspark 14" was a heading that
    took the address out of the index and put "Medarbejdere" under it. The page's <h1>, its title, does not lead
    every section."""
    from ingest.chunk import chunk_document

    path = corpus / "kontakt.html"
    path.write_text(
        "<html><head><title>Kontakt</title></head><body><main><h1>Kontakt Erhvervslab Syd</h1>"
        "<h2>Hvem kan søge?</h2><p>Virksomheder med 5-50 ansatte i kommunen.</p>"
        "<div class='address'><strong>Erhvervslab Syd</strong><br>Søndervang Erhvervspark 14<br>6100 Haderslev</div>"
        "<h2>Medarbejdere</h2><p>Vi er 12 rådgivere, som hjælper virksomheder med at søge tilskud.</p>"
        "</main></body></html>", encoding="utf-8")
    document = load_document(path, corpus)
    assert document.headings == {"Kontakt Erhvervslab Syd": 1, "Hvem kan søge?": 2, "Medarbejdere": 2}
    chunks = chunk_document(document, chunk_size=120)
    sections = {chunk.section: chunk.text for chunk in chunks}
    assert "Virksomheder med 5-50 ansatte" in sections["Hvem kan søge?"]
    assert "Søndervang Erhvervspark 14" in sections["Hvem kan søge?"]
    assert sections["Medarbejdere"].startswith("Vi er 12 rådgivere")


def test_an_accordions_questions_are_kept_and_other_buttons_dropped(corpus: Path):
    text = _load(corpus, "kursus.html", """<main><h1>Bogføring for nye virksomheder</h1>
      <h2>Ofte stillede spørgsmål</h2><div class="accordion">
      <button type="button" aria-expanded="false" aria-controls="faq1">Hvem underviser på kurset?</button>
      <div id="faq1" hidden><p>Kurset undervises af revisor Kirsten Holm.</p></div></div>
      <p><button class="share">Del på Facebook</button></p></main>""")
    assert text.split("\n\n") == ["Bogføring for nye virksomheder", "Ofte stillede spørgsmål",
                                    "Hvem underviser på kurset?", "Kurset undervises af revisor Kirsten Holm."]


def test_a_pages_h1_saying_more_than_its_title_element_is_the_documents_heading(corpus: Path):
    """<title> names the page and the site ("Klinisk validering – Sundhedsinnovation Midtvest"); the <h1> says
    where ("... på Regionshospitalet Midtvest"): every section of the page is about that place, so the document
    goes by both."""
    page = ("<html><head><title>Klinisk validering – Sundhedsinnovation Midtvest</title></head><body><main>"
            "<h1>Klinisk validering på Regionshospitalet Midtvest</h1><p>Vi tilbyder to pakker.</p>"
            "<h2>Valideringspakker 2026</h2><p>Pakke B koster 38.000 kr.</p></main></body></html>")
    path = corpus / "klinisk-validering.html"
    path.write_text(page, encoding="utf-8")
    metadata = load_document(path, corpus).metadata
    assert metadata.title == "Klinisk validering – Sundhedsinnovation Midtvest"
    assert metadata.extra["heading"] == "Klinisk validering på Regionshospitalet Midtvest"
    same = corpus / "samme.html"
    same.write_text("<html><head><title>Kontakt – Væksthuset</title></head><body><main><h1>Kontakt</h1>"
                    "<p>Ring på 70 20 30 40.</p></main></body></html>", encoding="utf-8")
    assert "heading" not in load_document(same, corpus).metadata.extra
