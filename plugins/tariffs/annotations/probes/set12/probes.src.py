# SPDX-License-Identifier: MIT
"""Probe set 12: news snippets written (made up, no article copied) in the
three styles of the unseen news -- 1987 Reuters-style wire copy, 2016 US
presidential campaign coverage, 2018 trade-war wire copy of AP/Reuters/
Bloomberg-like desks -- and annotated blind (no sift run, no plugin code,
tests, data, README or gold read; no other probe set's texts or gold read)
by shared/corpus/TARIFF-GUIDELINES.md and ../../GUIDE.md.  Helper
tarprobe12, 2026-12-07.  ../build.py resolves the spans and writes
probes.gold.jsonl.  30 pieces (10 per style), 186 events (1987: 53,
2016: 57, 2018: 76), every piece with events; the headline is kept in
`title` only, so all of `text` is body text.  The 1987 texts are wrapped
like the wire (about 65 columns, four-space paragraph indents, dateline,
closing " Reuter"); build.py matches a span's spaces to any whitespace.
One writer's reading, with a second pass by the same writer.

NOTES -- judgement calls (an event's own "note" says where each applies)
------------------------------------------------------------------------
N1  Level of a duty that is removed, exempted from, or whose new level is
    not given ("lift the 100 pct tariffs", "phase out duties of up to 70
    percent", "exclude ... from the 25 percent tariff"): rate null, as the
    probes README records for the train gold.
N2  A candidate's tariff plan (2016) is the candidate's statement of intent:
    proposed, actor US (the country that would levy it).  With a condition
    on the target's (or a company's) conduct, or called a threat/warning,
    it is threatened.  Restatements of the plan as the topic of someone
    else's comment, or inside someone else's "if" clause, keep the plan's
    own modality and parties (the dev gold codes "if tariffs were imposed
    on its goods" like the measure it restates).
N3  The US Section 232 metal tariffs cover imports from everywhere, so a
    bare mention ("Washington's tariffs on steel and aluminum", "the U.S.
    metal tariffs") has target null even in a story about the country hit
    (the seeds code "hit with duties on steel and aluminium" with target
    null).  Where the clause ties them to a country ("end Mexico's
    exemption from U.S. steel and aluminum tariffs", "India has sought an
    exemption from the U.S. tariffs", "what Indian ... exporters are
    expected to pay under the U.S. tariffs", "the U.S. metals tariffs cost
    its exporters") the country is the target, and a later restatement in
    that story keeps it.  A mention inside another country's retaliation
    phrase ("in response to Washington's metal tariffs") stays null.
N4  A government's demand that another cut or drop a duty on goods it sells
    ("Brussels wants Washington to cut the charge", "The U.S. has pressed
    for deeper cuts in duties on farm machinery") has the demanding
    government as target, by the guidelines' "Manila's request for lower
    tariffs on coconut oil" -> target PH, even when the duty applies to
    all imports.
N5  Bare nominal restatements without a tariff word but with a change noun
    ("the cuts would cost ...", "The increases would raise ...", "The
    exclusions last one year") are events, as the dev gold codes "It has
    criticised the cuts as too selective".  A generic "the measures" is
    not.
N6  "retaliated in kind", "hits back against Boeing jetliners", "could
    target U.S. corn" and the like, without a tariff word, change word,
    rate or amount, are not events (the ellipsis rule of section 2 needs
    one of those).
N7  A schedule step whose earlier level is named in the same sentence for
    the same duty ("duties of 10 percent ... start Sept. 24 and rise to 25
    percent on Jan. 1", "a 20 percent tariff ... with the rates falling to
    16 percent") gets {"from", "to"}; "from as much as 20 percent" is coded
    as from 20.  A new level given as a range ("fell to between 20 and 30
    pct from as high as 60 pct") is {"min", "max"} of the new level.
N8  A clause that names several per-country rates ("range from 9.6 pct on
    Brazilian screws to 41.3 pct on Taiwanese screws, with South Korean
    shipments assessed at 22 pct") is one event per country with that
    country's rate (tranches), not one range.
N9  Domestic or border-adjusted business taxes (Cruz's flat tax, the House
    border-adjusted corporate tax, the EC oils-and-fats tax) are not
    events, even when critics call them a tariff; Trump's "35 percent tax"
    on products shipped back into the US is an import tax, so an event.
N10 Goods that enter duty-free under a trade agreement ("currently enter
    the U.S. duty-free") are coded remove / actual (the state a removal
    left), by analogy with "placed on the duty-free list".
N11 A hypothetical legal authority with no party deciding anything ("a
    president could impose a 15 percent import surcharge ... under
    Section 122") is talk about tariffs as a tool, not an event.
N12 An extension of an in-force duty ("agreed to extend for six months
    provisional anti-dumping duties") is impose / actual: the duty stays in
    force.  "left in place", "remain unchanged", "would continue to apply"
    likewise impose / actual.
N13 A removal of a GSP preference ("removed duty-free treatment") is impose,
    by the guidelines' "ended preferential duty-free trade treatment";
    granting duty-free entry is remove.
N14 "the Trans-Pacific Partnership ... would eliminate more than 18,000
    tariffs that partner countries now impose on U.S. goods": the partner
    countries as one bloc party, XX "Trans-Pacific Partnership countries".
N15 Retaliation is set only where the clause or its own sentence presents
    the measure as a response (section 9 read literally), so a follow-up
    sentence giving the rates of a retaliatory package has false.
"""


def wire(*pars):
    """1987 wire layout: ~65-column hard wrap, four-space indents, Reuter."""
    import textwrap
    out = []
    for i, p in enumerate(pars):
        ind = "" if i == 0 else "    "
        out.append(textwrap.fill(p, width=65, initial_indent=ind, subsequent_indent="",
                                 break_on_hyphens=False, break_long_words=False))
    return "\n".join(out) + "\n Reuter\n"


def news(*pars):
    return "\n\n".join(pars)


C = {"US": "United States", "CA": "Canada", "JP": "Japan", "EU": "European Union",
     "CN": "China", "MX": "Mexico", "KR": "South Korea", "TW": "Taiwan", "BR": "Brazil",
     "CL": "Chile", "CO": "Colombia", "IN": "India", "IT": "Italy", "VN": "Vietnam",
     "TR": "Turkey", "SE": "Sweden", "DE": "Germany", "IL": "Israel", "NO": "Norway",
     "IS": "Iceland", "LI": "Liechtenstein", "RU": "Russia"}


def P(code, name=None):
    if code is None or isinstance(code, dict):
        return code
    if code == "EU87":
        return {"name": "European Community", "code": "EU"}
    return {"name": name or C[code], "code": code}


def ev(span, action, modality, actor, target, rate=None, amount=None, cur="USD", goods=(),
       ret=False, nth=None, note=None):
    e = {"span": span, "action": action, "modality": modality, "actor": P(actor),
         "target": P(target),
         "rate": rate, "amount": ({"value": amount, "currency": cur} if amount is not None else None),
         "goods": list(goods), "retaliation": ret}
    if nth is not None:
        e["nth"] = nth
    if note:
        e["note"] = note
    return e


V = lambda v: {"value": v}
FT = lambda a, b: {"from": a, "to": b}
MM = lambda a=None, b=None: {k: v for k, v in (("min", a), ("max", b)) if v is not None}

PROBES = []


def add(pid, style, published, title, text, events):
    PROBES.append({"id": pid, "style": style, "published": published, "title": title,
                   "text": text, "events": events})


# ---------------------------------------------------------------- 1987 ----

add("p12-87-01", "1987", "1987-04-14", "CANADA SETS PROVISIONAL DUTIES ON WOOD SCREWS", wire(
    "OTTAWA, April 14 - Revenue Canada said it imposed provisional "
    "anti-dumping duties on carbon steel wood screws from Taiwan, South "
    "Korea and Brazil, effective today.",
    "The duties range from 9.6 pct on Brazilian screws to 41.3 pct on "
    "Taiwanese screws, with South Korean shipments assessed at 22 pct, "
    "the department said.",
    "Imports of the screws from the three countries were worth about 18 "
    "mln Canadian dlrs last year, it said. The Canadian Import Tribunal "
    "must rule by July 13 whether the imports injured domestic producers.",
    "Separately, Ottawa cut the tariff on imported machine tools not made "
    "in Canada to 2.5 pct from 9.2 pct, as announced in the February "
    "budget.",
    "The screw makers' association also complained about higher rail "
    "freight tariffs on shipments west of Winnipeg, a spokesman said."), [
    *[ev("Revenue Canada said it imposed provisional anti-dumping duties on carbon steel wood screws "
         "from Taiwan, South Korea and Brazil, effective today", "impose", "actual", "CA", t,
         goods=["carbon steel wood screws"]) for t in ("TW", "KR", "BR")],
    *[ev("The duties range from 9.6 pct on Brazilian screws to 41.3 pct on Taiwanese screws, with "
         "South Korean shipments assessed at 22 pct", "impose", "actual", "CA", t, V(r), goods=["screws"],
         note="N8" if t == "BR" else None) for t, r in (("BR", 9.6), ("TW", 41.3), ("KR", 22))],
    ev("Ottawa cut the tariff on imported machine tools not made in Canada to 2.5 pct from 9.2 pct",
       "lower", "actual", "CA", None, FT(9.2, 2.5), goods=["machine tools"]),
])

