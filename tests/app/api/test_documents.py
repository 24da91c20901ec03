"""/v1/documents: listing, and the admin's upload and delete, end to end through the real index."""
import pytest

from tests.app.api.helpers import ASK, SEED_DOCUMENT, assert_problem, docx_bytes, indexed_sources, metric_samples

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FACT = "Fjordbro-ordningen har i 2025 givet tilskud til 4.711 virksomheder i Skive Kommune."
FACT_QUESTION = "Hvor mange virksomheder har Fjordbro-ordningen givet tilskud til?"


@pytest.fixture(scope="module")
def client(live_server):
    with live_server.client() as client:
        yield client


@pytest.fixture
def admin(live_server):
    return live_server.admin_headers


def upload(client, name: str, content: bytes, headers: dict, content_type: str = "application/octet-stream"):
    return client.post("/v1/documents", files={"file": (name, content, content_type)}, headers=headers)


def test_list_shows_the_seed_document_with_its_metadata(client):
    documents = client.get("/v1/documents").json()["documents"]
    seed = next(document for document in documents if document["source"] == SEED_DOCUMENT)
    assert seed["year"] == 2010
    assert seed["title"]
    assert seed["chunks"] > 1
    assert seed["ingested_at"].startswith("20")
    assert len(seed["content_hash"]) == 64


def test_uploaded_docx_is_answerable_until_it_is_deleted(client, admin, live_server):
    content = docx_bytes("Indledning om ordningen.", FACT, heading="Fjordbro-ordningen")

    response = upload(client, "fjordbro-ordningen.docx", content, admin, DOCX)
    assert response.status_code == 201, response.text
    report = response.json()
    assert report["added"] == ["fjordbro-ordningen.docx"] and report["ok"] and report["chunks_embedded"] >= 1
    # The next question, straight after the upload, is answered from it (the worker that took it reloads first).
    answer = client.post(ASK, json={"question": FACT_QUESTION}).json()
    assert "4.711" in answer["answer"]
    assert answer["sources"][0]["document"] == "fjordbro-ordningen.docx"
    assert "fjordbro-ordningen.docx" in indexed_sources(client)
    assert (live_server.corpus_dir / "fjordbro-ordningen.docx").read_bytes() == content

    assert metric_samples(client.get("/metrics").text)['raadgiver_ingested_documents_total{result="added"}'] >= 1

    same_again = upload(client, "fjordbro-ordningen.docx", content, admin, DOCX)
    assert same_again.status_code == 200 and same_again.json()["unchanged"] == ["fjordbro-ordningen.docx"]

    deleted = client.delete("/v1/documents/fjordbro-ordningen.docx", headers=admin)
    assert deleted.status_code == 200, deleted.text
    assert deleted.json() == {"source": "fjordbro-ordningen.docx", "deleted": True}
    after = client.post(ASK, json={"question": FACT_QUESTION}).json()
    assert "4.711" not in after["answer"]
    assert all(source["document"] != "fjordbro-ordningen.docx" for source in after["sources"] + after["suggestions"])
    assert "fjordbro-ordningen.docx" not in indexed_sources(client)
    assert not (live_server.corpus_dir / "fjordbro-ordningen.docx").exists()


def test_a_replaced_upload_keeps_the_old_file_under_the_data_dir(client, admin, live_server):
    first = docx_bytes("Første udgave af notatet om Fjordbro-puljen.")
    second = docx_bytes("Anden udgave af notatet om Fjordbro-puljen.")
    assert upload(client, "puljenotat.docx", first, admin, DOCX).status_code == 201
    replaced = upload(client, "puljenotat.docx", second, admin, DOCX)
    assert replaced.status_code == 200 and replaced.json()["changed"] == ["puljenotat.docx"]
    kept = list((live_server.data_dir / "replaced").glob("*-puljenotat.docx"))
    assert [path.read_bytes() for path in kept] == [first]
    assert client.delete("/v1/documents/puljenotat.docx", headers=admin).status_code == 200


def test_upload_name_cannot_leave_the_corpus_directory(client, admin, live_server):
    response = upload(client, "../../udenfor.txt", "Tekst om rådgivning af virksomheder i Aarhus.".encode(), admin)
    assert response.status_code == 201, response.text
    assert response.json()["added"] == ["udenfor.txt"]
    assert (live_server.corpus_dir / "udenfor.txt").exists()
    assert not (live_server.corpus_dir.parent / "udenfor.txt").exists()
    assert not (live_server.corpus_dir.parent.parent / "udenfor.txt").exists()
    assert client.delete("/v1/documents/udenfor.txt", headers=admin).status_code == 200


def test_a_long_upload_name_is_cut_to_a_visible_file(client, admin, live_server):
    # The name is cut to its last 200 characters; here the cut falls just before a dot, which must not
    # turn the document into a hidden file (one the next full ingest would skip).
    kept = "y" * 195 + ".txt"
    response = upload(client, "x" * 50 + "." + kept, "Tekst om eksportrådgivning i Herning.".encode(), admin)
    assert response.status_code == 201, response.text
    assert response.json()["added"] == [kept]
    assert (live_server.corpus_dir / kept).exists()
    assert not any(path.name.startswith(".") for path in live_server.corpus_dir.iterdir())
    assert client.delete(f"/v1/documents/{kept}", headers=admin).status_code == 200


