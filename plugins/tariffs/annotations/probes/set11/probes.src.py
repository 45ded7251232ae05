# SPDX-License-Identifier: MIT
"""Probe set 11: news snippets written (made up, no article copied) in the
three styles of the unseen news -- 1987 Reuters wire copy, 2016 US
presidential campaign coverage, 2018 trade-war wire copy of AP/Reuters/
Bloomberg-like desks -- and annotated blind (no sift run, no plugin code,
tests, data, README or gold read; no other probe set's texts or gold read)
by shared/corpus/TARIFF-GUIDELINES.md and ../../GUIDE.md.  Helper
tarprobe11, 2026-12-07.  build.py resolves the spans and writes
probes.gold.jsonl.  30 pieces (10 per style).  One writer's reading, no
second annotator: the second pass was the writer's own.

Headlines are in `title` only; `text` starts at the dateline.  The 1987
texts are laid out like wire copy (hard wrap at 65 columns, four-space
paragraph indents, closing " Reuter"), so spans match across line breaks.
The topics lean away from the famous events: potash and cut-flower dumping
cases, the 1987 GSP review, the Canada-U.S. pact's tariff schedule, the EC
oils-and-fats tax fight, the Brazil informatics case; in 2016, the
Peterson study, Monessen, Novi, Iowa soybeans, the debate fact-check; in
2018, Turkey, India's postponed duties, the first 232 exclusions, Canada's
and Mexico's lists, the EU steel safeguard, China's car-tariff cut, Russia,
the washer/solar safeguard and the sorghum deposits.

NOTES -- judgement calls (the event's own "note" says where each applies)
------------------------------------------------------------------------
N1  Rate of a duty that is removed, exempted from, or cut without a new
    level ("drop the ... duties of up to 85 pct", "lower the 60 pct duty",
    "scrap the 40 pct duty", "without paying the 25 percent duty"): rate
    null (the level named is the old one; the probes README's train-gold
    reading).
N2  A candidate's tariff plan (2016) is the candidate's statement of
    intent: proposed, actor US (the country that would levy it), not
    demanded.  With a condition on the target's behaviour ("if China does
    not stop ...", "depending on how Beijing behaved", "only if China
    refused ...") it is threatened.  Where the article itself calls the plan
    a threat ("his campaign threat to slap a 45 percent tariff") the
    clause's wording wins: threatened; restatements in that article ("any
    U.S. duties on Chinese products", "a 45 percent duty would cut ...")
    keep the threatened modality of the measure they restate.
N3  Restatements of a plan as the topic of someone's comment ("Trump's
    tariffs on China would amount to a tax on every family", "a 45 percent
    tariff on Chinese goods would be a tax on every American family") are
    events with the plan's modality and parties.  Bare ones ("the tariff
    would be paid by American consumers", "the tax would be collected",
    "the duty would likely push up the price", "the duties would have
    hurt") are not (no action, party or specification).  Talk of tariffs
    as a tool ("use tariffs only as a last resort against countries that
    cheat", Sections 201/301 "which allow a president to impose duties",
    "a tariff on a single company's imports") is not an event.
N4  A study's scenario (Peterson: "modeled a 45 percent tariff on imports
    from China ...") restates the candidate's plan: proposed.  The study's
    retaliation scenario ("Beijing hits back only with tariffs on U.S.
    aircraft ...") and a worry that China "would answer a Trump tariff with
    duties of its own" are considered (may happen).
N5  "the tariffs were a negotiating threat" (Navarro on Trump's plan) is
    coded threatened (the wording calls the measure a threat), one event
    each for China and Mexico.
N6  A hypothetical trigger inside a threat or worry ("would answer any U.S.
    tariff with duties of its own", "would answer a Trump tariff with ...")
    is part of that event's retaliation phrase, not an event of its own: it
    asserts no measure.  But a condition that names a planned or
    demanded measure with its own subject and verb is its own event, like
    the dev gold's "if the United States did implement the tariffs":
    "if Washington goes ahead with duties on $50 billion of Chinese goods"
    (proposed, the US list was announced, not in force), "if Washington
    imposes its own planned duties" (proposed), "as soon as Washington
    dropped its own" (remove / demanded: Canada's condition asks for it).
N7  U.S. Section 232 steel and aluminum tariffs named without an origin
    ("U.S. steel and aluminum tariffs", "U.S. tariffs on steel and
    aluminium", "the U.S. tariffs") cover imports from everywhere: target
    null, even in a story about India, Russia or the EU.  With an origin
    ("U.S. tariffs on Canadian steel", "duties on Mexican steel", "the
    metals tariffs" after "another country hit by") the target is that
    country.  The washer/solar safeguard on "imported" goods: target null.
N8  Several parties on one side: one event each, same span -- GSP loss for
    Taiwan, South Korea, Mexico, Brazil (each event keeps the clause's one
    amount, 1.1 billion dlrs, which is the total for the four); Canada and
    the United States eliminating tariffs on each other (two actors);
    exclusions for Sweden, Japan, Germany (Germany coded DE, as named, not
    EU); Korea, Argentina, Brazil, Australia "remain exempt" (elliptical,
    no tariff word: "exempt" stands for the tariffs just named).
N9  Tense against date: "Russia has raised import duties" with the decree
    "will take effect in 30 days" is proposed (decided, not in force,
    section 6); Canada "will slap" tariffs "from Sunday" written on Friday
    is proposed; the washer/solar safeguard signed Monday for Feb. 7 is
    proposed, and so is Canada's exemption from it ("was exempted");
    India's duties "put off" to Sept. 18 are proposed; the EU safeguard
    "from Thursday" written Wednesday is proposed; Mexico's decree
    "published" and setting duties on the day is actual.
N10 Losing duty-free (GSP) status is impose (like the dev gold's "ended
    preferential duty-free trade treatment"); being granted duty-free
    status, or entering "duty-free" under NAFTA, is remove; "cut import
    tariffs on 28 cancer drugs to zero" is remove (the tariff ends).
N11 A request that the actor is studying ("studying a U.S. request to
    scrap the 40 pct duty") is demanded (section 6 order: demand before
    consideration); a pending exclusion request framed as the agency's
    pending decision ("still waiting to learn whether its Mexican wire rod
    can be brought in duty-free") is considered (the actor weighs it).
    "U.S. producers are expected to ask the Commerce Department to impose
    countervailing duties" is demanded (demand before consideration).
N12 "rejected calls ... to hold the duty at 57.5 pct": the report of a
    demand, rejected, is still an event (like "denying reports that ...");
    impose / demanded (keeping a duty unchanged is impose).  "had no plans
    to impose duties of its own", "rather than impose tariffs", "did not
    mention his 45 percent figure", "but not from the duties on solar
    panels", "but not China, India, Turkey or South Korea" negate the
    measure (or only its mention): no event.
N13 Elliptical and measure-word subjects: "the 45 percent figure, which
    Trump did not repeat on Tuesday, remained an option" is an event
    (considered, the rate stands for the tariff); "The safeguard measure
    ... exempts ... Norway, Iceland and Liechtenstein" is coded (exempt,
    the change word acts on the tariffs just named), while "The measures
    answer U.S. tariffs", "The measures cover about $3 billion" and "the
    U.S. measures" are not events on the measure word (section 1).  "Beijing imposed the preliminary deposits" is an event
    (the deposits are the provisional anti-dumping duty just named).
N14 Rates: "up to 85 pct"/"up to 266 percent"/"up to 200 pct"/"up to 25
    percent" -> max; "under five pct" -> max 5; "between 3.6 pct and 21.2
    pct", "25 to 40 percent", "a 20 percent to 25 percent duty" -> min/max;
    "might be 15 or 35 percent" -> min 15 / max 35; an average ("now
    average about 10 pct") -> value; "rose to 120 percent" -> value 120;
    "will fall to 6 percent from rates of 8 percent to 25 percent" ->
    value 6 (the old level is a range, no single "from"); "from as high as
    25 percent" -> from 25; "raise levies ... on some steel products by as
    much as 50 percent" -> null (size of a change).
N15 Amounts: "C$16.6 billion ($12.6 billion)" -> 16.6e9 CAD (the figure as
    written first); "2.8 billion euros ($3.3 billion)" -> EUR; "The cuts,
    which would reduce duty revenue by some 200 mln dlrs a year" -> null
    (revenue, not goods covered); "part of a $50 billion list" -> 50e9 on
    the event for the listed goods; "which it says hit about $241 million
    of its exports" -> 241e6 on India's exemption request.
N16 "The study did not examine Clinton's own plans, which include a 4
    percent surcharge on incomes", an exit tax, a VAT "that works like a
    tariff", a value-added and consumption tax on cars, an oils-and-fats
    tax "levy", export taxes/duties (Canada's lumber export tax, Russia's
    gas export duty), rail/cargo/freight, power, telephone, telex and
    electricity tariffs, liquor board markups and GATT: no events.
N17 "New Zealand ... would match any Australian cut in car tariffs": one
    event, NZ lower / proposed (a conditional offer to lower); the
    Australian cut inside it is the object of "match", not a new measure.
    Ottawa's "would lift its tariffs as soon as ..." is a conditional offer
    to remove: proposed.
N18 Overlap: "Turkey, another country hit by the metals tariffs, put
    duties on U.S. coal, paper and walnuts last month" gives two events
    whose spans may not overlap, so Turkey's starts at its trigger ("put
    duties ...") and the appositive is the US -> TR event.
"""
import textwrap


