# SPDX-License-Identifier: MIT
"""Probe set 9: news snippets written (made up, no article copied) in the
three styles of the unseen news -- 1987 Reuters wire copy, 2016 US
presidential campaign coverage, 2018 trade-war wire copy of AP/Reuters/
Bloomberg-like desks -- and annotated blind (no sift run, no plugin code,
tests, data, README or gold read; no other probe set's texts or gold read)
by shared/corpus/TARIFF-GUIDELINES.md and ../../GUIDE.md.  Helper
tarprobe9, 2026-12-07.  ../build.py resolves the spans and writes
probes.gold.jsonl.  30 pieces (10 per style), 170 events (1987: 53, 2016:
53, 2018: 64), every piece with events and confusers; no headline line in `text`
(the headline is in `title` only, and is not annotated).  One writer's
reading, no second annotator: the second pass was the writer's own.

The 1987 texts are laid out like the wire (dateline, hard wrap at 65
columns, four-space paragraph indents, closing " Reuter"), built by wire()
below; build.py matches a span's spaces against any whitespace.  Topics
were chosen away from the famous headline events of each era (no April
1987 semiconductor sanctions, no Ford/45-percent interview, no March 2018
steel proclamation or $50/$200 billion lists as the story itself); the
facts are plausible but made up in detail and must not be read as history.

NOTES -- judgement calls (the event's own "note" says where each applies)
------------------------------------------------------------------------
N1  Level of a duty that is removed, exempted from or cut without a new
    level ("ending ... duties of 178.6 percent", "lower its 40 pct duty",
    "exempt ... from the 25 percent duty on steel"): rate null, following
    the reading the probes README records for the train gold.  The
    exempted-from duties with goods of their own rate still give one event
    per tranche (p9-18-04).
N2  A candidate's own tariff plan (2016), also "called for", "his call
    for", "vow", "pledge", is proposed with actor US (the country that
    would levy it), not demanded; with a condition on the target's conduct
    ("if China does not stop ...", "against countries that cheat") it is
    threatened.  A restatement of the plan as the topic of someone else's
    comment ("a 45 percent duty would add hundreds of dollars", "his
    tariffs would bring the mills back") keeps the plan's modality and
    parties.  "his tariff threat" is threatened (guidelines' "Reagan's
    threat to impose tariffs").
N3  A restatement inside "if" that restates a known plan or threat keeps
    that plan's modality ("respond if Washington placed tariffs on Mexican
    exports" after Trump's threat: threatened).  A hypothetical measure
    no one has planned ("If they put a tariff on our beans", "would
    respond to any American duties by restoring the tariffs") is
    considered.
N4  Decided measures with an effective date after `published` are
    proposed whatever the tense ("imposed provisional duties ..., which
    take effect on Monday"; "starting Thursday"); "will lower ...; the cut
    takes effect immediately" is actual.  In-force measures written with
    "will keep ... in place" are actual.
N5  Duty-free treatment in force ("U.S. soybeans enter duty-free" under a
    binding, "cars built in Mexico enter the United States without
    duties") is coded remove / actual: the duty is absent for those goods.
    Taking goods off the GSP duty-free list is impose (guidelines' "ended
    preferential duty-free trade treatment"); adding goods to it is remove.
N6  One event per named party also for "such as Nepal and Haiti" and
    "such as Chile and South Korea" (examples named in the clause); the
    amount written for a multi-country measure (p9-87-05, 470 mln dlrs for
    Brazil, South Korea and Taiwan together) is repeated on each party's
    event, as written, since the clause gives no split.
N7  Target from the story when the clause names only the levying party and
    the article is about one target: "Washington's tariffs on steel and
    aluminum" in a story on India's answer -> US->IN; "the United States
    imposed its 25 percent tariffs in June" in a Canadian story -> US->CA.
    A measure on all imports (safeguards, "U.S. metals tariffs" in general,
    exclusions granted to all comers) has target null.
N8  Generic measure words give no event even where they plainly mean the
    duties: "planned retaliation worth $235 million", "asked Ottawa for the
    measures", "The measures cover 23 steel product categories", "the
    U.S. measures", "the plans would lead to higher prices".
N9  Restatements take the goods of the measure they restate (as the dev
    gold does for "duties levied by the EC against their exports"), but
    `retaliation` only from their own sentence.
N10 Ellipsis read as a tariff event: "as it did with chicken feet in 2010"
    (China's duties on U.S. chicken), "New Delhi has sought an exemption",
    "like those given to South Korea and Australia", "the one given to
    Australia", "could face similar treatment" (tariffs just named),
    "the 45 percent figure ... for Chinese goods", "Exclusions are granted
    for one year" (habitual, actual).
N11 Not events (judgement): "rather than with duties of its own" (the
    clause rules the duties out); "the actual tariff could be lower" (bare
    re-mention); "the border tax would persuade companies" (bare
    re-mention); a House border adjustment "which would tax imports ...
    but is not a tariff" (a corporate tax reform, not a customs duty);
    "raise duties ... by an amount equal to the tariffs Japanese companies
    will pay" (the second half is a comparison, as in guidelines section 1);
    "Russia has not been granted an exemption" (negated).
N12 "were unlikely to extend the printer duties to South Korea" is coded
    impose / considered EU->KR: a low likelihood is still an expectation;
    only a clause that itself negates the measure ("no plans to") drops it.
N13 A candidate asking the sitting administration for a measure (Clinton
    "would ask for the duties to be extended") is demanded.
N14 A condition on the target is never a retaliation phrase (the seeds'
    "unless Tokyo opened its markets", "if a trade deal is not reached"):
    "unless the Community delays its ban", "as long as Washington
    maintains the 35 pct tariff" give retaliation false; "respond with",
    "in response to", "in retaliation for", "retaliate with", "answer
    with" give true.
N15 Also left uncoded (judgement): "one candidate has promised to tax the
    goods on their shelves" (p9-16-08: no origin, and a domestic reading
    is open); "The warning came days after ..." (p9-16-04: "warning" is
    not a change word, unlike "The cuts come" / "The cut does not affect",
    which are coded as restated cuts); "The European Union and India made
    similar notices last week" (p9-18-08: no tariff or change word).
"""
import textwrap


NAMES = {
    "US": "United States", "JP": "Japan", "CA": "Canada", "EU": "European Community",
    "KR": "South Korea", "TW": "Taiwan", "BR": "Brazil", "NP": "Nepal", "HT": "Haiti",
    "AU": "Australia", "NZ": "New Zealand", "MX": "Mexico", "CN": "China", "IN": "India",
    "RU": "Russia", "TR": "Turkey", "CL": "Chile", "SE": "Sweden",
}


def P(code, name=None):
    if code is None:
        return None
    return {"name": name or NAMES[code], "code": code}


EUU = P("EU", "European Union")


def V(x):
    return {"value": x}


def FT(a, b):
    return {"from": a, "to": b}


def MM(lo=None, hi=None):
    r = {}
    if lo is not None:
        r["min"] = lo
    if hi is not None:
        r["max"] = hi
    return r


def AMT(n, cur="USD"):
    return {"value": n, "currency": cur}


def E(span, action, modality, actor, target, rate=None, amount=None, goods=(), retal=False,
      nth=None, note=None):
    e = {"span": span, "action": action, "modality": modality,
         "actor": P(actor) if isinstance(actor, str) else actor,
         "target": P(target) if isinstance(target, str) else target,
         "rate": rate, "amount": amount, "goods": list(goods), "retaliation": retal}
    if nth is not None:
        e["nth"] = nth
    if note:
        e["note"] = note
    return e


def wire(*paras):
    """Reuters 1987 layout: 4-space paragraph indent, wrap near 65 columns."""
    out = []
    for p in paras:
        out.append(textwrap.fill(p, width=65, initial_indent="    ", subsequent_indent="",
                                 break_on_hyphens=False, break_long_words=False))
    return "\n".join(out) + "\n Reuter\n"


def news(*paras):
    return "\n\n".join(paras) + "\n"


PROBES = []

# ---------------------------------------------------------------- 1987 ----

PROBES.append({
    "id": "p9-87-01", "style": "1987", "published": "1987-08-21",
    "title": "U.S. SETS PRELIMINARY DUTIES ON CANADIAN POTASH",
    "text": wire(
        "WASHINGTON, Aug 21 - The U.S. Commerce Department said it made a preliminary "
        "finding that Canadian potash producers were dumping their product in the United "
        "States and ordered importers to post bonds on the shipments.",
        "The department set preliminary anti-dumping duties ranging from 9.14 pct to 85.2 "
        "pct on potash from ten Canadian companies, with the highest rate applied to a "
        "single New Brunswick mine.",
        "Canadian officials said Ottawa would press Washington to drop the duties, which "
        "they called harassment of an efficient industry. Saskatchewan, which produces "
        "most of Canada's potash, warned it could respond by limiting output rather than "
        "with duties of its own.",
        "A final determination is due in January, and the duties would be collected only "
        "if the U.S. International Trade Commission finds injury to U.S. producers in New "
        "Mexico.",
        "U.S. farm groups, which buy most of the imported potash, oppose the duties and "
        "said they would raise fertilizer prices."),
    "events": [
        E("The department set preliminary anti-dumping duties ranging from 9.14 pct to 85.2 "
          "pct on potash from ten Canadian companies", "impose", "actual", "US", "CA",
          rate=MM(9.14, 85.2), goods=["potash"],
          note="preliminary duties collected as bonds from now: actual"),
        E("Ottawa would press Washington to drop the duties", "remove", "demanded", "US", "CA",
          goods=["potash"]),
        E("the duties would be collected only if the U.S. International Trade Commission "
          "finds injury to U.S. producers in New Mexico", "impose", "proposed", "US", "CA",
          goods=["potash"],
          note="final duty, condition on the ITC, not on the target: proposed (dev's 'if too "
               "high a final duty is assessed'). 'rather than with duties of its own': N11"),
    ]})

