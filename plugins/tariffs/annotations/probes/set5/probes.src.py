# SPDX-License-Identifier: MIT
"""Probe set 5: 30 made-up news openings (10 per style: 1987 newswire, 2016
campaign coverage, 2018 trade-war wire copy of desks other than People's
Daily), written and annotated blind by helper tarprobe5 on 2026-12-07 per
shared/corpus/TARIFF-GUIDELINES.md and ../../GUIDE.md. build.py resolves the
span strings to byte offsets and writes probes.gold.jsonl.

NOTES -- judgement calls made in this set
-----------------------------------------
1. Level of a lifted or cut duty told before the verb ("lift the 100 pct
   tariffs", "reduces its 35 pct tariff", "cut its 25 pct tariff"): rate
   null, following the train gold's reading noted in probes/README.md,
   although section 8 could be read as giving {"value": 100}.
   (p5-87-01, p5-87-02, p5-87-04, p5-87-07)
2. A condition inside a conditional offer that names the other side's
   tariff ("Canada will cut ... if Washington reduces its 35 pct tariff";
   "until Washington lifts its own duties") is its own event, coded
   lower/remove, demanded (the offering party in effect asks for it).
   (p5-87-02, p5-18-09)
3. A requesting government is the target of the cut it asks for, as in the
   guidelines' "Manila's request for lower tariffs on coconut oil":
   "Washington would also press Tokyo to cut its 25 pct tariff on beef" is
   JP -> US. (p5-87-07)
4. "oppose any move to lower its own import levies" and "refusal"/"rejected"
   exclusion requests are read as clauses that negate the measure: no event.
   (p5-87-07, p5-18-07)
5. "permanent anti-dumping duties can be imposed" after an ITC injury
   finding: considered (may happen), not proposed. (p5-87-08)
6. The Gephardt amendment ("would force the President to impose tariffs or
   quotas on imports from Japan, ... if they fail to cut their trade
   surpluses"): threatened (condition on the targets' behaviour, checked
   first), one event per named country, although a legislature urging the
   executive could also be read as demanded. (p5-87-10)
7. "authority to negotiate tariff cuts" in a trade bill, "Section 201 and
   Section 301 ... let a president impose duties", "The tariffs are a
   negotiating tool", "tariffs would be a last resort": tariffs as a policy
   tool, no event. (p5-87-10, p5-16-03, p5-16-07)
8. A candidate's own plan ("his call for a 45 percent tariff", "he would
   impose", "his pledge to charge ... a 35 percent tax") is proposed with
   actor US; a candidate's conditional wording ("would only be imposed if
   Beijing refused to behave", "that would be the threat") is threatened.
   A tax on goods "coming in" / "products they ship back across the border"
   is an import tax, hence a tariff event. (2016 pieces)
9. Economists' models that restate a candidate's plan ("The report assumes
   that Trump follows through on a 45 percent tariff", "a 35 percent tariff
   on Mexican imports ... could cost 4.8 million jobs") are restatements of
   the plan: proposed. The retaliation the model assumes or a farm lobby
   expects from China and Mexico is considered. (p5-16-02, p5-16-08,
   p5-16-10)
10. "he did not repeat his earlier figure of a 45 percent tariff": the
    clause negates the repeating, not the measure, so the plan is an event
    (proposed, US -> CN, target from "China" in the same sentence).
    (p5-16-09)
11. "would not immediately slap tariffs on China and Mexico" is negated (no
    event), but the contrasted "would use the threat of duties" is
    threatened, one event each for China and Mexico named in that
    sentence. (p5-16-07)
12. Comparisons in their own clause with their own party ("while U.S.
    duties on Chinese products average about 3 percent") are events; a
    bare comparative mention ("far harder than the steel duties", "against
    eight pct in the U.S.") is not. (p5-16-05, p5-18-03, p5-87-06)
13. Goods imported "duty-free under Nafta": remove / actual (the duty is
    ended for those goods). (p5-16-10)
14. Tranches whose parties or goods come after the rate list ("duties of 25
    percent on steel and 10 percent on aluminum from the EU, Canada and
    Mexico") all share the whole clause's span (6 events); tranches that
    separate cleanly get their own parts, the first carrying the subject
    (seeds' convention). (p5-18-02, p5-18-07 vs p5-18-05, p5-18-09)
15. "dropped from the final list" (goods taken off a tariff list before it
    takes effect): exempt / proposed. (p5-18-10)
16. "would consider remission of the surtaxes": exempt / considered.
    (p5-18-03)
17. "the measures would raise about $240 million in duties" (revenue, an
    effect) is no event; "They took effect immediately" after "The
    measures" is no event (generic antecedent); "The duties ... will take
    effect" etc. are events. (p5-18-06, p5-18-09)
18. Retaliation is coded only where the clause or its sentence says so; a
    later tranche sentence of a retaliatory package ("The list includes a
    25 percent tariff on U.S. steel products") is false. (p5-18-02,
    p5-18-03, p5-18-09)
19. "start at 10 percent ... and rise to 25 percent on Jan. 1": the rise is
    its own event with {"value": 25} (the 10 is the other event's rate).
    (p5-18-10)
20. Section 232 / safeguard tariffs on all imports: target null even where
    the article names the countries hurt ("a blow to Chinese and South
    Korean manufacturers"); target set where the clause names the origin
    ("duties on Samsung and LG washers" -> KR, "U.S. tariffs on Indian steel
    and aluminum" -> IN). (p5-18-01, p5-18-06, p5-18-08)
21. Amounts in two currencies ("2.8 billion euros ($3.2 billion)",
    "C$16.6 billion ($12.6 billion)"): the first, as written (EUR, CAD).
"""
import textwrap

NAMES = {
    "US": "United States", "JP": "Japan", "CA": "Canada", "CN": "China",
    "MX": "Mexico", "KR": "South Korea", "TW": "Taiwan", "DE": "West Germany",
    "TR": "Turkey", "IN": "India", "AU": "Australia", "AR": "Argentina",
    "BR": "Brazil", "EC": "European Community", "EU": "European Union",
}


def P(code):
    if code is None:
        return None
    if code == "EC":
        return {"name": NAMES["EC"], "code": "EU"}
    return {"name": NAMES[code], "code": code}


def E(span, action, modality, actor, target, rate=None, amount=None, goods=(),
      ret=False, note=None, nth=None):
    e = {"span": span, "action": action, "modality": modality,
         "actor": P(actor), "target": P(target), "rate": rate,
         "amount": ({"value": amount[0], "currency": amount[1]} if amount else None),
         "goods": list(goods), "retaliation": ret}
    if note:
        e["note"] = note
    if nth:
        e["nth"] = nth
    return e


def V(x):
    return {"value": x}


def FT(a, b):
    return {"from": a, "to": b}


def wire(*paras):
    """Reuters 1987 layout: hard-wrapped lines, indented paragraphs."""
    out = []
    for k, p in enumerate(paras):
        lines = textwrap.wrap(p, width=64, break_on_hyphens=False, break_long_words=False)
        if k:
            lines[0] = "    " + lines[0]
        out.append("\n".join(lines))
    return "\n".join(out) + "\n REUTER\n"


def paras(*ps):
    return "\n\n".join(ps) + "\n"


PROBES = []


def add(pid, style, published, title, text, events):
    PROBES.append({"id": pid, "style": style, "published": published,
                   "title": title, "text": text, "events": events})


# ---------------------------------------------------------------- 1987 ----

