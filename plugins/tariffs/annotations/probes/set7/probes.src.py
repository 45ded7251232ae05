# SPDX-License-Identifier: MIT
"""Probe set 7: news snippets written (made up, no article copied) in the
three styles of the unseen news -- 1987 Reuters wire copy, 2016 US
presidential campaign coverage, 2018 trade-war wire copy of AP/Reuters/
Bloomberg-like desks -- and annotated blind (no sift run, no build, no plugin
code, tests, data, plugin README or gold read; sets 1 to 6 not read, but the
first 40 lines of set3/probes.src.py for the file format) by
shared/corpus/TARIFF-GUIDELINES.md and ../../GUIDE.md.  Helper tarprobe7,
2026-12-07.  build.py resolves the spans and writes probes.gold.jsonl.
30 pieces (10 per style), 209 events (1987: 67, 2016: 60, 2018: 82); every
piece has at least one event and most carry confusers.  The count is above
the 120-170 aimed at because 39 events are the second or later party or
tranche of a clause (one event per party, guidelines 3).  One writer's
reading, no second annotator: the second pass was the writer's own.

The 1987 texts are laid out like the Reuters-21578 bodies (hard wrap at 65
columns, four-space paragraph indents, closing " Reuter"), made by wire()
below, and keep their dateline ("TOKYO, May 26 - ").  2016 and 2018 texts
start at the dateline or first sentence; the headline is in `title` only
and is not annotated.  Most people quoted by name are invented; real office
holders appear by title, and what they say here is made up.

NOTES -- judgement calls (an event's "note" names the one it applies to)
------------------------------------------------------------------------
N1  Rate of a duty that is removed, exempted from, or cut without a new
    level named ("lower the 60 pct duty on ... leather shoes", "without
    paying the 25 percent duty"): rate null -- the level is the old duty's;
    the probes README records this as the train gold's reading.  Size of a
    change ("by about one third", "averaging about 20 pct" of a cut) is null.
N2  A candidate's tariff plan (2016) is a statement of intent: proposed,
    actor US (the country that would levy it), not demanded.  With a
    condition on the target's conduct ("if Carrier went ahead ...", "until
    Beijing stops dumping it", "only if Beijing refused ...") or called a
    threat / negotiating stick by the campaign: threatened.
N3  The plan restated inside someone else's hypothetical or comment ("if he
    puts a 45 percent tariff on their TVs", "if a future American president
    slapped tariffs on Mexican-made cars", a study's assumption, an
    economists' estimate, a rival's criticism) keeps the plan's modality,
    proposed; the other side's expected answer in the same hypothetical
    ("they put a tariff on our beans", "both countries would retaliate with
    equal duties") is considered.
N4  Duty-free entry of one party's goods under a trade agreement while the
    general duties stay (NAFTA, Australia-NZ CER): exempt / actual, actor
    the importing country, target the partner.  Losing GSP duty-free status
    or a temporary exemption from a duty: impose (the dev set codes "ended
    preferential duty-free trade treatment for exports from X" impose); a
    warning that Seoul "could remove South Korea from its list of
    beneficiaries of duty-free treatment" is therefore impose / threatened.
N5  Section 232 steel and aluminum duties and other measures on imports
    from everywhere: target null unless the clause itself names the party
    hit ("Turkish steel", "Canada has been hit by", "Korean-made washing
    machines", "the steel tariffs on Mexico"), also inside another party's
    retaliation phrase ("in retaliation for U.S. tariffs on steel and
    aluminum").  The seeds code "allies ... hit with duties on steel and
    aluminium" target null.
N6  A candidate's factual claim that a country "charges" a tariff (Trump's
    16 and 17 percent, really VAT) is coded as the measure it states, impose
    / actual: a report of a measure that someone denies is still an event
    (guidelines 1).  The fact-checker's value-added taxes are domestic
    taxes, no event.
N7  Company rates written as a range ("range from 4.8 pct for Seiko Epson
    to 47 pct for smaller makers"): one event, {"min","max"}; rates given to
    companies in clauses of their own ("Brother ... will pay 33.9 pct, and
    Citizen Watch Co 19.6 pct"): one event each, actual although "will pay"
    (the duty is in force at the article's date).
N8  retaliation is read from the clause or its sentence only (guidelines
    9): a restatement of a retaliatory measure in a later sentence that
    does not say so is false.
N9  An average level stated for a party's tariffs ("Seoul's tariffs, which
    average about 19 pct", "China's average applied tariff is close to 10
    percent", "averaging about 20 percent") is taken as the rate value.
N10 A re-mention with a change word ("the cuts would cost 5,000 jobs", "the
    increases were in response to", "The higher duties", "the plywood cut",
    "the tariff threat") is a restatement event; a bare re-mention with no
    action, party or specification ("such duties would likely run afoul",
    "the tariff was a negotiating stick", "to cover the tariffs", "the
    duties had driven up paper prices") is not.
N11 Negated or refused measures are not events: "rejected a petition ... to
    take Colombian cut flowers off the list", "neither candidate embraced",
    "has not proposed new tariffs", "he did not say whether he would tax",
    "while the United States charges them nothing", "denying dozens of
    other requests".
N12 A request by an exporting party (its government or industry) for a
    cut, removal or exemption names the target by the requester's
    nationality, as the guidelines' "Manila's request for lower tariffs on
    coconut oil" (PH), also when the duty itself is on imports from
    everywhere: "The United States and the European Community have pressed
    Tokyo to scrap its duties on processed foods" JP->US and JP->EU,
    "Washington would still press Mexico to ... bring down tariffs on farm
    machinery" US, "Japan had asked Jakarta to lower duties on cars" JP,
    "U.S. Cigarette makers want the 100 pct duty ... lowered" US, Samsung
    and LG asking Washington to exempt parts KR.  A cut made by the levying
    country "of interest to American exporters" or "to ease friction with
    its trading partners" is a motive: target null.
N13 Generic measure words never make an event, also when they are tariffs
    in the story: "countermeasures", "sanctions", "penalties", "The
    measures", "retaliate against EC farm exports", "take necessary
    measures", "respond to any tariff".
N14 Domestic taxes proposed or in force are not events, also when they
    touch imports or are argued about as trade measures: the EC's proposed
    tax on vegetable and marine oils, the House "border adjustment" in the
    corporate income tax, Cruz's business flat tax, Korea's consumption tax
    on cars, China's purchase tax on cars; export taxes (Indonesia's on
    sawn timber, Canada's export charge on softwood lumber) neither.
N15 A president's legal power ("could impose tariffs of up to 15 percent
    for 150 days under a 1974 trade law") is talk about a tool, no event;
    advisers "studying whether he could impose tariffs of up to 15 percent
    on imports from China and Mexico" is a measure under study: impose /
    considered, {"max": 15}, one event per party.
N16 A duty-free quota opened for pork "from other countries": exempt /
    proposed, target null (no party named).
N17 An amount is taken only when it is the value of the goods covered: the
    $241 million India's higher duties would raise, the $537.6 million of
    damage Russia offsets and Iowa's export values are not amounts.  One
    total for several named parties in one clause (the GSP removal's 1.1
    billion dlrs) is repeated on each party's event.
N18 Wording decides the action: "set a 60 percent tariff on leaf tobacco"
    impose although the story is a doubling; "could extend the duties to the
    parts" impose (a duty on goods not yet covered); "threw out duties"
    remove; "those on cars ... now as high as 40 pct, will be reviewed"
    impose / actual for the stated level, the review itself directionless.
N19 "Lower preliminary duties on the steel from Japan, Brazil and India ...
    remain in place": "Lower" compares with China's rate, it is no cut:
    impose / actual, one event per target.
N20 "Developing countries that ship only small quantities will be exempt,
    as will Norway, Iceland and Liechtenstein": one exempt event with target
    null for the unnamed developing countries (no bloc name, so not XX),
    and one per named country.
"""
import textwrap

US = {"name": "United States", "code": "US"}
JP = {"name": "Japan", "code": "JP"}
EU = {"name": "European Community", "code": "EU"}
EUN = {"name": "European Union", "code": "EU"}
CA = {"name": "Canada", "code": "CA"}
MX = {"name": "Mexico", "code": "MX"}
CN = {"name": "China", "code": "CN"}
BR = {"name": "Brazil", "code": "BR"}
TW = {"name": "Taiwan", "code": "TW"}
KR = {"name": "South Korea", "code": "KR"}
HK = {"name": "Hong Kong", "code": "HK"}
CL = {"name": "Chile", "code": "CL"}
NZ = {"name": "New Zealand", "code": "NZ"}
AU = {"name": "Australia", "code": "AU"}
ID = {"name": "Indonesia", "code": "ID"}
IN = {"name": "India", "code": "IN"}
GB = {"name": "United Kingdom", "code": "GB"}
TR = {"name": "Turkey", "code": "TR"}
SE = {"name": "Sweden", "code": "SE"}
IL = {"name": "Israel", "code": "IL"}
AR = {"name": "Argentina", "code": "AR"}
NO = {"name": "Norway", "code": "NO"}
IS = {"name": "Iceland", "code": "IS"}
LI = {"name": "Liechtenstein", "code": "LI"}
RU = {"name": "Russia", "code": "RU"}


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


def USD(x):
    return {"value": x, "currency": "USD"}


def E(span, action, modality, actor, target, rate=None, amount=None, goods=(), ret=False, nth=None, note=None):
    e = {"span": span, "action": action, "modality": modality, "actor": actor, "target": target,
         "rate": rate, "amount": amount, "goods": list(goods), "retaliation": ret}
    if nth is not None:
        e["nth"] = nth
    if note:
        e["note"] = note
    return e


def wire(*paras):
    """Reuters-21578 layout: first paragraph flush, later ones indented four
    spaces, hard wrap at 65 columns, closing ' Reuter'."""
    out = []
    for k, p in enumerate(paras):
        out.append(textwrap.fill(" ".join(p.split()), width=65, initial_indent="" if k == 0 else "    ",
                                 break_on_hyphens=False, break_long_words=False))
    return "\n".join(out) + "\n Reuter\n"