PROBES.append({
    "id": "p9-87-02", "style": "1987", "published": "1987-06-12",
    "title": "EC SETS PROVISIONAL DUTIES ON JAPANESE PRINTERS",
    "text": wire(
        "BRUSSELS, June 12 - The European Community Commission imposed provisional "
        "anti-dumping duties of up to 33.4 pct on Japanese computer printers, saying "
        "low-priced sales by eleven manufacturers had cost Community producers market share.",
        "The duties, which take effect on Monday, will apply for four months while the "
        "Commission completes its inquiry, an EC spokesman said.",
        "Japan's Ministry of International Trade and Industry said it regretted the decision "
        "and would ask Brussels to exempt printers of companies that have built plants in "
        "the Community.",
        "The Commission last year set definitive duties of 20 pct on Japanese photocopiers "
        "and is also investigating complaints about Japanese video cassette recorders.",
        "Officials said the Twelve were unlikely to extend the printer duties to South "
        "Korea, whose exports are still small."),
    "events": [
        E("The European Community Commission imposed provisional anti-dumping duties of up to "
          "33.4 pct on Japanese computer printers", "impose", "proposed", "EU", "JP",
          rate=MM(hi=33.4), goods=["computer printers"],
          note="'imposed' but in force only from Monday (published a Friday): N4"),
        E("The duties, which take effect on Monday, will apply for four months while the "
          "Commission completes its inquiry", "impose", "proposed", "EU", "JP",
          goods=["computer printers"]),
        E("would ask Brussels to exempt printers of companies that have built plants in the "
          "Community", "exempt", "demanded", "EU", "JP", goods=["printers"],
          note="target JP, the duty's target (the printers are Japanese companies'), not the "
               "plants' countries"),
        E("The Commission last year set definitive duties of 20 pct on Japanese photocopiers",
          "impose", "actual", "EU", "JP", rate=V(20), goods=["photocopiers"]),
        E("the Twelve were unlikely to extend the printer duties to South Korea", "impose",
          "considered", "EU", "KR", goods=["printers"], note="N12"),
    ]})

PROBES.append({
    "id": "p9-87-03", "style": "1987", "published": "1987-05-06",
    "title": "CANADA TO KEEP DUTIES WHILE U.S. SHINGLE TARIFF STAYS",
    "text": wire(
        "OTTAWA, May 6 - Canada will keep its duties on U.S. books, periodicals and computer "
        "parts in place as long as Washington maintains the 35 pct tariff on Canadian cedar "
        "shakes and shingles, a Trade Ministry spokesman said.",
        "Ottawa raised the duties last June in retaliation for the U.S. shingles tariff, "
        "which President Reagan imposed after an International Trade Commission finding "
        "that imports had hurt U.S. mills.",
        "Under the U.S. order, the tariff is scheduled to drop to 20 pct in December 1988 and "
        "to end in 1991.",
        "British Columbia shingle makers have urged Ottawa to seek an earlier end to the U.S. "
        "duty in the free trade talks.",
        "The spokesman said Canada's duties on the U.S. goods, which are worth about 20 mln "
        "Canadian dlrs a year, were not under review.",
        "Separately, Canadian National Railways said it would raise its freight tariffs on "
        "grain by four pct from August 1."),
    "events": [
        E("Canada will keep its duties on U.S. books, periodicals and computer parts in place",
          "impose", "actual", "CA", "US", goods=["books", "periodicals", "computer parts"],
          note="in force, 'will keep' does not make it proposed (N4); the 'as long as' "
               "condition is not a retaliation phrase (N14)"),
        E("Washington maintains the 35 pct tariff on Canadian cedar shakes and shingles",
          "impose", "actual", "US", "CA", rate=V(35), goods=["cedar shakes", "shingles"],
          note="condition clause holding its own measure: own event"),
        E("Ottawa raised the duties last June", "raise", "actual", "CA", "US",
          goods=["books", "periodicals", "computer parts"], retal=True),
        E("the U.S. shingles tariff, which President Reagan imposed after an International "
          "Trade Commission finding that imports had hurt U.S. mills", "impose", "actual",
          "US", "CA", goods=["shingles"]),
        E("the tariff is scheduled to drop to 20 pct in December 1988", "lower", "proposed",
          "US", "CA", rate=V(20), goods=["cedar shakes", "shingles"]),
        E("to end in 1991", "remove", "proposed", "US", "CA",
          goods=["cedar shakes", "shingles"], note="ellipsis: 'the tariff is scheduled ... to end'"),
        E("British Columbia shingle makers have urged Ottawa to seek an earlier end to the U.S. "
          "duty in the free trade talks", "remove", "demanded", "US", "CA",
          goods=["cedar shakes", "shingles"]),
        E("Canada's duties on the U.S. goods, which are worth about 20 mln Canadian dlrs a year",
          "impose", "actual", "CA", "US", amount=AMT(20000000, "CAD"),
          goods=["books", "periodicals", "computer parts"],
          note="'were not under review': review is directionless, the duties stand"),
    ]})

PROBES.append({
    "id": "p9-87-04", "style": "1987", "published": "1987-07-14",
    "title": "GATT PANEL FAULTS JAPAN LIQUOR TAX",
    "text": wire(
        "GENEVA, July 14 - A GATT panel ruled that Japan's liquor tax system discriminates "
        "against imported wines and spirits, a ruling the European Community said it "
        "expected Tokyo to carry out quickly.",
        "The Community brought the complaint last year, arguing that Japan taxes whisky and "
        "brandy far more heavily than shochu, a local spirit.",
        "The panel's report deals with the domestic taxes and does not cover Japan's import "
        "tariffs on the drinks, which EC officials said were also too high.",
        "Japan cut its tariff on bottled wine to 30 pct from 38 pct in April as part of a "
        "package of market-opening steps, and Tokyo has offered to lower the duty on whisky "
        "and brandy from the Community further if the Community drops its complaint about "
        "Japan's leather footwear quotas.",
        "EC diplomats said the Community would press for the tariff on brandy to be "
        "eliminated."),
    "events": [
        E("Japan's import tariffs on the drinks, which EC officials said were also too high",
          "impose", "actual", "JP", None, goods=["wines", "spirits"],
          note="the liquor tax is domestic (no event); the tariffs cover imports from "
               "everywhere: target null"),
        E("Japan cut its tariff on bottled wine to 30 pct from 38 pct in April", "lower",
          "actual", "JP", None, rate=FT(38, 30), goods=["bottled wine"]),
        E("Tokyo has offered to lower the duty on whisky and brandy from the Community further "
          "if the Community drops its complaint about Japan's leather footwear quotas",
          "lower", "proposed", "JP", "EU", goods=["whisky", "brandy"],
          note="conditional offer to lower: proposed (section 6)"),
        E("the Community would press for the tariff on brandy to be eliminated", "remove",
          "demanded", "JP", "EU", goods=["brandy"]),
    ]})

PROBES.append({
    "id": "p9-87-05", "style": "1987", "published": "1987-04-01",
    "title": "REAGAN CUTS DUTY-FREE BENEFITS FOR THREE COUNTRIES",
    "text": wire(
        "WASHINGTON, April 1 - President Reagan removed about 470 mln dlrs worth of products "
        "from Brazil, South Korea and Taiwan from the list of goods that enter the United "
        "States duty-free, the U.S. Trade Representative's office said.",
        "The changes, made in the annual review of the Generalized System of Preferences, "
        "take effect July 1.",
        "Among the goods losing duty-free status are Taiwanese electric fans, South Korean "
        "leather handbags and Brazilian hand tools, which will now pay the regular U.S. "
        "tariff of between 3.7 and 8.5 pct.",
        "The office also added 35 products, mostly handicrafts from poorer countries such as "
        "Nepal and Haiti, to the duty-free list.",
        "Seoul had asked Washington to keep handbags on the duty-free list, officials said. "
        "The Trade Representative said the changes reflected the countries' growing "
        "competitiveness."),
    "events": [
        E("President Reagan removed about 470 mln dlrs worth of products from Brazil, South "
          "Korea and Taiwan from the list of goods that enter the United States duty-free",
          "impose", "proposed", "US", t, amount=AMT(470000000),
          note="off the GSP list = impose (N5); effective July 1: proposed; amount on each "
               "party (N6). 'The changes ... take effect July 1': no tariff word, no event")
        for t in ("BR", "KR", "TW")
    ] + [
        E("Among the goods losing duty-free status are Taiwanese electric fans, South Korean "
          "leather handbags and Brazilian hand tools, which will now pay the regular U.S. "
          "tariff of between 3.7 and 8.5 pct", "impose", "proposed", "US", t,
          rate=MM(3.7, 8.5), goods=[g])
        for t, g in (("TW", "electric fans"), ("KR", "leather handbags"), ("BR", "hand tools"))
    ] + [
        E("The office also added 35 products, mostly handicrafts from poorer countries such as "
          "Nepal and Haiti, to the duty-free list", "remove", "proposed", "US", t,
          goods=["handicrafts"], note="same review, effective July 1; 'such as': N6")
        for t in ("NP", "HT")
    ] + [
        E("Seoul had asked Washington to keep handbags on the duty-free list", "remove",
          "demanded", "US", "KR", goods=["handbags"],
          note="asks that the duty not be imposed: remove (section 5)"),
    ]})