add("p12-87-02", "1987", "1987-05-12", "JAPAN TO CUT TARIFFS ON CHOCOLATE, BISCUITS", wire(
    "TOKYO, May 12 - Japan will cut import tariffs on 23 items including "
    "chocolate, biscuits and pasta from April next year in a move aimed at "
    "easing friction with the European Community, Finance Ministry "
    "officials said.",
    "The tariff on chocolate will fall to 20 pct from 31.9 pct and that on "
    "biscuits to 15 pct from 28 pct, while duties on pasta will be cut to "
    "30 yen per kg from 40 yen, they said.",
    "Officials said the cuts would cost the government about 12 billion yen "
    "in lost customs revenue a year.",
    "The Community has also demanded that Tokyo scrap its 35 pct tariff on "
    "processed cheese and change its liquor tax, which Brussels says "
    "discriminates against imported whisky and brandy.",
    "Japan says the liquor tax treats domestic and foreign spirits alike."), [
    ev("Japan will cut import tariffs on 23 items including chocolate, biscuits and pasta from April "
       "next year in a move aimed at easing friction with the European Community", "lower", "proposed", "JP", None, goods=["chocolate", "biscuits", "pasta"],
       note="easing friction with the EC is a purpose, not a target"),
    ev("The tariff on chocolate will fall to 20 pct from 31.9 pct and that on biscuits to 15 pct from 28 pct",
       "lower", "proposed", "JP", None, FT(31.9, 20), goods=["chocolate"]),
    ev("The tariff on chocolate will fall to 20 pct from 31.9 pct and that on biscuits to 15 pct from 28 pct",
       "lower", "proposed", "JP", None, FT(28, 15), goods=["biscuits"]),
    ev("duties on pasta will be cut to 30 yen per kg from 40 yen", "lower", "proposed", "JP", None,
       goods=["pasta"]),
    ev("the cuts would cost the government about 12 billion yen in lost customs revenue a year",
       "lower", "proposed", "JP", None, note="N5; 12 billion yen is revenue, not the goods covered"),
    ev("The Community has also demanded that Tokyo scrap its 35 pct tariff on processed cheese",
       "remove", "demanded", "JP", "EU87", goods=["processed cheese"], note="N1, N4"),
])

add("p12-87-03", "1987", "1987-06-03", "EC SEEKS GATT PANEL ON U.S. CUSTOMS USER FEE", wire(
    "BRUSSELS, June 3 - The European Community has asked the General "
    "Agreement on Tariffs and Trade (GATT) to set up a dispute panel on "
    "the U.S. customs user fee, a charge of 0.22 pct ad valorem levied on "
    "nearly all goods entering the United States, Community officials "
    "said.",
    "The EC says the fee, which brought in about 750 mln dlrs last year, "
    "bears no relation to the cost of customs services.",
    "Brussels wants Washington to cut the charge to a flat fee per "
    "shipment or scrap it altogether, one official said.",
    "Canada is seeking an exemption from the fee for its exporters under "
    "the proposed free trade pact, Canadian officials have said.",
    "Separately, EC ministers agreed to extend for six months provisional "
    "anti-dumping duties of 16.5 pct on electronic typewriters from Japan "
    "and Taiwan."), [
    ev("the U.S. customs user fee, a charge of 0.22 pct ad valorem levied on nearly all goods entering "
       "the United States", "impose", "actual", "US", None, V(0.22),
       note="a fee on imports is a tariff (section 1); covers all imports, target null"),
    ev("Brussels wants Washington to cut the charge to a flat fee per shipment", "lower", "demanded",
       "US", "EU87", note="N4"),
    ev("scrap it altogether", "remove", "demanded", "US", "EU87", note="N4"),
    ev("Canada is seeking an exemption from the fee for its exporters under the proposed free trade pact",
       "exempt", "demanded", "US", "CA"),
    *[ev("EC ministers agreed to extend for six months provisional anti-dumping duties of 16.5 pct on "
         "electronic typewriters from Japan and Taiwan", "impose", "actual", "EU87", t, V(16.5),
         goods=["electronic typewriters"], note="N12" if t == "JP" else None) for t in ("JP", "TW")],
])

add("p12-87-04", "1987", "1987-04-22", "U.S. SETS DUTY ON CANADIAN RASPBERRIES", wire(
    "WASHINGTON, April 22 - The U.S. Commerce Department ordered a "
    "preliminary countervailing duty of 4.47 pct on red raspberries from "
    "Canada, saying Canadian growers receive government subsidies.",
    "Cash deposits will be required on all entries from today, the "
    "department said. The raspberry imports were valued at about 9.6 mln "
    "dlrs in 1986.",
    "The Washington state growers who brought the case had asked for a "
    "duty of at least 25 pct.",
    "The department last year set a 5.82 pct duty on fresh Atlantic "
    "groundfish from Canada.",
    "In Ottawa, Trade Minister Pat Carney said Canada would ask the "
    "department to exclude fruit from British Columbia packers, which she "
    "said received no provincial aid."), [
    ev("The U.S. Commerce Department ordered a preliminary countervailing duty of 4.47 pct on red "
       "raspberries from Canada, saying Canadian growers receive government subsidies", "impose", "actual", "US", "CA", V(4.47), goods=["red raspberries"]),
    ev("The Washington state growers who brought the case had asked for a duty of at least 25 pct",
       "impose", "demanded", "US", "CA", MM(25), goods=["raspberries"],
       note="'at least 25 pct' -> min 25; goods from the story"),
    ev("The department last year set a 5.82 pct duty on fresh Atlantic groundfish from Canada",
       "impose", "actual", "US", "CA", V(5.82), goods=["fresh Atlantic groundfish"]),
    ev("Canada would ask the department to exclude fruit from British Columbia packers", "exempt",
       "demanded", "US", "CA", goods=["fruit"]),
])

add("p12-87-05", "1987", "1987-04-30", "MEXICO TO LOWER TOP IMPORT TARIFF TO 30 PCT", wire(
    "MEXICO CITY, April 30 - Mexico will lower its highest import tariff "
    "to 30 pct from 40 pct on May 1 and cut the average tariff to about 19 "
    "pct, the Commerce Ministry said.",
    "The ministry said the move, part of commitments made when Mexico "
    "joined the GATT last August, would also remove the 5 pct surcharge on "
    "imported inputs used by export industries.",
    "Tariffs on about 300 items, mostly luxury goods such as whisky and "
    "perfume, will stay at 40 pct, it said.",
    "Import permits, which Mexico has been phasing out, still cover about "
    "27 pct of the value of imports.",
    "The U.S., Mexico's largest trading partner, has pressed for deeper "
    "cuts in duties on farm machinery and computers."), [
    ev("Mexico will lower its highest import tariff to 30 pct from 40 pct on May 1", "lower",
       "proposed", "MX", None, FT(40, 30)),
    ev("cut the average tariff to about 19 pct", "lower", "proposed", "MX", None, V(19)),
    ev("the move, part of commitments made when Mexico joined the GATT last August, would also remove "
       "the 5 pct surcharge on imported inputs used by export industries", "remove", "proposed", "MX",
       None, goods=["inputs"], note="N1"),
    ev("Tariffs on about 300 items, mostly luxury goods such as whisky and perfume, will stay at 40 pct",
       "impose", "actual", "MX", None, V(40), goods=["luxury goods", "whisky", "perfume"], note="N12"),
    ev("The U.S., Mexico's largest trading partner, has pressed for deeper cuts in duties on farm "
       "machinery and computers", "lower", "demanded", "MX", "US", goods=["farm machinery", "computers"],
       note="N4"),
])

add("p12-87-06", "1987", "1987-09-18", "JAPAN FIRMS HOPE FOR FURTHER U.S. TARIFF EASING", wire(
    "TOKYO, Sept 18 - Japanese electronics makers welcomed reports that "
    "Washington may lift a further portion of the 100 pct tariffs it "
    "imposed in April on 300 mln dlrs of Japanese goods, but said the "
    "remaining duties on laptop computers and colour televisions still "
    "hurt.",
    "MITI officials said Japan would again urge the U.S. to lift the "
    "tariffs entirely when Vice Minister Makoto Kuroda visits Washington "
    "next week.",
    "The U.S. removed duties on about 51 mln dlrs of goods in June after "
    "finding that Japan had cut chip dumping in third countries.",
    "Toshiba Corp, whose laptops are among the products hit, said it has "
    "asked U.S. Customs to exempt laptops assembled in its California "
    "plant from Japanese-made parts.",
    "A Commerce Department official in Washington said no decision had "
    "been made."), [
    ev("reports that Washington may lift a further portion of the 100 pct tariffs it imposed in April on "
       "300 mln dlrs of Japanese goods", "remove", "considered", "US", "JP",
       note="N1; the 300 mln dlrs is the whole April measure, not the portion to be lifted: amount null"),
    ev("the remaining duties on laptop computers and colour televisions", "impose", "actual", "US", "JP",
       goods=["laptop computers", "colour televisions"]),
    ev("Japan would again urge the U.S. to lift the tariffs entirely", "remove", "demanded", "US", "JP"),
    ev("The U.S. removed duties on about 51 mln dlrs of goods in June", "remove", "actual", "US", "JP",
       amount=51000000),
    ev("asked U.S. Customs to exempt laptops assembled in its California plant from Japanese-made parts",
       "exempt", "demanded", "US", "JP", goods=["laptops"],
       note="demanding party Toshiba is outside the clause's start; span from the demand verb"),
])