add("p5-87-01", "1987", "1987-04-20", "JAPAN TO PRESS U.S. TO LIFT CHIP TARIFFS QUICKLY",
    wire("TOKYO, April 20 - Japan will press Washington to lift the 100 pct "
         "tariffs imposed on Friday on some 300 mln dlrs worth of Japanese "
         "goods, a Ministry of International Trade and Industry (MITI) "
         "official said.",
         "The official, who declined to be named, said Tokyo would argue at "
         "talks in Washington next week that the duties on colour "
         "televisions, power tools and personal computers violated the "
         "General Agreement on Tariffs and Trade (GATT).",
         "\"We will ask for the immediate removal of the sanctions,\" he said.",
         "U.S. Officials have said the tariffs will stay in place until Japan "
         "stops selling semiconductors below cost in third countries.",
         "Trade analysts here said Tokyo might also ask the European "
         "Community not to follow the U.S. Lead, after EC ministers said "
         "last week they were studying higher duties on Japanese "
         "electronics."),
    [E("Japan will press Washington to lift the 100 pct tariffs imposed on Friday on some 300 mln dlrs worth of Japanese goods",
       "remove", "demanded", "US", "JP", None, (300000000, "USD"), [],
       note="rate of the lifted duty told before the verb: null (NOTES 1)"),
     E("the duties on colour televisions, power tools and personal computers",
       "impose", "actual", "US", "JP", None, None,
       ["colour televisions", "power tools", "personal computers"],
       note="own goods specification makes it an event although the predicate is 'violated GATT'"),
     E("EC ministers said last week they were studying higher duties on Japanese electronics",
       "raise", "considered", "EC", "JP", None, None, ["electronics"]),
     # "the tariffs will stay in place until ..." : bare re-mention, no event
     # "the immediate removal of the sanctions" : generic measure word
     ])

add("p5-87-02", "1987", "1987-05-12", "CANADA OFFERS TO CUT DUTIES IF U.S. EASES SHINGLE TARIFF",
    wire("OTTAWA, May 12 - Canada will cut the retaliatory duties it imposed "
         "last June on U.S. books, computer parts and Christmas trees if "
         "Washington reduces its 35 pct tariff on Canadian cedar shakes and "
         "shingles, International Trade Minister Pat Carney said.",
         "\"We are ready to move as soon as they move,\" Carney told the "
         "House of Commons.",
         "The U.S. tariff, imposed in June 1986 for five years, is due to "
         "fall to 20 pct in December 1988 under the original proclamation.",
         "British Columbia shake producers have asked Ottawa to press for "
         "the duty's removal in the free trade talks now under way in "
         "Washington.",
         "Separately, the Canadian Transport Commission approved a 4.5 pct "
         "increase in railway freight tariffs for grain moving to "
         "Vancouver, effective June 1."),
    [E("Canada will cut the retaliatory duties it imposed last June on U.S. books, computer parts and Christmas trees",
       "lower", "proposed", "CA", "US", None, None,
       ["books", "computer parts", "Christmas trees"], ret=True,
       note="conditional offer to lower: proposed; the relative clause only identifies the duties"),
     E("Washington reduces its 35 pct tariff on Canadian cedar shakes and shingles",
       "lower", "demanded", "US", "CA", None, None, ["cedar shakes", "shingles"],
       note="condition of Canada's offer read as a demand (NOTES 2); level told before the verb: rate null (NOTES 1)"),
     E("The U.S. tariff, imposed in June 1986 for five years, is due to fall to 20 pct in December 1988",
       "lower", "proposed", "US", "CA", V(20), None, ["cedar shakes", "shingles"]),
     E("British Columbia shake producers have asked Ottawa to press for the duty's removal in the free trade talks now under way in Washington",
       "remove", "demanded", "US", "CA", None, None, ["cedar shakes", "shingles"],
       note="the duty is the U.S. one; the producers ask their own government to seek its removal"),
     # railway freight tariffs: not customs tariffs
     ])

add("p5-87-03", "1987", "1987-02-02", "EC TO WATCH U.S. CORN SALES TO SPAIN UNDER ACCORD",
    wire("BRUSSELS, Feb 2 - The European Community's executive Commission "
         "said it would monitor closely U.S. Corn sales to Spain under the "
         "accord that averted a trade war last week, when Washington was "
         "poised to impose 200 pct duties on some 400 mln dlrs of EC gin, "
         "brandy, white wine and cheese.",
         "The Community had said it would retaliate with duties on U.S. "
         "Corn gluten feed and rice if the U.S. Measures went ahead.",
         "Under the deal, the EC will let in two mln tonnes of U.S. Corn a "
         "year into Spain for four years at a reduced variable import levy.",
         "A Commission spokesman said the EC's normal levy on maize imports "
         "is currently about 150 European currency units a tonne.",
         "U.S. Agriculture Secretary Richard Lyng called the agreement a "
         "victory for American farmers but warned that Washington would "
         "act again if Spain's imports fell short."),
    [E("Washington was poised to impose 200 pct duties on some 400 mln dlrs of EC gin, brandy, white wine and cheese",
       "impose", "threatened", "US", "EC", V(200), (400000000, "USD"),
       ["gin", "brandy", "white wine", "cheese"], note="averted threat (guidelines section 6)"),
     E("The Community had said it would retaliate with duties on U.S. Corn gluten feed and rice if the U.S. Measures went ahead",
       "impose", "threatened", "EC", "US", None, None, ["corn gluten feed", "rice"], ret=True),
     E("the EC will let in two mln tonnes of U.S. Corn a year into Spain for four years at a reduced variable import levy",
       "lower", "proposed", "EC", "US", None, None, ["corn"],
       note="the variable levy is an import levy; 'will' with no condition: proposed"),
     E("the EC's normal levy on maize imports is currently about 150 European currency units a tonne",
       "impose", "actual", "EC", None, None, None, ["maize"],
       note="specific duty: rate null; levy on all maize imports: target null"),
     ])

add("p5-87-04", "1987", "1987-06-08", "REAGAN LIFTS SOME TARIFFS ON JAPANESE GOODS",
    wire("WASHINGTON, June 8 - President Reagan lifted 100 pct tariffs on 51 "
         "mln dlrs worth of Japanese colour television sets and other "
         "goods, saying Japan had made progress in halting the dumping of "
         "computer chips in third countries.",
         "The White House said duties would stay on the remaining 249 mln "
         "dlrs of Japanese products, including personal computers and power "
         "tools, until Tokyo improved access for U.S. Chipmakers to its home "
         "market.",
         "The tariffs were imposed on April 17 in retaliation for what "
         "Washington called Japan's failure to honour the September 1986 "
         "semiconductor pact.",
         "Japanese officials in Tokyo welcomed the move but said they would "
         "keep pressing for the removal of all the sanctions before the "
         "Venice economic summit.",
         "The Semiconductor Industry Association said it opposed any further "
         "easing."),
    [E("President Reagan lifted 100 pct tariffs on 51 mln dlrs worth of Japanese colour television sets and other goods",
       "remove", "actual", "US", "JP", None, (51000000, "USD"), ["colour television sets"],
       note="level of the lifted duty: rate null (NOTES 1)"),
     E("The White House said duties would stay on the remaining 249 mln dlrs of Japanese products, including personal computers and power tools, until Tokyo improved access for U.S. Chipmakers to its home market",
       "impose", "actual", "US", "JP", None, (249000000, "USD"), ["personal computers", "power tools"],
       note="in-force duties that 'would stay': actual, impose (no change)"),
     E("The tariffs were imposed on April 17 in retaliation for what Washington called Japan's failure to honour the September 1986 semiconductor pact",
       "impose", "actual", "US", "JP", None, None, [], ret=True),
     # "removal of all the sanctions", "further easing": no tariff word
     ])

add("p5-87-05", "1987", "1987-03-18", "BRITISH POWER TARIFFS TO RISE 4.5 PCT IN APRIL",
    wire("LONDON, March 18 - Britain's Electricity Council said bulk supply "
         "tariffs would rise by an average 4.5 pct from April 1, the first "
         "increase in three years.",
         "Council chairman Philip Jones said higher coal costs made the "
         "increase unavoidable and that industrial users would bear a "
         "smaller share than households.",
         "British Telecom said it would freeze its inland telephone tariffs "
         "for a year, under pressure from the regulator Oftel.",
         "Separately, EC officials said the Commission was considering "
         "provisional anti-dumping duties on Japanese photocopiers, "
         "following a complaint by European manufacturers."),
    [E("the Commission was considering provisional anti-dumping duties on Japanese photocopiers",
       "impose", "considered", "EC", "JP", None, None, ["photocopiers"]),
     # electricity and telephone tariffs: not customs tariffs
     ])