PROBES.append({
    "id": "p9-87-06", "style": "1987", "published": "1987-09-15",
    "title": "CANADA TRIBUNAL RULES EC BEEF HURT RANCHERS",
    "text": wire(
        "TORONTO, Sept 15 - The Canadian Import Tribunal ruled that subsidized imports of "
        "boneless beef from the European Community had injured Canadian cattle producers, "
        "and ordered countervailing duties of about 1.02 Canadian dlrs a kilogram to stay in "
        "place.",
        "The Revenue Department had collected provisional duties on the beef since July, and "
        "the tribunal's ruling makes them permanent.",
        "Irish and Danish exporters had asked the tribunal to exclude beef for processing, "
        "but the request was rejected. The Community, which says its export refunds are "
        "allowed under GATT, said it would consider taking the case to Geneva.",
        "Canadian ranchers also want Ottawa to raise the regular tariff on beef from "
        "Australia and New Zealand, now 2.2 cents a pound.",
        "Electricity tariffs in Alberta, meanwhile, are due to rise 3.5 pct from January."),
    "events": [
        E("The Canadian Import Tribunal ruled that subsidized imports of boneless beef from the "
          "European Community had injured Canadian cattle producers, and ordered "
          "countervailing duties of about 1.02 Canadian dlrs a kilogram to stay in place",
          "impose", "actual", "CA", "EU", goods=["boneless beef"],
          note="specific duty: rate null"),
        E("The Revenue Department had collected provisional duties on the beef since July",
          "impose", "actual", "CA", "EU", goods=["beef"]),
        E("the tribunal's ruling makes them permanent", "impose", "actual", "CA", "EU",
          goods=["beef"], note="pronoun for the duties"),
        E("Irish and Danish exporters had asked the tribunal to exclude beef for processing",
          "exempt", "demanded", "CA", "EU", goods=["beef for processing"],
          note="Irish and Danish are the askers; the measure's target is the EC"),
    ] + [
        E("Canadian ranchers also want Ottawa to raise the regular tariff on beef from "
          "Australia and New Zealand", "raise", "demanded", "CA", t, goods=["beef"],
          note="'now 2.2 cents a pound' is a specific duty; span stops before it")
        for t in ("AU", "NZ")
    ]})

PROBES.append({
    "id": "p9-87-07", "style": "1987", "published": "1987-07-22",
    "title": "SOUTH KOREA TO CUT TARIFFS ON 68 ITEMS",
    "text": wire(
        "SEOUL, July 22 - South Korea will cut import tariffs on 68 items, including "
        "cosmetics, golf clubs and frozen beef, from January 1 to ease pressure from "
        "Washington over its trade surplus, the Finance Ministry said.",
        "The average tariff on the items will fall to 19.6 pct from 26.4 pct, and duties on "
        "colour film and cigarette lighters will be eliminated.",
        "The new cuts come on top of a reduction in tariffs on 200 products last month, "
        "officials said.",
        "U.S. Trade officials have asked Seoul to lower its 40 pct duty on imported wine, but "
        "the ministry said it had no plans to change the wine rate this year.",
        "Seoul also raised the special tax on large cars, a domestic levy paid on locally "
        "made and imported models alike."),
    "events": [
        E("South Korea will cut import tariffs on 68 items, including cosmetics, golf clubs and "
          "frozen beef, from January 1", "lower", "proposed", "KR", None,
          goods=["cosmetics", "golf clubs", "frozen beef"],
          note="'to ease pressure from Washington' is a motive, not a target"),
        E("The average tariff on the items will fall to 19.6 pct from 26.4 pct", "lower",
          "proposed", "KR", None, rate=FT(26.4, 19.6)),
        E("duties on colour film and cigarette lighters will be eliminated", "remove",
          "proposed", "KR", None, goods=["colour film", "cigarette lighters"]),
        E("The new cuts", "lower", "proposed", "KR", None),
        E("a reduction in tariffs on 200 products last month", "lower", "actual", "KR", None),
        E("U.S. Trade officials have asked Seoul to lower its 40 pct duty on imported wine",
          "lower", "demanded", "KR", None, goods=["wine"],
          note="N1: level of the duty to be cut, no new level: rate null; wine from "
               "everywhere: target null. 'no plans to change' is negated and directionless"),
    ]})

PROBES.append({
    "id": "p9-87-08", "style": "1987", "published": "1987-12-28",
    "title": "U.S. LISTS EC GOODS FOR DUTIES IN HORMONE ROW",
    "text": wire(
        "WASHINGTON, Dec 28 - The United States will put 100 pct duties on about 100 mln dlrs "
        "worth of European Community goods, including canned tomatoes, instant coffee and "
        "fruit juices, on January 1 unless the Community delays its ban on hormone-treated "
        "beef, U.S. Officials said.",
        "The list, published by the U.S. Trade Representative's office last week, matches "
        "the value of U.S. meat exports the ban would shut out.",
        "EC farm spokesmen said Brussels would respond with duties on U.S. walnuts and dried "
        "fruit if Washington went ahead.",
        "The Community has already said it will apply the ban only to fresh meat for the "
        "first year, a concession U.S. Officials called insufficient.",
        "A similar dispute over EC pasta subsidies was settled in August when both sides "
        "lifted duties on each other's goods."),
    "events": [
        E("The United States will put 100 pct duties on about 100 mln dlrs worth of European "
          "Community goods, including canned tomatoes, instant coffee and fruit juices, on "
          "January 1 unless the Community delays its ban on hormone-treated beef", "impose",
          "threatened", "US", "EU", rate=V(100), amount=AMT(100000000),
          goods=["canned tomatoes", "instant coffee", "fruit juices"],
          note="a condition is not a retaliation phrase (as the seeds' 'if a trade deal is "
               "not reached')"),
        E("Brussels would respond with duties on U.S. walnuts and dried fruit if Washington "
          "went ahead", "impose", "threatened", "EU", "US", goods=["walnuts", "dried fruit"],
          retal=True),
    ] + [
        E("both sides lifted duties on each other's goods", "remove", "actual", a, t,
          note="one event per side")
        for a, t in (("US", "EU"), ("EU", "US"))
    ]})

PROBES.append({
    "id": "p9-87-09", "style": "1987", "published": "1987-12-16",
    "title": "MEXICO HALVES TOP IMPORT TARIFF UNDER PACT",
    "text": wire(
        "MEXICO CITY, Dec 16 - Mexico will lower its maximum import tariff to 20 pct from 40 "
        "pct as part of the anti-inflation pact signed yesterday by the government, business "
        "and labour, the Commerce Ministry said.",
        "The cut takes effect immediately and also removes the five pct import surcharge "
        "introduced in 1985, officials said.",
        "Mexico, which joined GATT last year, had already reduced its top tariff rate from "
        "100 pct in 1985 to 45 pct.",
        "Business leaders said the pact's price and wage freeze and higher public sector "
        "tariffs for electricity and gasoline would hurt more than the tariff cut would "
        "help.",
        "U.S. Exporters of machinery and chemicals are expected to benefit most, trade "
        "analysts said."),
    "events": [
        E("Mexico will lower its maximum import tariff to 20 pct from 40 pct", "lower",
          "actual", "MX", None, rate=FT(40, 20),
          note="'will lower' but effective immediately (next sentence): N4"),
        E("The cut takes effect immediately", "lower", "actual", "MX", None),
        E("removes the five pct import surcharge introduced in 1985", "remove", "actual", "MX",
          None, note="N1: rate null"),
        E("Mexico, which joined GATT last year, had already reduced its top tariff rate from "
          "100 pct in 1985 to 45 pct", "lower", "actual", "MX", None, rate=FT(100, 45)),
        E("the tariff cut would help", "lower", "actual", "MX", None,
          note="public sector tariffs for electricity and gasoline: not customs"),
    ]})

