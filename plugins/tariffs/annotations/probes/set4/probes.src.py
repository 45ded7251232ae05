# SPDX-License-Identifier: MIT
"""Probe set 4: 45 made-up news openings (15 per style: 1987 newswire, 2016
campaign coverage, 2018 trade-war wire copy of desks other than People's
Daily), annotated blind by helper tarprobe4 on 2026-12-07 by
shared/corpus/TARIFF-GUIDELINES.md and ../../GUIDE.md. The texts are the
writer's own; facts are plausible, not checked, and must not be quoted as
news. build.py resolves each span string to byte offsets (whitespace in a
span matches any run of whitespace, so the 1987 spans cross the wire's line
breaks) and writes probes.gold.jsonl.

NOTES: judgement calls (each also sits as `note` on the event concerned)

 1. Format. 1987 texts are wrapped at 62 columns with four-space paragraph
    indents and a " Reuter" trailer like the dev set; 11 of 15 carry the
    dateline ("OTTAWA, Feb 10 - ") in the text, 4 start without one as the
    dev set does. 2016/2018 texts have a dateline ("DETROIT — "), paragraphs
    separated by blank lines, curly quotes. The headline is the `title`
    field only, never annotated.
 2. A candidate's plan or promise ("he would impose a 45 percent tariff",
    "has promised far broader tariffs", "floated a 45 percent tariff") is
    proposed, actor the country he would govern; with a condition on the
    target ("unless it stopped ...", "if China did not stop ...") it is
    threatened; "would look at / consider" is considered.
 3. Hypothetical restatements of an announced plan or threat ("a 35
    percent tariff on them would require an act of Congress", "if the
    United States imposed duties on Mexican products", "any tariff on
    Mexican exports", "the tax would apply to ...") are proposed, as the
    dev gold codes "if tariffs were imposed on its goods" and "if the
    United States did implement the tariffs, which would be levied on ..."
    (proposed, after "has threatened to impose"). A restatement of a
    measure only under study stays considered ("any new U.S. tariffs"
    after a car-tariff investigation).
 4. A modelled scenario ("modeled a scenario in which Trump imposes a 45
    percent tariff ...") is considered, not proposed.
 5. The level of a duty that is lifted, eliminated or scrapped is not
    coded as its rate ("lifted 100 pct tariffs", "eliminate the five pct
    surcharge", "scrap U.S. tariffs of up to 32 percent": rate null),
    following the convention the probes README records for the train gold.
    A cut that names both levels in the clause keeps from/to ("cut its
    38.5 percent tariff on American beef to 9 percent").
 6. "Would not be imposed if Brazil's Congress passes ..." is a conditional
    offer not to impose: remove/proposed (guidelines §5 "persuading the
    U.S. not to impose" is remove; §6 conditional offers are proposed),
    not a negated clause.
 7. An averted threat mentioned as dropped ("Washington dropped its threat
    of 200 pct tariffs") is impose/threatened, like the guidelines'
    "was poised to impose 200 pct duties until a last-minute deal".
 8. Duty-free entry under a free trade agreement in force ("cars assembled
    in Mexico ... enter the United States duty-free") is remove/actual; an
    agreement that "eliminated tariffs on most American and Korean
    industrial goods" is one event per direction (US->KR, KR->US).
 9. A duty-free quota for some origins while the tariff stays for the rest
    (Mexico's pork quota) is exempt; a tariff-rate quota with an over-quota
    duty (EU steel safeguard) is impose with the over-quota rate; a tariff
    replacing import quotas is impose.
10. In-force duties that "will stay in place" / are kept ("would keep a 35
    percent levy ... in place", "Canada will keep its duties ... in place")
    are impose/actual; a demand to "extend" or "keep" a duty is
    impose/demanded.
11. A report of a demand that was rejected ("rejecting calls from dealers
    to cut it") is still an event (lower/demanded); a complaint about an
    existing tariff ("complained about Korea's remaining tariffs on
    American beef") is that tariff, impose/actual, not a demand.
12. A foreign government's demand for a lower or no tariff on goods it
    exports gives the target ("Washington has demanded that Tokyo abolish
    the beef tariff" -> JP->US), as the guidelines' "Manila's request".
13. "Aimed largely at South Korea's Samsung and LG and at Chinese solar
    makers" / "a move aimed mainly at Japan, Germany, South Korea and
    Mexico" give targets (one event per party), like "against X"; the same
    safeguard's first mention with no origin has target null.
14. "All three countries' bicycles" after the three are named gives three
    events (one per party) though the clause does not name them.
15. Comparisons are not events ("compared with 2.5 percent in the United
    States", "far higher than anything China charges").
16. Exclusions from a tariff not yet in force (USTR removing products from
    the final $200 billion list) are exempt/proposed; exclusions granted
    from tariffs in force are exempt/actual.
17. "Trump's metals tariffs" as the cause of EU/Russian/Indian retaliation
    has the retaliating party as target; "President Donald Trump's tariffs"
    diverting steel from the U.S. market in general has target null.
18. Retaliation: true when the sentence ties the measure to the target's
    measure ("while Washington maintains its 35 pct tariff", "if the tax is
    adopted", "matching ... the U.S. duties", "designed to offset ...
    losses from U.S. tariffs"); false for a later mention of the same
    measure that does not say so.
19. Tranches in one clause share one span (also with gapping: "The tariff
    on chocolate will fall to 20 pct ... and the duty on biscuits to 15
    pct"); measures with their own verbs in one sentence get their own
    spans ("raised import duty ... and imposed a 10 pct duty").
20. Elliptical restatements with a change noun ("the cuts would cost
    Japanese farmers little", "the increases were a response to ...") are
    events, as the dev gold's "It has criticised the cuts"; bare
    re-mentions ("the tariff had cut their shipments", "such a tariff would
    raise prices") are not.
21. Approximate rates take the number ("nearly 60 percent" -> 60, "about 3
    percent" -> 3, "more than 450 percent" -> min 450, "up to" -> max).
"""
import textwrap


def wire87(*paras):
    """Reuters-21578 body layout: 62 columns, four-space paragraph indent."""
    out = []
    for i, p in enumerate(paras):
        out.append(textwrap.fill(p, width=62, initial_indent="" if i == 0 else "    ",
                                 break_on_hyphens=False, break_long_words=False))
    return "\n".join(out) + "\n Reuter\n"


def news(*paras):
    return "\n\n".join(paras) + "\n"


def P(name, code):
    return {"name": name, "code": code}


US = P("United States", "US"); CA = P("Canada", "CA"); JP = P("Japan", "JP")
EC = P("European Community", "EU"); EUN = P("European Union", "EU")
CN = P("China", "CN"); MX = P("Mexico", "MX"); KR = P("South Korea", "KR")
TW = P("Taiwan", "TW"); HK = P("Hong Kong", "HK"); BR = P("Brazil", "BR")
CO = P("Colombia", "CO"); KE = P("Kenya", "KE"); ES = P("Spain", "ES")
AU = P("Australia", "AU"); NZ = P("New Zealand", "NZ"); IN = P("India", "IN")
IT = P("Italy", "IT"); VN = P("Vietnam", "VN"); TR = P("Turkey", "TR")
SE = P("Sweden", "SE"); DE = P("Germany", "DE"); RU = P("Russia", "RU")
NO = P("Norway", "NO"); IS = P("Iceland", "IS"); LI = P("Liechtenstein", "LI")
AR = P("Argentina", "AR"); BD = P("Bangladesh", "BD"); LA = P("Laos", "LA")
LK = P("Sri Lanka", "LK"); NG = P("Nigeria", "NG")
TPP = P("Trans-Pacific Partnership", "XX")
APTA = P("Asia-Pacific Trade Agreement", "XX")


def R(v):
    return {"value": v}


def FT(a, b):
    return {"from": a, "to": b}


def MM(lo=None, hi=None):
    d = {}
    if lo is not None:
        d["min"] = lo
    if hi is not None:
        d["max"] = hi
    return d


def USD(v):
    return {"value": v, "currency": "USD"}


def CAD(v):
    return {"value": v, "currency": "CAD"}


def EUR(v):
    return {"value": v, "currency": "EUR"}


def ev(span, action, modality, actor, target, rate=None, amount=None, goods=(),
       ret=False, nth=None, note=None):
    return {"span": span, "nth": nth, "action": action, "modality": modality,
            "actor": actor, "target": target, "rate": rate, "amount": amount,
            "goods": list(goods), "retaliation": ret, "note": note}


PROBES = []


def probe(pid, style, published, title, text, events):
    PROBES.append({"id": pid, "style": style, "published": published, "title": title,
                   "text": text, "events": events})


# ---------------------------------------------------------------- 1987 newswire

probe("p4-87-01", "1987", "1987-02-10", "CANADA TO KEEP DUTIES ON U.S. BOOKS, COMPUTER PARTS", wire87(
    "OTTAWA, Feb 10 - Canada will keep its duties on U.S. books, periodicals and computer parts in place while Washington maintains its 35 pct tariff on Canadian cedar shakes and shingles, International Trade Minister Pat Carney said.",
    "The Canadian duties, imposed last June in retaliation, range from 10 to 15 pct and cover about 30 mln Canadian dlrs worth of goods a year.",
    "Carney told the Commons trade committee that Ottawa would lift the duties as soon as the shingle dispute was settled.",
    "U.S. shingle producers last week asked the International Trade Commission to extend the 35 pct tariff, due to fall to 20 pct in 1989, for a further three years.",
    "British Columbia producers said the tariff had cut their shipments to the United States by a third since it took effect."), [
    ev("Canada will keep its duties on U.S. books, periodicals and computer parts in place", "impose", "actual", CA, US,
       goods=["books", "periodicals", "computer parts"], ret=True,
       note="kept in force: impose/actual; retaliation from 'while Washington maintains its ... tariff'"),
    ev("Washington maintains its 35 pct tariff on Canadian cedar shakes and shingles", "impose", "actual", US, CA, R(35),
       goods=["cedar shakes and shingles"]),
    ev("The Canadian duties, imposed last June in retaliation, range from 10 to 15 pct and cover about 30 mln Canadian dlrs worth of goods a year",
       "impose", "actual", CA, US, MM(10, 15), CAD(30000000), goods=["books", "periodicals", "computer parts"], ret=True),
    ev("Ottawa would lift the duties as soon as the shingle dispute was settled", "remove", "proposed", CA, US,
       note="conditional offer to remove: proposed"),
    ev("U.S. shingle producers last week asked the International Trade Commission to extend the 35 pct tariff", "impose", "demanded", US, CA, R(35),
       goods=["cedar shakes and shingles"], note="'extend' a duty read as impose; petitioners ask their own government: demanded"),
    ev("due to fall to 20 pct in 1989", "lower", "proposed", US, CA, R(20), goods=["cedar shakes and shingles"],
       note="elliptical; the 35 pct sits in the other event's span, so only the new level"),
])

