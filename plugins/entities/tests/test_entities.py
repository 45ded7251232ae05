#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Unit tests of the entities plugin, run through `sift process`.

    test_entities.py --sift BUILD/sift --plugin-dir BUILD/plugins [unittest args]

Each test feeds short texts through the real pipeline and checks the
`entity` objects (shared/PROTOCOL.md): spans, types, normalised fields,
clusters, titles; and that hostile inputs return quickly and cleanly.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

ARGS = None
PUB = "2019-06-04T08:00:00Z"  # a Tuesday


def run(texts, published=PUB, timeout=60):
    """texts: {id: text} -> {id: article}, and the wall time."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, t in texts.items():
            obj = {"id": i, "text": t}
            if published:
                obj["published"] = published
            f.write(json.dumps(obj) + "\n")
        path = f.name
    try:
        t0 = time.monotonic()
        p = subprocess.run([ARGS.sift, "process", "--plugins", "entities", "--plugin-dir",
                            ARGS.plugin_dir, path], capture_output=True, timeout=timeout)
        elapsed = time.monotonic() - t0
    finally:
        os.unlink(path)
    if p.returncode != 0:
        raise AssertionError("sift process failed: %s" % p.stderr.decode(errors="replace"))
    out = {}
    for line in p.stdout.decode().splitlines():
        a = json.loads(line)
        out[a["id"]] = a
    return out, elapsed


def ents(text, published=PUB):
    out, _ = run({"x": text}, published)
    a = out["x"]
    assert all(p["ok"] for p in a["plugins"]), a["plugins"]
    raw = text.encode()
    for e in a["entities"]:
        e["texts"] = [raw[s:t].decode() for s, t in e["mentions"]]
    return a["entities"]


def mention_texts(entities):
    """The text of every mention of the entities, in order."""
    return [t for e in entities for t in e["texts"]]


def find(entities, surface, etype=None):
    for e in entities:
        if surface in e["texts"] and (etype is None or e["type"] == etype):
            return e
    raise AssertionError("no %s entity with mention %r in %s" % (
        etype or "", surface, [(e["type"], e["texts"]) for e in entities]))


class Money(unittest.TestCase):
    def test_a_currency_sign_read_twice_as_latin1(self):
        # web copy decoded twice: "£" as "Â£", "€" as "â\x82¬", the full-width "￡" as "ï¿¡";
        # the amounts were lost or cut after the stray letters
        es = ents("The duties hit Â£2.4 billion of British exports and \u00e2\u0082\u00ac1.5 billion of "
                  "German cars, while \u00ef\u00bf\u00a1700 million of whisky sales were at risk.")
        m = find(es, "Â£2.4 billion", "MONEY")
        self.assertEqual((m["value"], m["currency"]), (2.4e9, "GBP"))
        m = find(es, "\u00e2\u0082\u00ac1.5 billion", "MONEY")
        self.assertEqual((m["value"], m["currency"]), (1.5e9, "EUR"))
        m = find(es, "\u00ef\u00bf\u00a1700 million", "MONEY")
        self.assertEqual((m["value"], m["currency"]), (700e6, "GBP"))

    def test_a_currency_written_again_after_its_symbol(self):
        # "$250 billion dollars" was cut before "dollars"
        es = ents("They signed deals worth more than $250 billion dollars, and $60 billion US dollars "
                  "more, while $5 billion in euros went abroad.")
        self.assertEqual(find(es, "more than $250 billion dollars", "MONEY")["value"], 250e9)
        find(es, "$60 billion US dollars", "MONEY")
        find(es, "$5 billion", "MONEY")

    def test_forms(self):
        es = ents("They cited $60 billion of goods, a $375bn deficit, 300 mln dlrs of aid, "
                  "5.6 billion yuan of soybeans, €1.2bn of cars, US$2.5 million, "
                  "£3 million, a $1.5-billion deal, EUR 10m, Rs 500 crore "
                  "and 10 million Canadian dollars.")
        for surface, value, cur in [("$60 billion", 60e9, "USD"), ("$375bn", 375e9, "USD"),
                                    ("300 mln dlrs", 300e6, "USD"), ("5.6 billion yuan", 5.6e9, "CNY"),
                                    ("€1.2bn", 1.2e9, "EUR"), ("US$2.5 million", 2.5e6, "USD"),
                                    ("£3 million", 3e6, "GBP"), ("$1.5-billion", 1.5e9, "USD"),
                                  ("EUR 10m", 10e6, "EUR"), ("Rs 500 crore", 5e9, "INR"),
                                    ("10 million Canadian dollars", 10e6, "CAD")]:
            e = find(es, surface, "MONEY")
            self.assertAlmostEqual(e["value"], value, delta=value * 1e-9, msg=surface)
            self.assertEqual(e["currency"], cur, surface)

    def test_vague_amount_has_no_value(self):
        e = find(ents("It hit back with tariffs on tens of billions of dollars in goods."),
                 "tens of billions of dollars", "MONEY")
        self.assertNotIn("value", e)
        self.assertEqual(e["currency"], "USD")

    def test_plain_numbers_are_not_money(self):
        es = ents("He scored 25 points in 11 rounds of talks.")
        self.assertFalse([e for e in es if e["type"] == "MONEY"])

    def test_an_amount_written_as_one_word(self):
        # "the 16-billion-dollar list" was no amount, before
        es = ents("Duties hit the 16-billion-dollar list and a 50-million-euro fund, not a "
                  "10-billion-tonne mine.")
        self.assertEqual(find(es, "16-billion-dollar", "MONEY")["value"], 16e9)
        self.assertEqual(find(es, "16-billion-dollar", "MONEY")["currency"], "USD")
        self.assertEqual(find(es, "50-million-euro", "MONEY")["currency"], "EUR")
        self.assertEqual([e["texts"] for e in es if e["type"] == "MONEY"],
                         [["16-billion-dollar"], ["50-million-euro"]])

    def test_pounds_of_a_crop_are_a_weight(self):
        es = ents("Growers shipped 1.2 billion pounds of almonds; the budget set aside "
                  "3 billion pounds for roads and £2 billion of grants.")
        money = sorted(t for e in es if e["type"] == "MONEY" for t in e["texts"])
        self.assertEqual(money, ["3 billion pounds", "£2 billion"])
        es = ents("Soybean farmers shipped 2 billion pounds last season. The club paid "
                  "40 million pounds for a striker.")
        money = sorted(t for e in es if e["type"] == "MONEY" for t in e["texts"])
        self.assertEqual(money, ["40 million pounds"])


    def test_an_amount_whose_currency_is_left_out(self):
        # wire copy names the unit once: "from 4.7 billion" was no amount
        es = ents("Exports rose to 5.2 billion dlrs in 1988 from 4.7 billion in 1987, and the deficit "
                  "grew to 3.1 billion yuan, up from 2.9 billion. Wheat stocks of 300 mln bushels will "
                  "rise to 350 mln by May, and 12 mln shares to 14 mln.")
        self.assertEqual(find(es, "4.7 billion", "MONEY")["value"], 4.7e9)
        self.assertEqual(find(es, "4.7 billion", "MONEY")["currency"], "USD")
        self.assertEqual(find(es, "2.9 billion", "MONEY")["currency"], "CNY")
        self.assertFalse([e for e in es if e["type"] == "MONEY" and ("350 mln" in e["texts"] or
                                                                     "14 mln" in e["texts"])], es)
        # each of a run of them, "from" after the first ("to 374.2 mln from
        # 353.9 mln" had none)
        es = ents("Spending fell to 18.7 mln dlrs from 26.3 mln, while investment in plant rose to 374.2 mln "
                  "from 353.9 mln a year earlier. Stocks of 300 mln bushels rose to 350 mln from 310 mln.")
        self.assertEqual(sorted(t for e in es if e["type"] == "MONEY" for t in e["texts"]),
                         sorted(["18.7 mln dlrs", "26.3 mln", "374.2 mln", "353.9 mln"]))


class Percent(unittest.TestCase):
    def test_forms(self):
        es = ents("Tariffs went from 10 percent to 25 percent; 25 per cent, 25%, 10 pct, "
                  "7.5% and a 0.5 percentage point cut.")
        for surface, value in [("10 percent", 10), ("25 percent", 25), ("25 per cent", 25),
                               ("25%", 25), ("10 pct", 10), ("7.5%", 7.5),
                               ("0.5 percentage point", 0.5)]:
            self.assertEqual(find(es, surface, "PERCENT")["value"], value, surface)

    def test_a_range_in_one_token_is_one_mention(self):
        # "7-10 percent" and "100-200 million dollars" were no mention, before
        es = ents("Duties of 10-25 percent hit goods worth 100-200 million dollars and $50-60 billion.")
        for surface, etype in [("10-25 percent", "PERCENT"), ("100-200 million dollars", "MONEY"),
                               ("$50-60 billion", "MONEY")]:
            self.assertNotIn("value", find(es, surface, etype), surface)
        self.assertEqual(find(es, "$50-60 billion", "MONEY")["currency"], "USD")
        # a number with its unit glued on is still one number
        es = ents("Tariffs reached 25-percent levels; it paid $1.5-billion.")
        self.assertEqual(find(es, "25-percent", "PERCENT")["value"], 25)
        self.assertEqual(find(es, "$1.5-billion", "MONEY")["value"], 1.5e9)

    def test_range_lower_bound_is_not_a_mention(self):
        es = ents("Tariffs ranging from five to 25 per cent.")
        texts = [t for e in es if e["type"] == "PERCENT" for t in e["texts"]]
        self.assertEqual(texts, ["25 per cent"])


class Dates(unittest.TestCase):
    def test_relative_to_published(self):
        es = ents("On Sunday officials said talks last month failed. They met on May 10 and on "
                  "June 4, 2019, early last year, yesterday, this week and two years ago, in 2018, "
                  "and again next Monday.")
        for surface, iso in [("Sunday", "2019-06-02"), ("last month", "2019-05"),
                             ("May 10", "2019-05-10"), ("June 4, 2019", "2019-06-04"),
                             ("early last year", "2018"), ("yesterday", "2019-06-03"),
                             ("this week", "2019-W23"), ("two years ago", "2017"),
                             ("2018", "2018"), ("next Monday", "2019-06-10")]:
            self.assertEqual(find(es, surface, "DATE").get("date"), iso, surface)

    def test_decades_and_mid_year(self):
        es = ents("In the 1990s and by mid-2019 exports fell.")
        self.assertEqual(find(es, "the 1990s", "DATE")["date"], "199")
        self.assertEqual(find(es, "mid-2019", "DATE")["date"], "2019")
        es = ents("Duties fell in the mid-1980s.")
        self.assertEqual(find(es, "the mid-1980s", "DATE")["date"], "198")

    def test_days_across_two_months_are_one_date(self):
        # only the first month was a date
        es = ents("He paved the way for the April 29-May 2 visit, and the fair runs June 30-July 3, 2020.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         ["April 29-May 2", "June 30-July 3, 2020"])

    def test_days_across_two_months_written_apart_are_one_date(self):
        # "April 29" and "May 5" were two dates (dev-8)
        es = ents("The minister visits Valdoria April 29 to May 5, and the fair runs June 30 through July 2.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         ["April 29 to May 5", "June 30 through July 2"])

    def test_over_after_of_or_worth_and_a_quarter_of_last_year(self):
        # "over" was left out after "of" and "worth"; "the second quarter" and
        # "last year" were two dates (dev-10, the 2018 pool)
        es = ents("Brannock has invested a total of over $1 billion , machines worth over 12 million yuan "
                  "came back , and growth fell from 14.2 percent in the second quarter last year and in the "
                  "first quarter this year .")
        texts = [t for e in es for t in e["texts"]]
        for t in ["over $1 billion", "over 12 million yuan", "the second quarter last year",
                  "the first quarter this year"]:
            self.assertIn(t, texts)

    def test_this_month_and_stretches_ahead(self):
        # "this" and "ahead" were left out, "the following" too (dev-8)
        es = ents("Beans reach the market this October, after a plunge early this April. In the months ahead "
                  "and the three weeks ahead talks go on; the following eight months will tell.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         ["early this April", "the following eight months", "the months ahead",
                          "the three weeks ahead", "this October"])
        self.assertEqual(find(es, "this October")["date"], "2019-10")

    def test_a_decade_written_with_an_apostrophe(self):
        # "the 1950's" was the year 1950 (dev-8); a year's possessive stays the year
        es = ents("Quotas first imposed in the 1950's and the late 1970's hurt, and 1986's output fell.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         ["1986", "the 1950's", "the late 1970's"])

    def test_todays_world_is_no_day(self):
        # "today" of the present age was a date (dev-5 and dev-7 leave it untagged)
        es = ents("In today's world, and in today's Europe, old rules fail. Today's vote was close, prices "
                  "rose today, and he wrote in today's Boston Herald.")
        self.assertEqual([t for e in es if e["type"] == "DATE" for t in e["texts"]],
                         ["Today", "today", "today"])

    def test_a_decade_with_its_article(self):
        # "the" was left out of a decade, not of a century ("the 20th century")
        es = ents("Duties last seen in the 1930s returned; since the late 1970s and through the "
                  "mid-1990s, output rose. Mills of 1920s design and 1980s prices stayed.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         sorted(["the 1930s", "the late 1970s", "the mid-1990s", "1920s", "1980s"]))
        self.assertEqual(find(es, "the late 1970s", "DATE")["date"], "197")

    def test_two_days_of_a_month_are_one_date(self):
        # only the first day and its month were a date, or the month alone
        es = ents("The fair runs on June 8-10 in Halifax, after hearings on Aug. 20 to 23 and talks on "
                  "March 14 and 15. On May 25 13 firms closed, and on July 2 and 30 percent of staff left.",
                  "2019-06-04T08:00:00Z")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         sorted(["June 8-10", "Aug. 20 to 23", "March 14 and 15", "May 25", "July 2"]))
        self.assertEqual(find(es, "June 8-10", "DATE")["date"], "2019-06")

    def test_a_hedge_before_a_count_of_time(self):
        # "about"/"around" were inside, the other hedges of amounts were not;
        # "over" stays a preposition
        es = ents("The review may take up to three years, more than a month or at least 90 days, "
                  "and the cost is spread over four years. Some 20 years ago it took less than a week.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         sorted(["up to three years", "more than a month", "at least 90 days", "four years",
                                 "Some 20 years ago", "less than a week"]))

    def test_two_units_of_time_and_a_range_of_counts(self):
        # "a few days" and "five years" were cut from their phrase
        es = ents("Delays of a few days or weeks are likely over the next three to five years, and "
                  "building starts mid-winter.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         sorted(["a few days or weeks", "the next three to five years", "mid-winter"]))

    def test_months_in_one_word_consecutive_years_and_two_quarters(self):
        # none was a date before
        es = ents("Exports grew 6 percent in the March-October period and for six consecutive years, "
                  "but fell in the first and second halves of the season and in the third and fourth "
                  "quarters.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         sorted(["March-October", "six consecutive years", "the first and second halves",
                                 "the third and fourth quarters"]))

    def test_without_published_no_guess(self):
        es = ents("The deal was signed on Sunday and on March 3, 2018.", published=None)
        self.assertNotIn("date", find(es, "Sunday", "DATE"))
        self.assertEqual(find(es, "March 3, 2018", "DATE")["date"], "2018-03-03")

    def test_vague_and_relative(self):
        es = ents("The dispute has dragged on for several months. A ruling is expected by the end "
                  "of the year, a few weeks after the hearing; the end of an era, some said.")
        for surface in ["several months", "the end of the year", "a few weeks"]:
            self.assertNotIn("date", find(es, surface, "DATE"), surface)
        self.assertFalse([e for e in es if "the end of an era" in e["texts"]])
        es = ents("Officials will decide by the end of May.")
        self.assertEqual(find(es, "the end of May", "DATE")["date"], "2019-05")

    def test_stretches_parts_of_years_centuries_and_spans_of_years(self):
        # only "20 years", "this year" and "2018" were dates before, or none
        es = ents("Over the past 20 years and the last few months exports grew; in the first three "
                  "quarters of this year and the second half of 2018 they fell, the worst since the "
                  "20th century. The 2016-2020 plan and the 2015-16 season began in mid-January.")
        texts = sorted(t for e in es if e["type"] == "DATE" for t in e["texts"])
        self.assertEqual(texts, sorted(["the past 20 years", "the last few months",
                                        "the first three quarters of this year", "the second half of 2018",
                                        "the 20th century", "2016-2020", "2015-16", "mid-January"]))
        self.assertEqual(find(es, "mid-January", "DATE")["date"], "2019-01")
        # a year's order alone, a count of years and numbers that are no years are not
        es = ents("He came first in the race. Call 2018-1234 or 1850-60 for the last of the three.")
        self.assertFalse([e for e in es if e["type"] == "DATE"], es)

    def test_a_couple_of_months(self):
        # no date before, as "a few weeks" was one
        es = ents("Firms will need a couple of months to adapt; a couple of firms left.")
        self.assertEqual([e["texts"] for e in es if e["type"] == "DATE"], [["a couple of months"]])
        self.assertNotIn("date", find(es, "a couple of months", "DATE"))

    def test_about_and_around_belong_to_the_date(self):
        es = ents("Shipments dried up about two years ago and resumed around three weeks later.")
        self.assertEqual(find(es, "about two years ago", "DATE")["date"], "2017")
        find(es, "around three weeks later", "DATE")

    def test_a_hedge_belongs_to_the_amount_or_percentage(self):
        # "about"/"more than"/"as much as" are inside the span; "over" is
        # as often a preposition, outside it
        es = ents("Exports rose more than 70 percent to about $5 billion, and as much as 20 percent "
                  "went to some 30 buyers. The dispute over $50 billion of goods went on.")
        self.assertEqual(find(es, "more than 70 percent", "PERCENT")["value"], 70)
        self.assertEqual(find(es, "about $5 billion", "MONEY")["value"], 5e9)
        find(es, "as much as 20 percent", "PERCENT")
        find(es, "$50 billion", "MONEY")
        # a rise's "up to" reaches the level; it is no hedge
        es = ents("Duties went up to 25 percent, and fees of up to 10 percent apply.")
        find(es, "25 percent", "PERCENT")
        find(es, "up to 10 percent", "PERCENT")

    def test_trade_copy_date_conventions(self):
        # each was missed or cut before: the part of the day, "this" before a
        # day, a stretch with its "the" and no count, a span of months in one
        # word (GUIDE.md, DECISIONS-trade-1.md decision 2)
        es = ents("Officials met on Friday morning and will sign the deal this March 3. Over the past "
                  "decades and the past years output doubled; it will be reviewed the next week. In "
                  "the Feb.-Aug. period imports rose.", "2019-02-12T08:00:00Z")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         sorted(["Friday morning", "this March 3", "the past decades", "the past years",
                                 "the next week", "Feb.-Aug."]))
        self.assertEqual(find(es, "Friday morning", "DATE")["date"], "2019-02-08")
        self.assertEqual(find(es, "this March 3", "DATE")["date"], "2019-03-03")

    def test_vague_dates_with_their_article(self):
        # none was a date, or "last decade" without its "the", before
        es = ents("Exports doubled over the last decade and sales fell over the weekend; prices "
                  "will rise in the near future, and 8 firms closed that year.")
        self.assertEqual(sorted(t for e in es if e["type"] == "DATE" for t in e["texts"]),
                         sorted(["the last decade", "the weekend", "the near future", "that year"]))

    def test_a_rate_is_no_date(self):
        # "a year" after an amount or a quantity says how often; it was a DATE before
        es = ents("The plant pays 40 million euros a year, ships 12 million tonnes a day and grows "
                  "3 percent a year. The talks took a year.")
        self.assertEqual([e["texts"] for e in es if e["type"] == "DATE"], [["a year"]])
        self.assertEqual(find(es, "a year", "DATE")["mentions"][0][0], len("The plant pays 40 million euros a year, "
                         "ships 12 million tonnes a day and grows 3 percent a year. The talks took "))
        es = ents("Stocks rose to 9 million tonnes from 8 million tonnes a year earlier.")
        find(es, "a year earlier", "DATE")

    def test_over_after_a_verb_is_a_hedge(self):
        # "over" was always left out: after a verb's past form, "by" or "to" it
        # is a hedge, as are "slightly over" and "just over"; after a noun a preposition
        es = ents("The firm invested over 30 billion dollars, sales grew by over 8 percent and "
                  "costs are just over 2 billion dollars. Talks over $40 billion of goods failed.")
        find(es, "over 30 billion dollars", "MONEY")
        find(es, "by over 8 percent".split(" ", 1)[1], "PERCENT")
        find(es, "just over 2 billion dollars", "MONEY")
        find(es, "$40 billion", "MONEY")

    def test_a_weekday_naming_a_newspaper_is_no_date(self):
        # "Sunday" was a date and the newspaper no name, before
        es = ents("The Sunday Times reported the deal, and on Sunday the Monday Herald did.")
        self.assertEqual(sorted(t for e in es if e["type"] == "ORG" for t in e["texts"]),
                         ["Monday Herald", "Sunday Times"])
        self.assertEqual([e["texts"] for e in es if e["type"] == "DATE"], [["Sunday"]])

    def test_may_the_verb(self):
        es = ents("Prices May rise, Theresa May said.")
        self.assertFalse([e for e in es if e["type"] == "DATE"])


class Codes(unittest.TestCase):
    def test_country_aliases_cluster(self):
        es = ents("The US blamed China. The U.S. and the United States, America and the USA "
                  "said China’s exports and Germany's rose.")
        us = find(es, "US", "GPE")
        self.assertEqual(us["code"], "US")
        self.assertEqual(sorted(us["texts"]), sorted(["US", "U.S.", "United States", "America", "USA"]))
        self.assertEqual(us["name"], "United States")
        self.assertEqual(find(es, "China", "GPE")["code"], "CN")
        self.assertEqual(find(es, "Germany", "GPE")["code"], "DE")

    def test_a_place_of_two_words_in_a_hyphenated_compound(self):
        # "New Zealand" and "North" were lost, "Korea" alone a place, before
        es = ents("The New Zealand-China FTA took effect before the China-South Korea talks and "
                  "the North Korea-US summit.")
        self.assertEqual(sorted((e["type"], t) for e in es for t in e["texts"]),
                         [("GPE", "China"), ("GPE", "China"), ("GPE", "New Zealand"), ("GPE", "North Korea"),
                          ("GPE", "South Korea"), ("GPE", "US")])
        self.assertEqual(find(es, "New Zealand", "GPE")["code"], "NZ")

    def test_a_person_of_the_tagger_followed_by_its_is_a_company(self):
        # "Varneko" was a person in both mentions, before; "Erdmann", named
        # after a title elsewhere, and "the Malko administration" stay persons
        es = ents("Demand for electric cars fell, forcing Varneko to cut its prices. Sales of Varneko "
                  "cars slowed in May.")
        self.assertEqual(find(es, "Varneko", "ORG")["texts"], ["Varneko", "Varneko"])
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)
        es = ents("President Erdmann spoke on Monday. Erdmann called on its citizens to save. The Malko "
                  "administration raised its tariffs.")
        find(es, "Erdmann", "PERSON")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)

    def test_a_place_side_by_side_with_an_organisation_is_in_its_name(self):
        # a place and an organisation, or a place and an ORG "Autonomous
        # Prefecture", before
        es = ents("She is a fellow at the Asia Forestry Research Institute in Bangkok.")
        self.assertEqual([(e["type"], e["texts"]) for e in es],
                         [("ORG", ["Asia Forestry Research Institute"]), ("GPE", ["Bangkok"])])
        es = ents("They farm in Yushan Hani Autonomous Prefecture, southwest China.")
        find(es, "Yushan Hani Autonomous Prefecture", "GPE")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)

    def test_an_organisation_never_takes_its_the(self):
        # GUIDE.md; "The Associated Press" was one ORG inside a sentence, before
        es = ents("The rise was steep, Dr Lin told The Associated Press on Monday.")
        find(es, "Associated Press", "ORG")
        self.assertFalse([e for e in es if any(t.startswith("The ") for t in e["texts"])], es)

    def test_a_nationality_before_a_government_body(self):
        # GUIDE.md: "the Chinese Ministry of Commerce" is NORP + ORG; these
        # were one ORG each, and "Embassy" no name, before
        es = ents("The Norwegian Ministry of Fisheries and the Norwegian Trade Ministry disagreed, "
                  "the Norwegian Embassy in Lima said. The Norwegian Academy of Sciences did not.")
        self.assertEqual(sorted((e["type"], t) for e in es for t in e["texts"]),
                         [("GPE", "Lima"), ("NORP", "Norwegian"), ("NORP", "Norwegian"), ("NORP", "Norwegian"),
                          ("ORG", "Embassy"), ("ORG", "Ministry of Fisheries"),
                          ("ORG", "Norwegian Academy of Sciences"), ("ORG", "Trade Ministry")])

    def test_photo_credits(self):
        # the photographer was split or an organisation, the agency a place
        # or nothing, before
        es = ents("Cranes load soybeans in Dalian. (Xinhua/Xing Wanli) Prices fell. [File photo: "
                  "Rivermark Plus] Officials met. [Photo: Xinhua/Lu Pengfei] Talks ended. "
                  "[Photo/Agencies] Markets rose.")
        find(es, "Xing Wanli", "PERSON")
        find(es, "Lu Pengfei", "PERSON")
        find(es, "Rivermark Plus", "ORG")
        self.assertEqual(len(find(es, "Xinhua", "ORG")["texts"]), 2)
        self.assertFalse([e for e in es if "Agencies" in e["texts"]], es)

    def test_zones_regions_and_rivers_named_after_places(self):
        # a place and nothing, or an organisation, or a place cut short, before
        es = ents("Trucks left the Harbin Longfeng Free Trade Port Zone for the Pearl Bay Area. "
                  "The Yangtze River Delta and Northeast Asia and Oceania gained, but the Yangtze "
                  "River Economic Belt plan stalled. The Kestrel New Area opened.")
        for name in ("Harbin Longfeng Free Trade Port Zone", "Yangtze River Delta", "Northeast Asia", "Oceania",
                     "Kestrel New Area"):
            find(es, name, "LOC")
        self.assertFalse([e for e in es if e["type"] in ("ORG", "GPE")], es)
        self.assertFalse([e for e in es if "Yangtze River Economic Belt" in e["texts"]], es)

    def test_capitals_cities_states(self):
        es = ents("Officials in Beijing, Washington, Tokyo and California met in Brussels.")
        for surface, code in [("Beijing", "CN"), ("Washington", "US"), ("Tokyo", "JP"),
                              ("California", "US"), ("Brussels", "BE")]:
            self.assertEqual(find(es, surface, "GPE")["code"], code, surface)

    def test_eu_and_demonyms(self):
        es = ents("The European Union and the EU responded. Chinese and American firms, "
                  "British and Japanese banks.")
        eu = find(es, "European Union")
        self.assertEqual(eu["code"], "EU")
        self.assertIn("EU", eu["texts"])
        for surface, code in [("Chinese", "CN"), ("American", "US"), ("British", "GB"),
                              ("Japanese", "JP")]:
            self.assertEqual(find(es, surface, "NORP")["code"], code, surface)

    def test_place_cues(self):
        es = ents("They met in the Canadian ski resort of Banff. Talks moved to Kelowna, Canada.")
        self.assertEqual(find(es, "Banff", "GPE").get("code"), "CA")
        self.assertEqual(find(es, "Kelowna", "GPE").get("code"), "CA")

    def test_countries_iso_renamed_and_lists(self):
        # iso-codes calls it Türkiye; a place before a list of countries
        # is not in the first of them
        es = ents("Steel from Turkey, Iran and Russia arrived in Trabzon, Iran and Syria.")
        self.assertEqual(find(es, "Turkey", "GPE").get("code"), "TR")
        self.assertNotEqual(find(es, "Trabzon", "GPE").get("code"), "IR")

    def test_double_encoded_possessive(self):
        es = ents("China\u00e2\u0080\u0099s exports and Japan\u00e2\u20ac\u2122s rose.")
        self.assertEqual(find(es, "China", "GPE")["code"], "CN")
        self.assertEqual(find(es, "Japan", "GPE")["code"], "JP")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)

    def test_hyphenated_compound(self):
        es = ents("The China-US trade talks resumed.")
        self.assertEqual(find(es, "China", "GPE")["code"], "CN")
        self.assertEqual(find(es, "US", "GPE")["code"], "US")

    def test_sino_and_an_abbreviation_ending_a_compound(self):
        # "Sino" was no entity and "U.S." at a compound's end was lost, before
        es = ents("Sino-Japanese ties and the Canada-U.S. trade talks resumed.")
        self.assertEqual(sorted((e["type"], t) for e in es for t in e["texts"]),
                         [("GPE", "Canada"), ("GPE", "U.S."), ("NORP", "Japanese"), ("NORP", "Sino")])
        self.assertEqual(find(es, "Sino", "NORP")["code"], "CN")
        self.assertEqual(find(es, "U.S.", "GPE")["code"], "US")

    def test_all_caps_headline(self):
        es = ents("CHINA AND JAPAN SIGN TRADE PACT\nJapan and China signed a pact in Tokyo.")
        china = find(es, "CHINA", "GPE")
        self.assertEqual(china["code"], "CN")
        self.assertIn("China", china["texts"])
        self.assertEqual(china["name"], "China")


class PeopleAndOrgs(unittest.TestCase):
    def test_surname_clusters_with_full_name(self):
        es = ents("China's Vice Minister for Commerce, Wang Shouwen, spoke on Sunday. "
                  "Wang said talks would go on. Later Wang added more.")
        wang = find(es, "Wang Shouwen", "PERSON")
        self.assertEqual(wang["texts"].count("Wang"), 2)
        self.assertEqual(wang["name"], "Wang Shouwen")
        self.assertEqual(wang["title"], "Vice Minister for Commerce")

    def test_a_councilor_is_a_role(self):
        # "Councilor" was a person, or part of one, before
        es = ents("Chinese State Councilor and Foreign Minister Wang Yi said talks went well. "
                  "Federal Councilor Anna Brunner said on Tuesday that trade rose.")
        self.assertEqual(sorted(t for e in es if e["type"] == "PERSON" for t in e["texts"]),
                         ["Anna Brunner", "Wang Yi"])

    def test_titles_outside_the_span(self):
        es = ents("Vice Premier Liu He met U.S. Commerce Secretary Wilbur Ross in Beijing. "
                  "Ross said little.")
        self.assertEqual(find(es, "Liu He", "PERSON")["title"], "Vice Premier")
        ross = find(es, "Wilbur Ross", "PERSON")
        self.assertEqual(ross["title"], "Commerce Secretary")
        self.assertIn("Ross", ross["texts"])
        self.assertEqual(find(es, "U.S.", "GPE")["code"], "US")

    def test_roles_portfolios_and_their_organisations_are_not_the_name(self):
        es = ents("Deputy Minister of Finance Oyelaran Adeyemi met the delegation on Monday.")
        find(es, "Oyelaran Adeyemi", "PERSON")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)
        es = ents("Halvard Brekke, the Nordic Fisheries Council Director, said talks would go on.")
        find(es, "Nordic Fisheries Council", "ORG")
        es = ents("The Chairperson of the Sahel Commission Amadou Ouedraogo said the union would act.")
        find(es, "Sahel Commission", "ORG")
        find(es, "Amadou Ouedraogo", "PERSON")

    def test_the_person_after_a_roles_organisation(self):
        # "Tavian Development Bank Raskin Oduya" was one organisation,
        # before, when the tagger left the title out of the name
        for text, org, person in [
                ("Former Chief Economist of the Tavian Development Bank Raskin Oduya said the "
                 "tariffs would hurt growth.", "Tavian Development Bank", "Raskin Oduya"),
                ("Prices rose, the President of the Brenmoor Chamber of Commerce Tomas Ruiz said "
                 "on Monday.", "Brenmoor Chamber of Commerce", "Tomas Ruiz")]:
            es = ents(text)
            self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] in ("ORG", "PERSON")],
                             [("ORG", [org]), ("PERSON", [person])])
        # the portfolio of a title is no organisation of its own
        es = ents("Vice-Minister of Commerce Wang Shouwen said talks would go on.")
        self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"], [])

    def test_a_portfolio_word_after_and_ends_the_organisation(self):
        # "Industry" was an organisation of its own, before; two names
        # stay two
        es = ents("Ingrid Solberg, head of the Valdorian Chamber of Commerce and Industry, said costs rose.")
        self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"],
                         [["Valdorian Chamber of Commerce and Industry"]])
        es = ents("Funds came from the Brenmoor Heart Foundation and Lichtwer Pharma GmbH.")
        self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"],
                         [["Brenmoor Heart Foundation"], ["Lichtwer Pharma GmbH"]])

    def test_a_common_word_opening_a_sentence_is_no_organisation(self):
        # "Federal" and "Board" were organisations, before
        for text in ["Federal debt could double in ten years, the report said.",
                     "Board member Hans Lutz said talks went on."]:
            es = ents(text)
            self.assertFalse([e for e in es if e["type"] == "ORG"], text)
        # a word the article writes alone inside a sentence, or one unlabelled
        # text never showed, stays a name
        es = ents("House lawmakers noted the deficit. The bill went to the House on Monday.")
        self.assertEqual(len(find(es, "House", "ORG")["texts"]), 2)
        find(ents("Ferrovia said sales rose in May."), "Ferrovia", "ORG")

    def test_a_common_word_and_an_organisation_are_one(self):
        # "Ways" and "Means Committee" were two organisations, before
        es = ents("The tax bill now goes to the full Ways and Means Committee next week.")
        self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"], [["Ways and Means Committee"]])
        # a body of one word after "and" stays apart
        es = ents("Decisions were left to the House and Senate tax committees.")
        self.assertEqual(sorted(t for e in es if e["type"] == "ORG" for t in e["texts"]), ["House", "Senate"])

    def test_a_city_and_a_plural_read_as_one_place_is_a_team(self):
        # "Houston Ravens" and "Shenzhen Leopards" were places, before
        for text, team in [("He played his whole career with the Houston Ravens.", "Houston Ravens"),
                           ("Wang played for the Shenzhen Leopards.", "Shenzhen Leopards")]:
            find(ents(text), team, "ORG")
        # a place word stays a place
        find(ents("They sailed to the Falkland Islands."), "Falkland Islands", "LOC")

    def test_a_sentence_adverb_after_a_quote_mark_is_not_the_name(self):
        # "And Trump" was the person, before
        es = ents('"And Peter Novak has been clear," he said. Novak left.')
        self.assertEqual(find(es, "Peter Novak", "PERSON")["texts"], ["Peter Novak", "Novak"])
        self.assertNotIn("And Peter Novak", mention_texts(es))
        find(ents('"Although Wang Li can act, she will not," he said.'), "Wang Li", "PERSON")

    def test_an_organisation_of_x_runs_on_through_and(self):
        # "Office of Management" and "Budget" were two organisations, before
        for text, org in [("The Office of Management and Budget said the deficit rose.",
                           "Office of Management and Budget"),
                          ("The Brenmoor Chamber of Commerce of Textiles and Raw Silk said exports rose.",
                           "Brenmoor Chamber of Commerce of Textiles and Raw Silk")]:
            es = ents(text)
            self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"], [[org]], text)
        # an organisation of its own after "and" stays apart
        es = ents("Talks between the Council of Europe and NATO ended.")
        self.assertEqual(sorted(t for e in es if e["type"] == "ORG" for t in e["texts"]),
                         ["Council of Europe", "NATO"])

    def test_a_function_word_ends_no_organisation(self):
        # "Brenmoor Trade Council We" was the organisation, before (a heading
        # run into the next sentence)
        es = ents("Members of the Brenmoor Trade Council We will act, they said.")
        self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"], [["Brenmoor Trade Council"]])

    def test_the_organisation_before_a_role_and_a_person_read_as_one(self):
        # the tagger read the organisation, the role and the person as one
        # organisation; only the person was kept, before
        es = ents("Federal Grain Inspection Administration Director Branko Ivancevic said.")
        self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] in ("ORG", "PERSON")],
                         [("ORG", ["Federal Grain Inspection Administration"]),
                          ("PERSON", ["Branko Ivancevic"])])
        # a portfolio with its country is still the role's
        es = ents("US Commerce Secretary Wilbur Ross said talks would go on.")
        self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"], [])

    def test_an_organisation_ends_before_the_city_it_is_in(self):
        # "Federal Customs Office in Brenmoor" was one organisation, before;
        # a country or a region after "in" can be the name's
        es = ents("The raid was ordered by the Federal Customs Office in Brenmoor, officials said.")
        find(es, "Federal Customs Office", "ORG")
        find(es, "Brenmoor", "GPE")
        es = ents("Officials of the Organisation for Security and Cooperation in Europe met in Vienna.")
        find(es, "Organisation for Security and Cooperation in Europe", "ORG")

    def test_apposition_title(self):
        es = ents("“The door is open,” said Hua Chunying, a foreign ministry spokeswoman.")
        self.assertEqual(find(es, "Hua Chunying", "PERSON")["title"], "foreign ministry spokeswoman")

    def test_acronym_clusters_with_name(self):
        es = ents("The U.S. Trade Representative (USTR) blamed China. The USTR said so on Monday.")
        ustr = find(es, "U.S. Trade Representative", "ORG")
        self.assertEqual(ustr["texts"].count("USTR"), 2)

    def test_news_agencies(self):
        es = ents("The statement was carried by Xinhua, China's official news agency, "
                  "according to Reuters.")
        find(es, "Xinhua", "ORG")
        find(es, "Reuters", "ORG")


    def test_a_city_or_state_is_no_person_on_the_tagger_alone(self):
        # the tagger's one-word person won over the gazetteer's city or state
        es = ents("\"Prices will rise,\" said Mark Hale, a Denver lawyer. Gov. Janet Marr, an Arizona "
                  "Republican, agreed.")
        find(es, "Denver", "GPE")
        find(es, "Arizona", "GPE")
        # unless a person named before ends in the word
        es = ents("Wimbledon finalist Kevin Houston lost in five sets on Friday. Houston, who had saved "
                  "two match points, said he was tired.")
        self.assertIn("Houston", find(es, "Kevin Houston", "PERSON")["texts"])


    def test_a_region_named_by_the_compass_is_a_loc(self):
        # each was a GPE, a political unit, before (the guide: regions are LOC)
        es = ents("Many in the West doubt it, an envoy from the Far East said, as oil from the Mideast "
                  "fell. The gap between the North and the South widened.")
        self.assertEqual(sorted((e["type"], t) for e in es for t in e["texts"]),
                         sorted([("LOC", "West"), ("LOC", "Far East"), ("LOC", "Mideast"), ("LOC", "North"),
                                 ("LOC", "South")]))
        # one that a coordination completes takes the completed name's kind;
        # two regions sharing a name are one (dev-10's "Central and Eastern Europe")
        es = ents("Talks between North and South Korea resumed, and plants moved to Southeast and South Asia.")
        self.assertEqual(sorted((e["type"], t) for e in es for t in e["texts"]),
                         sorted([("GPE", "North"), ("GPE", "South Korea"), ("LOC", "Southeast and South Asia")]))


    def test_a_chinese_name_in_pinyin_is_a_person(self):
        # each was an organisation or a place of the tagger, or took "When" in
        es = ents("Xinhua correspondents Tan Jingjing in Paris, Qiu Wenhao in Rome and Zhu Sheng in Berlin "
                  "contributed to the story. Every evening, Cao Fuming checks the prices of soybeans online.")
        for name in ["Zhu Sheng", "Cao Fuming"]:
            find(es, name, "PERSON")
        es = ents("Gong Ting, a research fellow of the institute, said exports would rise. \"It is a new "
                  "stage,\" Gong said. SHANGHAI, May 3 -- When Gao Lina opens her shop, customers wait.")
        self.assertEqual(find(es, "Gong Ting", "PERSON")["texts"], ["Gong Ting", "Gong"])
        find(es, "Gao Lina", "PERSON")
        # a given name read alone takes its surname; the surname alone, a
        # place of the tagger, is the person named in full
        es = ents("Reporters Wen Bo in London, Lin Tao in Paris and He Jing in Beijing contributed.")
        find(es, "He Jing", "PERSON")
        es = ents("Every afternoon, Cao Fuming goes to a parcel station in Chengdu. For Cao, buying goods "
                  "from overseas is a habit, says Cao, an accountant.")
        self.assertEqual(find(es, "Cao Fuming", "PERSON")["texts"], ["Cao Fuming", "Cao", "Cao"])
        # not a company named so, nor a place of the gazetteer or GeoNames
        es = ents("The Zhu Sheng Group and Hong Kong traders signed deals in Da Nang on Monday.")
        self.assertEqual(sorted((e["type"], t) for e in es for t in e["texts"] if e["type"] != "DATE"),
                         [("GPE", "Da Nang"), ("GPE", "Hong Kong"), ("ORG", "Zhu Sheng Group")])


    def test_the_portfolio_after_a_titles_of_the_is_no_part_of_the_person(self):
        # "Exchequer Kenneth Clarke", "Interior Charles Pasqua", "Philippines
        # Rodrigo Duterte" were organisations (and "Clarke" after them)
        es = ents("Chancellor of the Exchequer Kenneth Clarke told Parliament the deficit would fall. Clarke "
                  "said taxes would not rise. The reform was announced by Minister of the Interior Charles "
                  "Pasqua in Paris. He met President of the Philippines Rodrigo Duterte in Manila.")
        self.assertEqual(find(es, "Kenneth Clarke", "PERSON")["texts"], ["Kenneth Clarke", "Clarke"])
        find(es, "Charles Pasqua", "PERSON")
        find(es, "Rodrigo Duterte", "PERSON")
        find(es, "Philippines", "GPE")
        self.assertFalse([e for e in es if e["type"] == "ORG" and e["name"] != "Parliament"], es)


    def test_a_capitalised_common_word_after_a_dotted_country(self):
        # 1987 wire copy capitalises the word after "U.S." as after a
        # sentence's end: "U.S. Officials", "U.S. Market" were organisations
        es = ents("Tokyo has made no announcement, but U.S. Officials said a decision was likely. Italian "
                  "pasta has been kept out of the U.S. Market because of charges by the U.S. Firm that filed "
                  "the case. The Canadian minister has written to his U.S. Counterpart.")
        self.assertEqual(sorted(t for e in es if e["type"] == "GPE" for t in e["texts"]), ["Tokyo"] + ["U.S."] * 4)
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)
        # an organisation word or a company stays one
        es = ents("U.S. Steel said its output rose, and the U.S. Congress voted.")
        find(es, "U.S. Steel", "ORG")
        find(es, "U.S. Congress", "ORG")


    def test_a_country_at_the_front_of_an_organisations_name(self):
        # "China" was a place beside "Galaxy Securities Co."
        es = ents("\"Demand will recover,\" said Wu Ming, chief economist at China Galaxy Securities Co. But "
                  "others disagreed.")
        find(es, "China Galaxy Securities Co.", "ORG")
        self.assertFalse([e for e in es if e["type"] == "GPE"], es)
        # a state's body stays apart, as after a nationality
        es = ents("A senior Ivory Coast Agriculture Ministry official confirmed it.")
        find(es, "Ivory Coast", "GPE")
        find(es, "Agriculture Ministry", "ORG")


    def test_a_month_as_a_surname_after_a_given_name(self):
        # the person ended at the given name ("Theresa", "Brian") before
        es = ents("British Prime Minister Theresa May on Sunday warned against a trade war, and said the "
                  "talks would resume on May 3.")
        find(es, "Theresa May", "PERSON")
        find(es, "May 3", "DATE")
        es = ents("Guitarist Brian May on Sunday warned against the tariff on instruments.")
        find(es, "Brian May", "PERSON")


    def test_a_feast_is_no_name(self):
        # "Thanksgiving" was an organisation, "Christmas" and "Easter" places
        es = ents("Shoppers crowded the malls the day after Thanksgiving, buying boxes of Easter eggs "
                  "and Christmas lights made in Vietnam.")
        self.assertEqual([(e["type"], e["texts"]) for e in es], [("GPE", ["Vietnam"])])


    def test_an_events_word_alone_is_no_name(self):
        # "Summit" was a place twice
        es = ents("There was a strong trade theme at the Summit, and the firm's engagement was decisive "
                  "for the Summit's success, he said in Lisbon.")
        self.assertEqual([(e["type"], e["texts"]) for e in es], [("GPE", ["Lisbon"])])


    def test_companies_such_as_a_list(self):
        # the names after "companies such as", "brands including" were persons
        es = ents("The credit goes to corn refiner companies such as Dalton Pryce and Morgan Avery Whitlock "
                  "next month. Prices were cut by other fashion brands including Lanvin, Valentino, Bulgari, "
                  "Vacheron Constantin and Gucci, dealers said.")
        self.assertEqual(sorted(t for e in es if e["type"] == "ORG" for t in e["texts"]),
                         sorted(["Dalton Pryce", "Morgan Avery Whitlock", "Lanvin", "Valentino", "Bulgari",
                                 "Vacheron Constantin", "Gucci"]))
        # not after people or countries
        es = ents("Officials such as John Smith and countries such as Chile were not affected.")
        find(es, "John Smith", "PERSON")
        find(es, "Chile", "GPE")


    def test_companies_such_as_after_a_participle_s_phrase(self):
        # a participle's phrase between the plural noun and "including" or
        # "such as" hid the list: its names were persons
        es = ents("The price cut will cover all the brands owned by the group, including Maison Verel, Lumiane, "
                  "Sora Bleu, Orvance and Atelier Nox. Several firms based in the zone, such as Harwell Tarrant "
                  "and Deveraux, have raised prices.")
        self.assertEqual(sorted(t for e in es if e["type"] == "ORG" for t in e["texts"]),
                         sorted(["Maison Verel", "Lumiane", "Sora Bleu", "Orvance", "Atelier Nox",
                                 "Harwell Tarrant", "Deveraux"]))
        # not after people
        es = ents("The officials named by the minister, including Maria Lindqvist and Tomas Berg, resigned.")
        find(es, "Maria Lindqvist", "PERSON")
        find(es, "Tomas Berg", "PERSON")


    def test_a_place_inside_a_lower_case_compound(self):
        # the seeds' convention for compounds ("Beijing-based"): a lower-case
        # compound's capitalised part was never looked up
        es = ents("Buyers shun made-in-Vietnam shirts, and pro-Brazil groups rallied against the anti-Mexico "
                  "campaign.")
        self.assertEqual(sorted(t for e in es if e["type"] == "GPE" for t in e["texts"]),
                         ["Brazil", "Mexico", "Vietnam"])


class UnseenNames(unittest.TestCase):
    """Names CoNLL's training text never had: the tagger reads them through
    word clusters and the open name lists (GeoNames places, given names)."""

    def test_unseen_person_is_not_an_organisation(self):
        es = ents("The mayor met Dorothea Vickery in Ballymena last week.")
        find(es, "Dorothea Vickery", "PERSON")

    def test_unseen_towns_are_places(self):
        es = ents("Flooding closed roads around Tlaquepaque and Zacatecoluca on Monday.")
        find(es, "Tlaquepaque", "GPE")
        find(es, "Zacatecoluca", "GPE")
        es = ents("The mayor met Dorothea Vickery in Ballymena last week.")
        find(es, "Ballymena", "GPE")


    def test_name_at_a_sentence_start(self):
        # "Trump" is usually capitalised inside sentences of unlabelled text
        es = ents("The supporter was later charged. Trump at the time said he had asked.")
        find(es, "Trump", "PERSON")

    def test_all_caps_headline_words_are_not_organisations(self):
        # "WHEAT" and "PRICES" are lower-case words inside sentences
        es = ents("WHEAT PRICES FIRM\nWheat prices rose in Chicago on Monday, traders said.")
        self.assertEqual(sorted((e["type"], e["texts"][0]) for e in es),
                         [("DATE", "Monday"), ("GPE", "Chicago")])

    def test_a_name_keeps_its_type_in_the_article(self):
        # a club named after its village (GeoNames has Kelvedon): club or
        # place is the tagger's call, and retrained orders differ on it;
        # one name, one type is not - the possessive mention and the one
        # opening a sentence are the same entity as the first
        es = ents("Kelvedon beat Tiptree 3-1 on Saturday, and Kelvedon's coach praised the "
                  "defence. Kelvedon play Tiptree again in May.")
        kelvedon = [e for e in es if "Kelvedon" in e["texts"]]
        self.assertEqual(len(kelvedon), 1, es)
        self.assertEqual(len(kelvedon[0]["mentions"]), 3, es)
        self.assertIn(kelvedon[0]["type"], ("ORG", "GPE"), es)

    def test_a_club_named_after_its_town_in_a_results_table(self):
        # the towns are in GeoNames; a results line makes them teams
        es = ents("Results of Mexican second division matches on Sunday:\n"
                  "Durango 2 Tlaxcala 1\nCelaya 0 Irapuato 3")
        for team in ("Durango", "Tlaxcala", "Celaya", "Irapuato"):
            find(es, team, "ORG")

    def test_a_company_named_like_a_person(self):
        es = ents("Shares of Hollingsworth Pemberton rose 3 percent after the maker of valves "
                  "said its profit doubled. Merriwether Dunn Inc said it would buy the rest.")
        find(es, "Hollingsworth Pemberton", "ORG")
        find(es, "Merriwether Dunn Inc", "ORG")
        es = ents("Pemberton Hale said its profit doubled in the first half.")
        find(es, "Pemberton Hale", "ORG")
        es = ents("Dorothea Vickery said its profit doubled in the first half.")
        find(es, "Dorothea Vickery", "PERSON")

    def test_a_name_takes_the_cues_of_its_other_mentions(self):
        # the bank's name ends in an organisation word only in the second
        # sentence; the first mention is the same organisation
        es = ents("Strathdene will appoint a new chairman. Strathdene Bank said the search had begun.")
        find(es, "Strathdene", "ORG")
        find(es, "Strathdene Bank", "ORG")
        es = ents("Analysts expect Marrowby to raise prices. Marrowby Foods Inc has raised them "
                  "twice this year.")
        find(es, "Marrowby Foods Inc", "ORG")
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)

    def test_a_company_is_named_by_its_first_word(self):
        es = ents("Brennick said the plant would close in March. Workers at Brennick were told on "
                  "Friday. Brennick Holdings Ltd did not comment further.")
        self.assertEqual(len(find(es, "Brennick", "ORG")["mentions"]), 2)
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)
        es = ents("Shares in Penhallow closed lower. Penhallow Shipping Group said freight rates fell.")
        find(es, "Penhallow", "ORG")
        # a company named after its town leaves the town a place
        es = ents("Wuxi Electric Cable Co will invest $30 million in its plant at Wuxi, in "
                  "Jiangsu province.")
        find(es, "Wuxi", "GPE")

    def test_a_legal_form_makes_a_company_of_a_name(self):
        # the tagger reads a company named like a person or a place as one,
        # and leaves out the legal form CoNLL train rarely has ("Bhd", "AB");
        # the form after the name makes it the company
        es = ents("Tan Boon Seng said Sempurna Jaya Bhd would list its shares in Kuala Lumpur.")
        find(es, "Sempurna Jaya Bhd", "ORG")
        find(es, "Tan Boon Seng", "PERSON")
        es = ents("Lindqvist Verkstad AB said it won an order worth 40 million crowns.")
        self.assertTrue([e for e in es if e["type"] == "ORG" and "Verkstad AB" in e["name"]], es)

    def test_a_company_with_a_legal_form_is_named_by_its_first_word(self):
        # once the article writes the company's legal form, its first word
        # alone is that company, not a person or a place
        es = ents("Sempurna Jaya Bhd will list its shares in June. Analysts expect Sempurna to "
                  "raise 200 million ringgit. Sempurna makes cables.")
        self.assertEqual(len(find(es, "Sempurna", "ORG")["mentions"]), 2)
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)
        es = ents("Marco Bellandi resigned from Ferrandi SpA. Ferrandi will name a successor "
                  "on Friday.")
        find(es, "Ferrandi", "ORG")
        self.assertFalse([e for e in es if e["type"] == "GPE"], es)

    def test_a_team_in_an_all_caps_headline_is_the_team_of_the_story(self):
        # the tagger reads "Tiptree" in the story; the headline's "TIPTREE"
        # is the same name (one name, one type per article)
        es = ents("BASKETBALL - KELVEDON EDGE TIPTREE IN OVERTIME\n"
                  "Kelvedon edged Tiptree 88-86 in overtime on Sunday.")
        find(es, "Tiptree", "ORG")
        find(es, "TIPTREE", "ORG")

    def test_a_name_typed_two_ways_takes_the_type_most_mentions_got(self):
        es = ents("Wivenhoe beat Brightlingsea 3-1 on Saturday. Wivenhoe scored twice before "
                  "half-time, and Brightlingsea never recovered. Fans of Wivenhoe sang late into "
                  "the night.")
        self.assertEqual(len(find(es, "Wivenhoe", "ORG")["mentions"]), 3)
        self.assertFalse([e for e in es if e["type"] == "GPE"], es)

    def test_of_and_for_inside_an_organisation(self):
        es = ents("The Federation of Korean Industries welcomed the move, and the Society for "
                  "Worldwide Interbank Financial Telecommunication said it would comply.")
        find(es, "Federation of Korean Industries", "ORG")
        find(es, "Society for Worldwide Interbank Financial Telecommunication", "ORG")

    def test_two_organisations_joined_by_and(self):
        es = ents("Grants came from the Welsh Arts Council and Penrhos Textiles Ltd last year. "
                  "The deal was backed by the Irish Farmers Association and Kerrigan Dairies Inc on "
                  "Monday.")
        for org in ("Welsh Arts Council", "Penrhos Textiles Ltd", "Irish Farmers Association",
                    "Kerrigan Dairies Inc"):
            find(es, org, "ORG")
        # ... but an organisation word after "and" continues the name
        es = ents("He joined the Harland County Bank and Trust Company in 1990.")
        find(es, "Harland County Bank and Trust Company", "ORG")

    def test_an_organisation_with_and_inside_read_as_two(self):
        # "House Arms" and "Means Committee" on all six training orders,
        # before: a name without an organisation word, "and", and one
        # that ends in an organisation word are one
        es = ents("The House Arms and Means Committee will vote on Tuesday , its chairman said .")
        find(es, "House Arms and Means Committee", "ORG")
        self.assertEqual([e for e in es if e["type"] == "ORG"], [find(es, "House Arms and Means Committee")])
        # two named with their organisation words stay two
        es = ents("The statement came from the Ministry of Fisheries and Ministry of Mining of Tarvania on "
                  "Monday .")
        find(es, "Ministry of Fisheries", "ORG")

    def test_an_organisation_word_after_a_name_ends_it(self):
        # the tagger found "Getty" and left "Images" out (four of six
        # training orders, the shipped one among them, before)
        es = ents("Tariff talks stall again\n\u00a9 Getty Images\n\nThe ministry in a statement on "
                  "Sunday blamed Washington for the delay .")
        find(es, "Getty Images", "ORG")
        # ... but not a role's portfolio ("White House Press Secretary")
        es = ents("White House Press Secretary Dana Ruiz said on Monday the talks would go on .")
        self.assertFalse([e for e in es if any(t.endswith("Press") for t in e["texts"])], es)

    def test_a_leading_country_stays_in_the_organisation(self):
        es = ents("China Securities Regulatory Commission chairman Yi Huiman spoke on Friday.")
        find(es, "China Securities Regulatory Commission", "ORG")
        find(es, "Yi Huiman", "PERSON")

    def test_a_name_never_ends_in_of_the(self):
        es = ents("The Commission of the State Council met on Monday.")
        self.assertFalse([e for e in es if any(t.endswith((" of", " of the")) for t in e["texts"])],
                         es)

    def test_of_the_inside_an_organisation(self):
        es = ents("The Tariff Commission of the State Council said on Friday it would raise duties. "
                  "Officials from the Commission of the State Council met in Beijing.")
        find(es, "Tariff Commission of the State Council", "ORG")
        find(es, "Commission of the State Council", "ORG")
        self.assertFalse([e for e in es if "State Council" in e["texts"]], es)

    def test_laws_and_treaties_are_no_entity(self):
        es = ents("Congress passed the Trade Expansion Act of 1962 long ago. Mexico and Canada "
                  "signed the North American Free Trade Agreement, and Section 232 of the Trade "
                  "Act of 1974 was cited.")
        got = sorted((e["type"], t) for e in es for t in e["texts"])
        # the years inside are dates (GUIDE.md: names and dates inside laws
        # are tagged; DECISIONS-trade-1.md); the law and its nationality no entity
        self.assertEqual(got, [("DATE", "1962"), ("DATE", "1974"), ("GPE", "Canada"), ("GPE", "Mexico"),
                               ("ORG", "Congress")])
        # a country written as a word of its own inside a law is that country
        # (dropped before), not one inside a compound
        es = ents("Officials cited the US Trade Act and the Trans-Pacific Partnership.")
        got = sorted((e["type"], t) for e in es for t in e["texts"])
        self.assertEqual(got, [("GPE", "US")])

    def test_a_law_headed_by_a_law_word_is_no_entity(self):
        # "Treaty of X", "Convention on Y", "Agreement on Z (ACR)" were
        # organisations on all six training orders, before
        es = ents("The Treaty of Varnholm was signed in 1714 , and the Convention on the Rights of "
                  "Migrant Workers followed .")
        self.assertFalse([e for e in es if e["type"] in ("ORG", "GPE", "PERSON")], es)
        es = ents("Talks under the General Agreement on Fisheries and Trade (GAFT) stalled on Monday . "
                  "GAFT rules bar subsidies , Norway said .")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)
        find(es, "Norway", "GPE")

    def test_a_body_named_after_a_treaty_is_an_organisation(self):
        # the tagger cuts these before the organisation word; the law pass
        # dropped the first part (all six training orders: "Organization")
        for name in ("Southeast Asia Treaty Organization", "North Atlantic Treaty Organisation"):
            es = ents("Diplomats recalled that the %s was dissolved long ago." % name)
            self.assertEqual([(e["type"], e["texts"]) for e in es], [("ORG", [name])])

    def test_a_treaty_acronym_is_no_entity(self):
        es = ents("Chile and Peru joined the Pacific Rim Customs Partnership (PRCP) in 2016. "
                  "Officials said the PRCP would cut duties, and the Tokyo Currency Swap "
                  "Arrangement was renewed.")
        got = sorted((e["type"], t) for e in es for t in e["texts"] if e["type"] != "DATE")
        self.assertEqual(got, [("GPE", "Chile"), ("GPE", "Peru")])

    def test_an_acronym_of_lower_case_words_is_no_entity(self):
        # "(FDI)" after "foreign direct investment" was an organisation
        # here and in every other mention of the article, before
        es = ents("Vantoria attracted more foreign direct investment (FDI) last year . FDI from "
                  "Japan rose , and the bonded trade zones (BTZ) drew most of it . "
                  "Farm ministers met in Oslo .")
        got = sorted((e["type"], t) for e in es for t in e["texts"] if e["type"] != "DATE")
        self.assertNotIn("FDI", [t for _, t in got])
        self.assertNotIn("BTZ", [t for _, t in got])
        find(es, "Japan", "GPE")
        # a capitalised name still defines an organisation's acronym
        es = ents("The Kelmar Export Council (KEC) met on Monday . KEC members backed the plan .")
        self.assertEqual(find(es, "KEC", "ORG")["texts"].count("KEC"), 2)

    def test_a_plural_acronym_of_lower_case_words_is_no_entity(self):
        # "(RIQs)" after "import quotas" and its singular elsewhere were
        # organisations, before
        es = ents("Tavia will remove its remaining import quotas (RIQs) next year . The RIQs hit "
                  "rice farmers , and officials said the RIQ on sugar would go too .")
        got = mention_texts(es)
        self.assertNotIn("RIQs", got)
        self.assertNotIn("RIQ", got)

    def test_an_acronym_of_common_nouns_is_no_entity(self):
        # photovoltaic, research and development, most favoured nation:
        # organisations, before, with no definition in the article
        for text, acr in [("PV makers in Tavia asked for subsidies . PV output rose 12 percent , and "
                           "the PV sector employs 40,000 people .", "PV"),
                          ("Kelmar Motors will spend 2 billion dollars on R&D next year . Its R&D "
                           "staff grew by a third .", "R&D"),
                          ("Tavia grants MFN treatment to Vantoria . MFN status was renewed last "
                           "year .", "MFN")]:
            es = ents(text)
            self.assertNotIn(acr, mention_texts(es), text)
        find(es, "Vantoria", "GPE")
        find(ents("Kelmar Motors will spend 2 billion dollars on R&D next year ."), "Kelmar Motors", "ORG")

    def test_a_particle_inside_a_place_name(self):
        # "Punta" and "Varela", "Dar" and "Kelmani" were two places each, before
        es = ents("Trade ministers will meet in Punta del Varela next month to open a new round of talks .")
        find(es, "Punta del Varela", "GPE")
        es = ents("The ship left Dar es Kelmani on Monday with 20,000 tonnes of cloves for Mombasa .")
        find(es, "Dar es Kelmani", "GPE")
        find(es, "Mombasa", "GPE")
        self.assertNotIn("Kelmani", mention_texts(es))

    def test_partners_names_before_and_co_are_one_company(self):
        # places, persons and "Co." apart, before
        for text, name in [("Analysts at Brannock, Whitfield and Co. said the bonds would fall further .",
                            "Brannock, Whitfield and Co."),
                           ("The shares were placed by Harlan, Dormer, Quist and Co , a Boston broker , "
                            "on Monday .", "Harlan, Dormer, Quist and Co"),
                           ("Ostrander, Pell & Co said it had cut its stake in Kelmar Steel .",
                            "Ostrander, Pell & Co")]:
            es = ents(text)
            find(es, name, "ORG")
            self.assertFalse([e for e in es if e["type"] == "PERSON"], es)
        # a place before the comma is no partner
        es = ents("In London, Brannock and Co. said it would sell the unit .")
        find(es, "London", "GPE")

    def test_on_inside_an_organisations_acronym_definition(self):
        # a place "Forum" and the organisation "Tavia-Brennia Cooperation", before
        es = ents("The prelude of Forum on Tavia-Brennia Cooperation (FTBC) , to be held in Valdoria , "
                  "was announced .")
        find(es, "Forum on Tavia-Brennia Cooperation", "ORG")
        find(es, "FTBC", "ORG")
        self.assertNotIn("Forum", mention_texts(es))

    def test_two_organisations_side_by_side_in_a_sentence_are_one(self):
        # "Chinese Academy of Maritime Trade and Economic" and "Cooperation", before
        es = ents("Zhou Min , a senior researcher at the Chinese Academy of Maritime Trade and Economic "
                  "Cooperation in Beijing , said , \"If the dispute drags on , it will hurt both sides .\"")
        find(es, "Chinese Academy of Maritime Trade and Economic Cooperation", "ORG")
        self.assertNotIn("Cooperation", mention_texts(es))
        # ... and a name never ends in a preposition ("... Cooperation in", before)
        es = ents("Zhou Min , director of the Tavian Institute of International Trade and Economic "
                  "Cooperation in Valdoria , said the dispute would hurt both sides .")
        find(es, "Tavian Institute of International Trade and Economic Cooperation", "ORG")
        find(es, "Valdoria", "GPE")

    def test_a_division_named_after_its_place_is_the_place(self):
        # the region, "SAR" and the autonomous region were organisations, before
        es = ents("Exports from the Macao Special Administrative Region rose 8 percent in May . Officials "
                  "said the SAR would cut fees for small firms , and the SAR 's ports would open longer .")
        e = find(es, "Macao Special Administrative Region", "GPE")
        self.assertEqual((e["code"], e["texts"].count("SAR")), ("MO", 2))
        es = ents("Tea growers in Yunnan Province and the Guangxi Zhuang Autonomous Region asked for lower "
                  "freight rates .")
        self.assertEqual(find(es, "Guangxi Zhuang Autonomous Region", "GPE")["code"], "CN")
        self.assertNotIn("ORG", [e["type"] for e in es])

    def test_a_plan_named_without_its_head_word_is_the_plan(self):
        # "Sun" was an organisation three times, before
        es = ents("Vantoria has joined the Sun and Sea Initiative . Projects under the Sun and Sea "
                  "cooperation include ports and roads , Sun and Sea officials said .")
        self.assertNotIn("Sun", mention_texts(es))
        # a place before a plan word stays a place elsewhere
        es = ents("Officials praised the Hong Kong Vision on Monday . Hong Kong exports rose 4 percent .")
        find(es, "Hong Kong", "GPE")

    def test_a_nationality_before_an_organisation_is_in_its_name(self):
        # "Norwegian" a nationality and "Salmon Exporters Association" apart, before
        es = ents("The Norwegian Salmon Exporters Association said the duties would cost its members dearly .")
        find(es, "Norwegian Salmon Exporters Association", "ORG")
        self.assertNotIn("NORP", [e["type"] for e in es])
        # a state body keeps its nationality apart (CoNLL's convention)
        es = ents("The French Interior Ministry said 20 people were held .")
        find(es, "French", "NORP")

    def test_an_organisations_remit_of_common_nouns_after_on(self):
        # "National Committee" and a place "Tavia-Vantoria Relations", before;
        # a date or a law after "on" is no remit
        for text, name, etype in [
                ("Wang met representatives of the National Committee on Tavia-Vantoria Relations in "
                 "Valdoria on Monday .", "National Committee on Tavia-Vantoria Relations", "ORG"),
                ("Wang met members of the National Committee on U.S.-China Relations on Monday .",
                 "National Committee on U.S.-China Relations", "ORG"),
                ("The Kelmar Commission on Monday fined Brannock Steel .", "Kelmar Commission", "ORG"),
                ("Scholars at Valdoria University on the Tavia Relations Act said little .",
                 "Valdoria University", "ORG")]:
            find(ents(text), name, etype)

    def test_a_trade_treatys_acronym_is_no_entity(self):
        # GATT and TPP were organisations, before; GATT the body is one
        # (GUIDE.md), its rules are the treaty's text
        es = ents("Vantoria said GATT rules allowed the quotas . Exporters said the TPP would not help .")
        self.assertFalse({"GATT", "TPP"} & set(mention_texts(es)), es)

    def test_west_german_is_one_nationality(self):
        # an ORG "West" and "German" at a sentence's start, "German" alone
        # elsewhere (dev-9, the 1987 pool)
        es = ents("West German exports fell . Officials met top West German bankers , and East Germans left .")
        self.assertEqual(sorted(t for e in es if e["type"] == "NORP" for t in e["texts"]),
                         ["East Germans", "West German", "West German"])

    def test_a_point_of_the_compass_the_tagger_left_out(self):
        # "China" alone was a GPE (dev-10)
        es = ents("Li is vice president of the second East China division of Brannock , and Northwest China's "
                  "farms grew .")
        find(es, "East China", "LOC")
        find(es, "Northwest China", "LOC")

    def test_a_fair_is_an_event_no_name(self):
        # a place or an organisation before (dev-9; CoNLL's MISC)
        es = ents("Foreign buyers at this year's Kunming Trade Fair in Kunming , on Sunday said orders held . "
                  "Buyers at the Canton Fair agreed .")
        self.assertFalse({"Kunming Trade Fair", "Canton Fair"} & set(mention_texts(es)), es)
        find(es, "Kunming", "GPE")

    def test_a_province_with_its_kind_and_its_region(self):
        # "Province" was left out of the GPE and "East China" was a GPE (dev-9)
        es = ents("Exporters in Wenzhou , East China's Zhejiang Province , and in Central China said orders "
                  "held up , while South Korea and the South China Sea were calm .")
        find(es, "Zhejiang Province", "GPE")
        find(es, "East China", "LOC")
        find(es, "Central China", "LOC")
        find(es, "South Korea", "GPE")
        self.assertNotIn("Zhejiang", mention_texts(es))

    def test_a_report_is_no_organisation(self):
        # the reports were organisations (dev-8, the 2018 pool)
        es = ents("Exports will grow , the annual Global Trade Protection Report said . The Research Report on "
                  "Tavia-Vantoria trade was released on Monday .")
        self.assertFalse({"Global Trade Protection Report", "Research Report"} & set(mention_texts(es)), es)

    def test_an_honorific_is_no_part_of_a_name(self):
        # "Rep. Sam Gibbons" after a role and a comma kept its "Rep." (dev-8)
        es = ents("The chairman , Rep. Sam Gibbons , said so , and Sen. Dario Pelle agreed .")
        find(es, "Sam Gibbons", "PERSON")
        find(es, "Dario Pelle", "PERSON")

    def test_a_plan_or_a_pinyin_name_is_no_nationality(self):
        # "Plan", "Hualian" and "Titan" were nationalities (MISC of a demonym's
        # shape; the pools)
        es = ents("Ministers adopted the Harbour Master Plan on Tuesday , a manager at Beijing Hualian stores "
                  "said , and Ivorian growers met .")
        self.assertEqual([t for e in es if e["type"] == "NORP" for t in e["texts"]], ["Ivorian"])

    def test_a_trades_word_before_and_ends_no_name(self):
        # two organisations each, before (dev-4, the pools)
        es = ents("A study by the Farming Technology and Rural Innovation Foundation found it , and Brannock "
                  "Energy and Development Corp sold its stake to Haverly and Co last week .")
        find(es, "Farming Technology and Rural Innovation Foundation", "ORG")
        find(es, "Brannock Energy and Development Corp", "ORG")
        find(es, "Haverly and Co", "ORG")
        # a subcommittee's name with "and" inside (two, before; dev-8, the 1987 pool)
        es = ents("Grain growers pleaded with a House Ways and Means Trade Subcommittee panel on Tuesday .")
        find(es, "House Ways and Means Trade Subcommittee", "ORG")
        # a body's word still ends the first of two
        es = ents("The Tavian Ministry of Trade and Ministry of Finance both spoke .")
        self.assertNotIn("Ministry of Trade and Ministry of Finance", mention_texts(es))

    def test_a_portfolio_after_and_is_no_name(self):
        # "Rural Affairs" and "Industry" were organisations (dev-8, the pools)
        es = ents("Tan Wei , Vice Minister of Fisheries and Coastal Affairs , said so . The minister of "
                  "Energy and Industry said nothing . Bob Hale is executive vice president for Cycle Parts "
                  "Suppliers Association and Specialized Bicycle Components in America .")
        self.assertFalse({"Coastal Affairs", "Industry"} & set(mention_texts(es)), es)
        find(es, "Specialized Bicycle Components", "ORG")  # a name before "and": no portfolio

    def test_a_credit_without_its_brackets_ends_at_the_agency(self):
        # the agency and the dateline were one organisation, a place, or the
        # acronym nothing (dev-6, the 2018 pool)
        es = ents("Workers at the plant . Photo: AP Denver ( Valdoria Daily ) -- Brannock Solar will hire . "
                  "Cranes at the quay . Photo/Harbour Times Shanghai , the busiest port , grew . "
                  "Growers wait . photo: VCG The US aid began .")
        find(es, "AP", "ORG")
        find(es, "Denver", "GPE")
        find(es, "Harbour Times", "ORG")
        find(es, "Shanghai", "GPE")
        find(es, "VCG", "ORG")

    def test_a_body_of_a_states_formal_name_is_one_organisation(self):
        # the body and a place, before; "Embassy" a person or a place (dev-7,
        # the 2018 pool)
        es = ents("An adviser to the Ministry of Industry of the Republic of Uzbekistan spoke , and the Embassy "
                  "of the Republic of Korea in Tavia said it agreed . Staff at the Embassy of Chile said "
                  "nothing .")
        find(es, "Ministry of Industry of the Republic of Uzbekistan", "ORG")
        find(es, "Embassy of the Republic of Korea", "ORG")
        find(es, "Embassy of Chile", "ORG")
        self.assertFalse({"Republic of Uzbekistan", "Republic of Korea", "Chile", "Embassy"} &
                         set(mention_texts(es)), es)

    def test_a_bank_before_a_civic_role_is_an_organisation(self):
        # "Bank of Israel governor" was a role and the place "Israel" (dev-8)
        es = ents("Bank of Israel governor Mordecai Aviel told reporters the gains were real , and Bank of "
                  "Canada governor Elise Tremont agreed . Orvieto mayor Dario Pelle said nothing .")
        find(es, "Bank of Israel", "ORG")
        find(es, "Bank of Canada", "ORG")
        find(es, "Orvieto", "GPE")
        self.assertNotIn("Israel", mention_texts(es))

    def test_gatt_is_an_organisation_where_the_body_acts(self):
        # no entity at all, before: a law word heads the full name and the
        # acronym was a treaty's; the quotes plugin then gave "it said" to
        # the next name back
        es = ents("The General Agreement on Tariffs and Trade ( GATT ) said on Friday that Tavia had asked "
                  "to join . A GATT spokesman said the GATT council would meet in March , and Vantoria took "
                  "the dispute to GATT .")
        self.assertEqual(sorted((e["type"], t) for e in es for t in e["texts"] if "G" in t[:1]),
                         [("ORG", "GATT")] * 4 + [("ORG", "General Agreement on Tariffs and Trade")])
        # the text of the treaty stays none: under it, in breach of it, its
        # rules and provisions, what took effect
        for text in ["Tavia filed the complaint under the General Agreement on Tariffs and Trade ( GATT ) .",
                     "The levy is in breach of the GATT , Vantoria said .",
                     "Vantoria said the quotas were incompatible with GATT provisions .",
                     "Since the General Agreement on Tariffs and Trade took effect in 1947 , duties fell .",
                     "Article XIX of the GATT allows such safeguards ."]:
            es = ents(text)
            self.assertFalse(any("GATT" in t or "General Agreement" in t for e in es for t in e["texts"]),
                             (text, es))

    def test_no_name_of_a_lower_case_word_or_of_new_before_year(self):
        # "and" between two ministries was an organisation; "Lunar New" a
        # person and "Happy New" an organisation, before
        es = ents("Tavia's Ministry of Commerce and Ministry of Foreign Affairs have both hit back at the "
                  "remarks .")
        self.assertEqual(sorted(t for e in es for t in e["texts"] if e["type"] == "ORG"),
                         ["Ministry of Commerce", "Ministry of Foreign Affairs"])
        es = ents("Ivanka Trump attends Lunar New Year celebration at the embassy . She sent Happy New "
                  "Year greetings , and New Year wishes too .")
        self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] in ("ORG", "PERSON", "GPE")],
                         [("PERSON", ["Ivanka Trump"])])

    def test_two_compass_words_joined_are_no_place(self):
        # "North-South" was a place, before
        es = ents("Tavia will deepen South-South cooperation with Vantoria , and the North-South dialogue "
                  "on debt resumed in Valdoria on Monday .")
        got = set(mention_texts(es))
        self.assertFalse({"South-South", "North-South"} & got, es)
        find(es, "Valdoria", "GPE")

    def test_a_form_of_address_is_no_name(self):
        # "Ladies", "Gentlemen", "Friends" opening a speech were organisations
        text = ("Your Excellency Mayor Tomas Ruiz, Ladies and Gentlemen, Friends, It is a pleasure "
                "to be back in Valdoria . Colleagues, Friends, we meet in hard times . "
                "Friends, the port of Valdoria grew fast .")
        es = ents(text)
        got = mention_texts(es)
        for word in ("Ladies", "Gentlemen", "Friends", "Colleagues"):
            self.assertNotIn(word, got)
        self.assertEqual(len(find(es, "Valdoria", "GPE")["mentions"]), 2)
        find(es, "Tomas Ruiz", "PERSON")

    def test_a_numbered_part_of_a_law_is_no_name(self):
        # "Article", "Article VII", "Paragraph" were organisations, before
        es = ents("Under Article 12 of the Brenmoor Protocol, Tavia may raise duties . "
                  "Lawyers cited Article VII and Paragraph (4)(c) as well , Reuters said .")
        got = mention_texts(es)
        for word in ("Article 12", "Article", "Article VII", "Paragraph"):
            self.assertNotIn(word, got)
        find(es, "Reuters", "ORG")

    def test_the_dateline_opens_with_its_place(self):
        # unseen dateline cities were organisations, or split, before
        for text, place in [("NAY VELTO, Nov. 13 -- Ministers of the bloc met on Monday to discuss tariffs .",
                             "NAY VELTO"),
                            ("PORT ALVERIN, Tavia, Feb. 28 -- Exports of palm oil rose 4 percent .",
                             "PORT ALVERIN")]:
            es = ents(text)
            find(es, place, "GPE")
            self.assertFalse([e for e in es if e["type"] in ("ORG", "PERSON")], es)
        # a name after a comma and no date is no dateline
        es = ents("REUTERS, the agency, said on Monday that prices rose .")
        self.assertNotIn("GPE", [e["type"] for e in es])


    def test_a_photo_credit_is_the_agency_and_the_photographer(self):
        # "(Xinhua/Wang Lei)" was one organisation, before
        for text, person in [("Workers unload containers at the port of Tianjin, Oct. 9, 2018. "
                              "(Xinhua/Wang Lei) BEIJING, Oct. 12 -- China's exports rose 14 "
                              "percent in September, the customs said.", "Wang Lei"),
                             ("Trucks queue at a border crossing in Ruili, Yunnan province, June 2, "
                              "2018. (Xinhua/Li Ming) KUNMING, June 3 -- Trade with Myanmar grew "
                              "12 percent in May.", "Li Ming")]:
            es = ents(text)
            self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"], [["Xinhua"]], es)
            self.assertEqual(find(es, person, "PERSON")["texts"], [person])
    def test_an_event_is_no_organisation(self):
        # the expo, its acronym and the summit were organisations, before
        es = ents("Firms from 40 countries attended the first Tavia International Furniture Expo "
                  "(TIFE) in Valdoria on Monday . Sales at TIFE beat forecasts , and leaders will "
                  "meet at the Valdoria Harbour Summit next month , the Kelmar Export Council said .")
        got = [(e["type"], t) for e in es for t in e["texts"]]
        for t in ("Tavia International Furniture Expo", "International Furniture Expo", "TIFE",
                  "Valdoria Harbour Summit", "Harbour Summit"):
            self.assertNotIn(("ORG", t), got)
        self.assertNotIn(("GPE", "Tavia"), got)  # inside the expo's name
        find(es, "Kelmar Export Council", "ORG")
        find(es, "Valdoria", "GPE")

    def test_a_plan_or_policy_is_no_organisation(self):
        # the last word of a name and its kind (law, event, plan or prize,
        # organisation, place) are tagger features; CoNLL train names no
        # plan, data/own-policy.txt's sentences do ("the Belt and Road
        # Initiative"). Before: a place, and two organisations. The policy
        # names are no entity on 4 of 4 training orders (--seed 0, 3, 5, 6),
        # the fund is one ORG on 3 of 4
        es = ents("Ministers from 20 countries praised the Ocean Bridge Initiative on Monday , "
                  "saying it would lower shipping costs .")
        self.assertEqual([e for e in es if e["type"] in ("ORG", "GPE", "LOC", "PERSON")], [])
        es = ents("The Green Corridor Plan and the Kestrel Doctrine were discussed at length .")
        self.assertEqual([e for e in es if e["type"] in ("ORG", "GPE", "LOC", "PERSON")], [])
        es = ents("Since the Ocean Bridge Initiative was proposed in 2015 , more than 40 countries "
                  "have joined the Ocean Bridge Fund , which lends to ports .")
        self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] in ("ORG", "GPE", "LOC", "PERSON")],
                         [("ORG", ["Ocean Bridge Fund"])])

    def test_an_organisation_on_its_remit_is_one(self):
        # "Committee" and "Foreign Investment" were two organisations, before
        es = ents("The deal was blocked by the Committee on Foreign Investment last year , and the "
                  "Presidential Commission on Good Government seized the shares , officials said .")
        find(es, "Committee on Foreign Investment", "ORG")
        find(es, "Presidential Commission on Good Government", "ORG")
        got = mention_texts(es)
        self.assertNotIn("Foreign Investment", got)
        self.assertNotIn("Good Government", got)
        # a name standing alone elsewhere is what the body rules on, its own
        # (joined by the first version of the rule)
        es = ents("The Federal Trade Commission on Corravane Technologies ruled on Monday . "
                  "Corravane Technologies said it would appeal .")
        find(es, "Federal Trade Commission", "ORG")
        self.assertEqual(find(es, "Corravane Technologies", "ORG")["texts"].count("Corravane Technologies"), 2)

    def test_all_caps_words_in_a_table_row(self):
        es = ents("Grain prices on Friday.\nWHEAT 4.50 4.62\nCORN 3.10 3.15\nSOYBEANS 8.90 9.02")
        self.assertEqual([(e["type"], e["texts"]) for e in es], [("DATE", ["Friday"])])

    def test_the_second_stage_reads_the_first_stages_tags_across_the_article(self):
        # nothing says what "Corravane" is where it first stands, and the
        # first stage carries its guess (a person) to the later mentions;
        # the second stage, reading the whole article, takes the nouns that
        # describe the later ones ("shares of", "the ... board") and makes
        # every mention the company (6 of 6 training orders; before the
        # descriptor feature 1 of 6)
        es = ents("Talks with Corravane broke down on Monday. Shares of Corravane fell 4 percent "
                  "after the Corravane board cut the dividend.")
        self.assertEqual(len(find(es, "Corravane", "ORG")["mentions"]), 3)
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)

    def test_a_noun_that_describes_a_company(self):
        # an unseen name is read by the noun beside it: "X shares", "shares
        # of X" (6 of 6 training orders; "shares of X" 1 of 6 before the
        # descriptor feature, a place)
        for text in ("Brennack shares fell 4 percent on Monday.",
                     "Shares of Brennack fell 4 percent on Monday."):
            es = ents(text)
            self.assertEqual([e["texts"] for e in es if e["type"] == "ORG"], [["Brennack"]], es)

    def test_names_joined_by_an_ampersand_are_one_company(self):
        # the tagger reads "Edmund Hartley" as a person and "Sons" as a
        # company of its own
        es = ents("Shares rose after Edmund Hartley & Sons said its profit doubled.")
        self.assertEqual([(e["type"], e["texts"]) for e in es],
                         [("ORG", ["Edmund Hartley & Sons"])])

    def test_a_newspaper_or_broadcaster_by_the_noun_beside_it(self):
        # the tagger reads these unseen names as people on every training
        # order (seeds 0-5); the noun says what they are, in every mention
        es = ents("Police detained two men on Friday, Zorica Vemlin newspaper said. "
                  "Zorica Vemlin said the men were released later.")
        self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] != "DATE"],
                         [("ORG", ["Zorica Vemlin", "Zorica Vemlin"])])
        es = ents("Talks resumed in the capital, Lumiere Pradesh television reported on Sunday.")
        self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] != "DATE"],
                         [("ORG", ["Lumiere Pradesh"])])
        es = ents("In an interview with the weekly Anselm Fiore, the minister denied the report.")
        self.assertEqual([(e["type"], e["texts"]) for e in es], [("ORG", ["Anselm Fiore"])])
        # a place or nationality before the noun stays what it is
        es = ents("Israeli television said the talks failed, and a Sarajevo daily newspaper "
                  "agreed.")
        find(es, "Israeli", "NORP")
        find(es, "Sarajevo", "GPE")

    def test_the_kind_of_organisation_before_its_name(self):
        # untagged on every training order (seeds 0-5) before the rule
        for text, name in [("Members of the opposition party Vanguard Accord walked out of the "
                            "chamber on Tuesday.", "Vanguard Accord"),
                           ("Rebels of the militia Fajr Brigade attacked the town, residents said.",
                            "Fajr Brigade")]:
            es = ents(text)
            self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] != "DATE"],
                             [("ORG", [name])], text)
        # people after such a noun start with a given name
        es = ents("The prize went to Olympic champions Michael Brandt and Peter Lund.")
        find(es, "Michael Brandt", "PERSON")
        find(es, "Peter Lund", "PERSON")

    def test_more_kinds_of_organisation_before_a_name(self):
        # makers, manufacturers, operators, giants, units, subsidiaries,
        # affiliates, chains and concerns: 17 of 17 capitalised runs after
        # them in CoNLL train are organisations (a person on all six
        # training orders, before)
        es = ents("German manufacturer Holtwick Brennerei will exhibit a new press in Hanover on "
                  "Monday .")
        find(es, "Holtwick Brennerei", "ORG")
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)

    def test_a_name_described_by_an_apposition(self):
        # "NAME, a ... company" (15 of 17 such names in CoNLL train are
        # organisations); these were a place, a person and a nationality
        # with nothing, before
        es = ents("Prices will rise, according to Veltrona, a Dutch market research company. "
                  "Orsby Holm, the Swedish timber conglomerate, cut jobs, and Savers for Open Trade, "
                  "a new coalition of 40 groups, objected.")
        for name in ("Veltrona", "Orsby Holm", "Savers for Open Trade"):
            find(es, name, "ORG")
        self.assertFalse([e for e in es if e["type"] in ("PERSON", "GPE")], es)
        # a person's role ("an operator for", "a newspaper owner") or another
        # clause's subject ("..., an official newspaper said") names no company
        es = ents("Jack Lindell, an operator for Zentrox, and Maria Ostberg, a Mexican newspaper "
                  "owner, met in Oslo, a local newspaper said.")
        find(es, "Jack Lindell", "PERSON")
        find(es, "Maria Ostberg", "PERSON")
        find(es, "Oslo", "GPE")

    def test_a_team_before_its_players_role(self):
        # a place or an unknown word before a player's position or a
        # team's staff, and a name after it, is the team (in CoNLL train
        # every place there but the countries is a club): the tagger read
        # a town, a city of the gazetteer, nothing and a nationality
        # before (shipped order)
        es = ents("Toulon hooker Sebastien Roux scored a try . Toulon now lead the table .")
        self.assertEqual(find(es, "Toulon", "ORG")["texts"], ["Toulon", "Toulon"])
        find(es, "Sebastien Roux", "PERSON")
        find(ents("Seattle pitcher Tom Varley struck out nine on Sunday ."), "Seattle", "ORG")
        find(ents("Pemberley forward Niall Quinn scored twice as the visitors won 3-1 ."),
             "Pemberley", "ORG")
        es = ents("The move reunites Lentari with the Varese playmaker Marco Bellini .")
        find(es, "Varese", "ORG")
        self.assertFalse([e for e in es if e["type"] == "NORP"], es)
        # a country is its national side; an opener written in lower case
        # is no team's
        es = ents("Recalled fly-half Henry Barlow kicked two penalties . Former England captain "
                  "Will Carling watched .")
        find(es, "England", "GPE")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)

    def test_a_common_nouns_possessive_inside_an_organisation(self):
        # "the Dunmore Fishermen 's Association" is one organisation (two,
        # split at the possessive, before: shipped order); a place's or a
        # person's possessive stays outside ("China 's Foreign Ministry")
        es = ents("Officials of the Dunmore Fishermen 's Association said prices fell .")
        find(es, "Dunmore Fishermen 's Association", "ORG")
        self.assertEqual(len(es), 1, es)
        es = ents("China 's Foreign Ministry said on Monday that Carla Benn 's Reform Party had no "
                  "role .")
        find(es, "China", "GPE")
        find(es, "Foreign Ministry", "ORG")
        find(es, "Carla Benn", "PERSON")
        find(es, "Reform Party", "ORG")

    def test_a_club_and_its_country_after_of_are_two_names(self):
        # "Estrela of Portugal" was one organisation (shipped order; the
        # club is a person on one order of seven, after); an organisation
        # word before "of" keeps the country in the name
        es = ents("They beat Estrela of Portugal 4-1 at Wembley in 1968 . The Bank of Japan said "
                  "nothing .")
        find(es, "Estrela")
        find(es, "Portugal", "GPE")
        find(es, "Bank of Japan", "ORG")

    def test_each_team_of_a_results_line_is_one_organisation(self):
        # a line of two capitalised runs with a score after each (or one
        # run and its standing) is two teams, whole: the tagger read a
        # person in "Queen of the Moss" and "King 's Park", and left the
        # town's letter in brackets out of "Radnik ( S )" (shipped order)
        es = ents("Soccer - Scottish results .\nGLASGOW 1996-09-07\nResults of Scottish second "
                  "division matches :\nArbroath 1 Queen of the Moss 2\nKing 's Park 3 Forfar 0")
        for team in ("Arbroath", "Queen of the Moss", "King 's Park", "Forfar"):
            find(es, team, "ORG")
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)
        es = ents("Soccer - Bosnian league results .\nSARAJEVO 1996-09-07\nResults of first division "
                  "matches played on Saturday :\nRadnik ( S ) 2 Jedinstvo ( B ) 1\nStandings :\n"
                  "Jedinstvo ( B ) 4 3 1 0 9 2 10")
        self.assertEqual(find(es, "Jedinstvo ( B )", "ORG")["texts"], ["Jedinstvo ( B )"] * 2)
        find(es, "Radnik ( S )", "ORG")
        # a line of a table takes the cue of the lines beside it, but for a
        # player the tagger read whole ("Queen of the Moss" and "King 's
        # Park" among the standings: persons before)
        es = ents("Soccer - Scottish standings .\nGLASGOW 1996-09-07\nStandings ( played , won , drawn , "
                  "lost , goals for , against , points ) :\nArbroath 3 3 0 0 6 2 9\nQueen of the Moss 3 2 0 "
                  "1 5 4 6\nKing 's Park 3 1 1 1 6 8 4\nForfar 3 0 0 3 1 7 0")
        for team in ("Arbroath", "Queen of the Moss", "King 's Park", "Forfar"):
            find(es, team, "ORG")
        es = ents("Cricket - batting averages .\nLONDON 1996-09-07\nBatting averages ( matches , "
                  "innings , not out , runs , highest ) :\nTom Barlow 3 6 0 362 176\nRaymond Oakes 2 3 1 "
                  "77 46\nNorthants 3 5 1 98 40")
        find(es, "Raymond Oakes", "PERSON")
        # national sides are their countries
        es = ents("Soccer - World Cup qualifiers .\nResults :\nWales 2 England 1\nGermany 3 Malta 0")
        for country in ("Wales", "England", "Germany", "Malta"):
            find(es, country, "GPE")

    def test_a_place_beaten_or_beating_is_a_team(self):
        # a city after "victory over" or before "defeated" is a team (places
        # before, shipped order); a country is its national side
        es = ents("Houston defeated the Bulls 4-2 on Sunday .")
        find(es, "Houston", "ORG")
        find(ents("Leicester scored four tries in a 34-10 victory over Cardiff ."), "Cardiff", "ORG")
        es = ents("Wales beat Scotland 2-1 and Norway 's victory over Malta sent them through .")
        for country in ("Wales", "Scotland", "Norway", "Malta"):
            find(es, country, "GPE")

    def test_a_person_right_before_an_organisation(self):
        # "Harold / Benning" (the institute's first word an organisation),
        # "Trump / Administration" and "Peter Hallam / Institute" were a
        # person and an organisation side by side (shipped order): the
        # name goes on, a government after its leader is no name, an
        # organisation word makes one organisation named after the person
        es = ents("Harold Benning , chairman of the Benning Institute , said the Trump Administration "
                  "would act .")
        find(es, "Harold Benning", "PERSON")
        find(es, "Benning Institute", "ORG")
        names = mention_texts(es)
        self.assertNotIn("Administration", names)
        self.assertNotIn("Benning", names)
        es = ents("Peter Hallam , chairman of Hallam Institute , spoke .")
        find(es, "Hallam Institute", "ORG")
        find(es, "Peter Hallam", "PERSON")

    def test_the_team_after_a_driver_and_his_country(self):
        # the team a driver drove for, with his time after it, was read as a
        # person (shipped order), in every line; a list of athletes and
        # their countries stays persons
        es = ents("Motor racing - qualifying times .\nLONDON 1996-09-07\nLeading qualifying times ( "
                  "driver , country , car , time in seconds ) :\n1. Tom Varley ( Britain ) , Kestrel Honda "
                  ", 53.980\n2. Marco Bellini ( Italy ) , Penrose Ford , 54.120\n3. Jan Olsen ( Denmark ) , "
                  "Kestrel Honda , 54.310")
        self.assertEqual(find(es, "Kestrel Honda", "ORG")["texts"], ["Kestrel Honda"] * 2)
        find(es, "Penrose Ford", "ORG")
        find(es, "Tom Varley", "PERSON")
        es = ents("Athletics results : Michael Green ( Jamaica ) , Osmond Ezinwa ( Nigeria ) , Peter "
                  "Karlsson ( Sweden ) 20.31 .")
        for person in ("Michael Green", "Osmond Ezinwa", "Peter Karlsson"):
            find(es, person, "PERSON")

    def test_a_company_stays_a_company_beside_a_longer_name_read_as_a_person(self):
        # "Morvane Lenti" read as a person took "Morvane" with it as its
        # surname (five of six training orders, before), though "Morvane
        # SpA" names the company
        es = ents("Profits at Morvane SpA doubled . Morvane Lenti , the lens maker it owns , will be "
                  "sold . Analysts said Morvane needed the cash .")
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)
        find(es, "Morvane", "ORG")
        find(es, "Morvane Lenti", "ORG")

    def test_a_title_word_before_organisation_words_is_a_company(self):
        # "General" was cut as a role, and the rest was a person
        # ("Industries Corp", "Motors") on all six training orders, before
        es = ents("Workers at General Industries Corp struck on Monday . General Motors said it was "
                  "eager to continue talks .")
        find(es, "General Industries Corp", "ORG")
        find(es, "General Motors", "ORG")
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)
        # ... and before a name with an organisation word in it ("the
        # General Administration of Fisheries", "the ILO General Council":
        # persons "Administration of Fisheries" and "Council" on all six
        # orders, before)
        es = ents("Data from Tarvania 's General Administration of Fisheries showed catches rose . The "
                  "ILO General Council met on Monday .")
        find(es, "General Administration of Fisheries", "ORG")
        find(es, "ILO General Council", "ORG")
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)
        # a title before a person's name is still a role
        es = ents("General Colin Duarte inspected the troops , and President Ana Ruiz spoke .")
        find(es, "Colin Duarte", "PERSON")
        find(es, "Ana Ruiz", "PERSON")

    def test_the_acronym_of_a_place_is_the_place(self):
        # "(ROK)" after "the Republic of Kalmora" was an organisation (four
        # of six training orders) or nothing (two), before
        es = ents("Seoul and the Republic of Kalmora (ROK) signed a trade pact . ROK exports rose , "
                  "and the ROK government welcomed it .")
        self.assertEqual(len(find(es, "ROK", "GPE")["mentions"]), 3)
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)
        # an organisation's acronym stays the organisation's
        es = ents("The Bank of Tarvania (BOT) held rates on Monday . BOT officials said inflation "
                  "was easing .")
        find(es, "Bank of Tarvania", "ORG")
        find(es, "BOT", "ORG")

    def test_a_word_read_as_misc_before_an_organisation_is_its_first_word(self):
        # "Nasdaq" alone is an index (MISC, dropped): the company was
        # "Metals Corp" on all six training orders, before
        es = ents("Workers at Nasdaq Metals Corp struck on Monday .")
        find(es, "Nasdaq Metals Corp", "ORG")

    def test_an_organisation_before_a_role_word(self):
        # dropped as a role on every training order (seeds 0-5) before
        for text, name in [("A Corvanta spokesman said the plant would close next year.", "Corvanta"),
                           ("Growth will slow, said Calvani SpA chairman Marco Tronchetti.", "Calvani SpA"),
                           ("The NATO spokesman declined to comment.", "NATO")]:
            es = ents(text)
            find(es, name, "ORG")
        # a portfolio or a body before the role is part of the title
        es = ents("US Treasury secretary Scott Bessent and Cabinet spokesman Ali Rahimi met in Doha.")
        self.assertEqual([(e["type"], e["texts"]) for e in es],
                         [("GPE", ["US"]), ("PERSON", ["Scott Bessent"]), ("PERSON", ["Ali Rahimi"]),
                          ("GPE", ["Doha"])])

    def test_a_name_before_cup_is_the_competition(self):
        # "Fed" is the Federal Reserve in the gazetteer, "UEFA" an ORG of
        # the tagger and "Asia" a region: all six training orders, before
        es = ents("She made her Fed Cup debut against Japan, and the Asia Cup starts in May. "
                  "Their club qualified for the UEFA Cup.")
        self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] != "DATE"],
                         [("GPE", ["Japan"])])

    def test_a_name_before_index_or_futures_is_the_index(self):
        # "Dow Jones" the news agency in the gazetteer: an ORG before, on
        # all six training orders
        es = ents("On Friday the Dow Jones industrial average fell 31 points and Bond futures "
                  "ended higher.")
        self.assertEqual([(e["type"], e["texts"]) for e in es if e["type"] != "DATE"], [])
        # an exchange or a body's average is still one
        es = ents("The Karachi Stock Exchange index rose, while wages stayed below the EU average.")
        find(es, "Karachi Stock Exchange", "ORG")
        find(es, "EU", "ORG")

    def test_a_country_named_like_its_capital_stays_a_country(self):
        # "Panama" was the capital's entry, not the country's, so the
        # tagger's team (ORG, all six training orders) outranked it
        es = ents("SOCCER - CANADA BEAT PANAMA 3-1 IN QUALIFIER .\nEDMONTON 1996-08-31\n"
                  "Canada beat Panama 3-1 ( halftime 2-0 ) in their qualifying match on Saturday .\n"
                  "Scorers : Canada - Alex Bunbury ( 17th ) / Panama - Jorge Dely ( 50th )")
        panama = [e for e in es if any(t.lower() == "panama" for t in e["texts"])]
        self.assertEqual([(e["type"], e.get("code")) for e in panama], [("GPE", "PA")], panama)
        self.assertEqual(len(panama[0]["mentions"]), 3)

    def test_a_sure_company_is_the_company_in_every_mention(self):
        # after the legal form or "said its", the rest of the name stood
        # alone as a place or a person (all six training orders, before)
        for text, name in [("Orders at Lindqvist Verkstad AB fell in July. Lindqvist Verkstad will cut "
                            "200 jobs, Lars Berg told reporters. He said Lindqvist Verkstad had no choice.",
                            "Lindqvist Verkstad"),
                           ("Pemberton Hale said its profit doubled. Analysts said Pemberton Hale would "
                            "buy rivals. Pemberton Hale declined to comment.", "Pemberton Hale")]:
            es = ents(text)
            self.assertEqual(sorted(e["type"] for e in es if name in e["texts"]), ["ORG"], es)
            self.assertFalse([e for e in es if e["type"] != "ORG" and
                              any(name in t for t in e["texts"])], es)

    def test_the_plural_of_a_nationality_is_the_nationality(self):
        # "Azeris" a person on all six training orders, before (the
        # gazetteer has only "Azeri")
        es = ents("Ethnic Armenians drove Azeris out of the region, and Tutsis fled to the hills.")
        e = find(es, "Azeris", "NORP")
        self.assertEqual(e.get("code"), "AZ")
        self.assertFalse([e for e in es if e["type"] in ("PERSON", "ORG")], es)

    def test_a_possessive_is_never_a_name(self):
        es = ents("China’s State Council Information Office released a paper.")
        find(es, "China", "GPE")
        find(es, "State Council Information Office", "ORG")
        self.assertFalse([e for e in es if any(t in ("’s", "’") for t in e["texts"])], es)

    def test_a_name_never_starts_with_the_of_before_it(self):
        # "of Carrington Banks Inc." on five of six training orders, before
        es = ents("The figures were weak , said economist Dana Whitlow of Carrington Banks Inc. "
                  "in Tulsa , Okla .")
        find(es, "Carrington Banks Inc.", "ORG")
        self.assertFalse([e for e in es if any(t.startswith(("of ", "for ", "and ")) for t in e["texts"])],
                         es)

    def test_an_organisation_ends_before_the_country_after_it(self):
        # the tagger ran the company on into "South" and began "Korea"
        # apart: the organisation crossed the gazetteer's country and was
        # lost (two of six training orders, the shipped one among them)
        es = ents("Around 2,000 of the cars made by Sungwon Motor Corp of South Korea arrived at "
                  "the port .")
        find(es, "Sungwon Motor Corp", "ORG")
        self.assertEqual(find(es, "South Korea", "GPE").get("code"), "KR")

    def test_a_capitalised_the_inside_a_sentence_is_the_names(self):
        # "The" was cut from every name, also where it is written as part
        # of it (CoNLL's convention: "at The Oval")
        es = ents("Surrey beat Kent by six wickets at The Oval on Saturday , and Lancashire play at "
                  "The Racecourse next week .")
        find(es, "The Oval", "GPE")
        find(es, "The Racecourse", "GPE")
        # ... but not at the start of a sentence or after a dash
        for text in ("The Harwick Farmers Union said on Monday it would strike .",
                     "Officials said on Monday --The Harwick Farmers Union will meet in May ."):
            es = ents(text)
            find(es, "Harwick Farmers Union", "ORG")
            self.assertFalse([e for e in es if any(t.startswith("The") for t in e["texts"])], es)

    def test_a_wrapped_line_is_not_a_headline(self):
        # a Title Case line near the top is a headline, whose names are
        # not trusted; one that goes on in lower case on the next line is
        # a sentence wrapped (lost on all six training orders, before)
        es = ents("LISBON 1996-09-02\nThe Savings Bank of Portugal\nraised its lending rate by half a "
                  "point on Monday .")
        find(es, "Savings Bank of Portugal", "ORG")
        es = ents("Harbour Cranes Idle At Dawn\nDockers in Setubal stopped work on Monday .")
        self.assertFalse([e for e in es if "Harbour Cranes" in " ".join(e["texts"])], es)

    def test_a_headline_read_whole_keeps_its_places(self):
        # the tagger read the Title Case line as one name, which took the
        # gazetteer's names in it and was then dropped as a headline's:
        # the line had no entity at all
        es = ents("EU Retaliates Against U.S. Aluminium Duties\nOfficials in Brussels said on Monday "
                  "the bloc would act.")
        find(es, "EU", "ORG")
        find(es, "U.S.", "GPE")
        find(es, "Brussels", "GPE")
        es = ents("Canada Retaliates Against U.S. Lumber Tariffs")
        find(es, "Canada", "GPE")
        find(es, "U.S.", "GPE")
        self.assertFalse([e for e in es if "Tariffs" in " ".join(e["texts"])], es)

    def test_a_name_ending_in_a_feature_of_nature_is_a_place(self):
        # the tagger's person or organisation named by a bay, an island, a
        # delta is the place (GUIDE.md: LOC); a team's score after it keeps
        # the team of a results line
        es = ents("Freight along the Xijiang River Delta rose, while Lantau Island hotels filled.")
        find(es, "Xijiang River Delta", "LOC")
        find(es, "Lantau Island", "LOC")
        # a building too (GUIDE.md: "Diaoyutai State Guesthouse" is a LOC)
        es = ents("Officials met at the Linhai State Guesthouse in Beijing on Monday.")
        find(es, "Linhai State Guesthouse", "LOC")
        es = ents("Results: Sydney Swans 12 Gold Coast 10 Brisbane 38 Tampa Bay 10")
        find(es, "Gold Coast", "ORG")
        find(es, "Tampa Bay", "ORG")

    def test_a_place_named_by_its_head_before_of(self):
        # the tagger's place whose geographic noun stands before "of" is a
        # LOC (a building, a gulf), not a GPE for its last word
        es = ents("Delegates gathered in the Great Hall of the Republic in Tirana on Friday.")
        find(es, "Great Hall of the Republic", "LOC")
        find(es, "Tirana", "GPE")
        # ... and one ending in a region of the gazetteer (GUIDE.md: regions
        # are LOC; "the Pacific")
        es = ents("Fiji is the last stop of his three-nation South Pacific tour.")
        find(es, "South Pacific", "LOC")
        find(es, "Fiji", "GPE")

    def test_a_body_and_the_body_under_it_joined_by_a_possessive(self):
        # the tagger reads "X's Y" as one organisation; a body before the
        # possessive and one after it are two (GUIDE.md, trade-1's
        # adjudication), a place or a common noun before it is no owner
        es = ents("Li Wei, a researcher at the Chinese Academy of Sciences' Institute of Botany, said so.")
        find(es, "Chinese Academy of Sciences", "ORG")
        find(es, "Institute of Botany", "ORG")
        es = ents("Maria Ostberg, a fellow at Norvik University's Center for Maritime Studies, said so.")
        find(es, "Norvik University", "ORG")
        find(es, "Center for Maritime Studies", "ORG")
        es = ents("Wang Tao of the Development Research Center of China's State Council said so.")
        self.assertFalse([e for e in es if "State Council" in e["texts"]], es)

    def test_an_acronyms_office_and_its_holder_read_as_one(self):
        # the tagger read an office's acronym and the person after it as
        # one organisation ("the USTR Robert Lighthizer" in dev-5)
        es = ents("They sent a letter to the FTC Joseph Simons and to NATO Jens Stoltenberg last week.")
        find(es, "FTC", "ORG")
        find(es, "Joseph Simons", "PERSON")
        find(es, "Jens Stoltenberg", "PERSON")
        es = ents("Tariffs fell under the ASEAN Free Trade Area, and the APEC Web Trade Repository lists them.")
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)

    def test_names_listed_with_an_organisation_are_organisations(self):
        # the tagger read unseen company names in a list as people and
        # places ("Cisco, Dell, Hewlett-Packard and Juniper Networks")
        es = ents("Zentrox, Morland, Hallberg-Pryce and Orvida Systems asked the USTR to drop the tariffs.")
        for name in ("Zentrox", "Morland", "Hallberg-Pryce", "Orvida Systems"):
            find(es, name, "ORG")
        es = ents("Retailers such as Kestria, Vandor and Pellmark Group raised prices on Monday.")
        find(es, "Kestria", "ORG")
        # a list of people, a comma that is no list, the gazetteer's places
        es = ents("It will hurt Tom, Jones and Smith, said Brightwater Capital.")
        for name in ("Tom", "Jones", "Smith"):
            find(es, name, "PERSON")
        es = ents("Exports to Canada, Mexico and the European Union rose, Kestria Holdings said.")
        find(es, "Canada", "GPE")
        find(es, "Mexico", "GPE")

    def test_a_platform_or_portal_described_by_an_apposition(self):
        # web platforms and portals are kinds of organisation too, and a
        # place's possessive stands for the apposition's article
        es = ents("Prices fell at Veltrix, Japan's largest online shopping platform, on Monday.")
        find(es, "Veltrix", "ORG")
        find(es, "Japan", "GPE")
        es = ents("Sales rose. Then Kordeo, an online payment platform, said sales doubled.")
        find(es, "Kordeo", "ORG")
        es = ents("Sales rose, according to Morvane, China's biggest news portal.")
        find(es, "Morvane", "ORG")
        es = ents("Sales rose, according to Lena Dahl, Sweden's trade minister.")
        find(es, "Lena Dahl", "PERSON")

    def test_a_name_that_is_one_of_a_kind_of_company(self):
        # "X, one of China's largest retailers": the apposition's article
        # stands after "one of", its noun in the plural; X was a person or a place
        es = ents("Shoppers flocked to Tavolin, one of China's largest retailers, on Friday.")
        find(es, "Tavolin", "ORG")
        find(es, "China", "GPE")
        es = ents("Orders fell at Kormoran, one of the world's biggest carmakers, and at Velsa.")
        find(es, "Kormoran", "ORG")
        es = ents("Sales rose, said Lena Dahl, one of Sweden's leading economists.")
        find(es, "Lena Dahl", "PERSON")
        es = ents("Exports went to Ruvana, one of the largest markets in Asia.")
        self.assertNotIn("ORG", [e["type"] for e in es if "Ruvana" in e["texts"]])

    def test_two_points_of_the_compass_share_a_region(self):
        # "Central and Eastern Europe" was an ORG (its acronym too), "Southeast
        # and South Asia" a "Southeast" and a "South Asia"; the countries of
        # "North and South Korea" stay as they were
        es = ents("Trade with Central and Eastern Europe (CEE) grew fast. CEE wines sold well.")
        find(es, "Central and Eastern Europe", "LOC")
        self.assertEqual([t for e in es if e["type"] == "LOC" for t in e["texts"]].count("CEE"), 2)
        es = ents("Exports to Southeast and South Asia rose, and so did those to North and South America.")
        find(es, "Southeast and South Asia", "LOC")
        find(es, "North and South America", "LOC")
        es = ents("Leaders of North and South Korea met in Seoul.")
        self.assertNotIn("North and South Korea", mention_texts(es))

    def test_a_name_ending_in_a_company_head_is_an_organisation(self):
        # the tagger read these as persons or places: their last word is a
        # kind of firm that CoNLL train and the organisation words lack
        es = ents("said Lin Bo, founder of the management consultancy Harrow Quill Advisory. "
                  "A fellow of Hollings Institution agreed, as did analysts at Tarrant Networks.")
        find(es, "Harrow Quill Advisory", "ORG")
        find(es, "Hollings Institution", "ORG")
        find(es, "Tarrant Networks", "ORG")
        find(es, "Lin Bo", "PERSON")

    def test_a_zone_with_its_province_in_brackets(self):
        # "China (Fujian) Pilot Free Trade Zone": the bracketed place is
        # inside the zone's name (one LOC), not a country and a city; and
        # a customs office named by its place is an organisation
        es = ents("Firms in the China (Fujian) Pilot Free Trade Zone export more. Goods were "
                  "checked at Xiamen Haicang Customs on Monday.")
        find(es, "China (Fujian) Pilot Free Trade Zone", "LOC")
        self.assertNotIn("Fujian", mention_texts(es))
        find(es, "Xiamen Haicang Customs", "ORG")

    def test_a_sentence_adverb_is_no_name(self):
        # "Additionally," opening a sentence was a person of the tagger
        es = ents("Prices rose. Additionally, Russia and Brazil cut imports. Secondly, Kenya did too. "
                  "Kimberly, a trader in Ohio, agreed.")
        texts = mention_texts(es)
        self.assertNotIn("Additionally", texts)
        self.assertNotIn("Secondly", texts)
        find(es, "Russia", "GPE")
        find(es, "Kimberly", "PERSON")

    def test_a_surname_like_a_function_word_opening_a_sentence(self):
        # "He Weiwen, an executive council member" opening a sentence was
        # the person "Weiwen" alone; the pronoun before a verb stays none
        es = ents("Prices rose. He Lifeng, a senior fellow, said so. An Gang agreed with Liu He. "
                  "He told Xinhua the talks went well.")
        find(es, "He Lifeng", "PERSON")
        find(es, "An Gang", "PERSON")
        self.assertNotIn("He told", mention_texts(es))
        self.assertEqual([t for t in mention_texts(es) if t == "He"], [])

    def test_a_given_name_of_two_syllables_with_a_hyphen(self):
        # Hong Kong, Taiwan and Korean given names: "Tung Chee-hwa" was
        # "Tung", "Leung Chun-ying" opening a sentence no name at all;
        # a hyphenated common word after a name stays out
        es = ents("Leung Chun-ying attended the forum in Shenzhen. Former chief executive "
                  "Tung Chee-hwa, a vice-chairman of the CPPCC, spoke first, and Mary Lau Kit-wai "
                  "and his counterpart Park Geun-hye listened. Zhengzhou Cross-border trade rose. "
                  "Mr. Chan Two-way talks went well.")
        for name in ("Leung Chun-ying", "Tung Chee-hwa", "Mary Lau Kit-wai", "Park Geun-hye"):
            find(es, name, "PERSON")
        texts = mention_texts(es)
        self.assertNotIn("Tung", texts)
        self.assertFalse([t for t in texts if "Cross-border" in t or "Two-way" in t], texts)

    def test_a_company_named_by_its_founder_shares_or_stake(self):
        # "founder of Qinova", "a stake in Harwick": the tagger's person
        # and place were no company; a person's own surname and a full
        # name before "'s shares" stay persons
        es = ents("Zhou Peiran, founder of Qinova, said the tariffs would hurt. Qinova denied the "
                  "report. Lindorra said it would buy a stake in Harwick, and Harwick welcomed the "
                  "offer. William Cohen, now chief executive of the Cohen Group, agreed. Jack Ma's "
                  "shares in the firm were sold.")
        q = find(es, "Qinova", "ORG")
        self.assertEqual(q["texts"], ["Qinova", "Qinova"])
        self.assertEqual(find(es, "Harwick", "ORG")["texts"], ["Harwick", "Harwick"])
        find(es, "Zhou Peiran", "PERSON")
        find(es, "William Cohen", "PERSON")
        find(es, "Jack Ma", "PERSON")

    def test_an_apposition_opening_the_text_and_a_chinese_name_before_one(self):
        # the kind of company in an apposition right at the start of the
        # text was not read (the name was the tagger's person); a Chinese
        # name before "a bank clerk" became a company
        es = ents("Qinova, a smartphone maker, said exports fell. Qinova expects more. "
                  "Zhu Hailun, a bank clerk in Ohio, said so.")
        self.assertEqual(find(es, "Qinova", "ORG")["texts"], ["Qinova", "Qinova"])
        find(es, "Zhu Hailun", "PERSON")

    def test_a_region_of_a_state_and_a_port(self):
        # "Southern California" was an organisation, "the Port of Hamburg"
        # a place "Port" and the city or an organisation; "West Virginia" is a state and
        # "Port of Spain" a capital
        es = ents("Growers in Southern California and Northern Ohio cut exports, while West Virginia "
                  "did not. Ships waited at the Port of Hamburg and the Port of Tianjin, and flights "
                  "to Port of Spain were cancelled.")
        find(es, "Southern California", "LOC")
        find(es, "Northern Ohio", "LOC")
        find(es, "West Virginia", "GPE")
        find(es, "Port of Hamburg", "LOC")
        find(es, "Port of Tianjin", "LOC")
        texts = mention_texts(es)
        self.assertNotIn("Port", texts)
        self.assertNotIn("Hamburg", texts)
        self.assertFalse([e for e in es if "Port of Spain" in e["texts"] and e["type"] == "LOC"], es)

    def test_an_organization_in_apposition_and_a_body_s_region(self):
        # "Canadians for Open Markets, an organization ..." was the
        # nationality "Canadians"; "the US Chamber's Great Lakes region"
        # one organisation
        es = ents("The letter was written by Canadians for Open Markets, an organization of 60 "
                  "exporters. Jane Doe, a director for the US Chamber's Great Lakes region, agreed.")
        find(es, "Canadians for Open Markets", "ORG")
        find(es, "US Chamber", "ORG")
        find(es, "Great Lakes", "LOC")

    def test_a_zone_through_and_its_acronym_a_port_and_a_plural_possessive(self):
        # "the Tarsa Economic and Trade Cooperation Zone" was an
        # organisation and so was its acronym; "Karvelo Port" a city;
        # "the Ohio Distillers' Association" two organisations
        es = ents("Firms in the Tarsa Economic and Trade Cooperation Zone (TETZ) in Egypt grew, and "
                  "TETZ exports rose. Ships docked at Karvelo Port in Kenya. Jane Doe, President of "
                  "the Ohio Distillers' Association, complained.")
        z = find(es, "Tarsa Economic and Trade Cooperation Zone", "LOC")
        find(es, "TETZ", "LOC")
        self.assertFalse([e for e in es if "TETZ" in e["texts"] and e["type"] == "ORG"], es)
        find(es, "Karvelo Port", "LOC")
        find(es, "Ohio Distillers' Association", "ORG")

    def test_provincial_capitals_firm_heads_counties_and_a_run_on_dateline(self):
        # "Changsha" was no place; "Halden Farms" a person, "Brisco Foods"
        # a place; "Tallis County" a person; a headline ran on into the
        # dateline of the next story ("Commerce Ministry BEIJING")
        es = ents("Exports from Hefei rose, and Changsha-based firms hired more. Prices at Brisco "
                  "Foods fell, and so did Halden Farms. Prices fell, Tallis County Executive Ann Lee "
                  "told reporters. Full story Exporters urged to diversify: Commerce Ministry BEIJING, "
                  "March 23 (Xinhua) -- Exporters were urged to diversify.")
        find(es, "Changsha", "GPE")
        find(es, "Brisco Foods", "ORG")
        find(es, "Halden Farms", "ORG")
        find(es, "Tallis County", "GPE")
        find(es, "Commerce Ministry", "ORG")
        find(es, "BEIJING", "GPE")

    def test_a_counted_stretch_the_story_named_keeps_its_the(self):
        # "over the three years" was "three years", unlike "the past three
        # years"; "three years ago" has no "the" of its own
        es = ents("Trade grew over the three years, and during the six months prices fell. "
                  "The plan began three years ago.")
        texts = [t for e in es if e["type"] == "DATE" for t in e["texts"]]
        self.assertIn("the three years", texts)
        self.assertIn("the six months", texts)
        self.assertIn("three years ago", texts)

    def test_producers_consultancies_stores_and_outlets_are_companies(self):
        # the tagger's persons and places after "producer", "consultancy",
        # "chain store", in "websites such as", and before "Outlet"; a
        # Chinese name after "producer" stays a person
        es = ents("China's biggest phone producer Marlix still can't enter the market, and stores "
                  "stopped selling Marlix phones. Film producer Zhang Yimou agreed. Prices at natural "
                  "resources consultancy Harlow Mercer fell. Shoppers paid at U.S. chain store "
                  "Delmont's. Kelton Outlet in Shenzhen was packed.")
        self.assertEqual(find(es, "Marlix", "ORG")["texts"], ["Marlix", "Marlix"])
        find(es, "Zhang Yimou", "PERSON")
        find(es, "Harlow Mercer", "ORG")
        find(es, "Delmont's", "ORG")  # the name's "'s" before a full stop (session ent90)
        find(es, "Kelton Outlet", "ORG")

    def test_a_company_with_a_plant_in_apposition(self):
        # "Torvane, a large seafood company with a plant in Dalian" was
        # the tagger's person ("with" after the kind noun read as a role's)
        es = ents("Prices rose, said Wang Wu, a manager at Torvane, a large Chinese seafood company "
                  "with a plant in Dalian. Ann Lee, a partner with Brook Hale, agreed.")
        find(es, "Torvane", "ORG")
        find(es, "Wang Wu", "PERSON")
        find(es, "Ann Lee", "PERSON")

    def test_a_hedged_year_before_a_stop(self):
        # "around 1985." was the year alone; "around 2000 workers" counts
        # workers and stays no hedged date
        es = ents("The embargo began around 1985. Prices fell around 1992, and output rose.")
        texts = [t for e in es if e["type"] == "DATE" for t in e["texts"]]
        self.assertIn("around 1985", texts)
        self.assertIn("around 1992", texts)

    def test_a_chinese_name_given_name_first_and_one_run_on_into_a_body(self):
        # "Liping Wu of ..." was an organisation; "Zhao Lifeng Renmin
        # University School of Economics said" one organisation
        es = ents("The US wants to curb China's rise in technology, Liping Wu of Tianjin Normal "
                  "University pointed out. Officials agreed. \"The US will miss this chance,\" Zhao "
                  "Lifeng Renmin University School of Economics said.")
        find(es, "Liping Wu", "PERSON")
        find(es, "Zhao Lifeng", "PERSON")
        find(es, "Renmin University School of Economics", "ORG")

    def test_a_decimal_number_is_no_year(self):
        # "20.5" was read as a year (1985: the dot counted as a digit)
        es = ents("The rate fell from 24.5 to 8 percent, and output was 21.7 in May.")
        self.assertFalse([e for e in es if e["type"] == "DATE" and "May" not in e["texts"]], es)
        find(es, "8 percent", "PERCENT")
        find(es, "May", "DATE")

    def test_a_web_site_in_running_text_is_an_organisation(self):
        # a news site or shop named by its address was nothing (lower
        # case) or a place or person; a photo credit's address, an URL
        # and an e-mail stay none
        es = ents("Sales rose 8 percent, tradenews.cn reported on Monday, and Kelvomart.com said "
                  "prices fell. [Photo: mofcom.gov.cn] See www.kelvomart.com/deals for more.")
        find(es, "tradenews.cn", "ORG")
        find(es, "Kelvomart.com", "ORG")
        texts = mention_texts(es)
        self.assertNotIn("mofcom.gov.cn", texts)
        self.assertFalse([t for t in texts if "www" in t], texts)

    def test_a_body_named_for_two_places_joined_by_and(self):
        # "the IMF's Asia and Pacific Department" was a place and an
        # organisation "Pacific Department"
        es = ents("The England and Wales Cricket Board said on Monday it would appeal.")
        find(es, "England and Wales Cricket Board", "ORG")
        es = ents("Trade between Europe and Asia rose, and Japan and the Asian Development Bank met.")
        find(es, "Europe", "LOC")
        find(es, "Japan", "GPE")
        find(es, "Asian Development Bank", "ORG")

    def test_a_place_inside_a_compound_stays_a_place(self):
        # the tagger's person or organisation on a whole compound retyped
        # the place inside it ("Made-in-China" gave a person "China")
        es = ents("Made-in-China solar panels took 21 percent of the market. Speaking on China-Japan "
                  "ties, Wang said talks would go on.")
        self.assertEqual(find(es, "China", "GPE")["texts"], ["China", "China"])
        self.assertFalse([e for e in es if e["type"] == "PERSON" and "China" in e["texts"]], es)

    def test_a_bylines_by_is_no_part_of_the_name(self):
        # the glue of a capitalised function word to a name ("said He
        # Yadong") took a byline's "By" in
        es = ents("Trade rose. (By Zhou Lanmei from the Norvik Herald) Only cooperation can help.")
        find(es, "Zhou Lanmei", "PERSON")
        es = ents("Officials met on Monday, said He Yadong, a spokesman.")
        find(es, "He Yadong", "PERSON")

    def test_centuries_with_a_modifier_and_counts_with_plus_or_a_half(self):
        # were no dates: a century with early/late/mid, a count "20-plus"
        # or "two and a half"
        es = ents("Mills spread in the late 12th century and again until the mid-18th century. "
                  "Over the past 30-plus years trade grew, and in the past three and a half years "
                  "it doubled; the scheme ended one and a half years later.")
        for text in ("the late 12th century", "the mid-18th century", "the past 30-plus years",
                     "the past three and a half years", "one and a half years later"):
            find(es, text, "DATE")

    def test_a_companys_two_legal_forms_with_a_comma(self):
        # "Co., Ltd." was cut at the comma: "X Co." and "Ltd." apart
        es = ents("Hubei Lantai Precision Machinery Co., Ltd. and Norvik Tools Co., Limited signed "
                  "the deal on Monday.")
        find(es, "Hubei Lantai Precision Machinery Co., Ltd.", "ORG")
        find(es, "Norvik Tools Co., Limited", "ORG")
        self.assertFalse([e for e in es if e["texts"] in (["Ltd."], ["Limited"])], es)

    def test_a_person_of_an_organisation_read_as_one(self):
        # the tagger read "NAME of ORGANISATION" as one organisation
        es = ents("Growth will slow, said Meiling Ye of Norvik Academy of Macroeconomic Research.")
        find(es, "Meiling Ye", "PERSON")
        find(es, "Norvik Academy of Macroeconomic Research", "ORG")
        es = ents("Growth will slow, said Jinlong Fu of Chinese Academy of Trade Research.")
        find(es, "Jinlong Fu", "PERSON")
        find(es, "Chinese Academy of Trade Research", "ORG")
        es = ents("The Federal Reserve Bank of New York and the National Academy of Sciences agreed.")
        self.assertFalse([e for e in es if e["type"] == "PERSON"], es)

    def test_a_saints_abbreviation_ends_no_name(self):
        # the tagger took the dot of "St." for a sentence's end and read
        # the saint's name as a person
        es = ents("Growth will slow, said Mark Hale, a lecturer at the University of St. Thomas in Houston.")
        find(es, "University of St. Thomas", "ORG")
        find(es, "Houston", "GPE")
        self.assertFalse([e for e in es if e["texts"] == ["Thomas"]], es)

    def test_is_and_said_before_its_make_a_company(self):
        # "Polaris is raising prices on its ...": "is", "was" and "said"
        # link a company to its "its" as other verbs' forms do
        es = ents('Costs rose, the paper noted: "Gundersen is raising prices on its boats."')
        find(es, "Gundersen", "ORG")
        es = ents("Trade rose. Minister Dahl is sure the country will keep its plants.")
        find(es, "Dahl", "PERSON")

    def test_a_body_under_a_nationalitys_government_body_is_whole(self):
        # the nationality split off a government body cut the longer name
        # that holds it through "of the" into three
        es = ents("The Trade Policy Office of the Chinese Ministry of Commerce said on Monday it would act.")
        find(es, "Trade Policy Office of the Chinese Ministry of Commerce", "ORG")
        es = ents("The Chinese State Council said on Monday it would act.")
        find(es, "Chinese", "NORP")
        find(es, "State Council", "ORG")

    def test_a_wire_storys_end_mark_is_no_name(self):
        # Xinhua's "Enditem" closing a story was a person
        es = ents("Prices will rise next year, the ministry said on Monday. Enditem")
        self.assertFalse([e for e in es if "Enditem" in e["texts"]], es)

    def test_a_quoted_title_case_title_holds_no_name_of_its_own(self):
        # a campaign's or a headline's title in quote marks capitalises
        # every word: the tagger's names there ("Hurt", "Soda") are not
        # trusted, as in a headline; an organisation's name is
        es = ents('Farmers launched a campaign called "Tariffs Hurt the Prairie" on Monday, and the paper '
                  'ran "Soda, Boat Prices Rise as Duties Bite" the next day.')
        self.assertEqual([e["type"] for e in es], ["DATE"], es)
        es = ents('He joined the "Farmers for Free Trade Association" on Monday, and Lena Dahl agreed.')
        find(es, "Free Trade Association", "ORG")
        find(es, "Lena Dahl", "PERSON")

    def test_an_all_caps_company_with_a_bracketed_place(self):
        # "COSCIA (HK) LIMITED" was a place "HK" and nothing else
        es = ents("Prices fell, said Lena Dahl, chief executive of VELTRIX (HK) LIMITED. Dahl added more.")
        find(es, "VELTRIX (HK) LIMITED", "ORG")
        self.assertFalse([e for e in es if e["type"] == "GPE"], es)

    def test_the_holder_after_a_role_to_a_country(self):
        # "Chinese Ambassador to the US Cui Tiankai": the tagger read the
        # country and the name as one organisation, or the name alone as one
        es = ents("China will act, said Chinese Ambassador to the US Qiu Tianmin on Friday.")
        find(es, "Qiu Tianmin", "PERSON")
        find(es, "US", "GPE")
        es = ents("Trade will grow, said the Japanese envoy to the US Sato Kenji on Friday.")
        find(es, "Sato Kenji", "PERSON")
        find(es, "US", "GPE")
        es = ents("Talks went well, said Ambassador to China Terry Branstad on Friday.")
        find(es, "Terry Branstad", "PERSON")



class CampaignNews(unittest.TestCase):
    """US campaign news (session ent88, from the classes of errors on the
    PolNeAR batch polnear-1; the sentences are the tests' own)."""

    def test_a_name_after_a_broadcast_role_is_a_person(self):
        # "Fox News anchor Bret Baier" was an organisation: "anchor" was no role word
        es = ents("The governor told Fox News anchor Bret Baier on Sunday that he would not resign, "
                  "and later spoke with CBS columnist Ellen Marsh.")
        find(es, "Bret Baier", "PERSON")
        find(es, "Fox News", "ORG")

    def test_a_dateline_closed_by_a_dash(self):
        # "FARGO, N.D. — Ted Cruz": the city an organisation, the state and the name one person
        es = ents("MINOT, N.D. — Kevin Cramer's campaign bought airtime in Bismarck on Friday.")
        find(es, "MINOT", "GPE")
        find(es, "N.D.", "GPE")
        find(es, "Kevin Cramer", "PERSON")
        es = ents("DES MOINES, Iowa -- Pete Buttigieg told reporters he would return in March.")
        find(es, "DES MOINES", "GPE")
        find(es, "Pete Buttigieg", "PERSON")

    def test_a_name_after_anti_or_pro_in_one_word(self):
        # "an anti-Clinton speech", "an anti-Donald Trump super PAC": the tagger saw no name in the word
        es = ents("Governor Jay Inslee answered the critics. An anti-Inslee group spent heavily in Spokane, "
                  "and a pro-Elizabeth Warren committee paid for the mailers.")
        find(es, "Jay Inslee", "PERSON")
        self.assertIn("Inslee", [t for e in es if e["type"] == "PERSON" for t in e["texts"]])
        find(es, "Elizabeth Warren", "PERSON")
        # a word in lower case after the hyphen names no one
        self.assertNotIn("Inslee group", mention_texts(es))

    def test_a_name_after_a_partys_possessive_is_a_person(self):
        # "the Libertarian Party's Johnson": one organisation, or the party and an organisation
        es = ents("A new poll puts the Constitution Party's Baldwin at 3 percent in Montana. "
                  "Baldwin's best showing is in Idaho, and Baldwin plans to campaign there.")
        find(es, "Constitution Party", "ORG")
        self.assertEqual([t for e in es if e["type"] == "PERSON" for t in e["texts"]], ["Baldwin"] * 3)

    def test_organisations_named_after_a_person(self):
        # "Trump University" was a person; "Bikers for Trump", "the Coalition Against Trump" a person
        es = ents("Critics slammed Sanders Institute for its fees. Bernie Sanders said nothing, and Sanders left.")
        find(es, "Sanders Institute", "ORG")
        find(es, "Bernie Sanders", "PERSON")
        self.assertIn("Sanders", [t for e in es if e["type"] == "PERSON" for t in e["texts"]])
        es = ents("In Ohio, Teachers for Sanders met in a gym near Columbus.")
        find(es, "Teachers for Sanders", "ORG")
        self.assertNotIn("PERSON", [e["type"] for e in es])

    def test_an_acronym_before_an_office_and_its_holder(self):
        # "FBI Director James Comey": the body was left untagged; a lower-case role is no office
        es = ents("The senator questioned CIA Director John Brennan, and the ATF Deputy Director "
                  "Tom Brandon testified later. Major league ERA leader Kevin Brown pitched on Sunday.")
        find(es, "CIA", "ORG")
        find(es, "ATF", "ORG")
        find(es, "John Brennan", "PERSON")
        self.assertNotIn("ERA", mention_texts(es))

    def test_the_people_of_a_place_are_no_organisation(self):
        # "several Arizonans", "Clevelanders get nervous": organisations of the tagger
        es = ents("Turnout among Arizonans was high, and many Clevelanders and Vermonters stayed home.")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)
        find(es, "Clevelanders", "NORP")
        find(es, "Vermonters", "NORP")