PROBES.append({
    "id": "p9-87-10", "style": "1987", "published": "1987-03-18",
    "title": "U.S. WARNS EC ON VEGETABLE OIL TAX",
    "text": wire(
        "WASHINGTON, March 18 - The United States would retaliate with duties on European "
        "Community goods if the Community adopts its proposed tax on vegetable oils and fats, "
        "a senior Agriculture Department official said.",
        "The EC Commission has proposed the levy, which would be charged on domestic and "
        "imported oils alike, as a way to cut the cost of its farm surpluses. U.S. Soybean "
        "exports to the Community are worth about 2.5 billion dlrs a year.",
        "The official said the tax would violate tariff bindings the Community agreed to in "
        "1962 under which U.S. Soybeans enter duty-free.",
        "The American Soybean Association has urged the administration to draw up a list of "
        "EC products for 100 pct tariffs now."),
    "events": [
        E("The United States would retaliate with duties on European Community goods if the "
          "Community adopts its proposed tax on vegetable oils and fats", "impose",
          "threatened", "US", "EU", retal=True,
          note="the oils tax is domestic (no event)"),
        E("tariff bindings the Community agreed to in 1962 under which U.S. Soybeans enter "
          "duty-free", "remove", "actual", "EU", "US", goods=["soybeans"], note="N5"),
        E("The American Soybean Association has urged the administration to draw up a list of "
          "EC products for 100 pct tariffs now", "impose", "demanded", "US", "EU",
          rate=V(100)),
    ]})

# ---------------------------------------------------------------- 2016 ----

PROBES.append({
    "id": "p9-16-01", "style": "2016", "published": "2016-06-29",
    "title": "In Steel Country, Trump Vows Tariffs if China Keeps Cheating",
    "text": news(
        "MONESSEN, Pa. — Standing in front of a wall of crushed aluminum cans at a recycling "
        "plant here, Donald J. Trump promised on Tuesday to use tariffs against any country "
        "that cheats on trade, and he singled out China again.",
        "“If China keeps stealing our secrets and dumping its steel, I will put tariffs on "
        "their products, and I will not hesitate,” he said, reading from a teleprompter.",
        "Mr. Trump has said before that he would impose a 45 percent tariff on Chinese "
        "imports, though aides have described the figure as a negotiating position.",
        "Steelworkers at a union hall across the river said they welcomed the talk, noting "
        "that their mill closed after Chinese steel flooded the market. The United States "
        "Chamber of Commerce, in an unusual rebuke of a Republican nominee, said the plans "
        "would lead to higher prices and a trade war.",
        "The Commerce Department already collects duties of more than 200 percent on some "
        "Chinese cold-rolled steel."),
    "events": [
        E("Donald J. Trump promised on Tuesday to use tariffs against any country that cheats "
          "on trade", "impose", "threatened", "US", None,
          note="condition on the target's conduct, no country named: N2"),
        E("If China keeps stealing our secrets and dumping its steel, I will put tariffs on "
          "their products", "impose", "threatened", "US", "CN"),
        E("Mr. Trump has said before that he would impose a 45 percent tariff on Chinese "
          "imports", "impose", "proposed", "US", "CN", rate=V(45), note="N2"),
        E("The Commerce Department already collects duties of more than 200 percent on some "
          "Chinese cold-rolled steel", "impose", "actual", "US", "CN", rate=MM(lo=200),
          goods=["cold-rolled steel"], note="'more than 200 percent' as min 200"),
    ]})

PROBES.append({
    "id": "p9-16-02", "style": "2016", "published": "2016-09-20",
    "title": "Study Says Trump Trade Plan Could Bring Recession",
    "text": news(
        "WASHINGTON — A full trade war set off by Donald Trump’s tariff proposals could push "
        "the United States into recession by 2019 and cost more than four million "
        "private-sector jobs, according to a study released Monday by a nonpartisan "
        "research group.",
        "The study modeled three scenarios, the harshest of which assumes that Mr. Trump "
        "follows through on his vow to impose a 45 percent tariff on goods from China and a "
        "35 percent tariff on goods from Mexico, and that both countries answer with tariffs "
        "of the same size on American exports. Under a milder scenario, Beijing would "
        "retaliate with tariffs on only a handful of American products, such as Boeing jets "
        "and soybeans.",
        "The Trump campaign dismissed the report, saying the tariffs were a bargaining chip "
        "meant to bring trading partners to the table. Hillary Clinton’s campaign, which has "
        "promised a special trade prosecutor but not new tariffs, seized on the findings.",
        "Several economists noted that a president could raise tariffs for 150 days without "
        "Congress under a little-used 1974 law."),
    "events": [
        E("Donald Trump’s tariff proposals", "impose", "proposed", "US", t,
          note="restates both plans (China, Mexico) of the next paragraph: one event per "
               "party")
        for t in ("CN", "MX")
    ] + [
        E("Mr. Trump follows through on his vow to impose a 45 percent tariff on goods from "
          "China and a 35 percent tariff on goods from Mexico", "impose", "proposed", "US", t,
          rate=V(r), note="the study's assumption restates the vow: proposed (N2, N3)")
        for t, r in (("CN", 45), ("MX", 35))
    ] + [
        E("both countries answer with tariffs of the same size on American exports", "impose",
          "considered", t, "US", retal=True)
        for t in ("CN", "MX")
    ] + [
        E("Beijing would retaliate with tariffs on only a handful of American products, such "
          "as Boeing jets and soybeans", "impose", "considered", "CN", "US",
          goods=["Boeing jets", "soybeans"], retal=True,
          note="'the tariffs were a bargaining chip': bare; 'not new tariffs': negated; "
               "'a president could raise tariffs': talk about the tool"),
    ]})

PROBES.append({
    "id": "p9-16-03", "style": "2016", "published": "2016-03-10",
    "title": "Sanders Courts Autoworkers but Keeps Distance From Trump Tariffs",
    "text": news(
        "DEARBORN, Mich. — Senator Bernie Sanders, fresh from his upset victory in the "
        "Michigan primary, told autoworkers on Wednesday that he would end trade deals that "
        "have shipped jobs to Mexico, but he stopped short of endorsing the kind of tariffs "
        "Donald J. Trump has promised.",
        "“I’m not going to put a tax on every product coming in from China,” Mr. Sanders said "
        "at a union hall, adding that he would instead renegotiate the North American Free "
        "Trade Agreement.",
        "Mr. Trump has told crowds that he would charge a 35 percent tax on every air "
        "conditioner that Carrier builds in Mexico and ships back across the border. Carrier, "
        "which plans to move 1,400 jobs from Indianapolis to Monterrey, has not commented.",
        "Under Nafta, cars built in Mexico enter the United States without duties, while "
        "Mexico still charges tariffs of up to 50 percent on cars from countries that have "
        "no trade deal with it.",
        "Mr. Sanders also proposed a tax on Wall Street speculation to pay for free public "
        "college."),
    "events": [
        E("the kind of tariffs Donald J. Trump has promised", "impose", "proposed", "US", None,
          note="Trump's promise (N2); 'the kind of' names no plan: target null. Sanders' "
               "'not going to put a tax' is negated"),
        E("Mr. Trump has told crowds that he would charge a 35 percent tax on every air "
          "conditioner that Carrier builds in Mexico and ships back across the border",
          "impose", "proposed", "US", "MX", rate=V(35), goods=["air conditioner"],
          note="a tax on goods shipped in is an import duty"),
        E("cars built in Mexico enter the United States without duties", "remove", "actual",
          "US", "MX", goods=["cars"], note="N5"),
        E("Mexico still charges tariffs of up to 50 percent on cars from countries that have no "
          "trade deal with it", "impose", "actual", "MX", None, rate=MM(hi=50), goods=["cars"]),
    ]})

PROBES.append({
    "id": "p9-16-04", "style": "2016", "published": "2016-12-05",
    "title": "Trump Warns Companies of 35% Tax on Goods Made Abroad",
    "text": news(
        "WASHINGTON — President-elect Donald J. Trump warned on Sunday that companies moving "
        "factories abroad would face a 35 percent tax on the products they ship back into "
        "the United States, a threat aimed squarely at manufacturers weighing new plants in "
        "Mexico.",
        "In a string of early-morning posts on Twitter, Mr. Trump said the “border tax” would "
        "persuade companies to stay, though he did not say how it would be collected or "
        "whether Congress would have to approve it. During the campaign he also called for a "
        "10 percent tariff on all imports.",
        "Mexico’s economy minister said on Monday that his government would respond "
        "“immediately” if Washington placed tariffs on Mexican exports. Trade lawyers noted "
        "that a tax aimed at individual companies would be hard to square with World Trade "
        "Organization rules.",
        "The warning came days after Mr. Trump announced that Carrier would keep about 800 "
        "jobs in Indianapolis in exchange for $7 million in state tax breaks. House "
        "Republicans are separately drafting a border adjustment on corporate taxes, which "
        "would tax imports and exempt exports but is not a tariff, its authors say."),
    "events": [
        E("President-elect Donald J. Trump warned on Sunday that companies moving factories "
          "abroad would face a 35 percent tax on the products they ship back into the United "
          "States", "impose", "threatened", "US", "MX", rate=V(35),
          note="target from 'a threat aimed squarely at manufacturers weighing new plants in "
               "Mexico' in the same sentence; could be argued null ('abroad')"),
        E("he also called for a 10 percent tariff on all imports", "impose", "proposed", "US",
          None, rate=V(10), note="the candidate's own call: proposed, not demanded (N2)"),
        E("Washington placed tariffs on Mexican exports", "impose", "threatened", "US", "MX",
          note="restates Trump's threat inside 'if': N3. 'the border tax', 'a tax aimed at "
               "individual companies': bare re-mentions; border adjustment: N11"),
    ]})