add("p5-87-06", "1987", "1987-07-02", "TAIWAN TO CUT TARIFFS ON 850 ITEMS FROM AUGUST",
    wire("TAIPEI, July 2 - Taiwan will cut import tariffs on about 850 items, "
         "including apples, chocolate and cigarettes, by an average of 50 "
         "pct from August 1 in a bid to reduce its trade surplus with the "
         "United States, the finance ministry said.",
         "The cuts, the fourth round this year, were approved by the cabinet "
         "today.",
         "Tariffs on large cars will fall to 30 pct from 42.5 pct, while "
         "duties on wine and beer will be lowered to 15 pct from 30 pct, a "
         "ministry official said.",
         "Washington has urged Taipei to go further and abolish duties on "
         "U.S. Agricultural products such as turkey and wheat.",
         "The island's average nominal tariff rate is now around 24 pct, "
         "against eight pct in the U.S."),
    [E("Taiwan will cut import tariffs on about 850 items, including apples, chocolate and cigarettes, by an average of 50 pct from August 1 in a bid to reduce its trade surplus with the United States",
       "lower", "proposed", "TW", None, None, None, ["apples", "chocolate", "cigarettes"],
       note="size of the cut: rate null; a motive does not make a target"),
     E("The cuts, the fourth round this year, were approved by the cabinet today",
       "lower", "proposed", "TW", None, None, None, [], note="approved, in force from August 1"),
     E("Tariffs on large cars will fall to 30 pct from 42.5 pct",
       "lower", "proposed", "TW", None, FT(42.5, 30), None, ["large cars"]),
     E("duties on wine and beer will be lowered to 15 pct from 30 pct",
       "lower", "proposed", "TW", None, FT(30, 15), None, ["wine", "beer"]),
     E("Washington has urged Taipei to go further and abolish duties on U.S. Agricultural products such as turkey and wheat",
       "remove", "demanded", "TW", "US", None, None, ["agricultural products", "turkey", "wheat"]),
     E("The island's average nominal tariff rate is now around 24 pct",
       "impose", "actual", "TW", None, V(24), None, [],
       note="'against eight pct in the U.S.' is a comparison, no event"),
     ])

add("p5-87-07", "1987", "1987-09-15", "U.S. TAKES JAPAN FARM QUOTAS TO GATT",
    wire("GENEVA, Sept 15 - The United States formally asked a GATT panel to "
         "rule on Japan's restrictions on imports of 12 farm products, and "
         "U.S. Officials said Washington would also press Tokyo to cut its "
         "25 pct tariff on beef.",
         "Japan's quotas on beef and oranges expire next March and are the "
         "subject of separate bilateral talks.",
         "Japanese delegate Tetsuya Endo told the General Agreement on "
         "Tariffs and Trade council that Tokyo had already reduced duties on "
         "140 farm and industrial items in April and would consider further "
         "cuts in the Uruguay Round.",
         "The European Community, which also ships processed foods to Japan, "
         "backed the U.S. Request, but said it would oppose any move to "
         "lower its own import levies on cereals outside the round."),
    [E("Washington would also press Tokyo to cut its 25 pct tariff on beef",
       "lower", "demanded", "JP", "US", None, None, ["beef"],
       note="requesting government as target (NOTES 3); level told before the verb: rate null (NOTES 1)"),
     E("Tokyo had already reduced duties on 140 farm and industrial items in April",
       "lower", "actual", "JP", None, None, None, []),
     E("would consider further cuts in the Uruguay Round",
       "lower", "considered", "JP", None, None, None, [], note="ellipsis: 'further cuts' stands for the duties"),
     # "oppose any move to lower its own import levies": negated (NOTES 4)
     ])

add("p5-87-08", "1987", "1987-08-24", "U.S. SETS PRELIMINARY DUMPING DUTIES ON CANADIAN POTASH",
    wire("WASHINGTON, Aug 24 - The Commerce Department set preliminary "
         "anti-dumping duties ranging from 9.14 pct to 85.2 pct on Canadian "
         "potash, saying producers were selling below fair value in the U.S.",
         "The duties apply to potash from six Canadian companies, including "
         "Potash Corp of Saskatchewan, which had U.S. Sales of about 280 mln "
         "dlrs last year.",
         "A final decision is due by January 7, and the International Trade "
         "Commission must then find injury before permanent anti-dumping "
         "duties can be imposed.",
         "Canadian officials said they would challenge the ruling, and "
         "Saskatchewan Premier Grant Devine urged Ottawa to consider a duty "
         "on U.S. Fertiliser in response.",
         "New Mexico producers, who filed the complaint, said the margins "
         "were lower than they had sought."),
    [E("The Commerce Department set preliminary anti-dumping duties ranging from 9.14 pct to 85.2 pct on Canadian potash",
       "impose", "actual", "US", "CA", {"min": 9.14, "max": 85.2}, None, ["potash"]),
     E("The duties apply to potash from six Canadian companies",
       "impose", "actual", "US", "CA", None, None, ["potash"],
       note="one company's U.S. sales is not the value of the goods covered: amount null"),
     E("permanent anti-dumping duties can be imposed",
       "impose", "considered", "US", "CA", None, None, ["potash"], note="NOTES 5"),
     E("Saskatchewan Premier Grant Devine urged Ottawa to consider a duty on U.S. Fertiliser in response",
       "impose", "demanded", "CA", "US", None, None, ["fertiliser"], ret=True),
     ])

add("p5-87-09", "1987", "1987-03-25", "YEUTTER WARNS EC OVER PROPOSED OILS AND FATS TAX",
    wire("WASHINGTON, March 25 - U.S. Trade Representative Clayton Yeutter "
         "warned the European Community that Washington would retaliate if "
         "EC farm ministers approve a proposed tax on vegetable oils and "
         "fats, which the U.S. Says would cost American soybean exporters up "
         "to two billion dlrs a year.",
         "U.S. Officials said they were drawing up a list of EC products, "
         "including cheese, wine and pasta, that would face higher duties "
         "if the tax is approved.",
         "The Commission says the tax, which would be levied on domestic and "
         "imported oils alike, is needed to curb dairy surpluses.",
         "In 1985 the U.S. Raised duties on EC pasta to 40 pct in "
         "retaliation for EC citrus preferences, lifting them last August "
         "when the dispute was settled.",
         "Yeutter also said he expected the EC to honour its commitment to "
         "cut its tariff on U.S. Almonds to two pct from seven pct by July "
         "1."),
    [E("they were drawing up a list of EC products, including cheese, wine and pasta, that would face higher duties if the tax is approved",
       "raise", "threatened", "US", "EC", None, None, ["cheese", "wine", "pasta"], ret=True,
       note="condition on the target's conduct: threatened; presented as a response to the EC tax"),
     E("the U.S. Raised duties on EC pasta to 40 pct in retaliation for EC citrus preferences",
       "raise", "actual", "US", "EC", V(40), None, ["pasta"], ret=True),
     E("lifting them last August when the dispute was settled",
       "remove", "actual", "US", "EC", None, None, ["pasta"]),
     E("the EC to honour its commitment to cut its tariff on U.S. Almonds to two pct from seven pct by July 1",
       "lower", "proposed", "EC", "US", FT(7, 2), None, ["almonds"]),
     # the oils and fats tax: domestic tax on home-made and imported oils alike
     ])

add("p5-87-10", "1987", "1987-04-30", "HOUSE BACKS GEPHARDT TRADE AMENDMENT",
    wire("WASHINGTON, April 30 - The House of Representatives narrowly "
         "approved an amendment that would force the President to impose "
         "tariffs or quotas on imports from Japan, South Korea, Taiwan and "
         "West Germany if they fail to cut their trade surpluses with the "
         "U.S. By 10 pct a year.",
         "The measure, sponsored by Missouri Democrat Richard Gephardt, "
         "faces strong opposition in the Senate, and the White House has "
         "said Reagan would veto any bill containing it.",
         "Administration officials said the amendment would invite "
         "retaliation against U.S. Farm exports.",
         "Japan's Ministry of International Trade and Industry said in Tokyo "
         "it regretted the vote.",
         "The bill would also extend the President's authority to negotiate "
         "tariff cuts in the Uruguay Round of GATT talks."),
    [E("The House of Representatives narrowly approved an amendment that would force the President to impose tariffs or quotas on imports from Japan, South Korea, Taiwan and West Germany if they fail to cut their trade surpluses with the U.S. By 10 pct a year",
       "impose", "threatened", "US", c, None, None, [],
       note="NOTES 6; 10 pct is the surplus cut, not a rate")
     for c in ("JP", "KR", "TW", "DE")]
    # "authority to negotiate tariff cuts": policy tool, no event (NOTES 7)
    )