add("p12-87-07", "1987", "1987-12-11", "FREE TRADE TEXT SETS FIVE-YEAR FURNITURE TARIFF PHASE-OUT", wire(
    "OTTAWA, Dec 11 - Canadian tariffs on U.S. furniture, now averaging "
    "about 15 pct, would be eliminated in five equal annual steps starting "
    "January 1, 1989 under the free trade agreement, according to the "
    "final text released today.",
    "U.S. duties on Canadian furniture, which range from 2.5 to 7 pct, "
    "would be dropped at the same pace, while tariffs on computers and "
    "whisky on both sides would go immediately.",
    "Duties on textiles and apparel would be phased out over ten years.",
    "The Canadian furniture makers' association said it would ask Ottawa "
    "to keep the tariff on upholstered furniture for the full ten years.",
    "The agreement still needs approval by Congress and the Canadian "
    "Parliament."), [
    ev("Canadian tariffs on U.S. furniture, now averaging about 15 pct, would be eliminated in five equal "
       "annual steps starting January 1, 1989", "remove", "proposed", "CA", "US", goods=["furniture"],
       note="N1"),
    ev("U.S. duties on Canadian furniture, which range from 2.5 to 7 pct, would be dropped at the same pace",
       "remove", "proposed", "US", "CA", goods=["furniture"], note="N1"),
    ev("tariffs on computers and whisky on both sides would go immediately", "remove", "proposed", "CA",
       "US", goods=["computers", "whisky"], note="'both sides': one event per levying party"),
    ev("tariffs on computers and whisky on both sides would go immediately", "remove", "proposed", "US",
       "CA", goods=["computers", "whisky"]),
    ev("Duties on textiles and apparel would be phased out over ten years", "remove", "proposed", "CA",
       "US", goods=["textiles", "apparel"], note="both parties of the agreement from context"),
    ev("Duties on textiles and apparel would be phased out over ten years", "remove", "proposed", "US",
       "CA", goods=["textiles", "apparel"]),
    ev("it would ask Ottawa to keep the tariff on upholstered furniture for the full ten years",
       "impose", "demanded", "CA", "US", goods=["upholstered furniture"],
       note="'keep' = an existing tariff without change, asked for by an industry"),
])

add("p12-87-08", "1987", "1987-03-24", "LYNG THREATENS DUTIES IF EC ADOPTS OILS TAX", wire(
    "WASHINGTON, March 24 - The U.S. will impose duties on some 1 billion "
    "dlrs of EC farm goods if the Community adopts its proposed tax on "
    "vegetable oils and fats, Agriculture Secretary Richard Lyng said.",
    "The tax, which would be levied on domestic and imported oils alike, "
    "would cost U.S. soybean exporters about 2 billion dlrs a year, Lyng "
    "told a House farm subcommittee.",
    "He did not name the goods, but aides said cheese, ham, wine and gin "
    "were among items under study for duties of up to 100 pct.",
    "The U.S. raised duties on EC pasta to 40 pct in 1985 in retaliation "
    "for EC curbs on U.S. citrus.",
    "Lyng said he would also press South Korea to lower its 20 pct tariff "
    "on U.S. beef when officials meet in May."), [
    ev("The U.S. will impose duties on some 1 billion dlrs of EC farm goods if the Community adopts its "
       "proposed tax on vegetable oils and fats", "impose", "threatened", "US", "EU87", amount=1000000000,
       goods=["farm goods"], ret=True, note="N9: the oils tax itself is domestic, no event"),
    ev("cheese, ham, wine and gin were among items under study for duties of up to 100 pct", "impose",
       "considered", "US", "EU87", MM(None, 100), goods=["cheese", "ham", "wine", "gin"], note="N15"),
    ev("The U.S. raised duties on EC pasta to 40 pct in 1985 in retaliation for EC curbs on U.S. citrus",
       "raise", "actual", "US", "EU87", V(40), goods=["pasta"], ret=True),
    ev("he would also press South Korea to lower its 20 pct tariff on U.S. beef", "lower", "demanded",
       "KR", "US", goods=["beef"], note="N1"),
])

add("p12-87-09", "1987", "1987-07-01", "SOUTH KOREA CUTS TARIFFS ON 645 ITEMS", wire(
    "SEOUL, July 1 - South Korea cut import tariffs on 645 items from "
    "today, lowering its average tariff rate to 18.1 pct from 19.9 pct, "
    "the Finance Ministry said.",
    "Duties on colour film, cosmetics and golf clubs, items sought by U.S. "
    "negotiators, fell to between 20 and 30 pct from as high as 60 pct.",
    "The ministry said the average rate would be brought down further to "
    "12.7 pct by 1991 under a five-year plan. Tariffs on rice, beef and "
    "other farm products remain unchanged.",
    "Separately, the state-run Korea Electric Power Corp raised "
    "electricity tariffs for industrial users by 4.5 pct."), [
    ev("South Korea cut import tariffs on 645 items from today, lowering its average tariff rate to 18.1 "
       "pct from 19.9 pct", "lower", "actual", "KR", None, FT(19.9, 18.1),
       note="the participle clause elaborates the same cut: one event"),
    ev("Duties on colour film, cosmetics and golf clubs, items sought by U.S. negotiators, fell to between "
       "20 and 30 pct from as high as 60 pct", "lower", "actual", "KR", None, MM(20, 30),
       goods=["colour film", "cosmetics", "golf clubs"],
       note="N7; U.S. interest is a motive, not a target"),
    ev("the average rate would be brought down further to 12.7 pct by 1991 under a five-year plan",
       "lower", "proposed", "KR", None, V(12.7)),
    ev("Tariffs on rice, beef and other farm products remain unchanged", "impose", "actual", "KR", None,
       goods=["rice", "beef", "farm products"], note="N12"),
])

add("p12-87-10", "1987", "1987-04-01", "REAGAN ENDS DUTY-FREE STATUS FOR SOME TAIWAN, KOREA GOODS", wire(
    "WASHINGTON, April 1 - President Reagan removed duty-free treatment "
    "under the Generalized System of Preferences for 520 mln dlrs of "
    "imports from Taiwan, 310 mln dlrs from South Korea and 95 mln dlrs "
    "from Mexico, the U.S. Trade Representative's office said.",
    "The changes take effect July 1.",
    "Reagan also suspended Chile's eligibility for the duty-free program "
    "with immediate effect, citing its failure to protect workers' "
    "rights.",
    "The trade office rejected petitions to restore duty-free status for "
    "Argentine leather goods, while granting duty-free entry to some cut "
    "flowers from Colombia from July 1."), [
    *[ev("President Reagan removed duty-free treatment under the Generalized System of Preferences for 520 "
         "mln dlrs of imports from Taiwan, 310 mln dlrs from South Korea and 95 mln dlrs from Mexico",
         "impose", "proposed", "US", t, amount=a,
         note="N13; effective July 1, after the article's date: proposed" if t == "TW" else None)
      for t, a in (("TW", 520000000), ("KR", 310000000), ("MX", 95000000))],
    ev("Reagan also suspended Chile's eligibility for the duty-free program with immediate effect, citing "
       "its failure to protect workers' rights", "impose", "actual", "US", "CL", ret=True,
       note="N13; 'citing its failure' presents it as a response to the target's conduct"),
    ev("granting duty-free entry to some cut flowers from Colombia from July 1", "remove", "proposed",
       "US", "CO", goods=["cut flowers"],
       note="N13; the rejected petitions for Argentine leather are negated in their clause: no event"),
])

# ---------------------------------------------------------------- 2016 ----

