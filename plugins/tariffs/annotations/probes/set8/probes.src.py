# SPDX-License-Identifier: MIT
"""Probe set 8: news snippets written (made up, no article copied) in the
three styles of the unseen news -- 1987 Reuters wire copy, 2016 US
presidential campaign coverage, 2018 trade-war wire copy of AP/Reuters/
Bloomberg-like desks -- and annotated blind (no sift run, no build, no
plugin code, tests, data, plugin README or gold read, sets 1 to 7 not
read; probes/README.md, build.py and set3's first 40 lines read) by
shared/corpus/TARIFF-GUIDELINES.md and ../../GUIDE.md.  Helper tarprobe8,
2026-12-07.  ../build.py resolves the spans and writes probes.gold.jsonl.
30 pieces (10 per style), 182 events (1987: 53, 2016: 47, 2018: 82); every
piece has at least one event and most carry confusers.  One writer's
reading, no second annotator: the second pass was the writer's own,
clause by clause against guidelines sections 2, 3, 6, 7 and 8.

Layout: the 1987 texts are wrapped by wire() below the way the
Reuters-21578 bodies are (hard wrap at 65 columns, four-space paragraph
indents, closing " Reuter") and keep their dateline ("TOKYO, March 18 - ")
and, in places, the wire's capital after "U.S." ("U.S. Officials");
build.py matches a span's spaces to any whitespace.  2016 and 2018 texts
have paragraphs split by a blank line and an AP/Reuters-style dateline.
No text has a headline line; the headline is in `title` only.  Topics keep
away from the best-known headline events (the April 17 1987 Japan tariffs
are only recalled in passing; no Section 301 list 1 / March 2018 steel
announcement story): potash dumping, EC photocopier duties, Japanese wood
and leather tariffs, shakes and shingles, hormone beef, Korean tariff cuts,
Australian car tariff, the U.S. customs user fee, GSP graduation; Ford and
Carrier 35 percent threats, Japan's beef tariff under TPP, a Peterson
study, cold-rolled steel, a debate, post-election threats, Carrier,
Monessen, distillers' grains, a VAT fact-check; India's delayed
retaliation, Turkey, Section 232 exclusions, Canada's and the EU's steel
safeguards, Mexico's list, China's car tariff cut and sorghum, list 3
exclusions, Russia and Japan, Canadian newsprint.

NOTES -- judgement calls (the event's own "note" says where each applies)
------------------------------------------------------------------------
J1  Rate of a duty that is lifted, exempted from or ended, whose level is
    told with it ("lift 100 pct tariffs", "exclude ... from the 25 percent
    tariffs", "the duties, which ranged as high as 32 percent, end"): rate
    null -- the level is the old duty's, not a new one (the reading the
    probes README records for the train gold).
J2  A candidate's tariff plan (2016) is proposed with actor US (the country
    that would levy it).  It is threatened when the clause puts an
    explicit condition on the target's behaviour ("if Ford goes ahead
    ..., he will slap", "unless the company reverses", "if China does not
    stop", "If they don't behave, we'll tax them") or the speaker calls it
    a threat.  A relative clause that only scopes the plan ("the tax
    would apply to any company that moves jobs abroad", "would tax
    companies that move plants south of the border") is not read as a
    condition: proposed.
J3  Another party's predicted or modelled tariffs ("China would retaliate
    with a 45 percent tariff", a study's assumption that China and Mexico
    "would answer with duties", a study's scenario "in which Trump imposes
    the tariffs for only a year", "farm groups fear Beijing would hit back
    with duties") are considered.
J4  A conditional offer to remove ("Canada will remove its duties ... as
    soon as Washington lifts ...", "Ankara would lift the duties ... if the
    United States exempted Turkey") is proposed; the other party's measure
    named in its condition is its own event (section 4: the condition
    holds another event), coded demanded, since the offering party is
    asking for it.  The condition of a threat ("Mexico would answer with
    tariffs of its own if Washington raised duties on Mexican goods") is
    not asked for by the threatening party: the hypothetical measure is
    considered.
J5  Target of a demand for a cut or removal of a tariff that covers all
    imports: the demanders' country when the demand is on behalf of their
    own goods (guidelines' "Manila's request for lower tariffs on coconut
    oil"): U.S. exporters asking for the end of Japan's wood tariffs ->
    JP -> US (p8-87-03).  Null when the demand is about the general level
    or a fee on all imports (Washington pressing Seoul to lower its
    average tariff; the EC and Canada asking for the U.S. customs user fee
    to be cut).
J6  The U.S. steel/aluminum tariffs of 2018 and the user fee are measures
    on all imports: target null unless the clause names the hit country
    ("U.S. duties on its steel and aluminum exports" -> TR; "tariffs on
    Canadian steel and aluminum" -> CA; "hit by the metals tariffs"
    relative to Canada -> CA).  "requests from U.S. companies" names the
    importers, not the goods' origin: target null.
J7  Generic measure words: "provisional safeguard measures", "the
    measures would last 200 days", "safeguards" make no event; the
    surtax and "the duties" do.  "countermeasures" is avoided in the text.
J8  Retaliation only where the clause or its sentence says it (answer,
    in response, in retaliation, retaliatory, hit back, meant to offset
    damage); a restatement of a retaliatory measure in a later sentence
    without such a phrase is false.
J9  "starts at 10 percent and will rise to 20 percent on July 5" and "The
    10 percent duties take effect Sept. 24 and will rise to 25 percent":
    two events; the rise's rate is {"from": 10, "to": 20/25}, read from the
    same sentence (section 8 forbids copying from another sentence only).
J10 Amounts: revenue of a fee or the total of the tariffs ("will raise
    about 700 mln dlrs", "The tariffs, which total $266.5 million"),
    damage figures ("offset $87.6 million in damage"), plant investment
    ("a $1.6 billion plant") and sales effects are not amounts.  An
    appositive giving the value of the goods hit ("duties on soybeans, the
    largest U.S. farm export to China at $10.5 billion last year") is.
    An exemption from "the new tariffs on $200 billion of Chinese goods"
    takes no amount: the $200 billion is the tariffs' coverage, not the
    exempted goods'.  ECU 1987 amounts use currency "XEU"; "C$16.6
    billion ($12.8 billion)" is taken as written first, CAD.
J11 Comparisons: "ten times the 2.5 percent the United States charges on
    imported cars" is the comparison half (no event); "while the U.S.
    charges only 2.5 percent on their cars" is a clause of its own
    asserting a measure (event, one per country "their" stands for).
J12 Domestic and non-customs taxes and tariffs are no event: Canada's 15
    pct tax on its own lumber exports, a special excise tax on imported
    and domestic cars, telephone/trunk call, power export and freight
    tariffs, corporate income tax, exit tax, estate tax, business flat
    tax, House "border adjustment" of the corporate income tax, Mexico's
    VAT even when a candidate calls it a tariff, a digital revenue tax.
    Words used for the tariff itself ("a 35 percent tax on every car ...
    it ships back across the border", "we'll tax them") are tariff words.
J13 A legal power described in general ("a president can raise duties by
    up to 15 percent for 150 days ... under the Trade Act of 1974") is talk
    about a tool, no event; so is "favored bringing trade cases rather
    than new tariffs" and "has not called for new tariffs" (negated).
J14 Bare re-mentions left out: "a tariff that high would be paid by
    families", "such a levy would break NAFTA", "because of the
    tariffs", "the higher duties would stay in place" (no action word,
    party or specification in the clause), "The fee will raise about
    700 mln dlrs".
J15 A plan postponed ("put off for a third time its plan to raise import
    duties") keeps the plan's own coding (raise / proposed); postponing is
    not an action.  A duty decided before the article's date that takes
    effect after it is proposed, whatever the tense ("President Reagan
    removed ... effective July 1", "The 10 percent duties take effect
    Sept. 24"); an exclusion granted now is actual ("will now be able to
    import ... duty-free for one year").
J16 Ending duty-free (GSP) treatment is impose, granting it is remove
    (dev gold: "ended preferential duty-free trade treatment" = impose;
    guidelines: "placed on the duty-free list" = remove); "let 350,000 tons
    of pork from other countries enter duty-free" is remove with target
    null.  "dropped from the list" / "spare" / "left off" for goods of a
    tariff list is exempt (ellipsis of the exclusion).
J17 A study's or a speaker's forward reference: "Donald Trump's proposed
    tariffs" in a Peterson-study lede, before the plan is described as
    45 pct on China and 35 pct on Mexico, gets one event per country of the
    plan (restatement, section 7); "his proposed tariffs on Chinese and
    Mexican goods" likewise.
"""
import textwrap


def wire(body):
    """Lay a 1987 story out like a Reuters-21578 body: paragraphs given one
    per line, hard wrapped at 65 columns, every paragraph after the first
    indented four spaces, and the closing " Reuter"."""
    paras = [p.strip() for p in body.strip().split("\n") if p.strip()]
    out = []
    for i, p in enumerate(paras):
        out.append(textwrap.fill(p, width=65, initial_indent="" if i == 0 else "    ",
                                 break_on_hyphens=False, break_long_words=False))
    return "\n".join(out) + "\n Reuter\n"


def news(body):
    """2016/2018 copy: paragraphs given one per line, joined by a blank line."""
    paras = [p.strip() for p in body.strip().split("\n") if p.strip()]
    return "\n\n".join(paras) + "\n"


NAMES = {"US": "United States", "CA": "Canada", "JP": "Japan", "EC": "European Community",
         "EU": "European Union", "KR": "South Korea", "TW": "Taiwan", "MX": "Mexico",
         "BR": "Brazil", "TH": "Thailand", "ID": "Indonesia", "AU": "Australia",
         "CN": "China", "VN": "Vietnam", "IN": "India", "TR": "Turkey", "SE": "Sweden",
         "CL": "Chile", "IL": "Israel", "NO": "Norway", "IS": "Iceland", "LI": "Liechtenstein",
         "RU": "Russia"}