# ---------------------------------------------------------------- 2016 ----

add("p5-16-01", "2016", "2016-01-08", "Trump Tells Times He Would Tax Chinese Imports at 45 Percent",
    paras("Donald J. Trump, the Republican front-runner, said Thursday that he "
          "would impose a 45 percent tariff on Chinese exports to the United "
          "States, arguing that China's currency manipulation had cost "
          "American workers millions of jobs.",
          "\u201cI would tax China on products coming in,\u201d Mr. Trump said "
          "in a meeting with the editorial board of The New York Times. "
          "\u201cThe tax should be 45 percent.\u201d",
          "Economists warned that such a tariff would violate World Trade "
          "Organization rules and could set off a trade war, raising prices "
          "on everything from sneakers to smartphones.",
          "Mr. Trump later described the 45 percent tariff as a threat meant "
          "to bring Beijing to the negotiating table, not a firm policy.",
          "His rivals pounced. Senator Ted Cruz, campaigning in Iowa, called "
          "the plan \u201ca tax on American consumers.\u201d"),
    [E("he would impose a 45 percent tariff on Chinese exports to the United States",
       "impose", "proposed", "US", "CN", V(45), None, [], note="candidate's plan: proposed (NOTES 8)"),
     E("I would tax China on products coming in",
       "impose", "proposed", "US", "CN", None, None, [], note="tax on goods coming in = import tax"),
     E("The tax should be 45 percent",
       "impose", "proposed", "US", "CN", V(45), None, [],
       note="the candidate on his own plan: proposed, not demanded"),
     E("Mr. Trump later described the 45 percent tariff as a threat meant to bring Beijing to the negotiating table",
       "impose", "threatened", "US", "CN", V(45), None, []),
     # "such a tariff would violate WTO rules": bare re-mention
     ])

add("p5-16-02", "2016", "2016-09-27", "Trump, Clinton clash over trade in first debate",
    paras("HEMPSTEAD, N.Y. (AP) \u2014 Donald Trump and Hillary Clinton clashed "
          "over trade in their first debate Monday night, with the Republican "
          "nominee vowing to stop companies from moving jobs to Mexico by "
          "charging them a 35 percent tax on products they ship back across "
          "the border.",
          "\u201cThey're going to make their air conditioners in Mexico and "
          "sell them into our country, no tax,\u201d Trump said, singling out "
          "Ford and Carrier.",
          "Clinton countered that Trump's approach would start a trade war and "
          "noted that the businessman had bought Chinese steel for his own "
          "buildings.",
          "She said she would appoint a trade prosecutor and enforce "
          "anti-dumping duties on Chinese steel more aggressively, but she "
          "has not proposed new tariffs.",
          "Economists at the Peterson Institute for International Economics "
          "have estimated that a 35 percent tariff on Mexican imports and a "
          "45 percent tariff on Chinese imports, if matched by retaliation, "
          "could cost 4.8 million private-sector jobs."),
    [E("the Republican nominee vowing to stop companies from moving jobs to Mexico by charging them a 35 percent tax on products they ship back across the border",
       "impose", "proposed", "US", "MX", V(35), None, [], note="import tax on goods from Mexico (NOTES 8)"),
     E("enforce anti-dumping duties on Chinese steel more aggressively",
       "impose", "proposed", "US", "CN", None, None, ["steel"],
       note="candidate's intent about existing duties: impose / proposed; 'has not proposed new tariffs' is negated"),
     E("a 35 percent tariff on Mexican imports",
       "impose", "proposed", "US", "MX", V(35), None, [], note="NOTES 9"),
     E("a 45 percent tariff on Chinese imports",
       "impose", "proposed", "US", "CN", V(45), None, [], note="NOTES 9"),
     ])

add("p5-16-03", "2016", "2016-06-29", "In Pennsylvania, Trump Lays Out Plan to Upend Trade",
    paras("MONESSEN, Pa. \u2014 Standing amid bales of scrap aluminum at a "
          "recycling plant outside Pittsburgh, Donald J. Trump on Tuesday laid "
          "out a seven-point plan to rewrite America's trade relationships, "
          "promising to use every lawful presidential power to remedy trade "
          "disputes if China does not stop its illegal activities, including "
          "the application of tariffs.",
          "He said he would direct the commerce secretary to identify every "
          "violation of trade agreements and would instruct the Treasury to "
          "label China a currency manipulator.",
          "Mr. Trump cited Section 201 and Section 301 of the trade laws, "
          "which let a president impose duties when imports hurt American "
          "industry or when foreign practices are unfair.",
          "He also repeated that Ford would pay a 35 percent tax on every car "
          "it imports from its Mexican plants.",
          "The U.S. Chamber of Commerce, in an unusually sharp rebuke, wrote "
          "on Twitter that under Mr. Trump's plans \u201cwe'd see higher "
          "prices, fewer jobs, and a weaker economy.\u201d"),
    [E("promising to use every lawful presidential power to remedy trade disputes if China does not stop its illegal activities, including the application of tariffs",
       "impose", "threatened", "US", "CN", None, None, [], note="condition on China's conduct"),
     E("Ford would pay a 35 percent tax on every car it imports from its Mexican plants",
       "impose", "proposed", "US", "MX", V(35), None, ["car"]),
     # Section 201/301 authority: policy tool, no event (NOTES 7)
     ])

add("p5-16-04", "2016", "2016-03-09", "Sanders's Michigan Upset Shows Power of Trade Anger",
    paras("DETROIT \u2014 Bernie Sanders's upset victory in Michigan's "
          "Democratic primary on Tuesday was powered by voters angry about "
          "trade deals, exit polls showed, and it sent a warning to Hillary "
          "Clinton ahead of next week's contests in Ohio and Illinois.",
          "Mr. Sanders has opposed every major trade agreement since Nafta, "
          "but unlike Donald J. Trump he has not called for across-the-board "
          "tariffs.",
          "At a rally in Dearborn, Mr. Sanders instead promised a tax on Wall "
          "Street speculation to pay for free tuition at public colleges.",
          "Mrs. Clinton, who once called the Trans-Pacific Partnership "
          "\u201cthe gold standard\u201d of trade deals, now says it does not "
          "meet her standards.",
          "In a state where the auto industry still accounts for one in five "
          "jobs, both Democrats were asked about Mr. Trump's proposal to put a "
          "35 percent tariff on cars made by Ford in Mexico; Mr. Sanders "
          "called it \u201ca gimmick.\u201d"),
    [E("Mr. Trump's proposal to put a 35 percent tariff on cars made by Ford in Mexico",
       "impose", "proposed", "US", "MX", V(35), None, ["cars"]),
     # "has not called for across-the-board tariffs": negated
     # tax on Wall Street speculation: domestic tax
     ])

add("p5-16-05", "2016", "2016-01-15", "Trump defends China tariff idea as 'threat' at Republican debate",
    paras("NORTH CHARLESTON, S.C. (Reuters) - Republican presidential "
          "front-runner Donald Trump on Thursday defended his call for a 45 "
          "percent tariff on Chinese goods, telling a televised debate the "
          "levy would only be imposed if Beijing refused to \"behave.\"",
          "\"The tax, let's say, would be up to 45 percent, and that would be "
          "the threat,\" Trump said, a week after the New York Times reported "
          "that he had proposed the figure in a meeting with its editors.",
          "Rival Jeb Bush said the tariff would be \"devastating\" for "
          "American consumers and for exporters, who would face Chinese "
          "retaliation.",
          "China already levies tariffs averaging close to 10 percent on U.S. "
          "manufactured goods, according to World Bank data, while U.S. "
          "duties on Chinese products average about 3 percent.",
          "Trump's campaign did not respond to a request for details on which "
          "products the levy would cover."),
    [E("Donald Trump on Thursday defended his call for a 45 percent tariff on Chinese goods",
       "impose", "proposed", "US", "CN", V(45), None, [], note="the candidate's own plan (NOTES 8)"),
     E("the levy would only be imposed if Beijing refused to \"behave",
       "impose", "threatened", "US", "CN", None, None, []),
     E("The tax, let's say, would be up to 45 percent, and that would be the threat",
       "impose", "threatened", "US", "CN", {"max": 45}, None, []),
     E("China already levies tariffs averaging close to 10 percent on U.S. manufactured goods",
       "impose", "actual", "CN", "US", V(10), None, ["manufactured goods"],
       note="an average level read as the rate"),
     E("U.S. duties on Chinese products average about 3 percent",
       "impose", "actual", "US", "CN", V(3), None, [], note="NOTES 12"),
     # "he had proposed the figure": no tariff word; "the tariff would be devastating": bare
     ])