add("p12-16-01", "2016", "2016-08-23", "Trump tells Ohio steelworkers he would tax Chinese steel, Mexican cars", news(
    "ST. CLAIRSVILLE, Ohio (AP) — Donald Trump told a rally of steelworkers here Tuesday that as "
    "president he would slap tariffs of up to 45 percent on Chinese steel and 35 percent on cars "
    "built by American companies in Mexico, arguing that cheap imports had hollowed out towns along "
    "the Ohio River.",
    "\"We're going to bring back our steel, folks,\" he said, after promising that companies that "
    "moved jobs abroad would pay \"a very big price.\"",
    "The Commerce Department already collects antidumping duties of more than 200 percent on some "
    "Chinese cold-rolled steel, a point Trump's Republican critics were quick to make.",
    "Hillary Clinton's campaign said Trump's tariff on Chinese steel would set off a trade war that "
    "would cost Ohio jobs.",
    "Economists at Moody's Analytics estimated in June that a 45 percent duty on Chinese imports, if "
    "China retaliated in kind, could push the U.S. economy into recession within two years."), [
    ev("he would slap tariffs of up to 45 percent on Chinese steel and 35 percent on cars built by "
       "American companies in Mexico", "impose", "proposed", "US", "CN", MM(None, 45), goods=["steel"],
       note="N2"),
    ev("he would slap tariffs of up to 45 percent on Chinese steel and 35 percent on cars built by "
       "American companies in Mexico", "impose", "proposed", "US", "MX", V(35), goods=["cars"]),
    ev("The Commerce Department already collects antidumping duties of more than 200 percent on some "
       "Chinese cold-rolled steel", "impose", "actual", "US", "CN", MM(200),
       goods=["cold-rolled steel"], note="'more than 200 percent' -> min 200"),
    ev("Trump's tariff on Chinese steel", "impose", "proposed", "US", "CN", goods=["steel"], note="N2"),
    ev("a 45 percent duty on Chinese imports", "impose", "proposed", "US", "CN", V(45),
       note="N2: the economists model the candidate's plan; 'if China retaliated in kind' is N6"),
])

add("p12-16-02", "2016", "2016-05-12", "Clinton, in Detroit, cites tire tariff as model for China enforcement", news(
    "DETROIT — Hillary Clinton on Thursday defended the Obama administration's trade record in a "
    "speech to autoworkers, pointing to the 35 percent tariff on Chinese tires that President Obama "
    "imposed in 2009 and saying she would \"not hesitate\" to use such safeguards again.",
    "Clinton said her administration would seek duties on imported steel and aluminum \"whenever "
    "China floods the market,\" but she stopped short of the across-the-board tariffs proposed by "
    "Donald Trump, which she called \"a tax on American families.\"",
    "The tire tariff started at 35 percent, fell to 25 percent in its third and final year and "
    "expired in 2012.",
    "Bernie Sanders, campaigning in Lansing, said Clinton had backed trade deals that eliminated "
    "tariffs on Mexican and Korean goods and cost Michigan tens of thousands of jobs.",
    "A Peterson Institute study found the tire duties cost American consumers about $1.1 billion in "
    "2011 alone."), [
    ev("the 35 percent tariff on Chinese tires that President Obama imposed in 2009", "impose", "actual",
       "US", "CN", V(35), goods=["tires"]),
    ev("her administration would seek duties on imported steel and aluminum \"whenever China floods the "
       "market", "impose", "threatened", "US", "CN", goods=["steel", "aluminum"],
       note="N2: conditional on China's conduct -> threatened, target CN"),
    ev("the across-the-board tariffs proposed by Donald Trump", "impose", "proposed", "US", None,
       note="across the board: target null"),
    ev("The tire tariff started at 35 percent", "impose", "actual", "US", "CN", V(35), goods=["tires"]),
    ev("fell to 25 percent in its third and final year", "lower", "actual", "US", "CN", FT(35, 25),
       goods=["tires"], note="N7"),
    ev("expired in 2012", "remove", "actual", "US", "CN", goods=["tires"],
       note="expiry = the tariff ends: remove"),
    ev("trade deals that eliminated tariffs on Mexican and Korean goods", "remove", "actual", "US", "MX"),
    ev("trade deals that eliminated tariffs on Mexican and Korean goods", "remove", "actual", "US", "KR"),
    ev("the tire duties cost American consumers about $1.1 billion", "impose", "actual", "US", "CN",
       goods=["tires"], note="restatement with goods (section 2c); $1.1 billion is an effect, no amount"),
])

add("p12-16-03", "2016", "2016-09-26", "Trump advisers say tariffs a bargaining chip, not a first resort", news(
    "WASHINGTON (Reuters) - Two of Donald Trump's top economic advisers said on Monday the Republican "
    "nominee would use tariffs mainly as a bargaining chip, and that a proposed 45 percent duty on "
    "Chinese imports would be imposed only if Beijing refused to stop manipulating its currency.",
    "Wilbur Ross, the billionaire investor, and economist Peter Navarro said in a 31-page paper that "
    "Trump would seek to renegotiate the North American Free Trade Agreement, and that a 35 percent "
    "tariff on Mexican-made goods remained \"on the table\" if talks failed.",
    "Navarro told reporters that tariffs on Chinese steel and aluminum could be raised as early as the "
    "first week of a Trump presidency.",
    "The paper did not address the 10 percent tariff on all imports floated by some Trump surrogates in "
    "the spring, which Trump himself has never endorsed.",
    "Mark Zandi, chief economist at Moody's Analytics, called the threats \"reckless,\" saying tariffs had "
    "never cured a trade deficit."), [
    ev("a proposed 45 percent duty on Chinese imports would be imposed only if Beijing refused to stop "
       "manipulating its currency", "impose", "threatened", "US", "CN", V(45), note="N2"),
    ev("a 35 percent tariff on Mexican-made goods remained \"on the table\" if talks failed", "impose",
       "threatened", "US", "MX", V(35), note="N2"),
    ev("tariffs on Chinese steel and aluminum could be raised as early as the first week of a Trump "
       "presidency", "raise", "considered", "US", "CN", goods=["steel", "aluminum"],
       note="'could be raised' -> considered although the campaign says it"),
    ev("the 10 percent tariff on all imports floated by some Trump surrogates in the spring", "impose",
       "considered", "US", None, V(10),
       note="floated by surrogates, not the candidate's plan: considered; 'did not address' and 'never "
       "endorsed' do not negate the measure's own clause"),
])

add("p12-16-04", "2016", "2016-06-15", "Retailers, farmers warn Trump tariffs would invite retaliation", news(
    "NEW YORK (Reuters) - U.S. retailers and farm groups warned on Wednesday that Donald Trump's "
    "proposed tariffs of 45 percent on Chinese goods and 35 percent on Mexican goods would raise prices "
    "on everything from sneakers to avocados and invite retaliation against American farmers.",
    "China buys about $10 billion a year of U.S. soybeans, and Beijing could respond with tariffs on "
    "soybeans and aircraft, said Darin Friedrichs, an analyst at a commodities brokerage.",
    "Mexico has hit back at U.S. trade measures before: in 2009 it slapped duties of 10 to 45 percent "
    "on about $2.4 billion of U.S. goods, from Christmas trees to pears, after Washington canceled a "
    "cross-border trucking program.",
    "Trump has said he would drop the tariffs if the two countries agreed to \"fair\" terms.",
    "His campaign did not respond to requests for comment."), [
    ev("Donald Trump's proposed tariffs of 45 percent on Chinese goods and 35 percent on Mexican goods",
       "impose", "proposed", "US", "CN", V(45)),
    ev("Donald Trump's proposed tariffs of 45 percent on Chinese goods and 35 percent on Mexican goods",
       "impose", "proposed", "US", "MX", V(35)),
    ev("Beijing could respond with tariffs on soybeans and aircraft", "impose", "considered", "CN", "US",
       goods=["soybeans", "aircraft"], ret=True),
    ev("it slapped duties of 10 to 45 percent on about $2.4 billion of U.S. goods, from Christmas trees to "
       "pears, after Washington canceled a cross-border trucking program", "impose", "actual", "MX", "US",
       MM(10, 45), 2400000000, goods=["Christmas trees", "pears"], ret=True),
    ev("he would drop the tariffs if the two countries agreed to \"fair\" terms", "remove", "proposed",
       "US", "CN", note="conditional offer to remove: proposed (section 6); one event per target"),
    ev("he would drop the tariffs if the two countries agreed to \"fair\" terms", "remove", "proposed",
       "US", "MX"),
])

add("p12-16-05", "2016", "2016-04-27", "Trump vows 35 percent tax on Carrier air conditioners", news(
    "INDIANAPOLIS (AP) — Donald Trump vowed on Wednesday to make Carrier Corp. pay a 35 percent tax on "
    "every air conditioner it ships back into the United States from a planned factory in Monterrey, "
    "Mexico, unless the company reverses its decision to move 1,400 jobs.",
    "Indiana Gov. Mike Pence, who joined Trump on stage, has defended the state's business tax cuts as "
    "the best way to keep such plants at home.",
    "Trump has made similar threats against Ford Motor Co., saying he would charge a 35 percent tariff "
    "on cars and trucks built at its Mexican plants, and against Nabisco, whose Oreo cookies are partly "
    "made in Mexico.",
    "Under NAFTA, Mexican-made air conditioners currently enter the U.S. duty-free, and a president's "
    "power to single out one company's products for tariffs is unclear, trade lawyers said."), [
    ev("Donald Trump vowed on Wednesday to make Carrier Corp. pay a 35 percent tax on every air "
       "conditioner it ships back into the United States from a planned factory in Monterrey, Mexico, "
       "unless the company reverses its decision to move 1,400 jobs", "impose", "threatened", "US", "MX",
       V(35), goods=["air conditioner"], note="N9 (an import tax), N2 (condition on the company)"),
    ev("he would charge a 35 percent tariff on cars and trucks built at its Mexican plants", "impose",
       "threatened", "US", "MX", V(35), goods=["cars", "trucks"], note="'similar threats'"),
    ev("Mexican-made air conditioners currently enter the U.S. duty-free", "remove", "actual", "US", "MX",
       goods=["air conditioners"], note="N10"),
])