probe("p4-87-02", "1987", "1987-06-22", "EC EXTENDS DUMPING DUTIES TO JAPANESE-OWNED PLANTS", wire87(
    "BRUSSELS, June 22 - The European Community Commission said it would impose anti-dumping duties on electronic typewriters and weighing scales assembled inside the EC by Japanese-owned plants from imported parts.",
    "The duties, to be levied on the value of the parts, will take effect on July 1, a Commission spokesman said.",
    "The Community already applies duties of 17 to 35 pct to finished typewriters and scales imported from Japan.",
    "Tokyo has asked the Commission to suspend the new duties pending talks, saying they breach GATT.",
    "Officials said the Commission was also studying complaints from European makers of dot matrix printers that could lead to provisional duties on Japanese printers later this year."), [
    ev("The European Community Commission said it would impose anti-dumping duties on electronic typewriters and weighing scales assembled inside the EC by Japanese-owned plants from imported parts",
       "impose", "proposed", EC, JP, goods=["electronic typewriters", "weighing scales"],
       note="target JP from 'Japanese-owned plants' and the imported parts"),
    ev("The duties, to be levied on the value of the parts, will take effect on July 1", "impose", "proposed", EC, JP,
       goods=["electronic typewriters", "weighing scales"]),
    ev("The Community already applies duties of 17 to 35 pct to finished typewriters and scales imported from Japan",
       "impose", "actual", EC, JP, MM(17, 35), goods=["finished typewriters", "scales"]),
    ev("Tokyo has asked the Commission to suspend the new duties pending talks", "remove", "demanded", EC, JP,
       goods=["electronic typewriters", "weighing scales"]),
    ev("could lead to provisional duties on Japanese printers later this year", "impose", "considered", EC, JP,
       goods=["printers"]),
])

probe("p4-87-03", "1987", "1987-03-16", "FAR EAST SHIPPING CONFERENCE TO RAISE FREIGHT RATES", wire87(
    "The Far Eastern Freight Conference said it will raise its freight tariff on cargo from Asia to northern Europe by 7.5 pct from April 1 to offset the weaker dollar.",
    "The conference, which groups about 30 shipping lines, said a currency adjustment surcharge of four pct would also apply to cargo loaded in Japan and Taiwan.",
    "Shippers' councils in Hong Kong and Singapore said the increase came on top of a five pct rise in January and asked the lines to defer it.",
    "Separately, Hong Kong Telephone Co Ltd said it had applied to the government to raise its telephone tariffs by an average of 12 pct from July."), [
    # confuser: freight tariff, freight surcharge and telephone tariffs are not customs duties
])

probe("p4-87-04", "1987", "1987-05-29", "JAPAN TO CUT TARIFFS ON 15 FOOD PRODUCTS", wire87(
    "TOKYO, May 29 - Japan will cut import tariffs on 15 farm and processed food products, including chocolate, biscuits and pet food, from April next year as part of a package to ease trade friction, the Finance Ministry said.",
    "The tariff on chocolate will fall to 20 pct from 31.9 pct and the duty on biscuits to 15 pct from 25 pct, it said.",
    "The ministry said it has no plans to cut the 25 pct tariff on beef.",
    "Washington has demanded that Tokyo abolish the beef tariff by next April and also scrap its import quotas on beef and citrus.",
    "A Farm Ministry official said the cuts would cost Japanese farmers little because imports of the products were small."), [
    ev("Japan will cut import tariffs on 15 farm and processed food products, including chocolate, biscuits and pet food, from April next year as part of a package to ease trade friction",
       "lower", "proposed", JP, None, goods=["chocolate", "biscuits", "pet food"]),
    ev("The tariff on chocolate will fall to 20 pct from 31.9 pct and the duty on biscuits to 15 pct from 25 pct",
       "lower", "proposed", JP, None, FT(31.9, 20), goods=["chocolate"], note="two tranches, one gapped clause, same span"),
    ev("The tariff on chocolate will fall to 20 pct from 31.9 pct and the duty on biscuits to 15 pct from 25 pct",
       "lower", "proposed", JP, None, FT(25, 15), goods=["biscuits"]),
    # "has no plans to cut the 25 pct tariff on beef": negated, no event
    ev("Washington has demanded that Tokyo abolish the beef tariff by next April", "remove", "demanded", JP, US,
       goods=["beef"], note="target from the demanding exporter government (guidelines' 'Manila's request')"),
    ev("the cuts would cost Japanese farmers little", "lower", "proposed", JP, None,
       goods=["chocolate", "biscuits", "pet food"], note="elliptical restatement with a change noun"),
])

probe("p4-87-05", "1987", "1987-08-24", "U.S. SETS PRELIMINARY DUMPING DUTIES ON CANADIAN POTASH", wire87(
    "WASHINGTON, Aug 24 - The Commerce Department said it made a preliminary finding that Canadian potash was sold in the United States at less than fair value and ordered duties ranging from 2.6 pct to 79.4 pct on imports from eight producers.",
    "The duties take effect today in the form of cash deposits or bonds and will stand until a final ruling due in January.",
    "Saskatchewan officials said the province would press Washington to drop the duties before the final ruling.",
    "New Mexico potash producers, who brought the complaint, had sought duties of up to 150 pct.",
    "Canada supplies about 80 pct of the potash used by U.S. farmers, worth about 300 mln dlrs a year."), [
    ev("The Commerce Department said it made a preliminary finding that Canadian potash was sold in the United States at less than fair value and ordered duties ranging from 2.6 pct to 79.4 pct on imports from eight producers",
       "impose", "actual", US, CA, MM(2.6, 79.4), goods=["potash"], note="preliminary duty in force today (next sentence)"),
    ev("The duties take effect today in the form of cash deposits or bonds and will stand until a final ruling due in January",
       "impose", "actual", US, CA, goods=["potash"]),
    ev("the province would press Washington to drop the duties before the final ruling", "remove", "demanded", US, CA,
       goods=["potash"]),
    ev("New Mexico potash producers, who brought the complaint, had sought duties of up to 150 pct", "impose", "demanded", US, CA,
       MM(hi=150), goods=["potash"]),
    # "worth about 300 mln dlrs a year": trade value in another sentence, no event
])

probe("p4-87-06", "1987", "1987-04-28", "SOUTH KOREA TO CUT TARIFFS, REPLACE FARM IMPORT CURBS", wire87(
    "South Korea will cut import tariffs on 160 items, mostly chemicals and machinery, by an average of 8.5 percentage points from July 1, the Finance Ministry said.",
    "It will also lift import restrictions on 30 farm products, including walnuts, raisins and frozen orange juice concentrate, and protect them instead with tariffs of between 20 and 40 pct.",
    "The ministry said the tariff on colour film would be halved to 10 pct, meeting a long-standing U.S. request.",
    "U.S. embassy officials welcomed the moves but said Washington would keep pressing for lower duties on cigarettes, wine and beef.",
    "Korea's average tariff will fall to 18.1 pct from 19.9 pct after the cuts, the ministry said."), [
    ev("South Korea will cut import tariffs on 160 items, mostly chemicals and machinery, by an average of 8.5 percentage points from July 1",
       "lower", "proposed", KR, None, goods=["chemicals", "machinery"], note="size of change: rate null"),
    ev("It will also lift import restrictions on 30 farm products, including walnuts, raisins and frozen orange juice concentrate, and protect them instead with tariffs of between 20 and 40 pct",
       "impose", "proposed", KR, None, MM(20, 40), goods=["walnuts", "raisins", "frozen orange juice concentrate"],
       note="quotas turned into tariffs: impose"),
    ev("the tariff on colour film would be halved to 10 pct", "lower", "proposed", KR, None, R(10), goods=["colour film"],
       note="'meeting a long-standing U.S. request' is a motive, not a target"),
    ev("Washington would keep pressing for lower duties on cigarettes, wine and beef", "lower", "demanded", KR, US,
       goods=["cigarettes", "wine", "beef"]),
    ev("Korea's average tariff will fall to 18.1 pct from 19.9 pct after the cuts", "lower", "proposed", KR, None, FT(19.9, 18.1)),
])

probe("p4-87-07", "1987", "1987-03-31", "U.S. TRIMS DUTY-FREE BENEFITS FOR THREE ASIAN EXPORTERS", wire87(
    "WASHINGTON, March 31 - President Reagan will remove duty-free treatment under the Generalized System of Preferences from some imports from Taiwan, South Korea and Hong Kong on July 1, the U.S. Trade Representative's office said.",
    "The products affected, worth about 1.1 billion dlrs a year, include Taiwanese bicycles, Korean microwave ovens and Hong Kong toys.",
    "Officials said the administration also decided to grant duty-free status from July 1 to 33 products from other developing countries, including cut flowers from Colombia and leather handbags from Mexico.",
    "Taiwan's Board of Foreign Trade said exporters would absorb part of the higher costs."), [
    ev("President Reagan will remove duty-free treatment under the Generalized System of Preferences from some imports from Taiwan, South Korea and Hong Kong on July 1",
       "impose", "proposed", US, TW, note="ending GSP is impose (dev gold); one event per party"),
    ev("President Reagan will remove duty-free treatment under the Generalized System of Preferences from some imports from Taiwan, South Korea and Hong Kong on July 1",
       "impose", "proposed", US, KR),
    ev("President Reagan will remove duty-free treatment under the Generalized System of Preferences from some imports from Taiwan, South Korea and Hong Kong on July 1",
       "impose", "proposed", US, HK),
    # "The products affected ... include Taiwanese bicycles": no tariff word, no event
    ev("the administration also decided to grant duty-free status from July 1 to 33 products from other developing countries, including cut flowers from Colombia and leather handbags from Mexico",
       "remove", "proposed", US, CO, goods=["cut flowers"], note="GSP granted: remove; decided, in force July 1: proposed"),
    ev("the administration also decided to grant duty-free status from July 1 to 33 products from other developing countries, including cut flowers from Colombia and leather handbags from Mexico",
       "remove", "proposed", US, MX, goods=["leather handbags"]),
])

probe("p4-87-08", "1987", "1987-04-06", "U.S. WARNS EC ON PROPOSED OILS AND FATS TAX", wire87(
    "WASHINGTON, April 6 - Agriculture Secretary Richard Lyng warned the European Community that the U.S. would retaliate if it adopts a proposed tax on vegetable and marine oils and fats.",
    "The tax, which would be levied on domestic and imported oils alike, would hit about 2.5 billion dlrs a year of U.S. soybean and soymeal exports, Lyng said.",
    "U.S. officials said Washington could raise duties on EC cheese, wine and olive oil if the tax is adopted.",
    "EC farm ministers are due to discuss the tax, part of the Commission's 1987/88 farm price package, later this month."), [
    # the oils and fats tax is a domestic consumption tax: no event
    ev("Washington could raise duties on EC cheese, wine and olive oil if the tax is adopted", "raise", "threatened", US, EC,
       goods=["cheese", "wine", "olive oil"], ret=True,
       note="condition on the target's conduct: threatened; the condition is the target's measure: retaliation"),
])

