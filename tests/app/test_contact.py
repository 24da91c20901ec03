"""corpus/contact.yaml: the region's contact, or a message naming the file and the field at fault."""
import pytest

from app.contact import ContactError, load_contact


def load(tmp_path, text: str):
    path = tmp_path / "contact.yaml"
    path.write_text(text, encoding="utf-8")
    return load_contact(path)


def test_no_file_is_no_contact_and_a_phone_number_yaml_reads_as_a_number_is_kept_as_written(tmp_path):
    assert load_contact(tmp_path / "contact.yaml") is None
    contact = load(tmp_path, "name: Erhvervsservice\nphone: 70203040\nemail: ' erhverv@example.invalid '\n")
    assert (contact.phone, contact.email) == ("70203040", "erhverv@example.invalid")


@pytest.mark.parametrize("text, message", [
    ("name: Erhvervsservice\n", "contact.yaml: give at least one of phone, email or url, so a company can reach a "
                                "person"),
    ("phon: 70203040\nemail: a@b.dk\n", "contact.yaml: field 'phon': unknown field; the fields are: name, phone, "
                                        "email, url, opening_hours"),
    ("email: [a@b.dk]\n", "contact.yaml: field 'email': got ['a@b.dk'], must be text"),
    ("- a@b.dk\n", "contact.yaml: got ['a@b.dk'], must be a mapping of fields"),
])
def test_a_mistake_names_the_field_in_our_words(tmp_path, text, message):
    with pytest.raises(ContactError) as caught:
        load(tmp_path, text)
    assert message in str(caught.value)
    assert "Value error" not in str(caught.value) and "Input should" not in str(caught.value)
