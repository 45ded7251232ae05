# SPDX-License-Identifier: MIT
"""Probe set 10: news snippets written (made up, no article copied) in the
three styles of the unseen news -- 1987 Reuters-style wire copy, 2016 US
presidential campaign coverage, 2018 trade-war wire copy of AP/Reuters/
Bloomberg-like desks -- and annotated blind (no sift run, no build, no
plugin code, tests, data, README or gold read, no other probe set read) by
shared/corpus/TARIFF-GUIDELINES.md and ../../GUIDE.md.  Helper tarprobe10,
2026-12-07.  build.py resolves the spans and writes probes.gold.jsonl.
30 pieces (10 per style), 195 events (1987: 56, 2016: 53, 2018: 86); every
piece has at least one event and most carry confusers (utility, freight
and rail tariffs, sales/liquor/VAT/corporate taxes, export duties, quotas,
sanctions, "measures").  One writer's reading; the second pass was the
writer's own.  Headlines are in `title` only; `text` starts at the
dateline or first sentence.  The 1987 texts are hard-wrapped like the wire
(65 columns, four-space paragraph indents, closing "Reuter"), so spans
match across line breaks.

NOTES -- judgement calls (the event's own "note" says where each applies)
------------------------------------------------------------------------
N1  Level of a duty that is removed or exempted from ("remove its 20 pct
    duty", "pay no 25 percent duty", "exemption from the 25 percent steel
    tariff"): rate null -- the level is the old duty's, not a new one
    (the reading the probes README records for the train gold).
N2  A candidate's tariff plan (2016) is the candidate's statement of
    intent: proposed, actor US (the country that would levy it).  A plan
    stated with a condition on the target's behaviour ("if China does not
    stop ...", "If you do it, you're going to pay") is threatened.
    Restatements of the plan by others (a think tank's modelled scenario,
    "his figure of a 45 percent tariff", "Trump's talk of a 45 percent
    tariff") keep proposed.
N3  Trump's "35 percent tax" on goods a company ships back into the U.S.
    is a tax on imports, so a tariff event; the House "border adjustment"
    (part of the corporate income tax) and Mexico's VAT on imported goods
    are domestic taxes: no event.
N4  A U.S. measure on imports from everywhere (Section 232 steel and
    aluminum, 2002 steel safeguard, Canada's and the EU's steel
    safeguards) has target null even in an article about one country's
    answer, unless the clause itself names the party hit ("took effect
    for Mexico, Canada and the European Union", "tariffs on Turkish
    steel", "U.S. tariffs on Russian steel").
N5  A purpose or retaliation phrase that holds its own event ("in
    retaliation for U.S. tariffs on Chinese products", "answering the
    Trump administration's decision to end Mexico's exemption ...") is cut
    out of the retaliating event's span and coded separately.
N6  retaliation is read from the clause and its sentence only (section
    9): a second sentence of the same retaliation package without a
    retaliation word ("The duties on leaf tobacco were raised to 60
    percent") is false.
N7  Existing duty-free treatment stated as in force ("cars assembled in
    Mexico ... enter the United States duty-free", "air conditioners from
    Mexico now enter duty-free under NAFTA") is remove / actual.
N8  Measures decided but taking effect after `published` are proposed
    ("effective tomorrow", "take effect ... next week", "from Wednesday"
    written on Tuesday); an exemption that applies to a measure in force
    now is actual even when reported with "would" (p10-87-02).
N9  "Japan might raise tariffs on U.S. goods if the dispute dragged on"
    (a MITI official's warning) is threatened, not considered; "the
    tariffs could be lifted in part ... if monitoring showed ..." (the
    actor's own officials) is a conditional offer to remove: proposed,
    although "could" alone would point to considered.
N10 A demand by the party whose goods are hit names the target even
    without an origin word (the Manila example of section 7): "call for
    Tokyo to abolish the tariffs on processed foods" by the EC is JP->EU.
    A motive ("to meet European Community complaints") does not.
N11 One amount for several parties ("1.2 billion dlrs worth of imports
    from Taiwan, South Korea, ...") is repeated on each party's event, as
    written.
N12 "lift the duty on chickpeas and lentils to 70 percent from 30
    percent" is raise ("lift" in the sense of raising), not remove.
N13 Rejected or denied requests ("a Texas pipe company's request to
    exclude Korean seamless tubes was rejected", "denied about 5,000")
    and negated measures are not events; generic measure words
    ("countermeasures", "the Mexican measures", "sanctions", "the
    safeguard") are not events.
N14 Talk of a measure's feasibility or legality with no party or goods
    ("doubted a tariff on individual companies could survive a legal
    challenge", "no existing law lets a president single out one company's
    imports for a duty") is not an event; a restatement that names the plan
    ("how a president could impose such a duty on a single company") is,
    and keeps the plan's modality (N2).
N15 A condition set by the target's government for lifting its own
    countermeasures ("only when Washington drops its metals tariffs") is
    the target's demand on the actor: remove / demanded.
N16 A free trade agreement still under negotiation that "would eliminate
    all tariffs between them" is proposed (would, no condition), one event
    per party; it could also be read as considered.
"""
import textwrap

NAMES = {
    "US": "United States", "CN": "China", "MX": "Mexico", "CA": "Canada", "JP": "Japan",
    "KR": "South Korea", "TW": "Taiwan", "HK": "Hong Kong", "SG": "Singapore", "BR": "Brazil",
    "NP": "Nepal", "PL": "Poland", "RO": "Romania", "AU": "Australia", "IN": "India",
    "IT": "Italy", "TR": "Turkey", "RU": "Russia", "CL": "Chile", "IL": "Israel",
    "NO": "Norway", "IS": "Iceland", "LI": "Liechtenstein", "AR": "Argentina",
    "EC": "European Community", "EU": "European Union",
}


def P(code):
    if code is None:
        return None
    return {"name": NAMES[code], "code": "EU" if code in ("EC", "EU") else code}


def E(span, action, modality, actor, target, rate=None, amount=None, goods=(), ret=False,
      note=None, nth=None):
    e = {"span": span, "action": action, "modality": modality, "actor": P(actor),
         "target": P(target), "rate": rate, "amount": amount, "goods": list(goods),
         "retaliation": ret}
    if note:
        e["note"] = note
    if nth:
        e["nth"] = nth
    return e


def usd(v, cur="USD"):
    return {"value": v, "currency": cur}


def wire(*paras):
    """Reuters-21578-like layout: 65-column hard wrap, paragraph indents."""
    out = []
    for k, p in enumerate(paras):
        ind = "" if k == 0 else "    "
        out.append(textwrap.fill(p, 65, initial_indent=ind, break_on_hyphens=False,
                                 break_long_words=False))
    return "\n".join(out) + "\n Reuter\n"


def news(*paras):
    return "\n\n".join(paras)


PROBES = []

# ---------------------------------------------------------------- 1987 ----

PROBES.append({
    "id": "p10-87-01", "style": "1987", "published": "1987-03-18",
    "title": "EC SETS PROVISIONAL DUTIES ON JAPANESE PRINTERS",
    "text": wire(
        "BRUSSELS, March 18 - The European Community Commission said it had imposed "
        "provisional anti-dumping duties ranging from 12.6 to 33.4 pct on imports of "
        "dot-matrix computer printers made by eight Japanese companies, effective tomorrow.",
        "Commission officials said the duties, which run for four months, follow a "
        "complaint by the European printer makers' association that Japanese firms were "
        "selling the printers at up to 40 pct below their home market prices.",
        "Imports of the printers from Japan rose to 1.2 billion European Currency Units "
        "last year, the Commission said.",
        "The Japanese Mission to the EC said it regretted the decision and would ask "
        "Brussels to exempt printers assembled in the Community from the duties.",
        "The Community already applies a 20 pct anti-dumping duty on Japanese plain-paper "
        "photocopiers, imposed last month, and is studying complaints against Japanese "
        "compact disc players.",
        "Trade sources said Tokyo was also unhappy about a planned increase in the "
        "Community's customs duty on Japanese compact disc players to 19 pct from 9.5 pct "
        "under the GATT tariff renegotiation."),
    "events": [
        E("it had imposed provisional anti-dumping duties ranging from 12.6 to 33.4 pct on "
          "imports of dot-matrix computer printers made by eight Japanese companies, effective "
          "tomorrow", "impose", "proposed", "EC", "JP", {"min": 12.6, "max": 33.4}, None,
          ["dot-matrix computer printers"], note="N8: decided, in force the day after published"),
        E("would ask Brussels to exempt printers assembled in the Community from the duties",
          "exempt", "demanded", "EC", "JP", None, None, ["printers"]),
        E("The Community already applies a 20 pct anti-dumping duty on Japanese plain-paper "
          "photocopiers, imposed last month", "impose", "actual", "EC", "JP", {"value": 20}, None,
          ["plain-paper photocopiers"]),
        E("a planned increase in the Community's customs duty on Japanese compact disc players "
          "to 19 pct from 9.5 pct", "raise", "proposed", "EC", "JP", {"from": 9.5, "to": 19}, None,
          ["compact disc players"]),
    ]})