probe("p4-87-09", "1987", "1987-11-13", "U.S. PLANS TARIFFS ON BRAZILIAN GOODS IN COMPUTER DISPUTE", wire87(
    "WASHINGTON, Nov 13 - President Reagan said the United States will raise tariffs on up to 105 mln dlrs of Brazilian exports in retaliation for Brazil's restrictions on imports of U.S. computer software and hardware.",
    "The U.S. Trade Representative's office said it would propose duties of up to 100 pct on a list of Brazilian goods, including shoes, orange juice and small aircraft, and hold public hearings in December.",
    "Brazilian officials said Brasilia could respond with duties on U.S. wheat and coal.",
    "A USTR spokesman said the tariffs would not be imposed if Brazil's Congress passes a software law giving U.S. firms copyright protection."), [
    ev("President Reagan said the United States will raise tariffs on up to 105 mln dlrs of Brazilian exports in retaliation for Brazil's restrictions on imports of U.S. computer software and hardware",
       "raise", "proposed", US, BR, amount=USD(105000000), ret=True),
    ev("The U.S. Trade Representative's office said it would propose duties of up to 100 pct on a list of Brazilian goods, including shoes, orange juice and small aircraft",
       "impose", "proposed", US, BR, MM(hi=100), goods=["shoes", "orange juice", "small aircraft"]),
    ev("Brasilia could respond with duties on U.S. wheat and coal", "impose", "considered", BR, US, goods=["wheat", "coal"], ret=True),
    ev("the tariffs would not be imposed if Brazil's Congress passes a software law giving U.S. firms copyright protection",
       "remove", "proposed", US, BR, note="conditional offer not to impose: remove/proposed, not a negated clause"),
])

probe("p4-87-10", "1987", "1987-12-16", "MEXICO CUTS TOP IMPORT TARIFF TO 20 PCT", wire87(
    "MEXICO CITY, Dec 16 - Mexico will cut its maximum import tariff to 20 pct from 40 pct from tomorrow as part of an anti-inflation pact between the government, business and labour, the Commerce Ministry said.",
    "The ministry said it would also eliminate the five pct surcharge on most imports.",
    "Tariffs on about 200 basic foods and industrial inputs will be cut to five pct or less.",
    "U.S. exporters welcomed the move.",
    "Mexico, which joined GATT last year, had already cut its top rate to 40 pct from 100 pct in 1985 and 1986."), [
    ev("Mexico will cut its maximum import tariff to 20 pct from 40 pct from tomorrow as part of an anti-inflation pact between the government, business and labour",
       "lower", "proposed", MX, None, FT(40, 20), note="in force the day after publication: proposed"),
    ev("it would also eliminate the five pct surcharge on most imports", "remove", "proposed", MX, None,
       note="level of the removed surcharge not coded as rate (README convention)"),
    ev("Tariffs on about 200 basic foods and industrial inputs will be cut to five pct or less", "lower", "proposed", MX, None,
       MM(hi=5), goods=["basic foods", "industrial inputs"]),
    ev("Mexico, which joined GATT last year, had already cut its top rate to 40 pct from 100 pct in 1985 and 1986",
       "lower", "actual", MX, None, FT(100, 40), note="'top rate' elliptical for the maximum tariff"),
])

probe("p4-87-11", "1987", "1987-11-03", "U.S. LIFTS MORE CHIP SANCTIONS ON JAPAN", wire87(
    "WASHINGTON, Nov 3 - President Reagan lifted 100 pct tariffs on a further 84 mln dlrs worth of Japanese goods, saying Japan had stopped selling computer chips below cost in third countries.",
    "The move leaves tariffs in place on about 165 mln dlrs of Japanese colour televisions, power tools and laptop computers, the White House said.",
    "The duties were imposed in April because of Japan's failure to honour the 1986 semiconductor pact, and 51 mln dlrs of them were lifted in June.",
    "Japanese officials said they would keep pressing Washington to remove the remaining tariffs, which they said had no basis in GATT.",
    "U.S. chipmakers urged the administration to keep them until Japanese purchases of American chips rise."), [
    ev("President Reagan lifted 100 pct tariffs on a further 84 mln dlrs worth of Japanese goods", "remove", "actual", US, JP,
       amount=USD(84000000), note="level of the lifted duty not coded as rate (README convention)"),
    ev("The move leaves tariffs in place on about 165 mln dlrs of Japanese colour televisions, power tools and laptop computers",
       "impose", "actual", US, JP, amount=USD(165000000), goods=["colour televisions", "power tools", "laptop computers"]),
    ev("The duties were imposed in April because of Japan's failure to honour the 1986 semiconductor pact", "impose", "actual", US, JP, ret=True),
    ev("51 mln dlrs of them were lifted in June", "remove", "actual", US, JP, amount=USD(51000000)),
    ev("Japanese officials said they would keep pressing Washington to remove the remaining tariffs", "remove", "demanded", US, JP),
    ev("U.S. chipmakers urged the administration to keep them until Japanese purchases of American chips rise",
       "impose", "demanded", US, JP, note="'keep them' (the tariffs) asked by the actor's own industry"),
])

probe("p4-87-12", "1987", "1987-06-11", "KENYA RAISES CAR DUTY, POWER TARIFFS IN BUDGET", wire87(
    "Kenya raised import duty on luxury cars to 100 pct from 75 pct and imposed a 10 pct duty on imported newsprint in its 1987/88 budget, Finance Minister George Saitoti told parliament.",
    "He said electricity tariffs would rise by 15 pct from July 1 and excise duty on beer and cigarettes would go up by about 10 pct.",
    "Import duty on agricultural machinery and fertilisers will be abolished to help small farmers, he said.",
    "The Central Bank of Kenya also raised its rediscount tariff for commercial banks to 14.5 pct from 13 pct."), [
    ev("Kenya raised import duty on luxury cars to 100 pct from 75 pct", "raise", "actual", KE, None, FT(75, 100), goods=["luxury cars"]),
    ev("imposed a 10 pct duty on imported newsprint in its 1987/88 budget", "impose", "actual", KE, None, R(10), goods=["newsprint"]),
    # electricity tariffs, excise duty, rediscount tariff: confusers
    ev("Import duty on agricultural machinery and fertilisers will be abolished to help small farmers", "remove", "proposed", KE, None,
       goods=["agricultural machinery", "fertilisers"]),
])

probe("p4-87-13", "1987", "1987-09-18", "CANADA TRIBUNAL BACKS DUMPING DUTIES ON ASIAN BICYCLES", wire87(
    "OTTAWA, Sept 18 - The Canadian Import Tribunal ruled that bicycles from Taiwan and South Korea were dumped in Canada and injured domestic makers, confirming anti-dumping duties of up to 38 pct.",
    "The tribunal found no injury from bicycles made in China and lifted the provisional duties on those imports.",
    "Revenue Canada had imposed provisional duties on all three countries' bicycles in June.",
    "Canadian importers said the duties would raise retail prices by as much as 20 pct."), [
    ev("The Canadian Import Tribunal ruled that bicycles from Taiwan and South Korea were dumped in Canada and injured domestic makers, confirming anti-dumping duties of up to 38 pct",
       "impose", "actual", CA, TW, MM(hi=38), goods=["bicycles"]),
    ev("The Canadian Import Tribunal ruled that bicycles from Taiwan and South Korea were dumped in Canada and injured domestic makers, confirming anti-dumping duties of up to 38 pct",
       "impose", "actual", CA, KR, MM(hi=38), goods=["bicycles"]),
    ev("The tribunal found no injury from bicycles made in China and lifted the provisional duties on those imports",
       "remove", "actual", CA, CN, goods=["bicycles"]),
    ev("Revenue Canada had imposed provisional duties on all three countries' bicycles in June", "impose", "actual", CA, TW,
       goods=["bicycles"], note="'all three countries' resolved to the three named before: one event per party"),
    ev("Revenue Canada had imposed provisional duties on all three countries' bicycles in June", "impose", "actual", CA, KR, goods=["bicycles"]),
    ev("Revenue Canada had imposed provisional duties on all three countries' bicycles in June", "impose", "actual", CA, CN, goods=["bicycles"]),
    # "the duties would raise retail prices by as much as 20 pct": bare mention, effect
])

probe("p4-87-14", "1987", "1987-02-04", "EC TO CUT DUTIES ON U.S. GOODS UNDER ENLARGEMENT ACCORD", wire87(
    "BRUSSELS, Feb 4 - The European Community will cut import duties on about 26 U.S. products, including almonds, whisky and some fish, under last week's accord ending the dispute over Spain's entry into the Community, EC officials said.",
    "The cuts cover U.S. trade worth about 400 mln dlrs a year and are due to take effect by July 1.",
    "In return, Washington dropped its threat of 200 pct tariffs on about 400 mln dlrs of EC goods, including French cheese, gin and brandy.",
    "Spain had to raise its duties on U.S. corn and sorghum sharply after joining the Community last year."), [
    ev("The European Community will cut import duties on about 26 U.S. products, including almonds, whisky and some fish, under last week's accord ending the dispute over Spain's entry into the Community",
       "lower", "proposed", EC, US, goods=["almonds", "whisky", "fish"]),
    ev("The cuts cover U.S. trade worth about 400 mln dlrs a year and are due to take effect by July 1", "lower", "proposed", EC, US,
       amount=USD(400000000)),
    ev("Washington dropped its threat of 200 pct tariffs on about 400 mln dlrs of EC goods, including French cheese, gin and brandy",
       "impose", "threatened", US, EC, R(200), USD(400000000), goods=["cheese", "gin", "brandy"],
       note="averted threat: threatened (guidelines' 'poised to impose ... until a last-minute deal')"),
    ev("Spain had to raise its duties on U.S. corn and sorghum sharply after joining the Community last year", "raise", "actual", ES, US,
       goods=["corn", "sorghum"], note="actor Spain as the text says 'its duties', though the Community sets them"),
])