add("p5-16-06", "2016", "2016-05-18", "Clinton Courts Steelworkers as U.S. Sets Steep Duties on Chinese Steel",
    paras("PITTSBURGH \u2014 Hillary Clinton told steelworkers on Tuesday that "
          "she would \u201cstand up to China\u201d on steel dumping, hours "
          "after the Commerce Department set final duties of 522 percent on "
          "cold-rolled steel from China.",
          "The duties, which also cover smaller shipments from Japan, were "
          "welcomed by United States Steel and the United Steelworkers union, "
          "which had filed the complaint last year.",
          "Mrs. Clinton said the penalties showed that existing trade laws "
          "could work \u201cif you actually enforce them,\u201d a jab at Donald "
          "J. Trump, whose call for a 45 percent tariff on all Chinese imports "
          "she described as reckless.",
          "Mr. Trump's campaign responded that Mrs. Clinton had supported the "
          "trade deals that \u201ckilled Pennsylvania steel.\u201d",
          "Pennsylvania's utility commission, separately, approved a new "
          "electricity tariff for industrial customers that the mills said "
          "would raise their power costs."),
    [E("the Commerce Department set final duties of 522 percent on cold-rolled steel from China",
       "impose", "actual", "US", "CN", V(522), None, ["cold-rolled steel"]),
     E("The duties, which also cover smaller shipments from Japan",
       "impose", "actual", "US", "JP", None, None, ["cold-rolled steel"],
       note="the relative clause asserts the measure for a second party; the 522 is China's rate, not copied"),
     E("whose call for a 45 percent tariff on all Chinese imports",
       "impose", "proposed", "US", "CN", V(45), None, []),
     # "the penalties": generic; electricity tariff: not customs
     ])

add("p5-16-07", "2016", "2016-09-30", "Trump advisers say tariffs would be a bargaining chip",
    paras("Donald Trump's top economic advisers said Thursday that the "
          "Republican nominee would not immediately slap tariffs on China and "
          "Mexico if elected, but would use the threat of duties to win better "
          "terms.",
          "\u201cThe tariffs are a negotiating tool,\u201d Peter Navarro, a "
          "University of California, Irvine economist advising the campaign, "
          "said on a conference call with reporters. \u201cIf China stops "
          "cheating, there is no need for them.\u201d",
          "Navarro and Wilbur Ross, the billionaire investor, wrote in a "
          "policy paper released Thursday that a Trump administration would "
          "label China a currency manipulator on its first day and would "
          "impose countervailing duties on any country that subsidizes its "
          "exports.",
          "Mike Pence, Trump's running mate, told Fox News on Sunday that "
          "tariffs would be \u201ca last resort.\u201d",
          "Critics noted that the United States already applies tariffs "
          "averaging 1.6 percent on industrial goods, among the lowest in the "
          "world."),
    [E("would use the threat of duties to win better terms",
       "impose", "threatened", "US", "CN", None, None, [], note="NOTES 11"),
     E("would use the threat of duties to win better terms",
       "impose", "threatened", "US", "MX", None, None, [], note="NOTES 11"),
     E("a Trump administration would label China a currency manipulator on its first day and would impose countervailing duties on any country that subsidizes its exports",
       "impose", "proposed", "US", None, None, None, [],
       note="statement of intent; 'any country' names no origin"),
     E("the United States already applies tariffs averaging 1.6 percent on industrial goods",
       "impose", "actual", "US", None, V(1.6), None, ["industrial goods"]),
     # "The tariffs are a negotiating tool", "tariffs would be a last resort": no measure
     ])

add("p5-16-08", "2016", "2016-06-21", "Trump's trade plan would trigger recession, Moody's says",
    paras("NEW YORK (CNNMoney) \u2014 Donald Trump's plan to put steep tariffs "
          "on imports from China and Mexico would push the U.S. into a lengthy "
          "recession and cost 3.5 million jobs, according to a report released "
          "Monday by Moody's Analytics.",
          "The report assumes that Trump follows through on a 45 percent "
          "tariff on Chinese goods and a 35 percent tariff on Mexican goods, "
          "and that both countries retaliate with tariffs of their own on "
          "American exports.",
          "\u201cIt's a lose-lose,\u201d said Mark Zandi, Moody's chief "
          "economist, who has donated to Hillary Clinton's campaign.",
          "China is the largest buyer of U.S. soybeans, and Mexico buys more "
          "American corn than any other country, leaving farm states exposed "
          "if Beijing and Mexico City hit back.",
          "Trump's campaign dismissed the report as \u201ca political hit "
          "job.\u201d"),
    [E("Donald Trump's plan to put steep tariffs on imports from China and Mexico",
       "impose", "proposed", "US", "CN", None, None, []),
     E("Donald Trump's plan to put steep tariffs on imports from China and Mexico",
       "impose", "proposed", "US", "MX", None, None, []),
     E("Trump follows through on a 45 percent tariff on Chinese goods",
       "impose", "proposed", "US", "CN", V(45), None, [], note="NOTES 9"),
     E("a 35 percent tariff on Mexican goods",
       "impose", "proposed", "US", "MX", V(35), None, [], note="NOTES 9"),
     E("both countries retaliate with tariffs of their own on American exports",
       "impose", "considered", "CN", "US", None, None, [], ret=True, note="assumed in a model: considered"),
     E("both countries retaliate with tariffs of their own on American exports",
       "impose", "considered", "MX", "US", None, None, [], ret=True, note="assumed in a model: considered"),
     # "if Beijing and Mexico City hit back": no tariff word
     ])

add("p5-16-09", "2016", "2016-11-08", "On Election Eve, Trump Tells Michigan Auto Jobs Will Return",
    paras("GRAND RAPIDS, Mich. \u2014 Donald J. Trump promised a roaring crowd "
          "here on Monday night that he would bring back auto jobs, repeating "
          "his pledge to charge companies that move plants to Mexico a 35 "
          "percent tax when they sell their cars back into the United States.",
          "\u201cFord is leaving. You know what? They're going to pay a 35 "
          "percent tax,\u201d Mr. Trump said, as supporters chanted \u201cBuild "
          "the wall.\u201d",
          "He also said he would \u201crenegotiate or terminate\u201d the North "
          "American Free Trade Agreement and stop China's \u201ctheft\u201d of "
          "American jobs, though he did not repeat his earlier figure of a 45 "
          "percent tariff.",
          "Ford's chief executive, Mark Fields, has said the company's move of "
          "small-car production to Mexico will not cost any American jobs.",
          "Michigan's Republican governor, Rick Snyder, has not endorsed Mr. "
          "Trump."),
    [E("his pledge to charge companies that move plants to Mexico a 35 percent tax when they sell their cars back into the United States",
       "impose", "proposed", "US", "MX", V(35), None, ["cars"]),
     E("They're going to pay a 35 percent tax",
       "impose", "proposed", "US", "MX", V(35), None, [], note="Ford's cars made in Mexico"),
     E("his earlier figure of a 45 percent tariff",
       "impose", "proposed", "US", "CN", V(45), None, [], note="NOTES 10"),
     ])