PROBES.append({
    "id": "p9-16-05", "style": "2016", "published": "2016-08-13",
    "title": "Iowa Farmers Cheer Trump, but Worry About China",
    "text": news(
        "DES MOINES — Iowa soybean farmers, who sell about a quarter of their crop to China, "
        "are watching Donald J. Trump’s trade promises with unease.",
        "At a rally at the state fairgrounds on Friday, Mr. Trump repeated that he would put "
        "tariffs on Chinese goods if Beijing refuses to stop manipulating its currency, "
        "drawing loud cheers.",
        "But several farmers in the crowd said they feared that China would answer with "
        "duties on American soybeans and pork, as it did with chicken feet in 2010 after the "
        "Obama administration raised tariffs on Chinese tires. “If they put a tariff on our "
        "beans, that’s my whole margin,” said one grower from Story County.",
        "China already charges a 3 percent tariff on imported soybeans, and Beijing has cut "
        "the duty on some feed grains this year to support its hog industry.",
        "Mr. Trump’s running mate, Gov. Mike Pence of Indiana, told reporters the tariffs "
        "were a last resort."),
    "events": [
        E("Mr. Trump repeated that he would put tariffs on Chinese goods if Beijing refuses to "
          "stop manipulating its currency", "impose", "threatened", "US", "CN"),
        E("China would answer with duties on American soybeans and pork", "impose",
          "considered", "CN", "US", goods=["soybeans", "pork"], retal=True),
        E("as it did with chicken feet in 2010", "impose", "actual", "CN", "US",
          goods=["chicken feet"], retal=True, note="ellipsis (N10); 'after' the U.S. tires "
          "tariff: response"),
        E("the Obama administration raised tariffs on Chinese tires", "raise", "actual", "US",
          "CN", goods=["tires"]),
        E("If they put a tariff on our beans", "impose", "considered", "CN", "US",
          goods=["beans"], note="hypothetical (N3)"),
        E("China already charges a 3 percent tariff on imported soybeans", "impose", "actual",
          "CN", None, rate=V(3), goods=["soybeans"]),
        E("Beijing has cut the duty on some feed grains this year", "lower", "actual", "CN",
          None, goods=["feed grains"],
          note="'the tariffs were a last resort': bare re-mention, no event"),
    ]})

PROBES.append({
    "id": "p9-16-06", "style": "2016", "published": "2016-08-16",
    "title": "Clinton Tells Steelworkers She Will Enforce Trade Laws",
    "text": news(
        "YOUNGSTOWN, Ohio — Hillary Clinton told steelworkers here on Monday that she would "
        "defend their jobs by enforcing the trade laws already on the books, contrasting her "
        "approach with Donald J. Trump’s call for sweeping tariffs.",
        "She praised the Commerce Department’s decision in May to impose anti-dumping duties "
        "of up to 266 percent on corrosion-resistant steel from China, and said she would ask "
        "for the duties to be extended to steel that Chinese mills route through Vietnam.",
        "Mr. Trump, speaking in Pennsylvania the same day, said Mrs. Clinton had “done "
        "nothing” about China and repeated that his tariffs would bring the steel mills back.",
        "The United Steelworkers union, which has endorsed Mrs. Clinton, has also asked the "
        "administration to raise duties on Chinese aluminum foil and on Indian and Turkish "
        "rebar. Economists at Moody’s Analytics estimated that a 45 percent tariff on Chinese "
        "imports would cost an average household about $1,800 a year in higher prices."),
    "events": [
        E("Donald J. Trump’s call for sweeping tariffs", "impose", "proposed", "US", None,
          note="N2"),
        E("the Commerce Department’s decision in May to impose anti-dumping duties of up to 266 "
          "percent on corrosion-resistant steel from China", "impose", "actual", "US", "CN",
          rate=MM(hi=266), goods=["corrosion-resistant steel"],
          note="decided in May and in force by August: actual"),
        E("she would ask for the duties to be extended to steel that Chinese mills route "
          "through Vietnam", "impose", "demanded", "US", "CN", goods=["steel"],
          note="N13; target CN (the mills' steel), Vietnam is the route"),
        E("his tariffs would bring the steel mills back", "impose", "proposed", "US", None,
          note="restates the 'call for sweeping tariffs': N2"),
    ] + [
        E("has also asked the administration to raise duties on Chinese aluminum foil and on "
          "Indian and Turkish rebar", "raise", "demanded", "US", t, goods=[g])
        for t, g in (("CN", "aluminum foil"), ("IN", "rebar"), ("TR", "rebar"))
    ] + [
        E("a 45 percent tariff on Chinese imports", "impose", "proposed", "US", "CN",
          rate=V(45), note="restated plan: N2"),
    ]})

PROBES.append({
    "id": "p9-16-07", "style": "2016", "published": "2016-11-14",
    "title": "Chinese Press Warns Trump Over Tariff Pledge",
    "text": news(
        "BEIJING — China’s state-run press warned on Monday that Beijing would hit back if "
        "President-elect Donald J. Trump carried out his campaign pledge to put a 45 percent "
        "tariff on Chinese imports, suggesting that orders for Boeing jets could go to "
        "Airbus instead and that American soybean and corn imports could be halted.",
        "The commentary, in a newspaper controlled by the Communist Party, said a "
        "“tit-for-tat” response was certain, and that Beijing could also, in response, raise "
        "duties on American cars, which already pay a 25 percent tariff entering China.",
        "China’s Commerce Ministry was more measured, saying it hoped the new administration "
        "would honor its commitments under the World Trade Organization.",
        "In September, Beijing imposed anti-dumping duties of 33.5 percent to 46.7 percent on "
        "a type of American steel used in electrical transformers, its latest move in a "
        "long-running steel dispute. Chinese exports to the United States totaled $482 "
        "billion last year."),
    "events": [
        E("his campaign pledge to put a 45 percent tariff on Chinese imports", "impose",
          "proposed", "US", "CN", rate=V(45),
          note="N2/N3; Beijing 'would hit back' with orders and halts: no tariff word"),
        E("Beijing could also, in response, raise duties on American cars", "raise",
          "considered", "CN", "US", goods=["cars"], retal=True),
        E("which already pay a 25 percent tariff entering China", "impose", "actual", "CN",
          "US", rate=V(25), goods=["cars"], note="relative clause with its own measure"),
        E("In September, Beijing imposed anti-dumping duties of 33.5 percent to 46.7 percent on "
          "a type of American steel used in electrical transformers", "impose", "actual",
          "CN", "US", rate=MM(33.5, 46.7), goods=["steel used in electrical transformers"]),
    ]})

PROBES.append({
    "id": "p9-16-08", "style": "2016", "published": "2016-05-05",
    "title": "Retailers Brace for Trump’s Tariff Talk",
    "text": news(
        "NEW YORK — Retailers and importers are bracing for a general election in which one "
        "candidate has promised to tax the goods on their shelves.",
        "Donald J. Trump, now the presumptive Republican nominee, has said he would impose "
        "tariffs of up to 45 percent on goods from China and has suggested that Japan and "
        "South Korea could face similar treatment if they do not pay more for their own "
        "defense.",
        "The Retail Industry Leaders Association said a 45 percent duty would add hundreds of "
        "dollars to the cost of a family’s back-to-school shopping. Shoe importers, who "
        "already pay tariffs averaging 11 percent on footwear, more than on most other goods, "
        "say they would be hit hardest.",
        "Mr. Trump’s aides have said his tariff threat is meant mainly as leverage. The "
        "sales tax holiday that many states hold in August would do little to offset the "
        "increase, the association said."),
    "events": [
        E("Donald J. Trump, now the presumptive Republican nominee, has said he would impose "
          "tariffs of up to 45 percent on goods from China", "impose", "proposed", "US", "CN",
          rate=MM(hi=45), note="'promised to tax the goods on their shelves': a domestic "
          "reading is possible and no origin is given; not coded"),
    ] + [
        E("has suggested that Japan and South Korea could face similar treatment if they do not "
          "pay more for their own defense", "impose", "threatened", "US", t,
          note="ellipsis for the tariffs just named (N10); condition on the target")
        for t in ("JP", "KR")
    ] + [
        E("a 45 percent duty", "impose", "proposed", "US", "CN", rate=V(45), note="N2"),
        E("Shoe importers, who already pay tariffs averaging 11 percent on footwear, more than "
          "on most other goods", "impose", "actual", "US", None, rate=V(11),
          goods=["footwear"], note="average rate coded as value"),
        E("his tariff threat", "impose", "threatened", "US", "CN", note="N2"),
    ]})