probe("p4-87-15", "1987", "1987-05-13", "AUSTRALIA TO SWAP TEXTILE QUOTAS FOR TARIFFS", wire87(
    "Australia will replace import quotas on clothing, textiles and footwear with tariffs from March 1989 and cut those tariffs gradually to a maximum of 60 pct by 1996, Industry Minister John Button said.",
    "Tariffs on passenger cars, now 57.5 pct, will fall to 45 pct by 1992 under the plan.",
    "Button also said Australia would bring forward to 1990 the removal of its remaining duties on goods from New Zealand under the Closer Economic Relations agreement.",
    "Manufacturers' groups said the cuts could cost up to 20,000 jobs."), [
    ev("Australia will replace import quotas on clothing, textiles and footwear with tariffs from March 1989", "impose", "proposed", AU, None,
       goods=["clothing", "textiles", "footwear"], note="quotas replaced by tariffs: impose"),
    ev("cut those tariffs gradually to a maximum of 60 pct by 1996", "lower", "proposed", AU, None, MM(hi=60),
       goods=["clothing", "textiles", "footwear"]),
    ev("Tariffs on passenger cars, now 57.5 pct, will fall to 45 pct by 1992 under the plan", "lower", "proposed", AU, None,
       FT(57.5, 45), goods=["passenger cars"]),
    ev("Australia would bring forward to 1990 the removal of its remaining duties on goods from New Zealand under the Closer Economic Relations agreement",
       "remove", "proposed", AU, NZ),
    ev("the cuts could cost up to 20,000 jobs", "lower", "proposed", AU, None, note="elliptical restatement"),
])

# ---------------------------------------------------------------- 2016 campaign coverage

probe("p4-16-01", "2016", "2016-01-08", "Trump calls for 45 percent tariff on Chinese imports", news(
    "NEW YORK — Donald Trump told a newspaper's editorial board on Thursday that he would impose a 45 percent tariff on goods imported from China, escalating his attacks on Beijing's trade and currency policies.",
    "Trump said China would face the tariff unless it stopped holding down the value of its currency and began “playing by the rules.”",
    "His campaign later said the 45 percent figure was meant as a threat to bring Beijing to the negotiating table rather than a fixed policy.",
    "Economists said such a tariff would raise prices for American consumers on everything from sneakers to smartphones and could invite Chinese retaliation against U.S. farm exports.",
    "Trump's rivals were quick to pounce. Ohio Gov. John Kasich called the idea “reckless,” while Sen. Marco Rubio said Trump's tariff on Chinese imports would be paid by American families."), [
    ev("Donald Trump told a newspaper's editorial board on Thursday that he would impose a 45 percent tariff on goods imported from China",
       "impose", "proposed", US, CN, R(45), note="candidate's plan: proposed, actor US"),
    ev("China would face the tariff unless it stopped holding down the value of its currency", "impose", "threatened", US, CN),
    ev("the 45 percent figure was meant as a threat to bring Beijing to the negotiating table", "impose", "threatened", US, CN, R(45),
       note="'the 45 percent figure' elliptical for the tariff"),
    # "such a tariff would raise prices": bare re-mention; "Chinese retaliation": no tariff word
    ev("Trump's tariff on Chinese imports would be paid by American families", "impose", "proposed", US, CN),
])

probe("p4-16-02", "2016", "2016-09-15", "Trump vows 35 percent tax on Ford cars built in Mexico", news(
    "DETROIT — Donald Trump on Thursday renewed his threat to slap a 35 percent tax on cars and parts that Ford Motor Co. ships to the United States from its plants in Mexico.",
    "“If they want to build their cars in Mexico, fine, but they'll pay a 35 percent tax when they come across the border,” Trump told supporters at a rally in suburban Detroit.",
    "Ford said Wednesday it would move all of its small-car production to Mexico over the next two to three years.",
    "Under the North American Free Trade Agreement, cars assembled in Mexico with enough regional content enter the United States duty-free.",
    "Trade lawyers said a president could not impose such a tariff on a NAFTA partner without Congress, and that Mexico could answer with duties on American corn and pork."), [
    ev("Donald Trump on Thursday renewed his threat to slap a 35 percent tax on cars and parts that Ford Motor Co. ships to the United States from its plants in Mexico",
       "impose", "threatened", US, MX, R(35), goods=["cars", "parts"], note="a tax on goods crossing the border is an import duty"),
    ev("If they want to build their cars in Mexico, fine, but they'll pay a 35 percent tax when they come across the border",
       "impose", "threatened", US, MX, R(35), goods=["cars"]),
    ev("cars assembled in Mexico with enough regional content enter the United States duty-free", "remove", "actual", US, MX,
       goods=["cars"], note="FTA duty-free entry in force: remove/actual"),
    # "a president could not impose such a tariff ... without Congress": negated, no event
    ev("Mexico could answer with duties on American corn and pork", "impose", "considered", MX, US, goods=["corn", "pork"], ret=True),
])

probe("p4-16-03", "2016", "2016-09-19", "Study: Trump tariffs could trigger recession, cost 4 million jobs", news(
    "WASHINGTON — A trade war set off by Donald Trump's proposed tariffs on Chinese and Mexican imports could push the U.S. economy into recession and cost more than 4 million private-sector jobs, a Washington think tank said Monday.",
    "The Peterson Institute for International Economics modeled a scenario in which Trump imposes a 45 percent tariff on goods from China and a 35 percent tariff on goods from Mexico, and both countries hit back with equal duties on American products.",
    "Trump's campaign dismissed the study, saying the tariffs were a negotiating tool and that China and Mexico would make concessions long before any duties were collected.",
    "The Clinton campaign said the study showed Trump's plan would be “a disaster for working families.”"), [
    ev("Donald Trump's proposed tariffs on Chinese and Mexican imports", "impose", "proposed", US, CN),
    ev("Donald Trump's proposed tariffs on Chinese and Mexican imports", "impose", "proposed", US, MX),
    ev("Trump imposes a 45 percent tariff on goods from China and a 35 percent tariff on goods from Mexico", "impose", "considered", US, CN, R(45),
       note="a modelled scenario: considered"),
    ev("Trump imposes a 45 percent tariff on goods from China and a 35 percent tariff on goods from Mexico", "impose", "considered", US, MX, R(35)),
    ev("both countries hit back with equal duties on American products", "impose", "considered", CN, US, ret=True,
       note="'equal duties': no rate read from the clause"),
    ev("both countries hit back with equal duties on American products", "impose", "considered", MX, US, ret=True),
    # "the tariffs were a negotiating tool", "any duties were collected": bare re-mentions
])

probe("p4-16-04", "2016", "2016-08-11", "Clinton vows to oppose Pacific trade pact as president", news(
    "WARREN, Mich. — Hillary Clinton said Thursday she would oppose the Trans-Pacific Partnership as president, including after the election, saying the 12-nation pact would cost American manufacturing jobs.",
    "Supporters of the deal note that it would eliminate tariffs on more than 18,000 U.S. products and that Japan would cut its 38.5 percent tariff on American beef to 9 percent over 16 years.",
    "Clinton said she would appoint a chief trade prosecutor, triple the number of trade enforcement officers and use anti-dumping and countervailing duties aggressively against Chinese steel.",
    "Unlike Donald Trump, she has not called for across-the-board tariffs, which her aides say would start a trade war.",
    "Clinton also proposed an “exit tax” on companies that move their headquarters overseas to avoid U.S. taxes."), [
    ev("it would eliminate tariffs on more than 18,000 U.S. products", "remove", "proposed", TPP, US,
       note="levying parties are the other pact members, not named: one party XX"),
    ev("Japan would cut its 38.5 percent tariff on American beef to 9 percent over 16 years", "lower", "proposed", JP, US,
       FT(38.5, 9), goods=["beef"], note="both levels in the clause: from/to"),
    ev("use anti-dumping and countervailing duties aggressively against Chinese steel", "impose", "proposed", US, CN, goods=["steel"]),
    # "has not called for across-the-board tariffs": negated; "exit tax": domestic tax
])

probe("p4-16-05", "2016", "2016-03-11", "Trump defends tariff threat in Miami debate", news(
    "MIAMI — Donald Trump defended his call for steep tariffs on Chinese goods at Thursday's Republican debate, telling his rivals the 45 percent figure was a threat he would carry out only if Beijing refused to change its trade practices.",
    "Sen. Ted Cruz said a 45 percent tariff would amount to a tax on American families, because “it's not China that pays, it's you.”",
    "Trump also said he would “look very seriously” at a tariff on Japanese cars, and he praised the Commerce Department for slapping duties of 266 percent on cold-rolled steel from China earlier this month.",
    "Most trade economists say across-the-board tariffs violate World Trade Organization rules."), [
    ev("Donald Trump defended his call for steep tariffs on Chinese goods", "impose", "proposed", US, CN,
       note="a candidate's 'call for' his own measure: proposed, not demanded"),
    ev("the 45 percent figure was a threat he would carry out only if Beijing refused to change its trade practices",
       "impose", "threatened", US, CN, R(45)),
    ev("a 45 percent tariff would amount to a tax on American families", "impose", "proposed", US, CN, R(45),
       note="restates Trump's plan: target CN, proposed ('would', no condition)"),
    ev("Trump also said he would “look very seriously” at a tariff on Japanese cars", "impose", "considered", US, JP, goods=["cars"]),
    ev("the Commerce Department for slapping duties of 266 percent on cold-rolled steel from China earlier this month",
       "impose", "actual", US, CN, R(266), goods=["cold-rolled steel"]),
    # last sentence: tariffs as a policy tool, no measure
])

probe("p4-16-06", "2016", "2016-06-17", "Clinton backs Philadelphia soda tax; Trump calls it a tax on workers", news(
    "PHILADELPHIA — Hillary Clinton on Thursday backed the city's new 1.5-cent-per-ounce tax on sugary drinks, which the City Council approved this week to pay for pre-kindergarten classes.",
    "Donald Trump's campaign seized on the levy, calling it a regressive tax on working families, and said Trump would cut income taxes for every bracket.",
    "Trump has also promised a “major border tax” on companies that close American factories and move production abroad, though aides have given few details of how it would be collected.",
    "The state's utility commission on Wednesday approved a new tariff for industrial electricity customers that will raise their rates by 7 percent next year, adding to costs at Pennsylvania steel mills."), [
    # soda tax, income taxes, electricity tariff: confusers
    ev("Trump has also promised a “major border tax” on companies that close American factories and move production abroad",
       "impose", "proposed", US, None, note="'border tax' on offshored production read as an import duty; no origin named: target null"),
])