add("p5-16-10", "2016", "2016-08-11", "Iowa farmers wary of Trump's trade talk",
    paras("DES MOINES, Iowa \u2014 Farm groups in Iowa are uneasy about Donald "
          "Trump's trade agenda, warning that China and Mexico would answer "
          "any duties on their goods by targeting American soybeans, pork and "
          "corn.",
          "\u201cWhen you start a tariff war, agriculture is always the first "
          "casualty,\u201d said Craig Hill, president of the Iowa Farm Bureau.",
          "China cut its import tariff on pork and other meats in January as "
          "part of a broader trim of consumer-goods duties, and U.S. pork "
          "exports there have soared since, according to the U.S. Meat Export "
          "Federation.",
          "Mexico, by far the biggest market for American corn, imports it "
          "duty-free under Nafta.",
          "Trump, campaigning in Iowa last week, told farmers they would be "
          "\u201ctaken care of\u201d and that his trade policies would open "
          "foreign markets rather than close them."),
    [E("China and Mexico would answer any duties on their goods by targeting American soybeans, pork and corn",
       "impose", "considered", "CN", "US", None, None, ["soybeans", "pork", "corn"], ret=True,
       note="expected retaliation; 'any duties on their goods' is a hypothetical inside this clause, not coded (NOTES 9)"),
     E("China and Mexico would answer any duties on their goods by targeting American soybeans, pork and corn",
       "impose", "considered", "MX", "US", None, None, ["soybeans", "pork", "corn"], ret=True),
     E("China cut its import tariff on pork and other meats in January",
       "lower", "actual", "CN", None, None, None, ["pork", "other meats"]),
     E("a broader trim of consumer-goods duties",
       "lower", "actual", "CN", None, None, None, ["consumer goods"]),
     E("Mexico, by far the biggest market for American corn, imports it duty-free under Nafta",
       "remove", "actual", "MX", "US", None, None, ["corn"], note="NOTES 13"),
     ])

# ---------------------------------------------------------------- 2018 ----

add("p5-18-01", "2018", "2018-03-09", "Trump orders steel, aluminum tariffs; spares Canada, Mexico",
    paras("WASHINGTON (AP) \u2014 President Donald Trump on Thursday ordered "
          "tariffs of 25 percent on imported steel and 10 percent on aluminum, "
          "but exempted Canada and Mexico and held out the possibility of "
          "relief for other allies.",
          "The tariffs take effect in 15 days, on March 23, the White House "
          "said.",
          "Trump said Canada and Mexico would remain exempt only as long as "
          "talks to rewrite the North American Free Trade Agreement made "
          "progress. Australia, which ships steel to the U.S., could also win "
          "an exemption, he suggested.",
          "The European Union said it would respond \u201cfirmly and "
          "proportionately\u201d and has drawn up a list of U.S. products, "
          "including bourbon, blue jeans and Harley-Davidson motorcycles, that "
          "could face countermeasures.",
          "The duties are being imposed under Section 232 of a 1962 trade law "
          "that lets a president restrict imports that threaten national "
          "security."),
    [E("President Donald Trump on Thursday ordered tariffs of 25 percent on imported steel",
       "impose", "proposed", "US", None, V(25), None, ["steel"], note="ordered, in force after the article's date"),
     E("10 percent on aluminum",
       "impose", "proposed", "US", None, V(10), None, ["aluminum"]),
     E("exempted Canada and Mexico", "exempt", "proposed", "US", "CA", None, None, ["steel", "aluminum"],
       note="the exemption takes effect with the tariffs on March 23"),
     E("exempted Canada and Mexico", "exempt", "proposed", "US", "MX", None, None, ["steel", "aluminum"]),
     E("The tariffs take effect in 15 days, on March 23",
       "impose", "proposed", "US", None, None, None, []),
     E("Trump said Canada and Mexico would remain exempt only as long as talks to rewrite the North American Free Trade Agreement made progress",
       "exempt", "proposed", "US", "CA", None, None, [], note="conditional exemption = conditional offer: proposed"),
     E("Trump said Canada and Mexico would remain exempt only as long as talks to rewrite the North American Free Trade Agreement made progress",
       "exempt", "proposed", "US", "MX", None, None, []),
     E("Australia, which ships steel to the U.S., could also win an exemption",
       "exempt", "considered", "US", "AU", None, None, []),
     E("The duties are being imposed under Section 232 of a 1962 trade law that lets a president restrict imports that threaten national security",
       "impose", "proposed", "US", None, None, None, [], note="progressive tense but in force only from March 23"),
     # "relief for other allies": vague; "could face countermeasures": generic measure word
     ])

add("p5-18-02", "2018", "2018-06-20", "EU to hit U.S. bourbon, motorbikes with duties from Friday",
    paras("BRUSSELS (Reuters) - The European Union will start charging import "
          "duties on 2.8 billion euros ($3.2 billion) of U.S. goods including "
          "bourbon, motorcycles and orange juice on Friday, the European "
          "Commission said on Wednesday, in retaliation for U.S. tariffs on "
          "European steel and aluminum.",
          "The 25 percent duties, approved by EU member states last week, will "
          "apply to products from jeans to peanut butter, EU Trade "
          "Commissioner Cecilia Malmstrom said.",
          "\"We did not want to be in this position,\" Malmstrom said, adding "
          "that the bloc would levy a further 3.6 billion euros of tariffs in "
          "three years' time or after a WTO ruling.",
          "Washington imposed duties of 25 percent on steel and 10 percent on "
          "aluminum from the EU, Canada and Mexico on June 1, ending temporary "
          "exemptions.",
          "Harley-Davidson shares fell 1.5 percent. The company has not said "
          "how it will respond."),
    [E("The European Union will start charging import duties on 2.8 billion euros ($3.2 billion) of U.S. goods including bourbon, motorcycles and orange juice on Friday",
       "impose", "proposed", "EU", "US", None, (2800000000, "EUR"), ["bourbon", "motorcycles", "orange juice"], ret=True,
       note="retaliation phrase after the attribution holds its own event, so the span stops before it"),
     E("U.S. tariffs on European steel and aluminum",
       "impose", "actual", "US", "EU", None, None, ["steel", "aluminum"]),
     E("The 25 percent duties, approved by EU member states last week, will apply to products from jeans to peanut butter",
       "impose", "proposed", "EU", "US", V(25), None, ["jeans", "peanut butter"]),
     E("the bloc would levy a further 3.6 billion euros of tariffs in three years' time or after a WTO ruling",
       "impose", "proposed", "EU", "US", None, (3600000000, "EUR"), []),
     ] + [
     E("Washington imposed duties of 25 percent on steel and 10 percent on aluminum from the EU, Canada and Mexico on June 1, ending temporary exemptions",
       "impose", "actual", "US", t, V(r), None, [g], note="2 tranches x 3 parties, one span (NOTES 14)")
     for r, g in ((25, "steel"), (10, "aluminum")) for t in ("EU", "CA", "MX")])

add("p5-18-03", "2018", "2018-07-01", "Canada's retaliatory tariffs on U.S. goods take effect",
    paras("OTTAWA (Reuters) - Canada's retaliatory tariffs on C$16.6 billion "
          "($12.6 billion) worth of U.S. goods took effect on Sunday, Canada "
          "Day, as Ottawa answered President Donald Trump's duties on Canadian "
          "steel and aluminum.",
          "The list includes a 25 percent tariff on U.S. steel products and 10 "
          "percent on items ranging from whisky and orange juice to toilet "
          "paper and ketchup.",
          "\"We will not escalate, and we will not back down,\" Foreign "
          "Minister Chrystia Freeland told reporters in Hamilton, Ontario, home "
          "to two steel mills.",
          "Ottawa also said it would provide up to C$2 billion in support for "
          "steel and aluminum workers and would consider remission of the "
          "surtaxes for Canadian manufacturers that cannot find supplies at "
          "home.",
          "Trump has threatened to respond by taxing cars imported from "
          "Canada, which would hit the country far harder than the steel "
          "duties."),
    [E("Canada's retaliatory tariffs on C$16.6 billion ($12.6 billion) worth of U.S. goods took effect on Sunday, Canada Day",
       "impose", "actual", "CA", "US", None, (16600000000, "CAD"), [], ret=True),
     E("President Donald Trump's duties on Canadian steel and aluminum",
       "impose", "actual", "US", "CA", None, None, ["steel", "aluminum"]),
     E("The list includes a 25 percent tariff on U.S. steel products",
       "impose", "actual", "CA", "US", V(25), None, ["steel products"], note="NOTES 18"),
     E("10 percent on items ranging from whisky and orange juice to toilet paper and ketchup",
       "impose", "actual", "CA", "US", V(10), None, ["whisky", "orange juice", "toilet paper", "ketchup"]),
     E("would consider remission of the surtaxes for Canadian manufacturers that cannot find supplies at home",
       "exempt", "considered", "CA", "US", None, None, [], note="NOTES 16"),
     E("Trump has threatened to respond by taxing cars imported from Canada",
       "impose", "threatened", "US", "CA", None, None, ["cars"], ret=True),
     # "far harder than the steel duties": comparison (NOTES 12)
     ])