def one(text):
    return " ".join(text.split())


def paras(*ps):
    return "\n\n".join(one(p) for p in ps)


PROBES = []

# ---------------------------------------------------------------- 1987 ----

PROBES.append({
    "id": "p7-87-01", "style": "1987", "published": "1987-05-26",
    "title": "JAPAN TO CUT TARIFFS ON 140 ITEMS AHEAD OF SUMMIT",
    "text": wire(
        """TOKYO, May 26 - Japan will cut import tariffs on about 140
        items, including chocolate, biscuits, plywood and some aluminium
        products, from July 1 in an effort to ease friction with its
        trading partners before the Venice summit, Finance Ministry
        officials said.""",
        """The cuts, averaging about 20 pct, were approved at a meeting of
        economic ministers today and follow a reduction of duties on about
        1,800 items last April, they said.""",
        """The tariff on chocolate will fall to 20 pct from 31.9 pct and
        the duty on biscuits to 15 pct from 24 pct, the officials said.""",
        """The United States and the European Community have pressed Tokyo
        to scrap its duties on processed foods altogether, and U.S.
        officials said last week the plywood cut did not go far enough.""",
        """Separately, Nippon Telegraph and Telephone Corp <NTT.T> said it
        would lower its long-distance telephone tariffs by an average 9.5
        pct from July.""",
        """Officials said a Finance Ministry panel would also study whether
        to lower the 60 pct duty on imported leather shoes, which
        Washington has long criticised."""),
    "events": [
        E("Japan will cut import tariffs on about 140 items, including chocolate, biscuits, plywood and some "
          "aluminium products, from July 1", "lower", "proposed", JP, None,
          goods=["chocolate", "biscuits", "plywood", "aluminium products"]),
        E("The cuts, averaging about 20 pct, were approved at a meeting of economic ministers today",
          "lower", "proposed", JP, None, note="N1: average size of the cut, rate null; in force July 1"),
        E("a reduction of duties on about 1,800 items last April", "lower", "actual", JP, None),
        E("The tariff on chocolate will fall to 20 pct from 31.9 pct", "lower", "proposed", JP, None,
          rate=FT(31.9, 20), goods=["chocolate"]),
        E("the duty on biscuits to 15 pct from 24 pct", "lower", "proposed", JP, None, rate=FT(24, 15),
          goods=["biscuits"]),
        E("The United States and the European Community have pressed Tokyo to scrap its duties on processed "
          "foods altogether", "remove", "demanded", JP, US, goods=["processed foods"],
          note="N12: the exporters asking name the target; one event per party"),
        E("The United States and the European Community have pressed Tokyo to scrap its duties on processed "
          "foods altogether", "remove", "demanded", JP, EU, goods=["processed foods"], note="N12"),
        E("the plywood cut did not go far enough", "lower", "proposed", JP, None, goods=["plywood"],
          note="N10: change word standing for the tariff cut"),
        E("a Finance Ministry panel would also study whether to lower the 60 pct duty on imported leather shoes",
          "lower", "considered", JP, None, goods=["leather shoes"], note="N1"),
    ],
})

PROBES.append({
    "id": "p7-87-02", "style": "1987", "published": "1987-10-22",
    "title": "EC SETS PROVISIONAL DUMPING DUTIES ON JAPANESE PRINTERS",
    "text": wire(
        """BRUSSELS, Oct 22 - The European Community Commission said it has
        imposed provisional anti-dumping duties of up to 47 pct on
        dot-matrix computer printers made in Japan, a move diplomats said
        would further strain EC-Japanese trade ties.""",
        """The duties, which took effect today and run for four months,
        range from 4.8 pct for Seiko Epson Corp to 47 pct for smaller
        makers which did not cooperate with the inquiry, a Commission
        spokesman said.""",
        """Brother Industries Ltd will pay 33.9 pct, and Citizen Watch Co
        19.6 pct.""",
        """The Commission is also investigating whether Japanese firms are
        circumventing its 1985 duties on electronic typewriters and
        electronic scales by assembling them from imported parts in EC
        plants, and could extend the duties to the parts.""",
        """The Ministry of International Trade and Industry (MITI) said it
        regretted the decision and would consider raising the matter in
        the General Agreement on Tariffs and Trade (GATT).""",
        """EC imports of the printers from Japan were worth about 650 mln
        European Currency Units last year, trade sources said."""),
    "events": [
        E("The European Community Commission said it has imposed provisional anti-dumping duties of up to 47 pct "
          "on dot-matrix computer printers made in Japan", "impose", "actual", EU, JP, rate=MM(hi=47),
          goods=["dot-matrix computer printers"]),
        E("The duties, which took effect today and run for four months, range from 4.8 pct for Seiko Epson Corp "
          "to 47 pct for smaller makers which did not cooperate with the inquiry", "impose", "actual", EU, JP,
          rate=MM(4.8, 47), goods=["dot-matrix computer printers"], note="N7"),
        E("Brother Industries Ltd will pay 33.9 pct", "impose", "actual", EU, JP, rate=V(33.9),
          goods=["dot-matrix computer printers"], note="N7: elliptical, in force"),
        E("Citizen Watch Co 19.6 pct", "impose", "actual", EU, JP, rate=V(19.6),
          goods=["dot-matrix computer printers"], note="N7"),
        E("its 1985 duties on electronic typewriters and electronic scales", "impose", "actual", EU, JP,
          goods=["electronic typewriters", "electronic scales"]),
        E("could extend the duties to the parts", "impose", "considered", EU, JP, goods=["parts"],
          note="N18; parts imported by Japanese firms: target JP"),
    ],
})

PROBES.append({
    "id": "p7-87-03", "style": "1987", "published": "1987-12-01",
    "title": "CANADA OFFERS TO LIFT DUTIES IN SHINGLES DISPUTE",
    "text": wire(
        """OTTAWA, Dec 1 - Canada will lift its duties on U.S. books,
        periodicals and computer parts on January 1 if Washington goes
        ahead with a scheduled cut in its tariff on Canadian cedar shakes
        and shingles, a Trade Ministry official said.""",
        """The United States imposed a 35 pct tariff on the Canadian wood
        products in June 1986, and Canada responded within days with duties
        of 10 pct on the U.S. goods.""",
        """Under the U.S. schedule, the tariff on shakes and shingles is due
        to fall to 20 pct from 35 pct on December 8 and to 8 pct in 1990
        before it ends in 1991.""",
        """Lumber industry officials in British Columbia said they would ask
        Ottawa to press for the immediate removal of the duty.""",
        """Separately, the Canadian Transport Commission approved a 4.5 pct
        increase in railway freight tariffs for prairie grain, effective
        January 1.""",
        """The shingles dispute is separate from the 15 pct export charge
        Canada levies on softwood lumber shipped to the United States under
        an agreement reached a year ago."""),
    "events": [
        E("Canada will lift its duties on U.S. books, periodicals and computer parts on January 1", "remove",
          "proposed", CA, US, goods=["books", "periodicals", "computer parts"],
          note="conditional offer to remove: proposed (guidelines 6); the condition holds another event, so "
               "it is left out of the span"),
        E("Washington goes ahead with a scheduled cut in its tariff on Canadian cedar shakes and shingles",
          "lower", "proposed", US, CA, goods=["cedar shakes and shingles"]),
        E("The United States imposed a 35 pct tariff on the Canadian wood products in June 1986", "impose",
          "actual", US, CA, rate=V(35), goods=["wood products"]),
        E("Canada responded within days with duties of 10 pct on the U.S. goods", "impose", "actual", CA, US,
          rate=V(10), goods=["books", "periodicals", "computer parts"], ret=True),
        E("the tariff on shakes and shingles is due to fall to 20 pct from 35 pct on December 8", "lower",
          "proposed", US, CA, rate=FT(35, 20), goods=["shakes and shingles"]),
        E("to 8 pct in 1990", "lower", "proposed", US, CA, rate=V(8), goods=["shakes and shingles"]),
        E("before it ends in 1991", "remove", "proposed", US, CA, goods=["shakes and shingles"]),
        E("they would ask Ottawa to press for the immediate removal of the duty", "remove", "demanded", US, CA,
          goods=["shakes and shingles"], note="the duty is Washington's; BC industry asks its own government "
                                               "to press for its removal"),
    ],
})

PROBES.append({
    "id": "p7-87-04", "style": "1987", "published": "1987-08-14",
    "title": "U.S. SETS PRELIMINARY DUTIES ON PIPE FITTINGS",
    "text": wire(
        """WASHINGTON, Aug 14 - The Commerce Department said it made a
        preliminary finding that carbon steel butt-weld pipe fittings from
        Brazil, Taiwan and Japan were being sold in the U.S. at less than
        fair value.""",
        """The department set preliminary duties of 52.25 pct on fittings
        from Brazil, 49.46 pct on those from Taiwan and 7.1 pct on Japanese
        fittings, and importers must post bonds to cover them.""",
        """The U.S. International Trade Commission is scheduled to make its
        final injury ruling in December, and the duties would be collected
        only if it finds U.S. producers were harmed.""",
        """Imports of the fittings from the three countries totalled about
        36 mln dlrs last year, the department said.""",
        """Taiwan's Board of Foreign Trade said the finding ignored tariff
        cuts Taipei made on U.S. goods earlier this year to help reduce its
        trade surplus."""),
    "events": [
        E("The department set preliminary duties of 52.25 pct on fittings from Brazil, 49.46 pct on those from "
          "Taiwan and 7.1 pct on Japanese fittings", "impose", "actual", US, BR, rate=V(52.25),
          goods=["fittings"], note="three tranches, one per country and rate, same span"),
        E("The department set preliminary duties of 52.25 pct on fittings from Brazil, 49.46 pct on those from "
          "Taiwan and 7.1 pct on Japanese fittings", "impose", "actual", US, TW, rate=V(49.46),
          goods=["fittings"]),
        E("The department set preliminary duties of 52.25 pct on fittings from Brazil, 49.46 pct on those from "
          "Taiwan and 7.1 pct on Japanese fittings", "impose", "actual", US, JP, rate=V(7.1),
          goods=["fittings"]),
        E("the duties would be collected only if it finds U.S. producers were harmed", "impose", "proposed",
          US, BR, goods=["carbon steel butt-weld pipe fittings"],
          note="final duties, condition on the ITC not the target: proposed; one event per party"),
        E("the duties would be collected only if it finds U.S. producers were harmed", "impose", "proposed",
          US, TW, goods=["carbon steel butt-weld pipe fittings"]),
        E("the duties would be collected only if it finds U.S. producers were harmed", "impose", "proposed",
          US, JP, goods=["carbon steel butt-weld pipe fittings"]),
        E("tariff cuts Taipei made on U.S. goods earlier this year", "lower", "actual", TW, US),
    ],
})