def P(key):
    return {"name": NAMES[key], "code": "EU" if key == "EC" else key}


def E(span, action, modality, actor, target, rate=None, amount=None, goods=(), retaliation=False,
      nth=None, note=None):
    e = {"span": span, "action": action, "modality": modality,
         "actor": P(actor) if actor else None, "target": P(target) if target else None,
         "rate": rate, "amount": amount, "goods": list(goods), "retaliation": retaliation}
    if nth:
        e["nth"] = nth
    if note:
        e["note"] = note
    return e


def V(v):
    return {"value": v}


def FT(a, b):
    return {"from": a, "to": b}


def MM(lo=None, hi=None):
    r = {}
    if lo is not None:
        r["min"] = lo
    if hi is not None:
        r["max"] = hi
    return r


def M(v, cur="USD"):
    return {"value": v, "currency": cur}


PROBES = []

# ---------------------------------------------------------------- 1987 ----

PROBES.append({
    "id": "p8-87-01", "style": "1987", "published": "1987-08-24",
    "title": "U.S. SETS PRELIMINARY DUMPING DUTIES ON CANADIAN POTASH",
    "text": wire("""
WASHINGTON, Aug 24 - The U.S. Commerce Department said it had made a preliminary finding that potash from Canada is being sold in the United States at less than fair value and ordered importers to post bonds against duties ranging from 9.1 pct to 85.2 pct.
The duties cover about 280 mln dlrs a year of Canadian potash, most of it mined in Saskatchewan, department officials said.
Two New Mexico producers, which filed the complaint in February, had asked for duties of up to 140 pct.
Potash Corp of Saskatchewan, the largest Canadian producer, said it would ask Ottawa to press Washington to drop the case and warned that the bonds would raise fertiliser costs for U.S. farmers.
A final Commerce ruling is due in January, and the U.S. International Trade Commission must then find injury before definitive duties are imposed.
Canada began charging a 15 pct tax on its own softwood lumber exports in January to settle a U.S. subsidy complaint.
"""),
    "events": [
        E("it had made a preliminary finding that potash from Canada is being sold in the United States at "
          "less than fair value and ordered importers to post bonds against duties ranging from 9.1 pct to "
          "85.2 pct", "impose", "actual", "US", "CA", MM(9.1, 85.2), None, ["potash"],
          note="preliminary dumping duties secured by bonds are in force (dev: 'had assessed a temporary "
               "1.52 pct duty' = actual)"),
        E("The duties cover about 280 mln dlrs a year of Canadian potash", "impose", "actual", "US", "CA",
          None, M(280000000), ["potash"]),
        E("Two New Mexico producers, which filed the complaint in February, had asked for duties of up to "
          "140 pct", "impose", "demanded", "US", "CA", MM(hi=140), None, ["potash"]),
        E("definitive duties are imposed", "impose", "proposed", "US", "CA", None, None, ["potash"],
          note="final duties expected after the final ruling (dev: 'would assess final dumping duties by "
               "September 8' = proposed); 'drop the case' has no tariff word; the lumber export tax is "
               "out of scope (J12)"),
    ]})

PROBES.append({
    "id": "p8-87-02", "style": "1987", "published": "1987-02-24",
    "title": "EC CONFIRMS DUMPING DUTIES ON JAPANESE PHOTOCOPIERS",
    "text": wire("""
BRUSSELS, Feb 24 - The European Community's Council of Ministers imposed definitive anti-dumping duties of up to 20 pct on plain-paper photocopiers from Japan, confirming provisional duties set last August, EC officials said.
The duties, which range from 7.2 pct for Toshiba Corp to 20 pct for several smaller makers, cover imports worth some 700 mln European Currency Units a year.
The Commission is also studying complaints by European makers that Japanese firms avoid the duties by assembling copiers in EC plants from imported parts, and officials said a proposal to extend duties to parts imported by such "screwdriver" plants is due by June.
Japan's Ministry of International Trade and Industry said it regretted the decision and asked the Community to lift the duties at an early date.
The EC's common customs tariff on photocopiers is 7.5 pct.
"""),
    "events": [
        E("The European Community's Council of Ministers imposed definitive anti-dumping duties of up to 20 "
          "pct on plain-paper photocopiers from Japan", "impose", "actual", "EC", "JP", MM(hi=20), None,
          ["plain-paper photocopiers"]),
        E("confirming provisional duties set last August", "impose", "actual", "EC", "JP", None, None,
          ["plain-paper photocopiers"], note="the provisional duties are a measure of their own, past"),
        E("The duties, which range from 7.2 pct for Toshiba Corp to 20 pct for several smaller makers, cover "
          "imports worth some 700 mln European Currency Units a year", "impose", "actual", "EC", "JP",
          MM(7.2, 20), M(700000000, "XEU"), ["plain-paper photocopiers"], note="ECU as XEU (J10)"),
        E("a proposal to extend duties to parts imported by such \"screwdriver\" plants is due by June",
          "impose", "proposed", "EC", "JP", None, None, ["parts"],
          note="a proposal scheduled ('is due by June') is proposed, not considered; the plants are "
               "Japanese firms' ('Japanese firms avoid the duties by assembling'); 'avoid the duties' is a "
               "bare re-mention"),
        E("asked the Community to lift the duties at an early date", "remove", "demanded", "EC", "JP", None,
          None, ["plain-paper photocopiers"]),
        E("The EC's common customs tariff on photocopiers is 7.5 pct", "impose", "actual", "EC", None, V(7.5),
          None, ["photocopiers"], note="MFN tariff on all imports: target null"),
    ]})

PROBES.append({
    "id": "p8-87-03", "style": "1987", "published": "1987-03-18",
    "title": "JAPAN TO CUT WOOD PRODUCT TARIFFS FROM APRIL 1",
    "text": wire("""
TOKYO, March 18 - Japan will cut import tariffs on plywood and other processed wood products by an average of about 2.5 percentage points from April 1 under a 1985 pledge to the United States, the Finance Ministry said.
The cuts, approved by the cabinet today, will bring the tariff on softwood plywood down to 10 pct from 15 pct, it said.
Japan's tariffs on forest products, which reach 20 pct on some laminated lumber, have long angered U.S. Exporters, who have asked Washington to press for their elimination.
The ministry said it had no plans to cut duties on leather or leather footwear.
Tokyo last year replaced its leather import quotas with a tariff quota, under which shipments above a set volume pay duties of 60 pct, after a GATT panel ruled the quotas illegal.
Washington raised duties on about 24 mln dlrs of Japanese leather goods in 1986 in retaliation for the quotas, and U.S. Officials said today the higher duties would stay in place.
"""),
    "events": [
        E("Japan will cut import tariffs on plywood and other processed wood products by an average of about "
          "2.5 percentage points from April 1 under a 1985 pledge to the United States", "lower", "proposed",
          "JP", None, None, None, ["plywood", "processed wood products"],
          note="size of a change: rate null; a pledge to the U.S. is a motive, not a target (section 7); "
               "effective after the article's date: proposed"),
        E("The cuts, approved by the cabinet today, will bring the tariff on softwood plywood down to 10 pct "
          "from 15 pct", "lower", "proposed", "JP", None, FT(15, 10), None, ["softwood plywood"]),
        E("Japan's tariffs on forest products, which reach 20 pct on some laminated lumber", "impose",
          "actual", "JP", None, MM(hi=20), None, ["forest products", "laminated lumber"]),
        E("U.S. Exporters, who have asked Washington to press for their elimination", "remove", "demanded",
          "JP", "US", None, None, ["forest products"],
          note="J5: demand on behalf of the exporters' own goods (Manila/coconut oil analogy): target US; "
               "'their' = Japan's tariffs"),
        E("Tokyo last year replaced its leather import quotas with a tariff quota, under which shipments "
          "above a set volume pay duties of 60 pct", "impose", "actual", "JP", None, V(60), None, ["leather"],
          note="the over-quota duty of a tariff quota is a tariff; 'no plans to cut duties on leather' is "
               "negated (no event)"),
        E("Washington raised duties on about 24 mln dlrs of Japanese leather goods in 1986 in retaliation "
          "for the quotas", "raise", "actual", "US", "JP", None, M(24000000), ["leather goods"], True,
          note="'the higher duties would stay in place' is a bare re-mention (J14)"),
    ]})