PROBES.append({
    "id": "p9-16-09", "style": "2016", "published": "2016-10-05",
    "title": "Kaine and Pence Spar Over Trade",
    "text": news(
        "FARMVILLE, Va. — Senator Tim Kaine and Gov. Mike Pence clashed over trade during "
        "Tuesday night’s vice-presidential debate, with Mr. Kaine arguing that Donald J. "
        "Trump’s proposed tariffs would start a trade war that American farmers would lose.",
        "Mr. Pence answered that a Trump administration would not hesitate to use tariffs "
        "against countries that cheat, but he avoided repeating the 45 percent figure his "
        "running mate has used for Chinese goods.",
        "Mr. Kaine noted that Mr. Trump’s own companies import suits and ties from China and "
        "Mexico without paying any penalty.",
        "At a post-debate rally, a state trade official said China had lifted its ban on "
        "Virginia beef during a trade mission last year and had cut tariffs on the state’s "
        "wine. Fact-checkers noted that the average American tariff on imported goods is "
        "about 1.6 percent."),
    "events": [
        E("Donald J. Trump’s proposed tariffs", "impose", "proposed", "US", None, note="N2"),
        E("a Trump administration would not hesitate to use tariffs against countries that "
          "cheat", "impose", "threatened", "US", None,
          note="'not hesitate to use' asserts the measure; condition on the target's conduct"),
        E("the 45 percent figure his running mate has used for Chinese goods", "impose",
          "proposed", "US", "CN", rate=V(45), note="N10; 'avoided repeating' does not negate "
          "the plan"),
        E("had cut tariffs on the state’s wine", "lower", "actual", "CN", "US", goods=["wine"],
          note="the beef ban is not a tariff; 'without paying any penalty': no tariff word"),
        E("the average American tariff on imported goods is about 1.6 percent", "impose",
          "actual", "US", None, rate=V(1.6)),
    ]})

PROBES.append({
    "id": "p9-16-10", "style": "2016", "published": "2016-02-26",
    "title": "Cruz Calls Trump Tariff a Tax on Families",
    "text": news(
        "HOUSTON — Senator Ted Cruz, campaigning in Texas a day after a raucous Republican "
        "debate, said Donald J. Trump’s plan for a 45 percent tariff on Chinese goods amounted "
        "to a tax on every family that shops at Walmart.",
        "Mr. Trump said at the debate that the 45 percent rate was a “threat” that he might "
        "use if China did not change its behavior, and that the actual tariff could be lower.",
        "Mr. Cruz, whose own tax plan would replace the corporate income tax with a "
        "value-added tax, said tariffs never helped workers.",
        "Texas exporters worry that Mexico, the state’s biggest customer, would respond to any "
        "American duties by restoring the tariffs it dropped under Nafta. Mexico eliminated "
        "its last tariffs on American corn and beans in 2008."),
    "events": [
        E("Donald J. Trump’s plan for a 45 percent tariff on Chinese goods", "impose",
          "proposed", "US", "CN", rate=V(45), note="N2"),
        E("the 45 percent rate was a “threat” that he might use if China did not change its "
          "behavior", "impose", "threatened", "US", "CN", rate=V(45),
          note="'the actual tariff could be lower': bare (N11); 'tariffs never helped "
               "workers': talk about the tool; value-added tax: domestic"),
        E("any American duties", "impose", "considered", "US", "MX", note="hypothetical: N3"),
        E("by restoring the tariffs it dropped under Nafta", "impose", "considered", "MX", "US",
          retal=True, note="'restoring' a dropped tariff = impose; 'respond to': retaliation"),
        E("Mexico eliminated its last tariffs on American corn and beans in 2008", "remove",
          "actual", "MX", "US", goods=["corn", "beans"]),
    ]})

# ---------------------------------------------------------------- 2018 ----

PROBES.append({
    "id": "p9-18-01", "style": "2018", "published": "2018-06-21",
    "title": "India to raise duties on 29 U.S. goods from Aug. 4",
    "text": news(
        "NEW DELHI (Reuters) - India will raise import duties on 29 U.S. products, including "
        "almonds, walnuts, chickpeas and lentils, from Aug. 4 in response to Washington’s "
        "tariffs on steel and aluminum, the finance ministry said on Thursday.",
        "The duty on shelled almonds will rise to 120 rupees per kg from 100 rupees, while the "
        "tariff on walnuts will go to 120 percent from 30 percent, according to a government "
        "notification.",
        "India had notified the World Trade Organization last month that it planned "
        "retaliation worth $235 million.",
        "The United States imposed a 25 percent tariff on steel and a 10 percent tariff on "
        "aluminum from India in March, and New Delhi has sought an exemption. Some Indian "
        "steelmakers said the move would do little to make up for lost sales.",
        "India’s goods and services tax on almonds, a domestic levy, is unchanged."),
    "events": [
        E("India will raise import duties on 29 U.S. products, including almonds, walnuts, "
          "chickpeas and lentils, from Aug. 4", "raise", "proposed", "IN", "US",
          goods=["almonds", "walnuts", "chickpeas", "lentils"], retal=True),
        E("Washington’s tariffs on steel and aluminum", "impose", "actual", "US", "IN",
          goods=["steel", "aluminum"], note="target from the story: N7"),
        E("The duty on shelled almonds will rise to 120 rupees per kg from 100 rupees", "raise",
          "proposed", "IN", "US", goods=["shelled almonds"], note="specific duty: rate null"),
        E("the tariff on walnuts will go to 120 percent from 30 percent", "raise", "proposed",
          "IN", "US", rate=FT(30, 120), goods=["walnuts"]),
        E("The United States imposed a 25 percent tariff on steel and a 10 percent tariff on "
          "aluminum from India in March", "impose", "actual", "US", "IN", rate=V(25),
          goods=["steel"]),
        E("The United States imposed a 25 percent tariff on steel and a 10 percent tariff on "
          "aluminum from India in March", "impose", "actual", "US", "IN", rate=V(10),
          goods=["aluminum"]),
        E("New Delhi has sought an exemption", "exempt", "demanded", "US", "IN",
          goods=["steel", "aluminum"],
          note="ellipsis (N10); 'planned retaliation worth $235 million': N8"),
    ]})

PROBES.append({
    "id": "p9-18-02", "style": "2018", "published": "2018-07-06",
    "title": "Russia to impose duties on U.S. road-building, oil equipment",
    "text": news(
        "MOSCOW (Reuters) - Russia will impose additional import duties of 25 percent to 40 "
        "percent on a range of U.S. goods, including road-building machinery, oil and gas "
        "equipment and metal-working tools, in response to U.S. tariffs on Russian steel and "
        "aluminum, the economy minister said on Friday.",
        "The duties, which Moscow says will cover goods worth $87.6 million a year, are due to "
        "take effect in 20 days. The minister said Russia would “compensate” for losses of "
        "about $537.6 million from the U.S. measures.",
        "The U.S. metals tariffs took effect on March 23, and Russia has not been granted an "
        "exemption. Russia’s largest steelmakers export relatively little to the United "
        "States, analysts said.",
        "Moscow has also raised rail freight tariffs for coal shipments to Baltic ports, a "
        "move unrelated to the dispute."),
    "events": [
        E("Russia will impose additional import duties of 25 percent to 40 percent on a range "
          "of U.S. goods, including road-building machinery, oil and gas equipment and "
          "metal-working tools", "impose", "proposed", "RU", "US", rate=MM(25, 40),
          goods=["road-building machinery", "oil and gas equipment", "metal-working tools"],
          retal=True),
        E("U.S. tariffs on Russian steel and aluminum", "impose", "actual", "US", "RU",
          goods=["steel", "aluminum"]),
        E("The duties, which Moscow says will cover goods worth $87.6 million a year, are due "
          "to take effect in 20 days", "impose", "proposed", "RU", "US",
          amount=AMT(87600000),
          goods=["road-building machinery", "oil and gas equipment", "metal-working tools"],
          note="retaliation not in this sentence (N9); losses of $537.6 million are effects, "
               "not an amount, and 'the U.S. measures' is generic"),
        E("The U.S. metals tariffs took effect on March 23", "impose", "actual", "US", None,
          goods=["metals"], note="tariffs on all imports: N7; 'has not been granted an "
          "exemption': negated; rail freight tariffs: not customs"),
    ]})