PROBES.append({
    "id": "p7-87-05", "style": "1987", "published": "1987-04-22",
    "title": "U.S. SOYBEAN GROWERS URGE RETALIATION OVER EC OILS TAX",
    "text": wire(
        """WASHINGTON, April 22 - U.S. soybean growers urged the Reagan
        administration to draw up a list of European Community goods for
        retaliatory tariffs if the EC adopts a proposed tax on vegetable
        and marine oils.""",
        """The tax, which the EC Commission says would apply to domestic and
        imported oils alike, would cost U.S. exporters of soybeans and
        soybean products as much as two billion dlrs a year, the American
        Soybean Association said.""",
        """The U.S. Agriculture Secretary has said the United States would
        retaliate against EC farm exports if the tax was approved, and U.S.
        officials say a 100 pct duty on some EC cheeses, wines and pasta is
        among the options being studied.""",
        """In January the two sides averted a trade war over EC grain sales
        to Spain after Washington threatened 200 pct tariffs on about 400
        mln dlrs of EC goods, including gin, brandy and cheese.""",
        """Soybean futures rose on the Chicago Board of Trade on the
        reports."""),
    "events": [
        E("U.S. soybean growers urged the Reagan administration to draw up a list of European Community goods "
          "for retaliatory tariffs if the EC adopts a proposed tax on vegetable and marine oils", "impose",
          "demanded", US, EU, ret=True, note="N14: the oils tax itself is a domestic tax, no event"),
        E("a 100 pct duty on some EC cheeses, wines and pasta is among the options being studied", "impose",
          "considered", US, EU, rate=V(100), goods=["cheeses", "wines", "pasta"], ret=True,
          note="N13: 'retaliate against EC farm exports' has no tariff word; the sentence presents the "
               "duty as retaliation"),
        E("Washington threatened 200 pct tariffs on about 400 mln dlrs of EC goods, including gin, brandy and "
          "cheese", "impose", "threatened", US, EU, rate=V(200), amount=USD(400000000),
          goods=["gin", "brandy", "cheese"]),
    ],
})

PROBES.append({
    "id": "p7-87-06", "style": "1987", "published": "1987-12-16",
    "title": "MEXICO HALVES TOP IMPORT TARIFF IN ANTI-INFLATION PACT",
    "text": wire(
        """MEXICO CITY, Dec 16 - Mexico will cut its highest import tariff
        to 20 pct from 40 pct and eliminate a five pct surcharge on most
        imports as part of an anti-inflation pact signed with business and
        labour leaders, the Finance Ministry said.""",
        """The tariff cuts take effect tomorrow, while public sector tariffs
        for electricity, gasoline and telephone service rise by as much as
        85 pct today.""",
        """Mexico, which joined GATT last year, had already reduced its
        average tariff to about 22 pct from 27 pct in 1985 and replaced
        most import permits with duties.""",
        """U.S. exporters welcomed the move, but a U.S. Embassy official
        said Washington would still press Mexico to lower its duty on U.S.
        wine and bring down tariffs on farm machinery.""",
        """The pact also freezes wages and the controlled peso exchange rate
        until the end of February after a 22 pct devaluation of the peso
        this week."""),
    "events": [
        E("Mexico will cut its highest import tariff to 20 pct from 40 pct", "lower", "proposed", MX, None,
          rate=FT(40, 20)),
        E("eliminate a five pct surcharge on most imports", "remove", "proposed", MX, None, note="N1"),
        E("The tariff cuts take effect tomorrow", "lower", "proposed", MX, None),
        E("had already reduced its average tariff to about 22 pct from 27 pct in 1985", "lower", "actual", MX,
          None, rate=FT(27, 22), note="N9"),
        E("replaced most import permits with duties", "impose", "actual", MX, None),
        E("Washington would still press Mexico to lower its duty on U.S. wine", "lower", "demanded", MX, US,
          goods=["wine"]),
        E("bring down tariffs on farm machinery", "lower", "demanded", MX, US, goods=["farm machinery"],
          note="N12: Washington asks for its exporters"),
    ],
})

PROBES.append({
    "id": "p7-87-07", "style": "1987", "published": "1987-12-18",
    "title": "NEW ZEALAND ANNOUNCES PHASED TARIFF CUTS",
    "text": wire(
        """WELLINGTON, Dec 18 - New Zealand will cut most import tariffs by
        about one third over four years starting next July, the latest step
        in the Labour government's dismantling of protection, the Trade and
        Industry Minister said.""",
        """The top tariff rate will come down to 20 pct from 35 pct by 1992,
        and those on cars and car parts, now as high as 40 pct, will be
        reviewed separately.""",
        """The announcement came as the Electricity Corporation said it
        would raise power tariffs by eight pct on April 1.""",
        """The Manufacturers' Federation said the cuts would cost 5,000 jobs
        in clothing and footwear, where import licensing was replaced by
        tariffs last year.""",
        """Australia, New Zealand's main trading partner, is little
        affected as trade between the two is already largely duty-free
        under the Closer Economic Relations agreement."""),
    "events": [
        E("New Zealand will cut most import tariffs by about one third over four years starting next July",
          "lower", "proposed", NZ, None, note="N1: size of the change, rate null"),
        E("The top tariff rate will come down to 20 pct from 35 pct by 1992", "lower", "proposed", NZ, None,
          rate=FT(35, 20)),
        E("those on cars and car parts, now as high as 40 pct", "impose", "actual", NZ, None, rate=MM(hi=40),
          goods=["cars", "car parts"], note="N18: 'will be reviewed' has no direction; the clause states the "
                                            "level in force (cf. the dev set's 'still ranging from a high of "
                                            "almost 60 pct')"),
        E("the cuts would cost 5,000 jobs in clothing and footwear", "lower", "proposed", NZ, None,
          goods=["clothing", "footwear"], note="N10"),
        E("import licensing was replaced by tariffs last year", "impose", "actual", NZ, None,
          goods=["clothing", "footwear"]),
        E("trade between the two is already largely duty-free under the Closer Economic Relations agreement",
          "exempt", "actual", NZ, AU, note="N4: one event per levying party"),
        E("trade between the two is already largely duty-free under the Closer Economic Relations agreement",
          "exempt", "actual", AU, NZ, note="N4"),
    ],
})

PROBES.append({
    "id": "p7-87-08", "style": "1987", "published": "1987-04-03",
    "title": "U.S. TO END DUTY-FREE STATUS FOR SOME ASIAN, LATIN GOODS",
    "text": wire(
        """WASHINGTON, April 3 - The United States will remove about 1.1
        billion dlrs of imports from Taiwan, South Korea, Mexico, Brazil
        and Hong Kong from the list of goods that enter the country
        duty-free under the Generalized System of Preferences, the U.S.
        Trade Representative's office said.""",
        """The loss of duty-free status, effective July 1, will hit products
        such as Taiwanese bicycles and Korean microwave ovens, which
        officials said are now competitive without preferences.""",
        """The office also said it would review by the end of the year
        whether Chile should lose all its GSP benefits because of its
        labour rights record, and it rejected a petition by U.S. rose
        growers to take Colombian cut flowers off the list.""",
        """Last year's review stripped duty-free treatment from 890 mln dlrs
        of Taiwanese goods.""",
        """The office said the product list would be converted to the new
        Harmonized System tariff nomenclature next year."""),
    "events": [
        E("The United States will remove about 1.1 billion dlrs of imports from Taiwan, South Korea, Mexico, "
          "Brazil and Hong Kong from the list of goods that enter the country duty-free under the Generalized "
          "System of Preferences", "impose", "proposed", US, p, amount=USD(1100000000),
          note="N4 (loss of GSP = impose), N17 (one total on each party)")
        for p in (TW, KR, MX, BR, HK)
    ] + [
        E("The loss of duty-free status, effective July 1, will hit products such as Taiwanese bicycles and "
          "Korean microwave ovens", "impose", "proposed", US, TW, goods=["bicycles"], note="N4"),
        E("The loss of duty-free status, effective July 1, will hit products such as Taiwanese bicycles and "
          "Korean microwave ovens", "impose", "proposed", US, KR, goods=["microwave ovens"]),
        E("it would review by the end of the year whether Chile should lose all its GSP benefits", "impose",
          "considered", US, CL, note="N4; the refused petition on Colombian flowers is no event (N11)"),
        E("Last year's review stripped duty-free treatment from 890 mln dlrs of Taiwanese goods", "impose",
          "actual", US, TW, amount=USD(890000000), note="N4"),
    ],
})

