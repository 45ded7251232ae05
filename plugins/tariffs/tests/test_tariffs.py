#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Tests for the tariffs plugin: real runs of `sift process --plugins
entities,tariffs` on short texts (every field, several house styles), the
regression bars over both development sets, and adversarial inputs.

Environment: SIFT (the sift binary), SHARED (the shared data dir)."""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

SIFT = os.environ.get("SIFT", "sift")
SHARED = os.environ.get("SIFT_SHARED_DIR", os.environ.get("SHARED", "/work/shared"))
BARS = {"f1": 0.90, "exact": 0.80}


def run(texts, published="2019-05-20T00:00:00Z", timeout=60, rules=False, tariffs=""):
    """rules: the rules alone (model = none), for a rule the model may hide;
    tariffs: more lines for the [tariffs] section of the configuration."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": "t%d" % i, "text": t, "published": published}) + "\n")
        path = f.name
    conf = None
    args = [SIFT, "process", "--plugins", "entities,tariffs", path]
    if rules or tariffs:
        with tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False) as f:
            f.write("[siftd]\nplugins = entities, tariffs\n[tariffs]\n%s%s" % ("model = none\n" if rules else "", tariffs))
            conf = f.name
        args[2:2] = ["-c", conf]
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    finally:
        os.unlink(path)
        if conf:
            os.unlink(conf)
    if out.returncode != 0:
        raise AssertionError("sift failed: %s" % out.stderr[-2000:])
    arts = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    for a in arts:
        for p in a["plugins"]:
            if p["name"] == "tariffs" and not p["ok"]:
                raise AssertionError("tariffs failed: %s" % p.get("error"))
    return [a["tariffs"] for a in arts]


def one(text, **kw):
    return run([text], **kw)[0]


def code(p):
    return p["code"] if p else None


class Fields(unittest.TestCase):
    def check(self, t, action=None, modality=None, actor="-", target="-", rate="-",
              amount="-", goods=None, retaliation=None):
        if action: self.assertEqual(t["action"], action)
        if modality: self.assertEqual(t["modality"], modality)
        if actor != "-": self.assertEqual(code(t["actor"]), actor)
        if target != "-": self.assertEqual(code(t["target"]), target)
        if rate != "-": self.assertEqual(t["rate"], rate)
        if amount != "-":
            self.assertEqual(t["amount"] and t["amount"]["value"], amount)
        if goods is not None: self.assertEqual(t["goods"], goods)
        if retaliation is not None: self.assertEqual(t["retaliation"], retaliation)

    def test_a_rate_given_with_after_the_measure_is_its_own(self):
        ts = one("Ottawa imposed duties on Korean steel worth 2 billion dollars, with a suggested tariff rate "
                 "of 25 percent.", published="2018-06-21T00:00:00Z")
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("impose", {"value": 25})])
        # a rate for goods of its own is another tranche
        ts = one("Ottawa imposed duties on Korean steel at 10 percent, with a tariff rate of 25 percent on cars.",
                 published="2018-06-21T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [{"value": 10}, {"value": 25}])

    def test_a_rate_in_british_copy(self):
        # "25pc", glued without a dash, as British papers write it
        ts = one("The EU will impose 25pc tariffs on US goods.", published="2018-06-21T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [{"value": 25}])

    def test_a_verb_changing_the_rate_named_before_the_tariff(self):
        # "cut its 38.5% tariff on beef to 9%": one change from the rate
        # before to the one after "to", not two tranches
        ts = one("Japan will cut its 38.5% tariff on U.S. beef to 9% by 2033.",
                 published="2019-03-02T00:00:00Z")
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("lower", {"from": 38.5, "to": 9})])
        ts = one("Turkey raised its 20 percent tariff on U.S. cars to 40 percent.",
                 published="2019-03-02T00:00:00Z")
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("raise", {"from": 20, "to": 40})])

    def test_goods_end_at_the_verb_of_the_measures_coming(self):
        # "on steel took effect": the goods end before the verb
        for text, goods in (("Tariffs on Chinese steel took effect on Friday.", ["steel"]),
                            ("Duties on Japanese cars went into effect.", ["cars"]),
                            ("The tariffs on U.S. cars and wine begin in July.", ["cars", "wine"]),
                            ("Tariffs on a wide range of products will be removed.", [])):
            ts = one(text, published="2019-03-02T00:00:00Z")
            self.assertEqual([t["goods"] for t in ts], [goods], text)

    def test_currency_codes_and_indian_scales(self):
        # a currency's code or short name before the number, and crore/lakh
        for text, amount in (("India raised duties on goods worth Rs 5,000 crore.",
                              {"value": 5e10, "currency": "INR"}),
                             ("China will impose tariffs on RMB 100 billion of U.S. goods.",
                              {"value": 1e11, "currency": "CNY"}),
                             ("The EU imposed duties on 2.8 billion EUR of US goods.",
                              {"value": 2.8e9, "currency": "EUR"})):
            ts = one(text, published="2019-03-02T00:00:00Z")
            self.assertEqual([t["amount"] for t in ts], [amount], text)

    def test_wire_style_rate_amount(self):
        ts = one("Japan imposed 100 pct tariffs on 300 mln dlrs of American goods last week.",
                 published="1987-04-20T00:00:00Z")
        self.assertEqual(len(ts), 1)
        self.check(ts[0], "impose", "actual", "JP", "US", {"value": 100}, 300000000, goods=[])

    def test_modern_style_levies_bn(self):
        ts = one("China slapped levies of 25% on $200bn of US imports on Monday.")
        self.check(ts[0], "impose", "actual", "CN", "US", {"value": 25}, 200000000000)

    def test_a_percentage_after_a_verb_of_change_is_its_size(self):
        # what the peso did is no rate of the tariffs
        ts = one("The rand, which has fallen about 12 percent on fears of higher U.S. tariffs, "
                 "rose 2 percent on Friday.", published="2018-08-01T00:00:00Z", rules=True)
        self.assertEqual([t["rate"] for t in ts], [None])

    def test_a_later_stage_is_a_raise_of_its_own(self):
        # "10 percent ..., rising to 25 percent on Jan. 1": two tranches
        ts = one("Ottawa will put a 5 percent duty on U.S. boats from May 1, rising to 15 percent "
                 "in October.", published="2018-04-01T00:00:00Z")
        self.assertEqual([(t["action"], t["rate"]) for t in ts],
                         [("impose", {"value": 5}), ("raise", {"value": 15})])
        ts = one("The duties on U.S. boats will take effect at 5 percent on May 1 and rise to 15 "
                 "percent in October.",
                 published="2018-04-01T00:00:00Z")
        self.assertEqual([(t["action"], t["rate"]) for t in ts],
                         [("impose", {"value": 5}), ("raise", {"value": 15})])
        # but a measure changed to a level is one change
        ts = one("Its 35 pct duty on U.S. boats would be reduced to 20 pct.", published="1987-04-01T00:00:00Z")
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("lower", {"from": 35, "to": 20})])

    def test_the_first_tranche_spans_the_clause(self):
        # so each tranche overlaps its own gold span most, whether a reader
        # gives tranches the clause's span (guidelines §3) or their own part
        text = "Ankara put duties of 20 percent on U.S. rice and 40 percent on U.S. cars, effective Monday."
        ts = one(text, published="2018-06-25T00:00:00Z")
        b = text.encode()
        self.assertEqual([(t["rate"]["value"], b[t["start"]:t["end"]].decode()) for t in ts],
                         [(20, text[:-1]), (40, "40 percent on U.S. cars, effective Monday")])

    def test_a_range_then_a_rate_are_two_tranches(self):
        # "of 15 to 20 percent on X, and 25 percent on Y": one event each
        ts = one("Ankara will put duties of 15 to 20 percent on U.S. rice and coal, and 40 "
                 "percent on U.S. cars.", published="2018-06-01T00:00:00Z")
        self.assertEqual([(t["rate"], t["goods"]) for t in ts],
                         [({"min": 15, "max": 20}, ["rice", "coal"]), ({"value": 40}, ["cars"])])
        # but a level a range is cut to is no tranche
        ts = one("Its duties of 10 to 30 percent on machinery will be cut to 5 percent.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [{"min": 10, "max": 30}])

    def test_a_pronoun_standing_for_the_measure(self):
        # guidelines §2: "They will be applied to shoes and bags" after "The
        # new duties ..." is an event
        ts = one("Ankara announced new duties on Monday. They will be applied to rice and cars from "
                 "the United States.", published="2018-06-20T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts][-1:],
                         [("proposed", "TR", "US")])
        self.assertEqual(len(ts), 2)
        # not a pronoun of parties
        ts = one("Chile and Peru cut their tariffs. They applied to join the pact in 1990.",
                 published="1990-06-20T00:00:00Z")
        self.assertEqual(len(ts), 2)

    def test_goods_taken_off_a_tariff_list_are_exempt(self):
        # the list stays for the rest of the goods
        ts = one("Ottawa removed maple syrup and lobster from its final tariff list on Friday.",
                 published="2018-06-30T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["exempt"])
        ts = one("Importers asked Brussels to drop orange juice from the tariff list.",
                 published="2018-06-30T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("exempt", "demanded")])

    def test_ending_an_exemption_imposes_the_measure(self):
        # the measure now falls on the party it spared
        ts = one("Washington revoked Brazil's exemption from the aluminum tariffs.",
                 published="2018-09-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("impose", "US", "BR")])
        ts = one("The U.S. ended India's exemption from its steel tariffs.",
                 published="2018-09-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("impose", "IN")])

    def test_goods_threatening_security_is_no_threat(self):
        # a Section 232 inquiry asks whether imports threaten security: the
        # measure it may lead to is considered, not threatened
        ts = one("Commerce began a review of whether imported uranium threatens national security, "
                 "which could lead to tariffs of up to 20 percent.", published="2018-07-20T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["considered"])

    def test_what_a_party_already_levies_is_in_force(self):
        # whatever governs it: a promise to enforce it, a plan to extend it
        for text in ("Clinton vowed to enforce the duties Washington already levies on Chinese tires.",
                     "Brussels plans to extend the duties already imposed on Chinese bicycles."):
            ts = one(text, published="2016-10-01T00:00:00Z")
            self.assertEqual([t["modality"] for t in ts], ["actual"], text)

    def test_a_party_questioned_about_its_plan_is_not_asked_for_it(self):
        # "X, pressed/asked about his proposal for ..., said": no demand
        ts = one("Trump, asked on Sunday about his proposal for a 35 percent tariff on Mexican cars, "
                 "said it was a bargaining tool.", published="2016-05-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_pressing_for_a_measure_demands_it(self):
        ts = one("Ottawa will press Washington to drop the duties on Canadian lumber.",
                 published="1987-06-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("remove", "demanded", "US", "CA")])
        ts = one("Washington is pressing Tokyo for lower duties on beef.", published="1987-06-01T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("demanded", "JP")])
        # the press is no demand
        ts = one("Seoul told a press conference that it will cut tariffs on beef.",
                 published="1987-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_reserving_the_right_to_act_is_a_warning(self):
        ts = one("Ankara told the WTO it reserves the right to impose duties on $300 million of U.S. goods.",
                 published="2018-05-18T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("threatened", "TR", "US")])

    def test_not_hesitating_is_no_negation(self):
        ts = one("The minister said Ottawa would not hesitate to put duties on U.S. lumber if "
                 "talks failed.", published="1987-05-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("impose", "CA", "US")])

    def test_a_participles_condition_between_commas_is_skipped(self):
        # the modal after ", if matched by retaliation," is the measure's
        ts = one("Analysts said a 30 percent tariff on Mexican goods, if matched by Mexico, could "
                 "cost a million jobs.", published="2016-09-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["considered"])

    def test_a_scenario_is_considered(self):
        # a study's scenario is what may happen (guidelines §6: considered)
        ts = one("Economists simulated a scenario in which Washington puts a 20 percent tariff "
                 "on Mexican goods.", published="2016-09-01T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("considered", "US", "MX")])

    def test_a_decision_in_a_passive_after_the_measure_takes_its_date(self):
        # "The cuts ... were approved today", after cuts dated next month
        ts = one("Manila will cut import duties on 300 items from September 1. The cuts were approved "
                 "by the cabinet today.", published="1987-08-03T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "proposed"), ("lower", "proposed")])

    def test_deciding_to_keep_a_measure_keeps_it_in_force(self):
        ts = one("The tribunal voted to uphold the 30 percent duties on bicycles from Taiwan.",
                 published="1987-09-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual"])
        # but deciding to impose one is a plan
        ts = one("The tribunal voted to impose 30 percent duties on bicycles from Taiwan.",
                 published="1987-09-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_a_tax_on_goods_crossing_the_border(self):
        # a candidate's "tax" is customs when the goods cross the border
        ts = one("Trump said he would slap a 30 percent tax on trucks that Acme ships to the "
                 "United States from its factory in Mexico.", published="2016-05-01T00:00:00Z",
                 rules=True)
        self.assertEqual([(t["action"], t["rate"], code(t["target"])) for t in ts],
                         [("impose", {"value": 30}, "MX")])
        ts = one("Trump said firms that leave will pay a 30 percent tax at the border.",
                 published="2016-05-01T00:00:00Z", rules=True)
        self.assertEqual([t["rate"] for t in ts], [{"value": 30}])
        # a "border tax" on money is no duty on goods
        self.assertEqual(one("Lilongwe will levy a 10 pct border tax on remittances.", rules=True), [])

    def test_a_countrys_levies_on_named_goods(self):
        # "levies" is customs when a country's levies name their goods
        ts = one("Seoul says the U.S. washer levies are hurting its makers.",
                 published="2018-09-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), t["goods"]) for t in ts],
                         [("impose", "US", ["washer"])])
        ts = one("Exporters say India's aluminium levies are too high.",
                 published="2018-09-01T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["IN"])
        # not a tax on the goods, which is an excise
        self.assertEqual(one("The U.S. gasoline tax has not risen since 1993."), [])

    def test_an_amount_glued_by_hyphens(self):
        # People's Daily's "the 16-billion-dollar U.S. products"
        ts = one("Beijing will impose duties of 25 percent on the 16-billion-dollar U.S. products.",
                 published="2018-08-02T00:00:00Z")
        self.assertEqual([t["amount"] for t in ts], [{"value": 16000000000, "currency": "USD"}])

    def test_an_amount_is_in_whole_units(self):
        # 16.6 times a billion in floating point is 16600000000.000002
        ts = one("Ottawa retaliated with tariffs on C$16.6 billion of American products.",
                 published="2018-07-02T00:00:00Z")
        self.assertEqual([t["amount"]["value"] for t in ts], [16600000000])
        self.assertIsInstance(ts[0]["amount"]["value"], int)

    def test_what_a_measure_costs_is_no_amount(self):
        for text in ("Eliminating these duties will cost China 15 billion yuan a year, Lou said.",
                     "A 25 percent tariff on Chinese parts will result in a loss of approximately $332 billion.",
                     # the sum again in another currency, in brackets
                     "Eliminating these duties will cost Seoul 15 billion won (about 12 million U.S. dollars).",
                     "A 25 percent tariff on Chinese parts could slow US output by $332 billion over a decade.",
                     "Tariffs on Korean cars sent its profits falling from 2.5 billion euros to 1.8 billion."):
            ts = one(text, published="2018-08-02T00:00:00Z")
            self.assertEqual([t["amount"] for t in ts], [None], text)

    def test_per_cent(self):
        ts = one("The United States slapped additional tariffs of 145 per cent on Chinese goods.")
        self.check(ts[0], "impose", "actual", "US", "CN", {"value": 145})

    def test_from_to(self):
        ts = one("Washington raised tariffs from 10 percent to 25 percent on Chinese goods.")
        self.check(ts[0], "raise", "actual", "US", "CN", {"from": 10, "to": 25})

    def test_to_from_proposed(self):
        ts = one("Ottawa said on Monday it would raise duties on U.S. apples to 12 pct from 8 pct.")
        self.check(ts[0], "raise", "proposed", "CA", "US", {"from": 8, "to": 12}, goods=["apples"])
        # also over a comma: one change, not two measures
        ts = one("India raised duties on U.S. almonds to 120%, from 100%.", published="2018-07-03T00:00:00Z")
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("raise", {"from": 100, "to": 120})])

    def test_a_relative_clause_between_dashes(self):
        # its verb is not the measure's, nor do its dashes end the clause
        ts = one("Tariffs on beef, pork and dairy -- which are all around the 20 percent mark -- will be "
                 "slashed in coming years.", published="2018-07-03T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "proposed")])

    def test_to_an_average_of_from(self):
        ts = one("Lima cut import duties on 900 items to an average of 30 pct from 45 pct.")
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("lower", {"from": 45, "to": 30})])

    def test_a_share_of_goods_is_no_rate(self):
        # guidelines §8: a rate is an ad valorem level; the share of goods,
        # lines or trade a measure covers is none
        ts = one("Under the pact, Lima will abolish duties on 93 percent of the goods it "
                 "imports from Seoul.")
        self.assertEqual([t["rate"] for t in ts], [None])
        ts = one("Lima will offer zero-tariff treatment for 97 percent of tax items imported "
                 "from Bolivia.")
        self.assertEqual([t["rate"] for t in ts], [None])
        ts = one("Tariffs will be eliminated for over 90 percent commodities in bilateral trade.")
        self.assertEqual([t["rate"] for t in ts], [None])
        ts = one("Lima will put a duty of 12 percent of the value on Korean cars.")
        self.assertEqual([t["rate"] for t in ts], [{"value": 12}])
        # two shares in a row: "54.8 percent and 66.4 percent of the total"
        ts = one("Duty exemptions on imports from Pakistan accounted for 54.8 percent and 66.4 percent of "
                 "the total value.", published="2018-08-16T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [None])

    def test_the_size_of_a_change_is_no_rate(self):
        for text in ("Lima will cut import duties by more than 40 percent on average.",
                     "Lima cut duties on 900 items by an average of 40 percent.",
                     "Lima cut duties on 900 items, an average decrease of 40 percent."):
            self.assertEqual([t["rate"] for t in one(text)], [None], text)
        # nor is a yearly pace, nor a tranche of its own
        for text in ("Lima has lowered its duty on wheat since 2010 at a rate of about 2 percent each year.",
                     "Lima has lowered its duty on wheat since 2010 by about 2 percent annually."):
            self.assertEqual([t["rate"] for t in one(text)], [None], text)

    def test_a_fall_far_from_the_tariff_is_its_own(self):
        ts = one("The tariff on Thai goods sold in ASEAN countries fell to zero.", published="2014-11-13T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["remove"])

    def test_rates_written_other_ways(self):
        cases = [
            ("Peru removed its 4-6 percent duty on Chilean wine.", {"min": 4, "max": 6}),
            ("Peru will apply duties varying from 3 percent to 6 percent on Chilean wine.",
             {"min": 3, "max": 6}),
            ("Peru's duty on Chilean wine went up to 25 percent in May.", {"value": 25}),
            ("Peru cut its duty on Chilean wine from 9.8 percent in the previous year to 7.5 percent.",
             {"from": 9.8, "to": 7.5}),
            ("Peru cut its duty on Chilean wine from 15 percent at the time of its accession to "
             "9 percent.", {"from": 15, "to": 9}),
            ("Peru cut its duty on Chilean wine from 9.8 percent last year to 7.5 percent.",
             {"from": 9.8, "to": 7.5}),
        ]
        for text, rate in cases:
            self.assertEqual([t["rate"] for t in one(text)], [rate], text)

    def test_a_rate_to_compare_with_is_no_tranche(self):
        ts = one("Japan's tariff on chocolate is 20 pct, compared with 3.7 pct in the United States.",
                 published="1987-07-22T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"]), t["rate"]) for t in ts],
                         [("JP", None, {"value": 20})])

    def test_hyphenated_rate(self):
        ts = one("Ottawa will impose a 25-percent tariff on steel and a 10-per-cent one on "
                 "aluminum.")
        self.assertEqual([t["rate"] for t in ts], [{"value": 25}, {"value": 10}])

    def test_range(self):
        ts = one("Beijing hit US goods with tariffs ranging from five to 25 per cent.")
        self.check(ts[0], "impose", "actual", "CN", "US", {"min": 5, "max": 25})

    def test_tranches(self):
        ts = one("Washington imposed 100 pct tariffs on Japanese TVs and 50 pct on Korean radios.")
        self.assertEqual(len(ts), 2)
        self.check(ts[0], "impose", "actual", "US", "JP", {"value": 100}, goods=["TVs"])
        self.check(ts[1], "impose", "actual", "US", "KR", {"value": 50}, goods=["radios"])

    def test_a_domestic_tax_rate_is_no_tranche(self):
        ts = one("Her plan would cut the income tax rate to 20 percent and put a 30 percent tariff on "
                 "Chinese steel.", published="2016-06-01T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [{"value": 30}])

    def test_goods_end_before_time_and_conditions(self):
        ts = one("President Reagan imposed 100 pct tariffs on Japanese goods today.")
        self.assertEqual(ts[0]["goods"], [])
        ts = one("Mexico said it would drop its tariffs on U.S. pork once the steel dispute was settled.")
        self.assertEqual(ts[0]["goods"], ["pork"])
        ts = one("Canada will impose tariffs on U.S. steel when the deal expires.")
        self.assertEqual(ts[0]["goods"], ["steel"])
        for text in ("Ottawa imposed duties on Korean steel earlier this year.",
                     "Ottawa imposed duties on Korean steel this month.",
                     "Ottawa imposed duties on Korean steel yesterday."):
            self.assertEqual(one(text)[0]["goods"], ["steel"], text)

    def test_goods_named_before_the_measure(self):
        # a product word before the measure names its goods when nothing
        # after it does ("an oil import fee"); a word of its kind or size
        # does not ("heavy tariffs")
        for text, goods in (("An oil import fee would disrupt world markets.", ["oil"]),
                            ("Steel and aluminum tariffs took effect in March.", ["Steel", "aluminum"]),
                            ("Washington's crude oil tariff was dropped.", ["crude oil"]),
                            ("Heavy tariffs on Chinese goods took effect.", []),
                            ("The safeguard duties on washers took effect.", ["washers"])):
            ts = one(text, published="2018-07-10T00:00:00Z")
            self.assertEqual([t["goods"] for t in ts], [goods], text)

    def test_goods_end_at_a_verb_and_skip_the_quantity(self):
        # a participle, a verb of targeting, a date or a time clause says
        # more of the goods; the quantity before them is none
        for text, goods in (
                ("Trump wants to slap a 35 percent tariff on cars made in Mexico.", ["cars"]),
                # (the maker's mark is none: "U.S.-made" is "U.S." "-" "made")
                ("Beijing suspended the extra tariff on U.S.-made cars.", ["cars"]),
                ("Tokyo hopes the U.S. will lift the tariffs on its electronics soon.", ["electronics"]),
                ("Japan will lift its 38.5 per cent tariff on Australian beef over 15 years.", ["beef"]),
                ("The tariffs on Chinese steel came into force on Friday.", ["steel"]),
                ("The act raised import duties on over 20,000 categories of foreign products.",
                 ["foreign products"]),
                ("Ottawa will put a 10 percent tariff on aluminum starting at midnight.", ["aluminum"]),
                ("Beijing will impose tariffs on soybeans, cars and seafood, effective July 6.",
                 ["soybeans", "cars", "seafood"]),
                ("The duties on washing machines and solar panels hit Korea hardest.",
                 ["washing machines", "solar panels"]),
                # (a verb with its object: no product goes on to "the" or a party)
                ("The EC's import levies on grain cost U.S. farmers about 1 billion dlrs a year.", ["grain"]),
                ("Washington's tariffs on steel hurt the carmakers.", ["steel"]),
                ("Tokyo lifted the tariffs on Japanese pianos after Washington showed signs of compliance.",
                 ["pianos"]),
                ("Washington imposed tariffs on about $34 billion of Chinese machinery and robots.",
                 ["machinery", "robots"]),
                ("Trump threatened tariffs on up to $500 billion of Chinese goods.", []),
                ("Trump could impose tariffs on more than $500 billion of Chinese machinery.", ["machinery"]),
                ("Beijing removed tariffs on a majority of imported medicines.", ["medicines"]),
                ("Washington slapped tariffs on Chinese imports, the US also said.", []),
                ("He vowed to slap a 45 percent tariff on Chinese goods and spoke of using leverage.", []),
                ("Trump signed tariffs on Chinese imports, the U.S. side said.", []),
                ("JAPAN TO CUT TARIFFS ON CHIPS, OFFICIALS SAY", ["CHIPS"]),
                ("Both have put tariffs on $50 billion of each other's goods.", []),
                ("Trump threatened tariffs on the remaining $267 billion of Chinese steel.", ["steel"]),
                ("Ottawa put duties on C$16.6 billion of U.S. steel and whiskey.", ["steel", "whiskey"]),
                ("Beijing raised tariffs on 128 items covering pork and fruit.", ["pork", "fruit"]),
                ("Washington put tariffs on IT products covered by the deal.", ["IT products"]),
                ("Beijing raised tariffs on Chinese goods came into force on Friday.", []),
                # the goods, not their movement nor the set they are in
                ("Washington put a 25 percent tariff on steel imports.", ["steel"]),
                ("Tokyo put tariffs on electronic imports.", ["electronic imports"]),
                ("Trump vowed a tariff on imports of Fords.", ["Fords"]),
                ("Ottawa cut tariffs on clothing, cosmetics and other goods.", ["clothing", "cosmetics"]),
                ("Seoul raised tariffs on 128 items of U.S. pork and fruit.", ["pork", "fruit"]),
                ("Washington put duties on tires imported from Thailand.", ["tires"]),
                ("Brussels put tariffs on steel, Bloomberg reported.", ["steel"]),
                ("The Japanese tariff on U.S. beef stands at 38.5 percent.", ["beef"]),
                ("Seoul's tariff on U.S. beef currently stands at 40 percent.", ["beef"]),
                ("Beijing cut tariffs on products of daily use.", ["products of daily use"]),
                ("Beijing put tariffs on soybeans, cars and aircraft, hours after Washington acted.",
                 ["soybeans", "cars", "aircraft"]),
                ("Beijing cut tariffs on a wide range of farm products.", ["farm products"]),
                ("Brussels cut tariffs on maize or sorghum.", ["maize", "sorghum"])):
            ts = one(text, published="2018-07-01T00:00:00Z")
            self.assertEqual(ts[0]["goods"], goods, text)

    def test_the_means_of_a_subordinate_clause_are_its_subjects(self):
        # "by imposing" is the means of the clause it ends, whose subject
        # may open after "after", "when", "because" (not "after months")
        for text, pair in (("China hit back after the US started the trade war by slapping tariffs on "
                            "Chinese goods.", ("US", "CN")),
                           ("Ottawa protested when Washington escalated the dispute by raising duties on "
                            "Canadian lumber.", ("US", "CA")),
                           ("China hit back after months of talks by slapping tariffs on U.S. goods.",
                            ("CN", "US"))):
            ts = one(text, published="2018-07-08T00:00:00Z", rules=True)
            self.assertEqual(pairs(ts), [pair], text)

    def test_retaliate_with(self):
        # the tariffs of "retaliate with tariffs" are the retaliator's own
        ts = one("The European Union threatened to retaliate with duties on U.S. citrus.")
        self.check(ts[0], "impose", "threatened", "EU", "US", retaliation=True)
        ts = one("The EU said it would retaliate with tariffs on American motorcycles.")
        self.check(ts[0], "impose", "proposed", "EU", "US", retaliation=True)
        # with the party answered between: its modal and the call for it
        # still reach the measure ("retaliate against X" alone answers X's)
        ts = one("Tokyo will retaliate against Washington with tariffs on U.S. beef.",
                 published="2018-06-01T00:00:00Z")
        self.check(ts[0], "impose", "proposed", "JP", "US", retaliation=True)
        ts = one("Congressional leaders urged Reagan to retaliate against Japan with tariffs on its "
                 "exports.", published="1987-03-30T00:00:00Z")
        self.check(ts[0], "impose", "demanded", "US", "JP")

    def test_a_ceiling_and_a_floor(self):
        # guidelines §8: "a high of almost 60 pct" -> max
        for text, rate in (("Washers will be subject to as much as 50 percent in tariffs, Washington said.",
                            {"max": 50}),
                           ("Trump said he would impose tariffs as high as 45 percent on Chinese goods.",
                            {"max": 45}),
                           ("Washington could impose at least 24 percent tariffs on Korean steel.", {"min": 24}),
                           ("Ottawa will impose duties of at least 20 percent on Korean steel.", {"min": 20}),
                           ("The growers asked for duties of more than 80 pct on Chilean grapes.", {"min": 80}),
                           ("Seoul will cut its tariffs on fruit to eight pct or less.", {"max": 8}),
                           ("Seoul will cut its tariffs on fruit to a maximum of eight pct.", {"max": 8}),
                           ("Seoul's tariffs on fruit range from a high of almost 40 pct.", {"max": 40}),
                           # (a range whose bounds each name whom they are for)
                           ("The EC duties on Japanese scanners range from 3.1 pct for Canon Inc to 33 pct "
                            "for smaller makers.", {"min": 3.1, "max": 33}),
                           ("The EC duties on Japanese scanners range from 3.1 pct for one maker to 33 pct "
                            "for the others.", {"min": 3.1, "max": 33})):
            ts = one(text, published="2018-02-20T00:00:00Z")
            self.assertEqual([t["rate"] for t in ts], [rate], text)
        # a ceiling opens tranches as a rate does, each with its own rate and origin
        ts = one("Trump has vowed to slap tariffs as high as 45 percent on Chinese goods and 35 percent on "
                 "Mexican imports.", published="2016-09-20T00:00:00Z")
        self.assertEqual([(t["rate"], code(t["target"])) for t in ts], [({"max": 45}, "CN"), ({"value": 35}, "MX")])
        # and so does "up to"
        ts = one("Trump has proposed tariffs of up to 45 percent on imports from China and 35 percent on "
                 "imports from Mexico.", published="2016-09-20T00:00:00Z")
        self.assertEqual([(t["rate"], code(t["target"])) for t in ts], [({"max": 45}, "CN"), ({"value": 35}, "MX")])

    def test_a_range_of_change_is_no_rate(self):
        # "by" a size is a change, not a level (§8), also as a range
        for text in ("Moscow raised tariffs on U.S. goods by 25 to 40 percent.",
                     "Moscow raised tariffs on U.S. goods by between 25 and 40 percent."):
            self.assertEqual([t["rate"] for t in one(text, published="2018-06-25T00:00:00Z")], [None], text)
        # a surtax on goods of an origin is a duty on them
        ts = one("Ottawa imposed a 10 percent surtax on U.S. ketchup.", published="2018-06-25T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"]), t["rate"]) for t in ts], [("CA", "US", {"value": 10})])
        # but a surtax on goods and services is a sales tax
        self.assertEqual(one("Lilongwe will raise the surtax on goods and services to 35 pct.",
                             published="1987-04-01T00:00:00Z"), [])

    def test_the_level_replaced_is_no_rate(self):
        for text, rate in (("Reports say a 25 percent tariff - instead of the original 10 percent - would be "
                            "proposed on Chinese goods.", {"value": 25}),
                           ("Washington will impose a 10 percent tariff rather than 25 percent on Chinese goods.",
                            {"value": 10})):
            ts = one(text, published="2018-08-02T00:00:00Z")
            self.assertEqual([t["rate"] for t in ts], [rate], text)

    def test_duty_free_treatment_has_no_rate(self):
        # a percentage by it is a share of goods or lines (the gold: 36 of 36)
        for text in ("Nearly 85 percent of Swiss exports to China are duty-free.",
                     "China will offer zero-tariff treatment to 97 percent of commodities from Nepal."):
            ts = one(text, published="2018-02-20T00:00:00Z")
            self.assertEqual([t["rate"] for t in ts], [None], text)

    def test_sentence_final_percent_sign(self):
        ts = one("Washington raised tariffs on Chinese cars to 25%.")
        self.check(ts[0], "raise", "actual", "US", "CN", {"value": 25}, goods=["cars"])

    def test_gapped_coordination(self):
        ts = one("Biden quadrupled tariffs on Chinese electric vehicles to 100% and levies on "
                 "semiconductors to 50%.", published="2024-05-20T00:00:00Z")
        self.assertEqual(len(ts), 2)
        self.check(ts[0], "raise", "actual", "US", "CN", {"value": 100}, goods=["electric vehicles"])
        self.check(ts[1], "raise", "actual", "US", rate={"value": 50}, goods=["semiconductors"])

    def test_bare_ranges(self):
        ts = one("China announced retaliatory tariffs of 5% to 10% on $75bn of US goods.")
        self.assertEqual(len(ts), 1)
        self.check(ts[0], "impose", actor="CN", target="US", rate={"min": 5, "max": 10},
                   amount=75000000000)
        ts = one("Beijing will levy duties of 10 to 25 percent on American farm goods.")
        self.check(ts[0], "impose", "proposed", "CN", "US", {"min": 10, "max": 25})

    def test_multiplied_and_counter_tariffs(self):
        ts = one("The United States more than doubled tariffs on $200 billion worth of Chinese goods "
                 "to 25 percent.")
        self.check(ts[0], "raise", "actual", "US", "CN", {"value": 25}, 200000000000)
        ts = one("The EU approved counter-tariffs on some €21bn of American goods.")
        self.check(ts[0], "impose", "actual", "EU", "US", retaliation=True)

    def test_participle_clause_is_no_product(self):
        ts = one("Trump signed orders imposing tariffs of 10% on aluminium, exempting Canada and Mexico.")
        self.assertEqual(ts[0]["goods"], ["aluminium"])

    def test_action_across_an_amount(self):
        ts = one("The Reagan administration said it would lift 51 mln dlrs of the 300 mln dlrs in "
                 "tariffs imposed on Japanese electronic goods in April.")
        self.check(ts[0], "remove", "proposed", "US", "JP", amount=51000000)

    def test_goods_lists(self):
        ts = one("The United States will impose 200 pct tariffs on 400 mln dlrs worth of EC farm "
                 "exports, including gin, cheese and brandy, unless the Community compensates U.S. "
                 "grain farmers.")
        self.check(ts[0], "impose", "threatened", "US", "EU", {"value": 200}, 400000000,
                   goods=["farm exports", "gin", "cheese", "brandy"])
        ts = one("Mexico said it would put tariffs on U.S. pork bellies and apples, among other products.")
        self.assertEqual(ts[0]["goods"], ["pork bellies", "apples"])
        # wire copy breaks its lines inside a phrase: the goods are its words
        # with single spaces
        ts = one("Washington will slap tariffs on Japanese electronic\ngoods and power tools, officials "
                 "said.\n    Tokyo said it would protest.", published="1987-04-01T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["electronic goods", "power tools"])
        # a participle taking a name after a comma opens a clause, no
        # product; a gerund before a noun is a product's
        ts = one("China placed a tariff on US auto imports, forcing Tesla to raise prices.",
                 published="2018-07-01T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["auto"])
        ts = one("China cut tariffs on refrigerators, washing machines and televisions.",
                 published="2018-07-01T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["refrigerators", "washing machines", "televisions"])
        # the goods after a tariff's rate or level, over "as many as"
        for text, goods in (("The average tariff rate for clothing, shoes and hats will be reduced from 15.9 "
                             "percent to 7.1 percent.", ["clothing", "shoes", "hats"]),
                            ("China further lowered tariff rates on 1,585 taxable items including stones, "
                             "ceramics and machinery.", ["stones", "ceramics", "machinery"]),
                            ("China has exempted duties on as many as 28 medicines, including all cancer "
                             "drugs.", ["medicines", "cancer drugs"])):
            ts = one(text, published="2018-11-05T00:00:00Z")
            self.assertEqual(ts[0]["goods"], goods, text)
        # examples given after the phrase ended ("with ... value, including")
        ts = one("China levied additional tariffs on 545 items of US goods with around the same value, "
                 "including vehicles and agricultural products.", published="2018-07-08T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["vehicles", "agricultural products"])
        # the goods after the measure's verb and agent, and examples after
        # "including" past a phrase that ended
        ts = one("The EU challenged the tariffs imposed by the United States on steel and aluminum.",
                 published="2018-07-08T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["steel", "aluminum"])
        ts = one("The EU imposed retaliatory tariffs on US imports worth 2.8 billion euros including "
                 "cars and motorbikes.", published="2018-07-08T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["cars", "motorbikes"])
        # and examples right after the tariff
        ts = one("China unveiled a list of U.S. products that will be subject to higher tariffs, "
                 "including soybeans, automobiles and aircraft.", published="2018-04-05T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["soybeans", "automobiles", "aircraft"])
        # and over a range's words before "on"
        ts = one("China started retaliatory tariffs of between 15 percent and 25 percent on 2.75 billion "
                 "U.S. dollars worth of U.S. imports, including wine, nuts and pork.",
                 published="2018-04-05T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["wine", "nuts", "pork"])
        # nor are the words of a quantity ("the same amount of", "an extra
        # $100 billion of", "billions of dollars-worth of")
        for text in ("China will impose tariffs on the same amount of US goods.",
                     "The US will raise tariffs on an extra $100 billion of Chinese goods.",
                     "Trump threatened tariffs on billions of dollars-worth of Chinese goods."):
            ts = one(text, published="2018-07-08T00:00:00Z")
            self.assertEqual(ts[0]["goods"], [], text)
        # nor are the schedule's lines
        ts = one("China slashed most-favored-nation tariffs on a total of 1,585 taxable items.",
                 published="2018-10-01T00:00:00Z")
        self.assertEqual(ts[0]["goods"], [])
        # a quantity in units is no product
        ts = one("Tokyo cut the tariff on 550,000 tonnes of wheat bran.", published="1987-04-01T00:00:00Z")
        self.assertEqual(ts[0]["goods"], ["wheat bran"])
        # "such as" gives examples of the class before it, which a generic
        # head ("goods") does not name
        for text, goods in (("China cut tariffs on home appliances such as washing machines and "
                             "refrigerators.", ["home appliances", "washing machines", "refrigerators"]),
                            ("Washington imposed duties on goods such as steel and aluminum.",
                             ["steel", "aluminum"])):
            ts = one(text, published="2018-07-01T00:00:00Z")
            self.assertEqual(ts[0]["goods"], goods, text)

    def test_possessive_office_acts(self):
        ts = one("Canada's Finance Department said it would reduce duties on imported computers "
                 "to 3.9 pct from 8.9 pct.")
        self.check(ts[0], "lower", "proposed", "CA", None, {"from": 8.9, "to": 3.9})
        # a council or committee of a government is one of its offices
        for text, actor in (("Brazil's foreign trade council cut import duties on cars.", "BR"),
                            ("South Korea's trade committee approved lower duties on beef.", "KR")):
            ts = one(text, published="2019-02-12T00:00:00Z")
            self.assertEqual([code(t["actor"]) for t in ts], [actor], text)

    def test_exemption(self):
        ts = one("The administration of Donald Trump granted exemptions from the tariffs for smartphones.")
        self.check(ts[0], "exempt", "actual", "US")

    def test_demand(self):
        ts = one("Beijing called on Washington to cancel all tariffs on Chinese goods.")
        self.check(ts[0], "remove", "demanded", "US", "CN")
        ts = one("Farmers urged Tokyo to scrap the levy on imported beef.")
        self.check(ts[0], "remove", "demanded", "JP", None, goods=["beef"])

    def test_threat(self):
        ts = one("The Commission threatened 200 pct tariffs on $400 million of American goods "
                 "unless Washington drops its curbs.")
        self.check(ts[0], "impose", "threatened", "EU", "US", {"value": 200}, 400000000)
        ts = one("Trump has threatened another round of tariffs on Chinese imports "
                 "if a trade deal is not reached, aides said.")
        self.check(ts[0], "impose", "threatened", target="CN")

    def test_considered_and_reported_negation(self):
        ts = one("Seoul is studying cuts in import tariffs on 60 items.")
        self.check(ts[0], "lower", "considered", "KR", None)
        ts = one("Bessent on Tuesday denied reports that Trump might unilaterally cut levies "
                 "on Chinese goods.")
        self.check(ts[0], "lower", "considered", "US", "CN")

    def test_retaliation(self):
        ts = one("China retaliated with tariffs of 10 pct on U.S. soybeans.")
        self.check(ts[0], "impose", "actual", "CN", "US", {"value": 10}, retaliation=True)
        ts = one("Beijing imposed tariffs on U.S. goods. Washington responded with 125 per cent.")
        self.assertEqual(len(ts), 2)
        self.check(ts[1], "impose", "actual", "US", "CN", {"value": 125}, retaliation=True)

    def test_specific_duty_is_no_rate(self):
        ts = one("Canada slapped a 1.05 dlrs per bushel duty on U.S. corn imports.")
        self.check(ts[0], "impose", "actual", "CA", "US", None, None)

    def test_effective_date(self):
        ts = one("The White House announced 100 pct tariffs on Japanese goods, effective today.",
                 published="1987-04-17T00:00:00Z")
        self.check(ts[0], "impose", "actual", "US", "JP")
        ts = one("U.S. tariffs on Japanese goods are due to take effect on April 17.",
                 published="1987-03-30T00:00:00Z")
        self.check(ts[0], "impose", "proposed", "US", "JP")

    def test_not_events(self):
        self.assertEqual(one("Malaysia raised its export duty on rubber."), [])
        self.assertEqual(one("The ministry said it has no plans to cut duties on cheese."), [])
        self.assertEqual(one("The company said the tariffs would double its costs."), [])
        self.assertEqual(one("ATT filed new telephone tariffs with the FCC."), [])
        self.assertEqual(one("A tariff-free zone west of the port of Xiamen opened in May."), [])
        # a title names no measure (rules alone: the learned keep may hide it)
        ts = one('Beijing imposed duties on U.S. pork. His claims were refuted in a report entitled '
                 '"Larkin Overstates American, Chinese and European Tariffs" by a newspaper.',
                 published="2018-07-25T00:00:00Z", rules=True)
        self.assertEqual([code(t["actor"]) for t in ts], ["CN"])
        # what a tariff saves or takes, not the measure
        self.assertEqual(one("China's customs let firms register orders early, so tariff collection can "
                             "be sped up."), [])
        ts = one("Beef exporters saw tariff savings of 161 million dollars last year, as Beijing cut duties.")
        self.assertEqual([t["action"] for t in ts], ["lower"])
        # a carrier's tariffs in any form of the word
        for text in ("The leaders discussed investment, telecommunication tariff cuts and literacy.",
                     "The regulator ordered telecom tariffs cut by 10 pct."):
            self.assertEqual(one(text), [], text)
        # but the word far after the measure is another matter, and imports
        # right after it make a postal tax a customs duty
        for text in ("Berlin opposed the decision to impose duties on imported Chinese solar panels, "
                     "and helped settle disputes over telecommunication products in 2014.",
                     "China levies a postal articles tax on imported goods under 1,000 yuan."):
            self.assertEqual(len(one(text)), 1, text)
        self.assertEqual(one("The talks are held under the General Agreement on Tariffs and Trade."), [])
        self.assertEqual(one("Nigeria will carry out a major review of import tariffs."), [])

    def test_idioms_with_not_and_no_negate_nothing(self):
        for text in ("Beijing will not only cut tariffs on cars but also open its banks.",
                     "There is no doubt a 25 percent tariff on US soybeans will hurt farmers.",
                     "No wonder Ottawa raised its tariffs on US steel."):
            with self.subTest(text=text):
                self.assertEqual(len(one(text, published="2018-08-20T00:00:00Z", rules=True)), 1)

    def test_a_negation_still_negates(self):
        self.assertEqual(one("Beijing will not cut tariffs on cars.", published="2018-08-20T00:00:00Z",
                             rules=True), [])
        # so do contracted ones, straight or curly (guidelines §1: the clause negates the measure)
        for text in ("Beijing won't cut tariffs on cars.", "Ottawa doesn\u2019t plan to raise its duties on Korean steel.",
                     "We don't want tariffs on Mexican cars, the senator said."):
            self.assertEqual(one(text, published="2018-08-20T00:00:00Z", rules=True), [], text)
        # and a contracted negation in the condition is one on the target
        ts = one("If Ottawa and Seoul can't reach a deal, Seoul will impose tariffs on Canadian wheat.",
                 published="2018-08-20T00:00:00Z", rules=True)
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("threatened", "KR", "CA")])  # (the condition's parties are no list of levier)


def pairs(ts):
    """(actor code, target code) of each event, sorted."""
    return sorted((code(t["actor"]), code(t["target"])) for t in ts)


def one_pair_each(test, published, *cases, **kw):
    """Each (text, (actor, target)) of cases has one event, of that pair."""
    for text, pair in cases:
        test.assertEqual(pairs(one(text, published=published, **kw)), [pair], text)


class Coordination(unittest.TestCase):
    """One event per party on either side (guidelines §3), per stage coord.c."""


    def test_a_measure_answered_with_another(self):
        # the measure an answer is made with is its own event, the answerer's
        # on the other's goods; the measure answered hits the answerer (but
        # one several parties answer is on everyone's imports)
        want = [("US", "CA", ["steel"]), ("CA", "US", ["whiskey"])]
        for text in ("Canada retaliated against U.S. steel tariffs with duties on American whiskey.",
                     "Canada retaliated against U.S. steel tariffs by imposing duties on American whiskey."):
            ts = one(text, published="2018-07-10T00:00:00Z")
            self.assertEqual([(code(t["actor"]), code(t["target"]), t["goods"]) for t in ts], want, text)
        ts = one("China hit back at the U.S. tariffs with levies on American soybeans.",
                 published="2018-07-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", "US"), ("US", "CN")])
        # (so does one challenging or protesting it)
        ts = one("The EU has challenged the U.S. steel and aluminum tariffs at the WTO.",
                 published="2018-10-05T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "EU")])
        # (a pronoun after a reporting verb answers for its subject)
        ts = one("China said it would retaliate against U.S. tariffs.", published="2018-07-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CN")])
        ts = one("The EU and Canada threatened to retaliate against U.S. tariffs of 25% on steel.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], [None])
        # (whichever of them the clause's subject is taken to be)
        ts = one("China and the EU threatened to retaliate against the U.S. tariffs.",
                 published="2018-07-10T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], [None])
        # (a change "by" an amount is no second measure)
        ts = one("Seoul retaliated against the U.S. tariffs and cut its own tariffs on rice by 10 percent.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual(len(ts), 2, ts)

    def test_bare_mentions_in_a_story_of_a_measure_on_anyones_goods(self):
        # every U.S. measure the story names with goods is on anyone's
        # goods: its bare "the U.S. tariffs" is that one, no target from
        # the article's pair ...
        ts = one("The U.S. steel and aluminum tariffs took effect in March, and Tokyo has protested. Japan has "
                 "also raised its duties on U.S. beef. Japanese mills say the U.S. tariffs have cut their sales.",
                 published="2018-04-20T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("US", None), ("JP", "US"), ("US", None)])
        # ... but not where it also names a measure on the other's goods
        ts = one("The U.S. steel tariffs took effect in March. Washington also put tariffs on Japanese cars. "
                 "Japan has raised its duties on U.S. beef. Japanese mills say the U.S. tariffs have cut their "
                 "sales.", published="2018-04-20T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts],
                         [("US", None), ("US", "JP"), ("JP", "US"), ("US", "JP")])

    def test_a_change_on_a_count_of_tariff_lines_is_on_all_imports(self):
        # cutting or raising the rates of N items changes the schedule: no
        # target from the article's pair; a levy on N products answering
        # someone is still theirs
        text = "Washington has pressed Seoul to open its market. South Korea will cut import tariffs on 158 items."
        ts = one(text, published="1987-07-02T00:00:00Z")
        self.assertEqual([(t["action"], code(t["target"])) for t in ts if "158" in text[t["start"]:t["end"]]],
                         [("lower", None)])
        ts = one("China will also lower duties on 1,585 other items from Nov. 1, after talks with Washington.",
                 published="2018-10-01T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], [None])
        ts = one("Washington put tariffs on Chinese steel. China will impose tariffs on 128 products in response.",
                 published="2018-04-01T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["CN", "US"])

    def test_a_safeguard_takes_no_origin_from_elsewhere_in_its_sentence(self):
        # a safeguard is levied on the goods whatever their origin: the
        # country a purpose clause names is not its target, but one its own
        # phrase names is
        ts = one("Ottawa will impose provisional safeguard surtaxes of 25 percent on imports of seven steel "
                 "products, to keep steel diverted from the U.S. market by President Donald Trump's tariffs "
                 "from flooding Canada.", published="2018-10-12T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts][:1], [None])
        ts = one("Ottawa will impose provisional safeguard surtaxes on Chinese steel products.",
                 published="2018-10-12T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["CN"])

    def test_a_measure_on_anyones_goods_takes_no_target_from_the_article(self):
        # the record's steel duties of 2018 hit every country's steel: the
        # article's pair (US -> KR) is no target of theirs ...
        text = ("Seoul said it would seek talks. South Korea has been hit by U.S. tariffs on Korean "
                "washers. The U.S. steel tariffs also weigh on Posco.")
        ts = one(text, published="2018-04-20T00:00:00Z")
        self.assertEqual([(t["goods"], code(t["target"])) for t in ts], [(["washers"], "KR"), (["steel"], None)])
        # ... but one the clause names keeps it, and so does a party the
        # record says they hit in particular (the EU, from June 2018)
        ts = one("The U.S. tariffs on South Korean steel also weigh on Posco.", published="2018-04-20T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["KR"])
        # (the steel and aluminum duties are "the metals tariffs" too)
        ts = one("Seoul said it would seek talks. South Korea has been hit by U.S. tariffs on Korean washers. The "
                 "U.S. metals tariffs also weigh on Posco.", published="2018-04-20T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["KR", None])
        text = ("Brussels said it would answer. The EU has been hit by U.S. tariffs on European "
                "cars. The U.S. steel tariffs also weigh on Thyssenkrupp.")
        ts = one(text, published="2018-07-20T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts][-1:], ["EU"])

    def test_a_measure_extended_to_more_parties_levies_it_on_each(self):
        # "extended to" a list of parties is a measure on each of them, in
        # the active and the passive, over a participle between commas ...
        for text in ("Ankara put duties on rice in May. Ankara extended the duties to Greece, Egypt and Iran in June.",
                     "Ankara put duties on rice in May. The duties were extended to Greece, Egypt and Iran in June.",
                     "Ankara put duties on rice in May. The duties, imposed in May, were extended to Greece, Egypt "
                     "and Iran in June."):
            ts = one(text, published="2018-07-20T00:00:00Z")
            self.assertEqual([(t["actor"]["code"], code(t["target"])) for t in ts][1:],
                             [("TR", "GR"), ("TR", "EG"), ("TR", "IR")], text)
        # ... but not when it does not apply to them
        ts = one("Ankara put duties on rice in May. The duties will not apply to Greece.",
                 published="2018-07-20T00:00:00Z")
        self.assertNotIn(("impose", "GR"), [(t["action"], code(t["target"])) for t in ts])

    def test_his_measure_is_the_leader_named_last(self):
        # not the party acting last: "his" needs a person
        ts = one("Donald Trump spoke at a steel plant in Ohio on Monday. He said Japan and Brazil put huge tariffs "
                 "on American cars. Economists say his proposed tariffs on Chinese goods would cost jobs.",
                 published="2016-06-28T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts][-1:], [("US", "CN")])

    def test_a_measure_named_in_an_aside_is_not_the_party_acting_last(self):
        # the U.S. tariffs the dispute is over do not make "The duties" of
        # the next sentence Washington's: they are India's, told first ...
        ts = one("India put off higher import duties on 29 U.S. products, as the two countries try to settle their "
                 "dispute over U.S. steel and aluminum tariffs, officials said. The duties would raise the levy on "
                 "American walnuts to 120 percent.", published="2018-08-03T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts if "walnuts" in (t.get("goods") or [])], ["IN"])
        # ... and a second tranche of an answered measure is the answered party's
        ts = one("Ankara raised duties on U.S. rice in response to Washington's 25 percent tariff on steel and "
                 "10 percent tariff on aluminum.", published="2018-08-03T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["TR", "US", "US"])

    def test_the_exemption_of_parties_is_theirs(self):
        # "the exemption of A, B and C from the tariffs": each is exempted,
        # none of them grants it
        ts = one("Ankara put duties on rice in March. Ankara extended the exemption of Greece, Egypt and Iran from "
                 "the rice duties for 30 days.", published="2018-05-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts][1:],
                         [("exempt", "TR", "GR"), ("exempt", "TR", "EG"), ("exempt", "TR", "IR")])

    def test_parties_that_lost_their_exemptions_have_the_measure_imposed(self):
        ts = one("Ankara put duties of 25 percent on rice in March. Greece and Egypt lost their temporary "
                 "exemptions on June 1.", published="2018-07-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["target"])) for t in ts][1:], [("impose", "GR"), ("impose", "EG")])

    def test_a_measure_taking_effect_for_parties_hits_each(self):
        ts = one("Mexico put duties on U.S. pork. The U.S. tariffs of 25 percent on steel took effect for Mexico, "
                 "Canada and the European Union on June 1.", published="2018-06-06T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts][1:],
                         [("US", "MX"), ("US", "CA"), ("US", "EU")])

    def test_a_definite_mention_takes_the_measure_its_modifier_names(self):
        # "the safeguard duty" is the safeguard told before, not the measure
        # an aside named last (Washington's) ...
        text = ("Ankara put provisional safeguard duties on imported glass into force on Monday. Officials said "
                "glass shut out of Europe by Brussels's tariffs was flooding Turkey. The safeguard duty will "
                "rise to 30 percent in May.")
        ts = one(text, published="2018-07-20T00:00:00Z")
        self.assertEqual([t["actor"]["code"] for t in ts if "30 percent" in text[t["start"]:t["end"]]], ["TR"])
        # ... and a measure said not to apply to imports from parties exempts each
        ts = one(text + " The safeguard duty does not apply to imports from Georgia and Azerbaijan.",
                 published="2018-07-20T00:00:00Z")
        self.assertEqual([(t["action"], t["actor"]["code"], code(t["target"])) for t in ts][-2:],
                         [("exempt", "TR", "GE"), ("exempt", "TR", "AZ")])

    def test_the_origins_of_exempt_imports_are_each_exempted(self):
        # "Imports from A and B will be exempt": one exemption each, not
        # the party of the clause after
        ts = one("Canada will impose safeguard tariffs of 25 percent on imports of steel wire. Imports from Peru and "
                 "Colombia will be exempt, and goods from Chile, Israel and other free-trade partners will be "
                 "excluded for some products.",
                 published="2018-10-12T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts if t["action"] == "exempt"][:2], ["PE", "CO"])

    def test_an_adverb_between_the_verb_and_the_parties_it_exempts(self):
        # "exempted only A, B and C": one exemption each, as without "only"
        for text in ("Canada raised its surtax on steel imports and has exempted only Chile, Peru and Israel.",
                     "Canada raised its surtax on steel imports and has also exempted Chile, Peru and Israel."):
            ts = one(text, published="2018-12-03T00:00:00Z")
            self.assertEqual(sorted(code(t["target"]) for t in ts if t["action"] == "exempt"),
                             ["CL", "IL", "PE"], text)

    def test_goods_taken_off_the_duty_free_list_lose_it(self):
        # taken off the list of goods entering duty-free: the duty is
        # imposed on them (one event per party)
        ts = one("The administration said it would drop about 300 mln dlrs of goods from Thailand and "
                 "India from the list of products that enter the country duty-free.",
                 published="1988-01-04T00:00:00Z")
        self.assertEqual(sorted((t["action"], code(t["target"])) for t in ts), [("impose", "IN"), ("impose", "TH")])
        ts = one("The administration said it would remove about 300 mln dlrs of goods from Thailand and "
                 "India from the list of products that enter the country duty-free.",
                 published="1988-01-04T00:00:00Z")
        self.assertEqual(sorted((t["action"], code(t["target"])) for t in ts), [("impose", "IN"), ("impose", "TH")])

    def test_a_long_list_of_exempted_parties(self):
        # seven parties between the verb and the tariff: one exemption each
        ts = one("Washington exempted Canada, Mexico, the EU, Australia, Argentina, Brazil and South Korea "
                 "from the steel tariffs.", published="2018-12-03T00:00:00Z")
        self.assertEqual(sorted((t["action"], code(t["target"])) for t in ts),
                         [("exempt", c) for c in ("AR", "AU", "BR", "CA", "EU", "KR", "MX")])

    def test_a_country_name_and_a_demonym_coordinated(self):
        # "U.S. and Canadian canola": the country's name used as a demonym
        for text in ("Beijing slapped tariffs on U.S. and Canadian canola.",
                     "Beijing slapped tariffs on Canadian and U.S. canola."):
            ts = one(text, published="2018-12-03T00:00:00Z")
            self.assertEqual(pairs(ts), [("CN", "CA"), ("CN", "US")], text)

    def test_a_list_of_three_exempted_parties(self):
        # the commas of the list are no end of the exempting verb's clause
        ts = one("Washington exempted Canada, Mexico and Australia from the steel tariffs.",
                 published="2018-06-10T00:00:00Z")
        self.assertEqual(sorted((t["action"],) + p for t, p in zip(ts, pairs(ts))),
                         [("exempt", "US", "AU"), ("exempt", "US", "CA"), ("exempt", "US", "MX")])
        # the subjects of a passive, in any tense
        for text in ("Canada and Mexico have been exempted from the steel tariffs.",
                     "The EU, Canada and Mexico will be exempted from the steel tariffs."):
            ts = one(text, published="2018-06-10T00:00:00Z")
            self.assertEqual(sorted(code(t["target"]) for t in ts),
                             ["CA", "MX"] if text.startswith("Canada") else ["CA", "EU", "MX"], text)
        # the objects of a verb of hitting or threatening "with" a measure
        for text, expected in (("Washington hit Canada, Mexico and the EU with steel tariffs.",
                                [("US", "CA"), ("US", "EU"), ("US", "MX")]),
                               ("Washington threatened Canada and Mexico with new tariffs.",
                                [("US", "CA"), ("US", "MX")])):
            self.assertEqual(sorted(pairs(one(text, published="2018-06-10T00:00:00Z"))), expected, text)
        # the parties asking for lower duties on their own goods
        ts = one("Japan and Brazil asked for lower U.S. tariffs on their steel.", published="2018-06-10T00:00:00Z")
        self.assertEqual(sorted(pairs(ts)), [("US", "BR"), ("US", "JP")])
        # with a determiner in the list, which is still the verb's object
        ts = one("Washington exempted Mexico, Canada and the EU from the steel tariffs.",
                 published="2018-06-10T00:00:00Z")
        self.assertEqual(sorted(pairs(ts)), [("US", "CA"), ("US", "EU"), ("US", "MX")])

    def test_trade_between_two_parties_freed_both_ways(self):
        # one event per party (issue 9): a cut of the trade between two
        # parties is each one's cut on the other's goods; a gap between two
        # places is no trade
        ts = one("Over 90 percent of goods traded between Chile and the ROK will be tariff-free.",
                 published="2015-06-02T00:00:00Z")
        self.assertEqual(pairs(ts), [("CL", "KR"), ("KR", "CL")])
        ts = one("Even if the import duty is cut, there will be a price gap between Macao and "
                 "Portugal.", published="2015-06-02T00:00:00Z")
        self.assertNotIn(("MO", "PT"), pairs(ts))

    def test_both_countries_are_the_last_two_named(self):
        ts = one("Chile and Peru signed a trade pact on Monday. Under the deal, both countries "
                 "will eliminate tariffs on 90 percent of goods within ten years.",
                 published="2015-06-02T00:00:00Z")
        self.assertEqual(pairs(ts), [("CL", "PE"), ("PE", "CL")])
        # not a condition after the measure
        ts = one("Lima believes that all Chilean duties must be removed if the two sides are to "
                 "reach a deal.", published="2015-06-02T00:00:00Z")
        self.assertEqual(len(ts), 1)

    def test_tit_for_tat_tariffs_of_two_parties(self):
        ts = one("Brazil and Argentina have announced a new round of tit-for-tat tariffs.",
                 published="2018-08-29T00:00:00Z")
        self.assertEqual(pairs(ts), [("AR", "BR"), ("BR", "AR")])

    def test_parties_events_come_in_the_order_they_are_named(self):
        order = lambda ts: [(code(t["actor"]), code(t["target"])) for t in ts]
        # as the clause names them
        ts = one("Brazil and Argentina have announced a new round of tit-for-tat tariffs.",
                 published="2018-08-29T00:00:00Z")
        self.assertEqual(order(ts), [("BR", "AR"), ("AR", "BR")])
        ts = one("Spain and Portugal agreed to cut tariffs on each other's wine.",
                 published="1987-04-02T00:00:00Z", rules=True)
        self.assertEqual(order(ts), [("ES", "PT"), ("PT", "ES")])
        # "the two countries": as the article introduced them
        ts = one("Canada is talking to the United States about trade. Canadian reports say the two "
                 "countries will eliminate tariffs.", published="1987-04-02T00:00:00Z", rules=True)
        self.assertEqual(order(ts), [("CA", "US"), ("US", "CA")])

    def test_target_list_with_a_determiner(self):
        ts = one("The US slapped tariffs on Canada, Mexico and the European Union.")
        self.assertEqual(pairs(ts), [("US", "CA"), ("US", "EU"), ("US", "MX")])

    def test_origin_list_after_goods(self):
        ts = one("Trump imposed duties on steel and aluminum from the EU, Canada and Mexico.")
        self.assertEqual(pairs(ts), [("US", "CA"), ("US", "EU"), ("US", "MX")])
        for t in ts:
            self.assertEqual(t["goods"], ["steel", "aluminum"])

    def test_a_list_runs_on_over_a_party_s_members(self):
        ts = one("The U.S. provided exemptions from the tariffs for EU member states as well as Argentina, "
                 "Australia and South Korea.", published="2018-05-09T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["EU", "AR", "AU", "KR"])

    def test_bringing_down_tariffs_lowers_them(self):
        ts = one("China will bring down tariffs on Australian beef.", published="2017-03-24T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts], [("lower", "CN", "AU")])

    def test_a_nationality_of_goods_after_for(self):
        ts = one("China cut tariffs for Australian beef, wine and fruits.", published="2017-03-24T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", "AU")])

    def test_two_cuts_coordinated_are_two_events(self):
        # guidelines §3: each action its own event, in the order named
        for text, want in (("Japan plans to remove or reduce import tariffs on beef from Peru.",
                            [("remove", "PE"), ("lower", "PE")]),
                           ("Goods from Peru will have tariffs reduced or cut to zero from July 1.",
                            [("lower", "PE"), ("remove", "PE")])):
            ts = one(text, published="2018-06-27T00:00:00Z")
            self.assertEqual([(t["action"], code(t["target"])) for t in ts], want, text)

    def test_a_group_named_by_count_or_reference_is_the_list_named_nearest(self):
        # guidelines §3: one event per party, the parties named in a sentence beside
        ts = one("Japan will cut tariffs on fruit from several Asian countries. Goods from Vietnam, Thailand "
                 "and Malaysia will benefit from July.", published="2018-06-27T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts],
                         [("JP", "VN"), ("JP", "TH"), ("JP", "MY")])
        ts = one("Japan cut tariffs on fruit from Vietnam, Thailand and Malaysia in May. Traders said the zero "
                 "tariff on imports from the listed countries would help.", published="2018-06-27T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["VN", "TH", "MY"] * 2)
        # (a count that is not the list's names none of it)
        ts = one("Japan cut tariffs on fruit from Vietnam, Thailand and Malaysia in May. Traders said the tariff "
                 "cuts for the four countries would help.", published="2018-06-27T00:00:00Z")
        self.assertEqual(len(ts), 4)

    def test_a_list_joined_by_as_well_as(self):
        ts = one("The U.S. imposed tariffs on steel from Japan as well as Brazil and Turkey.")
        self.assertEqual(pairs(ts), [("US", "BR"), ("US", "JP"), ("US", "TR")])
        ts = one("Japan as well as Brazil and Turkey raised tariffs on US cars.")
        self.assertEqual(pairs(ts), [("BR", "US"), ("JP", "US"), ("TR", "US")])

    def test_renamed_country_in_a_list(self):
        ts = one("The United States put tariffs on steel from Brazil, Argentina and Turkey.")
        self.assertEqual(pairs(ts), [("US", "AR"), ("US", "BR"), ("US", "TR")])

    def test_coordinated_actors(self):
        ts = one("China and the EU imposed retaliatory duties on US goods.")
        self.assertEqual(pairs(ts), [("CN", "US"), ("EU", "US")])

    def test_coordinated_demonyms(self):
        ts = one("Washington raised the tariffs on Chinese and Russian aluminium.")
        self.assertEqual(pairs(ts), [("US", "CN"), ("US", "RU")])

    def test_a_rated_tranche_shares_the_verb(self):
        ts = one("Under the plan, Canada would impose a 20 percent tariff on Chinese steel and "
                 "a 10 percent tariff on Korean aluminium.", published="2018-06-01T00:00:00Z")
        self.assertEqual(sorted((code(t["target"]), t["modality"]) for t in ts),
                         [("CN", "proposed"), ("KR", "proposed")])

    def test_tranches_times_parties(self):
        ts = one("Ottawa will impose duties of 20 percent on steel and 8 percent on aluminium "
                 "from Japan, Korea and Taiwan.", published="2018-06-01T00:00:00Z")
        self.assertEqual(sorted((code(t["target"]), t["rate"]["value"]) for t in ts),
                         [("JP", 8), ("JP", 20), ("KR", 8), ("KR", 20), ("TW", 8), ("TW", 20)])

    def test_exempted_parties_are_targets(self):
        ts = one("Washington exempted Australia and Argentina from the steel and aluminum tariffs, "
                 "which took effect on Friday.", published="2018-03-23T00:00:00Z")
        self.assertEqual(sorted((t["action"], code(t["actor"]), code(t["target"])) for t in ts),
                         [("exempt", "US", "AR"), ("exempt", "US", "AU")])

    def test_an_agreement_cuts_tariffs_both_ways(self):
        ts = one("Chile and Korea agreed to eliminate tariffs on fruit within five years.",
                 published="2003-02-15T00:00:00Z")
        self.assertEqual(pairs(ts), [("CL", "KR"), ("KR", "CL")])
        ts = one("Spain and Portugal must reduce tariffs on industrial goods after joining the bloc.",
                 published="1986-01-15T00:00:00Z")
        self.assertEqual(sorted(code(t["target"]) or "" for t in ts), ["", ""])

    def test_each_others_goods(self):
        ts = one("India and Pakistan raised tariffs on each other's goods in March.")
        self.assertEqual(pairs(ts), [("IN", "PK"), ("PK", "IN")])

    def test_goods_from_anywhere_take_no_origin_from_the_sentence(self):
        ts = one("Given China's additional tariffs on some US imports and its lowering of tariffs on "
                 "imports from other countries, US goods will suffer.", published="2018-07-10T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["US", None])

    def test_a_list_past_an_acronym_in_brackets(self):
        ts = one("Tokyo raised duties on beef from the European Union (EU), Brazil and Chile.")
        self.assertEqual(pairs(ts), [("JP", "BR"), ("JP", "CL"), ("JP", "EU")])

    def test_what_a_noun_governs_is_no_side(self):
        ts = one("Despite risks to the interests of Brazil and the United States, Trump signed an "
                 "order that could result in tariffs on imports from Brazil.")
        self.assertEqual(pairs(ts), [("US", "BR")])

    def test_the_subjects_of_another_verb_are_no_targets(self):
        ts = one("Both Vietnam and Germany opposed the Commission's decision to impose duties on "
                 "imported Vietnamese shoes.")
        self.assertEqual(pairs(ts), [("EU", "VN")])

    def test_two_parties_without_and_are_no_list(self):
        ts = one("By imposing duties on Vietnam, Washington hopes to win concessions.")
        self.assertEqual(pairs(ts), [("US", "VN")])
        # three or more are, as headlines list them
        ts = one("Ottawa slaps duties on steel from Korea, Japan, Brazil", published="2018-06-02T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "BR"), ("CA", "JP"), ("CA", "KR")])

    def test_the_object_of_an_elliptical_exemption(self):
        ts = one("Trump ordered tariffs of 25 percent on steel imports but exempted Australia and "
                 "Argentina.", published="2018-03-09T00:00:00Z")
        self.assertEqual(sorted((t["action"], code(t["target"])) for t in ts if t["action"] == "exempt"),
                         [("exempt", "AR"), ("exempt", "AU")])
        # and of a participle clause: ", exempting Canada and Mexico" (§2, ellipsis)
        ts = one("Trump imposed tariffs of 25 percent on imported steel, exempting Canada and Mexico.",
                 published="2018-03-09T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts if t["action"] == "exempt"],
                         [("exempt", "US", "CA"), ("exempt", "US", "MX")])
        # (not an exemption from a domestic tax)
        self.assertEqual(one("Congress passed a law exempting farmers from the estate tax.",
                             published="2018-03-09T00:00:00Z"), [])

    def test_parties_of_a_relation_are_no_list(self):
        ts = one("Amid talks between China and the US, the US imposed tariffs on Chinese steel.")
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_the_measure_a_purpose_makes_good_is_an_event_of_its_own(self):
        # §4: the span stops before a purpose phrase that holds another event
        ts = one("Ottawa will raise tariffs on US ketchup to offset losses caused by the US tariffs on "
                 "Canadian lumber. The ministry plans a 15 percent tariff on US fruit.",
                 published="2018-03-29T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts],
                         [("CA", "US"), ("US", "CA"), ("CA", "US")])

    def test_the_measure_a_participle_compares_with_is_no_antecedent(self):
        ts = one("Ottawa has imposed tariffs on $12 billion of US goods, matching the first round of US duties. "
                 "The government will also cut import tariffs on Korean cars.", published="2018-07-02T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts],
                         [("CA", "US"), ("US", "CA"), ("CA", "KR")])
        # nor the measure of a clause of time: the restatement after it is the main clause's
        ts = one("Ottawa will impose tariffs on $12 billion of US goods, hours after Washington announced its "
                 "latest round of duties. The tariffs will take effect on July 1.", published="2018-06-02T00:00:00Z")
        self.assertEqual((code(ts[-1]["actor"]), code(ts[-1]["target"])), ("CA", "US"))

    def test_a_party_doing_something_after_with_opens_its_own_clause(self):
        # "with the US imposing tariffs": the US is the subject of its verb
        ts = one("Ottawa's duties on US ketchup took effect on Sunday simultaneously with the US imposing "
                 "tariffs on Canadian steel.", published="2018-07-02T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "US"), ("US", "CA")])

    def test_a_list_of_parties_ends_no_clause(self):
        # the clause ends at ", and", not inside the list of the next one's subjects
        ts = one("Washington has levied duties on Korean steel, and countries like Japan, Brazil and Mexico "
                 "have responded by slapping their own duties on US pork.", published="2018-09-04T00:00:00Z")
        self.assertEqual(pairs(ts), [("BR", "US"), ("JP", "US"), ("MX", "US"), ("US", "KR")])
        # (but inside a list when nothing else divides two measures: "duties on
        # the EU and Canada who have responded with retaliatory duties")
        ts = one("Farmers are frustrated over US steel tariffs on the EU and Canada who have responded with "
                 "retaliatory tariffs.", published="2018-09-04T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["US", "CA"])

    def test_the_colon_of_a_clock_time_ends_no_clause(self):
        text = "Canada's 25 percent duties on US steel took effect at 12:01 am on Friday."
        ts = one(text, published="2018-07-02T00:00:00Z")
        self.assertEqual([t["end"] for t in ts], [text.index("Friday") + len("Friday")])

    def test_two_changes_from_to_are_tranches(self):
        # guidelines §3: a tranche per rate, each with its own goods
        ts = one("Seoul will cut the duty on bananas from 30 percent to 20 percent, and that on "
                 "pineapples from 15 percent to 5 percent.", published="2018-05-31T00:00:00Z")
        self.assertEqual([(t["rate"], t["goods"]) for t in ts],
                         [({"from": 30, "to": 20}, ["bananas"]), ({"from": 15, "to": 5}, ["pineapples"])])

    def test_both_sides_acting_against_each_other_are_two_events(self):
        # any action, not only cuts: one event per direction (guidelines §3)
        ts = one("The United States and China are locked in a trade dispute. Both countries have slapped "
                 "heavy tariffs on each other's goods since July.", published="2018-09-20T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", "US"), ("US", "CN")])

    def test_both_sides_as_the_subject_after_with(self):
        # "with" opening a clause of its own, not "cooperation with both countries"
        ts = one("Trade tension between Brazil and Argentina grew on Friday, with both countries "
                 "slapping heavy tariffs on each other's goods.", published="2018-09-20T00:00:00Z")
        self.assertEqual(pairs(ts), [("AR", "BR"), ("BR", "AR")])

    def test_the_side_that_acted_first_leads_a_pair_the_clause_does_not_name(self):
        # the order a reader lists them in, which is also the order events are scored in
        ts = one("Chinese exporters were worried on Monday. The US imposed tariffs on Chinese steel in "
                 "March. Since then both countries have slapped tariffs on each other's goods.",
                 published="2018-07-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts],
                         [("US", "CN"), ("US", "CN"), ("CN", "US")])

    def test_a_measure_between_the_two_sides_is_each_sides(self):
        ts = one("Japan and South Korea are locked in a trade dispute. A new round of tariff hikes between "
                 "the two sides took effect on Monday.", published="2019-09-25T00:00:00Z")
        self.assertEqual(pairs(ts), [("JP", "KR"), ("KR", "JP")])

    def test_a_hyphenated_pair_of_countries_names_both_sides(self):
        for text, a, b in (("The IMF said Canada-Mexico tariff measures have added drag to the world economy.",
                            "CA", "MX"),
                           # (a "tariff dispute" is a conflict, no measure: TradeSense)
                           ("Analysts said the Japan-Korea tariff increases have hurt chipmakers.", "JP", "KR")):
            ts = one(text, published="2018-09-20T00:00:00Z")
            self.assertEqual(pairs(ts), [(a, b), (b, a)], text)


class Roles(unittest.TestCase):
    """Actor and target when one party is a possessive or a nationality
    adjective and the other the goods' origin (parties.c, attach.c)."""

    def test_the_party_that_announced_or_proposed_the_measure(self):
        # a relative clause that announces, proposes or threatens the
        # measure names its actor: "the tariffs Trump has proposed"
        cases = [("Clinton said the tariffs Trump has proposed would start a trade war.", ("US", None)),
                 ("The tariffs that Beijing announced on Tuesday would take effect next month.", ("CN", None)),
                 ("The tariffs Beijing announced on Tuesday on U.S. soybeans would take effect next month.",
                  ("CN", "US"))]
        for text, want in cases:
            ts = one(text, published="2016-09-15T00:00:00Z")
            self.assertEqual([(t["modality"],) + pairs([t])[0] for t in ts], [("proposed",) + want], text)

    def test_the_article_s_actor_found_by_the_article_pass_acts_again(self):
        # a measure with no party of its own is the article's main actor's,
        # also when that actor came from the article itself (the
        # government of a Tokyo story) rather than a name in its clause
        ts = one("TOKYO, March 3 (Reuters) - Duties on many imported products exceed 30 percent. "
                 "Last year the government cut duties on Korean steel.", published="1987-03-04T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["JP", "JP"])

    def test_expecting_an_exemption_over_adverbs(self):
        # the passive's subject undergoes it over several adverbs, and a
        # party's own expectation is no more than that (considered)
        ts = one("The EU said it expects to be fully and permanently exempted from the U.S. tariffs.",
                 published="2018-05-02T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) + pairs([t])[0] for t in ts],
                         [("exempt", "considered", "US", "EU")])

    def test_the_pronoun_an_exemption_takes_in_a_relative_clause(self):
        # "reached agreements that will exempt them": the parties that got
        # the agreements are exempted, one event each, no actor named
        ts = one("Argentina, Australia and Brazil reached agreements in principle that will exempt them from "
                 "the tariffs.", published="2018-05-02T00:00:00Z")
        self.assertEqual(sorted((t["action"], code(t["actor"]), code(t["target"])) for t in ts),
                         [("exempt", None, "AR"), ("exempt", None, "AU"), ("exempt", None, "BR")])
        # (not the exempting verb's own subject: Washington exempts)
        ts = one("Canada said Washington agreed to exempt it from the steel tariffs.",
                 published="2018-05-02T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["US"])

    def test_parties_exempted_in_a_with_clause(self):
        # "with Canada and Mexico exempted" is a clause of its own whose
        # parties undergo the exemption; they levy neither it nor the
        # measure of the main clause
        ts = one("The tariffs will take effect on March 23, with Canada and Mexico exempted.",
                 published="2018-03-10T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"])) for t in ts if t["action"] != "exempt"],
                         [("impose", None)])
        self.assertEqual(sorted((code(t["actor"]), code(t["target"])) for t in ts if t["action"] == "exempt"),
                         [(None, "CA"), (None, "MX")])

    def test_who_is_subject_to_a_measure_undergoes_it(self):
        # being or remaining subject to a measure is facing it: the subject,
        # or the origin of the goods that are, is its target
        for text in ("Canada remains subject to U.S. tariffs.", "Japan is subject to the U.S. tariffs on chips.",
                     "Canadian steel remains subject to U.S. tariffs."):
            ts = one(text, published="2018-10-05T00:00:00Z")
            self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts][:1],
                             [("US", "JP" if "Japan" in text else "CA")], text)
        # the country before the goods of the measure levies it, as in "faces U.S. steel tariffs"
        for text in ("Canada remains subject to U.S. steel tariffs.", "Canada is subject to the U.S. steel tariffs."):
            self.assertEqual(pairs(one(text, published="2018-10-05T00:00:00Z", rules=True)), [("US", "CA")], text)

    def test_who_avoids_a_measure_undergoes_it(self):
        # "to avoid tariffs": the subject of the clause the avoiding serves
        # is the target, and its modal is not the measure's
        ts = one("Mexico will deploy troops to avoid U.S. tariffs on its exports.",
                 published="2019-06-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "MX")])
        ts = one("Harley-Davidson will move production overseas to avoid EU tariffs on its motorcycles.",
                 published="2018-07-12T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("actual", "EU")])
        # (the levier in the possessive, too)
        ts = one("The distiller said it would shift some bottling abroad to avoid Canada's tariffs.",
                 published="2018-07-12T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("actual", "CA")])
        # (a cue inside the avoided phrase is still its own)
        ts = one("South Korea hopes to avoid the possible tariffs on its cars.", published="2018-07-12T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["target"])) for t in ts], [("considered", "KR")])
        # (and avoiding something else is no avoiding of the measure)
        ts = one("The U.S. will impose tariffs on Chinese goods to avoid a trade deficit.",
                 published="2018-07-12T00:00:00Z")
        self.assertEqual([(t["modality"],) + pairs([t])[0] for t in ts], [("proposed", "US", "CN")])

    def test_a_party_in_an_apposition_to_the_subject(self):
        # ", partners in NAFTA,", ", which sells slab to U.S. mills,": the
        # subject is the party before the commas, a list there too
        cases = [("Canada and Mexico, partners in the North American Free Trade Agreement, were "
                  "exempted from the tariffs.", [(None, "CA"), (None, "MX")]),
                 ("Brazil, which sells slab to U.S. mills, won an exemption from the steel tariffs.",
                  [(None, "BR")]),
                 ("Japan, the biggest buyer of U.S. beef, raised its tariff on frozen beef to 50 percent.",
                  [("JP", None)]),
                 # (a first sentence's subject before a comma is no dateline,
                 # nor an acronym in capitals)
                 ("The EU, Washington's largest trading partner, will impose duties on U.S. bourbon.",
                  [("EU", "US")])]
        for text, want in cases:
            ts = one(text, published="2002-03-08T00:00:00Z")
            self.assertEqual(sorted(pairs(ts), key=str), sorted(want, key=str), text)
        # (a dateline is still one: a city in capitals, or a date after it)
        for text in ("TOKYO, March 3 - The government raised its tariff on frozen beef to 50 percent.",
                     "Tokyo, March 3 - The government raised its tariff on frozen beef to 50 percent."):
            self.assertEqual(pairs(one(text, published="2002-03-08T00:00:00Z")), [("JP", None)], text)

    def test_who_benefits_from_a_cut_undergoes_it(self):
        # "received", "will enjoy", "benefited from" a cut: the country that
        # benefits is the target, not the one cutting
        ts = one("Australia received an exclusive duty-free quota of 30,000 tons of clean wool.",
                 published="2017-03-24T00:00:00Z")
        self.assertEqual([(t["action"],) + pairs([t])[0] for t in ts], [("remove", None, "AU")])
        ts = one("Vietnam will enjoy zero tariffs on its textiles in the EU market.",
                 published="2017-03-24T00:00:00Z", rules=True)
        self.assertEqual([code(t["target"]) for t in ts], ["VN"])
        # also with the change as an adjective before the measure
        ts = one("Argentina benefited from lower duties on wheat bran.", published="1987-06-20T00:00:00Z")
        self.assertEqual([(t["action"],) + pairs([t])[0] for t in ts], [("lower", None, "AR")])

    def test_tariffs_named_after_a_section_of_us_trade_law(self):
        # "the Section 232 tariffs": the US acts under its own trade law
        ts = one("The Section 232 tariffs on steel and aluminum remain in effect for most countries.",
                 published="2019-08-14T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("actual", "US")])

    def test_what_the_subject_gets_in_exchange(self):
        # "accepted quotas in exchange for exemptions": the subjects get
        # them, one event each, in the order the clause names them
        ts = one("Argentina and Brazil accepted quotas in exchange for exemptions from the steel tariffs.",
                 published="2018-11-20T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("exempt", None, "AR"), ("exempt", None, "BR")])
        ts = one("South Korea agreed to a quota on its steel exports in exchange for an exemption from the tariffs.",
                 published="2018-11-20T00:00:00Z")
        self.assertEqual(pairs(ts), [(None, "KR")])

    def test_a_party_that_made_something_is_no_origin(self):
        # "made", "bought" right after a party with an object are its own
        # acts, not where goods come from ("cars made in Japan")
        # (its target is the conduct found, "that Canadian lumber is
        # subsidized": Canada, not the department's country)
        ts = one("The Commerce Department made a finding that Canadian lumber is subsidized "
                 "and set a 15 pct duty.", published="1987-05-10T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["CA"])
        self.assertEqual([code(t["actor"]) for t in ts], ["US"])
        ts = one("Canada imposed a 25 pct duty on cars made in Japan.", published="1987-05-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "JP")])

    def test_possessive_decision_to_impose(self):
        ts = one("Washington's decision to put duties on Korean washing machines angered Seoul.")
        self.assertEqual(pairs(ts), [("US", "KR")])

    def test_a_bloc_by_its_full_name_is_one_party_xx(self):
        # guidelines §3: a bloc without a code of its own is XX
        for text in ("Beijing cut the duty on durians from the Association of Southeast Asian Nations.",
                     "The Southern Common Market raised its tariff on Chinese shoes."):
            ts = one(text, published="2018-11-05T00:00:00Z")
            self.assertIn("XX", [code(t["actor"]) for t in ts] + [code(t["target"]) for t in ts], text)

    def test_trade_groupings_by_their_short_names_are_blocs(self):
        one_pair_each(self, "2016-10-09T00:00:00Z",
                      ("TPP members will cut tariffs on Japanese cars.", ("XX", "JP")),
                      ("The BRICS nations raised their duty on Canadian wheat.", ("XX", "CA")))

    def test_more_trade_groupings_are_blocs(self):
        for text in ("The Pacific Alliance has eliminated tariffs on 96 percent of goods traded among its members.",
                     "The East African Community will cut tariffs on sugar next year."):
            ts = one(text, published="2018-08-02T00:00:00Z")
            self.assertEqual(pairs(ts), [("XX", "XX")], text)

    def test_a_blocs_cuts_with_no_target_named_are_among_its_members(self):
        # not against the other country the article names
        ts = one("India hosted the summit in Goa. By setting up a free trade area, BRICS countries "
                 "would be able to remove tariff barriers.", published="2016-10-16T00:00:00Z")
        self.assertEqual(pairs(ts), [("XX", "XX")])

    def test_a_metonym_ending_another_bodys_name_is_not_its_party(self):
        # "Commission" alone is the EU's; at the end of a Chinese agency's name it is not
        ts = one("China's National Development and Reform Commission said it would cut tariffs on cars.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual(len(ts), 1)
        self.assertNotEqual(code(ts[0]["actor"]), "EU")
        self.assertEqual(code(one("The Commission said it would cut tariffs on cars.")[0]["actor"]), "EU")

    def test_goods_exported_from_one_party_to_another_are_the_importers_measure(self):
        ts = one("Under the pact, most goods exported from Norway to Korea will enjoy tariff cuts.",
                 published="2014-07-04T00:00:00Z")
        self.assertEqual(pairs(ts), [("KR", "NO")])

    def test_goods_shipped_to_a_party_in_an_earlier_clause_name_no_actor(self):
        ts = one("All goods exported from Korea to Norway became tariff free in January, and tariffs on most "
                 "Norwegian exports to Korea will be eliminated by 2020.", published="2017-01-04T00:00:00Z")
        self.assertEqual(pairs(ts), [("KR", "NO"), ("NO", "KR")])

    def test_goods_a_measure_covers_are_its_target(self):
        for text, target in (("The new duties cover Canadian lumber and paper.", "CA"),
                             ("The tariffs covering Japanese televisions took effect on Friday.", "JP")):
            ts = one(text, published="2018-07-10T00:00:00Z")
            self.assertEqual([code(t["target"]) for t in ts], [target], text)

    def test_possessive_move_to_slap(self):
        ts = one("Beijing's move to slap tariffs on U.S. pork was widely expected.")
        self.assertEqual(pairs(ts), [("CN", "US")])

    def test_possessive_move_of_imposing(self):
        # the action as a gerund after "of": the possessor acts
        ts = one("Ottawa criticised Washington's move of imposing tariffs on Canadian lumber.",
                 published="2018-09-01T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CA")])

    def test_possessive_tariffs(self):
        ts = one("Canada's new tariffs on American whiskey took effect on Sunday.")
        self.assertEqual(pairs(ts), [("CA", "US")])
        # over goods coordinated before the measure
        ts = one("Washington's steel and aluminum tariffs angered its allies.", published="2018-10-05T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["US"])

    def test_the_goods_origin_outranks_an_actor_carried_over(self):
        # the actor of the last clause is not this clause's actor when the
        # clause names it as the origin of the goods; the other side acts
        ts = one("Washington put tariffs on Chinese steel in March. Beijing answered in kind. "
                 "Additional duties on the U.S. products came into force on Friday.",
                 published="2018-07-09T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", "US"), ("US", "CN")])

    def test_the_goods_origin_outranks_an_unnamed_governments_carried_country(self):
        # "the ministry" takes its country from the clauses before, as a
        # carried-over actor does: the goods' origin outranks it
        ts = one("Washington put tariffs on Chinese steel in March. China called the move bullying. "
                 "The commerce ministry said it was considering higher tariffs on imported U.S. products.",
                 published="2018-03-27T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", "US"), ("US", "CN")])

    def test_who_exempts_goods_from_a_measure_levies_it(self):
        # "China exempted some products": China's act, not China's products
        for text, pair in (("China exempted some products from the tariffs on U.S. goods.", ("CN", "US")),
                           ("Washington excluded 110 products from the tariffs on Chinese goods.", ("US", "CN"))):
            ts = one(text, published="2018-12-20T00:00:00Z", rules=True)
            self.assertEqual(pairs(ts), [pair], text)

    def test_a_blocs_members_given_by_examples_are_the_bloc(self):
        # "including" gives examples of the members: one measure, the bloc's
        ts = one("ASEAN members, including Vietnam and Thailand, cut tariffs on Chinese goods.",
                 published="2018-07-03T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("XX", "CN")])

    def test_an_office_named_by_its_kind_is_its_countrys(self):
        # "tribunal", "minister", "secretary" as "ministry" (guidelines §7:
        # the Canadian Import Tribunal -> CA), over the office's name
        for text, pair in (("Canada's import tribunal upheld a countervailing duty on U.S. corn.", ("CA", "US")),
                           ("Argentina's trade secretary announced the lifting of import taxes on Brazilian "
                            "capital goods.", ("AR", "BR")),
                           ("Argentina's Industry and Foreign Trade Secretary announced the lifting of import "
                            "taxes on Brazilian capital goods.", ("AR", "BR"))):
            ts = one(text, published="1987-03-10T00:00:00Z", rules=True)
            self.assertEqual(pairs(ts), [pair], text)
        # (not over a determiner: "Japan and the ministry")
        ts = one("The ministry said Japan and the U.S. agreed on the lifting of the tariffs on Brazilian beef.",
                 published="1987-03-10T00:00:00Z", rules=True)
        self.assertNotIn("BR", [code(t["actor"]) for t in ts])

    def test_who_opposes_a_measure_does_not_levy_it(self):
        # nor is the modal before the verb of opposing the measure's
        ts = one("The European Commission said it would fight the duties on Spanish olives at the WTO.",
                 published="2018-09-20T00:00:00Z", rules=True)
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("actual", None, "ES")])
        ts = one("Ottawa will challenge the U.S. tariffs on lumber.", published="2018-09-20T00:00:00Z",
                 rules=True)
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("actual", "US")])

    def test_rejecting_another_partys_measure_does_not_undo_it(self):
        ts = one("Brussels rejected the U.S. tariffs on steel.", published="2018-06-02T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], code(t["actor"])) for t in ts], [("impose", "US")])
        # refusing to act, or a call to act, still negates
        self.assertEqual(one("The panel refused to extend the duty to frozen fish.", rules=True), [])
        self.assertEqual(one("Tokyo rejected calls to cut tariffs on rice.", rules=True), [])
        # in every form of the verb, and its noun
        for text in ("Japan continues to refuse to cut its tariffs on rice.",
                     "The panel is refusing to extend the duty to frozen fish.",
                     "Delhi protested Washington's refusal to exempt it from the steel tariffs."):
            self.assertEqual(one(text, published="2019-09-15T00:00:00Z", rules=True), [], text)

    def test_what_is_done_instead_of_a_measure(self):
        self.assertEqual(one("The ministry will focus on forging new trade pacts, instead of reducing "
                             "tariffs on cars.", published="2018-04-02T00:00:00Z", rules=True), [])
        ts = one("Rather than impose duties on steel, Washington asked Seoul for quotas. Instead, "
                 "the U.S. raised tariffs on Korean steel.", published="1987-04-02T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("raise", "KR")])

    def test_a_negation_outside_the_measures_clause(self):
        # the means of a negated verb, and an opening clause before the subject
        ts = one("Brussels is not settling anything by imposing duties on American jeans.")
        self.assertEqual(pairs(ts), [("EU", "US")])
        ts = one("Showing no regard for the rules, Canada levied duties on Korean pipe.")
        self.assertEqual(pairs(ts), [("CA", "KR")])

    def test_a_means_clause_takes_the_subject_of_its_clause(self):
        # not the parties modifying a noun between them ("the Brazil-Canada
        # dispute"), even inside a quotation
        ts = one("\u201cCanada is not solving any issue on the Brazil-Canada trade frictions by "
                 "simply imposing extra tariffs on Brazilian products,\u201d he said.")
        self.assertEqual(pairs(ts), [("CA", "BR")])
        ts = one("\u201cThe EU is not solving the Brazil-EU trade frictions by putting duties on "
                 "Brazilian jets,\u201d he said.")
        self.assertEqual(pairs(ts), [("EU", "BR")])
        ts = one("Mexico and Canada responded by slapping their own duties on imports from the U.S.")
        self.assertEqual(pairs(ts), [("CA", "US"), ("MX", "US")])

    def test_duties_from_a_country_are_its_duties(self):
        # "from" after the tariff noun names who levies it; after goods,
        # where they come from
        ts = one("Ottawa said the new duties from Beijing on Canadian canola are unjust.")
        self.assertEqual(pairs(ts), [("CN", "CA")])
        ts = one("Ottawa put new duties on canola from China.")
        self.assertEqual(pairs(ts), [("CA", "CN")])

    def test_where_goods_go_is_who_levies(self):
        ts = one("Under the agreement, 99.7 percent of imports from Peru to Chile will be "
                 "exempted from customs duties.", published="2015-06-02T00:00:00Z")
        self.assertEqual(pairs(ts), [("CL", "PE")])

    def test_the_importer_when_the_origin_follows(self):
        # "US steel imports from China": the US imports (and levies), the
        # goods come from China
        ts = one("Tariffs on US steel imports from China would hurt American builders, "
                 "the group said.")
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_an_origin_between_two_triggers_of_one_clause(self):
        ts = one("The customs office has begun to levy on bond on certain Korean goods pending a "
                 "final decision by the minister on the planned 100 pct tariff on the shipments.")
        self.assertEqual([code(t["target"]) for t in ts], ["KR"])

    def test_exemptions_granted_to_a_list(self):
        ts = one("Ottawa put duties on steel in June. It later granted exemptions to Chile, "
                 "Peru and Japan.")
        self.assertEqual(sorted(code(t["target"]) for t in ts if t["action"] == "exempt"),
                         ["CL", "JP", "PE"])
        # the tariff between: "exemptions from the steel tariffs to X, Y and Z"
        ts = one("The U.S. granted temporary exemptions from the steel tariffs to Chile, Peru and "
                 "Japan.", published="2018-04-10T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "CL"), ("US", "JP"), ("US", "PE")])

    def test_a_list_of_parties_asking_for_their_own_exemption(self):
        # one demand per party, each the target, in the order named
        ts = one("Seoul, Tokyo and Brasilia sought exemptions from the new U.S. duties on steel.",
                 published="2018-03-20T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("exempt", "demanded", "US", "KR"), ("exempt", "demanded", "US", "JP"),
                          ("exempt", "demanded", "US", "BR")])
        # an auxiliary or an adverb before the asking keeps the list
        ts = one("Japan and the EU have repeatedly asked to be exempted from the steel tariffs.")
        self.assertEqual([(t["action"], t["modality"], code(t["target"])) for t in ts],
                         [("exempt", "demanded", "JP"), ("exempt", "demanded", "EU")])
        ts = one("Canada and Mexico are seeking exemptions from the steel tariffs.")
        self.assertEqual([code(t["target"]) for t in ts], ["CA", "MX"])
        # over their own report of the asking: "said they would seek"
        ts = one("Peru, Chile and Vietnam said they would seek exemptions from the new U.S. "
                 "duties on aluminum.", published="2018-03-20T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["target"])) for t in ts],
                         [("demanded", "PE"), ("demanded", "CL"), ("demanded", "VN")])

    def test_suspended_for_some_parties_is_an_exemption_of_each(self):
        # the measure stays for the rest
        ts = one("The White House suspended its aluminum tariffs for Chile, Peru and Vietnam until "
                 "June.", published="2018-04-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("exempt", "US", "CL"), ("exempt", "US", "PE"), ("exempt", "US", "VN")])
        # suspended for a time, it is lifted
        ts = one("The White House suspended its aluminum tariffs for 90 days.",
                 published="2018-04-01T00:00:00Z")
        self.assertEqual([(t["action"], t["target"]) for t in ts], [("remove", None)])

    def test_a_measure_aimed_at_parties_targets_each(self):
        ts = one("Seoul will raise duties on imported beef, a step aimed squarely at Australia and "
                 "New Zealand.", published="1987-05-01T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("KR", "AU"), ("KR", "NZ")])

    def test_exempt_past_an_aside_on_the_subject(self):
        # the aside's party is not the target, the subject is
        ts = one("Ottawa will put a 25 percent duty on steel imports. Chile and Peru, which are "
                 "members of the Pacific Alliance, will be exempt from the duty.",
                 published="2018-08-01T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts if t["action"] == "exempt"],
                         [("CA", "CL"), ("CA", "PE")])

    def test_the_subject_of_a_bare_exempted_undergoes_it(self):
        # "exempted" as the clause's own trigger: its subject is spared
        ts = one("Ottawa put duties on steel imports. Chile, which was exempted in May, agreed to "
                 "limit its shipments.", published="2018-08-01T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts if t["action"] == "exempt"],
                         [("CA", "CL")])

    def test_remaining_exempt(self):
        # the parties that stay exempt are its targets, one event each; in
        # force unless a condition follows
        ts = one("Ottawa put duties on steel imports. Chile and Peru will remain exempt, officials said.",
                 published="2018-08-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"]))
                          for t in ts if t["action"] == "exempt"],
                         [("exempt", "actual", "CA", "CL"), ("exempt", "actual", "CA", "PE")])
        ts = one("Ottawa put duties on steel imports. Chile and Peru would remain exempt as long "
                 "as talks continue.", published="2018-08-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts if t["action"] == "exempt"], ["proposed", "proposed"])
        # exempt from anything but a duty is no event
        self.assertEqual(one("Small farms remain exempt from the new rule."), [])

    def test_a_list_winning_exemptions(self):
        # those who won an exemption are its targets, one event each
        ts = one("Argentina and Australia won exemptions from the U.S. duties on aluminum.",
                 published="2018-05-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("exempt", "US", "AR"), ("exempt", "US", "AU")])
        # (also with the exemption alone, after the measure was named)
        ts = one("Washington put duties on aluminum. Chile and Peru also won exemptions.",
                 published="2018-05-01T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts if t["action"] == "exempt"],
                         [("US", "CL"), ("US", "PE")])

    def test_won_after_a_name_is_the_verb(self):
        # "won" is Korea's currency after a number or a demonym, the verb
        # after a country's name: the winner is whom the exemption concerns
        ts = one("Japan won an exemption from the U.S. steel tariffs.",
                 published="2018-05-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("exempt", "US", "JP")])
        ts = one("South Korea won a permanent exemption from the steel tariffs.",
                 published="2018-05-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("exempt", "KR")])
        ts = one("Washington put tariffs on 500 billion won of South Korean steel.",
                 published="2018-05-01T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "KR")])
        self.assertEqual(ts[0]["amount"], {"value": 500000000000, "currency": "KRW"})

    def test_the_measure_answered_is_the_answered_partys(self):
        # no party named in the answered measure: it is the one the answer
        # targets, not the sentence's subject (the answerer)
        ts = one("Mexico imposed tariffs on U.S. pork in retaliation for steel duties.",
                 published="2019-05-14T00:00:00Z")
        self.assertEqual(pairs(ts), [("MX", "US"), ("US", None)])
        ts = one("Beijing levied duties on U.S. goods in response to tariffs on Chinese steel.",
                 published="2019-05-14T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", "US"), ("US", "CN")])

    def test_the_measure_answered_is_no_antecedent_over_its_noun_phrase(self):
        # the answer's opener stands a noun phrase before the measure
        # answered ("in response to the Trump administration's steel and
        # aluminum duties"); the next sentence's bare "the surtaxes" are
        # still the answerer's
        ts = one("Ottawa put surtaxes on U.S. ketchup on Sunday in response to the Trump administration's "
                 "steel and aluminum duties. The surtaxes include 10 percent on yogurt.",
                 published="2018-07-02T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["CA", "US", "CA"])

    def test_a_retaliatory_measure_hits_the_party_it_answers(self):
        # no target named: the last other party levying before it (the
        # US), not the party the story is about (Russia)
        ts = one("Russia said it would answer the U.S. duties on its steel. Canada and Mexico have already "
                 "imposed retaliatory tariffs, and Moscow's list covers road machinery.",
                 published="2018-07-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "US"), ("MX", "US"), ("US", "RU")])

    def test_the_object_of_a_verb_phrase_before_a_modal_one(self):
        # "condemned the U.S. measures and could impose": the U.S. ends the
        # first verb phrase; the subject of both acts
        for text in ("The EU condemned the U.S. measures and could impose duties on American goods.",
                     "The EU condemned the U.S. move and retaliated with duties on American goods."):
            ts = one(text, published="2002-03-06T00:00:00Z")
            self.assertEqual(pairs(ts), [("EU", "US")], text)
        # a second object after the party: "label China a currency manipulator and impose"
        ts = one("If elected, Trump said, he would label China a currency manipulator and impose tariffs "
                 "on its goods.", published="2016-08-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_a_nationality_before_an_office_names_its_government(self):
        # "the Chinese commerce ministry" acts for China, as "the Chinese
        # government" does, over the office's own words
        ts = one("The United States will impose tariffs on Chinese goods on Aug. 23. "
                 "The Chinese commerce ministry said it would levy duties on U.S. goods.",
                 published="2018-08-07T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("US", "CN"), ("CN", "US")])
        # and a country right before a metonym names whose it is: the
        # lexicon's "Congress" is the U.S. one
        for text, actor in (("The Philippine Congress voted to raise tariffs on imported rice.", "PH"),
                            ("Mexico's Congress will consider tariffs on U.S. corn.", "MX"),
                            ("The U.S. Congress passed a bill to raise tariffs on Japanese cars.", "US")):
            ts = one(text, published="2018-04-10T00:00:00Z")
            self.assertEqual([code(t["actor"]) for t in ts], [actor], text)

    def test_a_leaders_measure_before_they_took_office_is_a_plan(self):
        # the lexicon's day a leader first held the office that levies
        # ("never" for candidates and legislators): before it, their
        # measure is a plan, not in force; after it, as the clause says
        for text, published, modality in (
                ("Trump's tariffs on Chinese goods hurt American consumers.", "2016-09-20", "proposed"),
                ("Trump's tariffs on Chinese goods hurt American consumers.", "2022-09-20", "actual"),
                ("Gephardt's tariffs on Japanese goods hurt American consumers.", "1987-05-20", "proposed"),
                ("Reagan's tariffs on Japanese goods hurt American consumers.", "1987-05-20", "actual")):
            ts = one(text, published=published + "T00:00:00Z")
            self.assertEqual([t["modality"] for t in ts], [modality], (text, published))
        # a duty whose actor is only carried over from the candidate's plan
        # is the standing one its clause says it is
        ts = one("Trump has said he would impose a 45 percent tariff on Chinese goods. Toy importers, who already "
                 "pay tariffs averaging 9 percent, are worried.", published="2016-05-05T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "actual"])

    def test_leaders_and_trade_officials_of_more_economies(self):
        # heads of government and trade officials of Korea, post-Brexit
        # Britain, Australia, India and the EU's trade commissioners (not of
        # EU members: their tariffs are the customs union's)
        for text, actor in (("Sunak proposed to scrap tariffs on American cars.", "GB"),
                            ("Sitharaman raised the import duty on gold to 12.5 per cent.", "IN"),
                            ("Moon Jae-in agreed to cut tariffs on American beef.", "KR"),
                            ("Phil Hogan offered to cut tariffs on American cars.", "EU"),
                            ("Anthony Albanese vowed to remove tariffs on Chinese solar panels.", "AU")):
            ts = one(text, published="2019-07-06T00:00:00Z")
            self.assertEqual([code(t["actor"]) for t in ts], [actor], text)

    def test_whoever_seeks_an_exemption_is_its_target(self):
        # no one seeks an exemption from its own tariffs: not its own plan
        ts = one("Seoul would seek an exemption from the tariffs.", published="2018-03-20T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["target"])) for t in ts], [("demanded", "KR")])

    def test_the_subject_hit_by_a_measure_its_levier_names(self):
        # "China was hit by U.S. tariffs": the passive subject is the
        # target also when the levier is named with the measure
        for text, target in (("China was hit by U.S. tariffs.", "CN"),
                             ("Seoul has been hit by U.S. tariffs on washing machines.", "KR")):
            ts = one(text, published="2019-06-14T00:00:00Z")
            self.assertEqual(pairs(ts), [("US", target)], text)
        # a relative clause's passive is its antecedent's, not the main
        # clause's subject's (whose own relative clause it may be)
        for text, pair in (("Beijing unveiled a list of U.S. goods that will be hit with retaliatory "
                            "tariffs.", ("CN", "US")),
                           ("Ottawa drew up a list of American products which would be hit by "
                            "retaliatory duties.", ("CA", "US")),
                           ("China, which was hit by U.S. tariffs in March, retaliated.", ("US", "CN"))):
            ts = one(text, published="2019-06-14T00:00:00Z")
            self.assertEqual(pairs(ts), [pair], text)

    def test_a_that_clause_naming_its_own_actor(self):
        # "Tokyo and Washington agreed that Japan would cut": Japan's cut,
        # not one of each party of the list before "that"
        ts = one("Tokyo and Washington agreed that Japan would cut tariffs on U.S. beef.",
                 published="2019-06-14T00:00:00Z")
        self.assertEqual(pairs(ts), [("JP", "US")])
        ts = one("Officials said that China and the EU would impose tariffs on U.S. goods.",
                 published="2019-06-14T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", "US"), ("EU", "US")])

    def test_a_round_of_talks_named_after_a_place_is_no_party(self):
        for text in ("Under the Uruguay Round accord, industrial countries will cut tariffs on "
                     "manufactured goods by an average of 38 percent.",
                     "The Tokyo Round cut tariffs on industrial goods by a third."):
            ts = one(text, published="1995-05-17T00:00:00Z")
            self.assertEqual([code(t["actor"]) for t in ts], [None], text)

    def test_an_origin_named_by_an_including_list(self):
        # "from countries including X, Y": the goods' origins, one event each
        ts = one("Ottawa levied duties on steel from its allies, including Japan and South Korea.",
                 published="2018-07-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "JP"), ("CA", "KR")])
        # not parties that merely answer the measure
        ts = one("Trading partners including China have retaliated against Ottawa's steel duties.",
                 published="2018-07-10T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], [None])

    def test_a_measure_applied_or_extended_to_parties(self):
        ts = one("The steel duties will apply to Chile and Peru from Friday.", published="2018-07-10T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["CL", "PE"])
        ts = one("Ottawa extended its steel duties to Chile and Peru on June 1.", published="2018-07-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "CL"), ("CA", "PE")])
        # not applying to a party exempts it: no target of the duty
        ts = one("The steel duties will not apply to Chile.", published="2018-07-10T00:00:00Z")
        self.assertNotIn("CL", [code(t["target"]) for t in ts if t["action"] == "impose"])

    def test_parties_doing_the_same(self):
        # "..., as did X": X levies it too, one event per party
        ts = one("Ottawa put duties on U.S. steel and whisky, as did Mexico and the EU.",
                 published="2018-07-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts],
                         [("CA", "US"), ("MX", "US"), ("EU", "US")])
        # not a time clause, nor the actor itself
        self.assertEqual(pairs(one("Ottawa put duties on U.S. steel as soon as Washington did.",
                                   published="2018-07-10T00:00:00Z")), [("CA", "US")])

    def test_chinas_legislature_is_not_the_us_congress(self):
        for text in ("The National People's Congress approved a law cutting tariffs on imported cars.",
                     "The Standing Committee of the National People’s Congress approved cutting tariffs "
                     "on imported cars."):
            self.assertEqual([code(t["actor"]) for t in one(text, published="2018-04-10T00:00:00Z")],
                             ["CN"], text)

    def test_a_possessors_decision_to_go_on_with_a_measure(self):
        ts = one("Ottawa's decision to move forward with duties on Korean steel rattled markets.",
                 published="2018-03-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "KR")])

    def test_the_party_given_or_winning_an_exemption(self):
        # the first object of a verb of giving receives it; the giver acts
        ts = one("Ottawa granted Chile a permanent exemption from the steel duties.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts], [("exempt", "CA", "CL")])
        ts = one("Ottawa gave Chile and Peru an exemption from the steel duties.", published="2018-06-01T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "CL"), ("CA", "PE")])
        # the winner of an exemption is whom it concerns, not its actor
        ts = one("Chile became the first country to win a permanent exemption from the duties.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["CL"])
        self.assertNotIn("CL", [code(t["actor"]) for t in ts])

    def test_ending_or_granting_exemptions_for_parties_named_after_the_tariffs(self):
        # "ended exemptions from the steel duties for X, Y and Z": the duty on each
        ts = one("Ottawa on Thursday ended exemptions from steel and aluminum duties for Chile, Peru and "
                 "the European Union.", published="2018-06-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("impose", "CA", "CL"), ("impose", "CA", "PE"), ("impose", "CA", "EU")])
        # the parties an exemption is for are not its actors
        ts = one("Ottawa ended exemptions for Chile and Peru from the duties.", published="2018-06-01T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "CL"), ("CA", "PE")])
        # a duty that exempts them does not hit them
        ts = one("Ottawa signed an order to levy a 25 percent duty on steel while offering exemptions for "
                 "Chile and Peru.", published="2018-06-01T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts if t["action"] == "impose"], [None])

    def test_exemptions_on_goods_granted_to_a_list(self):
        # over the goods exempted, and an opening "In order to ..." clause is not a demand
        ts = one("In order to seek help from its allies, Trump granted tariff exemptions on steel and "
                 "aluminum to Australia and Canada.", published="2018-03-27T00:00:00Z", rules=True)
        self.assertEqual(sorted((t["action"], t["modality"], code(t["target"])) for t in ts),
                         [("exempt", "actual", "AU"), ("exempt", "actual", "CA")])

    def test_ending_exemptions_imposes_the_duty_on_each_party(self):
        # like ending duty-free treatment (guidelines §5): impose, one event
        # per party; a participle clause keeps the main clause's actor
        ts = one("Ottawa ended exemptions for Chile, Peru and Japan, imposing 25 percent duties "
                 "on their salmon.")
        self.assertEqual(sorted(set((t["action"], code(t["actor"]), code(t["target"])) for t in ts)),
                         [("impose", "CA", "CL"), ("impose", "CA", "JP"), ("impose", "CA", "PE")])

    def test_the_gsp_is_duty_free_treatment(self):
        # guidelines §1: removing a party from the GSP imposes the ordinary
        # duty, one event per party; beside another measure word in its
        # sentence it is no measure of its own
        ts = one("Washington will drop Taiwan and South Korea from its GSP program next year.",
                 published="1987-06-05T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("impose", "US", "TW"), ("impose", "US", "KR")])
        ts = one("Reagan ended duty-free treatment for exports from Chile and Peru under the GSP.",
                 published="1987-06-05T00:00:00Z")
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("impose", "CL"), ("impose", "PE")])

    def test_whom_an_actor_exempts_is_no_pair_for_its_duties(self):
        ts = one("Ottawa exempted Chile from its new salmon duties. Ottawa imposed the duties on "
                 "Monday.")
        self.assertNotIn("CL", [code(t["target"]) for t in ts if t["action"] == "impose"])

    def test_the_subject_of_a_demand_asks_for_its_own_exemption(self):
        ts = one("Seoul urged Washington to exempt it from the new duties on washing machines.")
        self.assertEqual([(code(t["actor"]), code(t["target"]), t["modality"]) for t in ts],
                         [("US", "KR", "demanded")])

    def test_by_names_the_agent_right_after_it(self):
        # "made by Ford in Mexico" names the maker and the origin, not who levies
        ts = one("Trump said he would impose a 35 percent tax on cars made by Ford in Mexico.",
                 published="2016-04-01T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "MX")])

    def test_a_relative_clauses_modal_is_not_the_measures(self):
        ts = one("The tariffs, which could rise to 25 percent, were imposed on U.S. corn.",
                 published="1987-04-20T00:00:00Z", rules=True)
        self.assertEqual([t["modality"] for t in ts], ["actual"])
        # nor does it hide the clause's own target after it; what it says
        # the measure hits is the measure's
        self.assertEqual([code(t["target"]) for t in ts], ["US"])
        ts = one("The tariffs, which hit Japanese goods, were lifted.", published="1987-04-20T00:00:00Z",
                 rules=True)
        self.assertEqual([code(t["target"]) for t in ts], ["JP"])
        # and its dates are the imposition's, not those of a change the
        # clause around it reports
        ts = one("The tariffs, which took effect in 1983, would be lowered next year.",
                 published="1987-04-20T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "proposed")])

    def test_the_agent_after_a_relative_clause_with_a_modal(self):
        # the relative clause's modal starts no predicate of the measure's
        ts = one("The tariffs, which will add 300 mln dlrs to the cost of the goods, were announced by "
                 "President Reagan on Friday.", published="1987-03-28T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["US"])

    def test_a_source_after_according_to_is_no_agent(self):
        # "a statement by Japan's ministry" is the source's, not the measure's
        ts = one("Japan opposes the tariffs on Japanese cars, according to a statement by "
                 "Japan's trade ministry.", published="2018-09-01T00:00:00Z")
        self.assertNotIn("JP", [code(t["actor"]) for t in ts])

    def test_its_after_a_partys_noun_is_that_partys(self):
        ts = one("Peru responded firmly to the Chile investigation report and its proposed tariff "
                 "list.", published="2018-04-06T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["CL"])
        # but "its" after a list of objects is the subject's
        ts = one("Tokyo has decided to remove Peru and Chile from its preferential tariff "
                 "framework.", published="2018-04-06T00:00:00Z")
        self.assertEqual(sorted(code(t["actor"]) for t in ts), ["JP", "JP"])

    def test_what_is_faced_because_of_a_measure_is_not_it(self):
        # "higher" and "face" are about the costs; the goods' origin after
        # "imported" is the target
        ts = one("Peruvian shipyards face higher costs due to the additional duties on imported "
                 "Chilean steel.", published="2018-09-01T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("impose", "CL")])

    def test_whoever_escapes_a_measure_is_its_target(self):
        ts = one("Chile and Peru will escape the 25 percent duties on salmon, Canada's finance "
                 "minister said.")
        self.assertEqual(pairs(ts), [("CA", "CL"), ("CA", "PE")])

    def test_whoever_faces_a_measure_is_its_target(self):
        ts = one("Chile, Peru and Japan will face 20 percent duties on salmon from Monday, "
                 "Canada's finance minister said.", published="2019-05-20T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "CL"), ("CA", "JP"), ("CA", "PE")])
        # not the subject of a verb further away: "a list of Chinese exports facing tariffs"
        ts = one("The US published a list of Chinese exports facing extra tariffs of 25 percent.")
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_whose_goods_face_a_measure_is_its_target(self):
        ts = one("Mexican tomatoes will face duties of 17 percent.", published="2019-05-08T00:00:00Z",
                 rules=True)
        self.assertEqual(pairs(ts), [(None, "MX")])
        ts = one("South Korean washing machines will face U.S. tariffs of 50 percent.",
                 published="2018-01-20T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "KR")])
        # also with the levying party named before the tariff
        ts = one("Japan faces U.S. tariffs on chips.", published="1987-04-10T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "JP")])
        # the one who warns or says that another will face it levies it
        for text, pair in (("Trump warned that China would face more tariffs if it retaliated.", ("US", "CN")),
                           ("Japan said the U.S. would face duties on its cars.", ("JP", "US"))):
            ts = one(text, published="2018-09-01T00:00:00Z", rules=True)
            self.assertEqual(pairs(ts), [pair], text)
        # and a party it is aimed at makes it no bare mention
        self.assertEqual(len(one("Chinese steel faces tariffs in Canada.",
                                 published="2018-01-20T00:00:00Z", rules=True)), 1)

    def test_a_possessive_over_a_rate_levies(self):
        ts = one("Washington's 10 percent duties on Chinese goods will rise to 25 percent.",
                 published="2018-09-20T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_an_origin_after_for(self):
        ts = one("Beijing said it was considering higher tariffs for imported US products worth "
                 "about $3 billion.", published="2018-03-27T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("CN", "US")])

    def test_an_origin_written_of_x_origin(self):
        one_pair_each(self, "2018-12-15T00:00:00Z",
                      ("Goods of Korean origin will enjoy zero tariff in Japan from January.", ("JP", "KR")),
                      ("Products of Brazilian origin imported into Canada will enjoy zero tariff from May.",
                       ("CA", "BR")),
                      rules=True)

    def test_a_relative_clause_that_plans_or_threatens_the_measure(self):
        for text, want in (("Analysts said tariffs that the US plans to impose on Chinese goods will suppress demand.",
                            ("proposed", "US", "CN")),
                           ("Analysts said the tariffs Japan threatens to impose on US beef would hurt ranchers.",
                            ("threatened", "JP", "US"))):
            ts = one(text, published="2018-08-10T00:00:00Z")
            self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts], [want], text)

    def test_a_relative_clause_that_decides_the_measure(self):
        # its subject levies; a "by" further on is another verb's agent
        for text in ("Seoul said the duties Tokyo decided to impose on Korean chips were an answer to the "
                     "damage caused by Korean exports.",
                     "Exporters said the duties Tokyo decided to impose on Korean chips were a blow dealt by "
                     "Washington's closest ally."):
            ts = one(text, published="2018-08-10T00:00:00Z")
            self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("JP", "KR")], text)

    def test_the_goods_origin_outranks_a_subject_of_the_clause_before(self):
        ts = one("Kim wrote that planned EU tariffs will squeeze demand, but the impact of the 25 percent "
                 "tariff on $3 billion of EU goods should be small.", published="2018-08-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("EU", None), (None, "EU")])

    def test_answering_a_party_with_a_measure(self):
        # the one answered is the target, the one answering levies
        one_pair_each(self, "2018-04-05T00:00:00Z",
                      ("Brazil hit back at the US with tariffs on ethanol.", ("BR", "US")),
                      ("Japan retaliated against the EU move with its own tariff plan.", ("JP", "EU")),
                      ("India responded to the Canadian action with tariffs on lumber.", ("IN", "CA")),
                      # and by a means in -ing, the verb no action word
                      ("Japan hit back against the EU moves by rolling out its own tariff plan.", ("JP", "EU")))
        # (but the measure answered is the other's own)
        ts = one("China will respond to the US' fresh tariff decision.", published="2018-04-05T00:00:00Z")
        self.assertNotIn(("CN", "US"), pairs(ts))

    def test_a_measure_of_a_party_is_its_own(self):
        one_pair_each(self, "2018-08-15T00:00:00Z",
                      ("Exporters are worried about the tariffs of the US government on Chinese goods.",
                       ("US", "CN")),
                      ("Exporters are worried about the high tariff policy of the Japanese government.",
                       ("JP", None)),
                      ("China imposed duties on imports of US cars.", ("CN", "US")),
                      rules=True)

    def test_goods_originating_in_a_list_of_parties(self):
        # each of the list is an origin, not the subject that levies
        ts = one("Goods originating in India, Nepal and Laos will have their tariffs cut to zero from July 1.",
                 published="2018-06-27T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [(None, "IN"), (None, "LA"), (None, "NP")])

    def test_who_faces_a_measure_over_an_adverb(self):
        ts = one("Brazil now faces US tariffs on steel.", published="2018-04-09T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "BR")])

    def test_a_country_s_goods_facing_a_measure(self):
        one_pair_each(self, "2018-04-05T00:00:00Z",
                      ("US soybeans could face additional tariffs when entering China.", ("CN", "US")),
                      ("EU cheese will face US tariffs from Friday.", ("US", "EU")),
                      rules=True)

    def test_cuts_under_a_bloc_s_agreement_are_the_bloc_s(self):
        for text in ("New tariff cuts under the Asia-Pacific Trade Agreement (APTA) took effect on Sunday.",
                     "Under Mercosur, tariffs on most goods were eliminated in 1995."):
            ts = one(text, published="2018-07-02T00:00:00Z", rules=True)
            self.assertEqual(pairs(ts), [("XX", "XX")], text)

    def test_where_goods_are_sold_levies(self):
        one_pair_each(self, "2014-11-13T00:00:00Z",
                      ("The average tariff on Chinese goods sold in Brazil fell from 12 percent to 6 percent.",
                       ("BR", "CN")),
                      ("The tariff on Thai goods sold in ASEAN countries was cut to zero in 2010.",
                       ("XX", "TH")),
                      rules=True)

    def test_goods_of_an_origin_shipped_to_a_party_are_its_imports(self):
        ts = one("A total of 27 items with Thai origin will be exported to Japan with zero tariff from July.",
                 published="2017-06-26T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("JP", "TH")])

    def test_what_a_partys_measures_include_is_its_own(self):
        one_pair_each(self, "2018-06-25T00:00:00Z",
                      ("Ottawa's countermeasures include a 10 percent tax on U.S. ketchup.", ("CA", "US")),
                      rules=True)

    def test_goods_made_in_a_party_written_with_its_abbreviation(self):
        # "U.S.-made" is the origin as "US-made" and "U.S. made" are
        one_pair_each(self, "2018-07-10T00:00:00Z",
                      ("U.S.-made cars now face a 40 percent tariff in China.", ("CN", "US")),
                      ("U.S.-made cars now face a 40 percent Chinese tariff.", ("CN", "US")),
                      rules=True)

    def test_whatever_is_exported_to_a_party_is_its_import(self):
        # the goods named by any word, the origin before them or after "from"
        one_pair_each(self, "2018-08-20T00:00:00Z",
                      ("Tariffs on U.S. soybeans exported to China hurt farmers in Iowa.", ("CN", "US")),
                      ("The tariffs on cars exported from the US to China cut Daimler's profit.", ("CN", "US")),
                      rules=True)

    def test_an_origin_over_an_adverb_of_all(self):
        ts = one("Trump has said he could impose tariffs on virtually all Chinese imports.",
                 published="2018-09-20T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_an_origin_over_an_approximate_count(self):
        one_pair_each(self, "2018-09-20T00:00:00Z",
                      ("Washington imposed tariffs on about 500 Chinese products.", ("US", "CN")),
                      ("The U.S. imposed duties on more than 1,300 Chinese products.", ("US", "CN")),
                      ("Ottawa cut tariffs on nearly 40 Korean goods.", ("CA", "KR")),
                      rules=True)

    def test_a_measure_on_its_goods(self):
        # "its" exports are another party's than the actor's; its imports are the actor's own
        ts = one("Ottawa said the U.S. duty on its lumber exports was unjustified.",
                 published="1987-04-25T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "CA")])
        ts = one("The U.S. is imposing tariffs on its steel and aluminum product imports, a spokesman said.",
                 published="2018-03-23T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", None)])

    def test_legislators_and_candidates_act_for_their_country(self):
        ts = one("Gephardt called for tariffs on Japanese goods.", published="1987-04-25T00:00:00Z",
                 rules=True)
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("proposed", "US", "JP")])

    def test_a_by_phrase_of_the_clauses_own_verb_names_no_levier(self):
        # "by" after the main verb a modal opens belongs to that verb's
        # object, not to the measure in the subject; a passive of the
        # measure itself still names who levies it
        for text, pair in (("Washington's decision to levy tariffs against China will deal a blow to "
                            "the efforts taken by Beijing.", ("US", "CN")),
                           ("The tariffs on Japanese chips could hurt the plans announced by Canada.",
                            (None, "JP")),
                           ("The tariffs on steel will be imposed by Brazil.", ("BR", None)),
                           # the possessor of a decision to levy is the levier
                           ("Washington's decision to levy tariffs against China angered Beijing.",
                            ("US", "CN"))):
            with self.subTest(text=text):
                self.assertEqual(pairs(one(text, published="2018-09-20T00:00:00Z", rules=True)), [pair])

    def test_a_title_before_a_leaders_name_is_the_leader(self):
        ts = one("Tokyo was deeply disappointed by the tariffs imposed by President Reagan.",
                 published="1987-04-17T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "JP")])

    def test_whose_conduct_a_measure_answers_is_its_target(self):
        for text, pair in (("Reagan imposed the tariffs in retaliation for Japan's failure to honor the pact.",
                            ("US", "JP")),
                           ("The EU slapped duties on whiskey and jeans in response to U.S. steel tariffs.",
                            ("EU", "US")),
                           ("Trump said he would use tariffs to punish Mexico.", ("US", "MX")),
                           # the conduct alleged or found
                           ("The U.S. imposed duties on power tools, alleging that Japan had violated the pact.",
                            ("US", "JP")),
                           ("The tariffs were imposed in 1983 when the ITC found that Japanese makers had been "
                            "flooding the market.", (None, "JP"))):
            ts = one(text, published="2018-06-01T00:00:00Z", rules=True)
            self.assertEqual(pairs(ts)[0], pair, text)

    def test_whom_a_threat_is_made_with_a_tariff_is_its_target(self):
        ts = one("The candidate has threatened Mexico with a 35 percent tariff.",
                 published="2016-05-02T00:00:00Z", rules=True)
        self.assertEqual([(t["modality"], code(t["target"])) for t in ts], [("threatened", "MX")])

    def test_where_goods_are_built_makes_a_tax_customs(self):
        ts = one("Trump said he would impose a 35 percent tax on cars that Ford builds in Mexico and "
                 "ships back to the United States.", published="2016-05-02T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "MX")])
        # with any verb of making, "that" or not
        for text in ("Trump said he would impose a 35 percent tax on cars Ford makes in Mexico.",
                     "Trump vowed a 35 percent tax on air conditioners Carrier produces in Mexico."):
            self.assertEqual(pairs(one(text, published="2016-05-02T00:00:00Z", rules=True)), [("US", "MX")], text)

    def test_whose_conduct_an_offer_depends_on_is_its_target(self):
        ts = one("Washington has said it will lift the duties if Japan abides by the chip pact.",
                 published="1987-04-10T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["modality"], code(t["target"])) for t in ts],
                         [("remove", "proposed", "JP")])

    def test_the_tariffs_in_a_country_are_its(self):
        ts = one("Chinese tire exports were charged high tariffs in the US.",
                 published="2015-06-20T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_whose_market_the_goods_reach_levies(self):
        ts = one("Britain also needs tariff-free access to European markets, he said.",
                 published="2017-06-02T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("EU", "GB")])

    def test_a_measure_aimed_at_parties_is_no_bare_mention(self):
        ts = one("New duties will hit pipe from Korea, Mexico and Turkey.")
        self.assertEqual(sorted((code(t["target"]), t["modality"]) for t in ts),
                         [("KR", "proposed"), ("MX", "proposed"), ("TR", "proposed")])
        # a party the clause names otherwise does not make a bare mention an event
        self.assertEqual(one("The duties would be harmful to farmers in Ohio."), [])

    def test_an_attached_levier_makes_an_event_with_the_model_too(self):
        # guidelines §2(b): "U.S. tariffs" is an event whatever the learned
        # keep decision would say of a mention without an action
        ts = one("Japan said it would ask GATT to rule on the legality of the U.S. tariffs.",
                 published="1987-04-20T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["US"])

    def test_goods_named_before_the_tariff_make_it_no_bare_mention(self):
        # guidelines §2(c): the measure's own goods, also before it
        ts = one("Ford said the steel and aluminum tariffs had cost it about $1 billion in profit.",
                 published="2018-09-27T00:00:00Z", rules=True)
        self.assertEqual([t["goods"] for t in ts], [["steel", "aluminum"]])

    def test_the_subject_of_a_relative_clause_acts(self):
        ts = one("The duties that Ottawa imposed on Korean pipe in March remain in place.",
                 published="2018-11-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("impose", "actual", "CA", "KR")])

    def test_a_party_in_a_relative_clause_aside_is_not_the_subject(self):
        # "who ..." between commas speaks of its own matters: the speaker
        # before it is the clause's subject, not the party inside it
        ts = one("Trump, who has threatened to tear up NAFTA, said he would slap a 35 percent "
                 "tariff on Mexican-made cars.", published="2016-09-15T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"]), t["modality"]) for t in ts],
                         [("US", "MX", "proposed")])

    def test_goods_end_at_a_participle_clause_with_its_own_object(self):
        # ", drawing protests from ..." says what the levy did, it names no product
        ts = one("The EC Commission proposed a levy on imported vegetable oils, drawing protests "
                 "from the United States.", published="1987-04-01T00:00:00Z")
        self.assertEqual([t["goods"] for t in ts], [["vegetable oils"]])
        ts = one("The U.S. imposed tariffs on refrigerators, washing machines and dryers from South Korea.")
        self.assertEqual([t["goods"] for t in ts], [["refrigerators", "washing machines", "dryers"]])

    def test_readiness_to_levy_is_a_threat_unless_the_writer_infers_it(self):
        # "ready" is "poised": the actor says it will strike (guidelines §6);
        # a writer's reading of the stance ("appears ready") is an expectation
        ts = one("Trump said he was ready to put tariffs on all Chinese imports.",
                 published="2018-07-30T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("impose", "threatened")])
        ts = one("China is ready to cut tariffs on imported cars.", published="2018-07-30T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "proposed")])
        ts = one("Trump seemed poised to impose tariffs on Chinese goods.", published="2016-07-30T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("impose", "considered")])

    def test_a_threat_word_after_the_measure_in_anothers_verb_phrase(self):
        # "and is poised to take counter measures" is China's, not the US proposals'
        for word in ("poised", "ready"):
            ts = one("China firmly opposes the US tariff proposals and is %s to take counter measures "
                     "on US products." % word, published="2018-07-30T00:00:00Z")
            self.assertEqual([(t["action"], t["modality"], code(t["actor"])) for t in ts],
                             [("impose", "proposed", "US")])

    def test_goods_after_the_measures_verb_of_reach(self):
        # what the tariffs hit, target, cover or apply to are their goods
        cases = [("China's tariffs hit U.S. soybeans, pork and whiskey.", ["soybeans", "pork", "whiskey"]),
                 ("The new duties will apply to steel and aluminum from Canada.", ["steel", "aluminum"]),
                 ("The 25 percent tariffs target 818 products, including cars and hard drives.",
                  ["cars", "hard drives"]),
                 ("The tariffs hit U.S. farmers hard.", [])]
        for text, goods in cases:
            ts = one(text, published="2018-07-30T00:00:00Z")
            self.assertEqual([t["goods"] for t in ts], [goods], text)

    def test_the_origin_after_a_modal_apply_to(self):
        # "apply" ends in -ly but is no adverb: "would apply to" is what is
        # done with the measure, and the goods' origin is its target
        ts = one("The new duties would apply to steel and aluminum from Canada and Mexico.",
                 published="2018-07-30T00:00:00Z")
        self.assertEqual(pairs(ts), [(None, "CA"), (None, "MX")])

    def test_a_change_verb_with_an_acronym_object_is_the_measures_effect(self):
        # "would cut GNP": what the tariff does, not a cut of it
        ts = one("Herrington said a 10 dlr per barrel tariff on oil imports would cut GNP by 0.5 pct.",
                 published="1987-04-01T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["impose"])

        # (so after a relative clause: the main verb with an object of its
        # own is no change of the measure, which the clause imposed)
        ts = one("Growers say the duty Seoul put on U.S. oranges in March has cut their sales by half.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["impose"])
        ts = one("The duties Seoul put on U.S. oranges in March were cut to 10 percent.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["lower"])

    def test_a_tribunal_throwing_out_or_striking_down_duties_removes_them(self):
        for text in ("The trade tribunal threw out the anti-dumping duties on Korean tubing on Monday.",
                     "A federal court struck down the duties on Korean tubing on Monday."):
            ts = one(text, published="2018-08-30T00:00:00Z")
            self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("remove", "KR")], text)

    def test_the_idea_of_a_measure_with_its_own_goods_is_considered(self):
        # §2(c): its own specification makes it a measure, weighed (§6);
        # the idea of a bare one stays talk
        ts = one("Senators floated the idea of a tariff on Japanese cars.", published="1987-04-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["target"])) for t in ts],
                         [("impose", "considered", "JP")])
        self.assertEqual(one("Many of those testifying backed the idea of retaliatory tariffs.",
                             published="1987-04-01T00:00:00Z"), [])

    def test_a_measure_on_both_countries_is_one_event_each(self):
        # §3: "both countries" after the measure are the pair named before it
        ts = one("Canada and Mexico won exemptions from the U.S. tariffs on cars. The U.S. steel "
                 "tariffs on both countries remain in place.", published="2018-10-01T00:00:00Z")
        steel = [t for t in ts if t["goods"] == ["steel"]]
        self.assertEqual(pairs(steel), [("US", "CA"), ("US", "MX")])

    def test_lower_than_a_measure_compares_it(self):
        # "lower than" changes nothing: no cut of the measure compared
        ts = one("The new rates are lower than the tariffs of 5 to 25 percent on U.S. goods "
                 "that China imposed in July.", published="2018-09-18T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["impose"])

    def test_a_relative_clause_threatening_the_measure_over_its_rate(self):
        # "the tariffs (of 5 to 25 percent) that Beijing had threatened": its threat
        ts = one("The rates are lower than the tariffs of 5 to 25 percent that Beijing had threatened "
                 "in August.", published="2018-09-18T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"])) for t in ts],
                         [("impose", "threatened", "CN")])

    def test_losing_duty_free_status_imposes_on_the_loser(self):
        # §5: ending duty-free treatment imposes; who loses it undergoes it
        ts = one("Mexico and Brazil will lose duty-free status on 12 products from July 1.",
                 published="1987-04-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("impose", "MX"), ("impose", "BR")])
        # (not "the revenue Japan loses from the tariff framework")
        ts = one("Japan will remove five countries from a preferential tariff framework. The countries account "
                 "for 30 billion yen of the revenue Japan loses from the tariff framework.",
                 published="2018-11-20T00:00:00Z")
        self.assertNotIn("JP", [code(t["target"]) for t in ts])

    def test_who_faces_a_measure_in_a_relative_clause_under_anothers_plan(self):
        # "X, which would face" undergoes it; "under Mr. Trump's plan" names its actor
        ts = one("Mexico, which would face a 35 percent tariff under Mr. Trump's plan, is the second-largest "
                 "buyer of American exports.", published="2016-06-01T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"]), t["modality"]) for t in ts],
                         [("US", "MX", "proposed")])

    def test_who_did_something_to_the_goods_is_no_agent_of_the_measure(self):
        # "steel dumped by China": China dumps, the speaker's country levies
        ts = one("Trump promised steelworkers that he would put tariffs on steel dumped by China.",
                 published="2016-06-01T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["US"])

    def test_the_measure_of_a_possessive_relative_clause(self):
        # "China, whose 25 percent tariff": China's, in force; the main
        # clause's call to end a dispute is not the measure's
        ts = one("Iowa farmers are urging the administration to end its trade dispute with China, whose "
                 "25 percent tariff on American soybeans has cut prices to decade lows.",
                 published="2018-08-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("impose", "actual", "CN", "US")])

    def test_a_coordinated_base_verb_shares_the_first_phrases_modal(self):
        ts = one("Mexico will lower its maximum import tariff to 20 pct from 40 pct and eliminate a five pct "
                 "import surcharge by the end of the year.", published="1987-04-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "proposed"), ("remove", "proposed")])
        ts = one("Brazil cut its tariff on wheat and eliminated the surcharge on corn.",
                 published="1987-04-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual", "actual"])

    def test_a_report_that_a_measure_will_come_is_an_expectation(self):
        # §6 considered: "reports ... say so"; not a ruling's report of the past
        ts = one("Officials denied a newspaper report that Japan would halve its tariff on imported beef.",
                 published="1987-04-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "considered")])

    def test_not_weighing_a_measure_is_no_measure(self):
        # a clause that itself negates the measure is dropped (guidelines §2)
        self.assertEqual(one("MITI officials said Japan was not considering retaliatory duties on U.S. goods.",
                             published="1987-04-01T00:00:00Z"), [])
        ts = one("Japan is not likely to impose duties on U.S. goods.", published="1987-04-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["considered"])

    def test_a_suppliers_price_list_is_no_customs_duty(self):
        # guidelines §1: utility tariffs and domestic taxes are no events
        for text in ("Britain's energy regulator set a cap on default energy tariffs on Tuesday.",
                     "The company raised its industrial power tariffs by five pct.",
                     "Gas tariffs for households will rise 6 percent.",
                     "Mercury Communications said it would keep its own business tariffs unchanged.",
                     "The government also raised the goods and services tax on some luxury items.",
                     # (a carrier's price list)
                     "Royal Mail said its parcel tariffs would rise 3 percent in April.",
                     "The harbour board raised its port tariffs by a fifth."):
            self.assertEqual(one(text, published="2018-06-01T00:00:00Z"), [], text)
        for text in ("China raised its gas import tariffs to 25 percent.",
                     "Energy Secretary Herrington said a tariff on oil imports would cost jobs."):
            self.assertEqual(len(one(text, published="2018-06-01T00:00:00Z")), 1, text)

    def test_the_level_of_a_duty_removed_or_cut_is_no_rate(self):
        # the train gold: "lower its 20 percent tariff", "will no longer have a
        # 15 percent tariff" have no rate; the new level is the rate
        for text in ("Taipei also said it would abolish its 10 pct surcharge on imported cars next year.",
                     "China will lower its 20 percent tariff on cars.",
                     # (a removed one also without a determiner)
                     "Ottawa lifted 35 pct duties on 40 mln dlrs of U.S. books."):
            self.assertEqual([t["rate"] for t in one(text, published="1987-04-01T00:00:00Z")], [None], text)
        ts = one("China will cut its 25 percent tariff on cars to 15 percent.", published="1987-04-01T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [{"from": 25, "to": 15}])
        # (over a stretch of time after the new level)
        ts = one("Seoul will cut its 40 percent tariff on beef to 20 percent over ten years.",
                 published="1987-04-01T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [{"from": 40, "to": 20}])

    def test_the_modal_of_a_verb_dealing_with_a_measure_in_place(self):
        # "will try to resolve", "would offset": the measure is in force
        for text in ("The two sides will try to resolve the U.S. steel tariffs on the EU.",
                     "Analysts said the measures would only partly offset the 10 percent U.S. duties on "
                     "Chinese goods."):
            ts = one(text, published="2018-08-01T00:00:00Z")
            self.assertEqual([t["modality"] for t in ts], ["actual"], text)

    def test_an_average_tariff_is_the_level_in_force(self):
        # not a restatement of the candidate's plan told before
        ts = one("Trump has proposed a 45 percent tariff on Chinese goods. Economists noted that the average American "
                 "tariff on imported goods is about 1.6 percent.", published="2016-10-05T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "actual"])

    def test_a_cut_taking_effect_at_once_is_in_force(self):
        # by the words of its effect, in its clause or in a restatement
        # after it (not a pact's "free from tariff immediately")
        for text in ("Peru will lower its maximum import tariff to 20 pct from 40 pct, effective immediately.",
                     "Peru will lower its maximum import tariff to 20 pct from 40 pct, the ministry said. The cut "
                     "takes effect immediately."):
            ts = one(text, published="1987-12-16T00:00:00Z")
            self.assertEqual({t["modality"] for t in ts}, {"actual"}, text)

    def test_what_happens_in_a_scenario_is_considered(self):
        # a study's supposition, whatever its tense, in each clause of it
        for text in ("The study modeled a scenario in which Brazil imposes a 20 percent tariff on U.S. goods, and "
                     "Chile responds with tariffs of the same size on American goods.",
                     "The study modeled three scenarios, the harshest of which assumes that Chile answers with "
                     "tariffs on American goods."):
            ts = one(text, published="2016-09-19T00:00:00Z")
            self.assertEqual({t["modality"] for t in ts}, {"considered"}, text)

    def test_what_an_office_no_one_holds_could_do_is_no_measure(self):
        # "a president could raise tariffs": talk of the office's powers
        # (§1), unless it restates the measure told ("such a tariff")
        for text in ("Economists noted that a president could raise tariffs for 150 days without Congress.",
                     "The report notes that a future president can impose tariffs of up to 15 percent."):
            self.assertEqual(one(text, published="2016-09-20T00:00:00Z"), [], text)
        ts = one("Trump has proposed a 35 percent tariff on Mexican cars. Lawyers said it was unclear whether a "
                 "president could impose such a tariff on a Nafta partner.", published="2016-09-20T00:00:00Z")
        self.assertEqual(len(ts), 2)

    def test_a_measure_a_candidate_only_talks_about_is_not_his_plan(self):
        # Obama's tire tariff of 2009, cited by candidate Trump: in force
        ts = one("Mr. Trump has cited the tire tariff as proof that duties work.", published="2016-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual"])
        ts = one("Economists said Trump's 45 percent tariff on Chinese goods hurts consumers.",
                 published="2016-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_a_warning_on_a_day_about_anothers_measure(self):
        # "warned on Monday that": as "warned that", no threat of the actor's
        ts = one("Economists warned on Monday that Mr. Trump's proposed tariffs on Chinese imports could cost jobs.",
                 published="2016-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])
        ts = one("China warned on Monday that it would impose tariffs on U.S. soybeans.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["threatened"])

    def test_a_measure_in_a_relative_clause_has_no_modal_past_its_comma(self):
        ts = one("American corn, which enters Mexico duty-free under the trade pact, would be an obvious target, "
                 "analysts said.", published="2016-06-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("remove", "actual")])

    def test_duties_of_ones_own_are_customs_duties(self):
        # "duties of its own": whose they are, not a task ("the duties of the office")
        ts = one("Guajardo said Mexico would hit American goods with duties of its own if Washington abandoned Nafta.",
                 published="2016-06-01T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("threatened", "MX", "US")])

    def test_effective_tomorrow_is_to_come(self):
        # §6: decided but taking effect after the article's date is proposed
        ts = one("The Commission imposed provisional anti-dumping duties of 4.8 to 47.8 pct on Japanese "
                 "printers, effective tomorrow.", published="1987-05-26T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_the_possessor_of_a_benefit_enjoys_it(self):
        # §5: ending duty-free treatment for X imposes on X; X's own grant is X's
        ts = one("President Reagan suspended Chile's duty-free trade privileges under the Generalized System "
                 "of Preferences.", published="1987-12-31T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CL")])
        ts = one("China's zero-tariff treatment for LDCs took effect.", published="2018-07-01T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["CN"])

    def test_a_measure_answered_with_takes_no_predicate_after_it(self):
        # the means of a verb: "shrank" is world trade's, not the tariffs'
        ts = one("Canada, France, Spain and others answered with tariffs of their own on American products, "
                 "and world trade shrank by two-thirds within four years.", published="2016-06-01T00:00:00Z")
        self.assertEqual({t["action"] for t in ts}, {"impose"})
        ts = one("With the tariffs falling to just 5.6 percent from this week, exporters expect growth.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["lower"])

    def test_a_country_name_under_anothers_possessive_is_the_target(self):
        # "Trump's China tariffs" are tariffs on China (U.S. papers' usage)
        ts = one("Trump's China tariffs have hurt soybean farmers.", published="2018-08-01T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CN")])
        ts = one("Japan is attempting to forstall the U.S. tariffs on Japanese goods.", published="1987-04-01T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "JP")])

    def test_agents_listed_after_the_measure_are_one_event_each(self):
        ts = one("Farmers were hurt by retaliatory tariffs from China, Mexico, Canada and the European Union.",
                 published="2018-07-24T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["CN", "MX", "CA", "EU"])

    def test_a_negation_inside_a_leading_condition_is_not_the_measures(self):
        ts = one("If no agreement is reached within 90 days, the tariffs will be raised to 25 percent, the "
                 "White House said.", published="2018-12-02T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("raise", "threatened")])
        self.assertEqual(one("If China does not stop, the U.S. will not impose tariffs.",
                             published="2018-12-02T00:00:00Z"), [])

    def test_a_counted_target_of_a_targeting_verb(self):
        ts = one("Washington issued a tariff list targeting 1,300 Chinese products.")
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_a_call_for_duties_on_others_asks_ones_own_government(self):
        ts = one("Growers in Australia have called for tariffs on Chilean cherries.")
        self.assertEqual(pairs(ts), [("AU", "CL")])
        self.assertEqual(ts[0]["modality"], "demanded")

    def test_a_pronoun_asked_to_act(self):
        ts = one("Thailand said it would study the list of goods on which Japan wants it to cut "
                 "import duties.", published="1987-03-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), t["modality"]) for t in ts], [("TH", "demanded")])

    def test_an_object_in_a_coordinated_verb_phrase_is_no_subject(self):
        ts = one("Ottawa attacked Washington and threatened to impose duties on American bourbon.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "US")])

    def test_the_dateline_is_no_subject(self):
        # where the story was filed says nothing of who acts
        ts = one("SEOUL, May 3 - Analysts said duties of 30 percent on Chinese steel would "
                 "begin in June.")
        self.assertEqual([code(t["actor"]) for t in ts], [None])
        # but "officials" names a government without its country: the home one
        ts = one("SEOUL, May 3 - Officials said duties of 30 percent on Chinese steel would "
                 "begin in June.")
        self.assertEqual([code(t["actor"]) for t in ts], ["KR"])

    def test_a_longer_party_name_than_the_entity_layers(self):
        ts = one("HONG KONG, May 27 - Chinese mainland said it will cut import taxes on cosmetics.",
                 published="2015-05-27T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["CN"])

    def test_a_currencys_country_is_no_subject(self):
        ts = one("SEOUL, Aug. 8 - The customs authority listed goods from Japan worth 16 billion "
                 "U.S. dollars that will be subject to additional tariffs.",
                 published="2018-08-09T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("KR", "JP")])

    def test_possessor_over_modifiers(self):
        ts = one("Brazil's average import tariff rate rose to 12 percent last year.")
        self.assertEqual(code(ts[0]["actor"]), "BR")


    def test_possessor_of_a_plan_with_a_modifier(self):
        ts = one("A French minister said Japan's recent decision to cut tariffs on wine was welcome.")
        self.assertEqual([code(t["actor"]) for t in ts], ["JP"])

    def test_a_government_announcing_an_agentless_change(self):
        ts = one("LIMA, May 4 - Chile's trade minister spoke of the talks. Duties will be lowered "
                 "on July 1 on a range of imported machinery, Peru's Ministry of Finance announced.")
        self.assertEqual([code(t["actor"]) for t in ts], ["PE"])
        # a list of parties after the comma announces nothing
        ts = one("Canadian lumber faces a tariff twice that paid by rivals like Sweden, the United "
                 "States and Finland.")
        self.assertNotIn("US", [code(t["actor"]) for t in ts])

    def test_a_free_port_levies_no_duty(self):
        # Hong Kong and Macao levy no customs duties: a cut an article gives
        # them is the mainland's; one on the mainland's goods is on theirs
        ts = one("HONG KONG, Nov 2 - Hong Kong retailers are worried. Tariff reduction is not the only "
                 "challenge for Hong Kong retailers, analysts said.", published="2018-10-20T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["CN"])
        ts = one("Macao's zero-tariff exports to the mainland have grown. Macao's tariff-free exports reached "
                 "800 million patacas.", published="2018-10-20T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["CN", "CN"])

    def test_a_relative_clause_endorsing_the_measure_names_its_actor(self):
        ts = one("The duties, which EU governments endorsed last week, are a response to U.S. tariffs on "
                 "European steel.", published="2018-06-21T00:00:00Z")
        self.assertEqual(pairs(ts), [("EU", "US"), ("US", "EU")])

    def test_seeking_to_secure_an_exemption_asks_for_it(self):
        ts = one("SEOUL, June 22 (Yonhap) -- South Korea will seek to secure an exemption from the U.S. auto "
                 "tariffs, the trade ministry said Friday.", published="2018-06-22T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("demanded", "US", "KR")])

    def test_a_legislature_without_its_country_is_the_articles(self):
        # like "the government" (issue 9, point 4): the dateline's country
        for text in ("WASHINGTON, April 20 - The Senate Finance Committee approved a bill that would "
                     "impose tariffs on textile imports from Taiwan.",
                     "OTTAWA, May 2 - Lawmakers voted to raise duties on imported steel from Korea."):
            ts = one(text, published="1987-05-04T00:00:00Z")
            self.assertEqual([code(t["actor"]) for t in ts], ["US" if "WASH" in text else "CA"], text)

    def test_the_object_of_a_verb_of_targeting_is_the_target(self):
        ts = one("The duties that have targeted Vietnam will stay, Washington said.")
        self.assertEqual([code(t["target"]) for t in ts], ["VN"])

    def test_a_party_in_an_including_list_is_no_subject(self):
        ts = one("Ottawa put duties on steel from countries including Brazil, as well as extra "
                 "duties on Turkish pipes worth 20 million U.S. dollars.")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts][-1:], [("CA", "TR")])
        self.assertEqual(ts[-1]["amount"]["value"], 20000000)


    def test_the_subject_of_a_passive_exemption_is_the_target(self):
        ts = one("Washington put tariffs on steel in March. Chile and Peru were exempted from the "
                 "steel tariffs in May.")
        self.assertEqual(sorted((code(t["actor"]), code(t["target"])) for t in ts[1:]),
                         [("US", "CL"), ("US", "PE")])

    def test_the_party_whose_conduct_is_the_condition_is_threatened(self):
        ts = one("Ottawa said it would impose duties if Washington goes ahead with its plan.")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("threatened", "CA", "US")])


    def test_naming_a_measure_is_no_demand(self):
        ts = one("Mexico has called the U.S. tariffs on steel unacceptable.")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("actual", "US")])

    def test_a_leader_warning_after_an_agentless_threat_is_its_actor(self):
        ts = one("The duties on Brazilian ethanol could be raised further if Brasilia retaliates, "
                 "Trump warned.")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("threatened", "US", "BR")])
        # with no condition, the warning itself is the threat; and a measure
        # that "could follow" has its announcer as actor too
        ts = one("Duties on Brazilian ethanol could be raised further, Trump warned.")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("threatened", "US")])
        ts = one("Duties on another $2 billion of Brazilian goods could follow, Trump said.")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("considered", "US", "BR")])

    def test_a_country_before_the_goods_of_a_compound_imposes(self):
        ts = one("Ottawa retaliated against U.S. lumber and paper duties.")
        self.assertEqual([code(t["actor"]) for t in ts], ["US"])
        # a destination levies as the importer (guidelines §7), whose goods
        # face it are the target: "Mexican exports to the U.S. face tariffs"
        self.assertEqual(pairs(one("Mexican exports to the U.S. face tariffs.")), [("US", "MX")])

    def test_a_negation_before_against_is_not_the_measures(self):
        ts = one("Seoul said it would not retaliate against the U.S. duties on its washers.")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("actual", "US", "KR")])


    def test_a_pronoun_in_a_nouns_that_clause_is_the_nouns_party(self):
        ts = one("Ottawa put duties on U.S. whiskey, answering the U.S. announcement in May that "
                 "it would hit Canada with steel tariffs.", published="2018-06-26T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts][-1:], [("US", "CA")])


class Action(unittest.TestCase):
    """The tariff as the subject of its change (args.c tf_action)."""

    def test_the_verb_reaches_over_a_batch_of_measures(self):
        # "the first batch of additional tariffs": the measures, counted
        ts = one("Beijing decided to exclude 16 products from the first batch of additional tariffs on US goods.",
                 published="2018-12-20T00:00:00Z", rules=True)
        self.assertEqual([t["action"] for t in ts], ["exempt"])

    def test_verbs_of_removing_and_raising(self):
        for text, action in (("Seoul annulled the tariffs on U.S. beef.", "remove"),
                             ("The pact dismantled tariffs on 90 percent of Korean goods.", "remove"),
                             ("The tariff on Chinese steel was elevated to 25 percent in May.", "raise")):
            ts = one(text, published="2018-07-03T00:00:00Z", rules=True)
            self.assertEqual([t["action"] for t in ts], [action], text)

    def test_the_main_verb_after_a_restrictive_relative_clause(self):
        # the relative clause tells how the measure came about; the main
        # verb after it, what happens to it now
        cases = [("The tariffs that Japan imposed on U.S. beef last year were lifted in May.",
                  ("remove", "actual", "JP", "US")),
                 ("Tariffs Japan imposed on U.S. beef last year were lifted in May.",
                  ("remove", "actual", "JP", "US")),
                 ("The duties the U.S. imposed on Canadian lumber in 2017 will be cut to 9 percent next year.",
                  ("lower", "proposed", "US", "CA")),
                 # (a participle between commas, too)
                 ("Canada's duty on U.S. corn, imposed last November, was cut to 85 cts a bushel.",
                  ("lower", "actual", "CA", "US")),
                 ("The duty, imposed in 1985, was lifted on Friday.", ("remove", "actual", None, None)),
                 # (no main verb of change: the relative clause's own)
                 ("The tariffs that Washington imposed in July remain in place.",
                  ("impose", "actual", "US", None))]
        for text, want in cases:
            ts = one(text, published="2016-09-15T00:00:00Z")
            self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                             [want], text)

    def test_halving_lowers(self):
        # "halve" names a cut; "doubles" a rise, as "doubled" did
        cases = [("Under the deal, the U.S. will halve the tariff rate on $120 billion of Chinese goods "
                  "to 7.5 percent.", "lower"),
                 ("Beijing halved its tariffs on U.S. soybeans.", "lower"),
                 ("Turkey doubles tariffs on U.S. cars and alcohol", "raise")]
        for text, action in cases:
            self.assertEqual([t["action"] for t in one(text, published="2020-01-16T00:00:00Z")], [action], text)

    def test_the_progressive_of_the_verbs(self):
        # "is revoking", "is waiving", "is withdrawing": the -ing forms of
        # the verbs the lexicon lists
        cases = [("Brussels is revoking its duties on U.S. jeans.", "remove"),
                 ("Japan is waiving duties on U.S. beef.", "exempt"),
                 ("The EU is withdrawing its tariffs on U.S. bourbon.", "remove"),
                 ("Beijing is boosting tariffs on U.S. pork.", "raise"),
                 ("Seoul is trimming tariffs on U.S. cars.", "lower")]
        for text, action in cases:
            self.assertEqual([t["action"] for t in one(text, published="2019-06-14T00:00:00Z")], [action], text)

    def test_the_present_of_the_verbs_as_headlines_write_it(self):
        # "slashes", "scraps", "eliminates": the third person of the verbs
        # the lexicon lists, as headlines and present-tense copy use them
        cases = [("China slashes tariffs on imported cars.", "lower"),
                 ("The EU scraps duties on U.S. lobster.", "remove"),
                 ("The pact eliminates tariffs on most goods.", "remove"),
                 ("Canada waives duties on U.S. medical supplies.", "exempt"),
                 ("Beijing boosts tariffs on U.S. pork.", "raise")]
        for text, action in cases:
            ts = one(text, published="2019-06-14T00:00:00Z")
            self.assertEqual([t["action"] for t in ts], [action], text)

    def test_the_verb_after_a_for_phrase(self):
        for text in ("The tariff rates for cosmetics and some medicine will also be reduced substantially.",
                     "Import duties for 79 kinds of auto parts will be cut to 6 percent."):
            ts = one(text, published="2018-06-19T00:00:00Z")
            self.assertEqual([t["action"] for t in ts], ["lower"], text)

    def test_the_verb_after_a_relative_clause(self):
        ts = one("The duties, which took effect in 1983, were lowered to 10 pct last year.",
                 published="1987-04-10T00:00:00Z", rules=True)
        self.assertEqual([t["action"] for t in ts], ["lower"])

    def test_suspending_tariffs_and_suspending_concessions(self):
        # a suspension removes the duty for a time; suspending concessions imposes it again
        ts = one("Beijing will suspend additional tariffs on U.S.-made vehicles for three months.",
                 published="2018-12-14T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("remove", "proposed")])
        ts = one("Beijing suspended tariff concessions on 128 items of U.S. products.",
                 published="2018-04-02T00:00:00Z", rules=True)
        self.assertEqual([t["action"] for t in ts], ["impose"])

    def test_a_percentage_as_a_subject_is_a_share(self):
        ts = one("Tariffs on Korean goods will be cut, and the remaining 1.5 percent will be duty-free "
                 "within five years.", published="2015-06-20T00:00:00Z", rules=True)
        self.assertTrue(ts and all(t["rate"] is None for t in ts), ts)
        ts = one("Tariffs of 25 percent will take effect on Friday.", published="2018-06-20T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [{"value": 25}])

    def test_a_percentage_of_something_else_and_the_actor_in_a_list(self):
        ts = one("The US imposed tariffs on Chinese goods in disregard of 91 percent opposition in the "
                 "comments.", published="2018-08-01T00:00:00Z", rules=True)
        self.assertEqual([t["rate"] for t in ts], [None])
        ts = one("Ottawa imposed a 25 percent across-the-board tariff on U.S. goods.",
                 published="2018-08-01T00:00:00Z", rules=True)
        self.assertEqual([t["rate"] for t in ts], [{"value": 25}])
        ts = one("Beijing cut the tariffs for cars and car parts to 15 percent and 6 percent respectively.",
                 published="2018-08-01T00:00:00Z", rules=True)
        self.assertEqual(len(ts), 2)
        # the actor met in a list after the tariff is no target of its own
        ts = one("The USTR published a proposed list of Chinese goods subject to additional 25 percent "
                 "tariffs amid strong opposition from China and U.S. business groups.",
                 published="2018-04-04T00:00:00Z", rules=True)
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_the_old_level_of_a_removed_duty_is_no_rate(self):
        ts = one("The salmon from Iceland has been exempted from the customs duty that stood at 10 to "
                 "12 percent.", published="2018-04-10T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("exempt", None)])

    def test_spared_from_a_measure_is_exempted(self):
        ts = one("Mexico has been spared from the auto tariffs.", published="2018-09-20T00:00:00Z",
                 rules=True)
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("exempt", "MX")])

    def test_phasing_out_removes(self):
        ts = one("Ottawa and Mexico City agreed to phase out all tariffs over 10 years.",
                 published="1987-04-25T00:00:00Z", rules=True)
        self.assertEqual(sorted((t["action"], t["modality"], code(t["actor"])) for t in ts),
                         [("remove", "proposed", "CA"), ("remove", "proposed", "MX")])

    def test_undoing_a_measure_removes_it(self):
        ts = one("Washington withdrew the tariffs on Mexican tomatoes.", published="2019-06-01T00:00:00Z",
                 rules=True)
        self.assertEqual([t["action"] for t in ts], ["remove"])
        # reversing an increase removes what it added; an urgent need to is a demand
        ts = one("Lagarde said there was an urgent need to reverse recent tariff increases.",
                 published="2018-12-03T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("remove", "demanded")])

    def test_went_up_and_up_from_raise(self):
        ts = one("It would destroy his business if the tariff went up to 25 percent next year.",
                 published="2018-10-01T00:00:00Z", rules=True)
        self.assertEqual([t["action"] for t in ts], ["raise"])
        # "up from" gives the old level, no rate of the measure
        ts = one("The spokesman said the tariffs - up from five pct - were a serious signal.",
                 published="1987-04-17T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("raise", None)])

    def test_a_verb_before_an_as_clause_is_not_the_tariffs(self):
        ts = one("Winemakers are hoping for a boost in profits, as tariffs on Australian wine are further "
                 "reduced.", published="2016-12-20T00:00:00Z", rules=True)
        self.assertEqual([t["action"] for t in ts], ["lower"])

    def test_the_verb_of_a_relative_clause_between_commas(self):
        # the measure's own verb is in the relative clause, whose subject acts
        ts = one("The tariffs, which Washington imposed in July, cover $34 billion of imports.",
                 published="2018-09-20T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], code(t["actor"])) for t in ts], [("impose", "US")])
        # the main verb outranks it
        ts = one("The duties, which the U.S. raised in 1983, were lowered to 10 pct last year.",
                 published="1987-04-10T00:00:00Z", rules=True)
        self.assertEqual([t["action"] for t in ts], ["lower"])

    def test_the_verb_after_a_long_phrase_of_goods(self):
        ts = one("The duty on some of the Swiss and Austrian watches is now cut by half.")
        self.assertEqual({t["action"] for t in ts}, {"lower"})
        ts = one("The tariff on Korean fridges and electric cookers from Busan has dropped by "
                 "40 percent.")
        self.assertEqual({t["action"] for t in ts}, {"lower"})
        # a change noun after the tariff noun, before a verb: "tariff cut will"
        ts = one("Peruvian domestic demand keeps growing, and Lima's tariff cut will boost imports.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["lower"])
        for text, action in (
                ("Lima's tariff committee on Thursday decided to end zero duty on five coal "
                 "products.", "impose"),
                ("By 2010, Lima's overall tariff level had dropped to 9.8 percent from 15.3 "
                 "percent.", "lower"),
                ("The duty on tropical fruits from Thailand has been reduced to zero from 15 "
                 "percent.", "remove"),
                ("Lima cut its tariffs on Thai rice to zero.", "remove"),
                ("Lima will cut the duty on Thai rice to 0 percent next year.", "remove"),
                ("Lima will further reduce import duties, and its overall tariffs will continue to "
                 "fall.", "lower"),
                ("Lima said drugs whose tariff duties have already been lowered will get cheaper.",
                 "lower")):
            self.assertIn(action, [t["action"] for t in one(text, published="2018-09-01T00:00:00Z",
                                                            rules=True)], text)
        ts = one("The duty on tropical fruits from Thailand has been reduced to zero from 15 percent.",
                 published="2018-09-01T00:00:00Z")
        self.assertEqual([t["rate"] for t in ts], [{"from": 15, "to": 0}])
        # what the tariffs do to a country's prices is no raise of them
        ts = one("Lima's duties on Chilean wine are already raising Peruvian prices.",
                 published="2018-09-01T00:00:00Z", rules=True)
        self.assertNotIn("raise", [t["action"] for t in ts])
        # ending preferences imposes the ordinary duty, like ending duty-free
        ts = one("Tokyo is removing Peru from the preferential tariffs framework.",
                 published="2018-09-01T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("impose", "PE")])
        # a part of the tariffs is still the verb's object
        ts = one("Rha said South Korea had also lowered many of its tariffs.",
                 published="1987-03-20T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"])) for t in ts], [("lower", "KR")])
        # but not a verb of what the tariff causes
        ts = one("A 10 dlr per barrel tariff on oil imports would cause the nation's output to "
                 "drop by as much as 32 billion dlrs.")
        self.assertEqual({t["action"] for t in ts}, {"impose"})
    def action(self, text):
        ts = one(text)
        self.assertTrue(ts, text)
        return ts[0]["action"]

    def test_placed_on_imposes(self):
        # a passive verb of imposing, past: in force, not a restatement of
        # the plan before it ("the tariffs should be seen as a signal")
        ts = one("Ottawa's duties should be seen as a warning to Seoul, he said. The duties were "
                 "placed on goods from South Korea that are made elsewhere too.",
                 published="1987-04-17T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts][-1], ("impose", "actual"))

    def test_a_preferential_rate_is_lower(self):
        self.assertEqual(self.action("Charities in Peru could enjoy preferential tariff rates on "
                                     "donated goods from abroad, the guideline said."), "lower")
        self.assertEqual(self.action("Washington should end its prejudice against favourable tariff "
                                     "treatment for Korean goods, the paper said."), "lower")
        # taken away, the ordinary duty is imposed again
        self.assertEqual(self.action("Tokyo decided to drop Thailand and Peru from its preferential "
                                     "tariff scheme."), "impose")

    def test_a_change_noun_before_can(self):
        # "can" has no cue: "the tariff cut can help" is a cut, not a verb "cut" with an object
        self.assertEqual(self.action("Seoul's tariff cut can help exporters."), "lower")

    def test_a_change_that_continued_after_the_measure(self):
        self.assertEqual(self.action("Exports grew as Korean tariffs continued to be cut."), "lower")
        self.assertEqual(self.action("Korean tariffs on beef are continuing to fall."), "lower")

    def test_a_tariff_concession_is_lower(self):
        self.assertEqual(self.action("Most Swiss watches exported to Korea will enjoy tariff concessions."),
                         "lower")
        self.assertEqual(self.action("Peru and Chile signed a tariff concession agreement on Friday."), "lower")
        # suspended, the ordinary duty is imposed again
        self.assertEqual(self.action("Lima suspended tariff concessions on 128 Chilean products."), "impose")

    def test_duty_free_in_two_words(self):
        self.assertEqual(self.action("Most Chilean wine will enter Korea duty free from 2020."), "remove")
        self.assertEqual(self.action("Most Chilean wine will enter Korea tariff- free from 2020."), "remove")
        self.assertEqual(self.action("Most of Peru's imports from Chile will be free from tariff at once."),
                         "remove")

    def test_going_without_a_duty_removes_it(self):
        # guidelines §5: dropped or not imposed is remove
        self.assertEqual(self.action("Ottawa waived its right to impose duties on Korean pianos."), "remove")
        self.assertEqual(self.action("Canberra refrained from imposing duties on Thai rice."), "remove")
        # goods exempt from duties as such are freed of them; an exemption
        # from a measure named is one from a measure that stays
        for text, action in (("Under the pact, 95 percent of Chilean exports to Canada will be exempted "
                              "from tariffs.", "remove"),
                             ("Australian wine will be exempt from customs duties from July.", "remove"),
                             ("Ottawa exempted Chile from the new tariffs on salmon.", "exempt"),
                             ("Seoul won an exemption from U.S. steel tariffs.", "exempt")):
            self.assertEqual(self.action(text), action, text)
        # blocking, overturning a measure removes it, and one that expires
        # ends; blocking goods with a measure imposes it
        for text, action in (("Farm groups urged Congress to block the tariffs on Canadian potash.", "remove"),
                             ("The Senate voted to overturn the tariffs on Canadian steel.", "remove"),
                             ("The duties on Korean washers expired in February.", "remove"),
                             ("Washington is blocking Chinese imports through tariffs.", "impose")):
            self.assertEqual(self.action(text), action, text)
        # and so does holding it off (guidelines §5: not imposed)
        for text in ("Ottawa agreed to hold up imposing duties on Korean pianos.",
                     "Canberra will hold off on tariffs on Thai rice.",
                     "Seoul asked Tokyo to hold off on the tariff increase on Korean steel."):
            self.assertEqual(self.action(text), "remove", text)
        self.assertEqual(self.action("Ottawa agreed to forgo anti-dumping duties on Korean pianos."),
                         "remove")

    def test_intransitive_fall_is_lower(self):
        self.assertEqual(self.action("India's tariff on almonds fell to 20 percent in April."), "lower")

    def test_head_noun_rate(self):
        self.assertEqual(self.action("Vietnam's tariff rate on used cars has declined sharply."), "lower")

    def test_pushing_up_a_measure_raises_it(self):
        # a verb with "up" raises what follows ("pushed up", "ratcheted up"),
        # not what a measure pushes up
        for text in ("The U.S. pushed up tariffs on Canadian cedar shakes to 35 pct last year.",
                     "Washington has ratcheted up duties on Chinese goods.",
                     "Beijing jacked up its levies on U.S. pork."):
            self.assertEqual(self.action(text), "raise", text)
        self.assertEqual(self.action("Prices were pushed up by tariffs on Chinese steel."), "impose")

    def test_dropped_intransitive_is_lower(self):
        self.assertEqual(self.action("The tariff on Thai rice has dropped by half since 2015."), "lower")

    def test_dropped_passive_is_remove(self):
        self.assertEqual(self.action("The duties on Mexican avocados were dropped by Washington."),
                         "remove")

    def test_a_rate_changed_to_another(self):
        ts = one("Norway said the 40 pct duty on Chilean salmon would be lowered to 15 pct next "
                 "year.", published="1987-05-12T00:00:00Z")
        self.assertEqual([(t["action"], t["rate"]) for t in ts], [("lower", {"from": 40, "to": 15})])

    def test_from_rate_in_year_to_rate(self):
        ts = one("Chile's average tariff shrank from 11 percent in 1995 to 6 percent.")
        self.assertEqual([(t["action"], t["rate"]) for t in ts],
                         [("lower", {"from": 11, "to": 6})])


    def test_a_negation_in_a_coordinated_verb_phrase(self):
        ts = one("Ottawa did not want to end the pact and would drop the duties on Korean ships "
                 "once Seoul complied.", published="1987-04-20T00:00:00Z")
        self.assertEqual([(t["action"], code(t["target"])) for t in ts], [("remove", "KR")])

    def test_subject_to_new_tariffs(self):
        ts = one("Ottawa published a list of American goods that will be subject to additional "
                 "tariffs.")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("impose", "CA", "US")])

    def test_a_negation_outside_the_clause(self):
        ts = one("It is not clear why Mexico decided to raise tariffs on Brazilian beef.")
        self.assertEqual(pairs(ts), [("MX", "BR")])


class ZeroTariffs(unittest.TestCase):
    """No duty at all is a removal, like duty-free (guidelines §5)."""

    def test_zero_tariffs_are_removed_duties(self):
        ts = one("Canada and Chile agreed to work toward zero tariffs on farm goods.")
        self.assertEqual(sorted((t["action"], code(t["actor"]), code(t["target"])) for t in ts),
                         [("remove", "CA", "CL"), ("remove", "CL", "CA")])

    def test_a_duty_lifted_to_a_higher_level_is_raised(self):
        # "lift" is raising when the clause gives a higher new level, removing otherwise
        ts = one("India will lift the duty on lentils to 70 percent from 30 percent.", published="2018-08-03T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["raise"])
        ts = one("India will lift the duty on lentils.", published="2018-08-03T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["remove"])

    def test_a_zero_percent_duty_is_a_removed_one(self):
        for text in ("The FTA will offer zero-percent tariff for goods from Laos into Vietnam.",
                     "Goods from Laos will enjoy zero-percent import tax in Vietnam from January."):
            self.assertEqual([t["action"] for t in one(text, published="2016-11-02T00:00:00Z")], ["remove"], text)

    def test_applying_a_zero_tariff_policy_removes_duties(self):
        ts = one("Beijing will apply a zero-tariff policy to 97 percent of goods from Nepal.")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("remove", "CN", "NP")])


class Modality(unittest.TestCase):
    """Announced, planned or scheduled measures not yet in force are
    proposed; measures in force are actual, whatever the modal (§6)."""

    def test_a_process_begun_for_a_measure(self):
        # "has started the process of imposing tariffs": a procedure under
        # way, proposed (as the seeds' "begin the process of raising"),
        # also where the timeline has the pair's measures in force; a
        # completed process is not one
        ts = one("Trump has started the process of imposing tariffs on Chinese imports.",
                 published="2019-05-10T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])
        ts = one("The process of cutting tariffs under the pact was completed in 2010.",
                 published="2019-05-10T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual"])

    def test_a_schedule_after_an_announcement(self):
        # "announced tariffs, to take effect on Friday" (a Wednesday's
        # paper): still to come, proposed; "unless" after the schedule still
        # conditions the measure on the target (threatened, §6)
        ts = one("China announced tariffs on U.S. pork, to take effect on Friday.",
                 published="1995-05-17T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])
        ts = one("The United States announced 100 percent tariffs on Japanese luxury cars, to take effect "
                 "on June 28 unless Tokyo opens its auto market.", published="1995-05-17T00:00:00Z")
        self.assertEqual([(t["modality"],) + pairs([t])[0] for t in ts], [("threatened", "US", "JP")])

    def test_a_date_followed_by_next_year(self):
        # "from April 1 next year", in May: next April, not the April past
        ts = one("Japan's Finance Ministry said it will cut tariffs on 200 items, including chocolate "
                 "and biscuits, from April 1 next year.", published="1987-05-20T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "proposed")])

    def test_a_condition_opening_a_reported_clause(self):
        # "said that if China did not stop ..., he would slap": the
        # condition's negation does not negate the measure, its subject does
        # not levy it, and a condition on the target threatens (§6)
        ts = one("Trump said that if China did not stop manipulating its currency, he would slap a "
                 "45 percent tariff on its exports.", published="2016-03-02T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("threatened", "US")])
        ts = one("Officials said that if the talks fail, the U.S. will raise tariffs on Chinese goods.",
                 published="2016-03-02T00:00:00Z")
        self.assertEqual([(t["modality"],) + pairs([t])[0] for t in ts], [("threatened", "US", "CN")])

    def test_a_negation_before_a_participle_clause_of_result(self):
        # "refused to lift its ban, prompting Washington to impose tariffs":
        # the refusal is the EU's, the tariffs are imposed
        ts = one("The EU refused to lift its ban, prompting Washington to impose tariffs on European goods.",
                 published="1999-03-04T00:00:00Z")
        self.assertEqual([(t["modality"],) + pairs([t])[0] for t in ts], [("actual", "US", "EU")])
        # (a negation in the measure's own clause still negates it)
        self.assertEqual(one("Japan did not, despite pressure, impose tariffs on U.S. rice.",
                             published="1999-03-04T00:00:00Z"), [])

    def test_the_other_forms_of_weighing_and_ordering(self):
        # "eyed", "examined" weigh a measure as "eyeing" and "examining" do;
        # "directs" orders it as "directed" does; "adopt" imposes
        cases = [("China eyed tariffs on U.S. soybeans.", ("impose", "considered")),
                 ("The ministry examined tariffs on U.S. pork.", ("impose", "considered")),
                 ("Trump directs USTR to raise tariffs on Chinese goods", ("raise", "proposed")),
                 ("Washington will adopt other tariff measures against Chinese steel.", ("impose", "proposed"))]
        for text, want in cases:
            ts = one(text, published="2019-06-14T00:00:00Z")
            self.assertEqual([(t["action"], t["modality"]) for t in ts], [want], text)

    def test_every_form_of_deferring_puts_the_measure_off(self):
        # "defers", "is deferring", "will defer": not in force (proposed),
        # as "deferred" and "postponed" already were
        for text in ("India Defers Retaliatory Tariffs on U.S. Goods Again",
                     "India is deferring its retaliatory tariffs on U.S. goods.",
                     "India will defer its retaliatory tariffs on U.S. goods.",
                     "India is postponing its retaliatory tariffs on U.S. goods."):
            self.assertEqual([t["modality"] for t in one(text, published="2018-06-01T00:00:00Z")], ["proposed"], text)

    def test_a_coordinated_verb_phrase_takes_its_own_modal(self):
        # "would file a complaint and could slap duties": the slapping may
        # happen (considered); a threat before the "and" still holds
        cases = [("The EU said it would file a complaint and could slap retaliatory duties on U.S. goods.",
                  "considered"),
                 ("The EU could file a complaint and would slap duties on U.S. goods.", "proposed"),
                 ("China has threatened retaliation and would impose duties on U.S. soybeans if the "
                  "tariffs take effect.", "threatened")]
        for text, want in cases:
            ts = one(text, published="2002-03-08T00:00:00Z")
            self.assertEqual([t["modality"] for t in ts][:1], [want], text)

    def test_an_offer_to_act_is_a_proposal(self):
        # "offered to cut": a proposal; what is offered is given
        ts = one("Phil Hogan offered to cut tariffs on American cars.", published="2019-07-06T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])
        ts = one("China offered tariff exemptions to Sierra Leone.", published="2019-07-06T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual"])

    def test_a_later_month_a_past_verb_names_is_last_years(self):
        # "imposed in July" in June's paper: last July, in force
        for text in ("The tariffs, which Washington imposed in July, apply to Indian goods.",
                     "Washington imposed the tariffs on July 6."):
            ts = one(text, published="2019-06-14T00:00:00Z")
            self.assertEqual([t["modality"] for t in ts], ["actual"], text)
        ts = one("The tariffs will be imposed in July.", published="2019-06-14T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_a_pact_taking_effect_is_not_the_measure(self):
        # ", which took effect" after a pact is the pact's
        ts = one("Mexico will eliminate tariffs on U.S. corn over 15 years under the North American "
                 "Free Trade Agreement, which took effect on Jan. 1, 1994.", published="1995-05-17T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_a_headlines_to_is_a_plan(self):
        # "China to cut tariffs": a headline's "to" is "is to", a plan
        ts = one("China to cut tariffs on imported cars to 15 percent", published="2019-06-14T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "proposed")])
        ts = one("U.S. to impose tariffs on Mexican tomatoes", published="2019-06-14T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("proposed", "US", "MX")])

    def test_the_scope_a_measure_will_affect(self):
        # like "will hit pipe from Korea": the goods it will cover, not what
        # it does
        self.assertEqual(self.modality("Ottawa's new duties will affect about 300 mln dlrs worth "
                                       "of Korean products.", published="1987-04-02T00:00:00Z"),
                         "proposed")

    def test_an_action_to_impose_is_announced_intent(self):
        # like "the EU's move to impose"; over its agent
        self.assertEqual(self.modality("He said the action by Canada to slap duties on certain "
                                       "Korean goods was unwise.", published="1987-04-02T00:00:00Z"),
                         "proposed")

    def test_in_favour_of_a_measure_asks_for_it(self):
        self.assertEqual(self.modality("The argument in favor of a variable import tariff on oil is "
                                       "most persuasive, the analyst said.",
                                       published="1987-03-10T00:00:00Z"), "demanded")

    def test_should_give_a_preference_asks_for_it(self):
        # "should give favourable tariff treatment": a call for a cut, not
        # a reaction ("must respond with determination to the duties")
        ts = one("The U.S. should give favourable tariff treatment to Chinese goods.",
                 published="1987-03-03T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "demanded")])

    def test_market_demand_and_a_reaction_are_no_demands(self):
        self.assertEqual(self.modality("Peruvian domestic demand keeps growing, and Lima's tariff "
                                       "cut will boost imports.", published="2018-06-01T00:00:00Z"),
                         "proposed")
        self.assertEqual(self.modality("Lima must respond with determination to the punitive "
                                       "Chilean duties on its fish, he said.",
                                       published="2018-06-01T00:00:00Z"), "actual")
        # but a party's own demand, or a must acting on the measure, are
        self.assertEqual(self.modality("Lima's main demand is the lifting of the Chilean duties on "
                                       "its fish.", published="2018-06-01T00:00:00Z"), "demanded")
        self.assertEqual(self.modality("Chile must quickly open its markets and cut the duties on "
                                       "Peruvian fish, he said.", published="2018-06-01T00:00:00Z"),
                         "demanded")
    def modality(self, text, published="2018-06-01T00:00:00Z"):
        ts = one(text, published=published)
        self.assertTrue(ts, text)
        return ts[0]["modality"]

    def assert_modality(self, expected, published, *texts):
        """Each text's first event has the expected modality."""
        for text in texts:
            self.assertEqual(self.modality(text, published=published), expected, text)

    def test_an_obligation_that_may_come_is_considered(self):
        self.assert_modality("considered", "2018-04-05T00:00:00Z",
                             "Airbus jets may have to face additional tariffs when entering the US.")
        self.assert_modality("proposed", "2018-04-05T00:00:00Z",
                             "Airbus jets will have to face additional tariffs when entering the US.")

    def test_will_take_effect(self):
        self.assertEqual(self.modality("The new tariffs on Chinese steel will take effect on July 6."),
                         "proposed")

    def test_announced_plans(self):
        self.assertEqual(self.modality("Washington announced plans to impose tariffs on Mexican tomatoes."),
                         "proposed")

    def test_set_to_bring_in(self):
        self.assertEqual(self.modality("Britain is set to bring in import duties on Russian vodka next month."),
                         "proposed")

    def test_move_to_impose(self):
        self.assertEqual(self.modality("The EU's move to impose duties on American jeans drew criticism."),
                         "proposed")

    def test_announcement_to_impose(self):
        self.assertEqual(self.modality("Seoul protested against the Japanese announcement to impose duties "
                                       "on Korean steel."), "proposed")

    def test_being_bound_to_act_is_a_measure_to_come(self):
        ts = one("Greece joined the bloc, which obliges it gradually to reduce tariffs on industrial goods.",
                 published="1987-04-10T00:00:00Z", rules=True)
        self.assertEqual([t["modality"] for t in ts], ["proposed"])
        # a commitment fulfilled is done
        self.assertEqual(self.modality("By 2010 Beijing had fulfilled all of its tariff reduction "
                                       "commitments, the ministry said."), "actual")

    def test_a_gerund_heading_the_sentence_is_a_course_of_action(self):
        self.assertEqual(self.modality("\u201cLowering import tariffs is a practical measure for Korea to "
                                       "open up,\u201d Kim said."), "proposed")
        self.assertEqual(self.modality("Raising tariffs on Chinese goods will hurt American farmers."),
                         "proposed")
        # also heading the clause of a reporting verb
        self.assertEqual(self.modality("Economists said that raising tariffs on Chinese goods will hurt "
                                       "farmers."), "proposed")
        # (what it has done: done)
        self.assertEqual(self.modality("Imposing tariffs on China has hurt American farmers.",
                                       published="2018-10-10T00:00:00Z"), "actual")

    def test_a_cue_over_a_list_of_goods(self):
        # "the list of products subject to tariffs" is one noun phrase
        self.assertEqual(self.modality("Ottawa on Tuesday announced a proposed list of products subject "
                                       "to additional tariffs."), "proposed")

    def test_a_cue_over_the_rate_of_tariffs(self):
        # "the rate of tariffs" is one noun phrase: the cue before it counts,
        # and "possible" after a superlative is no possibility
        self.assertEqual(self.modality("The minister vowed to shield farmers by levying the highest possible "
                                       "rate of tariffs on imported rice."), "proposed")
        self.assertEqual(self.modality("It is possible that Ottawa will reimpose a 40 pct tariff on "
                                       "American shakes."), "considered")
        # an expectation either way: "unlikely", "probably"
        self.assertEqual(self.modality("Officials said it was unlikely that Ottawa's duties on American "
                                       "shakes would be lifted before the summit."), "considered")
        self.assertEqual(self.modality("Ottawa will probably lift its duties on American shakes after "
                                       "the summit."), "considered")
        # an expectation about a delay is not about the measure
        self.assertEqual(self.modality("Officials said the talks were unlikely to delay Ottawa's duties on "
                                       "American shakes."), "proposed")
        # what a party seems or appears ready to do is expected
        self.assertEqual(self.modality("Ottawa appears ready, moreover, to use tariffs to punish "
                                       "American shake makers."), "considered")
        self.assertEqual(self.modality("Ottawa seems set to raise duties on American shakes."), "considered")

    def test_over_a_number_of_tariffs(self):
        ts = one("The pact will also result in the removal of a number of tariffs on Chilean wine.",
                 published="2015-06-20T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("remove", "proposed")])

    def test_a_modal_before_an_as_clause(self):
        # "will" belongs to the main clause, not to the measure after "as"
        self.assertEqual(self.modality("The dollar is likely to rise further as the United States imposes "
                                       "more tariffs on imports.", published="2018-08-11T00:00:00Z"), "actual")
        self.assertEqual(self.modality("Japan will impose measures such as the tariffs on rice.",
                                       published="1987-04-02T00:00:00Z"), "proposed")

    def test_what_a_measure_would_do_says_it_is_not_in_force(self):
        self.assertEqual(self.modality("Economists say Trump's tariffs would invite retaliation "
                                       "from China.", published="2016-05-02T00:00:00Z"), "proposed")
        # (an indefinite one only talked of: considered)
        self.assertEqual(self.modality("A 45 percent tariff on Chinese goods would hurt American farmers.",
                                       published="2016-05-02T00:00:00Z"), "considered")
        # "would have" a cost: a full verb, not an auxiliary of the measure
        self.assertEqual(self.modality("A 20 percent tariff on Canadian lumber would have a high cost "
                                       "for home builders.", published="2016-05-02T00:00:00Z"),
                         "considered")

    def test_ruling_out_a_measure(self):
        self.assertEqual(one("Tokyo ruled out a cut in tariffs on rice.", published="1987-04-02T00:00:00Z",
                             rules=True), [])
        self.assertEqual(self.modality("Trump would not rule out a 45 percent tariff on China.",
                                       published="2016-05-02T00:00:00Z"), "considered")

    def test_due_to_a_measure_is_a_cause_not_a_schedule(self):
        # "due to the tariffs" gives a cause; only "due to" + a verb schedules
        self.assertEqual(self.modality("Shipbuilders saw costs climb due to the additional tariffs on "
                                       "Chinese steel.", published="2018-10-15T00:00:00Z"), "actual")
        self.assertEqual(self.modality("Tariffs on Chinese steel are due to rise to 25 percent.",
                                       published="2018-10-15T00:00:00Z"), "proposed")
        # nor does a verb before the cause act on the measure
        ts = one("Steel prices rose due to U.S. tariffs on Chinese steel.", published="2018-10-15T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["impose"])

    def test_took_or_came_into_effect_is_in_force(self):
        # a past "took effect"/"came into effect" says the measure is in force,
        # even after a plan for it; a counterfactual "if ... took effect" does not
        ts = one("Washington will put tariffs on Chinese steel, officials said in May. Importers said "
                 "the new tariffs came into effect just six days after the list was announced.",
                 published="2018-10-15T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "actual"])
        self.assertEqual(self.modality("Prices would fall if the duties on Chinese steel took effect.",
                                       published="2018-10-15T00:00:00Z"), "proposed")
        # so is one a party "started" after announcing it
        ts = one("China will impose tariffs on U.S. pork, the ministry said. China started the retaliatory "
                 "tariffs of 25 percent on U.S. pork on Monday.", published="2018-04-05T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "actual"])

    def test_where_goods_are_is_no_actor(self):
        # a place where something is ("has been in France") acts for no one;
        # officials "in Beijing" still act for China
        ts = one("A vase that has been in France for years would be subjected to the new tariff.",
                 published="2018-09-06T00:00:00Z")
        self.assertEqual([t["actor"] for t in ts], [None])
        ts = one("Officials in Beijing said they would impose tariffs on U.S. soybeans.",
                 published="2018-09-06T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", "US")])

    def test_the_importer_is_in_the_measures_clause(self):
        # "exports to China" in a clause of reason after the measure does not
        # make China the importer that levies it
        ts = one("Imposing new tariffs on Chinese goods hurts consumers, as it has restricted "
                 "high-tech exports to China, said Lyu Xiang.", published="2018-06-22T00:00:00Z")
        self.assertEqual([(t["actor"] or {}).get("code") for t in ts], [None])

    def test_news_of_a_measure_after_a_fear(self):
        # "following news (that) X raised tariffs" opens a clause of its
        # own: the fear's modal before it does not hedge the measure (but
        # "the following tariffs" opens none)
        for text in ("Stocks fell on fears a trade war could break out following news the U.S. raised "
                     "tariffs on Japanese imports.",
                     "Markets could slide following word that Brazil cut its tariffs on wheat."):
            self.assertEqual(self.modality(text, published="1987-04-20T00:00:00Z"), "actual", text)
        self.assertEqual(self.modality("Officials said Ottawa could impose the following tariffs on U.S. corn.",
                                       published="1987-04-20T00:00:00Z"), "considered")

    def test_an_indefinite_measure_priced_per_unit(self):
        # "a five dlr a barrel tariff ... would increase costs": an indefinite
        # measure whose effect is talked of (considered); the second "a" is "per"
        self.assertEqual(self.modality("A study found that a five dlr a barrel tariff on crude oil imports "
                                       "would increase costs to consumers.", published="1987-04-29T00:00:00Z"),
                         "considered")
        self.assertEqual(self.modality("Herrington said a 10 dlr per barrel tariff on oil imports would cause "
                                       "output to drop.", published="1987-03-24T00:00:00Z"), "considered")

    def test_goods_that_face_a_tariff(self):
        # facing a duty says it applies: an event, not a bare mention
        ts = one("With the third round of tariff cuts in place, premium Australian products like bottled "
                 "wine and seafood face a tariff less than half that paid by major competitors.",
                 published="2017-03-21T00:00:00Z")
        self.assertIn(("impose", "AU"), [(t["action"], (t["target"] or {}).get("code")) for t in ts])

    def test_an_origin_outranks_an_actor_carried_over(self):
        # the goods' origin in "imports of U.S. automobiles" is the target, not
        # the actor carried over from the sentence before
        ts = one("China said the U.S. tariffs on its steel were unfair, and struck back with tariffs on U.S. "
                 "soybeans. The U.S. imposed duties on Chinese washers. More importantly, slapping tariffs on imports of U.S. automobiles will help "
                 "China's car makers.", published="2018-04-08T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts][-1:], [("CN", "US")])

    def test_the_object_of_a_verb_coordinated_with_the_measures(self):
        # "the U.S. move" is what China condemned, not who imposed the tariffs
        self.assertEqual(pairs(one("China condemned the U.S. move and imposed tariffs on U.S. soybeans.",
                                   published="2018-04-08T00:00:00Z")), [("CN", "US")])

    def test_a_topic_after_on_is_no_subject_but_a_speaker_after_from_is(self):
        # "rhetoric from Trump on China, including threats to impose": Trump's
        # threat against China, not China's
        ts = one("It followed a barrage of tough rhetoric from Trump on China, including threats to impose "
                 "a 45 percent tariff on Chinese goods.", published="2017-01-11T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_a_participle_clause_after_a_pronoun_subject(self):
        # ', imposing' shares the subject of the clause before it, here "he" (Trump)
        ts = one('Trump claimed during his campaign that he would designate China as a "currency '
                 'manipulator," imposing a 45 percent tariff on imported Chinese goods.',
                 published="2016-11-11T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CN")])

    def test_a_passive_verb_whose_agent_is_the_measure(self):
        # "raised by China's tariffs": the tariffs raised the income, nothing raised them
        ts = one("Beijing will use the income raised by China's countermeasure tariffs to help "
                 "affected companies.", published="2018-07-10T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["impose"])

    def test_a_verb_phrase_coordinated_with_the_clauses_first_shares_its_subject(self):
        # "but proposed a levy": the EC's, not Manila's (the object of the first verb phrase)
        ts = one("He said the EC not only ignored Manila's request for lower tariffs on coconut oil but "
                 "proposed a levy on vegetable oils that are vital exports for Southeast Asia.",
                 published="1987-03-24T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts][-1:], ["EU"])

    def test_against_a_party_keeps_the_clause(self):
        # "against Japan" aims the move at a party; the cue before it ("likely")
        # still governs the measure
        self.assertEqual(self.modality("U.S. officials said the most likely move against Japan would involve "
                                       "duties on semiconductor-based goods.", published="1987-03-26T00:00:00Z"),
                         "considered")

    def test_a_coordinated_verb_phrase_ends_the_targets_search(self):
        # "and increased imports of American farm products" is another act
        ts = one("China cut tariffs on imported vehicles and increased imports of American farm products.",
                 published="2018-07-16T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", None)])

    def test_what_a_measure_does_to_others_names_no_target(self):
        # "will result in a burden on American companies": the tariff's effect, not its target
        ts = one("A tariff hike on steel will result in a heavy burden on American companies, Canada said.",
                 published="2018-08-17T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], [None])
        # but "were imposed on", "will hit" still aim it
        ts = one("The duties were imposed on Chinese steel.", published="2018-08-17T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], ["CN"])

    def test_where_a_firm_is_based_is_no_party(self):
        # "a Geneva-based analyst", "the Brussels-based think tank"
        ts = one("An analyst at a Geneva-based think tank said threats to impose tariffs worry German firms.",
                 published="2017-08-15T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], [None])

    def test_a_capital_or_legislature_in_which_it_is_done_is_no_target(self):
        ts = one("Two bills for a tax on imported oil have been introduced in Congress.",
                 published="1987-04-29T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], [None])
        # (a country after "in" still is: "Chinese steel faces tariffs in Canada")

    def test_a_response_to_its_measure_answers_another_party(self):
        ts = one("Tokyo responded firmly to the U.S. trade report and its draft tariff list, and "
                 "gave a stronger response to its proposal for new tariffs.",
                 published="1987-04-08T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts][-1], ("US", "JP"))

    def test_parties_meeting_to_discuss_a_measure_do_not_levy_it(self):
        ts = one("Ottawa said high Canadian duties on Korean pianos would likely be imposed as "
                 "scheduled on May 1. The spokesman spoke one day before Canadian and Korean officials "
                 "are to meet under a 1986 pact to discuss trade and the punitive duties.",
                 published="1987-04-20T00:00:00Z")
        self.assertEqual(pairs(ts), [("CA", "KR"), ("CA", "KR")])

    def test_a_decision_to_move_forward_is_a_plan(self):
        self.assertEqual(self.modality("Ottawa's decision to move forward with 40 pct duties on American "
                                       "shakes angered Washington.", published="1987-05-01T00:00:00Z"),
                         "proposed")
        self.assertEqual(self.modality("Ottawa moved ahead with 40 pct duties on American shakes on Friday.",
                                       published="1987-05-04T00:00:00Z"), "actual")

    def test_a_headlines_plan(self):
        # "X to cut" is "X is to cut", also after a list of parties; a
        # headline's "readies" prepares
        for text in ("Japan and the EU to scrap tariffs on cars", "EU readies retaliatory tariffs on U.S. goods"):
            ts = one(text, published="2019-05-14T00:00:00Z")
            self.assertEqual({t["modality"] for t in ts}, {"proposed"}, text)

    def test_when_a_measure_ends_says_nothing_of_its_start(self):
        # "until December 1989": neither a date to come nor a recent one
        self.assertEqual(self.modality("Argentina announced the lifting until December 1989 of import taxes "
                                       "on capital goods.", published="1987-04-01T00:00:00Z"), "actual")

    def test_a_measure_dated_next_month_is_still_to_come(self):
        # the measure's own predicate dated "next month" or "next week"
        for text in ("The tariffs on Mexican cars are scheduled to take effect next month.",
                     "The tariffs on Mexican tomatoes will expire next week."):
            self.assertEqual(self.modality(text, published="2018-09-18T00:00:00Z"), "proposed", text)
        # not a date of something else
        self.assertEqual(self.modality("Analysts said Washington could cancel the tariffs on Japanese "
                                       "chips ahead of next month's summit.", published="1987-04-18T00:00:00Z"),
                         "considered")

    def test_a_measure_that_will_remain_in_force_is_in_force(self):
        for text in ("Ottawa said its duties on American shakes will remain in place.",
                     "The 40 pct duty on American shakes would stay in force, Ottawa said.",
                     "Ottawa's duties on American shakes will remain unchanged.",
                     # and one a party will keep (the issue's "would continue to apply")
                     "Ottawa will keep its 40 pct duty on American shakes in place.",
                     "Ottawa said it would maintain the duties on American shakes until a deal is signed."):
            self.assertEqual(self.modality(text, published="1987-05-01T00:00:00Z"), "actual", text)
        # a level still to come is not one in force
        self.assertEqual(self.modality("Ottawa's duty on American shakes will be cut and will stay at 5 pct.",
                                       published="1987-05-01T00:00:00Z"), "proposed")

    def test_a_leaders_own_call_by_a_possessive_is_a_plan(self):
        ts = one("Mr. Sanders's call for tariffs on Mexican cars worries dealers in Texas.",
                 published="2016-03-01T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("proposed", "US", "MX")])
        # another party's call is a demand on the actor
        ts = one("Mexico's call for lower U.S. tariffs on its cars went unheeded.",
                 published="2016-03-01T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("demanded", "US")])

    def test_a_negation_ends_at_a_coordinated_verb(self):
        ts = one("The senator said he would never buy a Mexican car again and vowed to impose a punishing "
                 "tariff on imports of Mexican cars.", published="2016-01-30T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["target"])) for t in ts],
                         [("impose", "proposed", "MX")])

    def test_a_party_answering_a_measure_does_not_levy_it(self):
        ts = one("Washington imposed duties on steel from the EU on Friday. Brussels reacted angrily "
                 "to the new duties on steel from the EU.", published="2018-06-04T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "EU"), ("US", "EU")])
        # but one answering with a measure levies it
        ts = one("Seoul responded with duties on Canadian lumber.", published="1987-04-20T00:00:00Z")
        self.assertEqual(pairs(ts), [("KR", "CA")])

    def test_a_speaker_restating_a_measure_does_not_levy_it(self):
        ts = one("Chile will cut import duties on wine from June 1, the finance ministry said. "
                 "A Peruvian winemaker said the duty cuts will hurt his sales.",
                 published="2015-05-27T00:00:00Z")
        self.assertEqual([(code(t["actor"]), t["modality"]) for t in ts],
                         [("CL", "proposed"), ("CL", "proposed")])

    def test_misspelt_tariffs(self):
        # wire copy misspells the word ("tarriffs", "tarrif")
        ts = one("The tarriffs, announced on Friday by President Reagan, will affect Japanese "
                 "electronics.", published="1987-03-30T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "JP")])

    def test_an_ultimatum(self):
        # "... or face tariffs": a threat on the one told to comply, an imposition
        for text in ("Washington told Tokyo to open its market or face tariffs.",
                     "Japan must open its rice market or face U.S. tariffs, Yeutter said."):
            ts = one(text, published="1987-03-19T00:00:00Z")
            self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                             [("impose", "threatened", "US", "JP")], text)
        ts = one("He took exception to U.S. proposals to require countries to cut those surpluses or face "
                 "special tariffs.", published="1987-03-19T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("impose", "threatened")])

    def test_an_adverb_between_the_auxiliary_and_the_change(self):
        ts = one("Japan's beef tariffs were significantly reduced to 25 percent in 2006.",
                 published="2018-05-24T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("lower", "actual")])

    def test_a_measure_that_hits_goods_is_applied_to_them(self):
        # "the tariffs hit steel from ...": one event per party, even with the model
        ts = one("The tariffs hit steel from Brazil, Argentina and Turkey.", published="2018-06-01T00:00:00Z")
        self.assertEqual(sorted(code(t["target"]) for t in ts), ["AR", "BR", "TR"])
        # and so does one that applies to them ("to" a preposition there)
        ts = one("The duties apply to copper pipe from Chile, Peru and Mexico.", published="2018-06-01T00:00:00Z")
        self.assertEqual(sorted(code(t["target"]) for t in ts), ["CL", "MX", "PE"])
        # the verb "target" as well as "targets", "targeting"
        ts = one("The US tariffs mainly target Chinese steel and aluminum.", published="2018-07-07T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("US", "CN")])
        # what a measure affects is no target: a bare mention stays the model's call
        ts = one("The tariffs will affect galleries of all sizes.", published="2018-09-06T00:00:00Z",
                 rules=True)
        self.assertEqual(ts, [])

    def test_a_condition_opening_the_sentence(self):
        # guidelines §6: "unless/if the target ..., X will" is a threat
        for text in ("If Japan fails to open its market, Washington will impose tariffs on Japanese goods.",
                     "Unless Tokyo opens its market, the EC will impose tariffs on Japanese goods.",
                     "If Japan keeps dumping chips, Washington will impose tariffs on Japanese goods."):
            self.assertEqual(self.modality(text, published="1987-03-30T00:00:00Z"), "threatened", text)
        # and the condition's verb is not the measure's action
        ts = one("If Japan does not reduce its barriers by mid-1988, the United States would set tariffs to "
                 "cut the Japanese surplus.", published="1987-03-30T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("impose", "threatened")])
        # a conditional offer to lift is proposed; a condition on the measure itself is no threat
        self.assertEqual(self.modality("If Japan opens its market, Washington will lift the tariffs on "
                                       "Japanese goods.", published="1987-03-30T00:00:00Z"), "proposed")
        ts = one("If the US imposes tariffs on Chinese tires, half of the firms hit by the tariff are joint "
                 "ventures.", published="2014-07-08T00:00:00Z")
        self.assertNotIn("threatened", [t["modality"] for t in ts])

    def test_a_leader_wanting_a_measure_plans_it(self):
        # a leader who wants or supports a measure, no one else asked: his own
        # government's plan (proposed); an industry wanting it demands it
        self.assertEqual(self.modality("Trump wants a 35 percent tariff on cars made in Mexico.",
                                       published="2016-06-01T00:00:00Z"), "proposed")
        self.assertEqual(self.modality("Farmers supported a 45 percent tariff on Chinese goods.",
                                       published="2016-06-01T00:00:00Z"), "demanded")
        ts = one("Trump wants Mexico to drop its tariffs on U.S. corn.", published="2016-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["demanded"])
        # "supports" / "favors" right before the measure, and "he" after a
        # reporting verb: the leader's own plan
        for text in ("Sanders supports tariffs on Chinese steel.",
                     "Sanders has said he supports tariffs on Chinese steel.",
                     "Trump said he favors a 45 percent tariff on Chinese goods."):
            self.assertEqual(self.modality(text, published="2016-06-01T00:00:00Z"), "proposed", text)
        self.assertEqual(self.modality("Steelworkers are supporting tariffs on Chinese steel.",
                                       published="2016-06-01T00:00:00Z"), "demanded")
        # "back" is "support" ("backed down", "backed by" are not)
        self.assertEqual(self.modality("Sanders has backed higher tariffs on Chinese steel.",
                                       published="2016-06-01T00:00:00Z"), "proposed")
        self.assertEqual(self.modality("Steelworkers are backing tariffs on Chinese steel.",
                                       published="2016-06-01T00:00:00Z"), "demanded")
        # not over a clause with its own subject acting
        self.assertEqual(self.modality("Steelworkers backed the move, and in September Ottawa levied a new "
                                       "duty of 35 percent on Korean tires.",
                                       published="2016-10-01T00:00:00Z"), "actual")
        # "supports" as a noun is no demand
        self.assertEqual(self.modality("He said sewing thread, buttons and collar supports would be placed "
                                       "on the duty-free list, effective from April 1.",
                                       published="1987-04-01T00:00:00Z"), "actual")

    def test_warned_that_without_a_party_reports(self):
        # a forecaster's warning reports what may come; a party's is a threat
        self.assertNotEqual(self.modality("Analysts warned that if Ottawa puts a 20 percent duty on "
                                          "Chinese steel, builders will suffer."), "threatened")
        self.assertEqual(self.modality("Ottawa warned that it would put a 20 percent duty on "
                                       "Chinese steel."), "threatened")
        # nor is a party's warning about another party's measure its threat
        self.assertNotEqual(self.modality("West German officials warned that any U.S. import surcharge "
                                          "would violate GATT rules.", published="1987-04-10T00:00:00Z"),
                            "threatened")

    def test_a_measure_dated_to_come_is_no_bare_mention(self):
        ts = one("Officials said the duties, which the cabinet approved last week, take effect on "
                 "May 2.", published="1987-04-25T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_what_a_ruling_opens_the_way_for_is_to_come(self):
        self.assertEqual(self.modality("The tribunal found that Korean pianos hurt Canadian makers, "
                                       "clearing the way for anti-dumping duties on Korean pianos.",
                                       published="1987-04-10T00:00:00Z"), "proposed")

    def test_vowed(self):
        self.assertEqual(self.modality("The candidate vowed to slap a 35 percent tariff on Mexican cars."),
                         "proposed")

    def test_continue_to_apply(self):
        self.assertEqual(self.modality("The duties on Canadian lumber would continue to apply, the "
                                       "Commerce Department said."), "actual")

    def test_condition_on_the_target_in_the_next_clause(self):
        ts = one("Brussels could hit U.S. products with tariffs if Washington keeps its steel "
                 "duties.", published="2018-03-08T00:00:00Z")
        self.assertEqual(ts[0]["modality"], "threatened")
        self.assertEqual(pairs(ts[:1]), [("EU", "US")])

    def test_expecting_what_a_measure_does_does_not_weigh_it(self):
        # the expectation is of its effect; of the measure itself it weighs it
        self.assertNotEqual(self.modality("Analysts expect the new U.S. tariffs on steel to raise prices.",
                                          published="2018-06-01T00:00:00Z"), "considered")
        for text in ("Analysts expect China to cut tariffs on cars.", "Analysts expect tariffs to rise.",
                     "Analysts expect the tariffs to be lifted soon."):
            self.assertEqual(self.modality(text, published="2018-06-01T00:00:00Z"), "considered", text)

    def test_support_and_need_are_demands(self):
        self.assertEqual(self.modality("Dairy farmers support a 20 percent tariff on New Zealand "
                                       "butter."), "demanded")
        self.assertEqual(self.modality("Kenya needs tariff cuts on its tea in European markets, the "
                                       "minister said."), "demanded")
        # and so are lobbying, pressing and fighting for a measure
        self.assertEqual(self.modality("Farmers are pressing for lower tariffs on fertilizer imports."),
                         "demanded")
        ts = one("The EU has been fighting for a permanent exemption from the U.S. steel tariffs.",
                 published="2018-05-01T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("exempt", "demanded", "US", "EU")])

    def test_a_measure_that_stays_until_the_target_acts_is_in_force(self):
        # staying until something ends it says it is there now (the issue's
        # "would continue to apply")
        self.assertEqual(self.modality("The 100 pct tariffs on Japanese electronic goods would remain until "
                                       "Tokyo ends chip dumping, officials said.",
                                       published="1987-05-12T00:00:00Z"), "actual")

    def test_a_restatement_that_will_do_something_keeps_the_status_it_restates(self):
        # "the tariff increase will be passed on": a modal of what the
        # measure does, not of its coming; it restates one in force
        ts = one("The U.S. imposed 25 percent tariffs on $34 billion of Chinese goods on July 6. The tariff "
                 "increase will eventually be passed on to US customers, analysts said.",
                 published="2018-07-10T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual", "actual"])
        # (but not one whose own change is to come: "the tariffs will be raised")
        ts = one("The U.S. imposed 10 percent tariffs on $200 billion of Chinese goods on Monday. The tariff "
                 "rate will be raised to 25 percent in January.", published="2018-09-26T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual", "proposed"])

    def test_a_modal_run_on_to_its_pronoun(self):
        # "he'd", "it'll": one token each, the modal and the pronoun both
        self.assertEqual(self.modality("Trump said he'd impose a 45 percent tariff on Chinese imports.",
                                       published="2016-06-01T00:00:00Z"), "proposed")
        ts = one("Ottawa said it\u2019ll retaliate against U.S. tariffs.", published="2018-07-10T00:00:00Z")
        self.assertEqual(pairs(ts), [("US", "CA")])

    def test_took_effect_past_the_measures_own_phrase(self):
        # "took effect" after a long phrase of rates and goods is still the
        # measure's own verb: in force
        # (not a restatement of the plan before it)
        ts = one("Brussels said it would retaliate with duties on U.S. goods. The tariffs of 25 percent on "
                 "Turkish steel and 10 percent on Turkish aluminum took effect on March 23.",
                 published="2018-05-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "actual", "actual"])

    def test_a_request_granted_is_the_exemption_granted(self):
        # granting importers' requests to exclude goods is the grantor's
        # exemption, in force, on no one's goods in particular; an
        # exemption carries no rate of the measure it spares goods from
        ts = one("The Commerce Department has granted 42 requests from U.S. companies to exclude specific "
                 "steel products from the 25 percent tariffs.", published="2018-06-20T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"]), t["rate"]) for t in ts],
                         [("exempt", "actual", "US", None, None)])
        # (over an approximate count, and a passive request)
        ts = one("The Commerce Department has granted about 7,000 requests from U.S. companies to be excluded "
                 "from the steel tariffs.", published="2018-09-01T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts], [("actual", "US", None)])
        # (a request only filed is still a demand)
        ts = one("U.S. companies have filed 20,000 requests to exclude specific steel products from the "
                 "25 percent tariffs.", published="2018-06-20T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["demanded"])

    def test_a_removal_set_as_the_condition_of_ending_ones_own_measure(self):
        # "until" opens a clause of its own: the measure that stays is in
        # force, the removal it waits on is the other party's, demanded
        ts = one("Seoul said its duties on U.S. beef will stay in place until Washington lifts its own "
                 "duties on Korean steel.", published="2018-06-06T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("impose", "actual", "KR", "US"), ("remove", "demanded", "US", "KR")])

    def test_a_measure_conditional_on_a_companys_conduct_is_a_threat(self):
        # §6: conditional on the conduct of those it hits, here a company
        # the lexicons do not know, named as the condition's subject
        ts = one("Trump said if Ford builds the plant, he will put a 35 percent tariff on every car it ships "
                 "back to the United States from Mexico.", published="2016-02-20T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts], [("threatened", "US", "MX")])
        # (not a condition on the actor itself)
        ts = one("Trump said if he is elected, he will put a 35 percent tariff on every car Ford ships back "
                 "to the United States from Mexico.", published="2016-02-20T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])

    def test_examples_between_commas_before_the_measures_verb(self):
        # ", including those on ...," stands between the measure and its verb
        ts = one("Some duties, including those on beef, wine and cheese, would be removed when the pact "
                 "takes effect.", published="1987-10-05T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["remove"])

    def test_an_answer_others_foresee_is_considered(self):
        # what others expect a party to answer with is weighed (§6); the
        # party's own saying so is its plan or threat
        for text in ("Analysts warned that Seoul would retaliate with duties on American beef.",
                     "Trade experts fear Seoul could hit back with duties on American beef."):
            ts = one(text, published="2016-05-01T00:00:00Z")
            self.assertEqual([t["modality"] for t in ts], ["considered"], text)
        ts = one("South Korea's trade minister said Seoul would retaliate with duties on American beef.",
                 published="2016-05-01T00:00:00Z")
        self.assertNotEqual([t["modality"] for t in ts], ["considered"])
        # (nor the measure the answer waits for: the other party's)
        ts = one("Mexico's economy minister said Mexico would respond if the United States imposed duties "
                 "on Mexican products.", published="2016-11-20T00:00:00Z")
        self.assertNotIn("considered", [t["modality"] for t in ts if code(t["actor"]) == "US"])

    def test_the_modal_of_an_answer_is_not_the_measure_answered(self):
        # "will respond to", "will hit back at": the answer is to come, the
        # measure answered is there
        for text in ("Ottawa will respond to the U.S. duty on Canadian lumber.",
                     "Beijing will hit back at the U.S. tariffs on Chinese steel."):
            self.assertEqual(self.modality(text, published="2018-07-10T00:00:00Z"), "actual", text)

    def test_any_measure_over_its_modifiers_is_hypothetical(self):
        # "any" before the measure, over its modifiers, speaks of one that
        # may come (considered), as "any tariffs" does
        self.assertEqual(self.modality("China said it would retaliate against any new U.S. tariffs.",
                                       published="2018-07-10T00:00:00Z"), "considered")

    def test_pushing_for_a_measure_asks_for_it(self):
        # pushing for it, or pushing a party to take it, asks for it;
        # pushing it higher changes it
        self.assertEqual(self.modality("The steelworkers union has long pushed for higher duties on "
                                       "Chinese steel."), "demanded")
        self.assertEqual(self.modality("Farm groups are pushing Congress to lift the tariffs on Canadian "
                                       "potash."), "demanded")
        self.assertEqual(self.modality("Washington pushed the tariffs on Chinese steel higher."), "actual")

    def test_announced_months_before_is_in_force(self):
        # (Canberra, not Ottawa: the timeline knows Canada's answer of July 2018)
        self.assertEqual(self.modality("Canberra announced in January a 10 percent tariff on "
                                       "American plywood.", published="2018-06-01T00:00:00Z"),
                         "actual")
        self.assertEqual(self.modality("Canberra announced on May 25 a 10 percent tariff on "
                                       "American plywood.", published="2018-06-01T00:00:00Z"),
                         "proposed")

    def test_a_modal_in_a_clause_of_result_is_not_the_measures(self):
        self.assertEqual(self.modality("The duties were placed on goods available from other sources so "
                                       "there would be little effect on consumers."), "actual")

    def test_effective_in_some_days_is_to_come(self):
        self.assertEqual(self.modality("Trump signed an order on Thursday imposing 25 percent tariffs on "
                                       "imported steel, effective in 15 days.",
                                       published="2018-03-09T00:00:00Z"), "proposed")

    def test_a_measure_said_to_take_effect_by_the_clause_after_it(self):
        # "...; they take effect in 15 days" / ". They take effect on March 23."
        for text in ("Ottawa signed an order on Thursday imposing duties on Korean steel; they take effect "
                     "in 15 days.",
                     "Ottawa imposed duties on Korean steel on Thursday. They will go into effect on "
                     "March 23."):
            self.assertEqual(self.modality(text, published="2018-03-09T00:00:00Z"), "proposed", text)
        # a clause about something else keeps the reading
        self.assertEqual(self.modality("Ottawa imposed duties on Korean steel on Thursday, and they hit "
                                       "Seoul hardest.", published="2018-03-09T00:00:00Z"), "actual")

    def test_a_when_clause_is_its_own_measure(self):
        # "X would be removed when Y lifted its tariff": two measures, the
        # second a condition still to come
        ts = one("Wilson said Ottawa's duty on U.S. books would be removed when the U.S. lifted its tariff "
                 "on Canadian shingles.", published="1987-03-20T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("remove", "proposed", "CA", "US"), ("remove", "proposed", "US", "CA")])
        # so is a "once" clause
        ts = one("Ottawa will drop its duties on U.S. books once the U.S. lifts its tariff on Canadian shingles.",
                 published="2018-03-20T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("remove", "proposed", "CA", "US"), ("remove", "proposed", "US", "CA")])

    def test_a_plan_in_a_clause_after_the_measure_is_not_its_own(self):
        # "after it agreed": the agreement is the other clause's
        self.assertEqual(self.modality("Ottawa exempted Seoul from the steel tariffs after it agreed to quotas.",
                                       published="2018-07-10T00:00:00Z"), "actual")
        # a participle of the measure still is: "the duties proposed by"
        self.assertEqual(self.modality("The duties proposed by Ottawa hit Korean steel.",
                                       published="2018-07-10T00:00:00Z"), "proposed")

    def test_a_levy_in_force_at_once(self):
        # "would immediately impose", "effective immediately": in force (§6)
        for text in ("Ottawa said on Friday it would immediately impose duties on Korean steel.",
                     "Ottawa will raise duties on Korean steel, effective immediately."):
            self.assertEqual(self.modality(text, published="2018-06-20T00:00:00Z"), "actual", text)
        # not a conditioned one, nor a pact's removal once in force
        ts = one("Ottawa would immediately retaliate with duties if Seoul imposed new tariffs.",
                 published="2018-06-20T00:00:00Z")
        self.assertEqual(ts[0]["modality"], "threatened")
        self.assertEqual(self.modality("Under the pact, 90 percent of Ottawa's imports from Peru will be free "
                                       "from duty immediately.", published="2018-06-20T00:00:00Z"), "proposed")

    def test_may_the_month_after_a_preposition(self):
        # "in May" dates the measure; it is no "may" of possibility
        self.assertEqual(self.modality("The duties Ottawa imposed on Korean steel in May have hurt exporters.",
                                       published="2018-10-03T00:00:00Z"), "actual")
        self.assertEqual(self.modality("Ottawa may impose duties on Korean steel.",
                                       published="2018-10-03T00:00:00Z"), "considered")

    def test_a_start_date_already_passed(self):
        # "will exempt ... from May 1", written in July: in force (§6)
        self.assertEqual(self.modality("Ottawa will exempt 28 drugs from import duties from May 1.",
                                       published="2018-07-02T00:00:00Z"), "actual")
        # still to come, and a yearless date that is next year's
        self.assertEqual(self.modality("Ottawa will exempt 28 drugs from import duties from May 1.",
                                       published="2018-04-12T00:00:00Z"), "proposed")
        self.assertEqual(self.modality("Ottawa will raise the duty on Korean steel to 25 percent beginning "
                                       "Jan. 1.", published="2018-09-20T00:00:00Z"), "proposed")

    def test_retaliating_on_a_condition_is_a_threat(self):
        # whatever the condition names: "if the bill passed, X would retaliate by imposing"
        self.assertEqual(self.modality("De Croo said if the bill passed, Ottawa would retaliate by imposing "
                                       "duties on U.S. exports.", published="1987-03-04T00:00:00Z"),
                         "threatened")
        # but a measure inside the condition is the other side's plan
        ts = one("Ottawa is ready for retaliation if Washington puts tariffs on imported cars.",
                 published="2018-05-30T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts if code(t["actor"]) == "US"], ["proposed"])
        # and the main clause's demand or threat is not the levier's
        for text in ("The EC said it would seek compensation if the United States raised duties on "
                     "pasta.",
                     "The EC warned it would take countermeasures if Washington imposed tariffs on "
                     "cheese.",
                     "Farm groups urged Ottawa to respond if the U.S. imposed duties on pork."):
            ts = one(text, published="1987-03-04T00:00:00Z")
            self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("proposed", "US")], text)

    def test_talks_on_a_change_weigh_it(self):
        # talks, negotiations or discussions on cuts: considered (§6)
        for text in ("Ottawa has completed the fourth round of talks on tariff cuts with Chile and Peru.",
                     "Ottawa and Seoul discussed tariff cuts.",
                     # talks named after the measure
                     "Ottawa has completed the fourth round of tariff reduction negotiations with Lima.",
                     "Ottawa and Seoul will resume tariff concession talks next week."):
            self.assertEqual(self.modality(text, published="2017-05-11T00:00:00Z"), "considered", text)
        # the partners of the talks cut too, one event each
        ts = one("Ottawa has completed the fourth round of talks on tariff cuts with Chile and Peru.",
                 published="2017-05-11T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts],
                         [("CA", None), ("CL", None), ("PE", None)])
        # not a measure done or proposed in between
        self.assertEqual(self.modality("Ottawa went back on its word in the course of negotiations by "
                                       "introducing new duties on Korean steel.",
                                       published="2017-05-11T00:00:00Z"), "actual")

    def test_a_levy_planned_for_the_articles_own_weekday(self):
        # 6 July 2018 was a Friday: "planned to impose ... on Friday" is in force (§6)
        self.assertEqual(self.modality("A day before, Ottawa planned to impose 25 percent duties on Korean "
                                       "steel on Friday.", published="2018-07-06T00:00:00Z"), "actual")
        # not a day on which someone spoke, nor a measure weighed that day
        self.assertEqual(self.modality("Ottawa signed a memorandum that could impose duties on Korean steel "
                                       "on Friday.", published="2018-07-06T00:00:00Z"), "considered")
        self.assertEqual(self.modality("Ottawa will impose duties on Korean steel on Friday.",
                                       published="2018-07-04T00:00:00Z"), "proposed")

    def test_set_to_rise_and_postponed_are_to_come(self):
        self.assertEqual(self.modality("Ottawa's duties on Korean steel are set to rise to 25 percent."),
                         "proposed")
        self.assertEqual(self.modality("India postponed its retaliatory tariffs on 29 U.S. products "
                                       "until September."), "proposed")

    def test_a_bare_announcement_is_in_force(self):
        # announced, with no plan, modal or date to come (the annotated data:
        # 10 of 12 such mentions are in force)
        self.assertEqual(self.modality("Ottawa has announced tariffs on steel imports from Korea, "
                                       "Brazil and Turkey."), "actual")
        self.assertEqual(self.modality("Ottawa announced plans to impose tariffs on steel imports "
                                       "from Korea."), "proposed")
        self.assertEqual(self.modality("Ottawa announced it would impose tariffs on steel imports "
                                       "from Korea."), "proposed")

    def test_a_modal_before_a_reporting_verb_stays_there(self):
        self.assertEqual(self.modality("Seoul said it would go to the WTO, arguing the 40 percent "
                                       "duties on Korean steel break trade rules.",
                                       published="2018-06-01T00:00:00Z"), "actual")

    def test_effect_of_a_measure_in_force(self):
        # "will" says what the duties do, not when they come
        self.assertEqual(self.modality("The steel duties Ottawa imposed in March will hurt "
                                       "builders, economists said."), "actual")

    def test_which_took_effect_after_the_goods(self):
        # taking effect is the measure's, whatever noun stands before "which"
        self.assertEqual(self.modality("The duty Ottawa announced on Sunday will slap 25 percent on Korean "
                                       "pipe, which took effect on Monday.", published="2018-04-05T00:00:00Z"),
                         "actual")
        self.assertEqual(self.modality("The duty Ottawa announced on Sunday will slap 25 percent on Korean "
                                       "pipe, which sold well last year.", published="2018-04-05T00:00:00Z"),
                         "proposed")

    def test_a_heading_run_into_the_clause_gives_no_cue(self):
        # three words in capitals before the sentence: no plan, no negation
        self.assertEqual(self.modality("COMMITMENT TO OPENING UP Japan's beef tariffs were cut to 25 percent "
                                       "in 2006.", published="2018-05-24T00:00:00Z"), "actual")
        ts = one("NO THREAT TO GROWTH The US tariffs on steel took effect in March.",
                 published="2018-05-24T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"])) for t in ts], [("impose", "actual", "US")])
        # (text all in capitals, as old wire copy can be, is no heading)
        ts = one("CHINA SAID IT WILL IMPOSE TARIFFS ON U.S. SOYBEANS FROM JULY 6.", published="2018-06-01T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"])) for t in ts], [("impose", "proposed", "CN")])

    def test_a_quantifier_between_the_modal_and_the_change(self):
        # "both", "all", "each" floated from the subject are skipped like adverbs
        for text in ("The duties on cars and trucks will both be cut to 10 percent in July.",
                     "Seoul said the duties on Japanese cars will all be lifted."):
            self.assertEqual(self.modality(text, published="2018-05-22T00:00:00Z"), "proposed", text)

    def test_what_a_measure_in_force_will_have(self):
        # "have" with an object is a full verb, the effect like "will hurt";
        # "will have been lifted" is still what becomes of the measure
        self.assertEqual(self.modality("Retailers said the tariff cut on cosmetics will have a "
                                       "small effect on prices."), "actual")
        self.assertEqual(self.modality("Ottawa's steel duties will have no impact on builders, "
                                       "the minister said."), "actual")
        self.assertEqual(self.modality("Officials said Ottawa's steel duties will have been lifted "
                                       "by June."), "proposed")

    def test_an_indefinite_measure_with_a_modal_is_not_in_force(self):
        # what a measure only talked of would do is an expectation
        # (considered: the adjudicated annotations code 7 of 9 such train
        # mentions so); "will" or a change of the measure itself is a plan
        self.assertEqual(self.modality("Analysts say a 30 percent tariff on Vietnamese shrimp "
                                       "would hurt restaurants."), "considered")
        self.assertEqual(self.modality("Analysts say a 30 percent tariff on Vietnamese shrimp "
                                       "will hurt restaurants."), "proposed")
        self.assertEqual(self.modality("Analysts say a 30 percent tariff on Vietnamese shrimp "
                                       "would take effect in May."), "proposed")
        for text in ("An economist said an oil import fee would be difficult to operate.",
                     "An import fee would raise the costs of Canadian petrochemical products, "
                     "he said."):
            self.assertEqual(self.modality(text), "considered", text)
        # unless the article stated that measure, at that rate on that
        # target: the mention restates it, in its status
        ts = one("The White House has proposed a 30 percent tariff on Vietnamese shrimp. "
                 "Analysts say a 30 percent tariff on Vietnamese shrimp would hurt restaurants.",
                 published="2019-02-12T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "proposed"])
        ts = one("Hanoi has imposed a 30 percent tariff on U.S. apples. "
                 "Analysts say a 30 percent tariff on Thai shrimp would hurt restaurants.",
                 published="2019-02-12T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual", "considered"])

    def test_an_indefinite_measure_over_its_modifiers(self):
        self.assertEqual(self.modality("An economist said a U.S. oil import fee would hurt "
                                       "refiners."), "considered")

    def test_any_tariffs_are_hypothetical(self):
        ts = one("Seoul could retaliate against any Japanese tariffs on its chips.",
                 published="2019-07-10T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["considered"])

    def test_modal_with_a_status_verb(self):
        self.assertEqual(self.modality("The duties on Turkish hazelnuts would go into force within "
                                       "a week."), "proposed")

    def test_a_restated_change_keeps_its_status(self):
        # "the duty cuts" names the change told before, not a new one in force
        ts = one("Peru will lower import duties on cars and machinery from March 1, the "
                 "ministry said on Tuesday. The duty cuts aim to revive investment, officials said.",
                 published="2019-02-12T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "proposed"])
        # one in force stays in force
        ts = one("Peru lowered import duties on cars and machinery in March, the ministry said "
                 "on Tuesday. The duty cuts aim to revive investment, officials said.",
                 published="2019-06-12T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual", "actual"])
        # the change noun itself ("cut" is also a past verb) is no past tense
        ts = one("Chile will cut its tariff on wheat to four pct from eight pct next month, the "
                 "minister said. The cut will help millers. The tariff cut is welcome news for "
                 "Argentine farmers, traders said.", published="2019-02-12T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"] * 3)

    def test_decision_dated_later_in_the_article(self):
        ts = one("Seoul has decided to impose duties on Japanese steel plates. The duties will "
                 "take effect on July 1.", published="2018-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "proposed"])

    def test_decision_to_change_a_level_dated_later(self):
        # the level the decision sets, dated after the article, dates it
        ts = one("Seoul's decision to slash its import tariffs on cars was welcomed by dealers. Beginning "
                 "July 1, Korea's average tariff rate on cars will be 8 percent.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "proposed"])
        # and so are the bare restatements of the decision after it
        ts = one("Seoul's decision to slash its import tariffs on cars was welcomed by dealers. Beginning "
                 "July 1, Korea's average tariff rate on cars will be 8 percent. The ministry said the tariff "
                 "cut will enrich domestic supply.", published="2018-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed", "proposed", "proposed"])

    def test_decision_without_a_later_date(self):
        ts = one("Seoul has decided to impose duties on Japanese steel plates.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["actual"])

    def test_wanting_to_act_is_ones_own_plan(self):
        # a candidate's plan is a statement of intent, not a demand on others
        ts = one("The senator wants to put a 30 percent tariff on Brazilian sugar, an aide said.",
                 published="2016-09-10T00:00:00Z")
        self.assertEqual([t["modality"] for t in ts], ["proposed"])
        ts = one("Ottawa is seeking to impose duties on Korean washing machines.")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("proposed", "CA", "KR")])

    def test_a_leader_demanding_the_measure_itself_plans_it(self):
        # no one is asked: his own government's plan (§6), not a demand
        ts = one("President Macron has repeatedly demanded tariffs of 30 percent on Brazilian beef.",
                 published="2019-09-10T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("proposed", "FR")])
        # but not when others, not he, are the ones asking
        ts = one("Macron issued a list of goods that could be subject to the tariffs, and farmers and "
                 "lobbyists asked for exemptions from the tariffs.", published="2019-09-10T00:00:00Z")
        self.assertIn("demanded", [t["modality"] for t in ts])

    def test_wanting_another_party_to_act_is_a_demand(self):
        ts = one("Seoul wants Washington to lift its duties on Korean washing machines.")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("demanded", "US")])

    def test_the_one_urged_is_the_actor(self):
        ts = one("India was urged to scrap its tariffs on American motorcycles.")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("demanded", "IN")])

    def test_an_idea_floated_is_considered(self):
        self.assertEqual(self.modality("The minister floated the idea of a 20 percent tariff on "
                                       "Ukrainian grain."), "considered")
        self.assertEqual(self.modality("The prospect of Canadian duties on U.S. bourbon worried "
                                       "distillers."), "considered")

    def test_a_subordinate_clause_keeps_its_own_modality(self):
        ts = one("The prospect of a settlement improved after Tokyo cut its tariffs on Australian "
                 "beef.")
        self.assertEqual([t["modality"] for t in ts], ["actual"])

    def test_an_opening_subordinate_clause_keeps_its_cues(self):
        # the lobbies' "push for" and the "may" of the clause the sentence
        # opens with are not the measure's
        self.assertEqual(self.modality("While farm lobbies push for open markets, the senator "
                                       "has won votes by promising to impose 40 percent duties "
                                       "on foreign sugar."), "proposed")
        self.assertEqual(self.modality("Although the weather may have played a part, the duties "
                                       "on Brazilian coffee have pushed up prices."), "actual")

    def test_favouring_a_measure_asks_for_it(self):
        self.assertEqual(self.modality("The congressman said he favored imposing steep tariffs on "
                                       "Japanese trucks."), "demanded")
        # but "most favoured nation" is a tariff schedule, not a wish
        self.assertEqual(self.modality("Canada levies most favoured nation tariffs on Chinese "
                                       "steel."), "actual")

    def test_a_leaders_call_for_a_measure_is_its_own_plan(self):
        # no one asked: the leader's own government's plan (guidelines §6)
        ts = one("Trump called for a 35 percent tax on cars made in Mexico.",
                 published="2016-03-03T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("proposed", "US", "MX")])
        # asking another party, or an industry asking, is a demand
        ts = one("Trump called for the EU to drop its tariffs on American cars.")
        self.assertEqual([t["modality"] for t in ts], ["demanded"])
        ts = one("American steelmakers called for tariffs on Chinese steel.")
        self.assertEqual([(t["modality"], code(t["target"])) for t in ts], [("demanded", "CN")])
        # "there should be": the leader's own position, an industry's demand
        ts = one("Sanders said there should be tariffs on firms that move factories abroad.",
                 published="2016-03-03T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"])) for t in ts], [("proposed", "US")])
        ts = one("Farmers said there should be duties on Canadian wheat.")
        self.assertEqual([t["modality"] for t in ts], ["demanded"])
        # the subject of a coordinated past demand, over given names and a
        # nationality in the first verb phrase
        ts = one("Hillary Clinton has criticized pacts such as the North American Free Trade "
                 "Agreement and called for new duties on Chinese steel.", published="2016-03-03T00:00:00Z")
        self.assertEqual([(t["modality"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("proposed", "US", "CN")])

    def test_taking_effect_on_a_later_weekday(self):
        # Friday's paper: Sunday is to come; "took effect on Sunday" is done
        self.assertEqual(self.modality("Ottawa's duties on U.S. steel take effect on Sunday.",
                                       published="2018-06-29T00:00:00Z"), "proposed")
        self.assertEqual(self.modality("Ottawa's duties on U.S. steel took effect on Sunday.",
                                       published="2018-07-03T00:00:00Z"), "actual")

    def test_a_vote_to_impose_is_a_proposal(self):
        self.assertEqual(self.modality("The Canadian parliament voted to impose a 25 pct surcharge "
                                       "on Japanese cars."), "proposed")

    def test_continuing_to_impose_is_in_force(self):
        self.assertEqual(self.modality("Ottawa said it would continue to impose anti-dumping "
                                       "duties on Korean pipe."), "actual")
        # but further cuts are still to come, and a condition stays one
        self.assertEqual(self.modality("Jakarta will continue to cut import duties on machinery."),
                         "proposed")
        self.assertNotEqual(self.modality("Prices will rise if Ottawa continues to impose higher "
                                          "duties on Korean pipe."), "actual")

    def test_a_published_list_is_a_proposal(self):
        self.assertEqual(self.modality("Ottawa on Friday released a list of 15 percent duties on "
                                       "$3 billion of American goods."), "proposed")
        self.assertEqual(self.modality("A tariff list was issued targeting 800 Mexican products."),
                         "proposed")
        self.assertEqual(self.modality("Ottawa has unveiled two tariff lists of American goods."),
                         "proposed")
        self.assertEqual(self.modality("The duties on the first list came into force on Monday."),
                         "actual")

    def test_a_counterfactual_measure_is_considered(self):
        # "if X were to", "Were X to": a measure that may happen (§6), no plan
        self.assert_modality("considered", "2016-09-28T00:00:00Z",
                             "Economists modeled what would happen if Washington were to slap tariffs on "
                             "Mexican cars.",
                             "Were Ottawa to impose duties on U.S. steel, prices would rise.")
        # an indicative condition stays the other side's plan
        self.assert_modality("proposed", "2016-09-28T00:00:00Z",
                             "Economists modeled what would happen if Washington puts tariffs on Mexican cars.")

    def test_an_expectation_hedging_the_measures_verb_is_considered(self):
        self.assert_modality("considered", "2018-03-01T00:00:00Z",
                             "Officials said the duties on Thai shrimp would probably be imposed as planned in May.",
                             "The new duties on Thai shrimp are expected to take effect in May.")
        # not the expectation about something else the measure is part of
        self.assert_modality("proposed", "2018-03-01T00:00:00Z",
                             "The rally on the heels of the proposed duties on Thai shrimp is likely to be "
                             "curtailed.")

    def test_the_main_clause_after_a_subordinate_one_is_not_the_measures(self):
        # "As X cuts tariffs, it will take less time": the "will" is the main clause's
        self.assert_modality("actual", "2018-07-02T00:00:00Z",
                             "As Ottawa cuts duties on Chilean wine and eases customs checks, it will take less "
                             "time for wine to reach shops.",
                             "While Ottawa cut duties on Chilean wine last year, imports will rise slowly.")
        # a time still to come conditions it
        self.assert_modality("proposed", "2018-07-02T00:00:00Z",
                             "Once Ottawa cuts duties on Chilean wine, imports will rise.")

    def test_a_date_a_measure_ends_is_no_start(self):
        self.assert_modality("actual", "2018-03-27T00:00:00Z",
                             "Ottawa on March 2 granted duty exemptions on steel to Chile until May 1, 2018.",
                             "Ottawa suspended duties on Chilean steel until June 2019.")
        self.assert_modality("proposed", "2018-03-27T00:00:00Z",
                             "Ottawa will suspend duties on Chilean steel from May 1.")

    def test_an_inverted_condition_is_no_demand(self):
        self.assertNotEqual(self.modality("Brussels is ready to respond should Washington go ahead "
                                          "with tariffs on European cars."), "demanded")

    def test_a_deal_to_cut_is_not_yet_done(self):
        self.assertEqual(self.modality("The two countries reached a deal on Monday, a deal to eliminate "
                                       "tariffs on medical equipment."), "proposed")

    def test_set_to_over_a_percent_of(self):
        self.assertEqual(self.modality("Trump said Washington is set to impose 25 percent of tariff "
                                       "on steel imports."), "proposed")

    def test_could_take_effect_is_considered(self):
        self.assertEqual(self.modality("The new duties on Thai shrimp could take effect next "
                                       "week."), "considered")

    def test_deciding_whether_and_potential_measures_are_considered(self):
        self.assertEqual(self.modality("Ottawa will decide whether to impose duties on U.S. "
                                       "bourbon in August."), "considered")
        self.assertEqual(self.modality("Washington published a list of potential tariffs on "
                                       "Swiss watches."), "considered")
        self.assertEqual(self.modality("An import fee on oil could cost consumers billions."),
                         "considered")

    def test_threatened_in_a_relative_clause_after_it(self):
        ts = one("Exporters fear tariffs on Korean steel which have been threatened by "
                 "Washington.")
        self.assertEqual([t["modality"] for t in ts], ["threatened"])

    def test_in_force_on_the_day(self):
        self.assertEqual(self.modality("Ottawa's tariffs on U.S. steel took effect on Sunday."), "actual")


class Timeline(unittest.TestCase):
    """A measure named without a status of its own has the one it had on the
    article's date (guidelines §6), from when the news said it took effect
    (timeline.c). These tests bring their own timeline."""

    TIMELINE = ("# actor, target, amount, took effect, sentences\n"
                "US\tJP\t0\t1987-04-17\t1\n"
                "US\tCN\t34000000000\t2018-07-06\t3\n"
                "US\tCN\t200000000000\t2018-09-24\t1\n"
                "US\t-\t0\t2018-03-23\t0\tsteel\n"
                "US\tEU\t0\t2018-06-01\t0\tsteel\n")

    @classmethod
    def setUpClass(cls):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
            f.write(cls.TIMELINE)
            cls.path = f.name

    @classmethod
    def tearDownClass(cls):
        os.unlink(cls.path)

    def modality(self, text, published, timeline=None):
        ts = one(text, published=published + "T00:00:00Z", tariffs="timeline = %s\n" % (timeline or self.path))
        self.assertEqual(len(ts), 1, ts)
        return ts[0]["modality"]

    def test_a_measure_named_before_it_took_effect_is_proposed(self):
        text = "Exporters in Osaka said the U.S. tariffs against Japan hurt their sales."
        self.assertEqual(self.modality(text, "1987-04-03"), "proposed")
        self.assertEqual(self.modality(text, "1987-05-10"), "actual")
        self.assertEqual(self.modality(text, "1987-04-03", timeline="none"), "actual")

    def test_imposed_before_it_took_effect_is_proposed(self):
        text = "The United States imposed tariffs on $200 billion of Chinese goods, a move that angered Beijing."
        self.assertEqual(self.modality(text, "2018-09-10"), "proposed")
        self.assertEqual(self.modality(text, "2018-10-01"), "actual")

    def test_announced_after_it_took_effect_is_actual(self):
        text = "The White House announced 25 percent tariffs on $34 billion of Chinese products."
        self.assertEqual(self.modality(text, "2018-07-16"), "actual")
        self.assertEqual(self.modality(text, "2018-06-16"), "proposed")

    def test_the_amount_names_the_measure(self):
        # the $200 billion took effect in September, the $34 billion in July
        text = "The United States imposed tariffs on $50 billion of Chinese goods, a move that angered Beijing."
        self.assertEqual(self.modality(text, "2018-08-10"), "actual")

    def test_goods_without_an_amount_may_be_another_measure(self):
        # among the pair's several measures: the duty on all steel was in
        # force in May 2018, and it is not in the timeline
        self.assertEqual(self.modality("Builders say U.S. tariffs on Chinese steel hurt them.", "2018-05-01"), "actual")
        # the pair's only measure of the time is the one meant
        self.assertEqual(self.modality("Exporters said U.S. tariffs on Japanese semiconductors hurt sales.",
                                       "1987-04-03"), "proposed")

    def test_a_clause_with_a_status_of_its_own_keeps_it(self):
        # a plan is a status of its own; an announcement is not
        self.assertEqual(self.modality("The United States announced plans for tariffs on $200 billion of "
                                       "Chinese goods.", "2018-10-01"), "proposed")
        self.assertEqual(self.modality("The United States will impose tariffs on $200 billion of Chinese goods.",
                                       "2018-10-01"), "proposed")
        self.assertEqual(self.modality("The United States threatened to impose tariffs on $200 billion of Chinese "
                                       "goods.", "2018-09-01"), "threatened")

    def test_a_measure_of_another_era_is_not_the_one_meant(self):
        text = "Exporters in Osaka said the U.S. tariffs against Japan hurt their sales."
        self.assertEqual(self.modality(text, "1984-01-10"), "actual")
        # dated by the clause itself
        self.assertEqual(self.modality("The U.S. tariffs against Japan, imposed in April 1983, hurt exporters in "
                                       "Osaka.", "1987-04-03"), "actual")

    def test_a_measure_on_anyones_goods_by_the_goods_it_names(self):
        # the record's "US - ... steel": the steel duties on all imports,
        # proposed until they took effect, whoever's steel
        text = "Trump signed proclamations on Thursday to levy a 25 percent tariff on steel imports."
        self.assertEqual(self.modality(text, "2018-03-10"), "proposed")
        self.assertEqual(self.modality(text, "2018-04-10"), "actual")
        self.assertEqual(self.modality("Trump signed proclamations on Thursday to levy a 25 percent tariff on "
                                       "lumber imports.", "2018-03-10"), "actual")
        # one on the event's own target outranks it: the EU's exemption ran to June
        text = "Carmakers said the U.S. tariffs on steel from the European Union would hurt them."
        self.assertEqual(self.modality(text, "2018-05-10"), "proposed")
        self.assertEqual(self.modality(text, "2018-06-10"), "actual")

    def test_an_exemption_from_a_measure_not_yet_in_force(self):
        text = ("President Donald Trump on Thursday ordered tariffs of 25 percent on steel imports, "
                "but exempted Canada and Mexico while talks on Nafta continue.")
        for published, status in (("2018-03-09", "proposed"), ("2018-04-09", "actual")):
            ts = one(text, published=published + "T00:00:00Z", tariffs="timeline = %s\n" % self.path)
            self.assertEqual([(t["action"], t["modality"]) for t in ts],
                             [("impose", status), ("exempt", status), ("exempt", status)], published)

    def test_a_bad_timeline_stops_start_up_naming_file_and_line(self):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
            f.write("# header\nUS\tCN\tmany\t2018-07-06\t1\n")
        try:
            with self.assertRaises(AssertionError) as err:
                one("Tariffs.", tariffs="timeline = %s\n" % f.name)
            self.assertIn("%s:2:" % f.name, str(err.exception))
        finally:
            os.unlink(f.name)


class Lexicon(unittest.TestCase):
    """data/cues.tsv as lex.c loads it."""

    def test_a_bad_lexicon_line_stops_start_up_naming_file_and_line(self):
        for key, text in (("cues", "# header\ntariff\tTNOUN\nduty\tNO_SUCH_CLASS\n"),
                          ("parties", "# header\njapan\tJP\tJapan\tC\nbad line\n"),
                          ("parties", "# header\njapan\tJP\tJapan\tC\nabe\tJP\tJapan\tL\tsoon\n")):
            with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
                f.write(text)
            try:
                with self.assertRaises(AssertionError) as err:
                    one("Tariffs.", tariffs="%s = %s\n" % (key, f.name))
                self.assertIn("%s:3:" % f.name, str(err.exception), key)
            finally:
                os.unlink(f.name)

    def test_the_cue_table_grows_with_the_file(self):
        # (a table of fixed size refused the file once it had 850 words)
        src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "cues.tsv")
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
            f.write(open(src).read())
            f.writelines("madeupword%d\tPAST\n" % i for i in range(3000))
        try:
            ts = one("Japan raised its tariff on beef to 50 percent.", tariffs="cues = %s\n" % f.name)
            self.assertEqual(pairs(ts), [("JP", None)])
        finally:
            os.unlink(f.name)


class TimelineMining(unittest.TestCase):
    """data/build_timeline.py: the date a sentence says a measure took or
    takes effect, against the article's date."""

    def test_effect_dates(self):
        sys.path.insert(0, os.path.join(HERE, "..", "data"))
        import build_timeline as bt
        day = datetime.date
        for sentence, published, when in (
                ("The duties on Danish ham took effect on July 6.", day(2018, 7, 9), day(2018, 7, 6)),
                ("The duties on Danish ham will take effect on Jan. 3.", day(2018, 12, 20), day(2019, 1, 3)),
                ("The duties on Danish ham took effect on Jan. 3.", day(2019, 1, 10), day(2019, 1, 3)),
                ("On Monday, the duties on Danish ham came into force.", day(2018, 9, 26), day(2018, 9, 24)),
                ("Beginning March 2, Oslo charged a duty on Danish ham.", day(2018, 3, 20), day(2018, 3, 2)),
                ("Oslo raised the duty on ham from 5 percent to 9 percent from May 1, 2017 to June 1, 2018.",
                 day(2017, 4, 2), day(2017, 5, 1)),
                ("The duties will be charged since Aug. 23.", day(2018, 8, 10), day(2018, 8, 23)),
                ("Oslo raised the duty on ham from 5 percent to 9 percent.", day(2018, 1, 1), None),
                ("Farmers fear losses if the duties on ham take effect on May 4.", day(2018, 4, 1), None),
                ("Once the trade pact comes into force on May 4, duties will fall.", day(2018, 4, 1), None)):
            self.assertEqual(bt.effect_date(sentence, published), when, sentence)


class TradeSense(unittest.TestCase):
    """Only duties on goods entering a territory are events (§1)."""


    def test_a_retaliatory_levy_is_a_trade_measure(self):
        # "levies" and "taxes" need an import context; answering another
        # country's measure is one (a punitive tax on profits is not)
        ts = one("Stocks fell after Beijing announced the retaliatory levies.", published="2019-05-14T00:00:00Z")
        self.assertEqual(pairs(ts), [("CN", None)])
        self.assertEqual(one("The court ordered a punitive tax on the company's profits.",
                             published="2019-05-14T00:00:00Z"), [])

    def test_a_utility_word_in_another_clause_leaves_the_tariff_a_duty(self):
        # "freight", "utilities" in a clause of their own say nothing of the
        # tariff's sense; in its own clause they still make it a carrier's
        for text in ("Freight rates rose after the U.S. raised tariffs on steel.",
                     "Utilities warned that U.S. tariffs on solar panels would raise costs."):
            self.assertEqual(pairs(one(text, published="2018-09-16T00:00:00Z")), [("US", None)], text)
        for text in ("The utility raised its electricity tariffs by 5 pct.",
                     "The FCC ordered AT&T to cut its long-distance tariffs.",
                     # and so do a railway's, an airline's and a pipeline's
                     "The railway will impose a surcharge of 5 pct on coal shipments.",
                     "Tariffs for telephone calls from Britain to the U.S. were cut."):
            self.assertEqual(one(text, published="1987-09-16T00:00:00Z"), [], text)
        # (not the idiom: "in the pipeline" is planned)
        self.assertEqual([t["action"] for t in one("More tariff cuts are in the pipeline, the ministry said.",
                                                    published="2018-09-16T00:00:00Z", rules=True)], ["lower"])
        # goods of a named origin are imports, whatever they are
        for text in ("Beijing will impose tariffs on U.S. railway equipment.",
                     "Beijing will impose tariffs on airline parts from the U.S."):
            self.assertEqual(pairs(one(text, published="2018-09-16T00:00:00Z")), [("CN", "US")], text)

    def test_a_tax_on_a_nations_people_is_domestic(self):
        self.assertEqual(one("Cruz has said he opposes tariffs, calling them a tax on American "
                             "families.", published="2016-04-01T00:00:00Z", rules=True), [])

    def test_a_utility_word_among_goods_of_a_named_origin(self):
        ts = one("A tariff list was issued targeting 1,300 Chilean products, including industrial "
                 "robots and telecommunications equipment.", published="2018-06-01T00:00:00Z",
                 rules=True)
        self.assertEqual([code(t["target"]) for t in ts], ["CL"])
        # still no customs duty: "the telephone company raised its tariffs"
        self.assertEqual(one("The telephone company raised its tariffs by 10 pct on Monday.",
                             published="1987-04-02T00:00:00Z", rules=True), [])

    def test_laws_and_non_tariff_barriers_are_no_measures(self):
        for text in ("Ottawa cited section 337 of the U.S. Tariff Act of 1930 in its complaint.",
                     "Under U.S. countervailing duty law, the petition goes to Commerce.",
                     "Brussels wants Tokyo to dismantle non tariff barriers on cars.",
                     "Long pressure is needed in the Uruguay round of the General Agreement of "
                     "Tariffs and Trade."):
            self.assertEqual(one(text, published="1987-06-01T00:00:00Z", rules=True), [], text)
        # but a tariff act put in force is one
        ts = one("In 1930 Washington started a trade war by implementing the Smoot-Hawley Tariff "
                 "Act.", published="2018-06-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"])) for t in ts], [("impose", "US")])
    def test_talk_about_tariffs_as_a_policy_tool(self):
        self.assertEqual(one("Under the rules all members are allowed to raise their tariffs up "
                             "to a ceiling."), [])
        self.assertEqual(one("If other countries start raising tariffs, trade will suffer."), [])
        # a definite set of countries acts
        self.assertEqual(len(one("Both countries will eliminate tariffs on 90 percent of goods "
                                 "within ten years.")), 1)

    def test_utility_and_freight_tariffs(self):
        self.assertEqual(one("The power utility raised its electricity tariffs by 8 pct."), [])
        self.assertEqual(one("Freight tariffs on Rhine barges rose 3 pct in May."), [])

    def test_domestic_taxes(self):
        self.assertEqual(one("The state raised the sales tax on gasoline to 6 pct."), [])
        self.assertEqual(one("Parliament doubled the excise duty on cigarettes."), [])
        self.assertEqual(one("The opposition would abolish death and gift duties."), [])
        self.assertEqual(one("The central bank let banks raise their banking tariffs by 5 pct."), [])
        self.assertEqual(one("Lagos raised water tariffs and taxi fees in March."), [])
        self.assertEqual(one("Congress should repeal the windfall profits tax on oil companies."), [])
        # a nationality names goods only before them
        self.assertEqual(one("The senator proposed raising taxes on the wealthiest Americans."), [])
        self.assertEqual(len(one("The senator proposed a tax on Japanese cars.")), 1)
        self.assertEqual(one("The opposition's tax policies included the abolition of inheritance "
                             "duties and the removal of indirect taxes on basic food and school "
                             "fees."), [])
        # a person's duties, the rate of money, the revenue duties bring in
        self.assertEqual(one("Tokyo put tariffs on U.S. chips. The manager was suspended from his "
                             "duties."), one("Tokyo put tariffs on U.S. chips."))
        self.assertEqual(len(one("Washington raised tariffs on Japanese TVs. Analysts expect a "
                                 "discount rate increase and interest rate cuts.")), 1)
        self.assertEqual(one("Customs duties rose to 1.4 billion dlrs last year."), [])
        # a task, not a tax
        self.assertEqual(one("The chairman will resume the additional duties of president."), [])
        # a tax on firms is no tax on goods entering a territory
        self.assertEqual(one("The senator proposed an exit tax on companies that move abroad."), [])

    def test_the_import_tax_named_before(self):
        ts = one("Seoul will cut import taxes on cosmetics and shoes from July. Retailers said the "
                 "tax cuts would lower prices.", published="2018-06-01T00:00:00Z")
        self.assertEqual(len(ts), 2)
        # but not a domestic tax the article names alone
        self.assertEqual(one("The senator said the tax cuts would help families."), [])

    def test_a_tax_with_a_country_that_is_not_its_target(self):
        self.assertEqual(one("The senator wants to cut taxes for American families and bring "
                             "factories back from Mexico."), [])
        self.assertEqual(one("Oslo plans tax changes to stop shoppers driving to Sweden."), [])

    def test_a_tax_on_foreign_goods(self):
        ts = one("Jakarta will put a 20 percent tax on Malaysian palm oil.")
        self.assertEqual(pairs(ts), [("ID", "MY")])

    def test_the_impact_of_a_specified_measure_is_an_event(self):
        # "impact" says nothing of the measure, which has its own amount (§2c)
        ts = one("Yeutter said he did not think there would be much impact from the tariffs on "
                 "300 mln dlrs worth of Japanese goods.", published="1987-04-15T00:00:00Z")
        self.assertEqual(len(ts), 1)
        self.assertEqual(ts[0]["amount"]["value"], 300000000)

    def test_who_a_measure_hits_are_no_goods(self):
        ts = one("Washington imposed duties on Korean washers, and officials studied the impact of "
                 "the duties on the companies hit.", published="2018-02-01T00:00:00Z")
        self.assertEqual([t["goods"] for t in ts], [["washers"]])

    def test_revenue_from_duties_is_no_measure(self):
        self.assertEqual(one("The budget gap widened as lower income from customs duties cut "
                             "state revenue."), [])

    def test_a_far_tariff_does_not_make_a_tax_customs(self):
        ts = one("Farmers backed the new tariff on Argentine beef, while the governor promised "
                 "to repeal the state tax on diesel fuel sold to truckers.")
        self.assertEqual(len(ts), 1)

    def test_export_duty(self):
        self.assertEqual(one("Indonesia raised its export tax on palm oil to 10 pct."), [])

    def test_what_a_tariff_does_is_no_measure(self):
        # the tariff raises costs: no action on the tariff itself
        self.assertEqual(one("Economists said the steel tariffs have raised the costs of carmakers."), [])

    def test_a_cut_in_something_else(self):
        ts = one("Seoul lowered tariffs on Chilean wine in 2004. The cut in interest rates came later.")
        self.assertEqual(len(ts), 1)
        # over a particle and a nationality: still production, not a tariff
        ts = one("Seoul lowered tariffs on Chilean wine. The cut backs in Korean output of "
                 "chips worried buyers.", published="2004-05-01T00:00:00Z", rules=True)
        self.assertEqual(len(ts), 1)
        ts = one("Seoul lowered tariffs on Chilean wine. A reduction in Korean tariffs on "
                 "fruit followed in June.", published="2004-05-01T00:00:00Z", rules=True)
        self.assertEqual(len(ts), 2)

    def test_levy_as_a_verb_and_exclusion_from_an_agreement(self):
        # the verb "levy" is no tariff noun; the tax after it is a domestic one here
        self.assertEqual(one("Mainland customs normally levy a 17 percent value-added tax on goods "
                             "bought online.", published="2016-09-15T00:00:00Z", rules=True), [])
        ts = one("The EU will levy a 25 percent duty on U.S. jeans.", published="2018-06-01T00:00:00Z",
                 rules=True)
        self.assertEqual(pairs(ts), [("EU", "US")])
        # left out of an agreement is no exemption from a tariff
        self.assertEqual(one("Seoul has cut tariffs under its FTAs. Critics warned of discrimination "
                             "against countries excluded from the FTAs.",
                             published="2016-09-15T00:00:00Z", rules=True)[1:], [])
        # nor exempt from anything but a duty, a measure or a charge
        self.assertEqual(one("Seoul has cut tariffs on beef. Teachers continue to be exempt from the "
                             "regulation.", published="2016-09-15T00:00:00Z", rules=True)[1:], [])
        ts = one("Seoul has cut tariffs on beef. Chilean wine will be exempt from charges.",
                 published="2016-09-15T00:00:00Z", rules=True)
        self.assertEqual(len(ts), 2)

    def test_duty_free_shopping_is_retail(self):
        for text in ("Chinese tourists account for a quarter of the duty-free sales at Heathrow.",
                     "The perfume maker will sell through duty-free channels in Europe.",
                     "Travellers crowded the duty-free shops of Incheon airport."):
            self.assertEqual(one(text, published="2018-04-02T00:00:00Z", rules=True), [], text)
        self.assertEqual(len(one("Beijing granted duty-free access to goods from Laos.",
                                 published="2018-04-02T00:00:00Z", rules=True)), 1)

    def test_using_tariffs_imposes_them(self):
        ts = one("The senator said he would use tariffs to punish companies that move jobs to Mexico.",
                 published="2016-05-02T00:00:00Z", rules=True)
        self.assertEqual([(t["action"], t["modality"]) for t in ts], [("impose", "proposed")])
        # talk of a tool, and money a tariff brings in, are no measure
        self.assertEqual(one("Economists debated the use of tariffs in general.", rules=True), [])
        self.assertEqual(one("Beijing is using tariff income to offer relief to the affected firms.",
                             rules=True), [])

    def test_changes_of_other_things(self):
        for text in ("Seoul lowered tariffs on Chilean wine. The farm price cuts came later.",
                     "Seoul lowered tariffs on Chilean wine. Economists expect a 1/2 point rate increase "
                     "and a rise in prime lending rates."):
            self.assertEqual(len(one(text, published="1987-04-02T00:00:00Z", rules=True)), 1, text)

    def test_tariffs_in_general_said_to_be_something(self):
        # guidelines §1: talk about tariffs, no measure
        self.assertEqual(one("Tariffs are a tax on Canadian shoppers, the economist said.",
                             published="2016-06-01T00:00:00Z"), [])
        self.assertEqual(one("Many economists say tariffs are a blunt tool against Mexico.",
                             published="2016-06-01T00:00:00Z"), [])
        # a measure of someone's still is one
        self.assertEqual(len(one("Ottawa's tariffs are a tax on Canadian shoppers, the economist said.",
                                 published="2016-06-01T00:00:00Z")), 1)

    def test_duties_that_are_tasks(self):
        self.assertEqual(one("Smith Co and Jones Inc shared the bookrunning duties for the issue."), [])
        self.assertEqual(len(one("The U.S. imposed anti-dumping duties on Japanese chips.")), 1)
        # a person's duties, and duty as an obligation
        self.assertEqual(one("Generals said cuts left their hands tied when attempting to perform their "
                             "duties.", published="2016-09-15T00:00:00Z", rules=True), [])
        self.assertEqual(one("It would be a dereliction of duty by President Obama if they fail to act.",
                             published="2016-08-23T00:00:00Z", rules=True), [])
        # (CoNLL's 1996 Reuters) one suspended from duty; goods exempted from duty are freed of it
        ts = one("Beijing cut tariffs on beer. Seven policemen had been suspended from duty pending an inquiry.",
                 published="1996-08-22T00:00:00Z", rules=True)
        self.assertEqual(len(ts), 1)
        self.assertEqual(len(one("Beijing cut tariffs on beer. Machinery imports will be exempted from duty.",
                                 published="1996-08-22T00:00:00Z", rules=True)), 2)
        self.assertEqual([(code(t["actor"]), t["action"]) for t in one("Canada raised its duties on U.S. steel.")],
                         [("CA", "raise")])
        # work taken on or given up
        self.assertEqual(one("A spokeswoman for the network said managers were prepared to assume "
                             "technical duties if its radio and television stations are struck.",
                             published="1987-04-01T00:00:00Z"), [])
        self.assertEqual(one("The minister was relieved of his duties after the tariff talks failed.",
                             published="1987-04-01T00:00:00Z", rules=True), [])
        # a conflict named after the tariff is no measure
        for text in ("The U.S. is losing the tariff war with China, analysts said.",
                     "Tariff frictions between Seoul and Tokyo hit exporters.",
                     "Ottawa and Seoul settled their tariff dispute.",
                     "Seoul has lodged a tariff case against Ottawa with the WTO."):
            self.assertEqual(one(text, published="2018-06-12T00:00:00Z", rules=True), [], text)
        # nor is what tariffs cost or spare those who pay them
        for text in ("Exporters are trying to cut tariff costs by moving production to Vietnam.",
                     "Beef exporters saw tariff savings of 161 million dollars last year.",
                     "The tariff burden will be taken by importers and consumers."):
            self.assertEqual(one(text, published="2018-06-12T00:00:00Z", rules=True), [], text)
        # but a person's tariffs are a policy
        for text in ("Trump defended his tariffs on Chinese goods.",
                     "The senator said her tariff plan would hit Mexican cars."):
            self.assertEqual(len(one(text, published="2018-06-12T00:00:00Z", rules=True)), 1, text)

    def test_duty_as_an_obligation_in_campaign_news(self):
        # 2016 campaign coverage: duties that are someone's work or obligation
        self.assertEqual(one("The agency said, presumably, that talks with foreign officials were "
                             "part of the daily duties for any secretary of state and would have "
                             "happened anyway.", published="2016-08-24T00:00:00Z"), [])
        self.assertEqual(one("Tariffs on Chinese steel rose in March. The senator said it was her duty "
                             "to defend factory towns.", published="2016-06-01T00:00:00Z"),
                         one("Tariffs on Chinese steel rose in March.", published="2016-06-01T00:00:00Z"))
        self.assertEqual(one("Chinese tires faced duties in 2009. Her doctor wrote that she was fit for "
                             "duty.", published="2016-06-01T00:00:00Z"),
                         one("Chinese tires faced duties in 2009.", published="2016-06-01T00:00:00Z"))
        self.assertEqual(one("The rule raises the salary level and leaves the duties test unchanged, so "
                             "clerks are exempt from it.", published="2016-05-19T00:00:00Z"), [])
        # but levied duties keep their sense
        self.assertEqual(len(one("Brussels will impose new duties to offset Chinese steel subsidies.")), 1)
        self.assertEqual(pairs(one("The EC imposed duties for the third time on Japanese ball bearings.")),
                         [("EU", "JP")])
        self.assertEqual(len(one("Tokyo raised the duty to 25 pct on U.S. beef.")), 1)

    def test_a_tax_on_a_place_inside_a_country(self):
        # a financial district or a state is no country whose goods a tax hits
        self.assertEqual(one("Sanders says he will pay for free college with a tax on Wall Street "
                             "speculation.", published="2016-02-21T00:00:00Z"), [])
        self.assertEqual(one("The candidate backed higher taxes on Wall Street and New York.",
                             published="2016-05-22T00:00:00Z"), [])
        self.assertEqual(pairs(one("Trump proposed a 45 percent tax on China.",
                                   published="2016-01-07T00:00:00Z")), [("US", "CN")])
        # a country by its long form is one
        self.assertEqual(pairs(one("Canberra put a tax on Republic of Vanuatu timber.")), [("AU", "VU")])

    def test_a_verb_of_making_is_no_origin_of_goods(self):
        # "made" in "made permanent" is no "made in"; a tax re-mentioned after it is domestic
        self.assertEqual(one("The tax compromise last month made permanent some breaks for businesses. "
                             "Obama had proposed paying for the tax cuts by raising taxes on the "
                             "wealthiest Americans.", published="2016-01-20T00:00:00Z"), [])
        self.assertEqual(pairs(one("Trump proposed a tax on cars made in Mexico.",
                                   published="2016-01-20T00:00:00Z")), [("US", "MX")])
        self.assertEqual(len(one("Trump proposed a tax on cars made abroad.",
                                 published="2016-01-20T00:00:00Z")), 1)

    def test_what_a_tax_is_on_ends_with_its_clause(self):
        self.assertEqual(one("The governor signed a bill ending the tampon tax in her state, which means "
                             "menstrual products are now exempt from the 4 percent sales tax.",
                             published="2016-07-25T00:00:00Z"), [])

    def test_the_subject_of_a_verb_coordinated_after_a_quotation(self):
        ts = one("In April, Trump called Ford's plan to build a plant in Mexico \"a disgrace,\" and "
                 "threatened to impose a 35 percent tax on Ford cars made there.",
                 published="2016-05-18T00:00:00Z")
        self.assertEqual([(code(t["actor"]), t["modality"]) for t in ts], [("US", "threatened")])

    def test_a_candidates_call_after_a_parenthesis(self):
        # the subject of "has attacked ... and called for" is before the
        # parenthesis; a candidate's own call is his plan (guidelines §6)
        ts = one("Republican candidate Donald Trump, for his part, has attacked the North American Free "
                 "Trade Agreement and called for heavy tariffs on Mexican cars.",
                 published="2016-10-05T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"]), t["modality"]) for t in ts],
                         [("US", "MX", "proposed")])

    def test_imports_facing_a_tax(self):
        # a tax that imports face is on imports; consumers facing one are not imports
        ts = one("Under Trump's plan, imports from Mexico would face a 35 percent tax.",
                 published="2016-06-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"]), t["modality"]) for t in ts],
                         [("US", "MX", "proposed")])
        self.assertEqual(one("Imports rose, and consumers will face a new tax.",
                             published="2016-06-10T00:00:00Z"), [])

    def test_an_agency_named_for_tariffs_is_no_measure(self):
        ts = one("Beijing will lower import tariffs on 1,449 consumer goods from July 1, the State Council "
                 "Tariff Commission said.", published="2018-06-01T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"])) for t in ts], [("lower", "CN")])

    def test_a_change_told_according_to_a_government_body(self):
        # the body the news comes from acts; the verb after a list of goods
        # is the measure's
        ts = one("From next month, tariffs on 187 product categories such as baby formula, diapers, and "
                 "Japanese toilet seats will be reduced from 17.3 percent to 7.7 percent, according to the "
                 "Customs Tariff Commission of the State Council.", published="2018-11-28T00:00:00Z")
        self.assertEqual([(t["action"], t["modality"], code(t["actor"])) for t in ts],
                         [("lower", "proposed", "CN")])
        ts = one("Duties on baby formula, diapers and toilet seats will be cut to 7.7 percent, according to "
                 "the State Council.", published="2018-11-28T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"])) for t in ts], [("lower", "CN")])
        # however long the list, and over a line of the schedule ("tax items")
        ts = one("The tariff rates for other goods including frozen fish, processed food, soap, perfume, "
                 "and some medicine will also be reduced significantly.", published="2018-11-28T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["lower"])
        ts = one("Starting from Nov. 1, import tariffs for a total of 1,585 tax items will be slashed.",
                 published="2018-10-01T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["lower"])
        # and after a list of parties inside the measure's phrase
        ts = one("Tariffs on steel from Brazil, Argentina and Turkey were raised last week.",
                 published="2018-11-28T00:00:00Z")
        self.assertEqual([(t["action"], code(t["target"])) for t in ts],
                         [("raise", "BR"), ("raise", "AR"), ("raise", "TR")])

    def test_an_indefinite_set_of_countries_names_no_actor(self):
        # "some countries may impose": no party to fill in from the article
        ts = one("Ottawa imposed duties on Korean steel. Some countries may impose punitive duties under "
                 "that excuse.", published="2017-07-10T00:00:00Z")
        self.assertEqual([code(t["actor"]) for t in ts], ["CA", None])

    def test_a_measure_on_imports_from_anywhere_gets_no_target_from_the_article(self):
        # "tariffs on imported washing machines": on imports from anywhere,
        # not on the country the rest of the article is about
        ts = one("Ottawa imposed duties on Korean steel. It also imposed duties on all imported washing "
                 "machines.", published="2018-07-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("CA", "KR"), ("CA", None)])
        # a maker named is no origin: "imported goods made by American companies"
        ts = one("Ottawa imposed duties on Korean steel. It will impose duties on imported goods made by "
                 "American companies.", published="2018-07-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("CA", "KR"), ("CA", None)])
        # but an importer's goods on a list of the measure's own
        ts = one("Ottawa imposed duties on Korean steel in April. All of the pipe imported by Smith's company "
                 "is on the duty list.", published="2018-07-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("CA", "KR"), ("CA", "KR")])
        # levied on parties at large
        ts = one("Ottawa imposed duties on Korean steel in April. It arbitrarily imposes duties on other "
                 "countries at will.", published="2018-07-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("CA", "KR"), ("CA", None)])
        # an average over a party's tariffs
        ts = one("Ottawa imposed duties on Korean steel in April. Officials said Canada's average tariff "
                 "is about 4 percent.", published="2018-07-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("CA", "KR"), ("CA", None)])
        # the imports as the clause's subject
        ts = one("Ottawa imposed duties on Korean steel. Imported washing machines will also be subject "
                 "to duties of 20 percent.", published="2018-07-10T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("CA", "KR"), ("CA", None)])
        # goods from abroad, from around the world
        for text in ("Ottawa imposed duties on Korean steel. It also levied duties on a host of products "
                     "from around the world.",
                     "Ottawa imposed duties on Korean steel. It also levied duties on cheese from abroad."):
            ts = one(text, published="2018-07-10T00:00:00Z")
            self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("CA", "KR"), ("CA", None)],
                             text)

    def test_goods_imported_from_a_party_outrank_an_actor_carried_over(self):
        # "the country" carried over from the last actor (the US) is not the
        # party the goods come from
        ts = one("Ottawa hit back at U.S. tariffs. The country on Wednesday unveiled a list of goods "
                 "imported from the U.S. that will be subject to higher duties.",
                 published="2018-06-01T00:00:00Z")
        self.assertEqual([(code(t["actor"]) != "US", code(t["target"])) for t in ts[1:]], [(True, "US")])

    def test_a_generic_body_before_that_is_not_the_measures_actor(self):
        # "the GATT panel found that X's tax ... breached": GATT heads the
        # main clause, not the measure's
        ts = one("The GATT panel found that the U.S. Superfund tax on oil imports breached trade rules.",
                 published="1987-06-18T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"])) for t in ts], [("impose", "US")])
        self.assertEqual(one("GATT aims to lower tariffs worldwide.", published="1987-06-18T00:00:00Z"), [])

    def test_a_reaction_from_a_party_is_no_origin_of_goods(self):
        ts = one("The duties on all imported washers were approved after a global investigation and caused "
                 "dissatisfaction from Korea.", published="2018-01-23T00:00:00Z")
        self.assertEqual([code(t["target"]) for t in ts], [None])
        ts = one("Tokyo cut duties on farm products under pressure from Ottawa.", published="1987-04-01T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("JP", None)])

    def test_levying_no_duty_removes_it(self):
        ts = one("Under the pact, Peru will impose no tariff on 96.5 percent of products from Chile.",
                 published="2017-05-14T00:00:00Z")
        self.assertEqual([(t["action"], code(t["actor"]), code(t["target"])) for t in ts],
                         [("remove", "PE", "CL")])
        self.assertEqual(one("Ottawa will not impose duties on Korean steel.", published="2017-05-14T00:00:00Z"), [])

    def test_a_country_named_like_a_place_elsewhere(self):
        # the entity layer's U.S. state is the country in trade news
        ts = one("Georgia will impose no tariff on 96.5 percent of products from China.",
                 published="2018-01-03T00:00:00Z")
        self.assertEqual([(code(t["actor"]), code(t["target"])) for t in ts], [("GE", "CN")])

    def test_a_verb_with_its_own_object_and_the_measure_as_its_means(self):
        ts = one("Ottawa further escalated the situation by announcing a duty list of Korean products.",
                 published="2018-07-16T00:00:00Z")
        self.assertEqual([t["action"] for t in ts], ["impose"])
        self.assertEqual([t["action"] for t in one("Ottawa raised duties on Korean steel by 10 percent.",
                                                   published="2018-07-16T00:00:00Z")], ["raise"])

    def test_a_domestic_tax_and_its_remention(self):
        # a carbon tax is no customs duty, and "the tax" after it re-mentions
        # no stated import tax (only a bare candidate)
        self.assertEqual(one("British Columbia's carbon tax applies to fuel bought in the province, while "
                             "cement makers say imports from China grew. Despite the price increases, voters "
                             "warmed to the tax. The tax was introduced in 2008.",
                             published="2016-03-03T00:00:00Z"), [])

    def test_a_central_banks_tariff_is_a_lending_rate(self):
        self.assertEqual(one("The Dutch central bank raised its tariff on special advances, which "
                             "add liquidity to the money market.", published="1987-04-02T00:00:00Z",
                             rules=True), [])

    def test_trade_remedy_measures_are_duties(self):
        ts = one("Brazil imposed anti-dumping measures on Chinese steel pipes last year.")
        self.assertEqual(pairs(ts), [("BR", "CN")])
        self.assertEqual(one("The government announced new measures to support farmers."), [])

    def test_customs_duty_beside_them(self):
        ts = one("Japan cut tariffs on gas and oil imports from Australia.")
        self.assertEqual(pairs(ts), [("JP", "AU")])


HERE = os.path.dirname(os.path.abspath(__file__))
ANNOTATIONS = os.path.join(HERE, "..", "annotations")
# Floors on the project's held-out test split (annotations/gold/test.jsonl),
# just under the figures reached, to catch a regression: on the split as it
# was before batches 8-9 (batches 1-3: F1 0.840, exact 0.530 on 2026-12-05)
# and on the whole split with the 80 Reuters articles of batches 8-9 (F1
# 0.849, exact 0.486 when they were added; with the timeline of measures
# and the rules of 0788e21, exact 0.570 and 0.550; at 6ce1fb8, 0.845/0.644
# and 0.855/0.603). They are below issue 9's bars (F1 0.88, exact 0.70 on
# unseen news), which are not met yet; raise these as the plugin improves,
# never lower them.
HELD_OUT_FLOORS = {"f1": 0.84, "exact": 0.62}
HELD_OUT_ALL_FLOORS = {"f1": 0.85, "exact": 0.59}


sys.path.insert(0, ANNOTATIONS)
from report import first_split  # noqa: E402  (annotations/report.py)


class Regression(unittest.TestCase):
    def score(self, name, bars=BARS):
        gold = name if os.path.isabs(name) else os.path.join(SHARED, "corpus", name)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            out = subprocess.run([SIFT, "process", "--plugins", "entities,tariffs", gold],
                                 stdout=f, stderr=subprocess.PIPE, text=True, timeout=300)
            pred = f.name
        try:
            self.assertEqual(out.returncode, 0, out.stderr[-2000:])
            res = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "score.py"),
                                  "--gold", gold, "--pred", pred, "--task", "tariffs"],
                                 capture_output=True, text=True, timeout=300)
        finally:
            os.unlink(pred)
        head = json.loads(res.stdout.strip().splitlines()[-1])["tariffs"]
        print("%s: f1 %.3f exact %.3f" % (os.path.basename(name), head["f1"], head["exact"]),
              file=sys.stderr)
        self.assertGreaterEqual(head["f1"], bars["f1"], head)
        self.assertGreaterEqual(head["exact"], bars["exact"], head)

    def test_seeds(self):
        self.score("seeds.gold.jsonl")

    def test_reuters_dev(self):
        self.score("tariffs.dev.jsonl")

    def test_held_out_split(self):
        self.score(os.path.join(ANNOTATIONS, "gold", "test.jsonl"), HELD_OUT_ALL_FLOORS)

    def test_held_out_split_as_first_drawn(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "test-batches-1-3.jsonl")
            first_split(path)
            self.score(path, HELD_OUT_FLOORS)


class Adversarial(unittest.TestCase):
    def timed(self, text, limit=10.0):
        t0 = time.time()
        ts = one(text, timeout=120)
        took = time.time() - t0
        self.assertLess(took, limit, "took %.1f s" % took)
        return ts

    def test_ten_thousand_numbers(self):
        self.timed("Tariffs of " + " ".join("%d pct" % (i % 97) for i in range(10000)) + ".")

    def test_tariff_100000_times(self):
        self.timed(" ".join(["tariff"] * 100000) + ".")

    def test_tariffs_and_parties(self):
        self.timed(", ".join(["U.S. tariffs on Chinese goods"] * 20000) + ".")

    def test_clauses_cut_off_at_the_end_of_the_text(self):
        # the fuzzer's finding: scans past a comma and a determiner read
        # beyond the last token (tests/fuzz.sh keeps the input as a seed)
        for end in (", the", ", a", " should the", " if the", ", China and", " wants to", " and exempted Canada,",
                    " and hit Canada, the"):
            self.assertIsInstance(one("Tariffs will be reduced on June 1" + end), list)


if __name__ == "__main__":
    unittest.main(verbosity=2)