PROBES.append({
    "id": "p10-87-02", "style": "1987", "published": "1987-04-22",
    "title": "U.S. CUSTOMS BEGINS COLLECTING JAPAN DUTIES",
    "text": wire(
        "WASHINGTON, April 22 - U.S. Customs Service officials said they had begun "
        "collecting the 100 pct duties on Japanese laptop computers, colour television sets "
        "and power hand tools that President Reagan ordered last week, but that goods "
        "already in transit before April 17 would be exempt.",
        "The duties, which cover about 300 mln dlrs worth of Japanese goods a year, were "
        "imposed for what the administration called Japan's failure to honour the 1986 "
        "semiconductor pact.",
        "Several U.S. retailers have asked the Commerce Department to exclude power drills "
        "ordered before the announcement, a spokesman for the American Association of "
        "Exporters and Importers said.",
        "Japan's Ministry of International Trade and Industry (MITI) said Tokyo would not "
        "retaliate for now, but a MITI official said Japan might raise tariffs on U.S. goods "
        "if the dispute dragged on.",
        "Officials said the tariffs could be lifted in part as early as June if monitoring "
        "showed Japanese chipmakers had stopped dumping in third markets.",
        "Separately, the Interstate Commerce Commission approved higher freight tariffs for "
        "railcar shipments of imported electronics from West Coast ports."),
    "events": [
        E("they had begun collecting the 100 pct duties on Japanese laptop computers, colour "
          "television sets and power hand tools that President Reagan ordered last week",
          "impose", "actual", "US", "JP", {"value": 100}, None,
          ["laptop computers", "colour television sets", "power hand tools"],
          note="retaliation false: the reason is in the next sentence (N6)"),
        E("goods already in transit before April 17 would be exempt", "exempt", "actual", "US",
          "JP", note="N8: exemption of a measure in force, reported speech"),
        E("The duties, which cover about 300 mln dlrs worth of Japanese goods a year, were "
          "imposed for what the administration called Japan's failure to honour the 1986 "
          "semiconductor pact", "impose", "actual", "US", "JP", None, usd(300e6), [], True),
        E("Several U.S. retailers have asked the Commerce Department to exclude power drills "
          "ordered before the announcement", "exempt", "demanded", "US", "JP", None, None,
          ["power drills"], note="ellipsis: exclude = exclusion from the duties"),
        E("Japan might raise tariffs on U.S. goods if the dispute dragged on", "raise",
          "threatened", "JP", "US", None, None, [], True, note="N9"),
        E("the tariffs could be lifted in part as early as June if monitoring showed Japanese "
          "chipmakers had stopped dumping in third markets", "remove", "proposed", "US", "JP",
          note="N9: the actor's own conditional offer to remove"),
    ]})

PROBES.append({
    "id": "p10-87-03", "style": "1987", "published": "1987-08-24",
    "title": "CANADA TO FIGHT U.S. POTASH DUTIES",
    "text": wire(
        "OTTAWA, Aug 24 - Canada's trade minister Pat Carney said Ottawa would fight a U.S. "
        "Commerce Department ruling that set preliminary anti-dumping duties averaging 43 pct "
        "on potash from Saskatchewan and New Brunswick mines.",
        "The duties, ranging from 9.14 pct for one producer to 85.2 pct for the provincially "
        "owned Potash Corp of Saskatchewan, take effect when Customs begins requiring cash "
        "deposits or bonds next week.",
        "Canada exported about 280 mln U.S. dlrs worth of potash to the United States last "
        "year, roughly 80 pct of U.S. consumption.",
        "U.S. farm groups, worried about fertilizer prices, have urged the Commerce "
        "Department to drop the case, and the Fertilizer Institute said it would ask "
        "Washington to exempt potash bought under existing contracts.",
        "Carney said the ruling came as the two countries were negotiating a free trade "
        "agreement that would eliminate all tariffs between them over ten years.",
        "Saskatchewan officials noted that rail freight tariffs on potash moving to Vancouver "
        "had already risen 6 pct this year."),
    "events": [
        E("U.S. Commerce Department ruling that set preliminary anti-dumping duties averaging "
          "43 pct on potash from Saskatchewan and New Brunswick mines", "impose", "proposed",
          "US", "CA", {"value": 43}, None, ["potash"], note="N8: in force next week"),
        E("The duties, ranging from 9.14 pct for one producer to 85.2 pct for the provincially "
          "owned Potash Corp of Saskatchewan, take effect when Customs begins requiring cash "
          "deposits or bonds next week", "impose", "proposed", "US", "CA",
          {"min": 9.14, "max": 85.2}, None, ["potash"]),
        E("it would ask Washington to exempt potash bought under existing contracts", "exempt",
          "demanded", "US", "CA", None, None, ["potash"],
          note="'drop the case' (the investigation) is not a tariff event"),
        E("a free trade agreement that would eliminate all tariffs between them over ten years",
          "remove", "proposed", "US", "CA",
          note="agreement under negotiation, 'would' without condition: proposed"),
        E("a free trade agreement that would eliminate all tariffs between them over ten years",
          "remove", "proposed", "CA", "US"),
    ]})

PROBES.append({
    "id": "p10-87-04", "style": "1987", "published": "1987-06-12",
    "title": "EC, CANADA TAKE U.S. CUSTOMS FEE TO GATT",
    "text": wire(
        "GENEVA, June 12 - The European Community and Canada asked the GATT council to rule "
        "that a U.S. customs user fee of 0.22 pct on the value of imports breaks world trade "
        "rules, trade officials said.",
        "The fee, which Congress voted last year to pay for the U.S. Customs Service, took "
        "effect last December and raises about 700 mln dlrs a year.",
        "EC delegates said the charge went far beyond the cost of the services rendered and "
        "amounted to an extra import duty, and they asked Washington to abolish it or cut it "
        "to a flat charge per shipment.",
        "A U.S. delegate replied that Congress was already considering lowering the fee to "
        "0.17 pct from October.",
        "Canada said the fee was collected on its shipments even though Canadian customs "
        "charges no such fee on U.S. goods.",
        "The council agreed to set up a panel to examine the complaint."),
    "events": [
        E("a U.S. customs user fee of 0.22 pct on the value of imports", "impose", "actual",
          "US", None, {"value": 0.22}, note="a fee on all imports (section 1); target null"),
        E("The fee, which Congress voted last year to pay for the U.S. Customs Service, took "
          "effect last December", "impose", "actual", "US", None,
          note="'raises about 700 mln dlrs a year' is revenue, not the goods' value"),
        E("they asked Washington to abolish it", "remove", "demanded", "US", None),
        E("cut it to a flat charge per shipment", "lower", "demanded", "US", None),
        E("Congress was already considering lowering the fee to 0.17 pct from October",
          "lower", "considered", "US", None, {"value": 0.17}),
    ]})

PROBES.append({
    "id": "p10-87-05", "style": "1987", "published": "1987-07-02",
    "title": "SOUTH KOREA TO CUT TARIFFS ON 158 ITEMS",
    "text": wire(
        "SEOUL, July 2 - South Korea will cut import tariffs on 158 items, including colour "
        "film, cosmetics, golf clubs and frozen beef, from September 1 in a bid to ease "
        "friction with the United States, the Finance Ministry said.",
        "The average rate on the items will fall to 19.9 pct from 26.3 pct, officials said. "
        "Duties on American cigarettes, a key U.S. demand, were lowered to 40 pct from 100 pct "
        "in March under a bilateral accord.",
        "Washington has pressed Seoul to cut its tariffs on U.S. farm products, including "
        "walnuts and almonds, which face duties of 20 to 30 pct.",
        "A ministry official said tariffs on wine would not be cut this year.",
        "The ministry also said state-run Korea Electric Power Corp would raise its "
        "electricity tariffs for industrial users by an average 3.5 pct in August."),
    "events": [
        E("South Korea will cut import tariffs on 158 items, including colour film, cosmetics, "
          "golf clubs and frozen beef, from September 1 in a bid to ease friction with the "
          "United States", "lower", "proposed", "KR", None, None, None,
          ["colour film", "cosmetics", "golf clubs", "frozen beef"],
          note="motive names the U.S.; not a target (section 7)"),
        E("The average rate on the items will fall to 19.9 pct from 26.3 pct", "lower",
          "proposed", "KR", None, {"from": 26.3, "to": 19.9}),
        E("Duties on American cigarettes, a key U.S. demand, were lowered to 40 pct from 100 pct "
          "in March under a bilateral accord", "lower", "actual", "KR", "US",
          {"from": 100, "to": 40}, None, ["cigarettes"]),
        E("Washington has pressed Seoul to cut its tariffs on U.S. farm products, including "
          "walnuts and almonds", "lower", "demanded", "KR", "US", None, None,
          ["farm products", "walnuts", "almonds"]),
        E("which face duties of 20 to 30 pct", "impose", "actual", "KR", "US",
          {"min": 20, "max": 30}, None, ["walnuts", "almonds"],
          note="relative clause states the current duty, not just identifying: own event"),
    ]})