add("p12-16-06", "2016", "2016-02-26", "Cruz, Rubio hammer Trump on China tariff at Houston debate", news(
    "HOUSTON — Ted Cruz and Marco Rubio tore into Donald Trump's trade plans at Thursday night's "
    "Republican debate here, with Cruz arguing that a 45 percent tariff on Chinese imports would be "
    "paid by American consumers, not by Beijing.",
    "Trump said the 45 percent figure was a threat he would use \"if they don't behave,\" and noted "
    "that Japan charges tariffs of 38.5 percent on U.S. beef while the U.S. charges 2.5 percent on "
    "Japanese cars.",
    "Cruz instead touted his own business flat tax, a 16 percent levy on companies' sales that he says "
    "would apply to imports but not to exports.",
    "John Kasich said he would ask the World Trade Organization to let the United States impose duties "
    "on Chinese steel, and pointed out that the U.S. already charges a 25 percent tariff on light "
    "trucks, a levy dating to a 1960s dispute with Europe over chicken."), [
    ev("a 45 percent tariff on Chinese imports", "impose", "proposed", "US", "CN", V(45), note="N2"),
    ev("the 45 percent figure was a threat he would use \"if they don't behave", "impose", "threatened",
       "US", "CN", V(45), note="ellipsis: the rate stands for the tariff just named"),
    ev("Japan charges tariffs of 38.5 percent on U.S. beef", "impose", "actual", "JP", "US", V(38.5),
       goods=["beef"]),
    ev("the U.S. charges 2.5 percent on Japanese cars", "impose", "actual", "US", "JP", V(2.5),
       goods=["cars"], note="a contrast with its own subject and verb states a measure: an event, "
       "unlike a bare comparison of levels"),
    ev("he would ask the World Trade Organization to let the United States impose duties on Chinese steel",
       "impose", "proposed", "US", "CN", goods=["steel"], note="N2: the candidate's own plan"),
    ev("the U.S. already charges a 25 percent tariff on light trucks", "impose", "actual", "US", None,
       V(25), goods=["light trucks"], note="applies to all origins; the chicken dispute is history, "
       "not stated as retaliation"),
])

add("p12-16-07", "2016", "2016-08-11", "Clinton restates TPP opposition in Ohio farm country", news(
    "COLUMBUS, Ohio (AP) — Standing before a row of soybean silos, Hillary Clinton on Thursday restated "
    "her opposition to the Trans-Pacific Partnership, a position that puts her at odds with many of the "
    "Ohio farm groups courted by both campaigns.",
    "The Obama administration says the 12-nation pact would eliminate more than 18,000 tariffs that "
    "partner countries now impose on U.S. goods.",
    "Under the deal, Japan would cut its 38.5 percent tariff on American beef to 9 percent over 16 "
    "years, and Vietnam would phase out duties of up to 70 percent on U.S. cars within a decade.",
    "Ohio Farm Bureau officials say the Japanese beef tariff cut alone would be worth more than $100 "
    "million a year to the state's cattle producers.",
    "Donald Trump, who calls the deal \"a disaster,\" has said he would instead negotiate one-on-one "
    "deals and impose tariffs on countries that cheat."), [
    ev("the 12-nation pact would eliminate more than 18,000 tariffs that partner countries now impose on "
       "U.S. goods", "remove", "proposed", {"name": "Trans-Pacific Partnership countries", "code": "XX"},
       "US", note="N14"),
    ev("Japan would cut its 38.5 percent tariff on American beef to 9 percent over 16 years", "lower",
       "proposed", "JP", "US", FT(38.5, 9), goods=["beef"]),
    ev("Vietnam would phase out duties of up to 70 percent on U.S. cars within a decade", "remove",
       "proposed", "VN", "US", goods=["cars"], note="N1"),
    ev("the Japanese beef tariff cut", "lower", "proposed", "JP", "US", goods=["beef"],
       note="$100 million a year is an effect, not the goods covered"),
    ev("impose tariffs on countries that cheat", "impose", "threatened", "US", None,
       note="N2: condition on the targets' conduct; no named target"),
])

add("p12-16-08", "2016", "2016-12-05", "Trump revives 35 percent border tax threat; Mexico vows response", news(
    "WASHINGTON/MEXICO CITY (Reuters) - President-elect Donald Trump warned on Sunday that U.S. companies "
    "that move factories abroad would face a 35 percent tax on any products they try to sell back into "
    "the United States, reviving a campaign threat that rattled Mexico's peso.",
    "\"There will be a tax on our soon to be strong border of 35% for these companies wanting to sell "
    "their product, cars, A.C. units etc., back across the border,\" Trump wrote on Twitter.",
    "Mexican Economy Minister Ildefonso Guajardo said Mexico would respond \"immediately\" if the new "
    "administration put tariffs on Mexican exports, and could slap duties on U.S. corn and pork.",
    "House Republicans are separately drafting a 20 percent border-adjusted corporate tax that would "
    "deny deductions for imported inputs, a plan some economists describe as a tariff by another name.",
    "Trump's transition team did not say how the 35 percent levy would be collected or whether it "
    "would need approval from Congress."), [
    ev("Donald Trump warned on Sunday that U.S. companies that move factories abroad would face a 35 "
       "percent tax on any products they try to sell back into the United States", "impose", "threatened",
       "US", None, V(35), note="N9; origin not named: target null"),
    ev("There will be a tax on our soon to be strong border of 35% for these companies wanting to sell "
       "their product, cars, A.C. units etc., back across the border", "impose", "threatened", "US", None,
       V(35), goods=["cars", "A.C. units"], note="restatement of the warning keeps threatened"),
    ev("the new administration put tariffs on Mexican exports", "impose", "threatened", "US", "MX",
       note="N2: inside Mexico's 'if' clause, keeps the restated threat's modality"),
    ev("could slap duties on U.S. corn and pork", "impose", "threatened", "MX", "US",
       goods=["corn", "pork"], ret=True, note="conditional on the US measure: threatened"),
    ev("the 35 percent levy", "impose", "threatened", "US", None, V(35),
       note="N9: the House border-adjusted corporate tax is no event"),
])

add("p12-16-09", "2016", "2016-10-05", "In steel country, Obama's duties do what candidates promise", news(
    "PITTSBURGH — As Donald Trump and Hillary Clinton compete for steel-country votes, the Obama "
    "administration has quietly been doing much of what both candidates promise.",
    "Since March the Commerce Department has set anti-dumping and anti-subsidy duties of 266 percent on "
    "Chinese cold-rolled steel, 451 percent on Chinese corrosion-resistant steel and between 3 and 48 "
    "percent on the same product from India, Italy, South Korea and Taiwan.",
    "Trump has said he would go further, with a 45 percent tariff on all $480 billion of goods the U.S. "
    "imports from China each year.",
    "Clinton has proposed tripling the number of trade enforcement officers but has not called for new "
    "tariffs.",
    "In September Beijing imposed preliminary anti-dumping duties of 33.8 percent on U.S. distillers' "
    "grains, a corn-based animal feed, a move widely read in Washington as a warning shot."), [
    ev("the Commerce Department has set anti-dumping and anti-subsidy duties of 266 percent on Chinese "
       "cold-rolled steel, 451 percent on Chinese corrosion-resistant steel and between 3 and 48 percent on "
       "the same product from India, Italy, South Korea and Taiwan", "impose", "actual", "US", "CN", V(266),
       goods=["cold-rolled steel"]),
    ev("the Commerce Department has set anti-dumping and anti-subsidy duties of 266 percent on Chinese "
       "cold-rolled steel, 451 percent on Chinese corrosion-resistant steel and between 3 and 48 percent on "
       "the same product from India, Italy, South Korea and Taiwan", "impose", "actual", "US", "CN", V(451),
       goods=["corrosion-resistant steel"]),
    *[ev("the Commerce Department has set anti-dumping and anti-subsidy duties of 266 percent on Chinese "
         "cold-rolled steel, 451 percent on Chinese corrosion-resistant steel and between 3 and 48 percent "
         "on the same product from India, Italy, South Korea and Taiwan", "impose", "actual", "US", t,
         MM(3, 48), goods=["corrosion-resistant steel"],
         note="one range over four countries: each country gets the range" if t == "IN" else None)
      for t in ("IN", "IT", "KR", "TW")],
    ev("he would go further, with a 45 percent tariff on all $480 billion of goods the U.S. imports from "
       "China each year", "impose", "proposed", "US", "CN", V(45), 480000000000, note="N2"),
    ev("Beijing imposed preliminary anti-dumping duties of 33.8 percent on U.S. distillers' grains",
       "impose", "actual", "CN", "US", V(33.8), goods=["distillers' grains"],
       note="'a warning shot' is not stated as retaliation; Clinton's clause is negated: no event"),
])