PROBES.append({
    "id": "p7-87-09", "style": "1987", "published": "1987-06-25",
    "title": "INDONESIA CUTS IMPORT DUTIES IN NEW DEREGULATION PACKAGE",
    "text": wire(
        """JAKARTA, June 25 - Indonesia has cut import duties on about 200
        items, mostly raw materials and components for the textile,
        plastics and electronics industries, in its third deregulation
        package in a year, Finance Ministry officials said.""",
        """Duties on cotton yarn were cut to five pct from 15 pct and those
        on plastic resins to 10 pct from 30 pct, effective immediately.""",
        """At the same time the government raised its export tax on sawn
        timber and rattan to encourage local processing, the officials
        said.""",
        """Import monopolies held by state trading firms for some steel
        products were replaced by tariffs of five to 40 pct.""",
        """Japan, Indonesia's biggest trading partner, had asked Jakarta to
        lower duties on cars, now as high as 100 pct, but car duties were
        left unchanged.""",
        """The package also lowered port charges and the state railway's
        freight tariff for containers moving from Tanjung Priok port."""),
    "events": [
        E("Indonesia has cut import duties on about 200 items, mostly raw materials and components for the "
          "textile, plastics and electronics industries", "lower", "actual", ID, None,
          goods=["raw materials", "components"]),
        E("Duties on cotton yarn were cut to five pct from 15 pct", "lower", "actual", ID, None, rate=FT(15, 5),
          goods=["cotton yarn"]),
        E("those on plastic resins to 10 pct from 30 pct, effective immediately", "lower", "actual", ID, None,
          rate=FT(30, 10), goods=["plastic resins"]),
        E("Import monopolies held by state trading firms for some steel products were replaced by tariffs of "
          "five to 40 pct", "impose", "actual", ID, None, rate=MM(5, 40), goods=["steel products"]),
        E("Japan, Indonesia's biggest trading partner, had asked Jakarta to lower duties on cars, now as high as "
          "100 pct", "lower", "demanded", ID, JP, goods=["cars"], note="N12; N1 (level of the duty to be cut)"),
        E("car duties were left unchanged", "impose", "actual", ID, None, goods=["cars"],
          note="an unchanged duty is impose / actual (dev: 'import tax on crude oil is unchanged')"),
    ],
})

PROBES.append({
    "id": "p7-87-10", "style": "1987", "published": "1987-09-08",
    "title": "SOUTH KOREA TO CUT DUTIES ON 50 ITEMS",
    "text": wire(
        """SEOUL, Sept 8 - South Korea will cut import duties on about 50
        products of interest to American exporters, including cosmetics,
        frozen orange juice concentrate and auto parts, from January 1, the
        Finance Ministry said.""",
        """The ministry said the average duty on the items would fall to
        15.8 pct from 23.4 pct.""",
        """The move follows U.S. Complaints that Seoul's tariffs, which
        average about 19 pct, are among the highest in Asia, and a warning
        by Washington that it could remove South Korea from its list of
        beneficiaries of duty-free treatment under the GSP.""",
        """U.S. Cigarette makers, which won access to the Korean market last
        year, want the 100 pct duty on imported cigarettes lowered
        further.""",
        """The ministry also said a special excise tax on large cars,
        domestic or imported, would be cut to 20 pct next year."""),
    "events": [
        E("South Korea will cut import duties on about 50 products of interest to American exporters, including "
          "cosmetics, frozen orange juice concentrate and auto parts, from January 1", "lower", "proposed", KR,
          None, goods=["cosmetics", "frozen orange juice concentrate", "auto parts"],
          note="'of interest to American exporters' is a motive; the cut applies to imports from everywhere"),
        E("the average duty on the items would fall to 15.8 pct from 23.4 pct", "lower", "proposed", KR, None,
          rate=FT(23.4, 15.8)),
        E("Seoul's tariffs, which average about 19 pct", "impose", "actual", KR, None, rate=V(19), note="N9"),
        E("a warning by Washington that it could remove South Korea from its list of beneficiaries of duty-free "
          "treatment under the GSP", "impose", "threatened", US, KR, note="N4"),
        E("U.S. Cigarette makers, which won access to the Korean market last year, want the 100 pct duty on "
          "imported cigarettes lowered further", "lower", "demanded", KR, US, goods=["cigarettes"],
          note="N12; N1"),
    ],
})

# ---------------------------------------------------------------- 2016 ----

PROBES.append({
    "id": "p7-16-01", "style": "2016", "published": "2016-04-28",
    "title": "Trump Tells Indiana Crowd Carrier Will Pay for Mexico Move",
    "text": paras(
        """FORT WAYNE, Ind. — Donald J. Trump told a packed arena here on
        Wednesday that if Carrier went ahead with its plan to move 1,400 jobs
        to Mexico, he would make the company pay a 35 percent tax on every
        air conditioner it sent back across the border.""",
        """“Not going to happen,” Mr. Trump said of the move, to loud
        cheers.""",
        """The Republican front-runner has repeatedly promised a 35 percent
        tariff on cars and parts that Ford and other automakers build in
        Mexico, alongside the 45 percent tariff on Chinese imports he first
        floated in an interview with The New York Times editorial board in
        January.""",
        """Economists say such duties would likely run afoul of the North
        American Free Trade Agreement, under which most goods from Mexico
        enter the United States duty-free.""",
        """A Carrier spokeswoman declined to comment on the tariff threat.
        Mr. Trump also repeated his pledge to cut the corporate tax rate to
        15 percent."""),
    "events": [
        E("if Carrier went ahead with its plan to move 1,400 jobs to Mexico, he would make the company pay a 35 "
          "percent tax on every air conditioner it sent back across the border", "impose", "threatened", US, MX,
          rate=V(35), goods=["air conditioner"],
          note="N2: a tax on goods as they enter is an import tax; condition on the exporter's conduct"),
        E("The Republican front-runner has repeatedly promised a 35 percent tariff on cars and parts that Ford "
          "and other automakers build in Mexico", "impose", "proposed", US, MX, rate=V(35),
          goods=["cars", "parts"], note="N2"),
        E("the 45 percent tariff on Chinese imports he first floated in an interview with The New York Times "
          "editorial board in January", "impose", "proposed", US, CN, rate=V(45), note="N2"),
        E("under which most goods from Mexico enter the United States duty-free", "exempt", "actual", US, MX,
          note="N4; 'such duties would likely run afoul' is a bare re-mention (N10)"),
        E("the tariff threat", "impose", "threatened", US, MX, goods=["air conditioner"], note="N10"),
    ],
})

PROBES.append({
    "id": "p7-16-02", "style": "2016", "published": "2016-09-19",
    "title": "Study Says Trump Trade War Could Cost Millions of Jobs",
    "text": paras(
        """WASHINGTON — A full-blown trade war set off by Donald J. Trump’s
        proposed tariffs on Chinese and Mexican goods could push the United
        States into recession and cost close to 4.8 million private-sector
        jobs, according to a study released Monday by a Washington research
        group.""",
        """The study assumes that a President Trump would impose a 45 percent
        tariff on imports from China and a 35 percent tariff on imports from
        Mexico, and that both countries would retaliate with equal duties on
        American goods.""",
        """The Trump campaign dismissed the report, saying the candidate’s
        tariff threats were a negotiating tool that would never need to be
        carried out.""",
        """The authors noted that a president could impose tariffs of up to
        15 percent for 150 days under a 1974 trade law to address
        balance-of-payments problems, without Congress’s approval.""",
        """China’s average applied tariff is close to 10 percent, according
        to the World Trade Organization."""),
    "events": [
        E("Donald J. Trump’s proposed tariffs on Chinese and Mexican goods", "impose", "proposed", US, CN,
          note="N2, one event per target"),
        E("Donald J. Trump’s proposed tariffs on Chinese and Mexican goods", "impose", "proposed", US, MX),
        E("a President Trump would impose a 45 percent tariff on imports from China and a 35 percent tariff on "
          "imports from Mexico", "impose", "proposed", US, CN, rate=V(45), note="N3; tranches, same span"),
        E("a President Trump would impose a 45 percent tariff on imports from China and a 35 percent tariff on "
          "imports from Mexico", "impose", "proposed", US, MX, rate=V(35), note="N3"),
        E("both countries would retaliate with equal duties on American goods", "impose", "considered", CN, US,
          ret=True, note="N3"),
        E("both countries would retaliate with equal duties on American goods", "impose", "considered", MX, US,
          ret=True, note="N3"),
        E("the candidate’s tariff threats were a negotiating tool that would never need to be carried out",
          "impose", "threatened", US, CN, note="N2; restates the threats against both countries"),
        E("the candidate’s tariff threats were a negotiating tool that would never need to be carried out",
          "impose", "threatened", US, MX),
        E("China’s average applied tariff is close to 10 percent", "impose", "actual", CN, None, rate=V(10),
          note="N9; the 1974-law sentence is no event (N15)"),
    ],
})

PROBES.append({
    "id": "p7-16-03", "style": "2016", "published": "2016-03-07",
    "title": "Mexico Warns It Would Answer Any U.S. Tariff on Its Cars",
    "text": paras(
        """MEXICO CITY — Mexico’s economy minister said on Monday that his
        government would not sit still if a future American president slapped
        tariffs on Mexican-made cars, warning that Mexico could answer with
        duties of its own on American farm goods.""",
        """The minister did not name Donald J. Trump, the Republican
        front-runner, who has said he could use tariffs on Mexican goods
        among the ways to make Mexico pay for a wall on the border.""",
        """About 80 percent of Mexico’s exports go to the United States, most
        of them duty-free under Nafta, which took effect in 1994.""",
        """Mexico has shown before that it will retaliate: in 2009 it put
        tariffs of 10 to 45 percent on about 90 American products, from
        Christmas trees to grapes, after Congress ended a program that let
        Mexican trucks operate on American highways. Those duties were
        lifted in 2011 after the two governments settled the dispute.""",
        """Separately, the finance ministry said it would keep the excise tax
        on gasoline unchanged through the end of the year."""),
    "events": [
        E("a future American president slapped tariffs on Mexican-made cars", "impose", "proposed", US, MX,
          goods=["cars"], note="N3"),
        E("Mexico could answer with duties of its own on American farm goods", "impose", "threatened", MX, US,
          goods=["farm goods"], ret=True, note="a warning conditional on the target's measure: threatened"),
        E("who has said he could use tariffs on Mexican goods among the ways to make Mexico pay for a wall on "
          "the border", "impose", "considered", US, MX, note="'could use': considered"),
        E("most of them duty-free under Nafta", "exempt", "actual", US, MX, note="N4"),
        E("in 2009 it put tariffs of 10 to 45 percent on about 90 American products, from Christmas trees to "
          "grapes, after Congress ended a program that let Mexican trucks operate on American highways",
          "impose", "actual", MX, US, rate=MM(10, 45), goods=["Christmas trees", "grapes"], ret=True),
        E("Those duties were lifted in 2011", "remove", "actual", MX, US, goods=["Christmas trees", "grapes"],
          note="N1"),
    ],
})

