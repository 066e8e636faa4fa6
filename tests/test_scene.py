"""When and where events happen when their own clause does not say (coding/scene.py, coding/venue.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Document, extract_document

pytestmark = pytest.mark.model

THU = dt.date(2019, 8, 8)  # a Thursday


def _events(settings, text, day=THU):
    return extract_document(Document(id="scene", text=text, date=day), settings=settings).events


def _one(events, root, source=None):
    found = [e for e in events if e.cameo_root == root and (source is None or e.source.actor.key == source)]
    assert found, [(e.source and e.source.actor.key, e.cameo, e.evidence) for e in events]
    return found[0]


def test_the_day_of_the_story_carries_to_later_undated_sentences_of_its_paragraph(settings):
    events = _events(settings, "On Saturday, Russian forces shelled the Ukrainian city of Kharkiv. "
                               "The Ukrainian army then attacked Russian positions near Belgorod.")
    assert _one(events, "19", "UKR").date == "2019-08-03"


def test_a_new_happening_in_a_later_paragraph_takes_the_month_of_the_story_day(settings):
    # the day is not stated: some day about then (GUIDE.md: a month when only that is known)
    events = _events(settings, "On Saturday, Russian forces shelled the Ukrainian city of Kharkiv.\n\n"
                               "The Ukrainian army attacked Russian positions near Belgorod.")
    event = _one(events, "19", "UKR")
    assert (event.date, event.date_precision) == ("2019-08", "month")


@pytest.mark.parametrize(("second", "root", "source"), [
    ("In a statement following the attack, the Ukrainian government blamed Russia for the deaths.", "11", "UKR"),
    ("Responding to the shelling, the Ukrainian army attacked Russian positions near Belgorod.", "19", "UKR"),
    ("As a result of Saturday's attack, Ukrainian police arrested two Russian journalists.", "17", "UKR"),
])
def test_a_happening_tied_to_the_story_in_a_later_paragraph_keeps_its_day(settings, second, root, source):
    events = _events(settings, "On Saturday, Russian forces shelled the Ukrainian city of Kharkiv.\n\n" + second)
    assert _one(events, root, source).date == "2019-08-03"


def test_a_present_tense_sentence_keeps_the_document_date(settings):
    events = _events(settings, "On Saturday, Russian forces shelled the Ukrainian city of Kharkiv.\n\n"
                               "Ukraine accuses Russia of war crimes.")
    event = _one(events, "11", "UKR")
    assert (event.date, event.date_precision) == ("2019-08-08", "document")


def test_a_day_named_in_a_sentence_without_events_is_the_day_of_the_story(settings):
    # the selective runner does not run the entity recogniser on the first sentence
    events = _events(settings, "On Monday, the Ukrainian president spoke about the weather. "
                               "Russian forces shelled the Ukrainian city of Kharkiv.")
    assert _one(events, "19", "RUS").date == "2019-08-05"


def test_a_clause_joined_by_when_shares_the_date(settings):
    events = _events(settings, "Violence broke out on Saturday when Serbian police attacked protesters in Belgrade.")
    assert _one(events, "19").date == "2019-08-03"


def test_a_date_that_qualifies_a_noun_does_not_date_the_event(settings):
    events = _events(settings, "Ukrainian forces shelled Russian positions after the deadline last Monday.")
    event = _one(events, "19", "UKR")
    assert event.date == "2019-08-08"


def test_the_present_perfect_gives_the_month_of_the_document(settings):
    event = _one(_events(settings, "Russian forces have captured the Ukrainian town of Pokrovsk."), "19", "RUS")
    assert (event.date, event.date_precision) == ("2019-08", "month")


@pytest.mark.parametrize(("text", "root", "country"), [
    ("Police arrested dozens of protesters in Kathmandu, Nepal.", "17", "NPL"),
    ("Iranian police arrested four people in Jolfa, East Azerbaijan province, Iran.", "17", "IRN"),
    ("Ukrainian president Volodymyr Zelenskyy met U.S. president Donald Trump at the White House.", "04", "USA"),
    ("Russian forces shelled Ukraine overnight.", "19", "UKR"),  # attacks: where they land
    ("Hungary expelled a Russian diplomat.", "16", "HUN"),  # what a state does: at home
    # a region the actor resolver knows decides over a city of the same name elsewhere
    ("Somali police arrested two men in the Cal Miskaad mountains, Bari Region, Puntland.", "17", "SOM"),
])
def test_event_countries(settings, text, root, country):
    event = _one(_events(settings, text), root)
    assert event.location is not None and event.location.country == country, event.location


def test_a_day_and_its_part_of_day_are_read_together(settings):
    # the recogniser gives "Saturday" (DATE) and "morning" (TIME) as two entities
    events = _events(settings, "On Saturday morning, Russian forces shelled the Ukrainian city of Kharkiv.")
    assert _one(events, "19", "RUS").date == "2019-08-03"


def test_a_future_act_in_a_report_takes_the_day_it_was_announced(settings):
    events = _events(settings, "Yesterday afternoon, Nancy Pelosi announced that she would be launching "
                               "an impeachment inquiry into President Donald Trump.", day=dt.date(2019, 9, 25))
    event = _one(events, "09")
    assert (event.modality, event.date) == ("future", "2019-09-24")


def test_a_future_act_with_no_date_anywhere_keeps_the_document_date(settings):
    events = _events(settings, "Nancy Pelosi announced that she would be launching an impeachment inquiry "
                               "into President Donald Trump.", day=dt.date(2019, 9, 25))
    assert _one(events, "09").date == "2019-09-25"


def test_the_present_perfect_reported_in_the_present_is_the_news_of_the_day(settings):
    # "says it has killed": the report of the day, not some time this month
    events = _events(settings, "The Ukrainian army says that it has destroyed a Russian command post near Belgorod.")
    event = _one(events, "19", "UKR")
    assert (event.date, event.date_precision) == ("2019-08-08", "document")


def test_the_present_perfect_reported_on_a_named_day_takes_that_day(settings):
    events = _events(settings, "On Tuesday, the Ukrainian army announces that it has shelled Russian positions "
                               "near Belgorod.")
    assert _one(events, "19", "UKR").date == "2019-08-06"


def test_a_date_that_bounds_a_stretch_does_not_date_the_event(settings):
    # the visit is today; "since 2016" says when the last one was
    events = _events(settings, "The Taiwanese opposition leader begins the first visit to China by a Taiwanese "
                               "party leader since 2016.")
    event = _one(events, "04")
    assert event.date == "2019-08-08"


def test_done_by_a_day_gives_the_month_of_that_day(settings):
    events = _events(settings, "UNICEF said it had delivered 100,000 vaccine doses to Samoa by July 22.")
    assert _one(events, "07").date == "2019-07"


def test_an_event_a_day_before_another_is_dated_from_it(settings):
    events = _events(settings, "A drone strikes a government building in Aleppo, a day after the Syrian "
                               "government declared a ceasefire in the city.")
    dates = sorted(e.date for e in events)
    assert "2019-08-07" in dates, [(e.cameo, e.date, e.evidence) for e in events]


def test_a_verb_describing_the_event_noun_dates_it(settings):
    events = _events(settings, "The European Parliament approves a law to implement the trade agreement with "
                               "Japan signed in 2018.")
    assert "2018" in [e.date for e in events], [(e.cameo, e.date, e.evidence) for e in events]


def test_an_infinitive_describing_a_dated_noun_takes_its_date(settings):
    events = _events(settings, "Britons voted in a 2016 referendum to leave the European Union.")
    assert "2016" in [e.date for e in events], [(e.cameo, e.date, e.evidence) for e in events]


def test_a_plan_describing_the_event_noun_does_not_date_it(settings):
    events = _events(settings, "Australia and Turkey confirm an agreement for Turkey to host the 2026 "
                               "climate conference in Antalya.")
    assert "2026" not in [e.date for e in events], [(e.cameo, e.date, e.evidence) for e in events]


def test_a_clause_takes_the_date_of_the_happening_it_took_place_in(settings):
    events = _events(settings, "The Congolese army reports that 69 civilians were killed in an attack by "
                               "CODECO militiamen in July.")
    assert "2019-07" in [e.date for e in events], [(e.cameo, e.date, e.evidence) for e in events]


def test_the_latest_date_of_the_paragraph_counts_when_it_is_not_a_day(settings):
    events = _events(settings, "On Saturday, Russian forces shelled the Ukrainian city of Kharkiv. "
                               "In March 2014, Russian troops seized Crimea. Russian forces also arrested "
                               "Ukrainian sailors.")
    assert _one(events, "17", "RUS").date == "2014-03"


def test_later_sentences_take_the_day_of_a_happening_not_the_day_of_a_report(settings):
    events = _events(settings, "On Wednesday, the Ukrainian defence ministry said that Russian troops had "
                               "crossed the border. The fighting started on Monday near Belgorod.\n\n"
                               "Following the fighting, Russian forces shelled the Ukrainian city of Kharkiv.")
    assert _one(events, "19", "RUS").date == "2019-08-05"


def test_a_report_dates_what_it_reports_in_its_own_sentence(settings):
    events = _events(settings, "The fighting started on Monday near Belgorod. On Wednesday, the Ukrainian "
                               "defence ministry said that Russian forces shelled the city of Kharkiv.")
    assert _one(events, "19", "RUS").date == "2019-08-07"


@pytest.mark.parametrize(("text", "word", "dates"), [
    ("Russian forces have occupied Crimea since 2014.", "occupied", ["2014"]),  # the state began then
    # a simple present cannot last since November (the parser hangs "since" on "condemns")
    ("Azerbaijan condemns the detention of its sailors since November.", "condemns", []),
    ("The Taiwanese leader begins the first visit to China since 2016.", "visit", []),  # the last one was then
    ("The Taiwanese leader begins the first visit to China since 2016.", "begins", []),
])
def test_since_dates_a_state_that_began_then(nlp, text, word, dates):
    from eventwire.coding.scene import clause_dates

    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    assert [e.text for e in clause_dates(next(doc.sents), trigger)] == dates


def test_a_report_date_after_the_event_dates_what_its_sentence_reports(settings):
    # "they said Sunday" at the end of the sentence dates the charge, not Friday's shooting before it
    events = _events(settings, "On Friday, a gunman opened fire at a shopping mall in Houston, Texas.\n\n"
                               "Texas prosecutors charged the man with murder, police said on Sunday.")
    assert _one(events, "17").date == "2019-08-04"


def test_a_past_year_does_not_date_a_verb_in_the_simple_present(settings):
    # the year belongs to the bombing; the sentencing is the news of the day
    events = _events(settings, "A Russian court sentences nine men for their part in the bombing of a "
                               "concert hall near Moscow in 2024.", day=dt.date(2026, 3, 12))
    event = _one(events, "17", "RUS")
    assert (event.date, event.date_precision) == ("2026-03-12", "document")


def test_a_past_year_still_dates_a_verb_in_the_past(settings):
    events = _events(settings, "A Russian court sentenced nine men for their part in the bombing of a "
                               "concert hall near Moscow in 2024.", day=dt.date(2026, 3, 12))
    assert _one(events, "17", "RUS").date == "2024"


@pytest.mark.parametrize(("text", "word", "when"), [
    # a gerund after a preposition is no present of its own: the tense of the clause above it
    ("Yesterday, residents marched through the city despite facing police warnings.", "facing", "past"),
    ("Residents march through the city despite facing police warnings.", "facing", "present"),
])
def test_a_gerund_after_a_preposition_takes_the_tense_of_its_clause(nlp, text, word, when):
    from eventwire.coding.date_exprs import tense
    from eventwire.coding.narrative import clause_head

    doc = nlp(text)
    assert tense(clause_head(next(t for t in doc if t.text == word))) == when


def test_a_month_name_owned_by_someone_is_a_name_not_a_date(settings):
    events = _events(settings, "In Washington, the Women's March holds a rally against President Donald Trump.",
                     day=dt.date(2025, 2, 20))
    event = _one(events, "14")
    assert (event.date, event.date_precision) == ("2025-02-20", "document")


@pytest.mark.parametrize(("text", "date"), [
    # the present perfect told by a report noun of a present clause: the news of the day
    ("The Congolese army abandons its positions near Goma, with reports that its soldiers have looted "
     "shops in the city.", "2025-02-20"),
    # not reported: some time lately, the month of the document
    ("The Congolese army abandons its positions near Goma, and its soldiers have looted shops in the city.",
     "2025-02"),
])
def test_a_report_noun_dates_the_present_perfect_it_tells(settings, text, date):
    events = _events(settings, text, day=dt.date(2025, 2, 20))
    assert _one(events, "17", "COD").date == date


@pytest.mark.parametrize(("text", "root", "source", "date"), [
    # a length and "earlier"/"later" counts from the time the text is at: the report's day ...
    ("Emirati officials say an Emirati tanker was attacked by Iran while sailing through the Strait of "
     "Hormuz a day earlier.", "19", "IRN", "2026-08-14"),
    # ... or the day stated before
    ("On Monday, Russian forces shelled the Ukrainian city of Kharkiv.\n\nTwo days later, Ukrainian forces "
     "attacked Russian positions near Belgorod.", "19", "UKR", "2026-08-12"),
    # the length hangs from the clause it dates, beside the clause it measures from
    ("US president Donald Trump claims that Iran agreed to talks a day after Israel launched strikes "
     "against Iran.", "19", "ISR", "2026-08-14"),
])
def test_a_length_of_time_apart_moves_the_date_it_counts_from(settings, text, root, source, date):
    events = _events(settings, text, day=dt.date(2026, 8, 15))
    assert _one(events, root, source).date == date


def test_a_participle_of_the_same_time_dates_its_clause(settings):
    events = _events(settings, "Iranian forces attacked an Emirati tanker while crossing the Strait of Hormuz "
                               "on Monday.", day=dt.date(2026, 8, 15))
    assert _one(events, "19", "IRN").date == "2026-08-10"


@pytest.mark.parametrize(("text", "word", "tied"), [
    ("Responding to the shelling, the Ukrainian army attacked Russian positions.", "attacked", True),
    ("In a statement following Saturday's attack, the minister blamed Russia.", "blamed", True),
    ("After talks with Russia, the Ukrainian army attacked Russian positions.", "attacked", False),  # not told
    ("The army attacked Russian positions, the minister said after the shelling.", "attacked", False),  # the report's
])
def test_a_phrase_and_a_noun_that_refers_back_tie_a_clause_to_a_told_happening(nlp, text, word, tied):
    from eventwire.coding.scene import follows_told

    doc = nlp(text)
    assert follows_told(next(t for t in doc if t.text == word)) is tied


@pytest.mark.parametrize(("text", "root", "source", "date"), [
    # from the day stated last, in the paragraph before as well
    ("On Monday, Russian forces shelled the Ukrainian city of Kharkiv.\n\nThe next day, the Ukrainian "
     "army attacked Russian positions near Belgorod.", "19", "UKR", "2019-08-06"),
    ("Today Russian forces shelled Kharkiv. A Ukrainian court ruled on July 30 that the shelling of "
     "Kyiv was a war crime.\n\nUkrainian police arrested two Russian journalists on the same day.",
     "17", "UKR", "2019-07-30"),
    # a day told that way is the day of the text from there on
    ("On Monday, Russian forces shelled the Ukrainian city of Kharkiv. The following day, Ukrainian "
     "police detained a Russian spy. Ukrainian forces also attacked Russian positions near Belgorod.",
     "19", "UKR", "2019-08-06"),
    # a past act the day after the document's day: no day stated to count from
    ("The next day, the Ukrainian army attacked Russian positions near Belgorod.", "19", "UKR", "2019-08-08"),
])
def test_a_day_told_from_the_day_stated_last(settings, text, root, source, date):
    assert _one(_events(settings, text), root, source).date == date


@pytest.mark.parametrize("first", [
    "Russian forces shelled a hospital built in 2014.",  # the year describes the hospital
    "Analysts said Russia would invade again in 2020 if it lost in 2016.",  # a condition
    "Ukraine said Russian forces could have crossed the border in May.",  # a modal
])
def test_a_date_that_does_not_tell_the_texts_course_does_not_date_the_next_sentence(settings, first):
    events = _events(settings, first + " The Ukrainian army attacked Russian positions near Belgorod.")
    event = _one(events, "19", "UKR")
    assert (event.date, event.date_precision) == ("2019-08-08", "document")


def test_a_participle_describing_a_noun_still_dates_its_own_sentence(settings):
    events = _events(settings, "A British minister says Britain does not recognise the comments made by "
                               "Israeli prime minister Benjamin Netanyahu yesterday, where he accused British "
                               "prime minister Keir Starmer of siding with Hamas.")
    assert _one(events, "11", "ISR").date == "2019-08-07"



@pytest.mark.parametrize(("text", "words", "date"), [
    # a date in the past perfect goes back from the story's day; the text returns to that day
    ("On Tuesday, a suicide bomber attacked a police station in Kabul. Police said the attacker had "
     "entered the city on Monday night. The Afghan government blamed Pakistan for the attack.",
     "blamed Pakistan", "2019-08-06"),
    ("On Tuesday, Afghan forces attacked Taliban positions near Kandahar. The Taliban had attacked a "
     "police post on Monday night. Afghan soldiers also shelled Taliban positions near Ghazni.",
     "Afghan soldiers also shelled", "2019-08-06"),
    # "the day before" steps back as well (the recogniser's entity is "The day" alone)
    ("On Tuesday, a suicide bomber attacked a police station in Kabul. The day before, Afghan police "
     "arrested two Pakistani men. The Afghan government blamed Pakistan for the attack.",
     "blamed Pakistan", "2019-08-06"),
    ("On Tuesday, a suicide bomber attacked a police station in Kabul. The day before, Afghan police "
     "arrested two Pakistani men. The Afghan government blamed Pakistan for the attack.",
     "Afghan police arrested", "2019-08-05"),
    # a clause in the past perfect as well goes on at the earlier date
    ("On Tuesday, Afghan forces attacked Taliban positions near Kandahar. The Taliban had attacked a "
     "police post on Monday night. The Taliban had also shelled Afghan soldiers near Ghazni.",
     "had also shelled", "2019-08-05"),
])
def test_a_step_back_in_time_does_not_carry_to_the_story(settings, text, words, date):
    events = _events(settings, text)
    found = [e for e in events if words in e.evidence.replace("The day before, ", "")]
    assert found and found[0].date == date, [(e.cameo, e.date, e.evidence) for e in events]


@pytest.mark.parametrize(("text", "date"), [
    # "overnight" is the night of the day the text is at, as "that night" is
    ("On Saturday, a gunman shot four people at a mosque in Lyon. French police arrested the suspect "
     "overnight.", "2019-08-03"),
    # with no day stated before, the night before the document's day ends
    ("French police arrested the suspect overnight.", "2019-08-08"),
])
def test_overnight_is_the_night_of_the_day_the_text_is_at(settings, text, date):
    assert _one(_events(settings, text), "17", "FRA").date == date



def test_the_day_before_a_named_happening_is_not_told_from_the_text(settings):
    # "the day before the rally" counts from the rally, not from the day the text is at
    events = _events(settings, "Thousands of Trump supporters gathered on Saturday in Washington for a rally. "
                               "Reportedly several thousand supporters protested in front of the Supreme Court "
                               "of the United States, which rejected, the day before the rally, a lawsuit filed "
                               "by Texas.", day=dt.date(2020, 12, 15))
    found = [e for e in events if "Reportedly" in e.evidence]
    assert found and found[0].date == "2020-12-12", [(e.cameo, e.date, e.evidence) for e in events]


@pytest.mark.parametrize(("text", "date"), [
    # a stretch of days whose last day the entity recogniser leaves out ("between July 24" + "26")
    ("Russian drones attacked Ukrainian cities between August 1 and 3.", "2019-08"),
    ("Russian drones attacked Ukrainian cities on August 1 and 2.", "2019-08"),
])
def test_a_stretch_of_days_dates_the_event_by_its_month(settings, text, date):
    event = _one(_events(settings, text), "19", "RUS")
    assert (event.date, event.date_precision) == (date, "month")


@pytest.mark.parametrize(("text", "root", "date"), [
    # "starting" and "beginning" say from when, as a preposition would: the date dates the clause
    ("The United States will impose new tariffs on Chinese goods starting August 15.", "16", "2019-08-15"),
    ("Japan will lift its sanctions on South Korea beginning next Monday.", "03", "2019-08-12"),
])
def test_a_participle_that_says_from_when_dates_its_clause(settings, text, root, date):
    assert _one(_events(settings, text), root).date == date


def test_the_past_progressive_in_a_later_paragraph_keeps_the_day_of_the_story(settings):
    # what went on at the time of the story ("was meeting"), not a new happening some day about then
    events = _events(settings, "On Thursday, an American drone killed a senior Iranian commander at Baghdad "
                               "airport.\n\nIraqi Prime Minister Adil Abdul-Mahdi was meeting the Iranian "
                               "commander at the airport.", day=dt.date(2020, 1, 5))
    event = _one(events, "04", "IRQ")
    assert (event.date, event.date_precision) == ("2020-01-02", "day")


@pytest.mark.parametrize(("text", "root", "date"), [
    # what an infinitive below the present is to do is ahead: October of this year, not the last
    ("The Estonian government registers a resolution to open an embassy in Lima, Peru, in October.", "05",
     "2019-10"),
    # an infinitive below the past keeps the past ("registered ... to open ... in March": that March)
    ("The Estonian government registered a resolution to open an embassy in Lima, Peru, in March.", "05",
     "2019-03"),
])
def test_a_date_of_an_infinitive_below_the_present_looks_ahead(settings, text, root, date):
    assert _one(_events(settings, text), root).date == date


def test_hours_later_in_a_later_paragraph_keep_the_day_of_the_story(settings):
    # not a new happening some day about then (the month): hours after the day the text is at
    events = _events(settings, "On Friday, a gunman killed 50 people at two mosques in Christchurch.\n\n"
                               "New Zealand police arrested an Australian man hours later.", day=dt.date(2019, 3, 17))
    event = _one(events, "17", "NZL")
    assert (event.date, event.date_precision) == ("2019-03-15", "day")