add("p5-18-04", "2018", "2018-06-16", "China hits back with tariffs on $50 billion of U.S. goods",
    paras("BEIJING/WASHINGTON (Reuters) - China said on Saturday it would "
          "impose an additional 25 percent tariff on 659 U.S. products worth "
          "$50 billion, including soybeans, pork, autos and seafood, hitting "
          "back hours after President Donald Trump finalized tariffs on an "
          "equal amount of Chinese goods.",
          "Duties on 545 of the products, worth $34 billion, will take effect "
          "on July 6, the same day U.S. tariffs on $34 billion of Chinese "
          "imports kick in, the Customs Tariff Commission of China's State "
          "Council said.",
          "A decision on the remaining items, which include crude oil, natural "
          "gas and coal, will be announced later.",
          "The U.S. Trade Representative's office said separately it would "
          "begin a process to let U.S. companies request exclusions for "
          "specific products from its tariffs.",
          "Trump has warned he would pursue additional tariffs if Beijing "
          "retaliates."),
    [E("China said on Saturday it would impose an additional 25 percent tariff on 659 U.S. products worth $50 billion, including soybeans, pork, autos and seafood, hitting back",
       "impose", "proposed", "CN", "US", V(25), (50000000000, "USD"), ["soybeans", "pork", "autos", "seafood"], ret=True),
     E("President Donald Trump finalized tariffs on an equal amount of Chinese goods",
       "impose", "proposed", "US", "CN", None, None, [],
       note="finalized, in force July 6; 'an equal amount' is not a written figure"),
     E("Duties on 545 of the products, worth $34 billion, will take effect on July 6",
       "impose", "proposed", "CN", "US", None, (34000000000, "USD"), []),
     E("U.S. tariffs on $34 billion of Chinese imports kick in",
       "impose", "proposed", "US", "CN", None, (34000000000, "USD"), []),
     E("The U.S. Trade Representative's office said separately it would begin a process to let U.S. companies request exclusions for specific products from its tariffs",
       "exempt", "proposed", "US", "CN", None, None, []),
     E("Trump has warned he would pursue additional tariffs if Beijing retaliates",
       "impose", "threatened", "US", "CN", None, None, []),
     ])

add("p5-18-05", "2018", "2018-08-15", "Turkey doubles tariffs on U.S. cars, alcohol in retaliation",
    paras("ISTANBUL (AP) \u2014 Turkey on Wednesday sharply raised tariffs on "
          "some U.S. imports, including cars, alcohol and tobacco, in "
          "retaliation for the Trump administration's decision to double "
          "duties on Turkish steel and aluminum.",
          "The tariff on U.S. passenger cars was raised to 120 percent, on "
          "alcoholic drinks to 140 percent and on leaf tobacco to 60 percent, "
          "according to a decree signed by President Recep Tayyip Erdogan and "
          "published in the Official Gazette. The increases took effect "
          "immediately.",
          "Cosmetics, rice and coal were also on the list.",
          "The lira, which has lost about 40 percent of its value against the "
          "dollar this year, rallied after the central bank took steps to "
          "shore up the banks.",
          "Trump on Friday doubled the tariffs on Turkish steel to 50 percent "
          "and on aluminum to 20 percent, and the higher rates took effect on "
          "Monday."),
    [E("Turkey on Wednesday sharply raised tariffs on some U.S. imports, including cars, alcohol and tobacco",
       "raise", "actual", "TR", "US", None, None, ["cars", "alcohol", "tobacco"], ret=True),
     E("the Trump administration's decision to double duties on Turkish steel and aluminum",
       "raise", "actual", "US", "TR", None, None, ["steel", "aluminum"],
       note="in force by the article's date (last paragraph)"),
     E("The tariff on U.S. passenger cars was raised to 120 percent",
       "raise", "actual", "TR", "US", V(120), None, ["passenger cars"]),
     E("on alcoholic drinks to 140 percent",
       "raise", "actual", "TR", "US", V(140), None, ["alcoholic drinks"]),
     E("on leaf tobacco to 60 percent",
       "raise", "actual", "TR", "US", V(60), None, ["leaf tobacco"]),
     E("The increases took effect immediately",
       "raise", "actual", "TR", "US", None, None, [], note="ellipsis: 'increases' of the tariffs just named"),
     E("Trump on Friday doubled the tariffs on Turkish steel to 50 percent",
       "raise", "actual", "US", "TR", V(50), None, ["steel"]),
     E("on aluminum to 20 percent",
       "raise", "actual", "US", "TR", V(20), None, ["aluminum"]),
     E("the higher rates took effect on Monday",
       "raise", "actual", "US", "TR", None, None, [], note="restates both U.S. tranches: one event"),
     # "Cosmetics, rice and coal were also on the list": no tariff or change word
     ])

add("p5-18-06", "2018", "2018-06-21", "India to raise duties on 29 U.S. goods from August",
    paras("NEW DELHI (Reuters) - India will raise import duties on 29 U.S. "
          "products, including almonds, walnuts, chickpeas and some steel and "
          "iron items, from Aug. 4, the finance ministry said on Thursday, "
          "responding to U.S. tariffs on Indian steel and aluminum that took "
          "effect in March.",
          "The duty on almonds in shell will rise to 100 rupees per kg from 35 "
          "rupees, while the tariff on walnuts will be increased to 120 "
          "percent from 30 percent, according to a government notification.",
          "India had earlier notified the World Trade Organization that the "
          "measures would raise about $240 million in duties, roughly equal to "
          "the extra costs its steel and aluminum exporters face in the United "
          "States.",
          "India is the biggest buyer of U.S. almonds, importing about $650 "
          "million worth a year.",
          "Separately, the government cut the basic customs duty on some "
          "capital goods used in solar plants to 5 percent from 7.5 percent."),
    [E("India will raise import duties on 29 U.S. products, including almonds, walnuts, chickpeas and some steel and iron items, from Aug. 4",
       "raise", "proposed", "IN", "US", None, None, ["almonds", "walnuts", "chickpeas", "steel and iron items"], ret=True,
       note="'responding to' after the attribution holds its own event"),
     E("U.S. tariffs on Indian steel and aluminum that took effect in March",
       "impose", "actual", "US", "IN", None, None, ["steel", "aluminum"]),
     E("The duty on almonds in shell will rise to 100 rupees per kg from 35 rupees",
       "raise", "proposed", "IN", "US", None, None, ["almonds in shell"], note="specific duty: rate null"),
     E("the tariff on walnuts will be increased to 120 percent from 30 percent",
       "raise", "proposed", "IN", "US", FT(30, 120), None, ["walnuts"]),
     E("the government cut the basic customs duty on some capital goods used in solar plants to 5 percent from 7.5 percent",
       "lower", "actual", "IN", None, FT(7.5, 5), None, ["capital goods used in solar plants"],
       note="'the government' without a country: the article's country"),
     # "the measures would raise about $240 million in duties": revenue, no event (NOTES 17)
     ])

add("p5-18-07", "2018", "2018-09-07", "Commerce grants 7,000 tariff exclusions as backlog swells",
    paras("WASHINGTON (Bloomberg) -- The Commerce Department has granted about "
          "7,000 requests from U.S. companies to be excluded from steel and "
          "aluminum tariffs and rejected some 3,000, according to a department "
          "tally, as a backlog of more than 38,000 requests continues to grow.",
          "Nucor Corp. and other domestic steelmakers have objected to "
          "hundreds of exclusions, arguing that the products are available "
          "from U.S. mills.",
          "Lawmakers from both parties have urged Commerce Secretary Wilbur "
          "Ross to speed up the process and exempt products such as specialty "
          "steel pipe that cannot be sourced at home.",
          "The department said in a new rule on Thursday it would let "
          "companies rebut objections, a change industry groups had sought.",
          "The 25 percent tariff on steel and 10 percent on aluminum took "
          "effect in March, and Argentina, Australia, Brazil and South Korea "
          "later won permanent exemptions in exchange for quotas."),
    [E("The Commerce Department has granted about 7,000 requests from U.S. companies to be excluded from steel and aluminum tariffs",
       "exempt", "actual", "US", None, None, None, ["steel", "aluminum"]),
     E("Lawmakers from both parties have urged Commerce Secretary Wilbur Ross to speed up the process and exempt products such as specialty steel pipe that cannot be sourced at home",
       "exempt", "demanded", "US", None, None, None, ["specialty steel pipe"]),
     E("The 25 percent tariff on steel and 10 percent on aluminum took effect in March",
       "impose", "actual", "US", None, V(25), None, ["steel"]),
     E("The 25 percent tariff on steel and 10 percent on aluminum took effect in March",
       "impose", "actual", "US", None, V(10), None, ["aluminum"]),
     ] + [
     E("Argentina, Australia, Brazil and South Korea later won permanent exemptions in exchange for quotas",
       "exempt", "actual", "US", c, None, None, ["steel", "aluminum"])
     for c in ("AR", "AU", "BR", "KR")]
    # "rejected some 3,000": negated; "objected to hundreds of exclusions": bare re-mention (NOTES 4)
    )