PROBES.append({
    "id": "p10-87-06", "style": "1987", "published": "1987-10-15",
    "title": "U.S. TO END GSP BENEFITS FOR SOME ASIAN, MEXICAN GOODS",
    "text": wire(
        "WASHINGTON, Oct 15 - The Reagan administration said it would end duty-free treatment "
        "under the Generalized System of Preferences for some 1.2 billion dlrs worth of imports "
        "from Taiwan, South Korea, Hong Kong, Singapore and Mexico next July, ruling that the "
        "products had become competitive.",
        "The products include bicycles, telephone handsets, certain leather handbags and fresh "
        "cut flowers, the U.S. Trade Representative's office said.",
        "Under the GSP program, about 140 developing countries may ship some 3,000 products to "
        "the United States without paying tariffs.",
        "USTR also said it had added eight products, among them dried guavas from Brazil and "
        "handwoven rugs from Nepal, to the duty-free list, effective immediately.",
        "U.S. rug makers had petitioned the administration to keep the 5.5 pct duty on the "
        "Nepalese rugs."),
    "events": [
        E("it would end duty-free treatment under the Generalized System of Preferences for "
          "some 1.2 billion dlrs worth of imports from Taiwan, South Korea, Hong Kong, Singapore "
          "and Mexico next July", "impose", "proposed", "US", c, None, usd(1.2e9), [],
          note="N11; goods named in the next sentence only") for c in ("TW", "KR", "HK", "SG", "MX")
    ] + [
        E("about 140 developing countries may ship some 3,000 products to the United States "
          "without paying tariffs", "remove", "actual", "US", None,
          note="GSP in force described; unnamed beneficiaries: target null"),
        E("it had added eight products, among them dried guavas from Brazil and handwoven rugs "
          "from Nepal, to the duty-free list, effective immediately", "remove", "actual", "US",
          "BR", None, None, ["dried guavas"]),
        E("it had added eight products, among them dried guavas from Brazil and handwoven rugs "
          "from Nepal, to the duty-free list, effective immediately", "remove", "actual", "US",
          "NP", None, None, ["handwoven rugs"]),
        E("U.S. rug makers had petitioned the administration to keep the 5.5 pct duty on the "
          "Nepalese rugs", "impose", "demanded", "US", "NP", {"value": 5.5}, None, ["rugs"]),
    ]})

PROBES.append({
    "id": "p10-87-07", "style": "1987", "published": "1987-12-01",
    "title": "MEXICO TO HALVE TOP IMPORT TARIFF UNDER PACT",
    "text": wire(
        "MEXICO CITY, Dec 1 - Mexico will lower its maximum import tariff to 20 pct from 40 "
        "pct and scrap most remaining import permits as part of an anti-inflation pact signed "
        "by government, business and labour leaders, Commerce Secretary Hector Hernandez said.",
        "The cut, effective December 15, follows a reduction of the top rate to 40 pct from "
        "100 pct since Mexico joined the General Agreement on Tariffs and Trade last year.",
        "Hernandez said duties on basic foods such as corn and beans would be eliminated for "
        "the rest of the pact's duration.",
        "Mexico will also apply a 5 pct surcharge on imported luxury cars, he added. Gasoline "
        "prices and electricity tariffs will rise 85 pct under the pact.",
        "U.S. exporters welcomed the move, but officials in Washington said they would still "
        "press Mexico to remove its 20 pct duty on U.S. apples."),
    "events": [
        E("Mexico will lower its maximum import tariff to 20 pct from 40 pct", "lower",
          "proposed", "MX", None, {"from": 40, "to": 20}),
        E("The cut, effective December 15", "lower", "proposed", "MX", None),
        E("a reduction of the top rate to 40 pct from 100 pct", "lower", "actual", "MX", None,
          {"from": 100, "to": 40}),
        E("duties on basic foods such as corn and beans would be eliminated for the rest of the "
          "pact's duration", "remove", "proposed", "MX", None, None, None,
          ["basic foods", "corn", "beans"]),
        E("Mexico will also apply a 5 pct surcharge on imported luxury cars", "impose",
          "proposed", "MX", None, {"value": 5}, None, ["luxury cars"]),
        E("press Mexico to remove its 20 pct duty on U.S. apples", "remove", "demanded", "MX",
          "US", None, None, ["apples"], note="N1"),
    ]})

PROBES.append({
    "id": "p10-87-08", "style": "1987", "published": "1987-09-09",
    "title": "CANADA TRIBUNAL FINDS INJURY FROM BOOT IMPORTS",
    "text": wire(
        "OTTAWA, Sept 9 - The Canadian Import Tribunal ruled that dumped imports of women's "
        "leather boots from Brazil, Taiwan and Poland had injured Canadian producers, clearing "
        "the way for anti-dumping duties of up to 37 pct.",
        "Revenue Canada had collected provisional duties on the boots since June, when it "
        "found dumping margins averaging 21 pct.",
        "The tribunal, however, found that boots from Romania had caused no injury and ordered "
        "the provisional duties on them refunded.",
        "The Shoe Manufacturers Association of Canada said it would ask the government to "
        "extend quotas on footwear imports, which expire next year.",
        "Boot imports from the three countries were worth about 46 mln Canadian dlrs last "
        "year."),
    "events": [
        E("The Canadian Import Tribunal ruled that dumped imports of women's leather boots from "
          "Brazil, Taiwan and Poland had injured Canadian producers, clearing the way for "
          "anti-dumping duties of up to 37 pct", "impose", "proposed", "CA", c, {"max": 37}, None,
          ["women's leather boots"], note="'clearing the way': decided, not yet levied")
        for c in ("BR", "TW", "PL")
    ] + [
        E("Revenue Canada had collected provisional duties on the boots since June", "impose",
          "actual", "CA", c, None, None, ["boots"],
          note="dumping margin of 21 pct is not a duty rate") for c in ("BR", "TW", "PL")
    ] + [
        E("ordered the provisional duties on them refunded", "remove", "actual", "CA", "RO",
          None, None, ["boots"]),
    ]})

PROBES.append({
    "id": "p10-87-09", "style": "1987", "published": "1987-11-05",
    "title": "JAPAN TO CUT TARIFFS ON WINE, CHOCOLATE",
    "text": wire(
        "TOKYO, Nov 5 - Japan will cut its import tariffs on wine, chocolate, biscuits and "
        "pasta from next April to meet European Community complaints, but has no plans to "
        "change its liquor tax system for now, a Finance Ministry official said.",
        "A GATT panel ruled last month that the liquor tax, which taxes imported whisky far "
        "more heavily than the local spirit shochu, discriminates against European spirits.",
        "The tariff on chocolate will fall to 20 pct from 31.9 pct and the duty on bottled wine "
        "to 21 pct from 30.8 pct, the official said.",
        "EC officials said the cuts fell short and repeated their call for Tokyo to abolish the "
        "tariffs on processed foods altogether.",
        "The Community has threatened to raise duties on Japanese goods if the tax ruling is "
        "not carried out, diplomats said. Japan's imports of EC wine totalled 165 mln dlrs last "
        "year."),
    "events": [
        E("Japan will cut its import tariffs on wine, chocolate, biscuits and pasta from next "
          "April to meet European Community complaints", "lower", "proposed", "JP", None, None,
          None, ["wine", "chocolate", "biscuits", "pasta"], note="N10: motive, target null"),
        E("The tariff on chocolate will fall to 20 pct from 31.9 pct", "lower", "proposed", "JP",
          None, {"from": 31.9, "to": 20}, None, ["chocolate"]),
        E("the duty on bottled wine to 21 pct from 30.8 pct", "lower", "proposed", "JP", None,
          {"from": 30.8, "to": 21}, None, ["bottled wine"]),
        E("the cuts fell short", "lower", "proposed", "JP", None),
        E("their call for Tokyo to abolish the tariffs on processed foods altogether", "remove",
          "demanded", "JP", "EC", None, None, ["processed foods"], note="N10"),
        E("The Community has threatened to raise duties on Japanese goods if the tax ruling is "
          "not carried out", "raise", "threatened", "EC", "JP", None, None, [], True,
          note="liquor tax is a domestic tax: no event"),
    ]})

PROBES.append({
    "id": "p10-87-10", "style": "1987", "published": "1987-02-20",
    "title": "VICTORIA POWER TARIFFS TO RISE, SMELTERS COMPLAIN",
    "text": wire(
        "MELBOURNE, Feb 20 - Electricity tariffs for large industrial users in Victoria will "
        "rise 7.5 pct from March 1, the State Electricity Commission said, adding to cost "
        "pressures on aluminium smelters.",
        "The commission said the increase was needed to service debt on the Loy Yang power "
        "station.",
        "Smelter operators said the higher power tariff would cost the industry about 30 mln "
        "dlrs a year, and urged Canberra to cut the 10 pct sales tax on plant equipment.",
        "Industry Minister John Button said separately that talks with Tokyo over Japanese "
        "tariffs on Australian aluminium were continuing. Japan levies a 9 pct duty on primary "
        "aluminium ingots, which Australian producers say shuts them out of the market.",
        "Button said Australia would keep pressing Tokyo to eliminate the duty in the new GATT "
        "round."),
    "events": [
        E("Japanese tariffs on Australian aluminium", "impose", "actual", "JP", "AU", None, None,
          ["aluminium"]),
        E("Japan levies a 9 pct duty on primary aluminium ingots", "impose", "actual", "JP", "AU",
          {"value": 9}, None, ["primary aluminium ingots"],
          note="restates the tariffs on Australian aluminium: target AU"),
        E("Australia would keep pressing Tokyo to eliminate the duty in the new GATT round",
          "remove", "demanded", "JP", "AU", None, None, ["primary aluminium ingots"]),
    ]})

# ---------------------------------------------------------------- 2016 ----