PROBES.append({
    "id": "p8-87-04", "style": "1987", "published": "1987-05-12",
    "title": "CANADA LINKS END OF BOOK DUTIES TO U.S. SHINGLE TARIFF",
    "text": wire("""
OTTAWA, May 12 - Canada will remove its duties on U.S. books, periodicals and computer parts as soon as Washington lifts the 35 pct tariff on Canadian cedar shakes and shingles, Trade Minister Pat Carney told the House of Commons.
The U.S. tariff was imposed for five years in June 1986 to help shingle mills in Washington state and Oregon, and is scheduled to fall to 20 pct in December 1988.
Ottawa answered within weeks with duties of 10 pct on some U.S. computer parts and semiconductors and of 10 to 15 pct on books and periodicals.
British Columbia shake producers have urged Ottawa to seek an immediate end to the U.S. duty in the free trade talks, which resume in Washington next week.
Separately, the National Energy Board said it would hold hearings in June on British Columbia Hydro's proposed tariffs for power exports to California.
"""),
    "events": [
        E("Canada will remove its duties on U.S. books, periodicals and computer parts", "remove", "proposed",
          "CA", "US", None, None, ["books", "periodicals", "computer parts"],
          note="J4: conditional offer to remove"),
        E("as soon as Washington lifts the 35 pct tariff on Canadian cedar shakes and shingles", "remove",
          "demanded", "US", "CA", None, None, ["cedar shakes", "shingles"],
          note="J4: the condition holds another event, Canada asks for it; J1: rate of a lifted duty null"),
        E("The U.S. tariff was imposed for five years in June 1986 to help shingle mills in Washington state "
          "and Oregon", "impose", "actual", "US", "CA", None, None, ["cedar shakes", "shingles"]),
        E("is scheduled to fall to 20 pct in December 1988", "lower", "proposed", "US", "CA", V(20), None,
          ["cedar shakes", "shingles"]),
        E("Ottawa answered within weeks with duties of 10 pct on some U.S. computer parts and semiconductors "
          "and of 10 to 15 pct on books and periodicals", "impose", "actual", "CA", "US", V(10), None,
          ["computer parts", "semiconductors"], True),
        E("Ottawa answered within weeks with duties of 10 pct on some U.S. computer parts and semiconductors "
          "and of 10 to 15 pct on books and periodicals", "impose", "actual", "CA", "US", MM(10, 15), None,
          ["books", "periodicals"], True, note="two tranches, same span"),
        E("British Columbia shake producers have urged Ottawa to seek an immediate end to the U.S. duty",
          "remove", "demanded", "US", "CA", None, None, ["shakes"],
          note="Hydro's 'tariffs for power exports' are not customs tariffs (J12)"),
    ]})

PROBES.append({
    "id": "p8-87-05", "style": "1987", "published": "1987-12-28",
    "title": "U.S. SETS JANUARY 1 TARIFFS UNLESS EC DELAYS MEAT BAN",
    "text": wire("""
WASHINGTON, Dec 28 - The United States will impose 100 pct duties on about 100 mln dlrs of European Community goods from January 1 unless the EC delays its ban on imports of meat from hormone-treated cattle, U.S. Trade Representative Clayton Yeutter said.
The duties would hit canned tomatoes, fruit juices, instant coffee, pet food and some alcoholic drinks, U.S. Officials said.
Yeutter said the duties would be dropped as soon as the Community allowed U.S. beef back into its markets.
EC Farm Commissioner Frans Andriessen said in Brussels the Community would answer with duties of its own on U.S. walnuts, dried fruit and honey.
The Community says the ban, due to take effect on January 1, is a health measure that applies to its own farmers as well. Washington calls it a non-tariff barrier that will cost U.S. farmers 100 mln dlrs a year in lost sales.
"""),
    "events": [
        E("The United States will impose 100 pct duties on about 100 mln dlrs of European Community goods "
          "from January 1 unless the EC delays its ban on imports of meat from hormone-treated cattle",
          "impose", "threatened", "US", "EC", V(100), M(100000000), [],
          note="'unless the target ...' = threatened; retaliation false: the sentence states a condition, "
               "not a response (dev 17948 codes the same construction false)"),
        E("The duties would hit canned tomatoes, fruit juices, instant coffee, pet food and some alcoholic "
          "drinks", "impose", "proposed", "US", "EC", None, None,
          ["canned tomatoes", "fruit juices", "instant coffee", "pet food", "alcoholic drinks"],
          note="restatement worded 'would + verb' with no condition: proposed by section 6's note (dev "
               "10695/11167 code such restatements of a threatened measure proposed)"),
        E("the duties would be dropped as soon as the Community allowed U.S. beef back into its markets",
          "remove", "proposed", "US", "EC", None, None, [], note="conditional offer to remove"),
        E("the Community would answer with duties of its own on U.S. walnuts, dried fruit and honey",
          "impose", "threatened", "EC", "US", None, None, ["walnuts", "dried fruit", "honey"], True,
          note="warning of a response to a U.S. act not yet taken: threatened"),
    ]})

PROBES.append({
    "id": "p8-87-06", "style": "1987", "published": "1987-04-29",
    "title": "SOUTH KOREA TO CUT TARIFFS ON 52 ITEMS FROM JULY",
    "text": wire("""
SEOUL, April 29 - South Korea will cut import tariffs on 52 items, including colour film, cosmetics, golf clubs and frozen beef offal, by an average of 8.2 percentage points from July 1 to help narrow its trade surplus with the United States, the Finance Ministry said.
The tariff on colour film will drop to 20 pct from 40 pct and that on golf clubs to 30 pct from 50 pct, it said.
Tariffs on another 120 items, mostly machinery and chemicals, are under study and could be cut next year, officials said.
Washington has been pressing Seoul to lower its average tariff of about 19 pct to the level of other industrial countries.
The ministry also said it would raise the special excise tax on imported and domestic luxury cars to 25 pct from 20 pct in July.
"""),
    "events": [
        E("South Korea will cut import tariffs on 52 items, including colour film, cosmetics, golf clubs and "
          "frozen beef offal, by an average of 8.2 percentage points from July 1 to help narrow its trade "
          "surplus with the United States", "lower", "proposed", "KR", None, None, None,
          ["colour film", "cosmetics", "golf clubs", "frozen beef offal"],
          note="the surplus with the U.S. is a motive, not a target (section 7)"),
        E("The tariff on colour film will drop to 20 pct from 40 pct", "lower", "proposed", "KR", None,
          FT(40, 20), None, ["colour film"]),
        E("that on golf clubs to 30 pct from 50 pct", "lower", "proposed", "KR", None, FT(50, 30), None,
          ["golf clubs"], note="elliptical second clause, its own event"),
        E("Tariffs on another 120 items, mostly machinery and chemicals, are under study and could be cut "
          "next year", "lower", "considered", "KR", None, None, None, ["machinery", "chemicals"]),
        E("Washington has been pressing Seoul to lower its average tariff of about 19 pct to the level of "
          "other industrial countries", "lower", "demanded", "KR", None, None, None, [],
          note="J5: general level, target null; J1-like: 19 pct is the old level, no new level named: rate "
               "null; the excise tax on imported and domestic cars is domestic (J12)"),
    ]})

PROBES.append({
    "id": "p8-87-07", "style": "1987", "published": "1987-06-09",
    "title": "JAPAN WELCOMES PARTIAL LIFTING OF U.S. TARIFFS",
    "text": wire("""
TOKYO, June 9 - Japan welcomed President Reagan's decision to lift 100 pct tariffs on 51 mln dlrs of Japanese goods but said the remaining duties on about 249 mln dlrs of colour televisions, power tools and personal computers should also go quickly, a Foreign Ministry spokesman said.
The partial lifting, which took effect yesterday, rewards Japan for ending the dumping of computer chips in third countries, U.S. Officials said.
Ministry of International Trade and Industry officials said Japanese exports of the products fell by about 40 mln dlrs in April and May because of the tariffs.
Matsushita Electric Industrial Co said it had already moved much of its colour television output for the U.S. Market to plants in Mexico and Tennessee.
Japanese officials said Prime Minister Yasuhiro Nakasone would ask Reagan for the removal of the rest of the tariffs when the two meet at the Venice summit this week.
"""),
    "events": [
        E("President Reagan's decision to lift 100 pct tariffs on 51 mln dlrs of Japanese goods", "remove",
          "actual", "US", "JP", None, M(51000000), [], note="J1: rate of lifted tariffs null; in force"),
        E("the remaining duties on about 249 mln dlrs of colour televisions, power tools and personal "
          "computers should also go quickly", "remove", "demanded", "US", "JP", None, M(249000000),
          ["colour televisions", "power tools", "personal computers"]),
        E("The partial lifting, which took effect yesterday", "remove", "actual", "US", "JP", None, None, []),
        E("Prime Minister Yasuhiro Nakasone would ask Reagan for the removal of the rest of the tariffs when "
          "the two meet at the Venice summit this week", "remove", "demanded", "US", "JP", None, None, [],
          note="'fell by about 40 mln dlrs ... because of the tariffs' is an effect, bare re-mention"),
    ]})

PROBES.append({
    "id": "p8-87-08", "style": "1987", "published": "1987-06-02",
    "title": "AUSTRALIAN PANEL URGES LOWER CAR TARIFF",
    "text": wire("""
CANBERRA, June 2 - Australia's Industries Assistance Commission recommended in a report released today that the 45 pct tariff on imported passenger cars be cut to 30 pct by 1992.
The tariff was cut to 45 pct from 57.5 pct in 1985 under the government's car industry plan.
Industry Minister John Button said the government would study the report but would make no decision before the July 11 election.
The Federal Chamber of Automotive Industries said the cut would cost up to 8,000 jobs in Victoria and South Australia.
Separately, Telecom Australia said it would raise its trunk call tariffs by an average 4.5 pct from August 1, and the Australia-Europe shipping conference said freight tariffs on the route would rise 7.5 pct.
"""),
    "events": [
        E("Australia's Industries Assistance Commission recommended in a report released today that the 45 "
          "pct tariff on imported passenger cars be cut to 30 pct by 1992", "lower", "proposed", "AU", None,
          FT(45, 30), None, ["passenger cars"],
          note="recommended by the actor's own agency: proposed (section 6)"),
        E("The tariff was cut to 45 pct from 57.5 pct in 1985", "lower", "actual", "AU", None, FT(57.5, 45),
          None, ["passenger cars"]),
        E("the cut would cost up to 8,000 jobs", "lower", "proposed", "AU", None, None, None,
          ["passenger cars"],
          note="restatement of the recommended cut; trunk call and freight tariffs are not customs "
               "tariffs (J12)"),
    ]})