add("p12-16-10", "2016", "2016-09-19", "Trump trade war could cost 5 million jobs, Peterson study finds", news(
    "WASHINGTON — A full-blown trade war set off by Donald Trump's proposed tariffs on China and Mexico "
    "could cost nearly 5 million private-sector jobs and tip the economy into recession by 2019, "
    "according to a study released Monday by the Peterson Institute for International Economics.",
    "The study modeled three scenarios: Trump carrying out his threat of a 45 percent tariff on Chinese "
    "goods and 35 percent on Mexican goods with both countries retaliating in kind; an \"aborted\" trade "
    "war in which the duties are lifted after a year; and an \"asymmetric\" war in which China hits back "
    "only against Boeing jetliners and soybeans.",
    "Trump adviser Peter Navarro dismissed the study, saying China would not retaliate because it "
    "\"needs our market more than we need theirs.\"",
    "The authors noted that a president could impose a 15 percent import surcharge for up to 150 days "
    "under Section 122 of the Trade Act of 1974 without asking Congress."), [
    ev("Donald Trump's proposed tariffs on China and Mexico", "impose", "proposed", "US", "CN"),
    ev("Donald Trump's proposed tariffs on China and Mexico", "impose", "proposed", "US", "MX"),
    ev("Trump carrying out his threat of a 45 percent tariff on Chinese goods and 35 percent on Mexican "
       "goods", "impose", "threatened", "US", "CN", V(45)),
    ev("Trump carrying out his threat of a 45 percent tariff on Chinese goods and 35 percent on Mexican "
       "goods", "impose", "threatened", "US", "MX", V(35)),
    ev("the duties are lifted after a year", "remove", "considered", "US", "CN",
       note="a modelled scenario: considered; one event per target of the restated duties"),
    ev("the duties are lifted after a year", "remove", "considered", "US", "MX"),
])

# ---------------------------------------------------------------- 2018 ----

add("p12-18-01", "2018", "2018-01-23", "U.S. slaps safeguard tariffs on imported washers, solar panels", news(
    "WASHINGTON (Reuters) - The Trump administration on Monday slapped safeguard tariffs on imported "
    "washing machines and solar panels, the first such measures in more than 15 years.",
    "Washers will face a 20 percent tariff on the first 1.2 million units imported in the first year and "
    "50 percent on shipments above that, with the rates falling to 16 percent and 40 percent by the "
    "third year, the U.S. Trade Representative's office said.",
    "Solar cells and modules will be hit with a 30 percent duty that declines by 5 percentage points a "
    "year over four years, with the first 2.5 gigawatts of unassembled cells exempted each year.",
    "The measures, which take effect Feb. 7, are aimed mainly at South Korea's Samsung Electronics and "
    "LG Electronics and at Chinese solar manufacturers.",
    "South Korea's trade ministry said it would file a complaint with the World Trade Organization and "
    "might seek compensation, including duties on U.S. goods."), [
    ev("The Trump administration on Monday slapped safeguard tariffs on imported washing machines and solar "
       "panels", "impose", "proposed", "US", None, goods=["washing machines", "solar panels"],
       note="in force Feb. 7, after the article: proposed whatever the tense; a safeguard on all "
       "origins, so target null although the story says it is 'aimed mainly at' Korean and Chinese firms"),
    ev("Washers will face a 20 percent tariff on the first 1.2 million units imported in the first year and "
       "50 percent on shipments above that", "impose", "proposed", "US", None, V(20), goods=["washers"]),
    ev("Washers will face a 20 percent tariff on the first 1.2 million units imported in the first year and "
       "50 percent on shipments above that", "impose", "proposed", "US", None, V(50), goods=["washers"]),
    ev("the rates falling to 16 percent and 40 percent by the third year", "lower", "proposed", "US", None,
       FT(20, 16), goods=["washers"], note="N7"),
    ev("the rates falling to 16 percent and 40 percent by the third year", "lower", "proposed", "US", None,
       FT(50, 40), goods=["washers"]),
    ev("Solar cells and modules will be hit with a 30 percent duty", "impose", "proposed", "US", None,
       V(30), goods=["solar cells", "modules"]),
    ev("declines by 5 percentage points a year over four years", "lower", "proposed", "US", None,
       goods=["solar cells", "modules"], note="size of a change: rate null; a relative clause asserting "
       "its own change, so its own event"),
    ev("the first 2.5 gigawatts of unassembled cells exempted each year", "exempt", "proposed", "US", None,
       goods=["unassembled cells"]),
    ev("might seek compensation, including duties on U.S. goods", "impose", "considered", "KR", "US",
       ret=True),
])

add("p12-18-02", "2018", "2018-06-21", "India to raise duties on 29 U.S. products from August", news(
    "NEW DELHI (Reuters) - India will raise import duties on 29 U.S. products, including almonds, apples "
    "and certain steel and iron goods, from August 4 in retaliation for Washington's tariffs on steel and "
    "aluminum, the finance ministry said on Thursday.",
    "Duties on chickpeas and lentils will rise to 70 percent from 30 percent, while the tariff on fresh "
    "apples goes to 75 percent from 50 percent and on shelled almonds to 120 rupees a kg from 100 "
    "rupees, a government notification showed.",
    "The increases would raise about $240 million in extra duties, matching what Indian steel and "
    "aluminum exporters are expected to pay under the U.S. tariffs, officials said.",
    "India dropped motorcycles above 800cc, a list item aimed at Harley-Davidson, from the final notice. "
    "New Delhi had notified the WTO in May of plans to impose 50 percent duties on the U.S. bikes.",
    "India has sought an exemption from the U.S. tariffs, which took effect in March, and a trade official "
    "said talks would continue."), [
    ev("India will raise import duties on 29 U.S. products, including almonds, apples and certain steel and "
       "iron goods, from August 4", "raise", "proposed", "IN", "US",
       goods=["almonds", "apples", "steel and iron goods"], ret=True,
       note="the retaliation phrase holds another event, so the span stops before it"),
    ev("Washington's tariffs on steel and aluminum", "impose", "actual", "US", None,
       goods=["steel", "aluminum"], note="N3"),
    ev("Duties on chickpeas and lentils will rise to 70 percent from 30 percent", "raise", "proposed", "IN",
       "US", FT(30, 70), goods=["chickpeas", "lentils"], note="N15"),
    ev("the tariff on fresh apples goes to 75 percent from 50 percent and on shelled almonds to 120 rupees "
       "a kg from 100 rupees", "raise", "proposed", "IN", "US", FT(50, 75), goods=["fresh apples"]),
    ev("the tariff on fresh apples goes to 75 percent from 50 percent and on shelled almonds to 120 rupees "
       "a kg from 100 rupees", "raise", "proposed", "IN", "US", goods=["shelled almonds"],
       note="specific duty: rate null"),
    ev("The increases would raise about $240 million in extra duties", "raise", "proposed", "IN", "US",
       note="N5; $240 million is duty revenue, not goods covered"),
    ev("Indian steel and aluminum exporters are expected to pay under the U.S. tariffs", "impose", "actual",
       "US", "IN", goods=["steel", "aluminum"], note="N3: the clause ties the US tariffs to India's exporters"),
    ev("New Delhi had notified the WTO in May of plans to impose 50 percent duties on the U.S. bikes",
       "impose", "proposed", "IN", "US", V(50), goods=["bikes"],
       note="'dropped motorcycles ... from the final notice' has no tariff word: no event"),
    ev("India has sought an exemption from the U.S. tariffs, which took effect in March", "exempt",
       "demanded", "US", "IN", note="N3"),
])

add("p12-18-03", "2018", "2018-08-15", "Turkey doubles tariffs on U.S. cars, alcohol, tobacco", news(
    "ANKARA (Reuters) - Turkey doubled tariffs on some U.S. imports including passenger cars, alcoholic "
    "drinks and tobacco on Wednesday, in what Vice President Fuat Oktay said was retaliation for "
    "Washington's \"deliberate attacks\" on the Turkish economy.",
    "Under a decree published in the Official Gazette, duties on U.S. passenger cars rose to 120 percent, "
    "on alcoholic beverages to 140 percent and on leaf tobacco to 60 percent. Tariffs on cosmetics, rice "
    "and coal were also increased.",
    "The increases, which affect about $533 million of U.S. goods according to Turkish officials, take "
    "effect immediately.",
    "Last week President Donald Trump said he had authorized doubling the tariffs on Turkish steel and "
    "aluminum to 50 percent and 20 percent respectively.",
    "The lira, which has lost about 40 percent against the dollar this year, firmed 6 percent on "
    "Wednesday."), [
    ev("Turkey doubled tariffs on some U.S. imports including passenger cars, alcoholic drinks and tobacco "
       "on Wednesday, in what Vice President Fuat Oktay said was retaliation for Washington's \"deliberate "
       "attacks\" on the Turkish economy", "raise", "actual", "TR", "US",
       goods=["passenger cars", "alcoholic drinks", "tobacco"], ret=True, note="'doubled' is the size of "
       "the change: rate null"),
    *[ev("duties on U.S. passenger cars rose to 120 percent, on alcoholic beverages to 140 percent and on "
         "leaf tobacco to 60 percent", "raise", "actual", "TR", "US", V(r), goods=[g])
      for r, g in ((120, "passenger cars"), (140, "alcoholic beverages"), (60, "leaf tobacco"))],
    ev("Tariffs on cosmetics, rice and coal were also increased", "raise", "actual", "TR", "US",
       goods=["cosmetics", "rice", "coal"], note="target from the restated measure"),
    ev("The increases, which affect about $533 million of U.S. goods according to Turkish officials, take "
       "effect immediately", "raise", "actual", "TR", "US", amount=533000000),
    ev("he had authorized doubling the tariffs on Turkish steel and aluminum to 50 percent and 20 percent "
       "respectively", "raise", "actual", "US", "TR", V(50), goods=["steel"],
       note="in force since last week: actual"),
    ev("he had authorized doubling the tariffs on Turkish steel and aluminum to 50 percent and 20 percent "
       "respectively", "raise", "actual", "US", "TR", V(20), goods=["aluminum"]),
])