def wire(*paras):
    """1987 wire layout: hard wrap at 65 columns, four-space paragraph
    indents, closing ' Reuter'."""
    return "\n    ".join(textwrap.fill(p, 65, break_on_hyphens=False, break_long_words=False)
                           for p in paras) + "\n Reuter\n"


NAMES = {
    "US": "United States", "CN": "China", "MX": "Mexico", "CA": "Canada", "JP": "Japan",
    "EU": "European Union", "TW": "Taiwan", "KR": "South Korea", "BR": "Brazil",
    "JM": "Jamaica", "DO": "Dominican Republic", "CO": "Colombia", "EC": "Ecuador",
    "KE": "Kenya", "NL": "Netherlands", "AU": "Australia", "NZ": "New Zealand",
    "IN": "India", "VN": "Vietnam", "MY": "Malaysia", "TR": "Turkey", "SE": "Sweden",
    "DE": "Germany", "AR": "Argentina", "NO": "Norway", "IS": "Iceland",
    "LI": "Liechtenstein", "RU": "Russia", "CL": "Chile",
}


def party(code, era):
    if code is None:
        return None
    name = NAMES[code]
    if code == "EU" and era == "1987":
        name = "European Community"
    return {"name": name, "code": code}


def ev(span, action, modality, actor, target, rate=None, amount=None, goods=(), ret=False,
       note=None, nth=None):
    e = {"span": span, "action": action, "modality": modality, "actor": actor, "target": target,
         "rate": rate, "amount": (None if amount is None else
                                  {"value": amount[0], "currency": amount[1]} if isinstance(amount, tuple)
                                  else {"value": amount, "currency": "USD"}),
         "goods": list(goods), "retaliation": ret}
    if note:
        e["note"] = note
    if nth:
        e["nth"] = nth
    return e


def probe(pid, style, published, title, text, events):
    # actor/target codes become {"name", "code"} for the probe's era
    for e in events:
        e["actor"] = party(e["actor"], style)
        e["target"] = party(e["target"], style)
    return {"id": pid, "style": style, "published": published, "title": title, "text": text,
            "events": events}


V = lambda v: {"value": v}
FT = lambda a, b: {"from": a, "to": b}
MM = lambda a=None, b=None: {k: v for k, v in (("min", a), ("max", b)) if v is not None}

PROBES = []

# ---------------------------------------------------------------- 1987 --

PROBES.append(probe("p11-87-01", "1987", "1987-08-26", "CANADIAN POTASH FIRMS SEEK END TO U.S. DUTIES", wire(
    "OTTAWA, Aug 26 - Canadian potash producers said they would ask "
    "Ottawa to press Washington to drop the preliminary anti-dumping "
    "duties of up to 85 pct the U.S. Commerce Department set on their "
    "shipments last week.",
    "The duties, which range from 9.14 pct to 85.2 pct depending on the "
    "company, are to be collected as cash deposits on potash entering the "
    "United States from September 1, a department spokesman said in "
    "Washington.",
    "The case follows last year's 35 pct U.S. tariff on Canadian cedar "
    "shakes and shingles, which Ottawa answered with duties on U.S. books, "
    "computer parts and Christmas trees.",
    "Trade Minister Pat Carney told the Commons that Ottawa had no plans to "
    "impose duties of its own on U.S. fertilizer, but Saskatchewan Premier "
    "Grant Devine said Canada should consider retaliatory duties on U.S. "
    "fertilizer if the ruling is confirmed in January.",
    "Potash shippers also face a 12 pct rise in Canadian Pacific Ltd's rail "
    "freight tariffs from October, the railway said."), [
    ev("Canadian potash producers said they would ask Ottawa to press Washington to drop the preliminary "
       "anti-dumping duties of up to 85 pct the U.S. Commerce Department set on their shipments last week",
       "remove", "demanded", "US", "CA", goods=["potash"],
       note="N1: rate of the duty to be dropped is null; the relative clause only identifies it"),
    ev("The duties, which range from 9.14 pct to 85.2 pct depending on the company, are to be collected as "
       "cash deposits on potash entering the United States from September 1",
       "impose", "proposed", "US", "CA", rate=MM(9.14, 85.2), goods=["potash"],
       note="set last week but collected from Sept 1, after the article's date: proposed"),
    ev("last year's 35 pct U.S. tariff on Canadian cedar shakes and shingles",
       "impose", "actual", "US", "CA", rate=V(35), goods=["cedar shakes and shingles"]),
    ev("Ottawa answered with duties on U.S. books, computer parts and Christmas trees",
       "impose", "actual", "CA", "US", goods=["books", "computer parts", "Christmas trees"], ret=True),
    ev("Saskatchewan Premier Grant Devine said Canada should consider retaliatory duties on U.S. fertilizer "
       "if the ruling is confirmed in January",
       "impose", "demanded", "CA", "US", goods=["fertilizer"], ret=True,
       note="a province urging the federal government; Carney's 'no plans to impose' is negated (N12)"),
]))

PROBES.append(probe("p11-87-02", "1987", "1987-06-18",
                    "EC PLANS TO WIDEN DUMPING DUTIES ON JAPANESE OFFICE EQUIPMENT", wire(
    "BRUSSELS, June 18 - The European Community Commission has proposed "
    "extending anti-dumping duties to Japanese typewriters and photocopiers "
    "assembled in the EC from imported parts, Commission sources said.",
    "The Community already levies duties of 20 pct on photocopiers shipped "
    "from Japan and of up to 35 pct on electronic typewriters, imposed after "
    "complaints from European makers including Olivetti.",
    "Japanese officials in Brussels said Tokyo would take the matter to the "
    "General Agreement on Tariffs and Trade if the Commission went ahead "
    "with the so-called screwdriver plant rule.",
    "The Commission is also due to decide next month whether to impose "
    "provisional duties on Japanese dot-matrix printers, in a case brought "
    "by European makers in February, the sources said.",
    "EC foreign ministers agreed in April to raise tariffs on a range of "
    "Japanese goods if Tokyo did not open its markets further, but no list "
    "of products has been drawn up.",
    "Separately, the Commission said it would ask member states to "
    "harmonise their postal and telex tariffs by 1992."), [
    ev("The European Community Commission has proposed extending anti-dumping duties to Japanese typewriters "
       "and photocopiers assembled in the EC from imported parts",
       "impose", "proposed", "EU", "JP", goods=["typewriters", "photocopiers assembled in the EC from imported parts"]),
    ev("The Community already levies duties of 20 pct on photocopiers shipped from Japan and of up to 35 pct "
       "on electronic typewriters, imposed after complaints from European makers including Olivetti", "impose", "actual", "EU", "JP", rate=V(20), goods=["photocopiers"]),
    ev("The Community already levies duties of 20 pct on photocopiers shipped from Japan and of up to 35 pct "
       "on electronic typewriters, imposed after complaints from European makers including Olivetti", "impose", "actual", "EU", "JP", rate=MM(None, 35),
       goods=["electronic typewriters"],
       note="tranche; origin Japan carried from the first tranche; the participle 'imposed after ...' is part of the clause"),
    ev("The Commission is also due to decide next month whether to impose provisional duties on Japanese "
       "dot-matrix printers", "impose", "considered", "EU", "JP", goods=["dot-matrix printers"]),
    ev("EC foreign ministers agreed in April to raise tariffs on a range of Japanese goods if Tokyo did not "
       "open its markets further", "raise", "threatened", "EU", "JP"),
]))

PROBES.append(probe("p11-87-03", "1987", "1987-04-03",
                    "U.S. TO END DUTY-FREE STATUS FOR SOME ASIAN, LATIN GOODS", wire(
    "WASHINGTON, April 3 - The United States will remove duty-free "
    "treatment under the Generalized System of Preferences from about 1.1 "
    "billion dlrs worth of imports from Taiwan, South Korea, Mexico and "
    "Brazil on July 1, the U.S. Trade Representative's office said.",
    "Taiwan, which accounts for about half the total, will lose duty-free "
    "status on items including electric fans, bicycles and some footwear, "
    "officials said.",
    "The annual review also granted duty-free status to cut flowers and "
    "some spices from Jamaica and the Dominican Republic, effective the "
    "same day.",
    "A trade official in Seoul said the loss would cost Korean exporters "
    "little because most of the goods already faced U.S. tariffs of under "
    "five pct.",
    "The USTR office said it was still reviewing petitions by U.S. labour "
    "groups to withdraw GSP benefits from Chile over workers' rights."), [
    *[ev("The United States will remove duty-free treatment under the Generalized System of Preferences from "
         "about 1.1 billion dlrs worth of imports from Taiwan, South Korea, Mexico and Brazil on July 1",
         "impose", "proposed", "US", c, amount=1.1e9,
         note="N10: losing GSP is impose; N8: one event per country, each with the clause's total")
      for c in ("TW", "KR", "MX", "BR")],
    ev("Taiwan, which accounts for about half the total, will lose duty-free status on items including "
       "electric fans, bicycles and some footwear", "impose", "proposed", "US", "TW",
       goods=["electric fans", "bicycles", "footwear"], note="actor from the article (USTR); target is the subject"),
    *[ev("The annual review also granted duty-free status to cut flowers and some spices from Jamaica and the "
         "Dominican Republic, effective the same day", "remove", "proposed", "US", c,
         goods=["cut flowers", "spices"], note="N10; effective July 1, after the article: proposed")
      for c in ("JM", "DO")],
    ev("most of the goods already faced U.S. tariffs of under five pct", "impose", "actual", "US", "KR",
       rate=MM(None, 5)),
    ev("it was still reviewing petitions by U.S. labour groups to withdraw GSP benefits from Chile",
       "impose", "demanded", "US", "CL",
       note="petitions (demand) under review (consideration): demand first (N11); GSP withdrawal = impose (N10)"),
]))