class CampaignNews2(unittest.TestCase):
    """US campaign news (session ent89, from the classes of errors on the
    PolNeAR batch polnear-2; the sentences are the tests' own)."""

    def test_a_committee_named_before_pac(self):
        # "Our Principles PAC" was a place and "PAC", "America Rising PAC" a place and "PAC"
        es = ents("The ad was paid for by Keep Ohio Strong PAC, and Right to Rise PAC paid for another. "
                  "Money also came from Our Principles PAC.")
        find(es, "Keep Ohio Strong PAC", "ORG")
        find(es, "Right to Rise PAC", "ORG")
        find(es, "Our Principles PAC", "ORG")
        self.assertNotIn("Ohio", mention_texts(es))

    def test_a_super_pac_is_no_name(self):
        # "a super PAC", "super PACs": organisations of the tagger
        es = ents("A super PAC backing the senator spent heavily in Nevada, and two other super PACs "
                  "joined in; several PACs stayed out.")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)

    def test_usa_today_is_a_paper_not_a_day(self):
        # "USA TODAY" was the place "USA" and the day "TODAY"
        es = ents("The mayor told USA TODAY on Monday that she would run, and a USA Today poll agreed.")
        self.assertEqual(find(es, "USA TODAY", "ORG")["texts"], ["USA TODAY", "USA Today"])
        self.assertNotIn("GPE", [e["type"] for e in es])
        # a line in capitals keeps its day
        es = ents("VOTERS HEAD TO POLLS TODAY IN OHIO")
        self.assertIn("DATE", [e["type"] for e in es])

    def test_titles_of_clergy_judges_and_whips(self):
        # "Pastor Bradley Cranston", "Minority Whip Richard J.", "Justice Antonin Scalia" kept the title
        es = ents("Pastor Dale Whitcombe spoke in Tulsa on Sunday. House Majority Whip Steve Scalise "
                  "agreed, and Justice Sonia Sotomayor dissented. Later Sec. Kerry met them.")
        find(es, "Dale Whitcombe", "PERSON")
        find(es, "Steve Scalise", "PERSON")
        find(es, "Sonia Sotomayor", "PERSON")
        for w in ("Pastor", "Whip", "Justice", "Sec"):
            self.assertFalse([t for t in mention_texts(es) if w in t.split()], es)


    def test_a_surname_that_names_a_company_after_the_full_name(self):
        # "Michael Bloomberg ... and Bloomberg by 16%": the gazetteer's news agency
        es = ents("Michael Bloomberg weighed a run. In the poll, Warren had 31%, Biden 29% and "
                  "Bloomberg 9%, and Bloomberg said he was pleased.")
        self.assertEqual(find(es, "Michael Bloomberg", "PERSON")["texts"],
                         ["Michael Bloomberg", "Bloomberg", "Bloomberg"])
        self.assertNotIn("ORG", [e["type"] for e in es])

    def test_a_presidents_white_house(self):
        # "the former Clinton White House aide": one organisation
        es = ents("A former Obama White House counsel joined the firm, and so did a Bush White House aide.")
        self.assertEqual([e["type"] for e in es if "White House" in e["texts"]], ["ORG"])
        find(es, "Obama", "PERSON")
        find(es, "Bush", "PERSON")

    def test_a_team_named_after_its_city(self):
        # "a Dallas Cowboys fan": a place and a person
        es = ents("The senator, a lifelong Dallas Cowboys fan, also cheers for the Houston Astros.")
        find(es, "Dallas Cowboys", "ORG")
        self.assertNotIn("PERSON", [e["type"] for e in es])
        self.assertNotIn("Dallas", mention_texts(es))

    def test_a_hotel_is_a_building(self):
        # "the Venetian Hotel in Las Vegas": a GPE
        es = ents("The donors met at the Bellagio Hotel in Las Vegas and later at the Wynn Resort.")
        find(es, "Bellagio Hotel", "LOC")
        find(es, "Las Vegas", "GPE")


    def test_gop_and_islamic_state_are_organisations(self):
        # "Thursday's GOP debate" untagged, "the Islamic State" a nationality
        es = ents("The senator skipped Friday's GOP debate in Des Moines. Air strikes hit the Islamic State "
                  "near Mosul, where Islamic State fighters held two towns.")
        self.assertEqual(find(es, "GOP", "ORG")["texts"], ["GOP"])
        self.assertEqual(find(es, "Islamic State", "ORG")["texts"], ["Islamic State"] * 2)
        self.assertNotIn("NORP", [e["type"] for e in es])


    def test_a_body_the_tagger_read_as_misc(self):
        # "The International Olympic Committee refused": "International" alone, "Olympic Committee" dropped
        es = ents("The International Olympic Committee refused to ban all the athletes.")
        find(es, "International Olympic Committee", "ORG")
        self.assertNotIn("International", mention_texts(es))
        es = ents("The Olympic Committee met on Friday, and the US Olympic Committee voted later.")
        find(es, "Olympic Committee", "ORG")
        find(es, "US Olympic Committee", "ORG")

    def test_wall_street_is_a_place_no_political_unit(self):
        # GUIDE.md: a street is a LOC; the gazetteer had it a GPE
        es = ents("Investors on Wall Street cheered the news, the Wall Street Journal said.")
        find(es, "Wall Street", "LOC")
        find(es, "Wall Street Journal", "ORG")


    def test_a_countrys_full_name_before_a_body_the_tagger_left_free(self):
        # "the United States Special Operations Command": a place and nothing
        es = ents("Special Operations units were sent north. The orders came from the United States "
                  "Special Operations Command in Tampa.")
        find(es, "United States Special Operations Command", "ORG")
        self.assertNotIn("United States", mention_texts(es))


    def test_a_family_by_the_plural_of_a_surname(self):
        # "The Murdochs are still in crisis mode": untagged
        es = ents("Sumner Redstone built the company. The Redstones still control it, and the "
                  "Redstones' lawyers said so.")
        self.assertEqual([t for e in es if e["type"] == "PERSON" for t in e["texts"]],
                         ["Sumner Redstone", "Redstones", "Redstones"])


    def test_a_companys_possessive_before_its_unit(self):
        # "Kantar Media's Campaign Media Analysis Group": one organisation
        es = ents("The ads were counted by Nielsen Media's Political Ad Tracking Group and other trackers, "
                  "and the Toronto Bond Traders' Association agreed.")
        find(es, "Nielsen Media", "ORG")
        find(es, "Political Ad Tracking Group", "ORG")
        find(es, "Toronto Bond Traders' Association", "ORG")


    def test_a_chamber_and_its_party(self):
        # "senior House GOP leaders": one organisation
        es = ents("McCarthy met senior House GOP leaders, and Senate Democrats objected.")
        self.assertEqual(find(es, "House", "ORG")["texts"], ["House"])
        find(es, "GOP", "ORG")
        find(es, "Senate", "ORG")
        find(es, "Democrats", "NORP")

    def test_our_opens_a_committees_name_at_a_sentence_start(self):
        # "Our Principles PAC, which was founded": "Principles PAC"
        es = ents("The ads were bought early. Our Future Ohio PAC, which was founded in May, paid for them.")
        find(es, "Our Future Ohio PAC", "ORG")


    def test_religious_and_ethnic_groups_are_norp(self):
        # "the state's heavily Republican and Mormon electorate": an organisation
        es = ents("The state's heavily Mormon electorate resisted, and many Latinos in Nevada stayed home.")
        find(es, "Mormon", "NORP")
        find(es, "Latinos", "NORP")
        self.assertNotIn("ORG", [e["type"] for e in es])


    def test_platforms_boroughs_and_churches(self):
        # "Twitter works as a way ..." a person, "a video on Instagram" a place, "Queens" an
        # organisation, "an Episcopal school" a person
        es = ents("Twitter suspended the account, and he posted the clip on Instagram instead. "
                  "She grew up in Queens and attended an Episcopal school. On Tuesday, MSNBC anchor "
                  "Chris Hayes asked about it.")
        find(es, "Twitter", "ORG")
        find(es, "Instagram", "ORG")
        find(es, "Queens", "GPE")
        find(es, "Episcopal", "NORP")
        find(es, "MSNBC", "ORG")
        find(es, "Chris Hayes", "PERSON")


    def test_a_chambers_role_word_and_a_committees_place(self):
        # "House Minority Leader Nancy Pelosi": "House Minority"; "the House Benghazi committee" one
        es = ents("It was a demand by House Minority Leader Steny Hoyer. She testified before the "
                  "House Benghazi committee on Thursday.")
        self.assertEqual(find(es, "House", "ORG")["texts"], ["House", "House"])
        find(es, "Benghazi", "GPE")
        find(es, "Steny Hoyer", "PERSON")

    def test_a_university_and_its_campus(self):
        # "the University of Texas at Austin": the university and a place
        es = ents("He studied at the University of Texas at Austin and then at the University of "
                  "California at Berkeley.")
        find(es, "University of Texas at Austin", "ORG")
        find(es, "University of California at Berkeley", "ORG")
        self.assertNotIn("GPE", [e["type"] for e in es])

    def test_two_bodies_of_one_kind_joined_by_and(self):
        # "National Association of Black Journalists and National Association of Hispanic Journalists": one
        es = ents("He joined the National Association of Home Builders and National Association of "
                  "Realtors in May.")
        find(es, "National Association of Home Builders", "ORG")
        find(es, "National Association of Realtors", "ORG")

    def test_a_scholar_of_a_university(self):
        # "Margo Anderson of the University of Wisconsin": an organisation
        es = ents("A study by Ruth Klein of Boston College and Nancy Jackson of the University of "
                  "Georgia found it.")
        find(es, "Nancy Jackson", "PERSON")
        find(es, "University of Georgia", "ORG")

    def test_an_actress_is_no_part_of_her_name(self):
        # "Actress Diane Guerrero": one organisation
        es = ents("Actress Maria Delgado has become a familiar figure on television.")
        find(es, "Maria Delgado", "PERSON")
        self.assertNotIn("ORG", [e["type"] for e in es])


    def test_a_tower_named_after_a_person_and_isis(self):
        # "the rent for Trump Tower space" a person; "used by ISIS - so much so" untagged
        es = ents("The campaign paid rent for Hartman Tower space in Dallas. The account was used by "
                  "ISIS - so much so that it was closed. Senator John Tower spoke.")
        find(es, "Hartman Tower", "LOC")
        find(es, "ISIS", "ORG")
        find(es, "John Tower", "PERSON")

    def test_a_family_by_a_one_word_surname(self):
        # "as Italians, the Schifanos were": an organisation
        es = ents("Mrs. Dellacroce moved in. As immigrants, the Dellacroces were the first family there.")
        self.assertEqual([t for e in es if e["type"] == "PERSON" for t in e["texts"]],
                         ["Dellacroce", "Dellacroces"])


    def test_a_body_its_chairs_title_and_the_chair(self):
        # "National Economic Council Chair Larry Summers": one organisation
        es = ents("The plan went beyond what National Economic Council Chair Karen Holt would back.")
        find(es, "National Economic Council", "ORG")
        find(es, "Karen Holt", "PERSON")

    def test_agencies_and_groups_of_the_gazetteer(self):
        # "(UPI)" and "Al Qaeda" untagged or a person, "New England" a GPE
        es = ents("BOSTON, May 2 (UPI) -- Officials said Al Qaeda had claimed it, and voters in New "
                  "England were unmoved.")
        find(es, "UPI", "ORG")
        find(es, "Al Qaeda", "ORG")
        find(es, "New England", "LOC")

    def test_a_presidents_name_left_free_before_the_white_house(self):
        # "served in the Obama White House": "Obama" untagged
        es = ents("Several of her aides served in the Obama White House before joining the campaign.")
        find(es, "Obama", "PERSON")
        find(es, "White House", "ORG")

    def test_a_super_pac_before_its_name(self):
        # "the conservative super PAC America Rising": "PAC America Rising"
        es = ents("The ad was paid for by the conservative super PAC Citizens United Forward.")
        self.assertIn("Citizens United Forward", mention_texts(es))
        self.assertFalse([t for t in mention_texts(es) if "PAC" in t])

    def test_a_plural_body_of_a_country(self):
        # "the Girl Scouts of America": a body and a place
        es = ents("The pastor has now turned on the Girl Scouts of America over its policies.")
        find(es, "Girl Scouts of America", "ORG")
        self.assertNotIn("GPE", [e["type"] for e in es])


    def test_a_title_and_a_surname(self):
        # "Justice Sotomayor overtook": one organisation; "Justice Alito" too
        es = ents("Justice Kagan joined the majority, while Justice Gorsuch wrote the dissent.")
        self.assertEqual(sorted(t for e in es if e["type"] == "PERSON" for t in e["texts"]), ["Gorsuch", "Kagan"])
        self.assertNotIn("ORG", [e["type"] for e in es])

    def test_a_chief_of_staff(self):
        # "Chief of Staff Cheryl Mills": "Staff Cheryl Mills" an organisation
        es = ents("The records of two aides were searched: Chief of Staff Dana Welch and Deputy Chief of "
                  "Staff Omar Bell.")
        find(es, "Dana Welch", "PERSON")
        find(es, "Omar Bell", "PERSON")
        self.assertNotIn("ORG", [e["type"] for e in es])

    def test_pac_alone_names_no_committee(self):
        # "Karl Rove's PAC, American Crossroads": "PAC" an organisation
        es = ents("The ad was paid for by the strategist's PAC, and the super PAC spent more.")
        self.assertFalse([e for e in es if e["type"] == "ORG"], es)

    def test_a_state_university_and_its_campus(self):
        # "the State University of New York at New Paltz": a university and a place
        es = ents("She earned her degree at the State University of New York at Buffalo.")
        find(es, "State University of New York at Buffalo", "ORG")

    def test_a_city_after_in_is_a_place(self):
        # "Power brokers in Cleveland also could enjoy brunch": a team
        es = ents("In Cleveland, brokers met. Power brokers in Cleveland also could enjoy brunch.")
        self.assertEqual(find(es, "Cleveland", "GPE")["texts"], ["Cleveland", "Cleveland"])