add("p5-18-08", "2018", "2018-01-23", "Trump slaps tariffs on imported washers, solar panels",
    paras("WASHINGTON (Reuters) - The Trump administration on Monday imposed "
          "steep tariffs on imported washing machines and solar panels, its "
          "first major move to protect domestic industries and a blow to "
          "Chinese and South Korean manufacturers.",
          "The safeguard tariffs on washers start at 20 percent for the first "
          "1.2 million units imported in the first year and 50 percent for "
          "units above that threshold, the U.S. Trade Representative's office "
          "said.",
          "Solar cells and modules will face a 30 percent tariff in the first "
          "year, falling to 15 percent by the fourth year. The first 2.5 "
          "gigawatts of imported cells will be exempt.",
          "South Korea's trade ministry said it would file a complaint with "
          "the World Trade Organization, calling Washington's decision to slap "
          "duties on Samsung and LG washers excessive.",
          "The tariffs take effect on Feb. 7."),
    [E("The Trump administration on Monday imposed steep tariffs on imported washing machines and solar panels",
       "impose", "proposed", "US", None, None, None, ["washing machines", "solar panels"],
       note="'imposed' but in force from Feb. 7: proposed; 'a blow to Chinese and South Korean manufacturers' is an effect, not a target (NOTES 20)"),
     E("The safeguard tariffs on washers start at 20 percent for the first 1.2 million units imported in the first year",
       "impose", "proposed", "US", None, V(20), None, ["washers"]),
     E("50 percent for units above that threshold",
       "impose", "proposed", "US", None, V(50), None, ["washers"]),
     E("Solar cells and modules will face a 30 percent tariff in the first year",
       "impose", "proposed", "US", None, V(30), None, ["solar cells", "modules"]),
     E("falling to 15 percent by the fourth year",
       "lower", "proposed", "US", None, V(15), None, ["solar cells", "modules"]),
     E("The first 2.5 gigawatts of imported cells will be exempt",
       "exempt", "proposed", "US", None, None, None, ["cells"]),
     E("Washington's decision to slap duties on Samsung and LG washers",
       "impose", "proposed", "US", "KR", None, None, ["washers"], note="origin from the Korean makers (NOTES 20)"),
     E("The tariffs take effect on Feb. 7",
       "impose", "proposed", "US", None, None, None, []),
     ])

add("p5-18-09", "2018", "2018-06-06", "Mexico hits U.S. pork, apples, bourbon with tariffs",
    paras("MEXICO CITY (AP) \u2014 Mexico slapped tariffs on Tuesday on U.S. "
          "pork, apples, potatoes, bourbon and cheese, among other products, "
          "in response to the Trump administration's steel and aluminum "
          "duties.",
          "The measures, published in the government's official gazette, "
          "include a 20 percent tariff on pork legs and shoulders, a 20 "
          "percent levy on apples and 25 percent duties on a range of U.S. "
          "steel products. They took effect immediately.",
          "Mexico is the top export market for U.S. pork, buying about $1.5 "
          "billion worth last year.",
          "The Economy Ministry said the tariffs would remain in place until "
          "Washington lifts its own duties.",
          "Separately, Mexico's energy regulator approved higher electricity "
          "transmission tariffs for 2018."),
    [E("Mexico slapped tariffs on Tuesday on U.S. pork, apples, potatoes, bourbon and cheese, among other products",
       "impose", "actual", "MX", "US", None, None, ["pork", "apples", "potatoes", "bourbon", "cheese"], ret=True),
     E("the Trump administration's steel and aluminum duties",
       "impose", "actual", "US", "MX", None, None, ["steel", "aluminum"],
       note="target from the sentence's conflict (Mexico answers them)"),
     E("The measures, published in the government's official gazette, include a 20 percent tariff on pork legs and shoulders",
       "impose", "actual", "MX", "US", V(20), None, ["pork legs", "shoulders"]),
     E("a 20 percent levy on apples",
       "impose", "actual", "MX", "US", V(20), None, ["apples"]),
     E("25 percent duties on a range of U.S. steel products",
       "impose", "actual", "MX", "US", V(25), None, ["steel products"]),
     E("Washington lifts its own duties",
       "remove", "demanded", "US", "MX", None, None, [], note="NOTES 2; 'the tariffs would remain in place' is a bare re-mention"),
     # "They took effect immediately": antecedent 'The measures' (NOTES 17); electricity tariffs: not customs
     ])

add("p5-18-10", "2018", "2018-09-18", "Trump hits $200 billion of Chinese goods; Beijing vows response",
    paras("WASHINGTON/BEIJING (Reuters) - President Donald Trump on Monday "
          "ordered tariffs on about $200 billion of Chinese imports, including "
          "internet technology products, handbags and rice, escalating a trade "
          "war between the world's two largest economies.",
          "The duties will start at 10 percent on Sept. 24 and rise to 25 "
          "percent on Jan. 1, the U.S. Trade Representative's office said. "
          "Smart watches, Bluetooth devices, bicycle helmets and baby car "
          "seats were dropped from the final list after objections from U.S. "
          "companies.",
          "Trump warned that if China takes retaliatory action against U.S. "
          "farmers or industries, Washington will \"immediately\" pursue "
          "tariffs on approximately $267 billion of additional imports.",
          "China's Commerce Ministry said on Tuesday it would retaliate with "
          "tariffs on $60 billion of U.S. goods, ranging from 5 percent to 10 "
          "percent, effective Sept. 24.",
          "The new round comes on top of 25 percent tariffs already in place "
          "on $50 billion of each country's goods."),
    [E("President Donald Trump on Monday ordered tariffs on about $200 billion of Chinese imports, including internet technology products, handbags and rice",
       "impose", "proposed", "US", "CN", None, (200000000000, "USD"), ["internet technology products", "handbags", "rice"]),
     E("The duties will start at 10 percent on Sept. 24",
       "impose", "proposed", "US", "CN", V(10), None, []),
     E("rise to 25 percent on Jan. 1",
       "raise", "proposed", "US", "CN", V(25), None, [], note="NOTES 19"),
     E("Smart watches, Bluetooth devices, bicycle helmets and baby car seats were dropped from the final list after objections from U.S. companies",
       "exempt", "proposed", "US", "CN", None, None, ["smart watches", "Bluetooth devices", "bicycle helmets", "baby car seats"],
       note="NOTES 15"),
     E("Trump warned that if China takes retaliatory action against U.S. farmers or industries, Washington will \"immediately\" pursue tariffs on approximately $267 billion of additional imports",
       "impose", "threatened", "US", "CN", None, (267000000000, "USD"), []),
     E("China's Commerce Ministry said on Tuesday it would retaliate with tariffs on $60 billion of U.S. goods, ranging from 5 percent to 10 percent, effective Sept. 24",
       "impose", "proposed", "CN", "US", {"min": 5, "max": 10}, (60000000000, "USD"), [], ret=True),
     E("25 percent tariffs already in place on $50 billion of each country's goods",
       "impose", "actual", "US", "CN", V(25), (50000000000, "USD"), [], note="one event per party"),
     E("25 percent tariffs already in place on $50 billion of each country's goods",
       "impose", "actual", "CN", "US", V(25), (50000000000, "USD"), []),
     # "The new round": bare re-mention
     ])
