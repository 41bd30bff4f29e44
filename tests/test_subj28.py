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