PROBES.append({
    "id": "p8-87-09", "style": "1987", "published": "1987-02-03",
    "title": "EC, CANADA SEEK GATT PANEL ON U.S. CUSTOMS FEE",
    "text": wire("""
GENEVA, Feb 3 - The European Community and Canada asked the GATT council to set up a panel to rule on the U.S. customs user fee, a 0.22 pct charge on the value of nearly all imports that they say goes far beyond the cost of the services provided.
Washington introduced the fee last December in a budget law to help pay for the Customs Service.
The fee will raise about 700 mln dlrs this year, U.S. Officials estimate.
EC and Canadian delegates told the council the fee should at least be cut to cover only the cost of processing goods through customs.
The U.S. delegate said Washington would defend the fee.
The council also adopted a panel report on Japan's import quotas on 12 farm products, which Washington calls a non-tariff barrier.
"""),
    "events": [
        E("the U.S. customs user fee, a 0.22 pct charge on the value of nearly all imports", "impose",
          "actual", "US", None, V(0.22), None, [],
          note="a fee on imports is a tariff (section 1); J6: on all imports, target null; asking for a "
               "GATT panel is not a demand to lift or cut"),
        E("Washington introduced the fee last December in a budget law to help pay for the Customs Service",
          "impose", "actual", "US", None, None, None, []),
        E("the fee should at least be cut to cover only the cost of processing goods through customs",
          "lower", "demanded", "US", None, None, None, [],
          note="J5: fee on all imports, target null although EC and Canada demand; 'will raise about 700 "
               "mln dlrs' is revenue, bare re-mention (J10, J14)"),
    ]})

PROBES.append({
    "id": "p8-87-10", "style": "1987", "published": "1987-04-01",
    "title": "REAGAN ENDS DUTY-FREE STATUS FOR SOME ASIAN, LATIN GOODS",
    "text": wire("""
WASHINGTON, April 1 - President Reagan removed some imports from Taiwan, South Korea, Mexico and Brazil from the list of goods that enter the United States duty-free under the Generalized System of Preferences, effective July 1, the U.S. Trade Representative's office said.
The products, which include electric fans, ceramic tiles, bicycle parts and some leather handbags, will pay normal tariffs of between 4 and 12 pct from July 1, it said.
Taiwan, the biggest user of the program, loses duty-free treatment on 1.3 billion dlrs of goods.
Reagan also granted duty-free status under the program to goods from Thailand and Indonesia, including canned tuna and some jewelry, effective today.
The program, which expires in 1993, covers some 3,000 products from about 140 developing countries.
"""),
    "events": [
        E("President Reagan removed some imports from Taiwan, South Korea, Mexico and Brazil from the list of "
          "goods that enter the United States duty-free under the Generalized System of Preferences, "
          "effective July 1", "impose", "proposed", "US", c, None, None, [],
          note="J16: ending GSP is impose; J15: decided, in force after the article's date: proposed; "
               "one event per country (section 3)")
        for c in ("TW", "KR", "MX", "BR")
    ] + [
        E("The products, which include electric fans, ceramic tiles, bicycle parts and some leather "
          "handbags, will pay normal tariffs of between 4 and 12 pct from July 1", "impose", "proposed",
          "US", c, MM(4, 12), None, ["electric fans", "ceramic tiles", "bicycle parts", "leather handbags"],
          note="restatement: targets from the measure restated")
        for c in ("TW", "KR", "MX", "BR")
    ] + [
        E("Taiwan, the biggest user of the program, loses duty-free treatment on 1.3 billion dlrs of goods",
          "impose", "proposed", "US", "TW", None, M(1300000000), []),
    ] + [
        E("Reagan also granted duty-free status under the program to goods from Thailand and Indonesia, "
          "including canned tuna and some jewelry, effective today", "remove", "actual", "US", c, None, None,
          ["canned tuna", "jewelry"], note="J16: granting GSP is remove; 'The program ... covers' has no "
                                           "tariff word")
        for c in ("TH", "ID")
    ]})

# ---------------------------------------------------------------- 2016 ----

PROBES.append({
    "id": "p8-16-01", "style": "2016", "published": "2016-10-31",
    "title": "Trump tells autoworkers he would tax Ford's Mexican cars",
    "text": news("""
WARREN, Mich. (AP) — Donald Trump told a crowd of autoworkers and their families on Monday that if Ford goes ahead with a $1.6 billion plant in Mexico, he will slap a 35 percent tax on every car and truck the company ships back across the border.
"They're not going to get away with it anymore," the Republican nominee said, to chants of "USA!"
Trump has floated the idea since last year, and his campaign says the tax would apply to any company that moves jobs abroad, though aides have not said how it would be collected.
Ford said in a statement that it had added nearly 28,000 U.S. jobs since 2011 and that moving small-car production to Mexico would not cost any American worker a job.
Trade lawyers said such a levy would break the North American Free Trade Agreement. Trump also repeated his promise to cut the corporate income tax rate to 15 percent.
"""),
    "events": [
        E("if Ford goes ahead with a $1.6 billion plant in Mexico, he will slap a 35 percent tax on every car "
          "and truck the company ships back across the border", "impose", "threatened", "US", "MX", V(35),
          None, ["car", "truck"],
          note="J2 explicit condition: threatened; J12 'tax' names the import duty; J10 the plant's cost "
               "is no amount"),
        E("his campaign says the tax would apply to any company that moves jobs abroad", "impose", "proposed",
          "US", None, None, None, [],
          note="J2: scope, not condition: proposed; 'abroad' names no origin: target null; 'such a levy "
               "would break NAFTA' is a bare re-mention (J14); the corporate tax is domestic"),
    ]})

PROBES.append({
    "id": "p8-16-02", "style": "2016", "published": "2016-08-23",
    "title": "Iowa ranchers see beef sales to Japan slipping away with trade pact",
    "text": news("""
ATLANTIC, Iowa — For cattle ranchers in southwest Iowa, the fight over the Trans-Pacific Partnership comes down to one number: the 38.5 percent tariff Japan charges on imported beef.
Under the 12-nation pact, Japan would cut its duty on American beef to 9 percent over 16 years, a change the U.S. Meat Export Federation says would add about $400 million a year to sales.
But both major-party nominees now oppose the deal. Hillary Clinton says she would vote against it as it stands, and Donald Trump, who has proposed tariffs as high as 45 percent on Chinese imports, calls it "a disaster."
"Meanwhile the Australians already got their tariff cut, and they're eating our lunch in Tokyo," said Dave Reinig, who runs 300 head of cattle near Atlantic.
A 2015 agreement between Japan and Australia has already lowered Japan's tariff on Australian frozen beef to about 27 percent and will keep cutting it each April.
Reinig said he would vote for Trump anyway.
"""),
    "events": [
        E("the 38.5 percent tariff Japan charges on imported beef", "impose", "actual", "JP", None, V(38.5),
          None, ["beef"]),
        E("Under the 12-nation pact, Japan would cut its duty on American beef to 9 percent over 16 years",
          "lower", "proposed", "JP", "US", V(9), None, ["beef"],
          note="signed, not ratified: proposed; '$400 million a year to sales' is an effect (J10)"),
        E("Donald Trump, who has proposed tariffs as high as 45 percent on Chinese imports", "impose",
          "proposed", "US", "CN", MM(hi=45), None, []),
        E("the Australians already got their tariff cut", "lower", "actual", "JP", "AU", None, None, ["beef"],
          note="'their tariff' = Japan's tariff on Australians' beef"),
        E("A 2015 agreement between Japan and Australia has already lowered Japan's tariff on Australian "
          "frozen beef to about 27 percent", "lower", "actual", "JP", "AU", V(27), None, ["frozen beef"]),
        E("will keep cutting it each April", "lower", "proposed", "JP", "AU", None, None, ["frozen beef"]),
    ]})

PROBES.append({
    "id": "p8-16-03", "style": "2016", "published": "2016-09-19",
    "title": "Trump tariffs would set off recession, Peterson study says",
    "text": news("""
WASHINGTON — A trade war set off by Donald Trump's proposed tariffs would push the U.S. economy into recession and cost some 4.8 million private-sector jobs by 2019, according to a study released Monday by the Peterson Institute for International Economics.
The authors modeled the Republican nominee's plan for a 45 percent tariff on imports from China and a 35 percent tariff on imports from Mexico, and assumed that both countries would answer with duties of the same size on American goods.
In a milder scenario, in which Trump imposes the tariffs for only a year and Beijing hits back only at U.S. soybeans and Boeing jets, the economy would avoid a recession but still lose about 1.3 million jobs, they said.
The Trump campaign dismissed the study as the work of "the same experts who gave us NAFTA."
The report also notes that a president can raise duties by up to 15 percent for 150 days without Congress under the Trade Act of 1974 to deal with a balance-of-payments crisis.
"""),
    "events": [
        E("Donald Trump's proposed tariffs", "impose", "proposed", "US", c, None, None, [],
          note="J17: forward restatement of the plan, one event per country")
        for c in ("CN", "MX")
    ] + [
        E("the Republican nominee's plan for a 45 percent tariff on imports from China and a 35 percent "
          "tariff on imports from Mexico", "impose", "proposed", "US", "CN", V(45), None, []),
        E("the Republican nominee's plan for a 45 percent tariff on imports from China and a 35 percent "
          "tariff on imports from Mexico", "impose", "proposed", "US", "MX", V(35), None, []),
    ] + [
        E("both countries would answer with duties of the same size on American goods", "impose",
          "considered", c, "US", None, None, [], True,
          note="J3: a model's assumption; 'of the same size' is no written rate")
        for c in ("CN", "MX")
    ] + [
        E("in which Trump imposes the tariffs for only a year", "impose", "considered", "US", c, None, None,
          [], note="J3: scenario; 'Beijing hits back only at U.S. soybeans' has no tariff word; J13: the "
                   "1974 Act power is no measure")
        for c in ("CN", "MX")
    ]})