PROBES.append({
    "id": "p9-18-03", "style": "2018", "published": "2018-06-25",
    "title": "Turkey raises duties on U.S. rice, nuts, whiskey",
    "text": news(
        "ANKARA (Reuters) - Turkey has raised import duties on a range of U.S. goods, "
        "including rice, nuts, coal and cosmetics, in retaliation for U.S. tariffs on steel "
        "and aluminum, according to a decree published in the Official Gazette on Monday.",
        "The additional duties, which took effect with the decree’s publication, include a 70 "
        "percent levy on U.S. whiskey and 60 percent on leaf tobacco, the decree showed.",
        "Ankara said the measures would raise about $267 million, matching the cost to "
        "Turkish steelmakers of Washington’s tariffs. Turkey is the sixth-largest supplier of "
        "steel to the United States.",
        "The economy minister said Ankara would lift the duties as soon as Washington removed "
        "its steel tariffs or granted Turkey an exemption like the one given to Australia.",
        "Turkish port operators separately raised their handling tariffs by 12 percent this "
        "month."),
    "events": [
        E("Turkey has raised import duties on a range of U.S. goods, including rice, nuts, coal "
          "and cosmetics", "raise", "actual", "TR", "US",
          goods=["rice", "nuts", "coal", "cosmetics"], retal=True),
        E("U.S. tariffs on steel and aluminum", "impose", "actual", "US", "TR",
          goods=["steel", "aluminum"], note="N7"),
        E("The additional duties, which took effect with the decree’s publication, include a 70 "
          "percent levy on U.S. whiskey and 60 percent on leaf tobacco", "impose", "actual",
          "TR", "US", rate=V(70), goods=["whiskey"],
          note="'additional duties' = impose, as the seeds' 'slapped additional tariffs'"),
        E("The additional duties, which took effect with the decree’s publication, include a 70 "
          "percent levy on U.S. whiskey and 60 percent on leaf tobacco", "impose", "actual",
          "TR", "US", rate=V(60), goods=["leaf tobacco"]),
        E("Washington’s tariffs", "impose", "actual", "US", "TR", goods=["steel", "aluminum"],
          note="'the measures would raise about $267 million': generic word, revenue"),
        E("Ankara would lift the duties", "remove", "proposed", "TR", "US",
          goods=["rice", "nuts", "coal", "cosmetics", "whiskey", "leaf tobacco"],
          note="conditional offer to remove: proposed"),
        E("Washington removed its steel tariffs", "remove", "demanded", "US", "TR",
          goods=["steel"], note="Turkey's condition = what it asks of Washington"),
        E("granted Turkey an exemption", "exempt", "demanded", "US", "TR",
          goods=["steel"]),
        E("the one given to Australia", "exempt", "actual", "US", "AU", goods=["steel"],
          note="N10; port handling tariffs: not customs"),
    ]})

PROBES.append({
    "id": "p9-18-04", "style": "2018", "published": "2018-06-19",
    "title": "Commerce grants first steel tariff exclusions as requests pile up",
    "text": news(
        "WASHINGTON (Bloomberg) - The Commerce Department granted its first exclusions from "
        "the steel tariffs on Tuesday, allowing 42 requests from companies including a "
        "Pennsylvania maker of specialty wire that imports from Sweden.",
        "The agency has received more than 20,000 requests to exempt specific products from "
        "the 25 percent duty on steel and the 10 percent duty on aluminum, far more than it "
        "expected. U.S. steel producers have objected to 1,500 of the requests.",
        "Exclusions are granted for one year and apply only to the company that filed the "
        "request. The tariffs, imposed in March, were extended to the European Union, Canada "
        "and Mexico on June 1.",
        "Commerce Secretary Wilbur Ross said the department would add staff to speed up "
        "decisions. A Bloomberg analysis found that Chinese steel accounted for less than 3 "
        "percent of the products for which companies sought relief."),
    "events": [
        E("The Commerce Department granted its first exclusions from the steel tariffs on "
          "Tuesday, allowing 42 requests from companies including a Pennsylvania maker of "
          "specialty wire that imports from Sweden", "exempt", "actual", "US", None,
          goods=["steel"],
          note="Sweden is one requester's source among 42: target null (N7)"),
        E("The agency has received more than 20,000 requests to exempt specific products from "
          "the 25 percent duty on steel and the 10 percent duty on aluminum", "exempt",
          "demanded", "US", None, goods=["steel"], note="N1: one event per tranche, rate null"),
        E("The agency has received more than 20,000 requests to exempt specific products from "
          "the 25 percent duty on steel and the 10 percent duty on aluminum", "exempt",
          "demanded", "US", None, goods=["aluminum"]),
        E("Exclusions are granted for one year and apply only to the company that filed the "
          "request", "exempt", "actual", "US", None, goods=["steel", "aluminum"],
          note="habitual: actual (N10)"),
    ] + [
        E("The tariffs, imposed in March, were extended to the European Union, Canada and Mexico "
          "on June 1", "impose", "actual", "US", t, goods=["steel", "aluminum"])
        for t in (EUU, "CA", "MX")
    ]})

PROBES.append({
    "id": "p9-18-05", "style": "2018", "published": "2018-08-29",
    "title": "US trade panel throws out tariffs on Canadian newsprint",
    "text": news(
        "WASHINGTON (AP) — A U.S. trade panel on Wednesday threw out tariffs on Canadian "
        "newsprint, siding with American newspapers that said the duties threatened to put "
        "small papers out of business.",
        "The International Trade Commission voted 5-0 that imports of uncoated groundwood "
        "paper from Canada did not harm U.S. producers, ending anti-subsidy and anti-dumping "
        "duties that the Commerce Department had set at a combined rate of as much as 32 "
        "percent.",
        "The duties, which were requested by a single paper mill in Washington state, had "
        "been collected since January. Importers will get their deposits back, the "
        "commission said.",
        "The News Media Alliance, which had lobbied Congress to suspend the tariffs, called "
        "the ruling a victory for local journalism. Canada’s foreign minister welcomed the "
        "decision but said Ottawa would keep pressing Washington to drop its steel and "
        "aluminum tariffs."),
    "events": [
        E("A U.S. trade panel on Wednesday threw out tariffs on Canadian newsprint", "remove",
          "actual", "US", "CA", goods=["newsprint"],
          note="'the duties threatened to put small papers out of business': 'threatened' "
               "is not the actor's threat; bare re-mention, no event"),
        E("The International Trade Commission voted 5-0 that imports of uncoated groundwood "
          "paper from Canada did not harm U.S. producers, ending anti-subsidy and anti-dumping "
          "duties that the Commerce Department had set at a combined rate of as much as 32 "
          "percent", "remove", "actual", "US", "CA", goods=["uncoated groundwood paper"],
          note="N1: level of the removed duties, rate null; the relative clause only "
               "identifies the duties"),
        E("The duties, which were requested by a single paper mill in Washington state, had "
          "been collected since January", "impose", "actual", "US", "CA",
          goods=["newsprint"]),
        E("The News Media Alliance, which had lobbied Congress to suspend the tariffs",
          "remove", "demanded", "US", "CA", goods=["newsprint"]),
        E("Ottawa would keep pressing Washington to drop its steel and aluminum tariffs",
          "remove", "demanded", "US", "CA", goods=["steel", "aluminum"]),
    ]})

PROBES.append({
    "id": "p9-18-06", "style": "2018", "published": "2018-10-11",
    "title": "Canada to impose safeguard tariffs on seven steel products",
    "text": news(
        "OTTAWA (Reuters) - Canada will impose provisional safeguard tariffs of 25 percent on "
        "imports of seven steel products that exceed historical levels, starting on Oct. 25, "
        "to prevent foreign steel shut out of the U.S. market from flooding Canada, the "
        "finance minister said on Thursday.",
        "The products include heavy plate, concrete reinforcing bar and wire rod. Imports "
        "from the United States and Mexico will be exempt, as will steel from countries with "
        "which Canada has a free trade agreement, such as Chile and South Korea, up to "
        "certain limits.",
        "Canada’s steel industry had asked Ottawa for the measures since the United States "
        "imposed its 25 percent tariffs on steel in June.",
        "Ottawa has also put surtaxes of 25 percent on C$12.8 billion of U.S. steel and "
        "aluminum and 10 percent on consumer goods such as maple syrup and whisky since July "
        "1. Electricity tariffs for Ontario steel mills are not affected."),
    "events": [
        E("Canada will impose provisional safeguard tariffs of 25 percent on imports of seven "
          "steel products that exceed historical levels, starting on Oct. 25, to prevent "
          "foreign steel shut out of the U.S. market from flooding Canada", "impose",
          "proposed", "CA", None, rate=V(25), goods=["steel products"],
          note="safeguard on all origins: target null"),
    ] + [
        E("Imports from the United States and Mexico will be exempt", "exempt", "proposed",
          "CA", t, goods=["steel products"])
        for t in ("US", "MX")
    ] + [
        E("as will steel from countries with which Canada has a free trade agreement, such as "
          "Chile and South Korea, up to certain limits", "exempt", "proposed", "CA", t,
          goods=["steel"], note="ellipsis 'as will' = will be exempt; 'such as': N6")
        for t in ("CL", "KR")
    ] + [
        E("the United States imposed its 25 percent tariffs on steel in June", "impose",
          "actual", "US", "CA", rate=V(25), goods=["steel"],
          note="N7 (June: the tariffs reached Canada); 'asked Ottawa for the measures': N8"),
        E("Ottawa has also put surtaxes of 25 percent on C$12.8 billion of U.S. steel and "
          "aluminum and 10 percent on consumer goods such as maple syrup and whisky since July "
          "1", "impose", "actual", "CA", "US", rate=V(25),
          amount=AMT(12800000000, "CAD"), goods=["steel", "aluminum"],
          note="retaliation not stated in the sentence (N9); electricity tariffs: not customs"),
        E("Ottawa has also put surtaxes of 25 percent on C$12.8 billion of U.S. steel and "
          "aluminum and 10 percent on consumer goods such as maple syrup and whisky since July "
          "1", "impose", "actual", "CA", "US", rate=V(10),
          goods=["consumer goods", "maple syrup", "whisky"]),
    ]})

