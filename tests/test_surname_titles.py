"""A title word that is a surname after a given name is the name: "Dr Martin Luther King Jr."
read no name at all ("King" a title, "Jr." left), "Stephen King" was Stephen."""

import pytest

from tests._claimkit import claims_of


@pytest.mark.parametrize("text, subject", [
    ("Dr Martin Luther King Jr. gave 2,500 speeches.", "Martin Luther King"),
    ("Stephen King has sold 350 million books.", "Stephen King"),
    # a title before a name stays a title
    ("King Charles has 5 grandchildren.", "Charles"),
    ("Pfizer CEO Albert Bourla sold $5.6 million in shares.", "Albert Bourla"),
])
def test_surname_title(text, subject):
    assert [c.subject for c in claims_of(text)] == [subject]