PROBES.append({
    "id": "p7-16-04", "style": "2016", "published": "2016-05-24",
    "title": "In Ohio Steel Country, Candidates Court Workers Hit by Imports",
    "text": paras(
        """YOUNGSTOWN, Ohio — For steelworkers here, the Commerce
        Department’s decision last week to slap duties of more than 500
        percent on cold-rolled steel from China was welcome, if late. Lower
        preliminary duties on the steel from Japan, Brazil and India,
        imposed in March, remain in place.""",
        """Both parties’ candidates have courted the Mahoning Valley. Donald
        J. Trump has said tariffs of that kind show “the system is rigged”
        and that he would go much further, taxing Chinese steel at the border
        until Beijing stops “dumping” it.""",
        """Hillary Clinton, who campaigned in the state in March, has said she
        would use “every tool” to stop China from dumping steel, including
        more anti-dumping duties on Chinese steel.""",
        """The United Steelworkers union, which has endorsed neither
        candidate, wants the International Trade Commission to make the
        duties on cold-rolled steel permanent when it votes next month.""",
        """Local officials are also pushing for a county sales tax increase
        to pay for road repairs."""),
    "events": [
        E("the Commerce Department’s decision last week to slap duties of more than 500 percent on cold-rolled "
          "steel from China", "impose", "actual", US, CN, rate=MM(lo=500), goods=["cold-rolled steel"],
          note="decided and in force (deposits) before the article; 'more than 500 percent' = min"),
    ] + [
        E("Lower preliminary duties on the steel from Japan, Brazil and India, imposed in March, remain in place",
          "impose", "actual", US, p, goods=["cold-rolled steel"], note="N19; one event per target")
        for p in (JP, BR, IN)
    ] + [
        E("he would go much further, taxing Chinese steel at the border until Beijing stops “dumping” it",
          "impose", "threatened", US, CN, goods=["steel"],
          note="N2: condition on the target; 'tariffs of that kind show the system is rigged' is a bare "
               "re-mention (N10)"),
        E("including more anti-dumping duties on Chinese steel", "impose", "proposed", US, CN, goods=["steel"],
          note="N2: statement of intent ('would use ... including')"),
        E("The United Steelworkers union, which has endorsed neither candidate, wants the International Trade "
          "Commission to make the duties on cold-rolled steel permanent", "impose", "demanded", US, CN,
          goods=["cold-rolled steel"], note="keeping a duty in force, asked for: impose / demanded"),
    ],
})

PROBES.append({
    "id": "p7-16-05", "style": "2016", "published": "2016-10-10",
    "title": "Fact Check: Trump’s Claims on Tariffs in the Second Debate",
    "text": paras(
        """During Sunday night’s debate, Donald J. Trump again said that
        Mexico and China “charge us” tariffs of 16 and 17 percent when
        American goods cross their borders, while the United States charges
        them nothing.""",
        """Those figures are value-added taxes, which both countries apply to
        domestic and imported goods alike. Under Nafta, most American goods
        enter Mexico duty-free, and China’s average tariff on all imports is
        about 9.9 percent, according to the World Trade Organization.""",
        """Mr. Trump, who has proposed a 45 percent tariff on Chinese goods,
        also said he would “renegotiate or terminate” Nafta.""",
        """Hillary Clinton countered that Mr. Trump had bought Chinese steel
        for his buildings, and said his tariff on Chinese goods would amount
        to a big tax on American families.""",
        """Fact-checkers also noted that the United States already imposes
        anti-dumping or countervailing duties on more than 100 Chinese
        products, from steel pipe to honey."""),
    "events": [
        E("Mexico and China “charge us” tariffs of 16 and 17 percent when American goods cross their borders",
          "impose", "actual", MX, US, rate=V(16), note="N6; one event per levying party, rate by position"),
        E("Mexico and China “charge us” tariffs of 16 and 17 percent when American goods cross their borders",
          "impose", "actual", CN, US, rate=V(17), note="N6; 'charges them nothing' negated (N11)"),
        E("most American goods enter Mexico duty-free", "exempt", "actual", MX, US, note="N4"),
        E("China’s average tariff on all imports is about 9.9 percent", "impose", "actual", CN, None,
          rate=V(9.9), note="N9"),
        E("who has proposed a 45 percent tariff on Chinese goods", "impose", "proposed", US, CN, rate=V(45),
          note="N2"),
        E("his tariff on Chinese goods would amount to a big tax on American families", "impose", "proposed",
          US, CN, note="N3"),
        E("the United States already imposes anti-dumping or countervailing duties on more than 100 Chinese "
          "products, from steel pipe to honey", "impose", "actual", US, CN, goods=["steel pipe", "honey"]),
    ],
})

PROBES.append({
    "id": "p7-16-06", "style": "2016", "published": "2016-09-15",
    "title": "Trump Campaign Calls China Tariffs a ‘Last Resort’",
    "text": paras(
        """Donald J. Trump’s campaign said on Thursday that his threatened
        tariffs on China were a “last resort” that he would use only if
        Beijing refused to stop manipulating its currency, softening a plan
        that has alarmed farm groups and business lobbies.""",
        """In a policy paper, two of Mr. Trump’s economic advisers wrote that
        the mere threat of a tariff would bring China to the table, and that
        the United States “loses” under the current system because its
        trading partners rebate value-added taxes on their exports.""",
        """The paper does not mention the 45 percent rate Mr. Trump floated
        in January.""",
        """The American Farm Bureau Federation has warned that China, the
        biggest buyer of American soybeans, could answer with duties on farm
        goods, as it did in 2010 when it put anti-dumping duties of up to 105
        percent on American chicken. China charges a 3 percent tariff on
        imported soybeans.""",
        """The campaign’s tax plan would also cut the top business rate to 15
        percent."""),
    "events": [
        E("his threatened tariffs on China were a “last resort” that he would use only if Beijing refused to "
          "stop manipulating its currency", "impose", "threatened", US, CN, note="N2"),
        E("the mere threat of a tariff would bring China to the table", "impose", "threatened", US, CN,
          note="N2"),
        E("the 45 percent rate Mr. Trump floated in January", "impose", "proposed", US, CN, rate=V(45),
          note="elliptical: the rate stands for the plan; 'does not mention' negates the paper's mention, not "
               "the measure"),
        E("China, the biggest buyer of American soybeans, could answer with duties on farm goods", "impose",
          "considered", CN, US, goods=["farm goods"], ret=True, note="N3: expectation of another party"),
        E("it put anti-dumping duties of up to 105 percent on American chicken", "impose", "actual", CN, US,
          rate=MM(hi=105), goods=["chicken"], ret=True,
          note="the sentence presents it as an earlier answer ('as it did'): retaliation true"),
        E("China charges a 3 percent tariff on imported soybeans", "impose", "actual", CN, None, rate=V(3),
          goods=["soybeans"]),
    ],
})

PROBES.append({
    "id": "p7-16-07", "style": "2016", "published": "2016-02-26",
    "title": "Rubio and Cruz Attack Trump’s Tariff Plan in Houston Debate",
    "text": paras(
        """HOUSTON — Senator Marco Rubio of Florida said on Thursday night
        that Donald J. Trump’s proposed 45 percent tariff on Chinese goods
        would be paid by American consumers, not by China, in one of the
        sharpest exchanges of the Republican debate.""",
        """Mr. Trump replied that he would use the tariff only as a threat,
        and that China would “fold” long before that.""",
        """Senator Ted Cruz of Texas, who has proposed a 16 percent business
        flat tax that critics call a disguised value-added tax, said Mr.
        Trump’s tariffs would start a trade war and hurt farmers in Iowa.""",
        """Gov. John Kasich of Ohio said he favored tariffs only when trading
        partners cheat, citing duties the Obama administration put on Chinese
        tires in 2009. Those duties started at 35 percent, fell to 25 percent
        in their third year and expired in 2012.""",
        """Mr. Cruz also repeated his call to abolish the Internal Revenue
        Service."""),
    "events": [
        E("Donald J. Trump’s proposed 45 percent tariff on Chinese goods", "impose", "proposed", US, CN,
          rate=V(45), note="N3"),
        E("he would use the tariff only as a threat", "impose", "threatened", US, CN, note="N2"),
        E("Mr. Trump’s tariffs would start a trade war and hurt farmers in Iowa", "impose", "proposed", US, CN,
          note="N3; Cruz's flat tax is a domestic tax (N14)"),
        E("duties the Obama administration put on Chinese tires in 2009", "impose", "actual", US, CN,
          goods=["tires"], note="'favored tariffs only when trading partners cheat' is talk about the tool"),
        E("Those duties started at 35 percent", "impose", "actual", US, CN, rate=V(35), goods=["tires"]),
        E("fell to 25 percent in their third year", "lower", "actual", US, CN, rate=V(25), goods=["tires"]),
        E("expired in 2012", "remove", "actual", US, CN, goods=["tires"]),
    ],
})

PROBES.append({
    "id": "p7-16-08", "style": "2016", "published": "2016-08-18",
    "title": "Iowa Farmers Fear China Would Answer Trump Tariffs",
    "text": paras(
        """DES MOINES — Iowa soybean and pork farmers, a reliably Republican
        bloc, are increasingly worried that Donald J. Trump’s talk of a trade
        war with China could cost them their biggest customer.""",
        """Beijing has already shown it can hit American agriculture: it kept
        anti-dumping and anti-subsidy duties on American chicken in place for
        years after the World Trade Organization ruled against them. China
        also charges a 3 percent duty on imported soybeans, its biggest farm
        purchase from the United States.""",
        """“If he puts a 45 percent tariff on their TVs, they put a tariff on
        our beans — it’s that simple,” said Dale Hoffmann, who farms 1,200
        acres near Ames.""",
        """Mr. Trump’s running mate, Gov. Mike Pence of Indiana, told a farm
        audience last week that the tariff was a negotiating stick, not a
        policy. Hillary Clinton’s campaign has not proposed new tariffs on
        China."""),
    "events": [
        E("it kept anti-dumping and anti-subsidy duties on American chicken in place for years", "impose",
          "actual", CN, US, goods=["chicken"]),
        E("China also charges a 3 percent duty on imported soybeans", "impose", "actual", CN, None, rate=V(3),
          goods=["soybeans"]),
        E("he puts a 45 percent tariff on their TVs", "impose", "proposed", US, CN, rate=V(45), goods=["TVs"],
          note="N3"),
        E("they put a tariff on our beans", "impose", "considered", CN, US, goods=["beans"], ret=True,
          note="N3; answer to the U.S. tariff in the same sentence"),
    ],
})