class TestRefusedUploads:
    """Each refused upload names the problem, writes nothing and leaves the index as it was."""

    @pytest.fixture(autouse=True)
    def nothing_changes(self, client, live_server):
        documents_before = client.get("/v1/documents").json()
        files_before = sorted(p.name for p in live_server.corpus_dir.iterdir())
        yield
        assert client.get("/v1/documents").json() == documents_before
        assert sorted(p.name for p in live_server.corpus_dir.iterdir()) == files_before

    def test_empty_file(self, client, admin):
        problem = assert_problem(upload(client, "tom.pdf", b"", admin), 422, "tom.pdf", "empty file")
        assert problem["errors"][0]["field"] == "file"

    def test_program_renamed_to_pdf(self, client, admin):
        exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(2000)
        assert_problem(upload(client, "rapport.pdf", exe, admin), 415, "rapport.pdf", "not a valid .pdf file", "Windows program", ".docx", ".txt")

    def test_program_renamed_to_text(self, client, admin):
        exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(2000)
        assert_problem(upload(client, "noter.txt", exe, admin), 415, "noter.txt", "Windows program")

    def test_docx_that_is_not_a_zip(self, client, admin):
        assert_problem(upload(client, "plan.docx", b"%PDF-1.7 not a zip", admin), 415, "plan.docx", "not a valid .docx file", "a PDF file")

    def test_unsupported_type(self, client, admin):
        assert_problem(upload(client, "setup.exe", b"MZ\x90\x00", admin), 415, "setup.exe", "'.exe'", ".pdf")

    @pytest.mark.parametrize("extra_bytes", [1, 2 * 1024 * 1024])  # just over; far over (refused before reading)
    def test_file_over_the_size_limit(self, client, admin, extra_bytes):
        limit = 20 * 1024 * 1024
        content = b"%PDF-1.7\n" + bytes(limit + extra_bytes - 9)
        assert_problem(upload(client, "stor.pdf", content, admin), 413, str(limit), "RAADGIVER_MAX_UPLOAD_BYTES")

    def test_docx_that_unpacks_past_the_limit(self, client, admin):
        """A few hundred KB that unpack to 101 MB of XML: refused before parsing, nothing left in corpus/."""
        bomb = zip_bomb_docx(101)
        assert len(bomb) < 1024 * 1024
        assert_problem(upload(client, "bombe.docx", bomb, admin, DOCX), 422, "bombe.docx", "unpacks to 10",
                       "RAADGIVER_MAX_UNPACKED_BYTES", "Nothing was changed")

    def test_file_that_passes_the_checks_but_cannot_be_read(self, client, admin):
        broken_pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nthis is not really a PDF\n"
        assert_problem(upload(client, "ødelagt.pdf", broken_pdf, admin), 422, "ødelagt.pdf", "Nothing was changed")

    @pytest.mark.parametrize("name", ["..", " . .", "/.../"])
    def test_file_name_with_nothing_usable(self, client, admin, name):
        problem = assert_problem(upload(client, name, b"Et notat.", admin), 422, "file name", "report.pdf")
        assert problem["errors"][0]["field"] == "file"

    def test_no_file_field(self, client, admin):
        response = client.post("/v1/documents", data={"other": "x"}, files={"attachment": ("a.txt", b"x")}, headers=admin)
        assert_problem(response, 422, "'file'")

    def test_upload_without_admin_key(self, client):
        response = upload(client, "notat.txt", b"Et notat.", {})
        assert_problem(response, 401, "admin key missing", "RAADGIVER_ADMIN_API_KEY")
        assert response.headers["WWW-Authenticate"].startswith("Bearer")

    def test_upload_with_wrong_admin_key(self, client):
        response = upload(client, "notat.txt", b"Et notat.", {"Authorization": "Bearer not-the-key"})
        assert_problem(response, 401, "admin key wrong")
        assert response.headers["WWW-Authenticate"].startswith("Bearer")

    def test_delete_without_and_with_wrong_admin_key(self, client):
        assert_problem(client.delete(f"/v1/documents/{SEED_DOCUMENT}"), 401, "admin key missing")
        wrong = {"Authorization": "Bearer not-the-key"}
        assert_problem(client.delete(f"/v1/documents/{SEED_DOCUMENT}", headers=wrong), 401, "admin key wrong")

    def test_delete_of_a_document_that_is_not_indexed(self, client, admin):
        assert_problem(client.delete("/v1/documents/mappe/findes-ikke.pdf", headers=admin), 404, "mappe/findes-ikke.pdf")
        escaping = client.delete("/v1/documents/..%2F..%2Fetc%2Fpasswd", headers=admin)
        assert_problem(escaping, 404, "../../etc/passwd", "is not indexed")


def zip_bomb_docx(unpacked_mb: int) -> bytes:
    """A real DOCX whose document.xml is padded to `unpacked_mb` MB of whitespace: ~100 KB on the wire."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx_bytes("Et notat uden punktum")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (unpacked_mb * 1024 * 1024), 1)
            bomb.writestr(member, data, zipfile.ZIP_DEFLATED)
    return out.getvalue()
