"""The synonyms file: groups of Danish words that name the same thing, and how a question names one."""
import pytest

from app.synonyms import SynonymsError, load_groups, synonyms_asked


def test_a_synonym_is_found_inflected_as_a_compounds_part_and_as_a_phrase():
    assert synonyms_asked("hvad hvis vi aflyser")[0][0] == "aflyser"
    asked, others = synonyms_asked("hvad er oprettelsesgebyret")[0]
    assert asked == "oprettelsesgebyret" and "etableringsgebyret" in others
    assert synonyms_asked("hvad sker der hvis vi ikke dukker op")[0][0] == "ikke dukker op"
    assert synonyms_asked("hvornår åbner hallen") == []


def test_a_word_naming_a_member_itself_is_that_member_not_another_as_its_first_part():
    """"lønninger" is the plural of "lønning", not "løn" + "ninger" (which would search for "lønningninger")."""
    assert synonyms_asked("kan vi dække vores egne lønninger") == [("lønninger", ["løn"])]


def test_a_group_of_one_word_is_refused_by_entry(tmp_path):
    path = tmp_path / "synonyms.yaml"
    path.write_text("- [aflyse, afbestille]\n- [frist]\n", encoding="utf-8")
    with pytest.raises(SynonymsError, match=r"synonyms.yaml: entry 2 \(\['frist'\]\) must be a list of two or more"):
        load_groups(path)


def test_a_people_is_searched_as_its_country():
    """"nordmænd", "tyskerne": a table by market writes the country."""
    assert synonyms_asked("hvor mange overnatninger fra nordmænd") == [("nordmænd", ["norge"])]
    assert synonyms_asked("kan tyskerne booke") == [("tyskerne", ["tyskland"])]