probe("p4-16-07", "2016", "2016-10-23", "Trump's 100-day plan: tariffs on offshoring, China trade cases", news(
    "GETTYSBURG, Pa. — Donald Trump on Saturday laid out a plan for his first 100 days in office that includes legislation to put tariffs on companies that lay off American workers and ship their products back into the United States from factories abroad.",
    "He also promised to use tariffs under Section 201 and Section 301 of U.S. trade law against Chinese trade abuses if China did not stop stealing American technology.",
    "Trump said he would renegotiate the North American Free Trade Agreement or withdraw from it, a step that would allow tariffs on Mexican and Canadian goods to return to pre-1994 levels.",
    "In Mexico City, the foreign minister said Mexico would not pay for a border wall and warned that any tariff on Mexican exports would be met with a response."), [
    ev("Donald Trump on Saturday laid out a plan for his first 100 days in office that includes legislation to put tariffs on companies that lay off American workers and ship their products back into the United States from factories abroad",
       "impose", "proposed", US, None),
    ev("He also promised to use tariffs under Section 201 and Section 301 of U.S. trade law against Chinese trade abuses if China did not stop stealing American technology",
       "impose", "threatened", US, CN, note="promise conditioned on the target's conduct: threatened"),
    ev("a step that would allow tariffs on Mexican and Canadian goods to return to pre-1994 levels", "raise", "considered", US, MX,
       note="return to higher pre-NAFTA levels: raise; 'would allow': considered"),
    ev("a step that would allow tariffs on Mexican and Canadian goods to return to pre-1994 levels", "raise", "considered", US, CA),
    ev("any tariff on Mexican exports", "impose", "proposed", US, MX,
       note="hypothetical restatement of the candidate's plan: proposed (dev 'if tariffs were imposed on its goods')"),
])

probe("p4-16-08", "2016", "2016-12-05", "Trump warns companies of 35 percent tax at the border", news(
    "NEW YORK — President-elect Donald Trump warned on Sunday that any company that moves a factory out of the United States and then tries to sell its products back in the country will face a 35 percent tax at the border.",
    "In a string of Twitter posts, Trump said the tax would apply to “product, cars, A.C. units etc.” and that companies were free to move between states.",
    "It was not clear how such a tax would work. Trade experts said the president can raise tariffs on specific goods under existing law but cannot single out individual companies.",
    "Mexico's economy minister said Mexico would respond if the United States imposed duties on Mexican products.",
    "Trump last week persuaded Carrier to keep about 1,000 jobs in Indiana rather than move them to Mexico."), [
    ev("President-elect Donald Trump warned on Sunday that any company that moves a factory out of the United States and then tries to sell its products back in the country will face a 35 percent tax at the border",
       "impose", "threatened", US, None, R(35)),
    ev("the tax would apply to “product, cars, A.C. units etc.", "impose", "proposed", US, None, goods=["cars", "A.C. units"],
       note="scope of the threatened tax with 'would': proposed, as dev 'which would be levied on consumer electronics products'"),
    # "such a tax would work": bare; "the president can raise tariffs on specific goods": legal power, no measure
    ev("the United States imposed duties on Mexican products", "impose", "proposed", US, MX,
       note="'if X imposes' restating the announced plan: proposed"),
])

probe("p4-16-09", "2016", "2016-11-14", "China warns of retaliation if Trump imposes tariffs", news(
    "BEIJING — Chinese state media warned President-elect Donald Trump on Monday that China would hit back at American soybeans, corn and Boeing jetliners if he followed through on his pledge to impose a 45 percent tariff on Chinese goods.",
    "An editorial in the Global Times said China could place tariffs on U.S. farm goods and switch aircraft orders to Airbus in response to any new duties.",
    "A Commerce Ministry spokesman urged Washington not to impose new tariffs on Chinese goods, saying a trade war would hurt both sides.",
    "Trump's advisers have said the tariff threat is meant to give the United States leverage in negotiations with Beijing."), [
    # "hit back at American soybeans ...": no tariff word
    ev("he followed through on his pledge to impose a 45 percent tariff on Chinese goods", "impose", "proposed", US, CN, R(45)),
    ev("China could place tariffs on U.S. farm goods and switch aircraft orders to Airbus in response to any new duties",
       "impose", "considered", CN, US, goods=["farm goods"], ret=True, note="'any new duties' is bare, inside the span"),
    ev("A Commerce Ministry spokesman urged Washington not to impose new tariffs on Chinese goods", "remove", "demanded", US, CN,
       note="asked not to impose: remove/demanded (guidelines §5)"),
    ev("the tariff threat is meant to give the United States leverage in negotiations with Beijing", "impose", "threatened", US, CN),
])

probe("p4-16-10", "2016", "2016-05-26", "Portman touts new steel duties in tight Ohio Senate race", news(
    "CANTON, Ohio — Sen. Rob Portman on Wednesday hailed the Commerce Department's decision to impose final anti-dumping and countervailing duties on corrosion-resistant steel from China, India, Italy, South Korea and Taiwan, which the International Trade Commission must still approve next month.",
    "The duties range from about 3 percent on some South Korean producers to more than 450 percent on Chinese steelmakers.",
    "Portman's Democratic challenger, former Gov. Ted Strickland, said the duties came too late for thousands of laid-off steelworkers.",
    "Donald Trump, who campaigned in the state in March, has promised far broader tariffs on Chinese imports."), [
    *[ev("the Commerce Department's decision to impose final anti-dumping and countervailing duties on corrosion-resistant steel from China, India, Italy, South Korea and Taiwan, which the International Trade Commission must still approve next month",
         "impose", "proposed", US, t, goods=["corrosion-resistant steel"],
         note="decided, not in force until the ITC votes: proposed" if t is CN else None) for t in (CN, IN, IT, KR, TW)],
    ev("The duties range from about 3 percent on some South Korean producers to more than 450 percent on Chinese steelmakers",
       "impose", "proposed", US, KR, R(3), goods=["corrosion-resistant steel"], note="a range over parties: one rate per party"),
    ev("The duties range from about 3 percent on some South Korean producers to more than 450 percent on Chinese steelmakers",
       "impose", "proposed", US, CN, MM(lo=450), goods=["corrosion-resistant steel"]),
    # "the duties came too late": bare
    ev("Donald Trump, who campaigned in the state in March, has promised far broader tariffs on Chinese imports", "impose", "proposed", US, CN),
])

probe("p4-16-11", "2016", "2016-06-29", "Trump's trade vow revives memories of Bush steel tariffs", news(
    "MONESSEN, Pa. — Donald Trump's vow to impose tariffs on countries that “cheat” on trade drew cheers at a metals plant here Tuesday, but economists warned that the policy could backfire.",
    "In 2002, President George W. Bush imposed tariffs of up to 30 percent on imported steel, then lifted them 21 months later after the World Trade Organization ruled against them and the European Union threatened retaliatory duties on Florida oranges and Harley-Davidson motorcycles.",
    "Studies later found the steel tariffs cost more American jobs in steel-using industries than they saved.",
    "Trump did not mention a specific rate Tuesday, though he has previously floated a 45 percent tariff on Chinese goods."), [
    ev("Donald Trump's vow to impose tariffs on countries that “cheat” on trade", "impose", "proposed", US, None),
    ev("President George W. Bush imposed tariffs of up to 30 percent on imported steel", "impose", "actual", US, None, MM(hi=30), goods=["steel"]),
    ev("then lifted them 21 months later after the World Trade Organization ruled against them", "remove", "actual", US, None, goods=["steel"]),
    ev("the European Union threatened retaliatory duties on Florida oranges and Harley-Davidson motorcycles", "impose", "threatened", EUN, US,
       goods=["oranges", "Harley-Davidson motorcycles"], ret=True),
    ev("the steel tariffs cost more American jobs in steel-using industries than they saved", "impose", "actual", US, None, goods=["steel"],
       note="'steel tariffs' has goods: not a bare re-mention"),
    ev("he has previously floated a 45 percent tariff on Chinese goods", "impose", "proposed", US, CN, R(45),
       note="'floated' by the actor: proposed"),
])

probe("p4-16-12", "2016", "2016-11-16", "Vietnam's garment makers see Pacific pact gains slip away", news(
    "HO CHI MINH CITY, Vietnam — Vietnamese garment makers had counted on the Trans-Pacific Partnership to scrap U.S. tariffs of up to 32 percent on their shirts, trousers and jackets.",
    "With President-elect Donald Trump vowing to pull out of the pact on his first day in office, those duties will stay in place, and some exporters fear Trump could also put new tariffs on goods from Vietnam, which ran a $30 billion trade surplus with the United States last year.",
    "Vietnam already faces U.S. anti-dumping duties on its catfish fillets and frozen shrimp.",
    "Vietnam has cut its own tariffs on many South Korean and Japanese goods under free trade agreements with those countries."), [
    ev("Vietnamese garment makers had counted on the Trans-Pacific Partnership to scrap U.S. tariffs of up to 32 percent on their shirts, trousers and jackets",
       "remove", "considered", US, VN, goods=["shirts", "trousers", "jackets"],
       note="an expectation (now dashed): considered; level of the removed duty not coded"),
    ev("those duties will stay in place", "impose", "actual", US, VN, goods=["shirts", "trousers", "jackets"],
       note="in force and continuing: actual"),
    ev("some exporters fear Trump could also put new tariffs on goods from Vietnam", "impose", "considered", US, VN),
    ev("Vietnam already faces U.S. anti-dumping duties on its catfish fillets and frozen shrimp", "impose", "actual", US, VN,
       goods=["catfish fillets", "frozen shrimp"]),
    ev("Vietnam has cut its own tariffs on many South Korean and Japanese goods under free trade agreements with those countries",
       "lower", "actual", VN, KR),
    ev("Vietnam has cut its own tariffs on many South Korean and Japanese goods under free trade agreements with those countries",
       "lower", "actual", VN, JP),
])

probe("p4-16-13", "2016", "2016-10-10", "Fact check: Trump's claims on China and tariffs", news(
    "WASHINGTON — Donald Trump said during Sunday's debate that China charges “massive” tariffs on American goods while the United States lets Chinese products in almost free. That's partly true.",
    "China's tariff on imported passenger cars is 25 percent, compared with 2.5 percent in the United States, and its average tariff is about 10 percent, roughly three times the U.S. average.",
    "But most Chinese goods face U.S. tariffs of a few percent at most, and some, like Chinese tires and steel pipe, carry anti-dumping duties far higher than anything China charges.",
    "Trump also accused Clinton of wanting a “tariff” on coal country, apparently a reference to her support for pricing carbon emissions."), [
    ev("China charges “massive” tariffs on American goods", "impose", "actual", CN, US),
    # "lets Chinese products in almost free": no tariff word
    ev("China's tariff on imported passenger cars is 25 percent", "impose", "actual", CN, None, R(25), goods=["passenger cars"]),
    # "compared with 2.5 percent in the United States": comparison
    ev("its average tariff is about 10 percent", "impose", "actual", CN, None, R(10)),
    ev("most Chinese goods face U.S. tariffs of a few percent at most", "impose", "actual", US, CN, note="'a few percent': no number, rate null"),
    ev("some, like Chinese tires and steel pipe, carry anti-dumping duties far higher than anything China charges", "impose", "actual", US, CN,
       goods=["tires", "steel pipe"], note="the comparison 'than anything China charges' is no event"),
    # "a “tariff” on coal country": figurative, carbon pricing
])