PROBES.append({
    "id": "p7-16-09", "style": "2016", "published": "2016-03-07",
    "title": "Sanders Presses Clinton on Trade in Flint Debate",
    "text": paras(
        """FLINT, Mich. — Senator Bernie Sanders used Sunday night’s
        Democratic debate to hammer Hillary Clinton over her past support for
        trade deals, but neither candidate embraced the kind of
        across-the-board tariffs that Donald J. Trump has promised.""",
        """Mr. Sanders said he would “stop the race to the bottom” by
        renegotiating trade deals, and his aides have said he might back
        higher tariffs on goods from companies that move plants overseas. He
        would pay for free public college with a tax on Wall Street
        speculation.""",
        """Mrs. Clinton said she had “stood up to China” as secretary of
        state and would name a chief trade prosecutor to enforce existing
        agreements.""",
        """Autoworkers in the audience cheered when Mr. Sanders noted that
        Ford had announced a new plant in Mexico, but he did not say whether
        he would tax the cars it builds there. Mr. Trump, campaigning in
        Michigan two days earlier, said he would put a 35 percent tax on
        those cars “when they come across the border.”"""),
    "events": [
        E("the kind of across-the-board tariffs that Donald J. Trump has promised", "impose", "proposed", US,
          None, note="N2; no origin named; 'neither candidate embraced' negates Sanders's and Clinton's "
                     "(N11)"),
        E("his aides have said he might back higher tariffs on goods from companies that move plants overseas",
          "raise", "considered", US, None, note="'might back': considered; no country named"),
        E("he would put a 35 percent tax on those cars", "impose", "proposed", US, MX, rate=V(35),
          goods=["cars"], note="N2; import tax on cars from Mexico; 'did not say whether he would tax' (N11)"),
    ],
})

PROBES.append({
    "id": "p7-16-10", "style": "2016", "published": "2016-11-22",
    "title": "Trump Advisers Study Tariffs Without Congress",
    "text": paras(
        """WASHINGTON — Advisers to President-elect Donald J. Trump are
        studying whether he could impose tariffs of up to 15 percent on
        imports from China and Mexico without asking Congress, according to
        two people briefed on the discussions.""",
        """During the campaign, Mr. Trump promised a 45 percent tariff on
        Chinese goods and a 35 percent tariff on goods from Mexico, figures
        his aides later called opening bids.""",
        """China’s Commerce Ministry said on Monday that it would “take
        necessary measures” if the United States raised duties on Chinese
        products, and a state-run newspaper suggested sales of American
        soybeans and Boeing jets could suffer.""",
        """Economists at one forecasting firm estimate that a 45 percent levy
        on Chinese imports would lift American consumer prices by more than
        1 percent.""",
        """House Republicans, meanwhile, are drafting a “border adjustment”
        in the corporate income tax that would tax companies’ imports and
        exempt their exports."""),
    "events": [
        E("Advisers to President-elect Donald J. Trump are studying whether he could impose tariffs of up to 15 "
          "percent on imports from China and Mexico", "impose", "considered", US, p, rate=MM(hi=15),
          note="N15")
        for p in (CN, MX)
    ] + [
        E("Mr. Trump promised a 45 percent tariff on Chinese goods and a 35 percent tariff on goods from Mexico",
          "impose", "proposed", US, CN, rate=V(45), note="N2; tranches"),
        E("Mr. Trump promised a 45 percent tariff on Chinese goods and a 35 percent tariff on goods from Mexico",
          "impose", "proposed", US, MX, rate=V(35)),
        E("the United States raised duties on Chinese products", "raise", "proposed", US, CN,
          note="N3; 'take necessary measures' N13"),
        E("a 45 percent levy on Chinese imports would lift American consumer prices by more than 1 percent",
          "impose", "proposed", US, CN, rate=V(45), note="N3; the border adjustment is N14"),
    ],
})

# ---------------------------------------------------------------- 2018 ----

PROBES.append({
    "id": "p7-18-01", "style": "2018", "published": "2018-06-21",
    "title": "India to raise duties on U.S. almonds, apples in tariff retaliation",
    "text": paras(
        """NEW DELHI (Reuters) - India will raise import duties on 29 U.S.
        products, including almonds, walnuts, apples and some steel items,
        from Aug. 4, in retaliation for U.S. tariffs on steel and aluminum, a
        government notification showed on Thursday.""",
        """The notification raises the duty on shelled almonds to 100 rupees
        per kg from 65 rupees and on apples to 75 percent from 50 percent.
        The higher duties would bring in about $241 million a year in
        additional revenue, according to a trade ministry estimate.""",
        """India had sought an exemption from the tariffs. Washington imposed
        duties of 25 percent on steel and 10 percent on aluminum in March,
        citing national security, and has since exempted only Australia,
        Argentina, Brazil and South Korea.""",
        """The notification came a day after the Maharashtra electricity
        regulator approved higher power tariffs for industrial users."""),
    "events": [
        E("India will raise import duties on 29 U.S. products, including almonds, walnuts, apples and some "
          "steel items, from Aug. 4", "raise", "proposed", IN, US,
          goods=["almonds", "walnuts", "apples", "steel items"], ret=True,
          note="the retaliation phrase holds another event (guidelines 4), so the span stops before it; "
               "retaliation from the sentence"),
        E("U.S. tariffs on steel and aluminum", "impose", "actual", US, None, goods=["steel", "aluminum"],
          note="N5"),
        E("The notification raises the duty on shelled almonds to 100 rupees per kg from 65 rupees", "raise",
          "proposed", IN, US, goods=["shelled almonds"], note="specific duty: rate null; in force Aug 4"),
        E("on apples to 75 percent from 50 percent", "raise", "proposed", IN, US, rate=FT(50, 75),
          goods=["apples"]),
        E("The higher duties would bring in about $241 million a year in additional revenue", "raise",
          "proposed", IN, US, note="N10, N17: revenue is not the value of the goods"),
        E("India had sought an exemption from the tariffs", "exempt", "demanded", US, IN,
          goods=["steel", "aluminum"]),
        E("Washington imposed duties of 25 percent on steel and 10 percent on aluminum in March", "impose",
          "actual", US, None, rate=V(25), goods=["steel"], note="N5; tranches"),
        E("Washington imposed duties of 25 percent on steel and 10 percent on aluminum in March", "impose",
          "actual", US, None, rate=V(10), goods=["aluminum"]),
    ] + [
        E("has since exempted only Australia, Argentina, Brazil and South Korea", "exempt", "actual", US, p,
          goods=["steel", "aluminum"], note="one event per exempted party")
        for p in (AU, AR, BR, KR)
    ],
})

PROBES.append({
    "id": "p7-18-02", "style": "2018", "published": "2018-08-15",
    "title": "Turkey doubles tariffs on US cars, alcohol as lira row deepens",
    "text": paras(
        """ANKARA, Turkey (AP) — Turkey doubled tariffs on some U.S. imports
        including cars, alcohol and tobacco on Wednesday, escalating a
        dispute with Washington that has helped send the lira to record
        lows.""",
        """A decree published in the Official Gazette raised the duty on U.S.
        passenger cars to 120 percent and on alcoholic drinks to 140 percent,
        and set a 60 percent tariff on leaf tobacco.""",
        """Vice President Fuat Oktay said on Twitter the increases were in
        response to “deliberate attacks” on Turkey’s economy, a reference to
        President Donald Trump’s decision last week to double U.S. tariffs on
        Turkish steel and aluminum.""",
        """The U.S. duties now stand at 50 percent on Turkish steel and 20
        percent on aluminum, twice the rates applied to most other
        countries.""",
        """Turkey’s trade ministry said it could extend the higher tariffs to
        other U.S. goods if Washington did not reverse course."""),
    "events": [
        E("Turkey doubled tariffs on some U.S. imports including cars, alcohol and tobacco on Wednesday",
          "raise", "actual", TR, US, goods=["cars", "alcohol", "tobacco"], note="N8: no response stated in "
                                                                               "this sentence"),
        E("A decree published in the Official Gazette raised the duty on U.S. passenger cars to 120 percent",
          "raise", "actual", TR, US, rate=V(120), goods=["passenger cars"]),
        E("on alcoholic drinks to 140 percent", "raise", "actual", TR, US, rate=V(140),
          goods=["alcoholic drinks"]),
        E("set a 60 percent tariff on leaf tobacco", "impose", "actual", TR, US, rate=V(60),
          goods=["leaf tobacco"], note="N18"),
        E("the increases were in response to “deliberate attacks” on Turkey’s economy", "raise", "actual", TR,
          US, ret=True, note="N10"),
        E("President Donald Trump’s decision last week to double U.S. tariffs on Turkish steel and aluminum",
          "raise", "actual", US, TR, goods=["steel", "aluminum"],
          note="decided and in force before the article's date: actual"),
        E("The U.S. duties now stand at 50 percent on Turkish steel and 20 percent on aluminum", "impose",
          "actual", US, TR, rate=V(50), goods=["steel"], note="tranches; 'twice the rates applied to most other "
                                                               "countries' is a comparison"),
        E("The U.S. duties now stand at 50 percent on Turkish steel and 20 percent on aluminum", "impose",
          "actual", US, TR, rate=V(20), goods=["aluminum"]),
        E("it could extend the higher tariffs to other U.S. goods if Washington did not reverse course", "raise",
          "threatened", TR, US, ret=True, note="condition on the target; an answer to its measure"),
    ],
})

