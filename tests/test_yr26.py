"""yr26: years that name a thing or a last time (session 16).

* EVT900 and the ``title`` subject strategy: the year written after an election's title
  ("Bihar Assembly Elections 2020") is event.election, owned by the place or house the title
  names;
* EVT567 / EVT864: the last winner may stand between "since" and the year ("hadn't been won by
  a Republican since Dwight D. Eisenhower, in 1952");
* text: the "v." of a case ("Roe v. Wade") ends no sentence.
"""

from ledger.text import sentence_bounds

from tests._claimkit import claims_of


def _date_claim(text, date):
    cs = [c for c in claims_of(text) if c.kind == "date" and date in c.text]
    return cs[0] if cs else None


def test_election_title_year_is_the_places_election():
    c = _date_claim("Video explaining the proof of EVM tampering by the BJP in the Bihar Assembly Elections 2020", "2020")
    assert (c.metric, c.subject, c.rule) == ("event.election", "Bihar", "EVT900")


def test_election_title_glued_year_keeps_the_house():
    c = _date_claim("This video shows EVM tampering during the Lok Sabha Election-2019.", "2019")
    assert (c.metric, c.subject) == ("event.election", "Lok Sabha")


def test_election_title_of_a_country_is_the_country():
    c = _date_claim("Rigging seen in US Presidential Elections 2020.", "2020")
    assert (c.metric, c.subject) == ("event.election", "United States")


def test_election_title_of_kind_words_only_names_no_one():
    c = _date_claim("Video of rigging in General Elections 2019.", "2019")
    assert c.metric == "event.election" and c.subject is None


def test_election_title_is_no_venue():
    # the title's owner stands, not the sentence's first name ("EVM")
    c = _date_claim("Video explaining the proof of EVM tampering in the Bihar Assembly Elections 2020", "2020")
    assert c.subject == "Bihar"


def test_lowercase_elections_before_a_year_is_not_a_title():
    assert _date_claim("Turnout in the elections 2019 was high.", "2019") is None


def test_since_a_named_winner_in_a_year():
    c = _date_claim('Says Wisconsin "hadn’t been won by a Republican since Dwight D. Eisenhower, in 1952. '
                    'And I won Wisconsin."', "1952")
    assert (c.metric, c.subject) == ("event.last_win", "Wisconsin")


def test_first_since_a_named_winner_in_a_year():
    c = _date_claim("She is the first Australian to win her home title since Chris O'Neil in 1978.", "1978")
    assert c.metric == "event.last_title"


def test_since_one_capitalised_word_is_not_read():
    # "since Berlin in 2000": a place as often as a person
    c = _date_claim("The Spaniard came through for her first title since Berlin in 2000.", "2000")
    assert c is None or c.metric != "event.last_title"


def test_case_v_ends_no_sentence():
    t = "The Supreme Court overturned Roe v. Wade on June 24, 2022."
    i = t.find("June")
    assert sentence_bounds(t, i, i + 4) == (0, len(t))


def test_overturned_case_is_dated():
    c = _date_claim("The Supreme Court overturned Roe v. Wade on June 24, 2022.", "2022")
    assert c is not None and c.metric.startswith("event.")


def test_sentence_still_ends_after_other_words():
    t = "He won. Then he left on June 24, 2022."
    i = t.find("June")
    assert t[slice(*sentence_bounds(t, i, i + 4))] == "Then he left on June 24, 2022."


# EVT901: "became" an office


def test_became_an_office_is_taking_charge():
    c = _date_claim("Nelson Mandela became president of South Africa in 1994.", "1994")
    assert (c.metric, c.subject, c.rule) == ("event.took_charge", "Nelson Mandela", "EVT901")


def test_became_two_offices_joined():
    c = _date_claim("Mr Smith became chief operating officer and president in 2002.", "2002")
    assert c.metric == "event.took_charge"


# EVT011: "run" in a race only


def test_ran_for_office_is_an_election():
    c = _date_claim("Bernie Sanders ran for president in 2016.", "2016")
    assert c.metric == "event.election"


def test_ran_out_is_no_election():
    c = _date_claim("Social Security will run out of money in 2034.", "2034")
    assert c is None or c.metric != "event.election"


def test_a_run_on_broadway_is_no_election():
    c = _date_claim("It had a three-month run on Broadway in 2001.", "2001")
    assert c is None or c.metric != "event.election"


# title: a named measure the date opens is its own subject (EVT008)


def test_named_act_the_date_opens_is_the_subject():
    c = _date_claim("Due to a flaw in the 1995 Deep Water Royalty Relief Act numerous oil companies are now "
                    "drilling in the Gulf of Mexico.", "1995")
    assert (c.metric, c.subject) == ("event.law", "Deep Water Royalty Relief Act")


def test_named_act_after_a_verb():
    c = _date_claim("The Lords' powers were curbed by the 1949 Parliament Act.", "1949")
    assert (c.metric, c.subject) == ("event.law", "Parliament Act")


def test_unnamed_law_keeps_the_actor():
    c = _date_claim("President Trump signed legislation in 2017 forbidding the playing of Christmas music.", "2017")
    assert (c.metric, c.subject) == ("event.law", "United States")