PROBES.append({
    "id": "p10-16-01", "style": "2016", "published": "2016-09-16",
    "title": "Trump vows 35 percent tariff on Ford cars after Mexico move",
    "text": news(
        "FLINT, Mich. (AP) — Donald Trump on Thursday seized on Ford Motor Co.'s decision to "
        "move all of its small-car production to Mexico, telling supporters that as president "
        "he would slap a 35 percent tariff on every Ford car that crosses the border.",
        "\"They're going to build cars in Mexico and sell them here with no tax? Not going to "
        "happen,\" the Republican nominee said at a rally at a convention center.",
        "Ford CEO Mark Fields said the company's plans would not change and that no U.S. jobs "
        "would be lost, since the plant in Michigan will build other vehicles.",
        "Under the North American Free Trade Agreement, cars assembled in Mexico with enough "
        "regional content enter the United States duty-free.",
        "Trump has made similar threats against Carrier, Nabisco and other companies, and his "
        "campaign has not said how a president could impose such a duty on a single company "
        "without breaking NAFTA.",
        "Hillary Clinton's campaign said Trump's plan would hurt Michigan workers whose plants "
        "depend on parts that move back and forth across the border."),
    "events": [
        E("he would slap a 35 percent tariff on every Ford car that crosses the border", "impose",
          "proposed", "US", "MX", {"value": 35}, None, ["Ford car"], note="N2"),
        E("cars assembled in Mexico with enough regional content enter the United States "
          "duty-free", "remove", "actual", "US", "MX", None, None, ["cars"], note="N7"),
        E("how a president could impose such a duty on a single company without breaking NAFTA",
          "impose", "proposed", "US", "MX",
          note="restatement of the plan (N2); 'with no tax?' in the quote is not coded"),
    ]})

PROBES.append({
    "id": "p10-16-02", "style": "2016", "published": "2016-09-19",
    "title": "Trump trade war could cost 4 million jobs, think tank says",
    "text": news(
        "WASHINGTON (Reuters) - A trade war touched off by Donald Trump's proposed tariffs on "
        "Chinese and Mexican goods could push the U.S. economy into recession and cost more "
        "than 4 million private-sector jobs, a Washington think tank said on Monday.",
        "The Peterson Institute for International Economics modeled a scenario in which a "
        "President Trump imposes a 45 percent tariff on imports from China and a 35 percent "
        "tariff on imports from Mexico, and both countries respond with tariffs of the same "
        "size on American goods.",
        "Even a partial response, in which Beijing and Mexico City hit back with duties only "
        "on U.S. aircraft, soybeans and farm machinery, would cost hundreds of thousands of "
        "jobs, the authors wrote.",
        "Trump's campaign dismissed the study. \"Mr. Trump will use tariffs only if China "
        "continues to cheat,\" senior policy adviser Peter Navarro said in an email.",
        "Average U.S. tariffs on manufactured goods are already below 3 percent, among the "
        "lowest in the world."),
    "events": [
        E("Donald Trump's proposed tariffs on Chinese and Mexican goods", "impose", "proposed",
          "US", c) for c in ("CN", "MX")
    ] + [
        E("a President Trump imposes a 45 percent tariff on imports from China and a 35 percent "
          "tariff on imports from Mexico", "impose", "proposed", "US", "CN", {"value": 45},
          note="N2: modelled scenario restating the plan"),
        E("a President Trump imposes a 45 percent tariff on imports from China and a 35 percent "
          "tariff on imports from Mexico", "impose", "proposed", "US", "MX", {"value": 35}),
    ] + [
        E("both countries respond with tariffs of the same size on American goods", "impose",
          "considered", c, "US", None, None, [], True,
          note="'of the same size' is not a rate (never copied)") for c in ("CN", "MX")
    ] + [
        E("Beijing and Mexico City hit back with duties only on U.S. aircraft, soybeans and farm "
          "machinery", "impose", "considered", c, "US", None, None,
          ["aircraft", "soybeans", "farm machinery"], True) for c in ("CN", "MX")
    ] + [
        E("Mr. Trump will use tariffs only if China continues to cheat", "impose", "threatened",
          "US", "CN", note="N2: condition on the target"),
        E("Average U.S. tariffs on manufactured goods are already below 3 percent", "impose",
          "actual", "US", None, {"max": 3}, None, ["manufactured goods"],
          note="'below 3 percent' read as max 3"),
    ]})

PROBES.append({
    "id": "p10-16-03", "style": "2016", "published": "2016-05-18",
    "title": "U.S. sets 522 percent duties on Chinese cold-rolled steel",
    "text": news(
        "PITTSBURGH — The Commerce Department on Tuesday set final duties of 522 percent on "
        "cold-rolled flat steel from China, a decision steelworkers in western Pennsylvania "
        "hailed as overdue in a state both presidential campaigns expect to fight over in "
        "November.",
        "The duties, which also hit Japanese producers at 71 percent, will take effect once the "
        "International Trade Commission confirms next month that U.S. mills were injured.",
        "Donald Trump, who has promised to \"bring steel back,\" said at a rally in Carmel, "
        "Ind., that the duties proved China was \"killing us\" and that he would go much "
        "further. Hillary Clinton said in a statement she would \"enforce trade laws "
        "aggressively\" and criticized Trump for buying Chinese steel for his buildings.",
        "China's Commerce Ministry called the rulings protectionist and said Beijing would take "
        "\"necessary measures\" to protect its companies.",
        "Earlier this year the department also put preliminary duties on corrosion-resistant "
        "steel from China, India, Italy, South Korea and Taiwan."),
    "events": [
        E("The Commerce Department on Tuesday set final duties of 522 percent on cold-rolled flat "
          "steel from China", "impose", "proposed", "US", "CN", {"value": 522}, None,
          ["cold-rolled flat steel"], note="N8: takes effect after the ITC vote next month"),
        E("The duties, which also hit Japanese producers at 71 percent, will take effect once the "
          "International Trade Commission confirms next month that U.S. mills were injured",
          "impose", "proposed", "US", "CN", None, None, ["cold-rolled flat steel"]),
        E("The duties, which also hit Japanese producers at 71 percent, will take effect once the "
          "International Trade Commission confirms next month that U.S. mills were injured",
          "impose", "proposed", "US", "JP", {"value": 71}, None, ["cold-rolled flat steel"],
          note="one span, one event per party; the 71 percent is Japan's only"),
    ] + [
        E("the department also put preliminary duties on corrosion-resistant steel from China, "
          "India, Italy, South Korea and Taiwan", "impose", "actual", "US", c, None, None,
          ["corrosion-resistant steel"]) for c in ("CN", "IN", "IT", "KR", "TW")
    ]})

PROBES.append({
    "id": "p10-16-04", "style": "2016", "published": "2016-10-10",
    "title": "Fact check: Trump's claims on Chinese tariffs",
    "text": news(
        "In Sunday's debate, Donald Trump repeated his claim that China \"charges us\" huge "
        "tariffs while the U.S. lets Chinese goods in for free. The picture is more mixed.",
        "China applies a 25 percent tariff on imported passenger cars, while the United States "
        "charges 2.5 percent on cars and 25 percent on pickup trucks, a levy dating from a "
        "1960s dispute with Europe over chicken.",
        "Chinese goods are not free of U.S. duties either: the United States has anti-dumping "
        "or countervailing duties on more than 100 Chinese products, from steel pipe to honey "
        "and garlic.",
        "Trump also said he would \"renegotiate or terminate\" NAFTA and impose tariffs if "
        "Mexico refused; Clinton said his approach would \"start a trade war.\"",
        "Neither candidate mentioned that Beijing cut its tariffs on some consumer goods, "
        "including cosmetics and diapers, last year."),
    "events": [
        E("China \"charges us\" huge tariffs", "impose", "actual", "CN", "US",
          note="the claim states a measure in force; coded as stated"),
        E("Chinese goods are not free of U.S. duties either", "impose", "actual", "US", "CN",
          note="double negative states the U.S. duties: a bare mention with its party (2b)"),
        E("China applies a 25 percent tariff on imported passenger cars", "impose", "actual",
          "CN", None, {"value": 25}, None, ["passenger cars"]),
        E("the United States charges 2.5 percent on cars and 25 percent on pickup trucks",
          "impose", "actual", "US", None, {"value": 2.5}, None, ["cars"],
          note="ellipsis (rates stand for the tariff)"),
        E("the United States charges 2.5 percent on cars and 25 percent on pickup trucks",
          "impose", "actual", "US", None, {"value": 25}, None, ["pickup trucks"]),
        E("the United States has anti-dumping or countervailing duties on more than 100 Chinese "
          "products, from steel pipe to honey and garlic", "impose", "actual", "US", "CN", None,
          None, ["steel pipe", "honey", "garlic"]),
        E("impose tariffs if Mexico refused", "impose", "threatened", "US", "MX", note="N2"),
        E("Beijing cut its tariffs on some consumer goods, including cosmetics and diapers, last "
          "year", "lower", "actual", "CN", None, None, None,
          ["consumer goods", "cosmetics", "diapers"]),
    ]})