class Wire1987(unittest.TestCase):
    """1987 wire copy (session ent90, from the classes of errors on the
    Reuters 1987 batch reuters87-1; the sentences are the tests' own)."""

    def test_a_unit_of_a_company_is_a_company(self):
        # "Lombard North Central, an affiliate of National Westminster Bank Plc": a person
        es = ents("Under the lease, Dorset Hill Central, an affiliate of Crane Harbour Bank Plc, will build "
                  "two plants. Carver Moss, a unit of Ellery Group Inc, will run them.")
        find(es, "Dorset Hill Central", "ORG")
        find(es, "Carver Moss", "ORG")
        self.assertNotIn("PERSON", [e["type"] for e in es])
        # a person described by other words stays one
        es = ents("Under the lease, Dorset Hill, a director of Crane Harbour Bank Plc, will sign.")
        find(es, "Dorset Hill", "PERSON")

    def test_a_ministry_named_whole_after_a_title(self):
        # "The vice minister of Ministry of International Trade and Industry": a person "of International ..."
        es = ents("The vice minister of Ministry of Coastal Trade and Fisheries, Tadao Hirose, flew in. "
                  "A deputy minister of Ministry of Works met him.")
        find(es, "Ministry of Coastal Trade and Fisheries", "ORG")
        find(es, "Ministry of Works", "ORG")
        self.assertFalse([t for t in mention_texts(es) if t.startswith("of ")], es)

    def test_a_town_before_a_state_abbreviation(self):
        # "San Bernardino, Calif." a person, "Chappaqua, N.Y., home" an organisation
        es = ents("After the shootings in Paris and Glen Arbor, Calif., the senator spoke. Marla Tisch, 61, "
                  "of Wexley, N.H., said she was scared. Police in Dunmore Beach, Fla., agreed.")
        for town in ("Glen Arbor", "Wexley", "Dunmore Beach"):
            find(es, town, "GPE")
        find(es, "Marla Tisch", "PERSON")
        self.assertNotIn("ORG", [e["type"] for e in es])
        # "Rider University in Lawrenceville, N.J. The paradox": the state an organisation
        es = ents("Students at Holloway University in Greenvale, N.J. The school agreed.")
        self.assertEqual([e["type"] for e in es if "N.J." in e["texts"]], ["GPE"])

    def test_a_clerics_title_is_off_the_name(self):
        # "Hojatoleslam Ali Akbar Hashemi Rafsanjani": the title inside the person
        es = ents("The audience included Hojatoleslam Reza Ahmadi Tabar and Ayatollah Hossein Karimi Nouri.")
        find(es, "Reza Ahmadi Tabar", "PERSON")
        find(es, "Hossein Karimi Nouri", "PERSON")
        self.assertFalse([t for t in mention_texts(es) if "Hojatoleslam" in t or "Ayatollah" in t], es)

    def test_a_states_demonym_before_a_name(self):
        # "Former House speaker and Ohioan John Boehner": one person "Ohioan John Boehner"
        es = ents("The reception was headlined by Ohioan Dale Whitby, and Floridian Carla Minetti and "
                  "Texan Roy Abernathy spoke after him. A Kansan stood up.")
        for name in ("Dale Whitby", "Carla Minetti", "Roy Abernathy"):
            find(es, name, "PERSON")
        for w in ("Ohioan", "Floridian", "Texan", "Kansan"):
            self.assertNotIn(w, [t for e in es if e["type"] in ("PERSON", "ORG") for t in e["texts"]], es)
            self.assertFalse([t for t in mention_texts(es) if w in t.split() and t != w], es)

    def test_junior_after_a_name_in_a_list(self):
        # "Neela Banerjee, John Cushman Jr., David Hasemyer": "John Cushman" without his "Jr."
        es = ents("The winners were Maya Okafor, Peter Lindqvist Jr., Dana Feld and Omar Reyes Sr. of the Tribune.")
        find(es, "Peter Lindqvist Jr.", "PERSON")
        find(es, "Omar Reyes Sr.", "PERSON")

    def test_a_ticker_code_is_no_name(self):
        # "CBS Inc <CBS>", "Norfolk Southern Corp <NSC>": the codes were organisations of their own
        es = ents("A union struck Halvorsen Media Inc <HMI> and Brightwater Cable Inc <BWC.N> today. "
                  "Crane Harbour Corp <CRH> said it agreed.")
        self.assertEqual(sorted(t for e in es if e["type"] == "ORG" for t in e["texts"]),
                         ["Brightwater Cable Inc", "Crane Harbour Corp", "Halvorsen Media Inc"])

    def test_a_known_body_and_its_organ_after_a_possessive(self):
        # "the European Community's Council of Ministers": one organisation
        es = ents("Whether the European Community's Council of Ministers will agree is unclear, and NATO's "
                  "Defence Planning Committee meets today.")
        find(es, "European Community", "ORG")
        find(es, "Council of Ministers", "ORG")
        find(es, "Defence Planning Committee", "ORG")
        self.assertFalse([t for t in mention_texts(es) if "'s" in t], es)

    def test_a_unit_of_a_company_without_an_article(self):
        # "Archie Dunham, vice president at Conoco, subsidiary of DuPont Corp": a place
        es = ents("Ada Lorne, a vice president at Velmora, subsidiary of Crane Harbour Corp, said so. "
                  "Tessaly, unit of Ellery Group Inc, agreed.")
        find(es, "Velmora", "ORG")
        find(es, "Tessaly", "ORG")

    def test_a_hyphenated_opener_is_off_the_name(self):
        # "Newly-installed Philippine Coconut Authority Chairman Jose Romero": one organisation with the adjective
        es = ents("Newly-installed Velmora Coconut Authority chairman Jose Ruiz spoke. "
                  "Debt-laden Crane Harbour Shipping said it would cut jobs.")
        find(es, "Velmora Coconut Authority", "ORG")
        find(es, "Crane Harbour Shipping", "ORG")
        self.assertFalse([t for t in mention_texts(es) if "-" in t], es)

    def test_military_and_senate_titles_off_the_name(self):
        # "replacing Colonel Felix Duenas", "its chairman, Sen Lawton Chiles,": the title in the person
        es = ents("The post went to Garcia, replacing Colonel Tomas Ybarra who returns to duty. Its chairman, "
                  "Sen Walter Dunmore, a Florida Democrat, agreed.")
        find(es, "Tomas Ybarra", "PERSON")
        find(es, "Walter Dunmore", "PERSON")
        self.assertFalse([t for t in mention_texts(es) if t.startswith(("Colonel", "Sen "))], es)

    def test_the_chamber_before_its_speaker(self):
        # "House Speaker Jim Wright": no "House" (CoNLL train: "House" an ORG before "Speaker" both times)
        es = ents("Byrd and House Speaker Tom Merriwether, a Texas Democrat, backed the bill.")
        find(es, "House", "ORG")
        find(es, "Tom Merriwether", "PERSON")

    def test_a_company_named_with_a_possessive(self):
        # "rated Baa-3 by Moody's and": the organisation "Moody"
        es = ents("The debt is rated Baa-3 by Moody's and single-A by Dorrance's, the two agencies said.")
        self.assertIn("Moody's", mention_texts(es))
        self.assertNotIn("Moody", mention_texts(es))