PROBES.append(probe("p11-87-04", "1987", "1987-10-05", "CANADA, U.S. TARIFFS TO END OVER TEN YEARS UNDER PACT", wire(
    "OTTAWA, Oct 5 - Canada and the United States would eliminate all "
    "tariffs on trade between them within ten years under the free trade "
    "agreement reached late Saturday, Canadian officials said.",
    "Some duties, including those on computers and whisky, would go on "
    "January 1, 1989, when the pact is to take effect, while tariffs on most "
    "other goods would be phased out in five or ten annual steps, the "
    "officials said.",
    "Canadian tariffs on U.S. goods now average about 10 pct, against "
    "roughly four pct for U.S. duties on Canadian goods, according to "
    "government figures.",
    "The accord leaves in place provincial liquor board markups on imported "
    "wine, which California wineries say work like a tariff, and keeps each "
    "country's anti-dumping laws.",
    "Liberal leader John Turner said the government should have insisted "
    "that Washington exempt Canadian exports from its countervailing "
    "duties, the main aim of the talks when they opened last year."), [
    *[ev("Canada and the United States would eliminate all tariffs on trade between them within ten years "
         "under the free trade agreement reached late Saturday", "remove", "proposed", a, t,
         note="N8: two actors, each removing on the other's goods")
      for a, t in (("CA", "US"), ("US", "CA"))],
    *[ev("Some duties, including those on computers and whisky, would go on January 1, 1989", "remove",
         "proposed", a, t, goods=["computers", "whisky"]) for a, t in (("CA", "US"), ("US", "CA"))],
    *[ev("tariffs on most other goods would be phased out in five or ten annual steps", "remove", "proposed",
         a, t) for a, t in (("CA", "US"), ("US", "CA"))],
    ev("Canadian tariffs on U.S. goods now average about 10 pct", "impose", "actual", "CA", "US", rate=V(10),
       note="an average is taken as the value (N14)"),
    ev("roughly four pct for U.S. duties on Canadian goods", "impose", "actual", "US", "CA", rate=V(4)),
    ev("the government should have insisted that Washington exempt Canadian exports from its countervailing "
       "duties", "exempt", "demanded", "US", "CA",
       note="Turner reports what Ottawa should have demanded; liquor markups 'like a tariff' are no event"),
]))

PROBES.append(probe("p11-87-05", "1987", "1987-11-10", "JAPAN TO CUT TARIFFS ON 100 ITEMS FROM APRIL", wire(
    "TOKYO, Nov 10 - Japan will cut import tariffs on about 100 items, "
    "including chocolate, biscuits and some processed wood products, from "
    "April 1 next year, a Finance Ministry official said.",
    "The cuts, which would reduce duty revenue by some 200 mln dlrs a year, "
    "are aimed at easing pressure from the United States and the European "
    "Community, he said.",
    "Japan cut tariffs on 143 items in 1986 under a market-opening package "
    "drawn up by Prime Minister Yasuhiro Nakasone's government.",
    "The official said the package did not address Japan's liquor tax, "
    "which a GATT panel last month found discriminated against imported "
    "whisky and brandy.",
    "Officials said Tokyo might also lower the 60 pct duty on leather shoes "
    "above its import quota, but declined to give a date.",
    "Separately, Nippon Telegraph and Telephone Corp said it would cut "
    "long-distance telephone tariffs by an average 12 pct in February."), [
    ev("Japan will cut import tariffs on about 100 items, including chocolate, biscuits and some processed "
       "wood products, from April 1 next year", "lower", "proposed", "JP", None,
       goods=["chocolate", "biscuits", "processed wood products"]),
    ev("The cuts, which would reduce duty revenue by some 200 mln dlrs a year, are aimed at easing pressure "
       "from the United States and the European Community", "lower", "proposed", "JP", None,
       note="N15: revenue is not an amount; a motive names no target"),
    ev("Japan cut tariffs on 143 items in 1986 under a market-opening package drawn up by Prime Minister "
       "Yasuhiro Nakasone's government", "lower", "actual", "JP", None),
    ev("Tokyo might also lower the 60 pct duty on leather shoes above its import quota", "lower", "considered",
       "JP", None, goods=["leather shoes"], note="N1: old level, rate null"),
]))

PROBES.append(probe("p11-87-06", "1987", "1987-05-14", "U.S. WARNS EC OVER PROPOSED OILS AND FATS TAX", wire(
    "WASHINGTON, May 14 - The United States will retaliate with higher "
    "duties on European Community goods if EC farm ministers approve a "
    "proposed tax on vegetable oils and fats, U.S. Agriculture Secretary "
    "Richard Lyng said.",
    "The tax, which would apply to home-produced and imported oils alike, "
    "would cost U.S. soybean exporters up to two billion dlrs a year, Lyng "
    "told reporters.",
    "Washington has drawn up a list of EC products, including cheese, white "
    "wine and ham, that could face duties of up to 200 pct, trade officials "
    "said.",
    "The EC Commission says the levy is needed to curb farm surpluses and "
    "denies that it breaches GATT rules.",
    "Ottawa, whose canola growers would also be hurt, said it would ask the "
    "Community to lower its import duty on rapeseed oil in compensation.",
    "In 1985 the United States imposed a 40 pct duty on EC pasta in "
    "retaliation for EC import preferences for Mediterranean citrus."), [
    ev("The United States will retaliate with higher duties on European Community goods if EC farm "
       "ministers approve a proposed tax on vegetable oils and fats", "raise", "threatened", "US", "EU",
       ret=True, note="the oils-and-fats tax and 'the levy' are a domestic tax: no event"),
    ev("Washington has drawn up a list of EC products, including cheese, white wine and ham, that could face "
       "duties of up to 200 pct", "impose", "threatened", "US", "EU", rate=MM(None, 200),
       goods=["cheese", "white wine", "ham"],
       note="'could face' inside the retaliation threat of the article: threatened, not considered; "
            "retaliation false (not in this sentence)"),
    ev("Ottawa, whose canola growers would also be hurt, said it would ask the Community to lower its import "
       "duty on rapeseed oil in compensation", "lower", "demanded", "EU", "CA", goods=["rapeseed oil"],
       note="target from the asking party's goods, like 'Manila's request for lower tariffs on coconut oil'"),
    ev("In 1985 the United States imposed a 40 pct duty on EC pasta in retaliation for EC import preferences "
       "for Mediterranean citrus", "impose", "actual", "US", "EU", rate=V(40), goods=["pasta"], ret=True),
]))

PROBES.append(probe("p11-87-07", "1987", "1987-06-20", "SOUTH KOREA TO CUT TARIFFS ON 600 ITEMS", wire(
    "SEOUL, June 20 - South Korea will lower import tariffs on 600 items, "
    "including cosmetics, colour film and golf equipment, from July 1 in a "
    "bid to trim its trade surplus with the United States, the Finance "
    "Ministry said.",
    "Average tariff rates on the items will fall to 19.9 pct from 23.4 pct, "
    "it said. Seoul cut duties on some 300 items in January.",
    "The ministry said it was also studying a U.S. request to scrap the 40 "
    "pct duty on American cigarettes but gave no timetable.",
    "U.S. cigarette makers have asked Washington to retaliate under Section "
    "301 of the trade law if Seoul does not open its market.",
    "Separately, the state-run Korea Electric Power Corp said it would raise "
    "industrial power tariffs by 3.5 pct from August."), [
    ev("South Korea will lower import tariffs on 600 items, including cosmetics, colour film and golf "
       "equipment, from July 1 in a bid to trim its trade surplus with the United States", "lower", "proposed",
       "KR", None, goods=["cosmetics", "colour film", "golf equipment"], note="a motive makes no target"),
    ev("Average tariff rates on the items will fall to 19.9 pct from 23.4 pct", "lower", "proposed", "KR", None,
       rate=FT(23.4, 19.9)),
    ev("Seoul cut duties on some 300 items in January", "lower", "actual", "KR", None),
    ev("it was also studying a U.S. request to scrap the 40 pct duty on American cigarettes", "remove",
       "demanded", "KR", "US", goods=["cigarettes"], note="N11 and N1"),
]))

PROBES.append(probe("p11-87-08", "1987", "1987-01-12", "U.S. SETS DUMPING DUTIES ON FLOWERS FROM THREE NATIONS", wire(
    "WASHINGTON, Jan 12 - The Commerce Department imposed preliminary "
    "anti-dumping duties of between 3.6 pct and 21.2 pct on fresh cut "
    "flowers from Colombia, Ecuador and Kenya, saying they were sold in the "
    "United States below fair value.",
    "A final ruling is due in March, and duties on Dutch and Mexican roses, "
    "carnations and pompons could follow in a separate case, department "
    "officials said.",
    "The Colombian growers' association Asocolflores said it would ask the "
    "U.S. Court of International Trade to overturn the duties.",
    "Colombia ships about 300 mln dlrs of flowers a year to the United "
    "States, mostly through Miami, where airlines have raised their cargo "
    "tariffs twice since September."), [
    *[ev("The Commerce Department imposed preliminary anti-dumping duties of between 3.6 pct and 21.2 pct on "
         "fresh cut flowers from Colombia, Ecuador and Kenya", "impose", "actual", "US", c, rate=MM(3.6, 21.2),
         goods=["fresh cut flowers"]) for c in ("CO", "EC", "KE")],
    *[ev("duties on Dutch and Mexican roses, carnations and pompons could follow in a separate case", "impose",
         "considered", "US", c, goods=["roses", "carnations", "pompons"]) for c in ("NL", "MX")],
    ev("The Colombian growers' association Asocolflores said it would ask the U.S. Court of International "
       "Trade to overturn the duties", "remove", "demanded", "US", "CO", goods=["fresh cut flowers"],
       note="'overturn' = remove; the 300 mln dlrs of flower trade is not the event's amount"),
]))