PROBES.append({
    "id": "p9-18-07", "style": "2018", "published": "2018-05-22",
    "title": "China to cut car import tariffs to 15 percent from July 1",
    "text": news(
        "BEIJING (Reuters) - China will cut import tariffs on passenger cars to 15 percent "
        "from 25 percent starting July 1, the finance ministry said on Tuesday, a move that "
        "will benefit European and Japanese carmakers more than U.S. brands.",
        "Tariffs on auto parts will fall to 6 percent from rates of 8 percent to 25 percent. "
        "The cuts come after President Xi Jinping pledged in April to “significantly lower” "
        "import tariffs on cars this year.",
        "Cars made in the United States could face an extra 25 percent duty that China has "
        "threatened in response to planned U.S. tariffs on Chinese goods, analysts noted, "
        "though Beijing has said it will suspend the extra levy if talks in Washington "
        "succeed.",
        "Tesla, which imports all its cars sold in China, said it was studying the impact. The "
        "cut does not affect China’s 10 percent purchase tax on cars, a domestic levy."),
    "events": [
        E("China will cut import tariffs on passenger cars to 15 percent from 25 percent "
          "starting July 1", "lower", "proposed", "CN", None, rate=FT(25, 15),
          goods=["passenger cars"]),
        E("Tariffs on auto parts will fall to 6 percent from rates of 8 percent to 25 percent",
          "lower", "proposed", "CN", None, rate=V(6), goods=["auto parts"],
          note="the old level is a range; the rate form has no from-range, so the new level "
               "alone is coded as value"),
        E("The cuts come", "lower", "proposed", "CN", None, goods=["passenger cars", "auto parts"]),
        E("President Xi Jinping pledged in April to “significantly lower” import tariffs on "
          "cars this year", "lower", "proposed", "CN", None, goods=["cars"]),
        E("Cars made in the United States could face an extra 25 percent duty that China has "
          "threatened", "impose", "threatened", "CN", "US", rate=V(25), goods=["cars"],
          retal=True),
        E("planned U.S. tariffs on Chinese goods", "impose", "proposed", "US", "CN"),
        E("Beijing has said it will suspend the extra levy if talks in Washington succeed",
          "remove", "proposed", "CN", "US", goods=["cars"],
          note="conditional offer"),
        E("The cut does not affect China’s 10 percent purchase tax on cars", "lower",
          "proposed", "CN", None, goods=["passenger cars"],
          note="'The cut' restates the car tariff cut (as 'The cuts come'); the 10 percent is "
               "the domestic purchase tax's, not the cut's: rate null"),
    ]})

PROBES.append({
    "id": "p9-18-08", "style": "2018", "published": "2018-05-18",
    "title": "Japan tells WTO it could retaliate against U.S. metals tariffs",
    "text": news(
        "TOKYO (Reuters) - Japan told the World Trade Organization it could impose "
        "counter-tariffs on U.S. goods worth about $440 million in response to Washington’s "
        "steel and aluminum tariffs, becoming the latest U.S. ally to warn of retaliation.",
        "In a notice posted on the WTO website on Friday, Tokyo said it reserved the right to "
        "raise duties on U.S. products by an amount equal to the tariffs Japanese companies "
        "will pay this year.",
        "A trade ministry official said Japan had no immediate plans to act and still hoped to "
        "win an exemption like those given to South Korea and Australia.",
        "Japanese steel accounts for about 5 percent of U.S. steel imports, much of it "
        "specialty products that American makers do not produce. The European Union and "
        "India made similar notices last week."),
    "events": [
        E("Japan told the World Trade Organization it could impose counter-tariffs on U.S. "
          "goods worth about $440 million", "impose", "threatened", "JP", "US",
          amount=AMT(440000000), retal=True,
          note="'warn of retaliation' in the sentence: threatened rather than considered"),
        E("Washington’s steel and aluminum tariffs", "impose", "actual", "US", "JP",
          goods=["steel", "aluminum"], note="N7"),
        E("Tokyo said it reserved the right to raise duties on U.S. products", "raise",
          "threatened", "JP", "US", retal=True,
          note="'by an amount equal to the tariffs Japanese companies will pay': a comparison "
               "(N11), no event of its own, but it presents the raise as an answer to the U.S. "
               "tariffs: retaliation; 'no immediate plans to act' has no tariff word"),
        E("still hoped to win an exemption", "exempt", "demanded", "US", "JP",
          goods=["steel", "aluminum"]),
    ] + [
        E("those given to South Korea and Australia", "exempt", "actual", "US", t,
          goods=["steel", "aluminum"], note="N10")
        for t in ("KR", "AU")
    ]})

PROBES.append({
    "id": "p9-18-09", "style": "2018", "published": "2018-07-18",
    "title": "EU to impose provisional steel safeguard from Thursday",
    "text": news(
        "BRUSSELS (Bloomberg) - The European Union will impose provisional safeguard duties of "
        "25 percent on steel imports above recent volumes starting Thursday, seeking to shield "
        "its mills from a surge of metal diverted by U.S. tariffs.",
        "The measures cover 23 steel product categories and will apply to imports from all "
        "countries except the poorest developing nations, the European Commission said in a "
        "statement on Wednesday. Quotas based on average imports in 2015-2017 will be "
        "allocated, and only shipments above those levels will pay the 25 percent duty.",
        "Turkey, India and Russia, among the biggest suppliers, have said they will challenge "
        "the measures at the World Trade Organization.",
        "The EU already charges anti-dumping duties on Chinese hot-rolled steel of up to 35.9 "
        "percent. Brussels has separately imposed tariffs on 2.8 billion euros of U.S. goods, "
        "from bourbon to motorcycles, since June 22."),
    "events": [
        E("The European Union will impose provisional safeguard duties of 25 percent on steel "
          "imports above recent volumes starting Thursday", "impose", "proposed", EUU, None,
          rate=V(25), goods=["steel"], note="starts the day after publication: N4"),
        E("U.S. tariffs", "impose", "actual", "US", None,
          note="inside the purpose phrase, own event; no origin"),
        E("only shipments above those levels will pay the 25 percent duty", "impose",
          "proposed", EUU, None, rate=V(25), goods=["steel"],
          note="'The measures cover ... except the poorest': generic word (N8)"),
        E("The EU already charges anti-dumping duties on Chinese hot-rolled steel of up to 35.9 "
          "percent", "impose", "actual", EUU, "CN", rate=MM(hi=35.9),
          goods=["hot-rolled steel"]),
        E("Brussels has separately imposed tariffs on 2.8 billion euros of U.S. goods, from "
          "bourbon to motorcycles, since June 22", "impose", "actual", EUU, "US",
          amount=AMT(2800000000, "EUR"), goods=["bourbon", "motorcycles"]),
    ]})

PROBES.append({
    "id": "p9-18-10", "style": "2018", "published": "2018-05-18",
    "title": "China drops anti-dumping probe into U.S. sorghum",
    "text": news(
        "BEIJING (AP) — China said Friday it is dropping an anti-dumping investigation into "
        "U.S. sorghum, ending preliminary anti-dumping duties of 178.6 percent that had halted "
        "shipments, as the two countries’ negotiators met in Washington.",
        "The Commerce Ministry said continuing the probe would hurt Chinese consumers who rely "
        "on the grain to feed livestock and make liquor. The duties, imposed on April 17, had "
        "stranded cargo ships at sea and cost U.S. farmers in Texas and Kansas an estimated $1 "
        "billion in lost sales.",
        "China’s 25 percent tariffs on U.S. pork, in place since April 2 in retaliation for "
        "U.S. steel duties, remain. Some traders expect Beijing to cut tariffs on U.S. "
        "soybeans if the talks succeed.",
        "Sorghum freight rates on the Gulf route fell sharply after the April ruling."),
    "events": [
        E("China said Friday it is dropping an anti-dumping investigation into U.S. sorghum, "
          "ending preliminary anti-dumping duties of 178.6 percent that had halted shipments",
          "remove", "actual", "CN", "US", goods=["sorghum"],
          note="N1; 'is dropping ... ending' takes effect on the day: actual"),
        E("The duties, imposed on April 17, had stranded cargo ships at sea", "impose",
          "actual", "CN", "US", goods=["sorghum"],
          note="$1 billion in lost sales is an effect, not an amount"),
        E("China’s 25 percent tariffs on U.S. pork, in place since April 2", "impose",
          "actual", "CN", "US", rate=V(25), goods=["pork"], retal=True),
        E("U.S. steel duties", "impose", "actual", "US", "CN", goods=["steel"], note="N7"),
        E("Some traders expect Beijing to cut tariffs on U.S. soybeans if the talks succeed",
          "lower", "considered", "CN", "US", goods=["soybeans"]),
    ]})