PROBES.append({
    "id": "p10-16-05", "style": "2016", "published": "2016-03-08",
    "title": "Sanders courts autoworkers on trade as Michigan votes",
    "text": news(
        "DETROIT — On the eve of Michigan's primary, Bernie Sanders told autoworkers that trade "
        "deals, not tariffs, were the problem, and pledged to scrap the Trans-Pacific "
        "Partnership.",
        "Sanders has not proposed new import duties, though he has praised the 2009 tariffs "
        "President Barack Obama put on Chinese tires. Those duties started at 35 percent and "
        "stepped down to 25 percent in their third year, and they expired in 2012. The "
        "steelworkers union credits them with saving about 1,200 jobs.",
        "On the Republican side, Sen. Ted Cruz told a Fox News town hall that Trump's 45 percent "
        "tariff on Chinese imports \"is a tax on you, the consumer,\" while Ohio Gov. John "
        "Kasich said he would be willing to go to the World Trade Organization and impose "
        "duties on countries that dump steel.",
        "Michigan's utility regulator separately approved a rate increase for DTE Energy that "
        "raises residential electricity tariffs about 4 percent."),
    "events": [
        E("the 2009 tariffs President Barack Obama put on Chinese tires", "impose", "actual", "US",
          "CN", None, None, ["tires"], note="'has not proposed new import duties': negated"),
        E("Those duties started at 35 percent and stepped down to 25 percent in their third year",
          "lower", "actual", "US", "CN", {"from": 35, "to": 25}, None, ["tires"]),
        E("they expired in 2012", "remove", "actual", "US", "CN", None, None, ["tires"]),
        E("Trump's 45 percent tariff on Chinese imports", "impose", "proposed", "US", "CN",
          {"value": 45}, note="N2: Cruz's criticism restates the plan"),
        E("he would be willing to go to the World Trade Organization and impose duties on "
          "countries that dump steel", "impose", "proposed", "US", None, None, None, ["steel"],
          note="Kasich's intent; unnamed countries: target null"),
    ]})

PROBES.append({
    "id": "p10-16-06", "style": "2016", "published": "2016-02-12",
    "title": "Trump turns Carrier move into campaign cry",
    "text": news(
        "INDIANAPOLIS — Donald Trump on Thursday turned Carrier Corp.'s plan to move 1,400 "
        "Indianapolis jobs to Monterrey, Mexico, into a campaign rallying cry, vowing to charge "
        "the company a 35 percent tax on every air conditioner it ships back into the United "
        "States.",
        "\"I'd call them up and say, 'If you do it, you're going to pay a 35 percent tax,'\" "
        "Trump said. It was the latest twist on his signature proposal, a 45 percent tariff on "
        "goods from China, which he first floated in a meeting with The New York Times "
        "editorial board.",
        "Carrier, a unit of United Technologies Corp., said the move would save $65 million a "
        "year. Trade lawyers said no existing law lets a president single out one company's "
        "imports for a duty, and that air conditioners from Mexico now enter duty-free under "
        "NAFTA.",
        "Indiana Gov. Mike Pence said the state would seek to recover tax incentives it gave the "
        "company."),
    "events": [
        E("vowing to charge the company a 35 percent tax on every air conditioner it ships back "
          "into the United States", "impose", "proposed", "US", "MX", {"value": 35}, None,
          ["air conditioner"], note="N3: a tax on imports; N2"),
        E("If you do it, you're going to pay a 35 percent tax", "impose", "threatened", "US", "MX",
          {"value": 35}, note="N2: condition on the target's conduct"),
        E("his signature proposal, a 45 percent tariff on goods from China", "impose", "proposed",
          "US", "CN", {"value": 45}),
        E("air conditioners from Mexico now enter duty-free under NAFTA", "remove", "actual", "US",
          "MX", None, None, ["air conditioners"], note="N7"),
    ]})

PROBES.append({
    "id": "p10-16-07", "style": "2016", "published": "2016-06-29",
    "title": "Trump lays out trade plan at Pennsylvania recycling plant",
    "text": news(
        "MONESSEN, Pa. (AP) — Donald Trump promised on Tuesday to use every lawful presidential "
        "power to remedy trade disputes, including tariffs under sections 201 and 301 of U.S. "
        "trade law, if China does not stop its illegal activities.",
        "Speaking at an aluminum scrap recycling plant, the presumptive Republican nominee said "
        "he would direct the Commerce Secretary to identify every violation of trade agreements "
        "and would label China a currency manipulator.",
        "The U.S. Chamber of Commerce, usually an ally of Republican candidates, tweeted that "
        "Trump's plans would lead to higher prices and a trade war.",
        "Economists noted that the last president to use Section 201, George W. Bush, imposed "
        "steel tariffs of up to 30 percent in 2002 and lifted them 21 months later after the "
        "European Union threatened to retaliate against Florida oranges and other American "
        "goods.",
        "Trump did not repeat his figure of a 45 percent tariff on Chinese imports."),
    "events": [
        E("Donald Trump promised on Tuesday to use every lawful presidential power to remedy "
          "trade disputes, including tariffs under sections 201 and 301 of U.S. trade law, if "
          "China does not stop its illegal activities", "impose", "threatened", "US", "CN",
          note="N2"),
        E("George W. Bush, imposed steel tariffs of up to 30 percent in 2002", "impose", "actual",
          "US", None, {"max": 30}, None, ["steel"], note="N4"),
        E("lifted them 21 months later", "remove", "actual", "US", None, None, None, ["steel"],
          note="the EU's threat to 'retaliate against Florida oranges' has no tariff word"),
        E("his figure of a 45 percent tariff on Chinese imports", "impose", "proposed", "US", "CN",
          {"value": 45}, note="N2: the negation is of repeating, not of the measure"),
    ]})

PROBES.append({
    "id": "p10-16-08", "style": "2016", "published": "2016-11-10",
    "title": "Mexico says it would respond to any Trump tariffs",
    "text": news(
        "MEXICO CITY (Reuters) - Mexico would respond with duties of its own if the United "
        "States put tariffs on Mexican exports, Economy Minister Ildefonso Guajardo said on "
        "Thursday, as the peso hovered near record lows after Donald Trump's election victory.",
        "\"If there are tariffs, we will respond,\" Guajardo said, adding he hoped it would not "
        "come to that.",
        "Mexico could hit back with tariffs on U.S. corn, pork and high-fructose corn syrup, "
        "industry analysts said, noting that Mexico bought more than $2 billion of American "
        "corn last year.",
        "Trump said during the campaign he would impose a 35 percent tariff on cars and parts "
        "made in Mexico by U.S. companies that moved plants south of the border.",
        "Mexico's government also said on Thursday it would keep a 16 percent value-added tax on "
        "imported goods sold online, ruling out a cut sought by retailers."),
    "events": [
        E("Mexico would respond with duties of its own", "impose", "threatened", "MX", "US",
          None, None, [], True, note="N5: the condition holds the U.S. event"),
        E("the United States put tariffs on Mexican exports", "impose", "considered", "US", "MX"),
        E("Mexico could hit back with tariffs on U.S. corn, pork and high-fructose corn syrup",
          "impose", "considered", "MX", "US", None, None,
          ["corn", "pork", "high-fructose corn syrup"], True,
          note="$2 billion is last year's purchases, not the goods covered"),
        E("he would impose a 35 percent tariff on cars and parts made in Mexico by U.S. companies "
          "that moved plants south of the border", "impose", "proposed", "US", "MX",
          {"value": 35}, None, ["cars", "parts"], note="N2"),
    ]})

PROBES.append({
    "id": "p10-16-09", "style": "2016", "published": "2016-08-17",
    "title": "Iowa farmers fear Chinese payback over Trump tariff talk",
    "text": news(
        "DES MOINES, Iowa — Soybean and pork farmers at the Iowa State Fair said they worried "
        "that Donald Trump's talk of a 45 percent tariff on Chinese goods could provoke Beijing "
        "into shutting out U.S. farm products. China bought about $10 billion of U.S. soybeans "
        "last year.",
        "Farmers recall that Beijing slapped anti-dumping duties of up to 105 percent on "
        "American chicken parts in 2010, a year after Washington put tariffs on Chinese tires; "
        "those duties remain in place.",
        "China's commerce ministry is also investigating whether U.S. distillers' dried grains, "
        "a feed made from ethanol byproducts, are being dumped, and could set preliminary "
        "duties within weeks.",
        "Iowa Republican Sen. Chuck Grassley, a Trump supporter, said he would urge Trump to "
        "drop the tariff idea."),
    "events": [
        E("Donald Trump's talk of a 45 percent tariff on Chinese goods", "impose", "proposed",
          "US", "CN", {"value": 45}, note="N2"),
        E("Beijing slapped anti-dumping duties of up to 105 percent on American chicken parts in "
          "2010", "impose", "actual", "CN", "US", {"max": 105}, None, ["chicken parts"],
          note="'a year after' is sequence, not retaliation; 'those duties remain in place' is "
               "a bare re-mention"),
        E("Washington put tariffs on Chinese tires", "impose", "actual", "US", "CN", None, None,
          ["tires"]),
        E("China's commerce ministry is also investigating whether U.S. distillers' dried grains, "
          "a feed made from ethanol byproducts, are being dumped, and could set preliminary "
          "duties within weeks", "impose", "considered", "CN", "US", None, None,
          ["distillers' dried grains"]),
        E("he would urge Trump to drop the tariff idea", "remove", "demanded", "US", "CN",
          note="asking that a planned tariff not be imposed: remove / demanded"),
    ]})