PROBES.append(probe("p11-87-09", "1987", "1987-05-20", "AUSTRALIA TO CUT CAR TARIFF TO 45 PCT", wire(
    "CANBERRA, May 20 - Australia will cut its tariff on imported passenger "
    "cars to 45 pct from 57.5 pct in steps over the next five years, "
    "Industry Minister John Button said in a statement.",
    "Button rejected calls from the Federal Chamber of Automotive Industries "
    "to hold the duty at 57.5 pct until 1990.",
    "Tariffs on textiles, clothing and footwear, which range as high as 140 "
    "pct, are under a separate review.",
    "New Zealand, which is negotiating closer trade ties with Canberra, has "
    "said it would match any Australian cut in car tariffs.",
    "Victoria's State Electricity Commission said separately that "
    "industrial power tariffs would rise six pct on July 1."), [
    ev("Australia will cut its tariff on imported passenger cars to 45 pct from 57.5 pct in steps over the "
       "next five years", "lower", "proposed", "AU", None, rate=FT(57.5, 45), goods=["passenger cars"]),
    ev("calls from the Federal Chamber of Automotive Industries to hold the duty at 57.5 pct until 1990",
       "impose", "demanded", "AU", None, rate=V(57.5), goods=["passenger cars"], note="N12"),
    ev("Tariffs on textiles, clothing and footwear, which range as high as 140 pct", "impose", "actual", "AU",
       None, rate=MM(None, 140), goods=["textiles", "clothing", "footwear"],
       note="'under a separate review' has no direction; the in-force tariff with its spec is the event"),
    ev("New Zealand, which is negotiating closer trade ties with Canberra, has said it would match any "
       "Australian cut in car tariffs", "lower", "proposed", "NZ", None, goods=["cars"], note="N17"),
]))

PROBES.append(probe("p11-87-10", "1987", "1987-11-14", "REAGAN MOVES TOWARD SANCTIONS ON BRAZIL OVER COMPUTERS", wire(
    "WASHINGTON, Nov 14 - President Reagan said he intends to raise duties "
    "on up to 105 mln dlrs worth of Brazilian exports in retaliation for "
    "Brazil's restrictions on U.S. computer and software sales.",
    "A list of Brazilian goods that could face the higher duties, possibly "
    "including shoes, orange juice and small aircraft, will be published "
    "within weeks and hearings held in December, the White House said.",
    "Brazil's Foreign Ministry said in Brasilia it would respond with duties "
    "on U.S. goods if Washington went ahead.",
    "Commerce Secretary C. William Verity said Washington would drop the "
    "proposed duties if Brasilia eased its informatics law.",
    "Brazilian exporters also face a 25 pct freight surcharge on shipments "
    "to U.S. ports from January, shipping conference officials said."), [
    ev("President Reagan said he intends to raise duties on up to 105 mln dlrs worth of Brazilian exports in "
       "retaliation for Brazil's restrictions on U.S. computer and software sales", "raise", "proposed", "US",
       "BR", amount=105e6, ret=True, note="statement of intent: proposed"),
    ev("Brazilian goods that could face the higher duties, possibly including shoes, orange juice and small "
       "aircraft", "raise", "considered", "US", "BR", goods=["shoes", "orange juice", "small aircraft"],
       note="the goods may or may not be listed: considered"),
    ev("Brazil's Foreign Ministry said in Brasilia it would respond with duties on U.S. goods if Washington "
       "went ahead", "impose", "threatened", "BR", "US", ret=True),
    ev("Washington would drop the proposed duties if Brasilia eased its informatics law", "remove", "proposed",
       "US", "BR", note="conditional offer to remove: proposed"),
]))

# ---------------------------------------------------------------- 2016 --

PROBES.append(probe("p11-16-01", "2016", "2016-10-01", "Trump vows 35 percent tax on Mexican-built cars at Michigan rally",
    "NOVI, Mich. — Donald Trump told a packed rally here Friday night that automakers building plants in "
    "Mexico would pay a 35 percent tax on every car they ship back across the border, renewing a pledge he "
    "has made since the primaries. He singled out Ford Motor Co., which plans to move its small-car "
    "production to Mexico, saying its cars would face the tax \"when they come in.\" Trump did not say how "
    "the tax would be collected, and trade lawyers note that cars built in Mexico now enter the United "
    "States duty-free under the North American Free Trade Agreement. Mexico's economy minister, Ildefonso "
    "Guajardo, said last month that Mexico would answer any U.S. tariff with duties of its own. Earlier "
    "Friday, Trump's running mate, Indiana Gov. Mike Pence, told reporters in Ohio that a Trump "
    "administration would use tariffs only \"as a last resort\" against countries that cheat. Trump also "
    "repeated his promise to cut the corporate tax rate to 15 percent.", [
    ev("automakers building plants in Mexico would pay a 35 percent tax on every car they ship back across "
       "the border", "impose", "proposed", "US", "MX", rate=V(35), goods=["car"],
       note="N2: an import tax is a tariff; actor US (Trump's plan)"),
    ev("its cars would face the tax", "impose", "proposed", "US", "MX", goods=["cars"],
       note="restatement with its own goods (Ford's cars from Mexico)"),
    ev("cars built in Mexico now enter the United States duty-free under the North American Free Trade "
       "Agreement", "remove", "actual", "US", "MX", goods=["cars"], note="N10"),
    ev("Mexico would answer any U.S. tariff with duties of its own", "impose", "threatened", "MX", "US",
       ret=True, note="N6: 'any U.S. tariff' is the hypothetical trigger; Pence's line is N3 (tool talk)"),
]))

PROBES.append(probe("p11-16-02", "2016", "2016-09-19", "Study: Trump trade plan could cost 4.8 million jobs",
    "WASHINGTON — A trade war set off by Donald Trump's proposed tariffs on Chinese and Mexican goods could "
    "push the U.S. economy into recession by 2019 and cost nearly 4.8 million private-sector jobs, "
    "according to a study released Monday by the Peterson Institute for International Economics. The "
    "study's authors modeled a 45 percent tariff on imports from China and a 35 percent tariff on imports "
    "from Mexico, the levels Trump has floated on the campaign trail, and assumed both countries would "
    "respond in kind. In a milder scenario, Beijing hits back only with tariffs on U.S. aircraft, soybeans "
    "and corn, and the job losses are smaller but still significant. Trump's senior policy adviser, Peter "
    "Navarro, dismissed the study as \"fatally flawed,\" arguing that the tariffs were a negotiating threat "
    "that would rarely need to be used. Clinton's running mate, Tim Kaine, told reporters that Trump's "
    "tariffs on China would amount to a tax on every family that shops at Walmart. The study did not "
    "examine Clinton's own plans, which include a 4 percent surcharge on incomes above $5 million.", [
    *[ev("Donald Trump's proposed tariffs on Chinese and Mexican goods", "impose", "proposed", "US", c)
      for c in ("CN", "MX")],
    ev("The study's authors modeled a 45 percent tariff on imports from China and a 35 percent tariff on "
       "imports from Mexico, the levels Trump has floated on the campaign trail", "impose", "proposed", "US",
       "CN", rate=V(45), note="N4"),
    ev("The study's authors modeled a 45 percent tariff on imports from China and a 35 percent tariff on "
       "imports from Mexico, the levels Trump has floated on the campaign trail", "impose", "proposed", "US",
       "MX", rate=V(35), note="N4, tranche"),
    ev("Beijing hits back only with tariffs on U.S. aircraft, soybeans and corn", "impose", "considered", "CN",
       "US", goods=["aircraft", "soybeans", "corn"], ret=True, note="N4: a study's scenario"),
    *[ev("the tariffs were a negotiating threat that would rarely need to be used", "impose", "threatened",
         "US", c, note="N5") for c in ("CN", "MX")],
    ev("Trump's tariffs on China would amount to a tax on every family that shops at Walmart", "impose",
       "proposed", "US", "CN", note="N3; the income surcharge is a domestic tax (N16)"),
]))