PROBES.append({
    "id": "p8-16-04", "style": "2016", "published": "2016-06-21",
    "title": "Clinton tells steelworkers she would be tougher on China",
    "text": news("""
PITTSBURGH — Hillary Clinton told steelworkers on Tuesday that she would go after China's trade cheating harder than any president before her, calling the duties the Obama administration has put on Chinese steel this year "a start, not a finish."
The Commerce Department in May set anti-dumping and anti-subsidy duties of 522 percent on cold-rolled flat steel from China and of 71 percent on the same product from Japan, in a case brought by U.S. Steel Corp. and four other mills.
Clinton said she would appoint a chief trade prosecutor, triple the number of enforcement officers and "not hesitate" to impose new tariffs if Beijing keeps flooding the world market with cheap steel.
The United Steelworkers, which has endorsed her, wants the administration to extend the cold-rolled duties to steel from Vietnam, which the union says is Chinese steel finished there to dodge the orders.
Clinton also renewed her call for an "exit tax" on companies that move their headquarters overseas to lower their tax bills.
"""),
    "events": [
        E("the duties the Obama administration has put on Chinese steel this year", "impose", "actual", "US",
          "CN", None, None, ["steel"]),
        E("The Commerce Department in May set anti-dumping and anti-subsidy duties of 522 percent on "
          "cold-rolled flat steel from China and of 71 percent on the same product from Japan", "impose",
          "actual", "US", "CN", V(522), None, ["cold-rolled flat steel"]),
        E("The Commerce Department in May set anti-dumping and anti-subsidy duties of 522 percent on "
          "cold-rolled flat steel from China and of 71 percent on the same product from Japan", "impose",
          "actual", "US", "JP", V(71), None, ["cold-rolled flat steel"], note="tranches, same span"),
        E("impose new tariffs if Beijing keeps flooding the world market with cheap steel", "impose",
          "threatened", "US", "CN", None, None, [], note="J2"),
        E("The United Steelworkers, which has endorsed her, wants the administration to extend the "
          "cold-rolled duties to steel from Vietnam", "impose", "demanded", "US", "VN", None, None,
          ["steel"], note="the exit tax is domestic (J12)"),
    ]})

PROBES.append({
    "id": "p8-16-05", "style": "2016", "published": "2016-03-11",
    "title": "Trump calls 45 percent tariff a threat as rivals press him on trade",
    "text": news("""
MIAMI — Donald Trump said Thursday night that the 45 percent tariff he has talked about putting on Chinese goods was a threat, not a fixed plan, as his three remaining rivals pressed him on trade in the last Republican debate before Florida's primary.
"The 45 percent is a threat. If they don't behave, we'll tax them," Trump said, adding that the number was open to negotiation.
Sen. Ted Cruz of Texas said a tariff that high would be paid by families shopping at Wal-Mart, not by Beijing. "China would retaliate with a 45 percent tariff on what we sell them, and our farmers would be hit first," he said.
Cruz has proposed a 16 percent business flat tax that he says would not apply to exports.
Gov. John Kasich of Ohio said he favored bringing more trade cases at the World Trade Organization rather than new tariffs.
"""),
    "events": [
        E("the 45 percent tariff he has talked about putting on Chinese goods was a threat, not a fixed plan",
          "impose", "threatened", "US", "CN", V(45), None, [], note="J2: the speaker calls it a threat"),
        E("The 45 percent is a threat", "impose", "threatened", "US", "CN", V(45), None, [],
          note="ellipsis: the rate stands for the tariff just named"),
        E("If they don't behave, we'll tax them", "impose", "threatened", "US", "CN", None, None, [],
          note="J12: 'tax' names the tariff; condition on the target"),
        E("China would retaliate with a 45 percent tariff on what we sell them", "impose", "considered", "CN",
          "US", V(45), None, [], True,
          note="J3; 'a tariff that high would be paid by families' is a bare re-mention (J14); the flat "
               "tax is domestic; Kasich's 'rather than new tariffs' is no measure (J13)"),
    ]})

PROBES.append({
    "id": "p8-16-06", "style": "2016", "published": "2016-12-05",
    "title": "Trump threatens 35 percent tariff on companies that move abroad",
    "text": news("""
NEW YORK (Reuters) — President-elect Donald Trump on Sunday threatened to impose a 35 percent tariff on products made by U.S. companies that move factories abroad and then sell their goods back into the United States, in a string of Twitter posts days after he persuaded Carrier Corp to keep about 1,000 jobs in Indiana.
Trump did not say how he would collect it. His advisers have said it could form part of a broader tax overhaul.
House Republicans are drafting a "border adjustment" for the corporate income tax that would tax companies' import costs but not their export revenue, an approach Trump has not endorsed.
China's state-run Global Times warned last month that Beijing could cancel orders for Boeing jets and curb imports of U.S. soybeans and corn if Trump followed through on his campaign pledge of a 45 percent tariff on Chinese goods.
Mexican Economy Minister Ildefonso Guajardo has said Mexico would answer with tariffs of its own if Washington raised duties on Mexican goods.
"""),
    "events": [
        E("President-elect Donald Trump on Sunday threatened to impose a 35 percent tariff on products made by "
          "U.S. companies that move factories abroad and then sell their goods back into the United States",
          "impose", "threatened", "US", None, V(35), None, [],
          note="'U.S. companies' are the makers, the goods come from abroad: target null (J6); the border "
               "adjustment of the corporate income tax is a domestic tax (J12)"),
        E("Trump followed through on his campaign pledge of a 45 percent tariff on Chinese goods", "impose",
          "proposed", "US", "CN", V(45), None, [],
          note="a pledge is a statement of intent; 'cancel orders ... curb imports' has no tariff word"),
        E("Mexico would answer with tariffs of its own", "impose", "threatened", "MX", "US", None, None, [],
          True),
        E("if Washington raised duties on Mexican goods", "raise", "considered", "US", "MX", None, None, [],
          note="J4: the condition of a threat holds another event; hypothetical: considered"),
    ]})

PROBES.append({
    "id": "p8-16-07", "style": "2016", "published": "2016-04-28",
    "title": "Trump vows to tax Carrier air conditioners made in Mexico",
    "text": news("""
INDIANAPOLIS (AP) — Donald Trump told supporters at the Indiana State Fairgrounds on Wednesday that he would charge Carrier a 35 percent tax on every air conditioner it makes in Mexico and sells in the United States unless the company reverses its decision to close its Indianapolis plant and move 1,400 jobs to Monterrey.
"They'll call me and say, 'We're staying,'" Trump said. "Believe me."
Trump has made the same threat against Ford Motor Co. over a new small-car plant in Mexico.
Bernie Sanders, campaigning in Evansville, said he would tear up trade deals like NAFTA but has not called for new tariffs.
Carrier, a unit of United Technologies Corp., has said the move will save it $65 million a year in labor and other costs.
"""),
    "events": [
        E("he would charge Carrier a 35 percent tax on every air conditioner it makes in Mexico and sells in "
          "the United States unless the company reverses its decision to close its Indianapolis plant and "
          "move 1,400 jobs to Monterrey", "impose", "threatened", "US", "MX", V(35), None,
          ["air conditioner"], note="J2, J12"),
        E("Trump has made the same threat against Ford Motor Co. over a new small-car plant in Mexico",
          "impose", "threatened", "US", "MX", None, None, [],
          note="ellipsis: 'the same threat' stands for the tax just named; no rate written; Sanders 'has "
               "not called for new tariffs' is negated (J13)"),
    ]})

PROBES.append({
    "id": "p8-16-08", "style": "2016", "published": "2016-06-29",
    "title": "Trump vows tariffs, currency action against China in steel country",
    "text": news("""
MONESSEN, Pa. — Donald Trump vowed Tuesday to use "every lawful presidential power," including tariffs under Sections 201 and 232 of U.S. trade law, if China does not stop what he called its theft of American jobs and intellectual property.
Speaking at an aluminum scrap plant outside Pittsburgh, the presumptive Republican nominee said he would also tell his Treasury secretary to label China a currency manipulator and his trade representative to bring cases against Beijing at the World Trade Organization.
He said Japan and South Korea put "massive" tariffs on American cars and beef while the U.S. charges only 2.5 percent on their cars.
Economists at Moody's Analytics have estimated that his proposed tariffs on Chinese and Mexican goods, together with the retaliation they would provoke, would cost 3.5 million American jobs.
Trump also promised to repeal the federal estate tax.
"""),
    "events": [
        E("Donald Trump vowed Tuesday to use \"every lawful presidential power,\" including tariffs under "
          "Sections 201 and 232 of U.S. trade law, if China does not stop what he called its theft of "
          "American jobs and intellectual property", "impose", "threatened", "US", "CN", None, None, [],
          note="J2: condition on the target"),
    ] + [
        E("Japan and South Korea put \"massive\" tariffs on American cars and beef", "impose", "actual", c,
          "US", None, None, ["cars", "beef"], note="one event per levying country")
        for c in ("JP", "KR")
    ] + [
        E("the U.S. charges only 2.5 percent on their cars", "impose", "actual", "US", c, V(2.5), None,
          ["cars"], note="J11: a clause of its own; 'their' = Japan and South Korea")
        for c in ("JP", "KR")
    ] + [
        E("his proposed tariffs on Chinese and Mexican goods", "impose", "proposed", "US", c, None, None, [],
          note="J17; 'the retaliation they would provoke' has no tariff word; the estate tax is domestic")
        for c in ("CN", "MX")
    ]})