class CampaignNews3(unittest.TestCase):
    """US campaign news (session ent90, from the classes of errors on the
    blind-first PolNeAR batch polnear-6; the sentences are the tests' own)."""

    def test_a_place_for_a_party_is_two_names(self):
        # "traveled to New York for Democratic Party fundraisers": one organisation
        es = ents("The president traveled to Boston for Democratic Party fundraisers on Friday.")
        find(es, "Boston", "GPE")
        find(es, "Democratic Party", "ORG")
        self.assertFalse([t for t in mention_texts(es) if " for " in t], es)

    def test_a_research_firm_and_a_party_label(self):
        # "Anderson Robbins Research (D)": a person and an organisation "D"
        es = ents("The poll, conducted with Marlow Pryce Research (D) and Shaw Lindell Strategies (R), "
                  "showed him ahead.")
        find(es, "Marlow Pryce Research", "ORG")
        find(es, "Shaw Lindell Strategies", "ORG")
        self.assertNotIn("D", mention_texts(es))
        self.assertNotIn("R", mention_texts(es))
        self.assertNotIn("PERSON", [e["type"] for e in es])

    def test_the_oval_office_is_a_room(self):
        # "meets with Sanders in the Oval Office": a place "Oval" and an organisation "Office"
        es = ents("He met the senator in the Oval Office on Monday.")
        find(es, "Oval Office", "LOC")

    def test_a_court_named_after_the_country(self):
        # "a judge on the United States Court of Appeals": the places "United States Court" and "Appeals"
        es = ents("She is a judge on the United States Court of Appeals in Dunmore, Iowa. The United States "
                  "Court of International Trade agreed, and the United States District Court in Boston too.")
        find(es, "United States Court of Appeals", "ORG")
        find(es, "United States Court of International Trade", "ORG")
        find(es, "United States District Court", "ORG")

    def test_a_place_east_of_and_a_place_described_as_a_city(self):
        # "some 15 miles east of San Juan": an organisation; "visited Wilmington, the
        # state's biggest city": a person
        es = ents("The resort lies some 15 miles east of Port Alder. Both candidates visited Carrow, the "
                  "state's biggest city, on Monday.")
        find(es, "Port Alder", "GPE")
        find(es, "Carrow", "GPE")
        self.assertNotIn("PERSON", [e["type"] for e in es])
        self.assertNotIn("ORG", [e["type"] for e in es])

    def test_an_admiral_and_an_agency_after_a_person_of(self):
        # "Admiral Harris makes no apologies": the title in the person; "Ari Emanuel of
        # William Morris Endeavor": a person
        es = ents("Admiral Tobin makes no apologies. Help came from Dara Voss of Milton Reed Endeavor, "
                  "the agency.")
        find(es, "Tobin", "PERSON")
        find(es, "Milton Reed Endeavor", "ORG")
        self.assertNotIn("Admiral Tobin", mention_texts(es))