PROBES.append(probe("p11-16-03", "2016", "2016-04-22", "Clinton courts steel towns as Sanders hammers trade pact",
    "PITTSBURGH — Hillary Clinton, campaigning in the Monongahela Valley days before Pennsylvania's "
    "primary, said Thursday that as president she would press the Commerce Department to impose the "
    "toughest possible duties on steel that China dumps on world markets. The department in March set "
    "preliminary anti-dumping duties of up to 266 percent on cold-rolled steel from China, one of a string "
    "of cases brought by U.S. mills, and the United Steelworkers union has asked the Obama administration "
    "to extend the duties to corrosion-resistant steel from China and India. Bernie Sanders, who has made "
    "his opposition to the Trans-Pacific Partnership central to his campaign, said at a rally in Erie that "
    "the pact would cut tariffs on Vietnamese and Malaysian goods while doing nothing to stop currency "
    "manipulation. Neither Democrat has endorsed Donald Trump's proposed 45 percent tariff on Chinese "
    "imports, which Clinton on Thursday called \"a recipe for a trade war.\" Pennsylvania lawmakers, "
    "meanwhile, are again debating a severance tax on natural gas drillers.", [
    ev("as president she would press the Commerce Department to impose the toughest possible duties on "
       "steel that China dumps on world markets", "impose", "proposed", "US", "CN", goods=["steel"],
       note="N2: a candidate's intent for her own future agency: proposed, not demanded"),
    ev("The department in March set preliminary anti-dumping duties of up to 266 percent on cold-rolled "
       "steel from China", "impose", "actual", "US", "CN", rate=MM(None, 266), goods=["cold-rolled steel"]),
    *[ev("the United Steelworkers union has asked the Obama administration to extend the duties to "
         "corrosion-resistant steel from China and India", "impose", "demanded", "US", c,
         goods=["corrosion-resistant steel"]) for c in ("CN", "IN")],
    *[ev("the pact would cut tariffs on Vietnamese and Malaysian goods", "lower", "proposed", "US", c,
         note="TPP signed, not in force; reported claim of an opponent") for c in ("VN", "MY")],
    ev("Donald Trump's proposed 45 percent tariff on Chinese imports", "impose", "proposed", "US", "CN",
       rate=V(45), note="'Neither Democrat has endorsed' does not negate the measure"),
]))

PROBES.append(probe("p11-16-04", "2016", "2016-03-11", "Trump hedges on 45 percent China tariff in Miami debate",
    "MIAMI — Donald Trump on Thursday night appeared to soften his proposal for a 45 percent tariff on "
    "Chinese goods, telling the debate audience at the University of Miami that the figure was meant as a "
    "threat and that the actual tariff might be 15 or 35 percent depending on how Beijing behaved. Sen. "
    "Ted Cruz said the tariff would be paid by American consumers, and Sen. Marco Rubio said Trump's "
    "tariff would start a trade war that would hurt Florida's farmers and ports. Ohio Gov. John Kasich "
    "said he would take China to the World Trade Organization rather than impose tariffs. Trump, who won "
    "the Michigan and Mississippi primaries on Tuesday, has also said he would levy a 35 percent tariff on "
    "goods from companies that move jobs to Mexico. Florida votes on Tuesday.", [
    ev("Donald Trump on Thursday night appeared to soften his proposal for a 45 percent tariff on Chinese "
       "goods", "impose", "proposed", "US", "CN", rate=V(45), note="'soften' has no direction"),
    ev("the actual tariff might be 15 or 35 percent depending on how Beijing behaved", "impose", "threatened",
       "US", "CN", rate=MM(15, 35), note="N2 (condition on the target) and N14"),
    ev("Trump's tariff would start a trade war that would hurt Florida's farmers and ports", "impose",
       "proposed", "US", "CN", note="N3; Cruz's 'the tariff would be paid' is bare; Kasich's is negated"),
    ev("he would levy a 35 percent tariff on goods from companies that move jobs to Mexico", "impose",
       "proposed", "US", "MX", rate=V(35)),
]))

PROBES.append(probe("p11-16-05", "2016", "2016-11-15", "China warns Trump over tariff threat",
    "BEIJING — A Chinese state-run newspaper warned President-elect Donald Trump on Monday that Beijing "
    "would hit back if he followed through on his campaign threat to slap a 45 percent tariff on Chinese "
    "goods, saying sales of U.S. soybeans and corn in China could be halted. China's Commerce Ministry, "
    "asked about the editorial, said any U.S. duties on Chinese products would violate World Trade "
    "Organization rules. Trump's transition team did not respond; during the campaign he said he would "
    "use the tariff only if China refused to stop manipulating its currency. Analysts at Nomura estimated "
    "that a 45 percent duty would cut China's exports to the United States by as much as 87 percent. In a "
    "separate statement, China's Finance Ministry said it would cut import tariffs on some consumer goods, "
    "including cosmetics and baby formula, from Jan. 1.", [
    ev("his campaign threat to slap a 45 percent tariff on Chinese goods", "impose", "threatened", "US", "CN",
       rate=V(45), note="N2: the article calls the plan a threat"),
    ev("any U.S. duties on Chinese products would violate World Trade Organization rules", "impose",
       "threatened", "US", "CN", note="N2: restatement keeps the threatened modality"),
    ev("he would use the tariff only if China refused to stop manipulating its currency", "impose",
       "threatened", "US", "CN"),
    ev("a 45 percent duty would cut China's exports to the United States by as much as 87 percent", "impose",
       "threatened", "US", "CN", rate=V(45), note="N2; 87 percent is an effect"),
    ev("China's Finance Ministry said it would cut import tariffs on some consumer goods, including cosmetics "
       "and baby formula, from Jan. 1", "lower", "proposed", "CN", None, goods=["cosmetics", "baby formula"]),
]))

PROBES.append(probe("p11-16-06", "2016", "2016-06-29", "Trump lays out trade plan at Pennsylvania scrap plant",
    "MONESSEN, Pa. — Standing before stacks of compressed scrap aluminum at a recycling plant, Donald Trump "
    "on Tuesday laid out a seven-point trade plan that he said would bring back manufacturing jobs, "
    "including a pledge to apply tariffs if China does not stop what he called its illegal trade practices. "
    "Trump said he would use Sections 201 and 301 of U.S. trade law, which allow a president to impose "
    "duties on imports that injure domestic industries, and would direct his commerce secretary to list "
    "every violation of trade agreements. The U.S. Chamber of Commerce, in a rare rebuke of the presumptive "
    "Republican nominee, said that under Trump's plans, tariffs on imports from China and Mexico would raise "
    "prices for American consumers. Aides said the 45 percent figure, which Trump did not repeat on "
    "Tuesday, remained an option. Allegheny Technologies, the specialty metals maker based nearby, asked "
    "the Commerce Department in February for anti-dumping duties on stainless steel sheet from China.", [
    ev("a pledge to apply tariffs if China does not stop what he called its illegal trade practices",
       "impose", "threatened", "US", "CN", note="N2: condition on the target"),
    *[ev("under Trump's plans, tariffs on imports from China and Mexico would raise prices for American "
         "consumers", "impose", "proposed", "US", c, note="N3") for c in ("CN", "MX")],
    ev("the 45 percent figure, which Trump did not repeat on Tuesday, remained an option", "impose",
       "considered", "US", "CN", rate=V(45), note="N13: elliptical; 'remained an option' = considered"),
    ev("Allegheny Technologies, the specialty metals maker based nearby, asked the Commerce Department in "
       "February for anti-dumping duties on stainless steel sheet from China", "impose", "demanded", "US",
       "CN", goods=["stainless steel sheet"]),
]))

PROBES.append(probe("p11-16-07", "2016", "2016-10-21", "Canada quietly plans for a Trump trade shock",
    "OTTAWA — Canadian trade officials are quietly drawing up contingency plans in case a President Donald "
    "Trump tears up the North American Free Trade Agreement, a step that would expose Canadian cars, steel "
    "and aluminum to U.S. duties for the first time in decades, according to two people familiar with the "
    "work. A one-year truce on softwood lumber ended last week, and U.S. producers are expected to ask the "
    "Commerce Department to impose countervailing duties on Canadian lumber as soon as next month. Under "
    "the old lumber deal, Canada collected an export tax of up to 15 percent on lumber shipped south when "
    "prices fell. Trump has said he would impose a 35 percent tariff on Mexican-made goods of companies "
    "that leave the United States, but he has said little about Canada, and Hillary Clinton has said she "
    "would enforce existing trade rules. Trade Minister Chrystia Freeland said Canada would consider duties "
    "on U.S. goods only as a last resort.", [
    ev("a step that would expose Canadian cars, steel and aluminum to U.S. duties for the first time in "
       "decades", "impose", "considered", "US", "CA", goods=["cars", "steel", "aluminum"],
       note="a possible consequence of a possible act of the actor, not a condition on the target: considered"),
    ev("U.S. producers are expected to ask the Commerce Department to impose countervailing duties on "
       "Canadian lumber as soon as next month", "impose", "demanded", "US", "CA", goods=["lumber"],
       note="N11: an expected demand; demand before consideration. Canada's export tax: no event"),
    ev("he would impose a 35 percent tariff on Mexican-made goods of companies that leave the United States",
       "impose", "proposed", "US", "MX", rate=V(35)),
    ev("Canada would consider duties on U.S. goods only as a last resort", "impose", "considered", "CA", "US",
       note="no stated response to a US measure: retaliation false"),
]))

PROBES.append(probe("p11-16-08", "2016", "2016-08-12", "Clinton answers Trump's Detroit speech with 'exit tax'",
    "WARREN, Mich. — Hillary Clinton on Thursday proposed an \"exit tax\" on companies that move their "
    "headquarters overseas to dodge U.S. taxes, answering Donald Trump's economic speech in Detroit earlier "
    "in the week point by point. Trump in Detroit on Monday proposed a 15 percent business tax rate and a "
    "one-time 10 percent tax on corporate profits held overseas, while repeating that he would put tariffs "
    "on products from companies that relocate factories to Mexico. The Detroit speech did not mention his "
    "45 percent figure for China, and an aide said the candidate now speaks of tariffs as leverage rather "
    "than as policy. Clinton derided that approach, saying a 45 percent tariff on Chinese goods would be a "
    "tax on every American family and that China would retaliate against American farmers. She praised "
    "the Obama administration for raising anti-dumping duties on Chinese cold-rolled steel to 522 percent "
    "in May and said she would appoint a chief trade prosecutor.", [
    ev("he would put tariffs on products from companies that relocate factories to Mexico", "impose",
       "proposed", "US", "MX", note="exit tax, business tax rate, tax on profits: domestic (N16)"),
    ev("a 45 percent tariff on Chinese goods would be a tax on every American family", "impose", "proposed",
       "US", "CN", rate=V(45),
       note="N3; 'did not mention his 45 percent figure' and 'speaks of tariffs as leverage' are no events (N12, N3)"),
    ev("the Obama administration for raising anti-dumping duties on Chinese cold-rolled steel to 522 percent "
       "in May", "raise", "actual", "US", "CN", rate=V(522), goods=["cold-rolled steel"]),
]))