add("p12-18-04", "2018", "2018-06-20", "Commerce grants first steel tariff exclusions, denies dozens", news(
    "WASHINGTON (AP) — The Commerce Department said Wednesday it has granted 42 requests from U.S. "
    "companies to exclude specific steel products from the 25 percent tariff on imported steel, and "
    "denied 56 others.",
    "Among those approved were requests by Brennan Blade Co. to bring in Swedish strip steel for razor "
    "blades and by Kreher Forge for German forging bars.",
    "The exclusions last one year and apply only to the company that sought them. More than 20,000 "
    "requests have been filed, swamping the small office that reviews them.",
    "The department also said the 10 percent tariff on aluminum would continue to apply to all imports "
    "from Canada, Mexico and the European Union.",
    "Lawmakers from both parties have urged Commerce Secretary Wilbur Ross to speed up the process and to "
    "exempt products not made in the United States."), [
    ev("it has granted 42 requests from U.S. companies to exclude specific steel products from the 25 "
       "percent tariff on imported steel", "exempt", "actual", "US", None, goods=["steel products"],
       note="N1; 'denied 56 others' negates its clause: no event"),
    ev("Among those approved were requests by Brennan Blade Co. to bring in Swedish strip steel for razor "
       "blades and by Kreher Forge for German forging bars", "exempt", "actual", "US", "SE",
       goods=["strip steel"], note="ellipsis: 'approved' stands for the exclusion; one event per origin"),
    ev("Among those approved were requests by Brennan Blade Co. to bring in Swedish strip steel for razor "
       "blades and by Kreher Forge for German forging bars", "exempt", "actual", "US", "DE",
       goods=["forging bars"]),
    ev("The exclusions last one year and apply only to the company that sought them", "exempt", "actual",
       "US", None, note="N5"),
    *[ev("the 10 percent tariff on aluminum would continue to apply to all imports from Canada, Mexico and "
         "the European Union", "impose", "actual", "US", t, V(10), goods=["aluminum"],
         note="N12" if t == "CA" else None) for t in ("CA", "MX", "EU")],
    ev("Lawmakers from both parties have urged Commerce Secretary Wilbur Ross to speed up the process and to "
       "exempt products not made in the United States", "exempt", "demanded", "US", None),
])

add("p12-18-05", "2018", "2018-10-11", "Canada to impose safeguard tariffs on seven steel products", news(
    "OTTAWA (Reuters) - Canada will impose provisional safeguard tariffs of 25 percent on imports of seven "
    "steel products above historic volumes, starting Oct. 25, to keep foreign steel shut out of the U.S. "
    "market from flooding Canada, Finance Minister Bill Morneau said on Thursday.",
    "The surtaxes cover heavy plate, concrete reinforcing bar, energy tubular products, hot-rolled sheet, "
    "pre-painted steel, stainless steel wire and wire rod.",
    "Imports from the United States and Mexico will be exempted, as will those from Israel and other "
    "countries with which Canada has free trade agreements, Morneau said.",
    "Canada has since July 1 applied its own 25 percent surtax on C$12.8 billion of U.S. steel and "
    "aluminum and a 10 percent levy on other U.S. goods, from ketchup to lawn mowers, in response to "
    "Washington's metal tariffs.",
    "Steel producers had asked Ottawa for quotas as well as tariffs, saying the surge of imports had "
    "already cost them orders."), [
    ev("Canada will impose provisional safeguard tariffs of 25 percent on imports of seven steel products "
       "above historic volumes, starting Oct. 25", "impose", "proposed", "CA", None, V(25),
       goods=["steel products"]),
    ev("The surtaxes cover heavy plate, concrete reinforcing bar, energy tubular products, hot-rolled "
       "sheet, pre-painted steel, stainless steel wire and wire rod", "impose", "proposed", "CA", None,
       goods=["heavy plate", "concrete reinforcing bar", "energy tubular products", "hot-rolled sheet",
              "pre-painted steel", "stainless steel wire", "wire rod"]),
    *[ev("Imports from the United States and Mexico will be exempted, as will those from Israel and other "
         "countries with which Canada has free trade agreements", "exempt", "proposed", "CA", t,
         note="unnamed 'other countries' get no event" if t == "US" else None) for t in ("US", "MX", "IL")],
    ev("Canada has since July 1 applied its own 25 percent surtax on C$12.8 billion of U.S. steel and "
       "aluminum and a 10 percent levy on other U.S. goods, from ketchup to lawn mowers", "impose", "actual",
       "CA", "US", V(25), 12800000000, "CAD", goods=["steel", "aluminum"], ret=True),
    ev("Canada has since July 1 applied its own 25 percent surtax on C$12.8 billion of U.S. steel and "
       "aluminum and a 10 percent levy on other U.S. goods, from ketchup to lawn mowers", "impose", "actual",
       "CA", "US", V(10), goods=["ketchup", "lawn mowers"], ret=True),
    ev("Washington's metal tariffs", "impose", "actual", "US", None, goods=["metal"], note="N3"),
    ev("Steel producers had asked Ottawa for quotas as well as tariffs", "impose", "demanded", "CA", None,
       goods=["steel"]),
])

add("p12-18-06", "2018", "2018-06-05", "Mexico hits U.S. pork, bourbon, steel with tariffs", news(
    "MEXICO CITY (AP) — Mexico slapped tariffs on U.S. pork, apples, potatoes, bourbon and a range of steel "
    "products on Tuesday, hitting back at the Trump administration's decision to end Mexico's exemption "
    "from U.S. steel and aluminum tariffs.",
    "The Economy Ministry said duties of 20 percent would apply to pork legs and shoulders, apples and "
    "potatoes, with rates of 20 to 25 percent on some cheeses and 25 percent on bourbon, effective "
    "immediately.",
    "Flat steel and other steel products now face tariffs of 15 to 25 percent, the ministry said in a "
    "statement, adding that the measures cover goods worth about $3 billion a year.",
    "U.S. pork producers, who shipped about $1.5 billion of pork to Mexico last year, urged the "
    "administration to lift the metal tariffs before the damage spread.",
    "The peso weakened 0.8 percent against the dollar."), [
    ev("Mexico slapped tariffs on U.S. pork, apples, potatoes, bourbon and a range of steel products on "
       "Tuesday", "impose", "actual", "MX", "US", goods=["pork", "apples", "potatoes", "bourbon",
                                                        "steel products"], ret=True),
    ev("the Trump administration's decision to end Mexico's exemption from U.S. steel and aluminum tariffs",
       "impose", "actual", "US", "MX", goods=["steel", "aluminum"],
       note="N3, N13: ending an exemption = the tariff now applies (in force June 1)"),
    ev("duties of 20 percent would apply to pork legs and shoulders, apples and potatoes, with rates of 20 "
       "to 25 percent on some cheeses and 25 percent on bourbon, effective immediately", "impose", "actual",
       "MX", "US", V(20), goods=["pork legs and shoulders", "apples", "potatoes"], note="N15"),
    ev("duties of 20 percent would apply to pork legs and shoulders, apples and potatoes, with rates of 20 "
       "to 25 percent on some cheeses and 25 percent on bourbon, effective immediately", "impose", "actual",
       "MX", "US", MM(20, 25), goods=["cheeses"]),
    ev("duties of 20 percent would apply to pork legs and shoulders, apples and potatoes, with rates of 20 "
       "to 25 percent on some cheeses and 25 percent on bourbon, effective immediately", "impose", "actual",
       "MX", "US", V(25), goods=["bourbon"]),
    ev("Flat steel and other steel products now face tariffs of 15 to 25 percent", "impose", "actual", "MX",
       "US", MM(15, 25), goods=["flat steel", "steel products"],
       note="'the measures cover goods worth about $3 billion' is a generic re-mention: no event, no amount"),
    ev("urged the administration to lift the metal tariffs", "remove", "demanded", "US", "MX",
       goods=["metal"], note="N3: restates the measure coded US->MX in this story"),
])