PROBES.append({
    "id": "p8-16-09", "style": "2016", "published": "2016-10-14",
    "title": "Illinois farmers eye China duties, and the election, warily",
    "text": news("""
DECATUR, Ill. — Farmers who sell to China are watching the presidential race nervously, and not only because of Donald Trump.
China last month slapped preliminary anti-dumping duties of 33.8 percent on U.S. distillers' dried grains, a corn-based livestock feed, and its commerce ministry is weighing anti-subsidy duties on the same product, with a decision due by December.
The U.S. Grains Council, which says shipments of the feed to China have fallen by half since the probe began in January, has asked the Obama administration to press Beijing to drop the duties.
Trump has said he would put tariffs of up to 45 percent on Chinese goods, and farm groups fear Beijing would hit back with duties on soybeans, the largest U.S. farm export to China at $10.5 billion last year.
Growers also face higher rail freight tariffs after BNSF Railway and Union Pacific raised their rates on grain this fall.
"""),
    "events": [
        E("China last month slapped preliminary anti-dumping duties of 33.8 percent on U.S. distillers' dried "
          "grains", "impose", "actual", "CN", "US", V(33.8), None, ["distillers' dried grains"]),
        E("its commerce ministry is weighing anti-subsidy duties on the same product, with a decision due by "
          "December", "impose", "considered", "CN", "US", None, None, ["distillers' dried grains"]),
        E("has asked the Obama administration to press Beijing to drop the duties", "remove", "demanded",
          "CN", "US", None, None, ["distillers' dried grains"],
          note="the demand reaches Beijing through Washington: demanded, actor CN"),
        E("Trump has said he would put tariffs of up to 45 percent on Chinese goods", "impose", "proposed",
          "US", "CN", MM(hi=45), None, []),
        E("Beijing would hit back with duties on soybeans, the largest U.S. farm export to China at $10.5 "
          "billion last year", "impose", "considered", "CN", "US", None, M(10500000000), ["soybeans"], True,
          note="J3 feared; J10 appositive value of the goods hit; rail freight tariffs are no event"),
    ]})

PROBES.append({
    "id": "p8-16-10", "style": "2016", "published": "2016-09-27",
    "title": "Fact check: Trump's claim on Mexico's tax and trade",
    "text": news("""
HEMPSTEAD, N.Y. — Donald Trump's claim in Monday night's debate that Mexico's value-added tax works like a 16 percent tariff on American goods drew quick objections from trade economists, who noted that the tax is charged on Mexican and imported products alike.
Trump also repeated that he would "tax" companies that move plants south of the border, and Hillary Clinton said his 45 percent tariff on Chinese goods would amount to "a tax on American families."
Under NAFTA, Mexico eliminated its tariffs on nearly all U.S. goods by 2008, and its tariffs on products from outside the pact average about 7 percent, according to the World Trade Organization.
The debate, the first of three, drew a record television audience of 84 million people.
"""),
    "events": [
        E("he would \"tax\" companies that move plants south of the border", "impose", "proposed", "US", "MX",
          None, None, [],
          note="J2 scope not condition: proposed; J12: Mexico's VAT is a domestic tax although called "
               "a tariff (no event); 'tax' here is the import tariff"),
        E("his 45 percent tariff on Chinese goods", "impose", "proposed", "US", "CN", V(45), None, []),
        E("Under NAFTA, Mexico eliminated its tariffs on nearly all U.S. goods by 2008", "remove", "actual",
          "MX", "US", None, None, []),
        E("its tariffs on products from outside the pact average about 7 percent", "impose", "actual", "MX",
          None, V(7), None, [], note="non-members, no named origin: target null"),
    ]})

# ---------------------------------------------------------------- 2018 ----

PROBES.append({
    "id": "p8-18-01", "style": "2018", "published": "2018-09-27",
    "title": "India delays retaliatory tariffs on U.S. goods again",
    "text": news("""
NEW DELHI (Reuters) - India has put off for a third time its plan to raise import duties on 29 U.S. goods, including almonds, walnuts, apples and chickpeas, pushing the start date to Nov. 2 as the two countries try to settle their trade differences, a finance ministry notification showed.
The higher duties, which would raise the tariff on U.S. walnuts to 120 percent from 30 percent and on chickpeas to 70 percent, were first announced in June in retaliation for Washington's decision to impose a 25 percent tariff on steel and 10 percent on aluminum imports from India and other countries.
India is the biggest buyer of U.S. almonds, which would face a duty of 120 rupees per kg instead of 100 rupees.
New Delhi has asked Washington to exempt it from the metals tariffs, while the U.S. Trade Representative is reviewing India's eligibility for duty-free access under the Generalized System of Preferences.
India on Wednesday raised customs duties on 19 items, including air conditioners, refrigerators and aviation turbine fuel, to curb a widening current account deficit, a move officials said was not aimed at any country.
"""),
    "events": [
        E("India has put off for a third time its plan to raise import duties on 29 U.S. goods, including "
          "almonds, walnuts, apples and chickpeas, pushing the start date to Nov. 2", "raise", "proposed",
          "IN", "US", None, None, ["almonds", "walnuts", "apples", "chickpeas"],
          note="J15: postponed plan stays proposed; J8: no response phrase in this sentence"),
        E("The higher duties, which would raise the tariff on U.S. walnuts to 120 percent from 30 percent and "
          "on chickpeas to 70 percent, were first announced in June", "raise", "proposed", "IN", "US",
          FT(30, 120), None, ["walnuts"], True),
        E("The higher duties, which would raise the tariff on U.S. walnuts to 120 percent from 30 percent and "
          "on chickpeas to 70 percent, were first announced in June", "raise", "proposed", "IN", "US",
          V(70), None, ["chickpeas"], True,
          note="two tranches; span stops before 'in retaliation for', which holds another event"),
        E("Washington's decision to impose a 25 percent tariff on steel and 10 percent on aluminum imports "
          "from India and other countries", "impose", "actual", "US", "IN", V(25), None, ["steel"]),
        E("Washington's decision to impose a 25 percent tariff on steel and 10 percent on aluminum imports "
          "from India and other countries", "impose", "actual", "US", "IN", V(10), None, ["aluminum"],
          note="tranches; only India is named among the targets"),
        E("U.S. almonds, which would face a duty of 120 rupees per kg instead of 100 rupees", "raise",
          "proposed", "IN", "US", None, None, ["almonds"], note="specific duty: rate null"),
        E("New Delhi has asked Washington to exempt it from the metals tariffs", "exempt", "demanded", "US",
          "IN", None, None, ["metals"],
          note="'reviewing India's eligibility for duty-free access' is directionless (no event)"),
        E("India on Wednesday raised customs duties on 19 items, including air conditioners, refrigerators "
          "and aviation turbine fuel, to curb a widening current account deficit", "raise", "actual", "IN",
          None, None, None, ["air conditioners", "refrigerators", "aviation turbine fuel"]),
    ]})

PROBES.append({
    "id": "p8-18-02", "style": "2018", "published": "2018-06-25",
    "title": "Turkey sets extra tariffs on U.S. cars, whiskey, rice",
    "text": news("""
ANKARA (Reuters) - Turkey will impose additional tariffs on U.S. imports including cars, alcohol, rice and cosmetics in response to U.S. duties on its steel and aluminum exports, according to a decree published in the Official Gazette on Monday, with the measures taking effect on Thursday.
The tariffs, which total $266.5 million, include an extra 70 percent on whiskey and other spirits, 60 percent on tobacco leaf and 25 percent on rice, the decree showed.
Turkey is the sixth-largest supplier of steel to the United States, and its sales have fallen by almost a third since Washington put a 25 percent duty on steel in March, according to the Turkish Steel Exporters' Association.
Economy Minister Nihat Zeybekci said Ankara would lift the duties immediately if the United States exempted Turkey from the metals tariffs, as it did temporarily for the European Union, Canada and Mexico.
"""),
    "events": [
        E("Turkey will impose additional tariffs on U.S. imports including cars, alcohol, rice and cosmetics",
          "impose", "proposed", "TR", "US", None, None, ["cars", "alcohol", "rice", "cosmetics"], True,
          note="in force after the article's date: proposed"),
        E("U.S. duties on its steel and aluminum exports", "impose", "actual", "US", "TR", None, None,
          ["steel", "aluminum"], note="J6: 'its' = Turkey's"),
    ] + [
        E("The tariffs, which total $266.5 million, include an extra 70 percent on whiskey and other "
          "spirits, 60 percent on tobacco leaf and 25 percent on rice", "impose", "proposed", "TR", "US",
          V(r), None, g, note="three tranches; J10 the total of the tariffs is no amount; J8")
        for r, g in ((70, ["whiskey", "spirits"]), (60, ["tobacco leaf"]), (25, ["rice"]))
    ] + [
        E("Washington put a 25 percent duty on steel in March", "impose", "actual", "US", None, V(25), None,
          ["steel"], note="J6: measure on all imports, target null"),
        E("Ankara would lift the duties immediately", "remove", "proposed", "TR", "US", None, None, [],
          note="J4 conditional offer"),
        E("if the United States exempted Turkey from the metals tariffs", "exempt", "demanded", "US", "TR",
          None, None, ["metals"], note="J4"),
    ] + [
        E("as it did temporarily for the European Union, Canada and Mexico", "exempt", "actual", "US", c,
          None, None, ["metals"], note="ellipsis of 'exempted'; one event per party")
        for c in ("EU", "CA", "MX")
    ]})

