"""s27 tcsubj: names kept in a headline written in Title Case, where capitals no longer tell names from words."""
from ledger.rules import load_rules
from ledger.matching import lexicon
from ledger import subjects as S

_LEX = lexicon(load_rules())


def _names(sent):
    return [c[2] for c in S._lex_names(sent, _LEX)]


def test_one_word_that_is_no_word_is_a_name():
    assert "PayPal" in _names("PayPal ‘Reinstated’ a Fine of $2500 for Spreading Misinformation")
    assert "Samsung" in _names("Woman Sues Samsung for $1.8M After Cell Phone Gets Stuck Inside Her Vagina")
    assert "Harambe" in _names("Harambe Received 15,000 Votes in the Presidential Election.")
    assert "WhatsApp" in _names("WhatsApp Users with Smartphones Using Older Operating Systems Will Need to Update by Nov. 1, 2021.")
    assert "Hyderabad" in _names("Rs. 16 Lakh Was Stolen from a Hyderabad CEO Through a Tampered Charging Cable.")


def test_one_word_that_is_a_word_is_none():
    # words of the lists, of WordNet (animals, verbs, adjectives) and their endings prove nothing
    for sent in ("Images Show Child Who Died of an Elephant Attack in August 2020",
                 "An Asteroid Known as Bennu Will Collide with the Earth in the Year 2175",
                 "50 Million Doses of Vaccine Recalled as They Triggered False Positives in HIV Tests",
                 "In 1958, There Were 16 States That Prohibited a Caucasian from Being Married.",
                 "I Got a List of 20 Jurisdictions That Defunded the Police to the Tune of $1 Billion."):
        names = _names(sent)
        assert not {"Elephant", "Collide", "Doses", "Caucasian", "Defunded"} & set(names), names


def test_glued_words_are_no_name():
    assert not S._no_word("Silentas", _LEX.common, _LEX.words, _LEX.openers, _LEX.title_verbs, _LEX.title_words)
    assert not S._no_word("WereSunday", _LEX.common, _LEX.words, _LEX.openers, _LEX.title_verbs, _LEX.title_words)
    assert S._no_word("TriMet", _LEX.common, _LEX.words, _LEX.openers, _LEX.title_verbs, _LEX.title_words)


def test_common_words_up_to_a_head_are_the_name():
    assert "Medford Water Commission" in _names("The Medford Water Commission Was Fined $279,000 for Dumping Water.")
    assert "Buffett Rule" in _names('The Buffett Rule "Will Bring in Less Than $5 Billion per Year."')
    assert "Sturgis Motorcycle Rally" in _names("They Would Protest the Sturgis Motorcycle Rally in 2018.")
    assert "National Science Foundation" in _names("The National Science Foundation Awarded $700,000 to Fund a Musical.")
    assert "World Economic Forum" in _names("In March 2023, the World Economic Forum Ordered Governments to Act.")


def test_head_that_does_not_end_the_phrase_is_no_name():
    names = _names("Each of the 47 Counties Has Met the Threshold on the Appointment of the County Executive "
                   "Committee Members, with Three Counties of Kilifi, Nyeri and Kericho Attaining a 50-50 Split.")
    assert "County Executive Committee" not in names
    assert "Charlie Crist" in _names("Charlie Crist Allowed College Tuition to Rise 15 Percent a Year.")
    assert not any("Took" in n for n in _names("Since Cohen Took Office in 2007, Unemployment Has Risen 2 Percent."))


def test_new_before_a_name_in_headline():
    assert "New Hampshire" in _names("Theres 400 More People Working in Health Care Today in New Hampshire Than When We Passed the Budget.")


def test_sentence_full_of_names_untouched():
    # (a sentence of a story whose long words are names is no headline: its single names stay out as before)
    assert S._all_title("Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.") is False
    assert S._all_title("Harambe Received 15,000 Votes in the Presidential Election.") is True
    assert "Sheffield" not in _names("Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.")


def test_no_head_after_a_person():
    assert "Barack Obamas Health Care Law" not in _names(
        "Says That Under President Barack Obamas Health Care Law, Your Premiums Could Go up by 200 Percent.")


def test_pfizer_in_a_headline_is_a_name_and_no_word_list_no_name():
    assert "Pfizer" in _names("Pfizer Paid A $2.3 Billion Fine For Illegal Marketing")
    # (without the word lists of the lexicon nothing is read as a name for being no word)
    assert [n for _, _, n in S._proper_nouns("Man With Stinky Feet Goes To A Fish Spa", _LEX.common)] == []