class BothPools(unittest.TestCase):
    """Organisation names of 1987 wire copy and 2018 trade news (session
    ent91, from the classes of errors on the blind-first batch ent91-1;
    the sentences are the tests' own)."""

    def test_a_list_of_goods_inside_a_company_name(self):
        # "China National Cereal, Oils and Foodstuff Corporation": a place and three organisations
        es = ents("Shares of Harmon Grain, Feed and Seed Corporation rose. Wu Feng heads the state-owned "
                  "China National Textiles, Garments and Silk Corporation. The Dunmore Coffee, Sugar and "
                  "Cocoa Exchange said trading was halted.")
        find(es, "Harmon Grain, Feed and Seed Corporation", "ORG")
        find(es, "China National Textiles, Garments and Silk Corporation", "ORG")
        find(es, "Dunmore Coffee, Sugar and Cocoa Exchange", "ORG")
        self.assertNotIn("GPE", [e["type"] for e in es])
        # "the Test and County Cricket Board": "County Cricket Board"
        es = ents("A spokesman for the Test and Harbour Rowing Board said on Friday. Officials of the Ministry "
                  "of Culture and National Heritage Board met.")
        find(es, "Test and Harbour Rowing Board", "ORG")
        find(es, "Ministry of Culture", "ORG")
        find(es, "National Heritage Board", "ORG")
        # a list of companies stays a list
        es = ents("Analysts said Exxon, Texaco and Mobil Oil Corp would gain.")
        for name in ("Exxon", "Texaco", "Mobil Oil Corp"):
            find(es, name, "ORG")

    def test_a_province_and_its_party_secretary(self):
        # "Shanghai Party Secretary Li Qiang": an organisation "Shanghai Party"
        es = ents("In a meeting with Guangdong Party Secretary Li Xi on Friday, the chief executive pledged "
                  "more investment. Zhejiang Party chief Che Jun met the delegation.")
        find(es, "Guangdong", "GPE")
        find(es, "Zhejiang", "GPE")
        find(es, "Li Xi", "PERSON")
        self.assertNotIn("ORG", [e["type"] for e in es])

    def test_a_nationality_opening_an_organisation_name(self):
        # "the Canadian Import Tribunal": a nationality and nothing else
        es = ents("The ruling earlier today by the Canadian Import Tribunal was appealed.")
        find(es, "Canadian Import Tribunal", "ORG")
        self.assertNotIn("NORP", [e["type"] for e in es])
        # "the Turkish Cultural Center of New York": a nationality and an organisation
        es = ents("Funds went to the Turkish Cultural Center of New York last year.")
        find(es, "Turkish Cultural Center of New York", "ORG")
        self.assertNotIn("NORP", [e["type"] for e in es])
        # a government's body keeps the guide's split, a competition stays no organisation
        es = ents("The Chinese Ministry of Commerce said on Monday it would respond. Sampras won the "
                  "Australian Open.")
        find(es, "Chinese", "NORP")
        find(es, "Ministry of Commerce", "ORG")
        self.assertNotIn("Australian Open", mention_texts(es))

    def test_a_company_named_with_a_possessive(self):
        # "Boatmen 's Bancshares Inc.", "Boatmen 's was the prize": a person "Boatmen" and
        # "Bancshares Inc."
        for text in ("Fenmore 's deal could spark more mergers . The proposed acquisition of Fenmore 's "
                     "Bancshares Inc. by Crane Corp. was announced . I think Fenmore 's was shopping itself .",
                     "Fenmore's deal could spark more mergers. The proposed acquisition of Fenmore's "
                     "Bancshares Inc. by Crane Corp. was announced. I think Fenmore's was shopping itself."):
            es = ents(text)
            sp = " 's" if " 's" in text else "'s"
            find(es, "Fenmore%s Bancshares Inc." % sp, "ORG")
            find(es, "Fenmore" + sp, "ORG")
            self.assertEqual(mention_texts(es).count("Fenmore" + sp), 2, es)
            self.assertNotIn("PERSON", [x["type"] for x in es])
        # a person's company stays the person's
        es = ents("Rupert Hallam 's Dunmore Holdings Ltd said profit rose . Hallam 's stake is 40 percent .")
        find(es, "Rupert Hallam", "PERSON")
        find(es, "Dunmore Holdings Ltd", "ORG")

    def test_the_papers_of_a_press_digest(self):
        # "JAKARTA POST", "MEDIA INDONESIA": a place; "REPUBLIKA": nothing
        es = ents("PRESS DIGEST - Freedonia - May 2 .\nThese are the leading stories in the Freedonian press "
                  "on Monday .\n- - - -\nVALMORA VOICE\nThe government plans a new port in Korva .\n- - - -\n"
                  "FRONT PAGE\n- The minister resigned .")
        find(es, "VALMORA VOICE", "ORG")
        self.assertNotIn("FRONT PAGE", mention_texts(es))
        # the same line in other news is no paper
        es = ents("Harbour news\nVALMORA VOICE\nThe government plans a new port .")
        self.assertNotIn("VALMORA VOICE", mention_texts(es))

    def test_a_capitalised_title_after_an_organisation(self):
        # "Fox News Vice President", "IMF Managing Director": the organisation with "Vice", "Managing"
        es = ents("Harbor News Vice President Dana Lowe said in a statement. He talked often with IMF "
                  "Managing Director Pierre Lamonte on Monday.")
        find(es, "Harbor News", "ORG")
        find(es, "IMF", "ORG")
        find(es, "Dana Lowe", "PERSON")
        self.assertFalse([t for t in mention_texts(es) if "Vice" in t or "Managing" in t], es)