PROBES.append({
    "id": "p8-18-03", "style": "2018", "published": "2018-06-20",
    "title": "Commerce grants first steel tariff exclusions as backlog swells",
    "text": news("""
WASHINGTON (Bloomberg) — The Commerce Department has granted 42 requests from U.S. companies to exclude specific steel products from the 25 percent tariffs President Donald Trump imposed in March, and has denied 56 others, a department official said Wednesday, as a backlog of more than 20,000 requests grew.
Among those approved was a request by a Wisconsin maker of industrial saw blades that will now be able to import a grade of Swedish strip steel duty-free for one year.
Companies must show that a product isn't made in the U.S. in sufficient quantity or quality; domestic mills including Nucor Corp. have filed objections to hundreds of requests.
Senate Finance Committee Chairman Orrin Hatch has called for broad exclusions for products that aren't available from American mills. The department said it hasn't yet granted any exclusions from the 10 percent aluminum tariffs.
Trump imposed the steel tariffs under Section 232 of the Trade Expansion Act of 1962, which lets a president restrict imports that threaten national security.
"""),
    "events": [
        E("The Commerce Department has granted 42 requests from U.S. companies to exclude specific steel "
          "products from the 25 percent tariffs President Donald Trump imposed in March", "exempt", "actual",
          "US", None, None, None, ["steel products"],
          note="J1 rate null; J6 'U.S. companies' are importers: target null; the relative clause only "
               "identifies the tariff (section 2); 'has denied 56 others' is no event"),
        E("will now be able to import a grade of Swedish strip steel duty-free for one year", "exempt",
          "actual", "US", "SE", None, None, ["strip steel"], note="J15 exclusion granted now"),
        E("Senate Finance Committee Chairman Orrin Hatch has called for broad exclusions for products that "
          "aren't available from American mills", "exempt", "demanded", "US", None, None, None, [],
          note="'hasn't yet granted any exclusions from the 10 percent aluminum tariffs' is negated"),
        E("Trump imposed the steel tariffs under Section 232 of the Trade Expansion Act of 1962", "impose",
          "actual", "US", None, None, None, ["steel"]),
    ]})

PROBES.append({
    "id": "p8-18-04", "style": "2018", "published": "2018-10-12",
    "title": "Canada to put quotas, surtax on seven steel products",
    "text": news("""
OTTAWA (Reuters) - Canada will impose provisional safeguard measures on imports of seven steel products, including heavy plate, concrete reinforcing bar and stainless steel wire, to keep steel shut out of the U.S. market from flooding its own, Finance Minister Bill Morneau said on Thursday.
From Oct. 25, imports of those products above quota levels based on historical volumes will pay a 25 percent surtax, the finance department said. Imports from the United States and Mexico will be exempt, along with those from Chile and Israel.
The move comes on top of the retaliatory duties Ottawa slapped on C$16.6 billion ($12.8 billion) worth of U.S. steel, aluminum and consumer goods on July 1 in response to Washington's tariffs on Canadian steel and aluminum, which remain in place despite last month's new trade agreement.
The Canadian Steel Producers Association had asked for the surtax to cover a wider range of products, including hot-rolled sheet. Morneau said the measures would last 200 days while the Canadian International Trade Tribunal holds an inquiry into whether final safeguards are needed.
"""),
    "events": [
        E("From Oct. 25, imports of those products above quota levels based on historical volumes will pay "
          "a 25 percent surtax", "impose", "proposed", "CA", None, V(25), None,
          ["heavy plate", "concrete reinforcing bar", "stainless steel wire"],
          note="J7: the lede's 'safeguard measures' is no event; goods from 'those products'"),
    ] + [
        E("Imports from the United States and Mexico will be exempt, along with those from Chile and Israel",
          "exempt", "proposed", "CA", c, None, None, [], note="ellipsis of the surtax; one event per party")
        for c in ("US", "MX", "CL", "IL")
    ] + [
        E("the retaliatory duties Ottawa slapped on C$16.6 billion ($12.8 billion) worth of U.S. steel, "
          "aluminum and consumer goods on July 1", "impose", "actual", "CA", "US", None,
          M(16600000000, "CAD"), ["steel", "aluminum", "consumer goods"], True, note="J10 CAD as written"),
        E("Washington's tariffs on Canadian steel and aluminum, which remain in place despite last month's "
          "new trade agreement", "impose", "actual", "US", "CA", None, None, ["steel", "aluminum"]),
        E("The Canadian Steel Producers Association had asked for the surtax to cover a wider range of "
          "products, including hot-rolled sheet", "impose", "demanded", "CA", None, None, None,
          ["hot-rolled sheet"],
          note="J7: 'the measures would last 200 days' and 'final safeguards' make no event"),
    ]})

PROBES.append({
    "id": "p8-18-05", "style": "2018", "published": "2018-06-06",
    "title": "Mexico hits U.S. pork, cheese, bourbon with tariffs",
    "text": news("""
MEXICO CITY (AP) — Mexico on Tuesday put tariffs of 20 percent on U.S. apples and potatoes and of 20 to 25 percent on a range of U.S. cheeses, in retaliation for the Trump administration's steel and aluminum tariffs, which took effect for Mexico on Friday.
The duties, which also cover bourbon, cranberries and some flat steel, apply to about $3 billion in U.S. exports, the Economy Ministry said.
The duty on pork legs and shoulders starts at 10 percent and will rise to 20 percent on July 5. To keep prices down, Mexico will let 350,000 tons of pork from other countries enter duty-free this year.
U.S. pork producers, who sold $1.5 billion worth of pork to Mexico last year, urged the administration to settle the dispute quickly.
Canada, which has also been hit by the metals tariffs, said last week it would put duties on C$16.6 billion of U.S. goods from July 1.
"""),
    "events": [
        E("Mexico on Tuesday put tariffs of 20 percent on U.S. apples and potatoes and of 20 to 25 percent on "
          "a range of U.S. cheeses", "impose", "actual", "MX", "US", V(20), None, ["apples", "potatoes"], True),
        E("Mexico on Tuesday put tariffs of 20 percent on U.S. apples and potatoes and of 20 to 25 percent on "
          "a range of U.S. cheeses", "impose", "actual", "MX", "US", MM(20, 25), None, ["cheeses"], True,
          note="tranches; span stops before the retaliation phrase, which holds another event"),
        E("the Trump administration's steel and aluminum tariffs, which took effect for Mexico on Friday",
          "impose", "actual", "US", "MX", None, None, ["steel", "aluminum"]),
        E("The duties, which also cover bourbon, cranberries and some flat steel, apply to about $3 billion "
          "in U.S. exports", "impose", "actual", "MX", "US", None, M(3000000000),
          ["bourbon", "cranberries", "flat steel"], note="J8"),
        E("The duty on pork legs and shoulders starts at 10 percent", "impose", "actual", "MX", "US", V(10),
          None, ["pork legs", "shoulders"]),
        E("will rise to 20 percent on July 5", "raise", "proposed", "MX", "US", FT(10, 20), None,
          ["pork legs", "shoulders"], note="J9"),
        E("Mexico will let 350,000 tons of pork from other countries enter duty-free this year", "remove",
          "proposed", "MX", None, None, None, ["pork"],
          note="J16 duty-free quota = remove, target null; '$1.5 billion worth of pork' is sales, no "
               "event"),
        E("which has also been hit by the metals tariffs", "impose", "actual", "US", "CA", None, None,
          ["metals"], note="J6: the relative clause asserts the measure on Canada"),
        E("it would put duties on C$16.6 billion of U.S. goods from July 1", "impose", "proposed", "CA", "US",
          None, M(16600000000, "CAD"), [], note="J8: 'also been hit' is not stated as a response"),
    ]})

PROBES.append({
    "id": "p8-18-06", "style": "2018", "published": "2018-07-18",
    "title": "EU to impose provisional steel safeguard duties from Thursday",
    "text": news("""
BRUSSELS (Reuters) - The European Commission said on Wednesday it would impose provisional safeguard duties of 25 percent on imports of 23 steel products above quota levels from Thursday, to shield EU mills from steel diverted from the U.S. market by President Donald Trump's tariffs.
The quotas, set at the average of imports over the past three years, will be allocated on a first-come, first-served basis. Norway, Iceland and Liechtenstein, which belong to the European Economic Area, will be exempt, but the duties will also apply to steel from the United States.
Since June 22 the EU has applied its own 25 percent duties on 2.8 billion euros of U.S. goods, including bourbon, motorcycles and orange juice, in response to Trump's tariffs on European steel and aluminum.
Steel lobby Eurofer said the quotas were too generous and that it had asked the Commission to apply the duties to all 28 product categories it had investigated.
EU finance ministers also discussed on Wednesday a proposed 3 percent tax on the digital revenues of large technology companies.
"""),
    "events": [
        E("it would impose provisional safeguard duties of 25 percent on imports of 23 steel products above "
          "quota levels from Thursday", "impose", "proposed", "EU", None, V(25), None, ["steel products"],
          note="in force the day after the article: proposed"),
        E("President Donald Trump's tariffs", "impose", "actual", "US", None, None, None, [],
          note="bare mention with its levying party; J6 target null"),
    ] + [
        E("Norway, Iceland and Liechtenstein, which belong to the European Economic Area, will be exempt",
          "exempt", "proposed", "EU", c, None, None, [], note="one event per party")
        for c in ("NO", "IS", "LI")
    ] + [
        E("the duties will also apply to steel from the United States", "impose", "proposed", "EU", "US",
          None, None, ["steel"]),
        E("Since June 22 the EU has applied its own 25 percent duties on 2.8 billion euros of U.S. goods, "
          "including bourbon, motorcycles and orange juice", "impose", "actual", "EU", "US", V(25),
          M(2800000000, "EUR"), ["bourbon", "motorcycles", "orange juice"], True),
        E("Trump's tariffs on European steel and aluminum", "impose", "actual", "US", "EU", None, None,
          ["steel", "aluminum"]),
        E("it had asked the Commission to apply the duties to all 28 product categories it had investigated",
          "impose", "demanded", "EU", None, None, None, [],
          note="'The quotas ... will be allocated' has no tariff word; the digital revenue tax is domestic"),
    ]})