add("p12-18-07", "2018", "2018-07-18", "EU to impose provisional steel safeguard from Thursday", news(
    "BRUSSELS (Reuters) - The European Union will impose provisional safeguard duties of 25 percent on "
    "imports of 23 categories of steel products once quotas based on average imports of the past three "
    "years are filled, the European Commission said on Wednesday.",
    "The measures, which take effect on Thursday, aim to stop steel shut out of the U.S. market by "
    "President Donald Trump's 25 percent tariff from being diverted to Europe.",
    "Some developing countries will be exempted, as will Norway, Iceland and Liechtenstein, EU officials "
    "said.",
    "Eurofer, the steelmakers' group, had asked for quotas on 28 categories and said the measures fell "
    "short.",
    "The EU already charges additional duties of 25 percent on 2.8 billion euros ($3.3 billion) of U.S. "
    "goods, including bourbon, motorcycles and orange juice, in response to the U.S. metal tariffs."), [
    ev("The European Union will impose provisional safeguard duties of 25 percent on imports of 23 "
       "categories of steel products once quotas based on average imports of the past three years are "
       "filled", "impose", "proposed", "EU", None, V(25), goods=["steel products"],
       note="takes effect the day after the article: proposed"),
    ev("President Donald Trump's 25 percent tariff", "impose", "actual", "US", None, V(25),
       goods=["steel"], note="N3"),
    *[ev("Some developing countries will be exempted, as will Norway, Iceland and Liechtenstein", "exempt",
         "proposed", "EU", t, goods=["steel products"],
         note="unnamed developing countries get no event" if t == "NO" else None)
      for t in ("NO", "IS", "LI")],
    ev("The EU already charges additional duties of 25 percent on 2.8 billion euros ($3.3 billion) of U.S. "
       "goods, including bourbon, motorcycles and orange juice", "impose", "actual", "EU", "US", V(25),
       2800000000, "EUR", goods=["bourbon", "motorcycles", "orange juice"], ret=True,
       note="amount as first written (euros)"),
    ev("the U.S. metal tariffs", "impose", "actual", "US", None, goods=["metal"], note="N3"),
])

add("p12-18-08", "2018", "2018-05-31", "China to cut tariffs on 1,449 consumer goods from July 1", news(
    "BEIJING (Reuters) - China will cut import tariffs on 1,449 consumer products from July 1, lowering the "
    "average rate on items such as clothing, kitchen appliances and cosmetics to 6.9 percent from 15.7 "
    "percent, the finance ministry said on Wednesday.",
    "Tariffs on washing machines and refrigerators will fall to 8 percent from as much as 20 percent, "
    "while duties on processed foods such as aquatic products and mineral water will be cut to 6.9 "
    "percent from 15.2 percent, the ministry said.",
    "The move follows last week's announcement that China would slash duties on imported cars to 15 "
    "percent from 25 percent and on auto parts to 6 percent, also from July 1.",
    "Beijing has said the cuts are part of its opening-up and not a concession to Washington, which is "
    "weighing 25 percent tariffs on $50 billion of Chinese goods.",
    "The ministry left in place the 15 to 25 percent retaliatory duties it imposed in April on U.S. pork, "
    "fruit and wine."), [
    ev("China will cut import tariffs on 1,449 consumer products from July 1, lowering the average rate on "
       "items such as clothing, kitchen appliances and cosmetics to 6.9 percent from 15.7 percent", "lower",
       "proposed", "CN", None, FT(15.7, 6.9), goods=["clothing", "kitchen appliances", "cosmetics"]),
    ev("Tariffs on washing machines and refrigerators will fall to 8 percent from as much as 20 percent",
       "lower", "proposed", "CN", None, FT(20, 8), goods=["washing machines", "refrigerators"], note="N7"),
    ev("duties on processed foods such as aquatic products and mineral water will be cut to 6.9 percent "
       "from 15.2 percent", "lower", "proposed", "CN", None, FT(15.2, 6.9),
       goods=["processed foods", "aquatic products", "mineral water"]),
    ev("China would slash duties on imported cars to 15 percent from 25 percent and on auto parts to 6 "
       "percent, also from July 1", "lower", "proposed", "CN", None, FT(25, 15), goods=["cars"]),
    ev("China would slash duties on imported cars to 15 percent from 25 percent and on auto parts to 6 "
       "percent, also from July 1", "lower", "proposed", "CN", None, V(6), goods=["auto parts"]),
    ev("the cuts are part of its opening-up", "lower", "proposed", "CN", None, note="N5"),
    ev("Washington, which is weighing 25 percent tariffs on $50 billion of Chinese goods", "impose",
       "considered", "US", "CN", V(25), 50000000000),
    ev("The ministry left in place the 15 to 25 percent retaliatory duties it imposed in April on U.S. pork, "
       "fruit and wine", "impose", "actual", "CN", "US", MM(15, 25), goods=["pork", "fruit", "wine"],
       ret=True, note="N12"),
])

add("p12-18-09", "2018", "2018-09-18", "Apple Watch, bike helmets spared as U.S. finalizes $200 billion list", news(
    "WASHINGTON (Bloomberg) -- Apple Watch and Fitbit trackers escaped the Trump administration's latest "
    "round of China tariffs, among about 300 product lines dropped from the final list after public "
    "hearings, the U.S. Trade Representative's office said.",
    "Bicycle helmets, child car seats, high chairs and some chemicals used in farming were also removed, "
    "according to the list published late Monday.",
    "The duties of 10 percent on the remaining $200 billion of Chinese goods start Sept. 24 and rise to 25 "
    "percent on Jan. 1.",
    "China said on Tuesday it would respond with tariffs of 5 to 10 percent on $60 billion of U.S. goods, "
    "after earlier threatening rates of up to 25 percent.",
    "Retailers said sparing consumer electronics would help, though they still expect higher prices for "
    "furniture and luggage this holiday season."), [
    ev("Apple Watch and Fitbit trackers escaped the Trump administration's latest round of China tariffs",
       "exempt", "proposed", "US", "CN", goods=["Apple Watch", "Fitbit trackers"],
       note="exclusion from a list in force Sept. 24, after the article: proposed"),
    ev("Bicycle helmets, child car seats, high chairs and some chemicals used in farming were also removed",
       "exempt", "proposed", "US", "CN",
       goods=["bicycle helmets", "child car seats", "high chairs", "chemicals"],
       note="ellipsis; removed from the list of a tariff that stays: exempt, not remove"),
    ev("The duties of 10 percent on the remaining $200 billion of Chinese goods start Sept. 24", "impose",
       "proposed", "US", "CN", V(10), 200000000000),
    ev("rise to 25 percent on Jan. 1", "raise", "proposed", "US", "CN", FT(10, 25), 200000000000,
       note="N7; the shared subject carries the amount"),
    ev("China said on Tuesday it would respond with tariffs of 5 to 10 percent on $60 billion of U.S. goods",
       "impose", "proposed", "CN", "US", MM(5, 10), 60000000000, ret=True,
       note="no condition on the US, which has already decided: proposed"),
    ev("earlier threatening rates of up to 25 percent", "impose", "threatened", "CN", "US", MM(None, 25),
       ret=True, note="ellipsis: the rate stands for the tariff; an earlier threat, still an event"),
])

add("p12-18-10", "2018", "2018-07-06", "Russia slaps duties on U.S. road machinery, oil equipment", news(
    "MOSCOW (Reuters) - Russia will impose additional import duties of 25 to 40 percent on some U.S. goods, "
    "including road-building machinery, oil and gas equipment and metal-working tools, in response to "
    "U.S. tariffs on steel and aluminum, the economy ministry said on Friday.",
    "The duties, which take effect in 30 days, will cover goods worth about $87.6 million, Economy Minister "
    "Maxim Oreshkin told reporters.",
    "Russia estimates the U.S. metals tariffs cost its exporters $537.6 million a year.",
    "Oreshkin said Moscow could impose duties on more U.S. goods if Washington did not lift the metal "
    "tariffs.",
    "Separately, state railway monopoly RZD said it would raise freight tariffs on steel shipments to Baltic "
    "ports by 3.5 percent from August."), [
    ev("Russia will impose additional import duties of 25 to 40 percent on some U.S. goods, including "
       "road-building machinery, oil and gas equipment and metal-working tools", "impose", "proposed", "RU",
       "US", MM(25, 40), goods=["road-building machinery", "oil and gas equipment", "metal-working tools"],
       ret=True),
    ev("U.S. tariffs on steel and aluminum", "impose", "actual", "US", None, goods=["steel", "aluminum"],
       note="N3"),
    ev("The duties, which take effect in 30 days, will cover goods worth about $87.6 million", "impose",
       "proposed", "RU", "US", amount=87600000, note="N15"),
    ev("the U.S. metals tariffs cost its exporters $537.6 million a year", "impose", "actual", "US", "RU",
       goods=["metals"], note="N3: tied to Russia's exporters; $537.6 million is a cost, not an amount"),
    ev("Moscow could impose duties on more U.S. goods if Washington did not lift the metal tariffs",
       "impose", "threatened", "RU", "US", ret=True,
       note="the condition 'did not lift the metal tariffs' negates its own clause: no separate event; "
       "RZD freight tariffs are not customs tariffs"),
])