PROBES.append(probe("p11-16-09", "2016", "2016-10-05", "Iowa soybean growers fret over Trump's China tariff",
    "DES MOINES, Iowa — Soybean growers who turned out for Donald Trump's rally at the state fairgrounds "
    "have a worry they rarely voice in public: that China, which buys about a quarter of the U.S. crop, "
    "would answer a Trump tariff with duties of its own on American beans. Trump has proposed a 45 percent "
    "tariff on Chinese imports, though he told a radio host this summer that the rate was negotiable. "
    "Beijing already charges a 3 percent duty on imported soybeans, and last week it slapped anti-dumping "
    "duties on U.S. distillers' dried grains, a feed made from corn. Iowa Gov. Terry Branstad, a longtime "
    "friend of Chinese President Xi Jinping, has urged Trump to drop the tariff idea. Grain shippers also "
    "complain that BNSF Railway raised its published freight tariffs for corn and soybeans this fall.", [
    ev("China, which buys about a quarter of the U.S. crop, would answer a Trump tariff with duties of its "
       "own on American beans", "impose", "considered", "CN", "US", goods=["beans"], ret=True,
       note="N4/N6: a feared response; 'a Trump tariff' is its trigger"),
    ev("Trump has proposed a 45 percent tariff on Chinese imports", "impose", "proposed", "US", "CN", rate=V(45)),
    ev("Beijing already charges a 3 percent duty on imported soybeans", "impose", "actual", "CN", None,
       rate=V(3), goods=["soybeans"], note="on all imports: target null"),
    ev("last week it slapped anti-dumping duties on U.S. distillers' dried grains", "impose", "actual", "CN",
       "US", goods=["distillers' dried grains"]),
    ev("Iowa Gov. Terry Branstad, a longtime friend of Chinese President Xi Jinping, has urged Trump to drop "
       "the tariff idea", "remove", "demanded", "US", "CN", note="freight tariffs: no event"),
]))

PROBES.append(probe("p11-16-10", "2016", "2016-09-27", "Fact check: Trump, Mexico's VAT and NAFTA",
    "HEMPSTEAD, N.Y. — Donald Trump claimed during Monday's debate that Mexico's 16 percent value-added tax "
    "works like a tariff on American goods, but economists say the tax is charged equally on goods made in "
    "Mexico and on imports. Trump repeated his pledge to tax cars that Ford builds in Mexico when they come "
    "into the United States. Hillary Clinton said his approach would start a trade war, and accused him of "
    "using Chinese steel in his hotels. Under NAFTA, most U.S. goods enter Mexico duty-free, and Mexican "
    "goods enter the United States free of duty as well. The tariff Trump has floated for Mexican goods, 35 "
    "percent, would be 14 times the 2.5 percent duty the United States charged on Mexican cars before NAFTA "
    "took effect.", [
    ev("Trump repeated his pledge to tax cars that Ford builds in Mexico when they come into the United "
       "States", "impose", "proposed", "US", "MX", goods=["cars"],
       note="import tax = tariff; the VAT 'like a tariff' is a domestic tax (N16)"),
    ev("most U.S. goods enter Mexico duty-free", "remove", "actual", "MX", "US", note="N10"),
    ev("Mexican goods enter the United States free of duty as well", "remove", "actual", "US", "MX",
       note="N10"),
    ev("The tariff Trump has floated for Mexican goods, 35 percent", "impose", "proposed", "US", "MX",
       rate=V(35)),
    ev("the 2.5 percent duty the United States charged on Mexican cars before NAFTA took effect", "impose",
       "actual", "US", "MX", rate=V(2.5), goods=["cars"],
       note="a comparison, but with its own subject and verb asserting a past measure: coded"),
]))

# ---------------------------------------------------------------- 2018 --

PROBES.append(probe("p11-18-01", "2018", "2018-08-15", "Turkey doubles tariffs on U.S. cars, alcohol, tobacco",
    "ANKARA (Reuters) - Turkey doubled tariffs on some imports from the United States on Wednesday, "
    "including passenger cars, alcohol and leaf tobacco, in retaliation for Washington's move to double "
    "duties on Turkish steel and aluminum. Duties on passenger cars rose to 120 percent, on alcoholic drinks "
    "to 140 percent and on leaf tobacco to 60 percent, according to a decree signed by President Tayyip "
    "Erdogan and published in the Official Gazette. Vice President Fuat Oktay said on Twitter the increases "
    "were a response to deliberate attacks on the Turkish economy. The U.S. tariffs of 50 percent on "
    "Turkish steel and 20 percent on aluminum took effect on Monday. Turkey's energy regulator separately "
    "raised electricity tariffs for industrial users by 14 percent this month. The lira has lost about 40 "
    "percent of its value against the dollar this year.", [
    ev("Turkey doubled tariffs on some imports from the United States on Wednesday, including passenger cars, "
       "alcohol and leaf tobacco", "raise", "actual", "TR", "US",
       goods=["passenger cars", "alcohol", "leaf tobacco"], ret=True),
    ev("Washington's move to double duties on Turkish steel and aluminum", "raise", "actual", "US", "TR",
       goods=["steel", "aluminum"], note="in force since Monday"),
    ev("Duties on passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco "
       "to 60 percent", "raise", "actual", "TR", "US", rate=V(120), goods=["passenger cars"]),
    ev("Duties on passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco "
       "to 60 percent", "raise", "actual", "TR", "US", rate=V(140), goods=["alcoholic drinks"]),
    ev("Duties on passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco "
       "to 60 percent", "raise", "actual", "TR", "US", rate=V(60), goods=["leaf tobacco"]),
    ev("the increases were a response to deliberate attacks on the Turkish economy", "raise", "actual", "TR",
       "US", ret=True),
    ev("The U.S. tariffs of 50 percent on Turkish steel and 20 percent on aluminum took effect on Monday",
       "impose", "actual", "US", "TR", rate=V(50), goods=["steel"]),
    ev("The U.S. tariffs of 50 percent on Turkish steel and 20 percent on aluminum took effect on Monday",
       "impose", "actual", "US", "TR", rate=V(20), goods=["aluminum"], note="electricity tariffs: no event"),
]))

PROBES.append(probe("p11-18-02", "2018", "2018-08-03", "India again delays retaliatory tariffs on U.S. goods",
    "NEW DELHI (Reuters) - India has again put off higher import duties on 29 U.S. products, including "
    "almonds, walnuts and apples, pushing the start date to Sept. 18 as the two countries try to settle a "
    "dispute over U.S. steel and aluminum tariffs, a government notification showed on Friday. The duties, "
    "first notified to the World Trade Organization in June as retaliation for the U.S. measures, would "
    "raise levies on chickpeas and lentils to 70 percent and on some steel products by as much as 50 "
    "percent, officials said. India had sought an exemption from the U.S. steel and aluminum duties, which "
    "it says hit about $241 million of its exports. Washington has also challenged India's planned duties "
    "at the WTO, arguing they are not a legitimate response to a national security measure. Almond "
    "importers in Mumbai said the increase, on top of a 12 percent goods and services tax, would push "
    "retail prices up sharply.", [
    ev("India has again put off higher import duties on 29 U.S. products, including almonds, walnuts and "
       "apples, pushing the start date to Sept. 18", "raise", "proposed", "IN", "US",
       goods=["almonds", "walnuts", "apples"], note="N9: postponed, still planned"),
    ev("U.S. steel and aluminum tariffs", "impose", "actual", "US", None, goods=["steel", "aluminum"],
       note="N7: no origin named, target null"),
    ev("The duties, first notified to the World Trade Organization in June as retaliation for the U.S. "
       "measures, would raise levies on chickpeas and lentils to 70 percent and on some steel products by as "
       "much as 50 percent", "raise", "proposed", "IN", "US", rate=V(70), goods=["chickpeas", "lentils"],
       ret=True),
    ev("The duties, first notified to the World Trade Organization in June as retaliation for the U.S. "
       "measures, would raise levies on chickpeas and lentils to 70 percent and on some steel products by as "
       "much as 50 percent", "raise", "proposed", "IN", "US", goods=["steel products"], ret=True,
       note="N14: 'by as much as 50 percent' is the size of the change: rate null"),
    ev("India had sought an exemption from the U.S. steel and aluminum duties, which it says hit about $241 "
       "million of its exports", "exempt", "demanded", "US", "IN", amount=241e6, goods=["steel", "aluminum"],
       note="N15"),
    ev("Washington has also challenged India's planned duties at the WTO", "impose", "proposed", "IN", "US",
       note="wording 'duties' (no change word): impose"),
    ev("the increase, on top of a 12 percent goods and services tax, would push retail prices up sharply",
       "raise", "proposed", "IN", "US",
       note="elliptical: 'the increase' stands for India's higher duty; the GST is domestic"),
]))