PROBES.append({
    "id": "p8-18-07", "style": "2018", "published": "2018-05-22",
    "title": "China to cut car import tariffs to 15 percent from July",
    "text": news("""
BEIJING (Reuters) - China will cut import tariffs on passenger cars to 15 percent from 25 percent and on most auto parts to 6 percent from July 1, the finance ministry said on Tuesday, a move that would help Tesla Inc and German luxury carmakers but do little for U.S. brands whose cars for China are mostly built there.
The cut was announced days after China dropped anti-dumping and anti-subsidy duties on U.S. sorghum last Friday, a goodwill gesture during trade talks in Washington. Beijing had imposed the duties, including a deposit of 178.6 percent on anti-dumping grounds, on April 17.
U.S. officials have long complained that China's 25 percent car tariff is ten times the 2.5 percent the United States charges on imported cars.
The cut does not change the 25 percent tariff China put on U.S. pork in April in response to U.S. duties on Chinese steel and aluminum.
"""),
    "events": [
        E("China will cut import tariffs on passenger cars to 15 percent from 25 percent and on most auto "
          "parts to 6 percent from July 1", "lower", "proposed", "CN", None, FT(25, 15), None,
          ["passenger cars"]),
        E("China will cut import tariffs on passenger cars to 15 percent from 25 percent and on most auto "
          "parts to 6 percent from July 1", "lower", "proposed", "CN", None, V(6), None, ["auto parts"],
          note="tranches; all origins: target null (Tesla and German carmakers are beneficiaries, not "
               "named origins)"),
        E("The cut was announced", "lower", "proposed", "CN", None, None, None, ["passenger cars"]),
        E("China dropped anti-dumping and anti-subsidy duties on U.S. sorghum last Friday", "remove",
          "actual", "CN", "US", None, None, ["sorghum"]),
        E("Beijing had imposed the duties, including a deposit of 178.6 percent on anti-dumping grounds, on "
          "April 17", "impose", "actual", "CN", "US", V(178.6), None, ["sorghum"]),
        E("China's 25 percent car tariff", "impose", "actual", "CN", None, V(25), None, ["cars"],
          note="J11: 'the 2.5 percent the United States charges on imported cars' is the comparison half"),
        E("the 25 percent tariff China put on U.S. pork in April", "impose", "actual", "CN", "US", V(25),
          None, ["pork"], True, note="'The cut does not change' negates a change, not this tariff"),
        E("U.S. duties on Chinese steel and aluminum", "impose", "actual", "US", "CN", None, None,
          ["steel", "aluminum"]),
    ]})

PROBES.append({
    "id": "p8-18-08", "style": "2018", "published": "2018-09-18",
    "title": "New China tariffs spare smart watches, car seats",
    "text": news("""
WASHINGTON (Bloomberg) — The Trump administration's new tariffs on $200 billion of Chinese goods will spare smart watches, bicycle helmets, high chairs and children's car seats, the U.S. Trade Representative's office said Tuesday, after companies complained at six days of public hearings.
The 10 percent duties take effect Sept. 24 and will rise to 25 percent on Jan. 1 unless Beijing agrees to changes in its trade practices.
Roughly 300 product lines were dropped from the list first proposed in July, including some chemicals and Bluetooth devices, USTR said.
China has said it will answer with tariffs of 5 percent to 10 percent on $60 billion of U.S. goods.
The National Retail Federation, which had asked USTR to remove furniture and handbags from the list, said it was disappointed.
Earlier rounds of 25 percent tariffs on $50 billion of Chinese goods, mostly industrial machinery and electronic components, took effect in July and August.
"""),
    "events": [
        E("The Trump administration's new tariffs on $200 billion of Chinese goods will spare smart watches, "
          "bicycle helmets, high chairs and children's car seats", "exempt", "proposed", "US", "CN", None,
          None, ["smart watches", "bicycle helmets", "high chairs", "car seats"],
          note="J16 'spare' = exempt; J10 no amount; J15 effective with the tariffs on Sept. 24"),
        E("The 10 percent duties take effect Sept. 24", "impose", "proposed", "US", "CN", V(10), None, []),
        E("will rise to 25 percent on Jan. 1 unless Beijing agrees to changes in its trade practices",
          "raise", "threatened", "US", "CN", FT(10, 25), None, [], note="J9; 'unless the target' = threat"),
        E("Roughly 300 product lines were dropped from the list first proposed in July, including some "
          "chemicals and Bluetooth devices", "exempt", "proposed", "US", "CN", None, None,
          ["chemicals", "Bluetooth devices"], note="J16"),
        E("China has said it will answer with tariffs of 5 percent to 10 percent on $60 billion of U.S. "
          "goods", "impose", "proposed", "CN", "US", MM(5, 10), M(60000000000), [], True,
          note="stated intent, no condition: proposed"),
        E("The National Retail Federation, which had asked USTR to remove furniture and handbags from the "
          "list", "exempt", "demanded", "US", "CN", None, None, ["furniture", "handbags"]),
        E("Earlier rounds of 25 percent tariffs on $50 billion of Chinese goods, mostly industrial machinery "
          "and electronic components, took effect in July and August", "impose", "actual", "US", "CN",
          V(25), M(50000000000), ["industrial machinery", "electronic components"]),
    ]})

PROBES.append({
    "id": "p8-18-09", "style": "2018", "published": "2018-07-06",
    "title": "Russia to slap duties on U.S. goods over metals tariffs",
    "text": news("""
MOSCOW (Reuters) - Russia will impose additional import duties of 25 percent to 40 percent on some U.S. goods, including road-construction equipment, oil and gas drilling tools and fiber optics, in response to U.S. tariffs on Russian steel and aluminum, Economy Minister Maxim Oreshkin said on Friday.
The duties, which will take effect on Aug. 5, are meant to offset $87.6 million in damage to Russian companies, he said.
Russia is the latest country to answer the U.S. metals tariffs. Japan told the World Trade Organization in May that it reserves the right to put duties on up to $440 million of U.S. goods a year in retaliation, though Tokyo has said it prefers talks.
Turkey, China, Canada, Mexico and the European Union have already imposed retaliatory tariffs, and India has announced its own.
Separately, state-owned Russian Railways said it would raise freight tariffs by 3.5 percent next year.
"""),
    "events": [
        E("Russia will impose additional import duties of 25 percent to 40 percent on some U.S. goods, "
          "including road-construction equipment, oil and gas drilling tools and fiber optics", "impose",
          "proposed", "RU", "US", MM(25, 40), None,
          ["road-construction equipment", "oil and gas drilling tools", "fiber optics"], True),
        E("U.S. tariffs on Russian steel and aluminum", "impose", "actual", "US", "RU", None, None,
          ["steel", "aluminum"]),
        E("The duties, which will take effect on Aug. 5, are meant to offset $87.6 million in damage to "
          "Russian companies", "impose", "proposed", "RU", "US", None, None, [], True,
          note="'take effect' read as the imposition; J10 damage is no amount; J8 offsetting damage "
               "is a response"),
        E("the U.S. metals tariffs", "impose", "actual", "US", None, None, None, ["metals"],
          note="J6: many countries answer, target null"),
        E("Japan told the World Trade Organization in May that it reserves the right to put duties on up to "
          "$440 million of U.S. goods a year in retaliation", "impose", "threatened", "JP", "US", None,
          M(440000000), [], True, note="a reserved right announced as a warning: threatened"),
    ] + [
        E("Turkey, China, Canada, Mexico and the European Union have already imposed retaliatory tariffs",
          "impose", "actual", c, "US", None, None, [], True, note="one event per levying party")
        for c in ("TR", "CN", "CA", "MX", "EU")
    ] + [
        E("India has announced its own", "impose", "proposed", "IN", "US", None, None, [], True,
          note="ellipsis: 'its own' = retaliatory tariffs; Russian Railways' freight tariffs are no event"),
    ]})

PROBES.append({
    "id": "p8-18-10", "style": "2018", "published": "2018-08-30",
    "title": "Trade panel throws out duties on Canadian newsprint",
    "text": news("""
WASHINGTON (AP) — The U.S. International Trade Commission on Wednesday threw out anti-dumping and anti-subsidy duties on newsprint from Canada, handing a victory to American newspapers that said the tariffs were forcing them to cut jobs and pages.
The commission voted 5-0 that imports of uncoated groundwood paper from Canada did not harm U.S. producers, which means the Commerce Department's duties, which ranged as high as 32 percent for some mills, end and deposits collected since January will be refunded.
The duties were imposed after a complaint by North Pacific Paper Co., a mill in Longview, Washington, owned by a New York hedge fund. Senators from both parties had urged the Commerce Department to drop them.
The paper case was separate from the 25 percent tariffs on steel and 10 percent on aluminum that the Trump administration put on Canadian metals in June, which Canada has answered with duties of its own on U.S. goods.
"""),
    "events": [
        E("The U.S. International Trade Commission on Wednesday threw out anti-dumping and anti-subsidy "
          "duties on newsprint from Canada", "remove", "actual", "US", "CA", None, None, ["newsprint"],
          note="'the tariffs were forcing them to cut jobs' is a bare re-mention"),
        E("the Commerce Department's duties, which ranged as high as 32 percent for some mills, end",
          "remove", "actual", "US", "CA", None, None, ["uncoated groundwood paper"], note="J1"),
        E("The duties were imposed after a complaint by North Pacific Paper Co.", "impose", "actual", "US",
          "CA", None, None, ["newsprint"]),
        E("Senators from both parties had urged the Commerce Department to drop them", "remove", "demanded",
          "US", "CA", None, None, ["newsprint"], note="a legislature urging the executive: demanded"),
        E("the 25 percent tariffs on steel and 10 percent on aluminum that the Trump administration put on "
          "Canadian metals in June", "impose", "actual", "US", "CA", V(25), None, ["steel"]),
        E("the 25 percent tariffs on steel and 10 percent on aluminum that the Trump administration put on "
          "Canadian metals in June", "impose", "actual", "US", "CA", V(10), None, ["aluminum"],
          note="tranches"),
        E("Canada has answered with duties of its own on U.S. goods", "impose", "actual", "CA", "US", None,
          None, [], True),
    ]})
