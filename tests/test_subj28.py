"""A name written with a name and a number before it is one name (session 28):
"Boeing 737 Max jets" names the Boeing 737 Max, not "Max"."""

from ledger.claims import _proper_nouns


def _names(text: str) -> list:
    return [n for _, _, n in _proper_nouns(text)]


def test_a_designation_is_one_name():
    assert _names("Boeing 737 Max jets were grounded worldwide in March 2019.") == ["Boeing 737 Max"]
    assert _names("Airlines grounded Boeing 737 Max jets in March 2019.") == ["Airlines", "Boeing 737 Max"]
    assert "Windows 10 Home" in _names("Microsoft said Windows 10 Home was installed on 400 million devices.")


def test_a_year_a_common_word_or_a_count_before_a_longer_name_is_no_designation():
    assert _names("In 2019 Trump said so.") == ["Trump"]
    assert _names("Chelsea beat Arsenal 20 Premier League games ago.")[:2] == ["Chelsea", "Arsenal"]


def test_a_name_inside_a_longer_name_of_the_sentence_before_is_no_subject():
    """"the Federal Labour Agency" names no party: a figure with no subject of its
    own does not take Labour from the sentence before."""
    from tests._claimkit import claims_of

    text = ('German unemployment rose 7,000 in November. "There are clear signs of a revival," said '
            'Frank-Juergen Weise, head of the Federal Labour Agency, in a statement. "But growth of 0.1% in '
            'the third quarter is still insufficient to deliver positive momentum to the labour market."')
    got = {c.text: c.subject for c in claims_of(text, published="2005-01-01")}
    assert got["0.1%"] != "Labour"


def test_a_connective_opening_the_sentence_is_no_part_of_a_name():
    from tests._claimkit import claims_of

    assert _names("However Frankenheimer pulled out in 2002.") == ["Frankenheimer"]
    assert _names("Although Xbox sales climbed, it lost money.") == ["Xbox"]
    got = {c.text: c.subject for c in claims_of("But Bellamy, 25, has not been put on the transfer list.")}
    assert got["25"] == "Bellamy"


def test_a_group_that_says_the_figure_is_its_source_not_its_subject():
    from tests._claimkit import claims_of

    got = {c.text: c.subject for c in claims_of("Police said 300 people were killed in the blast.")}
    assert got["300"] is None
    # a group that does the act is still its subject
    got = {c.text: c.subject for c in claims_of("Children can now expect almost 100 vaccines.")}
    assert got["almost 100"] == "children"