PROBES.append({
    "id": "p10-16-10", "style": "2016", "published": "2016-12-05",
    "title": "Trump warns companies of 35 percent tax on goods made abroad",
    "text": news(
        "WASHINGTON (Reuters) - President-elect Donald Trump warned U.S. companies on Sunday that "
        "they would face a 35 percent tax on products they make in factories moved abroad and "
        "sell back into the United States.",
        "In a series of Twitter posts, Trump said any business that fires its workers and builds "
        "a new plant in another country \"is going to pay a 35% tariff\" on goods shipped across "
        "the border. He also said he would cut the corporate income tax rate sharply.",
        "House Republicans are pushing a separate \"border adjustment\" plan that would tax "
        "imports and exempt exports as part of a corporate tax overhaul; Trump's aides have not "
        "said whether he backs it.",
        "The president-elect's threat drew a muted response from Mexico, where Foreign Minister "
        "Claudia Ruiz Massieu said the government would wait for concrete measures.",
        "Analysts at Goldman Sachs said they doubted a tariff on individual companies could "
        "survive a legal challenge."),
    "events": [
        E("President-elect Donald Trump warned U.S. companies on Sunday that they would face a 35 "
          "percent tax on products they make in factories moved abroad and sell back into the "
          "United States", "impose", "threatened", "US", None, {"value": 35},
          note="N3; warning conditioned on companies' moves; origin not named: target null"),
        E("any business that fires its workers and builds a new plant in another country \"is "
          "going to pay a 35% tariff\" on goods shipped across the border", "impose",
          "threatened", "US", None, {"value": 35}),
    ]})

# ---------------------------------------------------------------- 2018 ----

PROBES.append({
    "id": "p10-18-01", "style": "2018", "published": "2018-08-03",
    "title": "India again delays retaliatory tariffs on U.S. goods",
    "text": news(
        "NEW DELHI (Reuters) - India has again put off higher import duties on 29 U.S. products, "
        "including almonds, walnuts, chickpeas and lentils, pushing the start date to Sept. 18 "
        "from Aug. 4 as the two countries try to settle their dispute over U.S. steel and "
        "aluminum tariffs, a government notification showed on Friday.",
        "The duties, first announced in June in response to Washington's 25 percent tariff on "
        "steel and 10 percent tariff on aluminum, would raise the levy on American almonds to "
        "120 rupees a kilogram from 100 rupees and lift the duty on chickpeas and lentils to 70 "
        "percent from 30 percent.",
        "India is the largest buyer of U.S. almonds, importing about $650 million worth a year. "
        "New Delhi estimates the U.S. metals tariffs cost Indian exporters about $241 million a "
        "year.",
        "Trade Minister Suresh Prabhu said India had also asked Washington to exempt it from the "
        "metals tariffs, as it had for Australia and Argentina."),
    "events": [
        E("India has again put off higher import duties on 29 U.S. products, including almonds, "
          "walnuts, chickpeas and lentils, pushing the start date to Sept. 18 from Aug. 4",
          "raise", "proposed", "IN", "US", None, None,
          ["almonds", "walnuts", "chickpeas", "lentils"],
          note="postponed, not in force; the reason phrase holds its own event (N5)"),
        E("U.S. steel and aluminum tariffs", "impose", "actual", "US", None, None, None,
          ["steel", "aluminum"], note="bare mention with its party (2b); N4"),
        E("Washington's 25 percent tariff on steel and 10 percent tariff on aluminum", "impose",
          "actual", "US", None, {"value": 25}, None, ["steel"], note="N4, N5"),
        E("Washington's 25 percent tariff on steel and 10 percent tariff on aluminum", "impose",
          "actual", "US", None, {"value": 10}, None, ["aluminum"]),
        E("would raise the levy on American almonds to 120 rupees a kilogram from 100 rupees",
          "raise", "proposed", "IN", "US", None, None, ["almonds"], True,
          note="specific duty: rate null"),
        E("lift the duty on chickpeas and lentils to 70 percent from 30 percent", "raise",
          "proposed", "IN", "US", {"from": 30, "to": 70}, None, ["chickpeas", "lentils"], True,
          note="N12"),
        E("the U.S. metals tariffs cost Indian exporters about $241 million a year", "impose",
          "actual", "US", "IN", None, None, ["metals"],
          note="N4: the clause names the party hit; $241 million is an effect, not an amount"),
        E("India had also asked Washington to exempt it from the metals tariffs", "exempt",
          "demanded", "US", "IN", None, None, ["metals"]),
        E("as it had for Australia and Argentina", "exempt", "actual", "US", "AU", None, None,
          ["metals"], note="ellipsis of the exemption"),
        E("as it had for Australia and Argentina", "exempt", "actual", "US", "AR", None, None,
          ["metals"]),
    ]})

PROBES.append({
    "id": "p10-18-02", "style": "2018", "published": "2018-06-05",
    "title": "Mexico hits U.S. pork, bourbon with tariffs",
    "text": news(
        "MEXICO CITY (AP) — Mexico on Tuesday began charging tariffs of 20 percent on U.S. pork "
        "legs and shoulders, apples and potatoes and 25 percent on some cheeses and bourbon, "
        "answering the Trump administration's decision to end Mexico's exemption from steel and "
        "aluminum tariffs.",
        "Mexico also slapped a 25 percent duty on a list of U.S. flat steel products in "
        "retaliation. The Mexican measures cover about $3 billion of American goods, the Economy "
        "Ministry said.",
        "The U.S. tariffs of 25 percent on steel and 10 percent on aluminum took effect for "
        "Mexico, Canada and the European Union on Friday.",
        "U.S. pork producers, who sold about $1.4 billion of pork to Mexico last year, urged the "
        "administration to restore the exemption before Mexican buyers switch to Canadian and "
        "European suppliers.",
        "Mexico said it would also open a duty-free quota for 350,000 tonnes of pork from other "
        "countries."),
    "events": [
        E("Mexico on Tuesday began charging tariffs of 20 percent on U.S. pork legs and "
          "shoulders, apples and potatoes and 25 percent on some cheeses and bourbon", "impose",
          "actual", "MX", "US", {"value": 20}, None,
          ["pork legs", "shoulders", "apples", "potatoes"], True, note="N5"),
        E("Mexico on Tuesday began charging tariffs of 20 percent on U.S. pork legs and "
          "shoulders, apples and potatoes and 25 percent on some cheeses and bourbon", "impose",
          "actual", "MX", "US", {"value": 25}, None, ["cheeses", "bourbon"], True),
        E("the Trump administration's decision to end Mexico's exemption from steel and aluminum "
          "tariffs", "impose", "actual", "US", "MX", None, None, ["steel", "aluminum"],
          note="ending an exemption imposes the tariff; in force since Friday"),
        E("Mexico also slapped a 25 percent duty on a list of U.S. flat steel products in "
          "retaliation", "impose", "actual", "MX", "US", {"value": 25}, None,
          ["flat steel products"], True,
          note="'The Mexican measures cover about $3 billion' is a generic word: no event"),
    ] + [
        E("The U.S. tariffs of 25 percent on steel and 10 percent on aluminum took effect for "
          "Mexico, Canada and the European Union on Friday", "impose", "actual", "US", c,
          {"value": r}, None, [g]) for c in ("MX", "CA", "EU") for r, g in ((25, "steel"),
                                                                          (10, "aluminum"))
    ] + [
        E("urged the administration to restore the exemption", "exempt", "demanded", "US", "MX"),
        E("it would also open a duty-free quota for 350,000 tonnes of pork from other countries",
          "remove", "proposed", "MX", None, None, None, ["pork"],
          note="duty-free quota = tariff concession; unnamed origins: target null"),
    ]})

PROBES.append({
    "id": "p10-18-03", "style": "2018", "published": "2018-09-11",
    "title": "Commerce grinds through steel tariff exclusion backlog",
    "text": news(
        "WASHINGTON (Bloomberg) — The Commerce Department has granted about 9,900 requests from "
        "U.S. companies to exclude specific steel and aluminum products from President Donald "
        "Trump's tariffs and denied about 5,000, according to a department tally, as a backlog "
        "of more than 40,000 requests grows.",
        "Among the latest approvals, a Pennsylvania maker of ball bearings won an exclusion for a "
        "grade of bar steel from Japan that it said no U.S. mill produces, while a Texas pipe "
        "company's request to exclude Korean seamless tubes was rejected after objections from "
        "U.S. Steel Corp.",
        "Companies that win exclusions pay no 25 percent duty on the approved products for one "
        "year, and get refunds on duties paid since they applied.",
        "Lawmakers including Senator Pat Toomey have asked Commerce to speed up the process and "
        "to exempt products that are not made in the U.S. at all.",
        "Separately, ocean carriers have filed new freight tariffs with the Federal Maritime "
        "Commission raising rates on Asia-U.S. routes by as much as $600 a container, as "
        "importers rush cargo in ahead of an expected new round of U.S. tariffs on Chinese "
        "goods."),
    "events": [
        E("The Commerce Department has granted about 9,900 requests from U.S. companies to "
          "exclude specific steel and aluminum products from President Donald Trump's tariffs",
          "exempt", "actual", "US", None, None, None, ["steel and aluminum products"],
          note="N4; 'denied about 5,000' negated (N13)"),
        E("a Pennsylvania maker of ball bearings won an exclusion for a grade of bar steel from "
          "Japan", "exempt", "actual", "US", "JP", None, None, ["bar steel"],
          note="the rejected Korean request is not an event (N13)"),
        E("Companies that win exclusions pay no 25 percent duty on the approved products for one "
          "year", "exempt", "actual", "US", None,
          note="N1: rate null; 'get refunds on duties paid' is part of the same exemption"),
        E("Lawmakers including Senator Pat Toomey have asked Commerce to speed up the process and "
          "to exempt products that are not made in the U.S. at all", "exempt", "demanded", "US",
          None),
        E("an expected new round of U.S. tariffs on Chinese goods", "impose", "considered", "US",
          "CN", note="freight tariffs are not customs tariffs"),
    ]})