probe("p4-16-14", "2016", "2016-04-28", "Trump tells Indiana crowd Carrier will pay for Mexican move", news(
    "INDIANAPOLIS — Donald Trump told thousands of supporters here Wednesday that as president he would make Carrier pay a 35 percent tax on every air conditioner it ships back from a new plant in Monterrey, Mexico.",
    "“They're going to call me and say, ‘Mr. President, we've decided to stay,’” Trump said, predicting the company would drop its plan rather than pay.",
    "Carrier, a unit of United Technologies Corp., announced in February that it would move 1,400 jobs from Indianapolis to Mexico.",
    "Trade analysts noted that under NAFTA air conditioners from Mexico currently enter the United States duty-free, and that a 35 percent tariff on them would require an act of Congress or a U.S. exit from the agreement."), [
    ev("he would make Carrier pay a 35 percent tax on every air conditioner it ships back from a new plant in Monterrey, Mexico",
       "impose", "proposed", US, MX, R(35), goods=["air conditioner"]),
    ev("under NAFTA air conditioners from Mexico currently enter the United States duty-free", "remove", "actual", US, MX, goods=["air conditioners"]),
    ev("a 35 percent tariff on them would require an act of Congress or a U.S. exit from the agreement", "impose", "proposed", US, MX, R(35),
       goods=["air conditioners"], note="hypothetical restatement of the plan: proposed"),
])

probe("p4-16-15", "2016", "2016-11-10", "South Korea's steelmakers, already hit by U.S. duties, brace for Trump", news(
    "SEOUL — South Korean steelmakers, already paying U.S. countervailing duties of nearly 60 percent on hot-rolled steel, said Thursday they expected tougher trade action from a Trump administration.",
    "The Commerce Department set the duties in August after finding that POSCO benefited from cheap electricity and loans from the Korean government.",
    "Trump has said he would renegotiate the 2012 free trade agreement with South Korea, which eliminated tariffs on most American and Korean industrial goods, and has complained about Korea's remaining tariffs on American beef.",
    "A Korean trade ministry official said Seoul would consider cutting the beef tariffs faster if Washington asked."), [
    ev("South Korean steelmakers, already paying U.S. countervailing duties of nearly 60 percent on hot-rolled steel", "impose", "actual", US, KR,
       R(60), goods=["hot-rolled steel"]),
    ev("The Commerce Department set the duties in August after finding that POSCO benefited from cheap electricity and loans from the Korean government",
       "impose", "actual", US, KR, goods=["hot-rolled steel"]),
    ev("eliminated tariffs on most American and Korean industrial goods", "remove", "actual", US, KR, goods=["industrial goods"],
       note="FTA eliminations both ways: one event per direction"),
    ev("eliminated tariffs on most American and Korean industrial goods", "remove", "actual", KR, US, goods=["industrial goods"]),
    ev("Korea's remaining tariffs on American beef", "impose", "actual", KR, US, goods=["beef"],
       note="complaint about an existing tariff: the tariff itself, impose/actual"),
    ev("Seoul would consider cutting the beef tariffs faster if Washington asked", "lower", "considered", KR, US, goods=["beef"]),
])

# ---------------------------------------------------------------- 2018 trade-war wire copy

probe("p4-18-01", "2018", "2018-06-21", "Commerce grants first exclusions from steel tariffs", news(
    "WASHINGTON — The Commerce Department on Wednesday granted the first exclusions from President Donald Trump's 25 percent steel tariffs, allowing a few dozen companies to import specialty steel products from Sweden, Japan and Germany without paying the duty for one year.",
    "The department denied 42 other requests and said it was still reviewing more than 20,000 requests for relief from the steel and aluminum tariffs.",
    "Companies have complained that the exclusion process is slow and opaque, while U.S. steelmakers have objected to nearly every request.",
    "The steel tariffs took effect on March 23, along with a 10 percent duty on aluminum imports."), [
    *[ev("The Commerce Department on Wednesday granted the first exclusions from President Donald Trump's 25 percent steel tariffs, allowing a few dozen companies to import specialty steel products from Sweden, Japan and Germany without paying the duty for one year",
         "exempt", "actual", US, t, goods=["specialty steel products"],
         note="the tariff excluded from is part of the exempt event; its rate is not the event's" if t is SE else None) for t in (SE, JP, DE)],
    # "denied 42 other requests": no tariff word, refused
    ev("it was still reviewing more than 20,000 requests for relief from the steel and aluminum tariffs", "exempt", "demanded", US, None,
       goods=["steel", "aluminum"], note="companies' requests: demanded; no origin: target null"),
    ev("The steel tariffs took effect on March 23, along with a 10 percent duty on aluminum imports", "impose", "actual", US, None,
       goods=["steel"], note="two tranches in one clause share the span"),
    ev("The steel tariffs took effect on March 23, along with a 10 percent duty on aluminum imports", "impose", "actual", US, None,
       R(10), goods=["aluminum"]),
])

probe("p4-18-02", "2018", "2018-08-15", "Turkey doubles tariffs on U.S. cars, alcohol and tobacco", news(
    "ANKARA, Turkey — Turkey on Wednesday doubled tariffs on some U.S. imports, including passenger cars, alcoholic drinks and leaf tobacco, in retaliation for the Trump administration's decision to double duties on Turkish steel and aluminum.",
    "The duty on American passenger cars rose to 120 percent and on alcoholic beverages to 140 percent, according to a decree published in the Official Gazette.",
    "Tariffs on cosmetics, rice and coal were also raised. The higher U.S. duties on Turkish metals, which took effect on Monday, set steel at 50 percent and aluminum at 20 percent.",
    "Turkish Vice President Fuat Oktay said the increases were a response to “deliberate attacks” on Turkey's economy."), [
    ev("Turkey on Wednesday doubled tariffs on some U.S. imports, including passenger cars, alcoholic drinks and leaf tobacco", "raise", "actual", TR, US,
       goods=["passenger cars", "alcoholic drinks", "leaf tobacco"], ret=True, note="span stops before the retaliation phrase, which holds another event"),
    ev("the Trump administration's decision to double duties on Turkish steel and aluminum", "raise", "actual", US, TR,
       goods=["steel", "aluminum"], note="decision already in force (took effect Monday): actual"),
    ev("The duty on American passenger cars rose to 120 percent and on alcoholic beverages to 140 percent", "raise", "actual", TR, US,
       R(120), goods=["passenger cars"]),
    ev("The duty on American passenger cars rose to 120 percent and on alcoholic beverages to 140 percent", "raise", "actual", TR, US,
       R(140), goods=["alcoholic beverages"]),
    ev("Tariffs on cosmetics, rice and coal were also raised", "raise", "actual", TR, US, goods=["cosmetics", "rice", "coal"]),
    ev("The higher U.S. duties on Turkish metals, which took effect on Monday, set steel at 50 percent and aluminum at 20 percent",
       "raise", "actual", US, TR, R(50), goods=["steel"]),
    ev("The higher U.S. duties on Turkish metals, which took effect on Monday, set steel at 50 percent and aluminum at 20 percent",
       "raise", "actual", US, TR, R(20), goods=["aluminum"]),
    ev("the increases were a response to “deliberate attacks” on Turkey's economy", "raise", "actual", TR, US, ret=True,
       note="elliptical restatement with a change noun"),
])

probe("p4-18-03", "2018", "2018-08-03", "India again delays retaliatory tariffs on U.S. almonds, apples", news(
    "NEW DELHI — India has again postponed retaliatory tariffs on 29 U.S. products, including almonds, apples and walnuts, pushing their start to Sept. 18 as the two countries continue trade talks, according to a government notification.",
    "The duties, worth about $240 million a year, were first announced in June and had been due to take effect on Saturday. India says they answer U.S. tariffs on Indian steel and aluminum that took effect in March.",
    "Under the notification, the duty on chickpeas and lentils would rise to 70 percent and the duty on almonds in shell to 120 rupees a kilogram.",
    "Indian officials have said they would scrap the retaliatory duties if a deal is reached. New Delhi has asked Washington to exempt India from the metals tariffs, as it did for Australia and Argentina."), [
    ev("India has again postponed retaliatory tariffs on 29 U.S. products, including almonds, apples and walnuts, pushing their start to Sept. 18",
       "impose", "proposed", IN, US, goods=["almonds", "apples", "walnuts"], ret=True, note="postponed, still scheduled: proposed"),
    ev("The duties, worth about $240 million a year, were first announced in June and had been due to take effect on Saturday",
       "impose", "proposed", IN, US, amount=USD(240000000), note="'duties worth' read as amount, like 'as much as 300 mln dlrs in tariffs'"),
    ev("U.S. tariffs on Indian steel and aluminum that took effect in March", "impose", "actual", US, IN, goods=["steel", "aluminum"]),
    ev("the duty on chickpeas and lentils would rise to 70 percent and the duty on almonds in shell to 120 rupees a kilogram",
       "raise", "proposed", IN, US, R(70), goods=["chickpeas", "lentils"]),
    ev("the duty on chickpeas and lentils would rise to 70 percent and the duty on almonds in shell to 120 rupees a kilogram",
       "raise", "proposed", IN, US, goods=["almonds in shell"], note="specific duty: rate null"),
    ev("Indian officials have said they would scrap the retaliatory duties if a deal is reached", "remove", "proposed", IN, US, ret=True),
    ev("New Delhi has asked Washington to exempt India from the metals tariffs", "exempt", "demanded", US, IN, goods=["metals"]),
    ev("as it did for Australia and Argentina", "exempt", "actual", US, AU, goods=["metals"], note="ellipsis for the exemption"),
    ev("as it did for Australia and Argentina", "exempt", "actual", US, AR, goods=["metals"]),
])

probe("p4-18-04", "2018", "2018-07-18", "EU imposes provisional safeguard duties on steel imports", news(
    "BRUSSELS — The European Union will impose provisional safeguard measures on imports of 23 steel products from Thursday, setting quotas above which a 25 percent tariff will apply, the European Commission said on Wednesday.",
    "The move aims to stop steel diverted from the U.S. market by President Donald Trump's tariffs from flooding Europe.",
    "Norway, Iceland and Liechtenstein, which are part of the European Economic Area, will be exempt from the tariff, as will developing countries that ship only small volumes.",
    "The EU has already imposed duties on 2.8 billion euros of U.S. goods, including bourbon, jeans and motorcycles, in response to Trump's metals tariffs."), [
    ev("The European Union will impose provisional safeguard measures on imports of 23 steel products from Thursday, setting quotas above which a 25 percent tariff will apply",
       "impose", "proposed", EUN, None, R(25), goods=["steel products"], note="tariff-rate quota: impose with the over-quota rate; starts tomorrow"),
    ev("President Donald Trump's tariffs", "impose", "actual", US, None, note="tariffs in general diverting steel: target null"),
    *[ev("Norway, Iceland and Liechtenstein, which are part of the European Economic Area, will be exempt from the tariff",
         "exempt", "proposed", EUN, t, goods=["steel products"]) for t in (NO, IS, LI)],
    ev("as will developing countries that ship only small volumes", "exempt", "proposed", EUN, None, goods=["steel products"],
       note="an unnamed group: one event, target null"),
    ev("The EU has already imposed duties on 2.8 billion euros of U.S. goods, including bourbon, jeans and motorcycles", "impose", "actual", EUN, US,
       amount=EUR(2800000000), goods=["bourbon", "jeans", "motorcycles"], ret=True),
    ev("Trump's metals tariffs", "impose", "actual", US, EUN, goods=["metals"], note="as the cause of the EU's response: target EU"),
])