PROBES.append(probe("p11-18-03", "2018", "2018-06-21", "U.S. grants first exclusions from steel tariffs",
    "WASHINGTON (Bloomberg) -- The Commerce Department granted its first exclusions from President Donald "
    "Trump's steel tariffs on Wednesday, letting a handful of U.S. companies import specialty steel strip "
    "and wire from Sweden, Japan and Germany without paying the 25 percent duty. The department denied 56 "
    "other requests and said it would rule on more than 20,000 pending applications in coming months. Mid "
    "Continent Steel & Wire, a Missouri nail maker that says the tariffs have cut its orders by half, is "
    "still waiting to learn whether its Mexican wire rod can be brought in duty-free. Steel from Canada, "
    "Mexico and the European Union has been subject to the tariffs since June 1. South Korea, Argentina, "
    "Brazil and Australia remain exempt after agreeing to quotas or, in Australia's case, without "
    "conditions.", [
    *[ev("The Commerce Department granted its first exclusions from President Donald Trump's steel tariffs on "
         "Wednesday, letting a handful of U.S. companies import specialty steel strip and wire from Sweden, "
         "Japan and Germany without paying the 25 percent duty", "exempt", "actual", "US", c,
         goods=["specialty steel strip", "wire"], note="N1, N8") for c in ("SE", "JP", "DE")],
    ev("is still waiting to learn whether its Mexican wire rod can be brought in duty-free", "exempt",
       "considered", "US", "MX", goods=["wire rod"],
       note="N11; 'the tariffs have cut its orders' is bare; 'denied 56 other requests' has no tariff word"),
    *[ev("Steel from Canada, Mexico and the European Union has been subject to the tariffs since June 1",
         "impose", "actual", "US", c, goods=["steel"]) for c in ("CA", "MX", "EU")],
    *[ev("South Korea, Argentina, Brazil and Australia remain exempt after agreeing to quotas or, in "
         "Australia's case, without conditions", "exempt", "actual", "US", c, note="N8: elliptical")
      for c in ("KR", "AR", "BR", "AU")],
]))

PROBES.append(probe("p11-18-04", "2018", "2018-06-29", "Canada confirms C$16.6 billion in counter-tariffs from Sunday",
    "OTTAWA (Reuters) - Canada will slap retaliatory tariffs on C$16.6 billion ($12.6 billion) worth of U.S. "
    "goods from Sunday, Foreign Minister Chrystia Freeland said on Friday, confirming a final list that runs "
    "from steel coils to ketchup, maple syrup and sleeping bags. Steel and aluminum products will face a 25 "
    "percent duty, and a 10 percent levy will apply to the remaining items, which include yogurt, whisky, "
    "coffee and lawn mowers. The measures answer U.S. tariffs on Canadian steel and aluminum that took "
    "effect on June 1. Freeland said Ottawa would lift its tariffs as soon as Washington dropped its own, "
    "but President Donald Trump has threatened to hit Canadian-made cars with duties if the dispute "
    "escalates. Canada's central bank is expected to raise interest rates next month.", [
    ev("Canada will slap retaliatory tariffs on C$16.6 billion ($12.6 billion) worth of U.S. goods from "
       "Sunday", "impose", "proposed", "CA", "US", amount=(16.6e9, "CAD"),
       goods=["steel coils", "ketchup", "maple syrup", "sleeping bags"], ret=True,
       note="N9: from Sunday, written Friday; N15: CAD as written first"),
    ev("Steel and aluminum products will face a 25 percent duty", "impose", "proposed", "CA", "US", rate=V(25),
       goods=["steel and aluminum products"]),
    ev("a 10 percent levy will apply to the remaining items, which include yogurt, whisky, coffee and lawn "
       "mowers", "impose", "proposed", "CA", "US", rate=V(10),
       goods=["yogurt", "whisky", "coffee", "lawn mowers"]),
    ev("U.S. tariffs on Canadian steel and aluminum that took effect on June 1", "impose", "actual", "US", "CA",
       goods=["steel", "aluminum"], note="'The measures' is a generic measure word (N13)"),
    ev("Ottawa would lift its tariffs", "remove", "proposed", "CA", "US", note="N17: conditional offer"),
    ev("as soon as Washington dropped its own", "remove", "demanded", "US", "CA", note="N6"),
    ev("President Donald Trump has threatened to hit Canadian-made cars with duties if the dispute escalates",
       "impose", "threatened", "US", "CA", goods=["cars"]),
]))

PROBES.append(probe("p11-18-05", "2018", "2018-06-05", "Mexico hits U.S. pork, cheese, bourbon with tariffs",
    "MEXICO CITY (AP) — Mexico put tariffs of up to 25 percent on U.S. pork, apples, potatoes, bourbon and "
    "a range of steel products on Tuesday, hitting back at the Trump administration's duties on Mexican "
    "steel and aluminum. The Economy Ministry's decree, published in the official gazette, sets a 20 "
    "percent duty on pork legs and shoulders, a 20 percent to 25 percent duty on several cheeses and 25 "
    "percent on bourbon. The measures cover about $3 billion in U.S. exports, the ministry said. Pork "
    "importers said the duty would likely push up the price of the ham used in tortas, Mexico's popular "
    "sandwiches. U.S. pork producers, who sold $1.5 billion worth of pork to Mexico last year, urged "
    "Washington to drop its steel tariffs on Mexico to end the fight.", [
    ev("Mexico put tariffs of up to 25 percent on U.S. pork, apples, potatoes, bourbon and a range of steel "
       "products on Tuesday", "impose", "actual", "MX", "US", rate=MM(None, 25),
       goods=["pork", "apples", "potatoes", "bourbon", "steel products"], ret=True),
    ev("the Trump administration's duties on Mexican steel and aluminum", "impose", "actual", "US", "MX",
       goods=["steel", "aluminum"]),
    ev("The Economy Ministry's decree, published in the official gazette, sets a 20 percent duty on pork legs "
       "and shoulders, a 20 percent to 25 percent duty on several cheeses and 25 percent on bourbon",
       "impose", "actual", "MX", "US", rate=V(20), goods=["pork legs and shoulders"], note="N9"),
    ev("The Economy Ministry's decree, published in the official gazette, sets a 20 percent duty on pork legs "
       "and shoulders, a 20 percent to 25 percent duty on several cheeses and 25 percent on bourbon",
       "impose", "actual", "MX", "US", rate=MM(20, 25), goods=["cheeses"]),
    ev("The Economy Ministry's decree, published in the official gazette, sets a 20 percent duty on pork legs "
       "and shoulders, a 20 percent to 25 percent duty on several cheeses and 25 percent on bourbon",
       "impose", "actual", "MX", "US", rate=V(25), goods=["bourbon"],
       note="'The measures cover about $3 billion' is a measure word; 'the duty would likely push up' is bare"),
    ev("U.S. pork producers, who sold $1.5 billion worth of pork to Mexico last year, urged Washington to "
       "drop its steel tariffs on Mexico to end the fight", "remove", "demanded", "US", "MX", goods=["steel"],
       note="the $1.5 billion is the producers' sales, not the goods covered"),
]))

PROBES.append(probe("p11-18-06", "2018", "2018-07-18", "EU to impose provisional steel safeguard from Thursday",
    "BRUSSELS (Reuters) - The European Union will impose provisional tariffs of 25 percent on imports of 23 "
    "steel products above set quotas from Thursday, the European Commission said on Wednesday, aiming to "
    "stop steel shut out of the U.S. market from flooding Europe. The safeguard measure, which will last up "
    "to 200 days, exempts some developing countries as well as Norway, Iceland and Liechtenstein, but not "
    "China, India, Turkey or South Korea, the biggest sources of the imports. The Commission imposed "
    "duties on 2.8 billion euros ($3.3 billion) of U.S. goods, including bourbon, motorcycles and orange "
    "juice, last month in response to U.S. steel and aluminum tariffs. A second stage, raising duties on a "
    "further 3.6 billion euros of U.S. products, would follow in 2021 unless the World Trade Organization "
    "rules otherwise. Steelmakers' lobby Eurofer had asked for the quota tariffs to cover 28 product "
    "categories, the Commission said.", [
    ev("The European Union will impose provisional tariffs of 25 percent on imports of 23 steel products above "
       "set quotas from Thursday", "impose", "proposed", "EU", None, rate=V(25), goods=["steel products"],
       note="N9; a safeguard on all origins: target null"),
    *[ev("The safeguard measure, which will last up to 200 days, exempts some developing countries as well as "
         "Norway, Iceland and Liechtenstein", "exempt", "proposed", "EU", c,
         note="N13; 'but not China, India, Turkey or South Korea' is negated (N12)")
      for c in ("NO", "IS", "LI")],
    ev("The Commission imposed duties on 2.8 billion euros ($3.3 billion) of U.S. goods, including bourbon, "
       "motorcycles and orange juice, last month", "impose", "actual", "EU", "US", amount=(2.8e9, "EUR"),
       goods=["bourbon", "motorcycles", "orange juice"], ret=True),
    ev("U.S. steel and aluminum tariffs", "impose", "actual", "US", None, goods=["steel", "aluminum"],
       note="N7"),
    ev("A second stage, raising duties on a further 3.6 billion euros of U.S. products, would follow in 2021 "
       "unless the World Trade Organization rules otherwise", "raise", "proposed", "EU", "US",
       amount=(3.6e9, "EUR"), note="scheduled; the condition is not on the target: proposed"),
    ev("Steelmakers' lobby Eurofer had asked for the quota tariffs to cover 28 product categories", "impose",
       "demanded", "EU", None),
]))