PROBES.append({
    "id": "p10-18-04", "style": "2018", "published": "2018-10-12",
    "title": "Canada to impose steel safeguard tariffs",
    "text": news(
        "OTTAWA (Reuters) - Canada will impose provisional safeguard tariffs of 25 percent on "
        "imports of seven steel products, including heavy plate, rebar and stainless wire, that "
        "exceed historical levels, Finance Minister Bill Morneau said on Thursday, to stop steel "
        "diverted from the U.S. market from flooding Canada.",
        "The measures take effect on Oct. 25 and will last 200 days. Imports from the United "
        "States and Mexico will be exempt, and goods from Chile, Israel and other free-trade "
        "partners will be excluded for some products.",
        "Canada has kept in place its retaliatory 25 percent surtax on U.S. steel and 10 percent "
        "on U.S. aluminum, along with duties on C$16.6 billion of American goods from ketchup to "
        "lawn mowers, since July 1.",
        "Morneau said Ottawa would lift those countermeasures only when Washington drops its "
        "metals tariffs.",
        "The Canadian Steel Producers Association had asked Ottawa to extend the tariffs to a "
        "wider list, including steel pipe."),
    "events": [
        E("Canada will impose provisional safeguard tariffs of 25 percent on imports of seven "
          "steel products, including heavy plate, rebar and stainless wire, that exceed "
          "historical levels", "impose", "proposed", "CA", None, {"value": 25}, None,
          ["steel products", "heavy plate", "rebar", "stainless wire"],
          note="N4; 'The measures take effect' is a generic word (N13)"),
        E("Imports from the United States and Mexico will be exempt", "exempt", "proposed", "CA",
          "US", None, None, ["steel products"]),
        E("Imports from the United States and Mexico will be exempt", "exempt", "proposed", "CA",
          "MX", None, None, ["steel products"]),
        E("goods from Chile, Israel and other free-trade partners will be excluded for some "
          "products", "exempt", "proposed", "CA", "CL", note="'other free-trade partners' unnamed"),
        E("goods from Chile, Israel and other free-trade partners will be excluded for some "
          "products", "exempt", "proposed", "CA", "IL"),
        E("Canada has kept in place its retaliatory 25 percent surtax on U.S. steel and 10 percent "
          "on U.S. aluminum, along with duties on C$16.6 billion of American goods from ketchup "
          "to lawn mowers, since July 1", "impose", "actual", "CA", "US", {"value": 25}, None,
          ["steel"], True),
        E("Canada has kept in place its retaliatory 25 percent surtax on U.S. steel and 10 percent "
          "on U.S. aluminum, along with duties on C$16.6 billion of American goods from ketchup "
          "to lawn mowers, since July 1", "impose", "actual", "CA", "US", {"value": 10}, None,
          ["aluminum"], True),
        E("Canada has kept in place its retaliatory 25 percent surtax on U.S. steel and 10 percent "
          "on U.S. aluminum, along with duties on C$16.6 billion of American goods from ketchup "
          "to lawn mowers, since July 1", "impose", "actual", "CA", "US", None,
          usd(16.6e9, "CAD"), ["ketchup", "lawn mowers"], True, note="three tranches, one span"),
        E("Washington drops its metals tariffs", "remove", "demanded", "US", None, None, None,
          ["metals"], note="Canada's condition = its demand; N4 target null; 'lift those "
                           "countermeasures' is a generic word (N13)"),
        E("The Canadian Steel Producers Association had asked Ottawa to extend the tariffs to a "
          "wider list, including steel pipe", "impose", "demanded", "CA", None, None, None,
          ["steel pipe"]),
    ]})

PROBES.append({
    "id": "p10-18-05", "style": "2018", "published": "2018-07-09",
    "title": "China's car tariff cut bypasses U.S.-built vehicles",
    "text": news(
        "BEIJING/SHANGHAI (Reuters) - China cut its import tariff on passenger cars to 15 "
        "percent from 25 percent on July 1, but that relief vanished for American-made cars on "
        "Friday, when Beijing's additional 25 percent duty on $34 billion of U.S. goods took "
        "effect in retaliation for U.S. tariffs on Chinese products.",
        "Tesla Inc said it had raised prices of its Model S and Model X in China by about 20 "
        "percent. BMW, which builds X5 and X6 SUVs in South Carolina, said it was reviewing its "
        "pricing.",
        "China's tariff on auto parts was also lowered, to 6 percent from as high as 25 percent.",
        "Washington's 25 percent tariffs on $34 billion of Chinese goods, ranging from industrial "
        "robots to hard drives, took effect at the same time; the U.S. Trade Representative is "
        "weighing a further list worth $200 billion."),
    "events": [
        E("China cut its import tariff on passenger cars to 15 percent from 25 percent on July 1",
          "lower", "actual", "CN", None, {"from": 25, "to": 15}, None, ["passenger cars"]),
        E("Beijing's additional 25 percent duty on $34 billion of U.S. goods took effect", "impose",
          "actual", "CN", "US", {"value": 25}, usd(34e9), [], True,
          note="'additional duty' = a new duty on top: impose; N5"),
        E("U.S. tariffs on Chinese products", "impose", "actual", "US", "CN"),
        E("China's tariff on auto parts was also lowered, to 6 percent from as high as 25 percent",
          "lower", "actual", "CN", None, {"from": 25, "to": 6}, None, ["auto parts"]),
        E("Washington's 25 percent tariffs on $34 billion of Chinese goods, ranging from "
          "industrial robots to hard drives, took effect at the same time", "impose", "actual",
          "US", "CN", {"value": 25}, usd(34e9), ["industrial robots", "hard drives"]),
        E("the U.S. Trade Representative is weighing a further list worth $200 billion",
          "impose", "considered", "US", "CN", None, usd(200e9),
          note="ellipsis: 'list' with an amount stands for the tariffs"),
    ]})

PROBES.append({
    "id": "p10-18-06", "style": "2018", "published": "2018-07-19",
    "title": "EU puts provisional steel safeguard into force",
    "text": news(
        "BRUSSELS (AP) — The European Union put provisional safeguard measures on steel imports "
        "into force on Thursday, setting quotas for 23 steel products based on average imports "
        "of the past three years and a 25 percent tariff on shipments above them.",
        "The European Commission said the step was needed to stop steel shut out of the U.S. "
        "market by President Donald Trump's tariffs from being dumped in Europe.",
        "The safeguard tariff does not apply to imports from Norway, Iceland and Liechtenstein, "
        "and some developing countries are exempt as long as their shipments stay small.",
        "The EU has since June 22 applied tariffs of 25 percent on 2.8 billion euros of U.S. "
        "goods, including bourbon, motorcycles and orange juice, in response to the U.S. metals "
        "tariffs.",
        "Turkey and South Korea, two of the largest exporters of steel to Europe, said they would "
        "ask Brussels to exempt their mills. The safeguard can last up to 200 days before the EU "
        "must decide on definitive measures."),
    "events": [
        E("The European Union put provisional safeguard measures on steel imports into force on "
          "Thursday, setting quotas for 23 steel products based on average imports of the past "
          "three years and a 25 percent tariff on shipments above them", "impose", "actual",
          "EU", None, {"value": 25}, None, ["steel products"], note="N4"),
        E("President Donald Trump's tariffs", "impose", "actual", "US", None),
    ] + [
        E("The safeguard tariff does not apply to imports from Norway, Iceland and Liechtenstein",
          "exempt", "actual", "EU", c, None, None, ["steel"],
          note="'does not apply to' = exemption, not a negated measure") for c in ("NO", "IS", "LI")
    ] + [
        E("some developing countries are exempt as long as their shipments stay small", "exempt",
          "actual", "EU", None, None, None, ["steel"]),
        E("The EU has since June 22 applied tariffs of 25 percent on 2.8 billion euros of U.S. "
          "goods, including bourbon, motorcycles and orange juice", "impose", "actual", "EU", "US",
          {"value": 25}, usd(2.8e9, "EUR"), ["bourbon", "motorcycles", "orange juice"], True,
          note="N5"),
        E("the U.S. metals tariffs", "impose", "actual", "US", None, None, None, ["metals"],
          note="N4"),
        E("they would ask Brussels to exempt their mills", "exempt", "demanded", "EU", "TR", None,
          None, ["steel"]),
        E("they would ask Brussels to exempt their mills", "exempt", "demanded", "EU", "KR", None,
          None, ["steel"]),
    ]})