class CompanyCues(unittest.TestCase):
    """One-word company names with no cue word beside them (session ent92,
    from the classes of errors on the blind-first batch ent92-1's read
    half; the sentences are the tests' own)."""

    def test_a_company_possessive_names_the_company(self):
        # "Exxon's annual meeting": a place before
        es = ents("Shareholders will vote on the plan at Corravex's annual meeting in Denver. Corravex "
                  "makes valves.")
        e = find(es, "Corravex", "ORG")
        self.assertEqual(e["texts"], ["Corravex", "Corravex"])
        find(es, "Denver", "GPE")
        es = ents("Nurses at Brandling's stores walked out on Friday.")
        find(es, "Brandling", "ORG")
        # a given name before a noun no person has ("W.R. Grace"'s meeting)
        es = ents("Investors at Grace's annual meeting voted.")
        find(es, "Grace", "ORG")
        # a person's possessive stays the person's
        es = ents("Mr. Brandling's shares were sold by his son Tom Brandling.")
        self.assertNotIn("ORG", [e["type"] for e in es])

    def test_a_word_unlabelled_text_uses_as_a_company(self):
        # data/companies.tsv (build_companies.py): Boeing, Valeant, Daewoo
        es = ents("The carrier bought three Boeing passenger planes and two trucks.")
        find(es, "Boeing", "ORG")
        es = ents("He moved to Valeant in 2010 and later to Biogen.")
        find(es, "Valeant", "ORG")
        es = ents("Profits at Daewoo rose, while Guinness lost ground.")
        find(es, "Daewoo", "ORG")
        # not inside a longer name, nor a full person's surname
        es = ents("Mrs Anna Daewoo said the board met.")
        self.assertNotIn("ORG", [e["type"] for e in es])

    def test_a_shopping_plaza_is_a_place(self):
        # "South Coast Plaza, the largest shopping mall": a GPE before
        es = ents("Redwood Valley Plaza, the largest shopping mall in the county, said sales rose. A "
                  "spokeswoman for Redwood Valley Plaza said the lots were full.")
        e = find(es, "Redwood Valley Plaza", "LOC")
        self.assertEqual(len(e["texts"]), 2)