probe("p4-18-05", "2018", "2018-06-29", "Canada to hit U.S. goods with C$16.6 billion in tariffs on Sunday", news(
    "OTTAWA — Canada will impose tariffs on C$16.6 billion ($12.6 billion) of U.S. goods on Sunday, matching dollar-for-dollar the U.S. duties on Canadian steel and aluminum, Foreign Minister Chrystia Freeland said on Friday.",
    "A 25 percent surtax will apply to U.S. steel products and a 10 percent surtax to aluminum, whiskey, ketchup, orange juice and other consumer goods.",
    "Ottawa said Canadian manufacturers that rely on American steel could apply for a refund of the surtax if they cannot find supplies at home.",
    "Freeland said Canada would remove its tariffs once the U.S. measures are withdrawn.",
    "Mexico imposed its own retaliatory duties on U.S. pork, cheese and bourbon earlier this month."), [
    ev("Canada will impose tariffs on C$16.6 billion ($12.6 billion) of U.S. goods on Sunday", "impose", "proposed", CA, US,
       amount=CAD(16600000000), ret=True, note="amount as first written (CAD); 'matching ... the U.S. duties': retaliation"),
    ev("the U.S. duties on Canadian steel and aluminum", "impose", "actual", US, CA, goods=["steel", "aluminum"]),
    ev("A 25 percent surtax will apply to U.S. steel products and a 10 percent surtax to aluminum, whiskey, ketchup, orange juice and other consumer goods",
       "impose", "proposed", CA, US, R(25), goods=["steel products"]),
    ev("A 25 percent surtax will apply to U.S. steel products and a 10 percent surtax to aluminum, whiskey, ketchup, orange juice and other consumer goods",
       "impose", "proposed", CA, US, R(10), goods=["aluminum", "whiskey", "ketchup", "orange juice"]),
    ev("Canadian manufacturers that rely on American steel could apply for a refund of the surtax if they cannot find supplies at home",
       "exempt", "proposed", CA, US, goods=["steel"], note="duty remission scheme announced with the surtax: exempt/proposed"),
    ev("Canada would remove its tariffs once the U.S. measures are withdrawn", "remove", "proposed", CA, US,
       note="conditional offer; 'the U.S. measures' is a generic measure word"),
    ev("Mexico imposed its own retaliatory duties on U.S. pork, cheese and bourbon earlier this month", "impose", "actual", MX, US,
       goods=["pork", "cheese", "bourbon"], ret=True),
])

probe("p4-18-06", "2018", "2018-01-23", "Trump slaps tariffs on imported washing machines, solar panels", news(
    "WASHINGTON — President Donald Trump on Monday approved tariffs on imported washing machines and solar panels, the first of several trade actions his administration has promised this year.",
    "Washers will face a 20 percent tariff on the first 1.2 million units imported in the first year and a 50 percent tariff on shipments above that level, while solar cells and modules will be hit with a 30 percent duty.",
    "The solar duty will fall to 15 percent by the fourth year. The tariffs, which take effect on Feb. 7, are aimed largely at South Korea's Samsung and LG and at Chinese solar makers.",
    "South Korea's trade ministry said it would file a complaint with the World Trade Organization and could seek compensation, including duties on U.S. goods.",
    "Whirlpool, which brought the case, had asked for a 50 percent tariff on all imported washers."), [
    ev("President Donald Trump on Monday approved tariffs on imported washing machines and solar panels", "impose", "proposed", US, None,
       goods=["washing machines", "solar panels"], note="approved, in force Feb. 7: proposed"),
    ev("Washers will face a 20 percent tariff on the first 1.2 million units imported in the first year and a 50 percent tariff on shipments above that level",
       "impose", "proposed", US, None, R(20), goods=["washers"], note="tariff-rate quota: two tranches, one span"),
    ev("Washers will face a 20 percent tariff on the first 1.2 million units imported in the first year and a 50 percent tariff on shipments above that level",
       "impose", "proposed", US, None, R(50), goods=["washers"]),
    ev("solar cells and modules will be hit with a 30 percent duty", "impose", "proposed", US, None, R(30), goods=["solar cells", "modules"]),
    ev("The solar duty will fall to 15 percent by the fourth year", "lower", "proposed", US, None, R(15), goods=["solar cells", "modules"]),
    ev("The tariffs, which take effect on Feb. 7, are aimed largely at South Korea's Samsung and LG and at Chinese solar makers",
       "impose", "proposed", US, KR, goods=["washing machines"], note="'aimed at' gives the targets, one event per party"),
    ev("The tariffs, which take effect on Feb. 7, are aimed largely at South Korea's Samsung and LG and at Chinese solar makers",
       "impose", "proposed", US, CN, goods=["solar panels"]),
    ev("could seek compensation, including duties on U.S. goods", "impose", "considered", KR, US, ret=True),
    ev("Whirlpool, which brought the case, had asked for a 50 percent tariff on all imported washers", "impose", "demanded", US, None,
       R(50), goods=["washers"]),
])

probe("p4-18-07", "2018", "2018-07-01", "China cuts import tariffs on cars, consumer goods, but not for U.S. vehicles", news(
    "BEIJING — China on Sunday cut import tariffs on passenger cars to 15 percent from 25 percent and on auto parts to 6 percent, but American-made vehicles will not benefit once Beijing's retaliatory tariffs take effect on Friday.",
    "Tariffs on 1,449 consumer goods, including cosmetics, clothing, kitchen appliances and fitness equipment, also fell on Sunday, to an average of 6.9 percent from 15.7 percent.",
    "China plans a 25 percent levy on $34 billion of American goods from Friday, matching Washington's planned duties on Chinese products. Once the retaliatory levy takes effect, U.S.-made cars will face a total tariff of 40 percent."), [
    ev("China on Sunday cut import tariffs on passenger cars to 15 percent from 25 percent and on auto parts to 6 percent", "lower", "actual", CN, None,
       FT(25, 15), goods=["passenger cars"], note="in force on the day of the article: actual"),
    ev("China on Sunday cut import tariffs on passenger cars to 15 percent from 25 percent and on auto parts to 6 percent", "lower", "actual", CN, None,
       R(6), goods=["auto parts"]),
    # "American-made vehicles will not benefit": negated cut, no event
    ev("Beijing's retaliatory tariffs take effect on Friday", "impose", "proposed", CN, US, ret=True, note="target from 'American-made vehicles'"),
    ev("Tariffs on 1,449 consumer goods, including cosmetics, clothing, kitchen appliances and fitness equipment, also fell on Sunday, to an average of 6.9 percent from 15.7 percent",
       "lower", "actual", CN, None, FT(15.7, 6.9), goods=["cosmetics", "clothing", "kitchen appliances", "fitness equipment"]),
    ev("China plans a 25 percent levy on $34 billion of American goods from Friday", "impose", "proposed", CN, US, R(25), USD(34000000000), ret=True),
    ev("Washington's planned duties on Chinese products", "impose", "proposed", US, CN),
    ev("Once the retaliatory levy takes effect, U.S.-made cars will face a total tariff of 40 percent", "impose", "proposed", CN, US,
       R(40), goods=["cars"], ret=True, note="wording 'will face a total tariff': impose, not raise"),
])

probe("p4-18-08", "2018", "2018-07-09", "Mexico opens duty-free pork quota to offset tariffs on U.S. meat", news(
    "MEXICO CITY — Mexico will allow 350,000 tonnes of pork from countries other than the United States to enter duty-free this year, the Economy Ministry said on Monday, as importers scramble to replace American meat now facing a 20 percent tariff.",
    "Mexico imposed the duties on June 5 on a list of U.S. goods including pork legs and shoulders, apples, potatoes, bourbon and some cheeses, in response to U.S. tariffs on Mexican steel and aluminum.",
    "The pork tariff was initially set at 10 percent and doubled to 20 percent on July 5.",
    "Chile, Canada and the European Union are expected to be the main beneficiaries of the quota."), [
    ev("Mexico will allow 350,000 tonnes of pork from countries other than the United States to enter duty-free this year", "exempt", "proposed", MX, None,
       goods=["pork"], note="duty-free quota while the tariff stays for the rest: exempt; origins 'other than the U.S.': target null"),
    ev("American meat now facing a 20 percent tariff", "impose", "actual", MX, US, R(20), goods=["meat"]),
    ev("Mexico imposed the duties on June 5 on a list of U.S. goods including pork legs and shoulders, apples, potatoes, bourbon and some cheeses",
       "impose", "actual", MX, US, goods=["pork legs and shoulders", "apples", "potatoes", "bourbon", "cheeses"], ret=True),
    ev("U.S. tariffs on Mexican steel and aluminum", "impose", "actual", US, MX, goods=["steel", "aluminum"]),
    ev("The pork tariff was initially set at 10 percent", "impose", "actual", MX, US, R(10), goods=["pork"]),
    ev("doubled to 20 percent on July 5", "raise", "actual", MX, US, R(20), goods=["pork"], note="new level only; 10 pct is in the other clause"),
    # "beneficiaries of the quota": no tariff word
])