PROBES.append({
    "id": "p10-18-07", "style": "2018", "published": "2018-08-15",
    "title": "Turkey doubles tariffs on U.S. cars, alcohol",
    "text": news(
        "ANKARA (Reuters) - Turkey sharply raised tariffs on imports of some U.S. goods on "
        "Wednesday, doubling duties on American passenger cars to 120 percent and on alcoholic "
        "drinks to 140 percent, in retaliation for Washington's move last week to double tariffs "
        "on Turkish steel and aluminum.",
        "The duties on leaf tobacco were raised to 60 percent, and levies on rice, cosmetics and "
        "coal were also increased, according to a decree signed by President Tayyip Erdogan and "
        "published in the Official Gazette.",
        "The increases cover about $533 million of U.S. imports, Vice President Fuat Oktay said "
        "on Twitter.",
        "U.S. President Donald Trump said on Friday he had authorized doubling the steel and "
        "aluminum tariffs on Turkey, to 50 percent and 20 percent, as the lira tumbled.",
        "Turkey had already imposed $267 million in retaliatory duties in June, the same value it "
        "says its steel exporters lose to the U.S. measures. The lira rose 6 percent against the "
        "dollar on Wednesday after the central bank tightened liquidity."),
    "events": [
        E("Turkey sharply raised tariffs on imports of some U.S. goods on Wednesday, doubling "
          "duties on American passenger cars to 120 percent and on alcoholic drinks to 140 "
          "percent", "raise", "actual", "TR", "US", {"value": 120}, None, ["passenger cars"],
          True, note="new level alone: value (section 8); N5"),
        E("Turkey sharply raised tariffs on imports of some U.S. goods on Wednesday, doubling "
          "duties on American passenger cars to 120 percent and on alcoholic drinks to 140 "
          "percent", "raise", "actual", "TR", "US", {"value": 140}, None, ["alcoholic drinks"],
          True),
        E("Washington's move last week to double tariffs on Turkish steel and aluminum", "raise",
          "actual", "US", "TR", None, None, ["steel", "aluminum"]),
        E("The duties on leaf tobacco were raised to 60 percent", "raise", "actual", "TR", "US",
          {"value": 60}, None, ["leaf tobacco"], note="N6: retaliation false"),
        E("levies on rice, cosmetics and coal were also increased", "raise", "actual", "TR", "US",
          None, None, ["rice", "cosmetics", "coal"]),
        E("The increases cover about $533 million of U.S. imports", "raise", "actual", "TR", "US",
          None, usd(533e6)),
        E("he had authorized doubling the steel and aluminum tariffs on Turkey, to 50 percent and "
          "20 percent", "raise", "actual", "US", "TR", {"value": 50}, None, ["steel"]),
        E("he had authorized doubling the steel and aluminum tariffs on Turkey, to 50 percent and "
          "20 percent", "raise", "actual", "US", "TR", {"value": 20}, None, ["aluminum"]),
        E("Turkey had already imposed $267 million in retaliatory duties in June", "impose",
          "actual", "TR", "US", None, usd(267e6), [], True,
          note="'the U.S. measures' is a generic word (N13)"),
    ]})

PROBES.append({
    "id": "p10-18-08", "style": "2018", "published": "2018-04-17",
    "title": "China slaps deposits on U.S. sorghum",
    "text": news(
        "BEIJING (Bloomberg) — China will require importers of U.S. sorghum to pay deposits of "
        "178.6 percent of the grain's value from Wednesday, a preliminary anti-dumping ruling "
        "that all but halts a trade worth about $1 billion a year.",
        "The Commerce Ministry said it found U.S. sorghum was dumped and subsidized, hurting "
        "Chinese farmers. U.S. grain traders said at least 20 cargoes on the water could be hit, "
        "and some ships were already diverting to Spain and Saudi Arabia.",
        "The ruling came a day after the U.S. Commerce Department banned American companies from "
        "selling parts to ZTE Corp. Beijing has also proposed 25 percent tariffs on U.S. "
        "soybeans, cars and chemicals worth $50 billion, and has said it may extend anti-dumping "
        "probes to other farm goods.",
        "China earlier this month put tariffs of up to 25 percent on 128 U.S. products, including "
        "pork, fruit and wine, in response to U.S. duties on imported steel and aluminum.",
        "South Korea, meanwhile, asked the WTO to rule on U.S. safeguard tariffs on washing "
        "machines and solar panels imposed in January."),
    "events": [
        E("China will require importers of U.S. sorghum to pay deposits of 178.6 percent of the "
          "grain's value from Wednesday, a preliminary anti-dumping ruling that all but halts a "
          "trade worth about $1 billion a year", "impose", "proposed", "CN", "US",
          {"value": 178.6}, usd(1e9), ["sorghum"],
          note="anti-dumping deposits = the duty; N8 (from the day after published); the trade "
               "worth $1 billion a year read as the goods covered"),
        E("Beijing has also proposed 25 percent tariffs on U.S. soybeans, cars and chemicals worth "
          "$50 billion", "impose", "proposed", "CN", "US", {"value": 25}, usd(50e9),
          ["soybeans", "cars", "chemicals"], note="'may extend anti-dumping probes': no duty"),
        E("China earlier this month put tariffs of up to 25 percent on 128 U.S. products, "
          "including pork, fruit and wine", "impose", "actual", "CN", "US", {"max": 25}, None,
          ["pork", "fruit", "wine"], True, note="N5"),
        E("U.S. duties on imported steel and aluminum", "impose", "actual", "US", None, None, None,
          ["steel", "aluminum"], note="N4"),
        E("U.S. safeguard tariffs on washing machines and solar panels imposed in January",
          "impose", "actual", "US", None, None, None, ["washing machines", "solar panels"],
          note="global safeguard: target null although Korea complains (N4)"),
    ]})

PROBES.append({
    "id": "p10-18-09", "style": "2018", "published": "2018-07-06",
    "title": "Russia sets retaliatory duties on U.S. machinery",
    "text": news(
        "MOSCOW (Reuters) - Russia said on Friday it would impose additional import duties of 25 "
        "to 40 percent on some U.S. goods, including road-building machinery, oil and gas "
        "equipment and fibre-optic cable, to offset losses from U.S. tariffs on Russian steel and "
        "aluminum.",
        "The duties, which take effect in 30 days, will cover U.S. goods where domestic "
        "substitutes exist, Economy Minister Maxim Oreshkin said, putting the losses to Russian "
        "metals producers at $537.6 million.",
        "Oreshkin said Moscow could go further and raise duties on other American products if "
        "Washington did not compensate. The European Union, China, Canada and Mexico have already "
        "put retaliatory duties on U.S. goods.",
        "Rusal, the aluminum producer already hit by U.S. sanctions, has cut exports to the "
        "United States. The government also approved a temporary export duty on ferrous scrap to "
        "keep metal at home."),
    "events": [
        E("Russia said on Friday it would impose additional import duties of 25 to 40 percent on "
          "some U.S. goods, including road-building machinery, oil and gas equipment and "
          "fibre-optic cable", "impose", "proposed", "RU", "US", {"min": 25, "max": 40}, None,
          ["road-building machinery", "oil and gas equipment", "fibre-optic cable"], True,
          note="N5: 'to offset losses from U.S. tariffs' presents it as a response"),
        E("U.S. tariffs on Russian steel and aluminum", "impose", "actual", "US", "RU", None, None,
          ["steel", "aluminum"], note="N4: the clause names the party hit"),
        E("The duties, which take effect in 30 days, will cover U.S. goods where domestic "
          "substitutes exist", "impose", "proposed", "RU", "US",
          note="$537.6 million is the losses, not the goods covered"),
        E("Moscow could go further and raise duties on other American products if Washington did "
          "not compensate", "raise", "threatened", "RU", "US", None, None, [], True,
          note="condition on the target's conduct; response to it"),
    ] + [
        E("The European Union, China, Canada and Mexico have already put retaliatory duties on "
          "U.S. goods", "impose", "actual", c, "US", None, None, [], True,
          note="sanctions and the scrap export duty are not events") for c in ("EU", "CN", "CA", "MX")
    ]})

PROBES.append({
    "id": "p10-18-10", "style": "2018", "published": "2018-05-01",
    "title": "White House extends metals tariff reprieve for EU, Canada, Mexico",
    "text": news(
        "WASHINGTON (AP) — The White House late Monday extended the exemption of the European "
        "Union, Canada and Mexico from steel and aluminum tariffs for 30 days, to June 1, and "
        "said it had reached agreements in principle with Argentina, Australia and Brazil that "
        "would permanently exempt them.",
        "South Korea became the first country to win a permanent exemption from the 25 percent "
        "steel tariff, in exchange for accepting a quota of 2.68 million tonnes a year, 70 "
        "percent of its average shipments. Korean aluminum remains subject to the 10 percent "
        "tariff.",
        "Japan, which was not exempted, has notified the WTO that it reserves the right to "
        "retaliate with duties on about $440 million of U.S. goods.",
        "The European Commission said it wanted a permanent exemption, not another deadline, and "
        "would not negotiate \"under threat.\"",
        "The tariffs have applied to other countries' steel and aluminum since March 23."),
    "events": [
        E("The White House late Monday extended the exemption of the European Union, Canada and "
          "Mexico from steel and aluminum tariffs for 30 days, to June 1", "exempt", "actual",
          "US", c, None, None, ["steel", "aluminum"], note="extension in force on published")
        for c in ("EU", "CA", "MX")
    ] + [
        E("it had reached agreements in principle with Argentina, Australia and Brazil that would "
          "permanently exempt them", "exempt", "proposed", "US", c, None, None,
          ["steel", "aluminum"]) for c in ("AR", "AU", "BR")
    ] + [
        E("South Korea became the first country to win a permanent exemption from the 25 percent "
          "steel tariff", "exempt", "actual", "US", "KR", None, None, ["steel"],
          note="N1: rate null; the quota is not a tariff"),
        E("Korean aluminum remains subject to the 10 percent tariff", "impose", "actual", "US",
          "KR", {"value": 10}, None, ["aluminum"]),
        E("it reserves the right to retaliate with duties on about $440 million of U.S. goods",
          "impose", "threatened", "JP", "US", None, usd(440e6), [], True,
          note="'not exempted' is negated; reserving the right = a warning"),
        E("The European Commission said it wanted a permanent exemption", "exempt", "demanded",
          "US", "EU"),
        E("The tariffs have applied to other countries' steel and aluminum since March 23",
          "impose", "actual", "US", None, None, None, ["steel", "aluminum"], note="N4"),
    ]})