class Tools(unittest.TestCase):
    def test_markup_by_article_makes_one_document_per_article(self):
        # own-*.txt sentences of one article, not adjacent in the file, become one
        # training document with --by-article (the article-wide features see them
        # together); without it, one document per sentence as before
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "markup_conll.py")
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "own.txt")
            with open(src, "w", encoding="utf-8") as f:
                f.write("# a comment\n"
                        "art-1\t[Tamsin Orrell|PER] joined [Norvika Shipping|ORG] .\n"
                        "art-2\tPrices rose in [Valdoria|LOC] .\n"
                        "art-1\t[Orrell|PER] said so .\n")
            def docs(*flags):
                p = subprocess.run([sys.executable, script, *flags, src], capture_output=True,
                                   text=True, timeout=60)
                self.assertEqual(p.returncode, 0, p.stderr)
                return [[l.split()[0] + " " + l.split()[-1] for l in part.strip().splitlines() if l.strip()]
                        for part in p.stdout.split("-DOCSTART- -X- -X- O") if part.strip()]
            self.assertEqual(len(docs()), 3)
            grouped = docs("--by-article")
            self.assertEqual(len(grouped), 2)
            self.assertEqual(grouped[0], ["Tamsin B-PER", "Orrell I-PER", "joined O", "Norvika B-ORG",
                                          "Shipping I-ORG", ". O", "Orrell B-PER", "said O", "so O", ". O"])
            self.assertEqual(grouped[1][3], "Valdoria B-LOC")