PROBES.append(probe("p11-18-07", "2018", "2018-05-22", "China to cut car import tariffs to 15 percent from July",
    "BEIJING (Bloomberg) -- China will cut import tariffs on passenger cars to 15 percent from as high as 25 "
    "percent starting July 1, a move that would benefit German and Japanese automakers as well as Tesla "
    "Inc. as Beijing seeks to ease trade tensions with Washington. Duties on most auto parts will fall to 6 "
    "percent from rates of 8 percent to 25 percent, the Finance Ministry said in a statement on Tuesday. "
    "The cuts will apply to cars from all countries, including the United States. Beijing has separately "
    "threatened to add a 25 percent tariff on U.S.-made cars, soybeans and aircraft if Washington goes ahead "
    "with duties on $50 billion of Chinese goods. Car buyers will still pay a 17 percent value-added tax "
    "and, on large-engine models, a consumption tax of up to 40 percent. Analysts said BMW and Daimler, "
    "which ship sport utility vehicles to China from plants in the U.S. South, could be hit hard if "
    "Beijing's threatened tariff on American cars takes effect.", [
    ev("China will cut import tariffs on passenger cars to 15 percent from as high as 25 percent starting July "
       "1", "lower", "proposed", "CN", None, rate=FT(25, 15), goods=["passenger cars"],
       note="German/Japanese/Tesla benefit: no target"),
    ev("Duties on most auto parts will fall to 6 percent from rates of 8 percent to 25 percent", "lower",
       "proposed", "CN", None, rate=V(6), goods=["auto parts"], note="N14"),
    ev("The cuts will apply to cars from all countries, including the United States", "lower", "proposed",
       "CN", None, goods=["cars"], note="all origins: target null despite the named U.S."),
    ev("Beijing has separately threatened to add a 25 percent tariff on U.S.-made cars, soybeans and aircraft",
       "impose", "threatened", "CN", "US", rate=V(25), goods=["cars", "soybeans", "aircraft"], ret=True),
    ev("Washington goes ahead with duties on $50 billion of Chinese goods", "impose", "proposed", "US", "CN",
       amount=50e9, note="N6; VAT and consumption tax are domestic (N16)"),
    ev("Beijing's threatened tariff on American cars", "impose", "threatened", "CN", "US", goods=["cars"],
       note="German makers' U.S.-built cars: target US (origin of the goods)"),
]))

PROBES.append(probe("p11-18-08", "2018", "2018-07-06", "Russia raises duties on U.S. goods over metals tariffs",
    "MOSCOW (Reuters) - Russia has raised import duties on a range of U.S. goods, including road-building "
    "machinery, oil and gas equipment and fibre-optic cable, in response to U.S. tariffs on steel and "
    "aluminium, Economy Minister Maxim Oreshkin said on Friday. The additional duties of 25 to 40 percent, "
    "set by a government decree signed by Prime Minister Dmitry Medvedev, will take effect in 30 days, he "
    "said. Oreshkin said the duties would offset about $537.6 million of damage to Russian companies from "
    "the U.S. measures. Russia has also filed a complaint at the World Trade Organization over the U.S. "
    "tariffs, joining China, India, the European Union, Canada and Mexico. Turkey, another country hit by "
    "the metals tariffs, put duties on U.S. coal, paper and walnuts last month. Russia's 30 percent export "
    "duty on natural gas is unaffected.", [
    ev("Russia has raised import duties on a range of U.S. goods, including road-building machinery, oil and "
       "gas equipment and fibre-optic cable", "raise", "proposed", "RU", "US",
       goods=["road-building machinery", "oil and gas equipment", "fibre-optic cable"], ret=True,
       note="N9: past tense, but in force only in 30 days"),
    ev("U.S. tariffs on steel and aluminium", "impose", "actual", "US", None, goods=["steel", "aluminium"],
       note="N7"),
    ev("The additional duties of 25 to 40 percent, set by a government decree signed by Prime Minister Dmitry "
       "Medvedev, will take effect in 30 days", "impose", "proposed", "RU", "US", rate=MM(25, 40),
       note="'additional duties' worded as impose (like the seeds' 'slapped additional tariffs')"),
    ev("Russia has also filed a complaint at the World Trade Organization over the U.S. tariffs", "impose",
       "actual", "US", None, note="N7; 'the duties would offset' is bare, 'the U.S. measures' a measure word"),
    ev("another country hit by the metals tariffs", "impose", "actual", "US", "TR", goods=["metals"],
       note="N7, N18"),
    ev("put duties on U.S. coal, paper and walnuts last month", "impose", "actual", "TR", "US",
       goods=["coal", "paper", "walnuts"], note="N18; Russia's gas export duty: no event"),
]))

PROBES.append(probe("p11-18-09", "2018", "2018-01-23", "South Korea to take U.S. washer, solar tariffs to WTO",
    "SEOUL (AP) — South Korea said Tuesday it would complain to the World Trade Organization about "
    "Washington's decision to put safeguard tariffs on imported washing machines and solar panels, calling "
    "the move excessive. Under the measures signed by President Donald Trump on Monday, imported washers "
    "will face a 20 percent tariff on the first 1.2 million units in the first year and 50 percent on "
    "shipments above that, while solar cells and modules will be hit with a 30 percent duty. The duties "
    "take effect Feb. 7. Trade Minister Kim Hyun-chong said Seoul would consider suspending tariff "
    "concessions on U.S. goods of equivalent value. Canada was exempted from the washer tariff but not from "
    "the duties on solar panels. China's Commerce Ministry also criticized the solar tariffs, noting that "
    "Chinese manufacturers have faced anti-dumping and anti-subsidy duties on their panels since 2012.", [
    ev("Washington's decision to put safeguard tariffs on imported washing machines and solar panels",
       "impose", "proposed", "US", None, goods=["washing machines", "solar panels"],
       note="N7, N9: signed Monday, in force Feb. 7"),
    ev("imported washers will face a 20 percent tariff on the first 1.2 million units in the first year and "
       "50 percent on shipments above that", "impose", "proposed", "US", None, rate=V(20), goods=["washers"]),
    ev("imported washers will face a 20 percent tariff on the first 1.2 million units in the first year and "
       "50 percent on shipments above that", "impose", "proposed", "US", None, rate=V(50), goods=["washers"]),
    ev("solar cells and modules will be hit with a 30 percent duty", "impose", "proposed", "US", None,
       rate=V(30), goods=["solar cells", "modules"],
       note="'The duties take effect Feb. 7' is a bare re-mention (no action word in the list): no event"),
    ev("Seoul would consider suspending tariff concessions on U.S. goods of equivalent value", "raise",
       "considered", "KR", "US", ret=True,
       note="suspending concessions = raising duties; 'of equivalent value' = rebalancing, a response"),
    ev("Canada was exempted from the washer tariff", "exempt", "proposed", "US", "CA", goods=["washers"],
       note="N9 and N12 ('but not from the duties on solar panels')"),
    ev("China's Commerce Ministry also criticized the solar tariffs", "impose", "proposed", "US", None,
       goods=["solar"], note="restatement of the safeguard"),
    ev("Chinese manufacturers have faced anti-dumping and anti-subsidy duties on their panels since 2012",
       "impose", "actual", "US", "CN", goods=["panels"]),
]))

PROBES.append(probe("p11-18-10", "2018", "2018-05-18", "China drops sorghum anti-dumping probe ahead of talks",
    "BEIJING (Reuters) - China will stop requiring importers of U.S. sorghum to pay deposits of 178.6 "
    "percent against possible anti-dumping duties, the commerce ministry said on Friday, ending a probe that "
    "had left cargoes stranded at sea ahead of high-level trade talks in Washington. Beijing imposed the "
    "preliminary deposits on April 17, a day after Washington barred American firms from selling parts to "
    "telecoms maker ZTE Corp. The ministry said the duties would have hurt Chinese livestock farmers who "
    "feed sorghum to their animals. China still plans tariffs of 25 percent on U.S. soybeans, cars and "
    "chemicals, part of a $50 billion list announced in April, if Washington imposes its own planned duties "
    "on Chinese goods. China also cut import tariffs on 28 cancer drugs to zero on May 1.", [
    ev("China will stop requiring importers of U.S. sorghum to pay deposits of 178.6 percent against possible "
       "anti-dumping duties", "remove", "proposed", "CN", "US", goods=["sorghum"],
       note="N1; ends from Saturday, after the article's date"),
    ev("Beijing imposed the preliminary deposits on April 17", "impose", "actual", "CN", "US",
       goods=["sorghum"], note="N13: elliptical; the ZTE ban is no tariff"),
    ev("China still plans tariffs of 25 percent on U.S. soybeans, cars and chemicals, part of a $50 billion "
       "list announced in April", "impose", "threatened", "CN", "US", rate=V(25), amount=50e9,
       goods=["soybeans", "cars", "chemicals"], ret=True,
       note="planned, but only if the target acts: threatened; N15 amount"),
    ev("Washington imposes its own planned duties on Chinese goods", "impose", "proposed", "US", "CN",
       note="N6"),
    ev("China also cut import tariffs on 28 cancer drugs to zero on May 1", "remove", "actual", "CN", None,
       goods=["cancer drugs"], note="N10: cut to zero = remove"),
]))