PROBES.append({
    "id": "p7-18-03", "style": "2018", "published": "2018-06-21",
    "title": "Commerce grants first exclusions from steel tariffs",
    "text": paras(
        """(Bloomberg) -- The U.S. Commerce Department approved the first
        batch of exclusions from President Donald Trump’s steel tariffs,
        allowing a handful of companies to import specialty products without
        paying the 25 percent duty, while denying dozens of other
        requests.""",
        """The department has received more than 20,000 requests from
        companies seeking to be excused from the steel and aluminum duties,
        and had ruled on fewer than 100 of them by Tuesday, a spokesman
        said.""",
        """Among those granted exclusions was a Pennsylvania razor maker that
        buys strip steel from Sweden that it says is not made in the United
        States. Objections from U.S. Steel Corp. and Nucor Corp., which argue
        that domestic mills can supply most of the products, have held up
        hundreds of other applications.""",
        """The tariffs, 25 percent on steel and 10 percent on aluminum, took
        effect on March 23, and Canada, Mexico and the European Union lost
        temporary exemptions on June 1.""",
        """Container lines, meanwhile, have filed higher freight tariffs on
        trans-Pacific routes for July."""),
    "events": [
        E("The U.S. Commerce Department approved the first batch of exclusions from President Donald Trump’s "
          "steel tariffs, allowing a handful of companies to import specialty products without paying the 25 "
          "percent duty", "exempt", "actual", US, None, goods=["specialty products"],
          note="N1; 'denying dozens of other requests' N11"),
        E("companies seeking to be excused from the steel and aluminum duties", "exempt", "demanded", US, None,
          goods=["steel", "aluminum"]),
        E("Among those granted exclusions was a Pennsylvania razor maker that buys strip steel from Sweden",
          "exempt", "actual", US, SE, goods=["strip steel"]),
        E("The tariffs, 25 percent on steel and 10 percent on aluminum, took effect on March 23", "impose",
          "actual", US, None, rate=V(25), goods=["steel"], note="N5; tranches"),
        E("The tariffs, 25 percent on steel and 10 percent on aluminum, took effect on March 23", "impose",
          "actual", US, None, rate=V(10), goods=["aluminum"]),
    ] + [
        E("Canada, Mexico and the European Union lost temporary exemptions on June 1", "impose", "actual", US, p,
          goods=["steel", "aluminum"], note="N4: losing an exemption is impose; one event per party")
        for p in (CA, MX, EUN)
    ],
})

PROBES.append({
    "id": "p7-18-04", "style": "2018", "published": "2018-10-11",
    "title": "Canada to impose provisional tariffs on seven steel products",
    "text": paras(
        """OTTAWA (Reuters) - Canada will impose provisional tariffs of 25
        percent on imports of seven steel products that exceed historical
        levels, the finance minister said on Thursday, to stop foreign steel
        shut out of the U.S. market from flooding into Canada.""",
        """The surtaxes, which take effect on Oct. 25 and run for 200 days,
        will apply to heavy plate, concrete reinforcing bar, energy tubular
        products, hot-rolled sheet, pre-painted steel, stainless steel wire
        and wire rod. Steel from the United States, Mexico, Chile and Israel,
        which have free trade agreements with Canada, will be exempt, the
        department said.""",
        """Canada has been hit by a 25 percent U.S. tariff on steel and a 10
        percent tariff on aluminum since June 1, and responded on July 1 with
        duties on C$16.6 billion of U.S. goods, from steel to maple syrup.
        Ottawa has said it will keep the countermeasures in place as long as
        the U.S. tariffs remain.""",
        """The Canadian Steel Producers Association had pushed for surtaxes on
        a wider range of products."""),
    "events": [
        E("Canada will impose provisional tariffs of 25 percent on imports of seven steel products that exceed "
          "historical levels", "impose", "proposed", CA, None, rate=V(25), goods=["steel products"],
          note="in force Oct 25, after the article's date"),
        E("The surtaxes, which take effect on Oct. 25 and run for 200 days, will apply to heavy plate, concrete "
          "reinforcing bar, energy tubular products, hot-rolled sheet, pre-painted steel, stainless steel wire "
          "and wire rod", "impose", "proposed", CA, None,
          goods=["heavy plate", "concrete reinforcing bar", "energy tubular products", "hot-rolled sheet",
                 "pre-painted steel", "stainless steel wire", "wire rod"]),
    ] + [
        E("Steel from the United States, Mexico, Chile and Israel, which have free trade agreements with Canada, "
          "will be exempt", "exempt", "proposed", CA, p, goods=["steel"], note="one event per party")
        for p in (US, MX, CL, IL)
    ] + [
        E("Canada has been hit by a 25 percent U.S. tariff on steel and a 10 percent tariff on aluminum since "
          "June 1", "impose", "actual", US, CA, rate=V(25), goods=["steel"], note="N5: the party hit is named"),
        E("Canada has been hit by a 25 percent U.S. tariff on steel and a 10 percent tariff on aluminum since "
          "June 1", "impose", "actual", US, CA, rate=V(10), goods=["aluminum"]),
        E("responded on July 1 with duties on C$16.6 billion of U.S. goods, from steel to maple syrup", "impose",
          "actual", CA, US, amount={"value": 16600000000, "currency": "CAD"}, goods=["steel", "maple syrup"],
          ret=True),
        E("the U.S. tariffs remain", "impose", "actual", US, CA, note="N13: 'the countermeasures' is no event"),
        E("The Canadian Steel Producers Association had pushed for surtaxes on a wider range of products",
          "impose", "demanded", CA, None),
    ],
})

PROBES.append({
    "id": "p7-18-05", "style": "2018", "published": "2018-06-05",
    "title": "Mexico hits US pork, bourbon, cheese with tariffs",
    "text": paras(
        """MEXICO CITY (AP) — Mexico slapped tariffs of up to 25 percent on
        U.S. pork, apples, potatoes, bourbon and cheese on Tuesday in
        response to the Trump administration’s steel and aluminum tariffs,
        the Economy Department said.""",
        """The duties include 20 percent on pork legs and shoulders, 20
        percent on apples and potatoes and 25 percent on flat steel products,
        according to a decree published in the official gazette. The Economy
        Department said the duties would remain in place for as long as the
        U.S. measures are maintained.""",
        """Economy officials said Mexico would open a duty-free quota for pork
        from other countries to avoid shortages.""",
        """U.S. pork producers, who ship more pork to Mexico than to any other
        country, urged the administration to lift the steel tariffs on Mexico
        before the damage spreads.""",
        """Mexico’s energy regulator separately approved new electricity
        transmission tariffs for next year."""),
    "events": [
        E("Mexico slapped tariffs of up to 25 percent on U.S. pork, apples, potatoes, bourbon and cheese on "
          "Tuesday", "impose", "actual", MX, US, rate=MM(hi=25),
          goods=["pork", "apples", "potatoes", "bourbon", "cheese"], ret=True),
        E("the Trump administration’s steel and aluminum tariffs", "impose", "actual", US, None,
          goods=["steel", "aluminum"], note="N5"),
        E("The duties include 20 percent on pork legs and shoulders, 20 percent on apples and potatoes and 25 "
          "percent on flat steel products", "impose", "actual", MX, US, rate=V(20),
          goods=["pork legs and shoulders"], note="tranches, goods each with their own rate; N8"),
        E("The duties include 20 percent on pork legs and shoulders, 20 percent on apples and potatoes and 25 "
          "percent on flat steel products", "impose", "actual", MX, US, rate=V(20),
          goods=["apples", "potatoes"]),
        E("The duties include 20 percent on pork legs and shoulders, 20 percent on apples and potatoes and 25 "
          "percent on flat steel products", "impose", "actual", MX, US, rate=V(25),
          goods=["flat steel products"]),
        E("the duties would remain in place for as long as the U.S. measures are maintained", "impose",
          "actual", MX, US, note="in force, 'would remain': actual; 'the U.S. measures' N13"),
        E("Mexico would open a duty-free quota for pork from other countries", "exempt", "proposed", MX, None,
          goods=["pork"], note="N16"),
        E("U.S. pork producers, who ship more pork to Mexico than to any other country, urged the "
          "administration to lift the steel tariffs on Mexico", "remove", "demanded", US, MX, goods=["steel"],
          note="N5: the party is named"),
    ],
})

PROBES.append({
    "id": "p7-18-06", "style": "2018", "published": "2018-07-18",
    "title": "EU to impose provisional steel safeguard from Thursday",
    "text": paras(
        """BRUSSELS (Reuters) - The European Union will impose provisional
        safeguard duties of 25 percent on imports of 23 steel products above
        recent volumes from Thursday, to keep steel diverted from the U.S.
        market by President Donald Trump’s tariffs from flooding Europe, the
        European Commission said on Wednesday.""",
        """The duties will apply only once imports of each product exceed the
        average of the past three years. Developing countries that ship only
        small quantities will be exempt, as will Norway, Iceland and
        Liechtenstein, members of the European Economic Area.""",
        """In June the bloc hit American goods worth 2.8 billion euros,
        including bourbon, motorcycles and orange juice, with tariffs of 25
        percent in retaliation for the U.S. steel duties.""",
        """Carmakers and other steel users have warned that the safeguard
        will raise their costs. EU energy ministers, meeting in Vienna, also
        discussed phasing out feed-in tariffs for solar power."""),
    "events": [
        E("The European Union will impose provisional safeguard duties of 25 percent on imports of 23 steel "
          "products above recent volumes from Thursday", "impose", "proposed", EUN, None, rate=V(25),
          goods=["steel products"], note="in force the day after the article"),
        E("President Donald Trump’s tariffs", "impose", "actual", US, None, note="N5"),
        E("The duties will apply only once imports of each product exceed the average of the past three years",
          "impose", "proposed", EUN, None, goods=["steel products"]),
        E("Developing countries that ship only small quantities will be exempt, as will Norway, Iceland and "
          "Liechtenstein", "exempt", "proposed", EUN, None, goods=["steel products"],
          note="unnamed developing countries: target null; one event per named party below"),
    ] + [
        E("Developing countries that ship only small quantities will be exempt, as will Norway, Iceland and "
          "Liechtenstein", "exempt", "proposed", EUN, p, goods=["steel products"])
        for p in (NO, IS, LI)
    ] + [
        E("the bloc hit American goods worth 2.8 billion euros, including bourbon, motorcycles and orange "
          "juice, with tariffs of 25 percent", "impose", "actual", EUN, US, rate=V(25),
          amount={"value": 2800000000, "currency": "EUR"}, goods=["bourbon", "motorcycles", "orange juice"],
          ret=True),
        E("the U.S. steel duties", "impose", "actual", US, None, goods=["steel"], note="N5"),
    ],
})