class Config(unittest.TestCase):
    def process_with(self, clusters, stage2="ner2.model"):
        with tempfile.TemporaryDirectory() as d:
            conf = os.path.join(d, "siftd.conf")
            with open(conf, "w") as f:
                f.write("[siftd]\nplugins = entities\n[entities]\nclusters = %s\nstage2 = %s\n"
                        % (clusters, stage2))
            art = os.path.join(d, "a.jsonl")
            with open(art, "w") as f:
                f.write(json.dumps({"id": "a", "text": "Peter met Anna in Paris."}) + "\n")
            return subprocess.run([ARGS.sift, "process", "-c", conf, "--plugin-dir",
                                   ARGS.plugin_dir, art], capture_output=True, text=True, timeout=60)

    def test_missing_clusters_file_is_named(self):
        p = self.process_with("/nonexistent/clusters.bin")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("cannot load clusters /nonexistent/clusters.bin: cannot open it", p.stderr)

    def test_missing_second_stage_is_named(self):
        p = self.process_with("clusters.bin", "/nonexistent/ner2.model")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("cannot load second-stage model /nonexistent/ner2.model", p.stderr)

    def test_wrong_file_as_clusters_is_refused(self):
        p = self.process_with("gazetteer.tsv")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("not a SIFTCLU2 file", p.stderr)


    def test_the_gazetteer_names_regional_adjectives(self):
        # "South Asian", "East African", "Middle Eastern" are one
        # nationality each (GUIDE.md's NORP, as "Asian", "European"); the
        # tagger joined them in most articles, the gazetteer now does (rules
        # only here, where it alone reads them); before, "Asian", "African"
        with tempfile.TemporaryDirectory() as d:
            conf = os.path.join(d, "siftd.conf")
            with open(conf, "w") as f:
                f.write("[siftd]\nplugins = entities\n[entities]\nmodel =\n")
            art = os.path.join(d, "a.jsonl")
            with open(art, "w") as f:
                f.write(json.dumps({"id": "a", "text": "Buyers from South Asian and East African countries "
                                                       "and Middle Eastern traders came."}) + "\n")
            p = subprocess.run([ARGS.sift, "process", "-c", conf, "--plugin-dir", ARGS.plugin_dir, art],
                               capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        a = json.loads(p.stdout)
        self.assertEqual(sorted(e["name"] for e in a["entities"] if e["type"] == "NORP"),
                         ["East African", "Middle Eastern", "South Asian"], a["entities"])


class Hostile(unittest.TestCase):
    def test_inputs_return_quickly(self):
        mib = 1024 * 1024
        spaces = "".join(chr(c) for c in [0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F,
                                          0x3000, 0x2028, 0x2029, 0x85, 0x200B, 0xFEFF])
        cases = {
            "empty": "",
            "one_letter": "a" * (mib - 64),
            "no_spaces": ("China$5bn25%" * 100000)[: mib - 64],
            "nested_quotes": "“‘\"«" * 2000 + "China" + "»\"’”" * 2000,
            "unicode_spaces": (spaces + "China" + spaces + "$5 bn") * 500,
            "capitalised": ("Smith Jones " * 100000)[: mib - 64],
            "acronyms": ("Trade Union Council (TUC) " * 40000)[: mib - 64],
            "numbers": ("$5 7 per cent May 10, 2019 last year " * 30000)[: mib - 64],
        }
        # How time grows with size is asserted by tests/bench/linear_time.py;
        # here the timeout only bounds the test.
        out, _ = run(cases, timeout=120)
        for k in cases:
            self.assertIn(k, out)
            self.assertTrue(all(p["ok"] for p in out[k]["plugins"]), k)
            n = len(cases[k].encode())
            for e in out[k]["entities"]:
                for s, t in e["mentions"]:
                    self.assertTrue(0 <= s < t <= n, k)
        self.assertEqual(out["empty"]["entities"], [])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--sift", default=os.environ.get("SIFT"), required="SIFT" not in os.environ)
    ap.add_argument("--plugin-dir", default=os.environ.get("SIFT_PLUGIN_DIR"), required="SIFT_PLUGIN_DIR" not in os.environ)
    ARGS, rest = ap.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest)