probe("p4-18-09", "2018", "2018-09-18", "Trump orders tariffs on $200 billion of Chinese goods, spares smartwatches", news(
    "WASHINGTON — President Donald Trump on Monday ordered 10 percent tariffs on about $200 billion of Chinese imports starting Sept. 24, with the rate rising to 25 percent on Jan. 1 unless Beijing agrees to changes in its trade practices.",
    "The U.S. Trade Representative's office removed about 300 products from the final tariff list, including smartwatches, Bluetooth devices, bicycle helmets and high chairs for children.",
    "China has said it will retaliate with tariffs of 5 to 10 percent on $60 billion of U.S. goods, including liquefied natural gas and some aircraft.",
    "The new duties come on top of 25 percent tariffs on $50 billion of Chinese goods, most of which took effect in July and August.",
    "Retailers including Walmart had asked USTR to drop consumer goods such as furniture and bicycles from the tariff list; most of them stayed on it."), [
    ev("President Donald Trump on Monday ordered 10 percent tariffs on about $200 billion of Chinese imports starting Sept. 24", "impose", "proposed", US, CN,
       R(10), USD(200000000000), note="ordered, in force Sept. 24: proposed"),
    ev("with the rate rising to 25 percent on Jan. 1 unless Beijing agrees to changes in its trade practices", "raise", "threatened", US, CN, R(25)),
    ev("The U.S. Trade Representative's office removed about 300 products from the final tariff list, including smartwatches, Bluetooth devices, bicycle helmets and high chairs for children",
       "exempt", "proposed", US, CN, goods=["smartwatches", "Bluetooth devices", "bicycle helmets", "high chairs"],
       note="exclusion from a tariff not yet in force: proposed"),
    ev("China has said it will retaliate with tariffs of 5 to 10 percent on $60 billion of U.S. goods, including liquefied natural gas and some aircraft",
       "impose", "proposed", CN, US, MM(5, 10), USD(60000000000), goods=["liquefied natural gas", "aircraft"], ret=True),
    # "The new duties come on top of": bare
    ev("25 percent tariffs on $50 billion of Chinese goods, most of which took effect in July and August", "impose", "actual", US, CN,
       R(25), USD(50000000000)),
    ev("Retailers including Walmart had asked USTR to drop consumer goods such as furniture and bicycles from the tariff list", "exempt", "demanded", US, CN,
       goods=["furniture", "bicycles"]),
])

probe("p4-18-10", "2018", "2018-07-06", "Russia slaps extra duties on U.S. road-building equipment", news(
    "MOSCOW — Russia will impose additional import duties of 25 to 40 percent on some U.S. goods, including road-construction machinery, oil and gas drilling equipment and metal-working tools, Economy Minister Maxim Oreshkin said on Friday.",
    "The duties take effect in 30 days and are designed to offset about $87.6 million in losses from U.S. tariffs on Russian steel and aluminum.",
    "Oreshkin said Moscow reserved the right to take further steps and could raise the duties if Washington extends its measures.",
    "Russia has also filed a WTO complaint over the U.S. metals duties, joining China, India, the European Union, Canada, Mexico, Norway and Turkey."), [
    ev("Russia will impose additional import duties of 25 to 40 percent on some U.S. goods, including road-construction machinery, oil and gas drilling equipment and metal-working tools",
       "impose", "proposed", RU, US, MM(25, 40),
       goods=["road-construction machinery", "oil and gas drilling equipment", "metal-working tools"]),
    ev("The duties take effect in 30 days", "impose", "proposed", RU, US, ret=True,
       note="'$87.6 million in losses' is an effect, not an amount; the offset phrase holds another event"),
    ev("U.S. tariffs on Russian steel and aluminum", "impose", "actual", US, RU, goods=["steel", "aluminum"]),
    ev("Moscow reserved the right to take further steps and could raise the duties if Washington extends its measures", "raise", "threatened", RU, US,
       ret=True),
    ev("the U.S. metals duties", "impose", "actual", US, RU, goods=["metals"],
       note="restatement in Russia's complaint: target RU only; the other complainants are not targets of this clause"),
])

probe("p4-18-11", "2018", "2018-05-24", "Trump orders probe that could lead to tariffs on imported cars", news(
    "WASHINGTON — The Trump administration on Wednesday opened a national security investigation into imported cars, trucks and auto parts that could lead to tariffs of up to 25 percent, a move aimed mainly at Japan, Germany, South Korea and Mexico.",
    "The United States currently charges a 2.5 percent tariff on imported passenger cars and 25 percent on light trucks.",
    "The European Union, which levies a 10 percent duty on American cars, said it would respond “firmly” to any new U.S. tariffs.",
    "Separately, the administration said it was weighing a request from uranium miners for import quotas."), [
    *[ev("The Trump administration on Wednesday opened a national security investigation into imported cars, trucks and auto parts that could lead to tariffs of up to 25 percent, a move aimed mainly at Japan, Germany, South Korea and Mexico",
         "impose", "considered", US, t, MM(hi=25), goods=["cars", "trucks", "auto parts"],
         note="investigation that could lead to tariffs: considered; 'aimed mainly at' gives targets" if t is JP else None)
      for t in (JP, DE, KR, MX)],
    ev("The United States currently charges a 2.5 percent tariff on imported passenger cars and 25 percent on light trucks", "impose", "actual", US, None,
       R(2.5), goods=["passenger cars"]),
    ev("The United States currently charges a 2.5 percent tariff on imported passenger cars and 25 percent on light trucks", "impose", "actual", US, None,
       R(25), goods=["light trucks"]),
    ev("The European Union, which levies a 10 percent duty on American cars", "impose", "actual", EUN, US, R(10), goods=["cars"]),
    ev("any new U.S. tariffs", "impose", "considered", US, EUN, note="hypothetical restatement of a measure under study: considered"),
    # import quotas: not tariffs
])

probe("p4-18-12", "2018", "2018-06-26", "China cuts soybean tariffs for India, other Asian nations", news(
    "BEIJING — China will cut import tariffs on soybeans from India, South Korea, Bangladesh, Laos and Sri Lanka to zero from 3 percent starting July 1, the Finance Ministry said on Tuesday, days before a planned 25 percent duty on U.S. soybeans is due to take effect.",
    "The cuts are part of a wider tariff reduction for members of the Asia-Pacific Trade Agreement covering 8,549 products, including chemicals, medical supplies, clothing and steel.",
    "China is the world's biggest soybean buyer, and the United States shipped it about $12 billion of the oilseed last year.",
    "Indian exporters said the change would do little in the short term because India sells mostly soymeal, not whole beans."), [
    *[ev("China will cut import tariffs on soybeans from India, South Korea, Bangladesh, Laos and Sri Lanka to zero from 3 percent starting July 1",
         "lower", "proposed", CN, t, FT(3, 0), goods=["soybeans"]) for t in (IN, KR, BD, LA, LK)],
    ev("a planned 25 percent duty on U.S. soybeans is due to take effect", "impose", "proposed", CN, US, R(25), goods=["soybeans"]),
    ev("The cuts are part of a wider tariff reduction for members of the Asia-Pacific Trade Agreement covering 8,549 products, including chemicals, medical supplies, clothing and steel",
       "lower", "proposed", CN, APTA, goods=["chemicals", "medical supplies", "clothing", "steel"],
       note="one event for the wider reduction, target the bloc (XX), not five restatements"),
])

probe("p4-18-13", "2018", "2018-04-04", "Nigeria raises power tariffs, keeps levy on imported cars", news(
    "LAGOS — Nigeria's electricity regulator on Tuesday approved new tariffs that will raise power bills for most households by about 15 percent from May, despite protests from labor unions.",
    "The Nigerian Ports Authority also said it would raise its tariff on vessel dues and cargo handling at Lagos ports by 10 percent.",
    "Separately, the finance ministry said it would keep a 35 percent levy on imported cars in place, rejecting calls from dealers to cut it to encourage sales.",
    "Nigeria also charges value-added tax of 5 percent on most goods, whether made locally or imported."), [
    # electricity tariffs, port tariff, VAT: confusers
    ev("the finance ministry said it would keep a 35 percent levy on imported cars in place", "impose", "actual", NG, None, R(35), goods=["cars"],
       note="in force and kept: actual, not proposed"),
    ev("calls from dealers to cut it to encourage sales", "lower", "demanded", NG, None, goods=["cars"],
       note="a rejected demand is still reported as a demand"),
])

probe("p4-18-14", "2018", "2018-07-25", "U.S. trade panel upholds duties on Spanish ripe olives", news(
    "WASHINGTON — The U.S. International Trade Commission on Tuesday voted to uphold anti-dumping and countervailing duties totaling about 35 percent on ripe olives from Spain, siding with California growers who say subsidized Spanish olives are flooding the market.",
    "The European Commission said it would challenge the duties at the World Trade Organization, arguing that they target the EU's common farm subsidies.",
    "Spanish producers had asked Washington to exclude black olives sold to pizza chains, but the request was rejected.",
    "Spain exported about $70 million of ripe olives to the United States last year, before the duties were imposed provisionally in January."), [
    ev("The U.S. International Trade Commission on Tuesday voted to uphold anti-dumping and countervailing duties totaling about 35 percent on ripe olives from Spain",
       "impose", "actual", US, ES, R(35), goods=["ripe olives"], note="target the named member state, not the EU"),
    # "challenge the duties": no direction
    ev("Spanish producers had asked Washington to exclude black olives sold to pizza chains", "exempt", "demanded", US, ES, goods=["black olives"]),
    ev("the duties were imposed provisionally in January", "impose", "actual", US, ES, goods=["ripe olives"],
       note="'$70 million' is last year's trade in another clause, not the event's amount"),
])

probe("p4-18-15", "2018", "2018-05-01", "Trump extends tariff reprieve for EU, Canada and Mexico by a month", news(
    "WASHINGTON — President Donald Trump on Monday extended exemptions from his steel and aluminum tariffs for the European Union, Canada and Mexico until June 1, giving the allies another month to negotiate permanent relief.",
    "The White House said it had reached agreements in principle with Argentina, Australia and Brazil that would exempt them permanently, with details to be finalized within 30 days.",
    "South Korea, which was exempted last month, agreed to limit its steel shipments to 70 percent of their recent average in exchange.",
    "European officials said the EU would not negotiate under threat and would retaliate with duties on U.S. goods if the exemption lapses.",
    "The tariffs of 25 percent on steel and 10 percent on aluminum took effect on March 23."), [
    *[ev("President Donald Trump on Monday extended exemptions from his steel and aluminum tariffs for the European Union, Canada and Mexico until June 1",
         "exempt", "actual", US, t, goods=["steel", "aluminum"]) for t in (EUN, CA, MX)],
    *[ev("The White House said it had reached agreements in principle with Argentina, Australia and Brazil that would exempt them permanently, with details to be finalized within 30 days",
         "exempt", "proposed", US, t, goods=["steel", "aluminum"]) for t in (AR, AU, BR)],
    ev("South Korea, which was exempted last month", "exempt", "actual", US, KR, goods=["steel"]),
    ev("the EU would not negotiate under threat and would retaliate with duties on U.S. goods if the exemption lapses", "impose", "threatened", EUN, US,
       ret=True),
    ev("The tariffs of 25 percent on steel and 10 percent on aluminum took effect on March 23", "impose", "actual", US, None, R(25), goods=["steel"]),
    ev("The tariffs of 25 percent on steel and 10 percent on aluminum took effect on March 23", "impose", "actual", US, None, R(10), goods=["aluminum"]),
])