PROBES.append({
    "id": "p7-18-07", "style": "2018", "published": "2018-08-29",
    "title": "US trade panel throws out duties on Canadian newsprint",
    "text": paras(
        """WASHINGTON (AP) — The U.S. International Trade Commission on
        Wednesday threw out duties on Canadian newsprint, ruling that imports
        of the paper had not harmed American producers.""",
        """The Commerce Department had set combined anti-dumping and
        anti-subsidy duties averaging about 20 percent on uncoated groundwood
        paper from Canada earlier this year, after a complaint by a single
        mill in Washington state.""",
        """Newspaper publishers, who said the duties had driven up paper
        prices by as much as 30 percent and forced layoffs, had lobbied
        Congress to suspend them. Cash deposits collected since January will
        be refunded, the commission said.""",
        """The ruling is a rare defeat for the administration, which has
        imposed tariffs on Canadian softwood lumber and steel and threatened a
        25 percent levy on cars built in Canada."""),
    "events": [
        E("The U.S. International Trade Commission on Wednesday threw out duties on Canadian newsprint",
          "remove", "actual", US, CA, goods=["newsprint"], note="N18"),
        E("The Commerce Department had set combined anti-dumping and anti-subsidy duties averaging about 20 "
          "percent on uncoated groundwood paper from Canada earlier this year", "impose", "actual", US, CA,
          rate=V(20), goods=["uncoated groundwood paper"], note="N9"),
        E("Newspaper publishers, who said the duties had driven up paper prices by as much as 30 percent and "
          "forced layoffs, had lobbied Congress to suspend them", "remove", "demanded", US, CA,
          goods=["uncoated groundwood paper"], note="N10: the 30 percent is an effect, not a rate"),
        E("which has imposed tariffs on Canadian softwood lumber and steel", "impose", "actual", US, CA,
          goods=["softwood lumber", "steel"]),
        E("threatened a 25 percent levy on cars built in Canada", "impose", "threatened", US, CA, rate=V(25),
          goods=["cars"]),
    ],
})

PROBES.append({
    "id": "p7-18-08", "style": "2018", "published": "2018-05-15",
    "title": "South Korea seeks WTO nod for retaliation over US washer, solar duties",
    "text": paras(
        """SEOUL (Reuters) - South Korea said on Tuesday it would seek to
        impose retaliatory tariffs on U.S. goods worth about $480 million a
        year over Washington’s safeguard duties on Korean-made washing
        machines and solar panels, taking its case to the World Trade
        Organization.""",
        """Under WTO safeguard rules, Korea may raise duties on American goods
        to offset the damage if the two sides fail to agree on compensation
        within 30 days, the trade ministry said.""",
        """The U.S. tariffs, imposed in February, are 20 percent on the first
        1.2 million imported washers a year and 50 percent on shipments above
        that quota, while solar cells and modules face a 30 percent duty that
        declines over four years.""",
        """Samsung Electronics and LG Electronics, which have since begun
        making washers at new plants in South Carolina and Tennessee, had
        asked Washington to exempt parts from the duties. The finance
        ministry separately said it would extend a cut in the individual
        consumption tax on cars until the end of the year."""),
    "events": [
        E("South Korea said on Tuesday it would seek to impose retaliatory tariffs on U.S. goods worth about "
          "$480 million a year", "impose", "proposed", KR, US, amount=USD(480000000), ret=True,
          note="announced intent, not yet in force"),
        E("Washington’s safeguard duties on Korean-made washing machines and solar panels", "impose", "actual",
          US, KR, goods=["washing machines", "solar panels"], note="N5: possessive names the actor, the "
                                                                   "goods' origin the target"),
        E("Korea may raise duties on American goods to offset the damage if the two sides fail to agree on "
          "compensation within 30 days", "raise", "threatened", KR, US, ret=True,
          note="condition on the target (compensation); 'to offset the damage' of its measure"),
        E("The U.S. tariffs, imposed in February, are 20 percent on the first 1.2 million imported washers a "
          "year and 50 percent on shipments above that quota", "impose", "actual", US, None, rate=V(20),
          goods=["washers"], note="N5: global safeguard described; tranches"),
        E("The U.S. tariffs, imposed in February, are 20 percent on the first 1.2 million imported washers a "
          "year and 50 percent on shipments above that quota", "impose", "actual", US, None, rate=V(50),
          goods=["washers"]),
        E("solar cells and modules face a 30 percent duty that declines over four years", "impose", "actual",
          US, None, rate=V(30), goods=["solar cells", "modules"]),
        E("Samsung Electronics and LG Electronics, which have since begun making washers at new plants in South "
          "Carolina and Tennessee, had asked Washington to exempt parts from the duties", "exempt", "demanded",
          US, KR, goods=["parts"], note="N12; the consumption tax is N14"),
    ],
})

PROBES.append({
    "id": "p7-18-09", "style": "2018", "published": "2018-07-06",
    "title": "Russia sets retaliatory duties on US goods over steel tariffs",
    "text": paras(
        """(Bloomberg) -- Russia will impose additional duties of 25 percent
        to 40 percent on some U.S. goods, including road-building equipment,
        oil and gas drilling tools and fiber-optic cable, in response to
        American tariffs on steel and aluminum, Economy Minister Maxim
        Oreshkin said Friday.""",
        """The measures, which take effect in 30 days, are meant to offset
        about $537.6 million of damage to Russian companies, the minister told
        reporters. The government reserves the right to raise duties on U.S.
        imports further in line with WTO rules, he said.""",
        """The U.S. imposed 25 percent duties on steel and 10 percent on
        aluminum from most countries in March.""",
        """Separately, the Federal Antimonopoly Service approved a 4 percent
        rise in Gazprom’s domestic gas transport tariffs for next year."""),
    "events": [
        E("Russia will impose additional duties of 25 percent to 40 percent on some U.S. goods, including "
          "road-building equipment, oil and gas drilling tools and fiber-optic cable", "impose", "proposed", RU,
          US, rate=MM(25, 40), goods=["road-building equipment", "oil and gas drilling tools",
                                      "fiber-optic cable"], ret=True),
        E("American tariffs on steel and aluminum", "impose", "actual", US, None, goods=["steel", "aluminum"],
          note="N5"),
        E("The government reserves the right to raise duties on U.S. imports further in line with WTO rules",
          "raise", "threatened", RU, US, note="a warning without condition; N8: no response in this sentence; "
                                              "'The measures' N13, the $537.6 million N17"),
        E("The U.S. imposed 25 percent duties on steel and 10 percent on aluminum from most countries in March",
          "impose", "actual", US, None, rate=V(25), goods=["steel"], note="N5; tranches"),
        E("The U.S. imposed 25 percent duties on steel and 10 percent on aluminum from most countries in March",
          "impose", "actual", US, None, rate=V(10), goods=["aluminum"]),
    ],
})

PROBES.append({
    "id": "p7-18-10", "style": "2018", "published": "2018-07-09",
    "title": "China’s car tariff cut leaves US-built models behind",
    "text": paras(
        """(Bloomberg) -- China’s cut in import tariffs on foreign cars took
        effect on July 1, lowering the duty on most passenger vehicles to 15
        percent from 25 percent, but American-made cars are now paying 40
        percent after Beijing’s retaliatory duties kicked in on Friday.""",
        """Beijing imposed an extra 25 percent tariff on $34 billion of U.S.
        goods, including cars, soybeans and pork, in retaliation for
        Washington’s duties on the same value of Chinese imports.""",
        """Tesla Inc., which builds all its cars in California, raised prices
        of its Model S and Model X in China by about 20 percent to cover the
        tariffs. Daimler AG cut its profit forecast last month, citing the
        duties on its U.S.-built SUVs.""",
        """China has also said it will lower duties on 1,585 other items, from
        textiles to machinery, from Nov. 1. Its 10 percent purchase tax on
        cars, paid on domestic and imported vehicles alike, is unchanged."""),
    "events": [
        E("China’s cut in import tariffs on foreign cars took effect on July 1", "lower", "actual", CN, None,
          goods=["cars"]),
        E("lowering the duty on most passenger vehicles to 15 percent from 25 percent", "lower", "actual", CN,
          None, rate=FT(25, 15), goods=["passenger vehicles"]),
        E("American-made cars are now paying 40 percent", "impose", "actual", CN, US, rate=V(40),
          goods=["cars"], ret=True, note="elliptical level in force; the sentence calls the duties "
                                         "retaliatory"),
        E("Beijing’s retaliatory duties kicked in on Friday", "impose", "actual", CN, US, goods=["cars"],
          ret=True),
        E("Beijing imposed an extra 25 percent tariff on $34 billion of U.S. goods, including cars, soybeans and "
          "pork", "impose", "actual", CN, US, rate=V(25), amount=USD(34000000000),
          goods=["cars", "soybeans", "pork"], ret=True),
        E("Washington’s duties on the same value of Chinese imports", "impose", "actual", US, CN,
          note="'the same value' is not written as an amount"),
        E("citing the duties on its U.S.-built SUVs", "impose", "actual", CN, US, goods=["SUVs"],
          note="actor from the article's subject (China's duties); 'to cover the tariffs' N10"),
        E("China has also said it will lower duties on 1,585 other items, from textiles to machinery, from "
          "Nov. 1", "lower", "proposed", CN, None, goods=["textiles", "machinery"], note="purchase tax N14"),
    ],
})
