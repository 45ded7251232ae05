# SPDX-License-Identifier: MIT
# tarprobe2 -- blind probe set for sift's tariff plugin (issue 9).
# Written and annotated by hand from TARIFF-GUIDELINES.md, before anything ran
# on it. build.py turns this into probes.gold.jsonl (byte offsets).
#
# E(span, action, modality, actor, target, rate, amount, goods, ret, nth)
#   span   exact substring of the text (nth = which occurrence, 1-based)
#   actor/target: ISO code, "EC" (1987 wording) / "EU", or ("Name", "XX")
#   rate:  V(x) | FT(from, to) | MM(min, max) | MAX(x) | FROM(x) | None
#   amount: USD(v) | AMT(v, "CAD") | None

NAMES = {
    "US": "United States", "JP": "Japan", "CA": "Canada", "EC": "European Community",
    "EU": "European Union", "TW": "Taiwan", "KR": "South Korea", "DE": "West Germany",
    "IN": "India", "MX": "Mexico", "BR": "Brazil", "CL": "Chile", "TH": "Thailand",
    "PH": "Philippines", "AU": "Australia", "CN": "China", "FR": "France", "ES": "Spain",
    "CO": "Colombia", "PA": "Panama", "AR": "Argentina", "TR": "Turkey", "GB": "United Kingdom",
}


def party(p):
    if p is None:
        return None
    if isinstance(p, tuple):
        return {"name": p[0], "code": p[1]}
    if p == "EC":
        return {"name": NAMES["EC"], "code": "EU"}
    return {"name": NAMES[p], "code": p}


def V(x): return {"value": x}
def FT(a, b): return {"from": a, "to": b}
def MM(a, b): return {"min": a, "max": b}
def MAX(b): return {"max": b}
def FROM(a): return {"from": a}
def USD(v): return {"value": v, "currency": "USD"}
def AMT(v, cur): return {"value": v, "currency": cur}


def E(span, action, modality, actor, target, rate=None, amount=None, goods=(),
      ret=False, nth=None, note=None):
    ev = {"span": span, "nth": nth, "action": action, "modality": modality,
          "actor": party(actor), "target": party(target), "rate": rate,
          "amount": amount, "goods": list(goods), "retaliation": ret}
    if note:
        ev["note"] = note
    return ev


def EACH(span, action, modality, actors, targets, *a, **k):
    """one event per party (guidelines §3): actors or targets may be lists"""
    actors = actors if isinstance(actors, list) else [actors]
    targets = targets if isinstance(targets, list) else [targets]
    return [E(span, action, modality, x, y, *a, **k) for x in actors for y in targets]


def P(id, title, published, text, events):
    return {"id": id, "title": title, "published": published, "text": text,
            "events": events}


ASEAN = ("Association of South East Asian Nations", "XX")
TPP11 = ("other TPP member countries", "XX")

PROBES = []

# ---------------------------------------------------------------- 1987 wire
PROBES += [
P("p2-87-01", "U.S. TO GO AHEAD WITH JAPAN TARIFFS ON APRIL 17", "1987-04-02",
"U.S. TO GO AHEAD WITH JAPAN TARIFFS ON APRIL 17\n"
"WASHINGTON, April 2 - The Reagan administration said it would go ahead with 100 pct tariffs on 300 mln dlrs worth of Japanese electronic goods on April 17 as planned. "
"Officials said the tariffs could be lifted later if Tokyo shows it is honoring its 1986 semiconductor pact. "
"Japanese trade minister Hajime Tamura said Tokyo would ask Washington to drop the tariffs when officials meet next week. "
"MITI officials said Japan might consider raising its own duties on some U.S. goods, but stressed no decision had been taken. "
"Several U.S. computer makers have asked that Japanese-made parts they use be exempted from the tariffs.",
[
 E("U.S. TO GO AHEAD WITH JAPAN TARIFFS ON APRIL 17", "impose", "proposed", "US", "JP",
   note="headline: party attached, scheduled for after publication"),
 E("The Reagan administration said it would go ahead with 100 pct tariffs on 300 mln dlrs worth of Japanese electronic goods on April 17 as planned",
   "impose", "proposed", "US", "JP", V(100), USD(300e6), ["electronic goods"], ret=False),
 E("the tariffs could be lifted later if Tokyo shows it is honoring its 1986 semiconductor pact",
   "remove", "proposed", "US", "JP", note="conditional offer to remove = proposed (§6)"),
 E("Tokyo would ask Washington to drop the tariffs when officials meet next week",
   "remove", "demanded", "US", "JP"),
 E("Japan might consider raising its own duties on some U.S. goods",
   "raise", "considered", "JP", "US"),
 E("Several U.S. computer makers have asked that Japanese-made parts they use be exempted from the tariffs",
   "exempt", "demanded", "US", "JP", goods=["parts"]),
]),

P("p2-87-02", "CANADIAN TRIBUNAL UPHOLDS DUTY ON U.S. CORN", "1987-03-06",
"CANADIAN TRIBUNAL UPHOLDS DUTY ON U.S. CORN\n"
"OTTAWA, March 6 - The Canadian Import Tribunal ruled that imports of U.S. corn have injured Canadian growers, upholding a countervailing duty of 1.10 Canadian dlrs a bushel imposed provisionally by Revenue Canada last November. "
"U.S. Trade Representative Clayton Yeutter said Washington would ask the GATT to review the duty, which he called unjustified. "
"Ontario corn producers, who brought the complaint, had asked that the duty be raised to reflect the full U.S. subsidy. "
"The United States shipped about 40 mln dlrs worth of corn to Canada last year.",
[
 E("CANADIAN TRIBUNAL UPHOLDS DUTY ON U.S. CORN", "impose", "actual", "CA", "US", goods=["corn"],
   note="headline"),
 E("The Canadian Import Tribunal ruled that imports of U.S. corn have injured Canadian growers, upholding a countervailing duty of 1.10 Canadian dlrs a bushel imposed provisionally by Revenue Canada last November",
   "impose", "actual", "CA", "US", None, None, ["corn"],
   note="specific duty -> rate null; 40 mln dlrs is in another sentence and is trade, not amount"),
 E("Ontario corn producers, who brought the complaint, had asked that the duty be raised to reflect the full U.S. subsidy",
   "raise", "demanded", "CA", "US", goods=["corn"]),
]),

P("p2-87-03", "U.S., EC AVERT TRADE WAR OVER SPANISH GRAIN", "1987-01-30",
"U.S., EC AVERT TRADE WAR OVER SPANISH GRAIN\n"
"GENEVA, Jan 30 - The United States and the European Community reached a last-minute accord on compensation for U.S. grain sales lost when Spain joined the EC, averting a trade war. "
"Washington had been poised to impose 200 pct duties on about 400 mln dlrs worth of EC goods, including gin, brandy, white wine and cheese, starting today. "
"Under the deal, the EC will guarantee U.S. access for two mln tonnes of maize a year to Spain, and it will cut its import levies on sorghum and some other feed grains. "
"EC farm commissioner Frans Andriessen said the Community had been ready to respond with duties of its own on U.S. corn gluten feed and rice.",
[
 E("Washington had been poised to impose 200 pct duties on about 400 mln dlrs worth of EC goods, including gin, brandy, white wine and cheese, starting today",
   "impose", "threatened", "US", "EC", V(200), USD(400e6), ["gin", "brandy", "white wine", "cheese"],
   note="averted threat (§6 'was poised to impose ... until a last-minute deal')"),
 E("it will cut its import levies on sorghum and some other feed grains",
   "lower", "proposed", "EC", None, goods=["sorghum", "feed grains"],
   note="target null: the levy cut is erga omnes; the U.S. benefit is a motive"),
 E("the Community had been ready to respond with duties of its own on U.S. corn gluten feed and rice",
   "impose", "threatened", "EC", "US", goods=["corn gluten feed", "rice"], ret=True),
]),

P("p2-87-04", "BRITISH TELECOM TO RAISE CALL CHARGES 3.7 PCT", "1987-05-14",
"BRITISH TELECOM TO RAISE CALL CHARGES 3.7 PCT\n"
"LONDON, May 14 - British Telecommunications Plc said it would raise its telephone tariffs by an average 3.7 pct from July 1, the first increase in two years. "
"The regulator Oftel said the new tariffs were within the price formula set when the company was privatised in 1984. "
"Rival Mercury Communications Ltd said it would keep its own business tariffs unchanged for the rest of the year. "
"The increase comes on top of value added tax of 15 pct on telephone bills, which consumer groups have asked the government to remove.",
[]),

P("p2-87-05", "TAIWAN TO CUT TARIFFS ON 862 IMPORTED ITEMS", "1987-07-20",
"TAIWAN TO CUT TARIFFS ON 862 IMPORTED ITEMS\n"
"TAIPEI, July 20 - Taiwan will cut import tariffs on 862 foreign products by an average of 50 pct from August 1 in a bid to reduce its trade surplus with the United States, a Finance Ministry official said. "
"The cuts cover fruit, cosmetics, cigarettes, wine and home appliances, he said. "
"Duties on cars will fall to 42.5 pct from 60 pct under the plan, while tariffs on U.S. turkey and apples will be eliminated. "
"Washington has asked Taipei to bring its average tariff down to about the level of Japan's.",
[
 E("TAIWAN TO CUT TARIFFS ON 862 IMPORTED ITEMS", "lower", "proposed", "TW", None),
 E("Taiwan will cut import tariffs on 862 foreign products by an average of 50 pct from August 1 in a bid to reduce its trade surplus with the United States",
   "lower", "proposed", "TW", None, note="50 pct = size of cut -> rate null; surplus with US = motive"),
 E("The cuts cover fruit, cosmetics, cigarettes, wine and home appliances",
   "lower", "proposed", "TW", None, goods=["fruit", "cosmetics", "cigarettes", "wine", "home appliances"],
   note="ellipsis: 'The cuts' stands for the tariff cuts"),
 E("Duties on cars will fall to 42.5 pct from 60 pct under the plan",
   "lower", "proposed", "TW", None, FT(60, 42.5), goods=["cars"]),
 E("tariffs on U.S. turkey and apples will be eliminated",
   "remove", "proposed", "TW", "US", goods=["turkey", "apples"]),
 E("Washington has asked Taipei to bring its average tariff down to about the level of Japan's",
   "lower", "demanded", "TW", None),
]),

P("p2-87-06", "REAGAN LIFTS PART OF JAPAN SANCTIONS", "1987-06-08",
"REAGAN LIFTS PART OF JAPAN SANCTIONS\n"
"WASHINGTON, June 8 - President Reagan lifted 100 pct tariffs on 51 mln dlrs worth of Japanese goods, effective today, citing improved Japanese compliance with the semiconductor pact. "
"The tariffs, imposed on April 17, remain on 249 mln dlrs of Japanese personal computers, color television sets and power tools. "
"White House spokesman Marlin Fitzwater said the remaining sanctions would be lifted only when Japan stops selling chips below cost in third countries. "
"Japan's Foreign Ministry said it still regarded the tariffs as a violation of the General Agreement on Tariffs and Trade.",
[
 E("President Reagan lifted 100 pct tariffs on 51 mln dlrs worth of Japanese goods, effective today, citing improved Japanese compliance with the semiconductor pact",
   "remove", "actual", "US", "JP", V(100), USD(51e6)),
 E("The tariffs, imposed on April 17, remain on 249 mln dlrs of Japanese personal computers, color television sets and power tools",
   "impose", "actual", "US", "JP", None, USD(249e6), ["personal computers", "color television sets", "power tools"]),
]),

P("p2-87-07", "EC SETS PROVISIONAL DUMPING DUTIES ON JAPANESE PRINTERS", "1987-05-26",
"EC SETS PROVISIONAL DUMPING DUTIES ON JAPANESE PRINTERS\n"
"BRUSSELS, May 26 - The European Community Commission imposed provisional anti-dumping duties ranging from 4.8 to 47.8 pct on Japanese dot-matrix printers, effective tomorrow, after finding they were sold in the Community below cost. "
"The duties will apply for four months while the Commission completes its inquiry, officials said. "
"Japanese makers including Seiko Epson, Brother and NEC said they would contest the findings. "
"The Community's normal customs duty on printers is 14 pct.",
[
 E("EC SETS PROVISIONAL DUMPING DUTIES ON JAPANESE PRINTERS", "impose", "proposed", "EC", "JP", goods=["printers"]),
 E("The European Community Commission imposed provisional anti-dumping duties ranging from 4.8 to 47.8 pct on Japanese dot-matrix printers, effective tomorrow, after finding they were sold in the Community below cost",
   "impose", "proposed", "EC", "JP", MM(4.8, 47.8), None, ["dot-matrix printers"],
   note="'imposed' but effective after publication -> proposed (§6)"),
 E("The duties will apply for four months while the Commission completes its inquiry",
   "impose", "proposed", "EC", "JP"),
 E("The Community's normal customs duty on printers is 14 pct", "impose", "actual", "EC", None, V(14), goods=["printers"]),
]),

P("p2-87-08", "CANADA, U.S. REACH FREE TRADE AGREEMENT", "1987-10-05",
"CANADA, U.S. REACH FREE TRADE AGREEMENT\n"
"WASHINGTON, Oct 5 - Canada and the United States agreed on a sweeping free trade pact that would eliminate all tariffs between the two countries over 10 years starting January 1, 1989, negotiators said. "
"Some tariffs, including those on computers, whisky and furs, would be removed immediately when the pact takes effect, while others would be phased out in five or 10 annual steps. "
"Canadian tariffs on U.S. goods now average about 9.9 pct, while U.S. duties on Canadian goods average about 3.3 pct, according to Ottawa. "
"The agreement still needs approval by Congress and the Canadian Parliament.",
[
 E("Canada and the United States agreed on a sweeping free trade pact that would eliminate all tariffs between the two countries over 10 years starting January 1, 1989",
   "remove", "proposed", "CA", "US"),
 E("Canada and the United States agreed on a sweeping free trade pact that would eliminate all tariffs between the two countries over 10 years starting January 1, 1989",
   "remove", "proposed", "US", "CA"),
 E("Some tariffs, including those on computers, whisky and furs, would be removed immediately when the pact takes effect",
   "remove", "proposed", "CA", "US", goods=["computers", "whisky", "furs"]),
 E("Some tariffs, including those on computers, whisky and furs, would be removed immediately when the pact takes effect",
   "remove", "proposed", "US", "CA", goods=["computers", "whisky", "furs"]),
 E("others would be phased out in five or 10 annual steps", "remove", "proposed", "CA", "US",
   note="ellipsis: 'others' = other tariffs"),
 E("others would be phased out in five or 10 annual steps", "remove", "proposed", "US", "CA"),
 E("Canadian tariffs on U.S. goods now average about 9.9 pct", "impose", "actual", "CA", "US", V(9.9)),
 E("U.S. duties on Canadian goods average about 3.3 pct", "impose", "actual", "US", "CA", V(3.3)),
]),

P("p2-87-09", "CANADA STARTS COLLECTING LUMBER EXPORT TAX", "1987-01-08",
"CANADA STARTS COLLECTING LUMBER EXPORT TAX\n"
"OTTAWA, Jan 8 - Canada began collecting a 15 pct export tax on softwood lumber shipped to the United States today, under an agreement that led Washington to drop its preliminary countervailing duty on the wood. "
"The U.S. Commerce Department had imposed the 15 pct duty in October after finding that Canadian provinces subsidized lumber through low stumpage fees. "
"British Columbia's forest industry has asked Ottawa to replace the tax with higher stumpage fees. "
"Canadian lumber exports to the U.S. are worth about four billion Canadian dlrs a year.",
[
 E("Washington to drop its preliminary countervailing duty on the wood", "remove", "actual", "US", "CA",
   goods=["wood"], note="the export tax itself is out of scope (§1)"),
 E("The U.S. Commerce Department had imposed the 15 pct duty in October", "impose", "actual", "US", "CA",
   V(15), goods=["lumber"]),
]),

P("p2-87-10", "HOUSE APPROVES GEPHARDT TRADE AMENDMENT", "1987-04-30",
"HOUSE APPROVES GEPHARDT TRADE AMENDMENT\n"
"WASHINGTON, April 30 - The House of Representatives narrowly approved an amendment by Missouri Democrat Richard Gephardt that would force the president to impose tariffs or quotas on countries such as Japan, West Germany, Taiwan and South Korea unless they cut their trade surpluses with the United States by 10 pct a year. "
"The administration opposes the measure and Reagan has said he would veto any bill containing it. "
"Japanese officials called the amendment protectionist. "
"The full bill also tightens rules for anti-dumping investigations.",
[
 *EACH("The House of Representatives narrowly approved an amendment by Missouri Democrat Richard Gephardt that would force the president to impose tariffs or quotas on countries such as Japan, West Germany, Taiwan and South Korea unless they cut their trade surpluses with the United States by 10 pct a year",
   "impose", "threatened", "US", ["JP", "DE", "TW", "KR"],
   note="legislated condition on the targets ('unless they cut') -> threatened; 10 pct is a surplus cut, not a rate"),
]),
]

PROBES += [
P("p2-87-11", "INDIA CUTS DUTY ON COMPUTER COMPONENTS", "1987-03-02",
"INDIA CUTS DUTY ON COMPUTER COMPONENTS\n"
"NEW DELHI, March 2 - India cut import duties on computer components to 60 pct from 100 pct in its budget for 1987/88, which took effect on Sunday, as Prime Minister Rajiv Gandhi seeks to build a domestic electronics industry. "
"The budget also raised customs duties on luxury goods including cosmetics and video recorders by 10 percentage points. "
"Gandhi, who holds the finance portfolio, increased the excise duty on cigarettes and introduced a new tax on air travel. "
"Industry groups have urged the government to lower tariffs on capital goods for export industries.",
[
 E("INDIA CUTS DUTY ON COMPUTER COMPONENTS", "lower", "actual", "IN", None, goods=["computer components"]),
 E("India cut import duties on computer components to 60 pct from 100 pct in its budget for 1987/88, which took effect on Sunday",
   "lower", "actual", "IN", None, FT(100, 60), goods=["computer components"]),
 E("The budget also raised customs duties on luxury goods including cosmetics and video recorders by 10 percentage points",
   "raise", "actual", "IN", None, goods=["luxury goods", "cosmetics", "video recorders"],
   note="size of change -> rate null"),
 E("Industry groups have urged the government to lower tariffs on capital goods for export industries",
   "lower", "demanded", "IN", None, goods=["capital goods"]),
]),

P("p2-87-12", "FAR EAST FREIGHT CONFERENCE TO RAISE RATES", "1987-02-17",
"FAR EAST FREIGHT CONFERENCE TO RAISE RATES\n"
"TOKYO, Feb 17 - The Far Eastern Freight Conference said it would raise its freight tariffs on Europe-bound cargo by 10 pct from April 1 to offset the yen's rise against the dollar. "
"Shippers' councils in Japan and South Korea said they would ask the conference to delay the increase. "
"The conference's tariff for a 20-foot container of electronic goods will rise to about 1,650 dlrs, a spokesman said. "
"Non-conference lines such as Taiwan's Evergreen Marine Corp have so far kept their rates unchanged.",
[]),

P("p2-87-13", "SOUTH KOREA TO LOWER TARIFFS ON 50 ITEMS", "1987-09-01",
"SOUTH KOREA TO LOWER TARIFFS ON 50 ITEMS\n"
"SEOUL, Sept 1 - South Korea will lower import tariffs on 50 items, including cigarettes, cosmetics and fruit juice, from January 1 to ease trade friction with Washington, the Finance Ministry said. "
"The average tariff on the items will fall to 15 pct from 25 pct. "
"The ministry said it was also studying cuts in duties on beef and oranges, but had no plans to drop the 25 pct tariff on imported cars. "
"The United States has threatened to limit imports of Korean textiles if Seoul does not open its markets further.",
[
 E("SOUTH KOREA TO LOWER TARIFFS ON 50 ITEMS", "lower", "proposed", "KR", None),
 E("South Korea will lower import tariffs on 50 items, including cigarettes, cosmetics and fruit juice, from January 1 to ease trade friction with Washington",
   "lower", "proposed", "KR", None, goods=["cigarettes", "cosmetics", "fruit juice"],
   note="friction with Washington is a motive, target null"),
 E("The average tariff on the items will fall to 15 pct from 25 pct", "lower", "proposed", "KR", None, FT(25, 15)),
 E("it was also studying cuts in duties on beef and oranges", "lower", "considered", "KR", None, goods=["beef", "oranges"],
   note="'no plans to drop the 25 pct tariff on imported cars' negated in its own clause -> no event"),
]),

P("p2-87-14", "GATT PANEL FAULTS JAPAN LIQUOR TAX", "1987-08-12",
"GATT PANEL FAULTS JAPAN LIQUOR TAX\n"
"GENEVA, Aug 12 - A GATT panel has ruled that Japan's liquor tax discriminates against imported wines and spirits, upholding a complaint by the European Community. "
"The EC says the tax system, which levies far higher rates on whisky than on the local spirit shochu, costs European distillers about 200 mln dlrs a year in lost sales. "
"Japan, which cut its import tariff on bottled whisky to 3.9 pct last April, said it would study the ruling. "
"EC officials said they would also press Tokyo to eliminate its duties on European wine and chocolate.",
[
 E("Japan, which cut its import tariff on bottled whisky to 3.9 pct last April", "lower", "actual", "JP", None,
   V(3.9), goods=["bottled whisky"]),
 E("EC officials said they would also press Tokyo to eliminate its duties on European wine and chocolate",
   "remove", "demanded", "JP", "EC", goods=["wine", "chocolate"]),
]),

P("p2-87-15", "MEXICO CUTS TOP IMPORT TARIFF TO 20 PCT", "1987-12-16",
"MEXICO CUTS TOP IMPORT TARIFF TO 20 PCT\n"
"MEXICO CITY, Dec 16 - Mexico will cut its maximum import tariff to 20 pct from 40 pct and scrap a five pct import surcharge, effective tomorrow, as part of an anti-inflation pact between government, business and labor, the Commerce Ministry said. "
"The pact also raises electricity tariffs and gasoline prices by 85 pct. "
"Mexico joined the GATT in August 1986 and had pledged to lower its ceiling tariff to 50 pct.",
[
 E("MEXICO CUTS TOP IMPORT TARIFF TO 20 PCT", "lower", "proposed", "MX", None, V(20),
   note="headline; effective the day after publication"),
 E("Mexico will cut its maximum import tariff to 20 pct from 40 pct", "lower", "proposed", "MX", None, FT(40, 20)),
 E("scrap a five pct import surcharge, effective tomorrow, as part of an anti-inflation pact between government, business and labor",
   "remove", "proposed", "MX", None, V(5)),
 E("had pledged to lower its ceiling tariff to 50 pct", "lower", "proposed", "MX", None, V(50),
   note="'pledged' = statement of intent; could be argued actual (done since)"),
]),

P("p2-87-16", "ITC RULES BRAZILIAN ORANGE JUICE HURTS FLORIDA GROWERS", "1987-05-05",
"ITC RULES BRAZILIAN ORANGE JUICE HURTS FLORIDA GROWERS\n"
"WASHINGTON, May 5 - The U.S. International Trade Commission voted 5-0 that imports of frozen concentrated orange juice from Brazil injure Florida citrus growers. "
"The Commerce Department imposed preliminary anti-dumping duties of 2.3 pct on juice from Sucocitrico Cutrale and 1.6 pct on juice from other Brazilian exporters in December. "
"A Commerce official said the final duties would be collected from next week. "
"Brazil, which supplies more than 60 pct of U.S. orange juice imports, said it might ask the GATT to examine the case.",
[
 E("The Commerce Department imposed preliminary anti-dumping duties of 2.3 pct on juice from Sucocitrico Cutrale and 1.6 pct on juice from other Brazilian exporters in December",
   "impose", "actual", "US", "BR", V(2.3), goods=["juice"]),
 E("The Commerce Department imposed preliminary anti-dumping duties of 2.3 pct on juice from Sucocitrico Cutrale and 1.6 pct on juice from other Brazilian exporters in December",
   "impose", "actual", "US", "BR", V(1.6), goods=["juice"]),
 E("the final duties would be collected from next week", "impose", "proposed", "US", "BR"),
]),

P("p2-87-17", "REAGAN SUSPENDS CHILE'S DUTY-FREE TRADE BENEFITS", "1987-12-31",
"REAGAN SUSPENDS CHILE'S DUTY-FREE TRADE BENEFITS\n"
"WASHINGTON, Dec 31 - President Reagan suspended Chile's duty-free trade privileges under the Generalized System of Preferences, effective in 60 days, citing Santiago's failure to respect internationally recognized workers' rights. "
"Chile's exports under the program, mostly fruit, wood products and copper manufactures, totaled about 80 mln dlrs last year. "
"Reagan also restored duty-free treatment for some products from Thailand and the Philippines, effective immediately, the U.S. Trade Representative's office said. "
"Chilean officials said they would ask Washington to reconsider.",
[
 E("REAGAN SUSPENDS CHILE'S DUTY-FREE TRADE BENEFITS", "impose", "proposed", "US", "CL",
   note="ending duty-free treatment = impose (§5)"),
 E("President Reagan suspended Chile's duty-free trade privileges under the Generalized System of Preferences, effective in 60 days, citing Santiago's failure to respect internationally recognized workers' rights",
   "impose", "proposed", "US", "CL", note="80 mln dlrs in the next sentence is not in the clause"),
 *EACH("Reagan also restored duty-free treatment for some products from Thailand and the Philippines, effective immediately",
   "remove", "actual", "US", ["TH", "PH"], note="restoring duty-free treatment = duty removed"),
]),

P("p2-87-18", "AUSTRALIA TO LOWER CAR TARIFF TO 45 PCT BY 1992", "1987-05-13",
"AUSTRALIA TO LOWER CAR TARIFF TO 45 PCT BY 1992\n"
"CANBERRA, May 13 - The Australian government said it would lower the tariff on imported passenger cars to 45 pct by 1992 from 57.5 pct now and lift import quotas from next year. "
"Industry Minister John Button said tariffs on textiles, clothing and footwear would stay at up to 200 pct until a review is completed. "
"Japanese and South Korean carmakers, which supply most of Australia's imported vehicles, have asked Canberra to speed up the cuts. "
"The government also raised the sales tax on luxury cars to 30 pct.",
[
 E("AUSTRALIA TO LOWER CAR TARIFF TO 45 PCT BY 1992", "lower", "proposed", "AU", None, V(45), goods=["car"]),
 E("The Australian government said it would lower the tariff on imported passenger cars to 45 pct by 1992 from 57.5 pct now",
   "lower", "proposed", "AU", None, FT(57.5, 45), goods=["passenger cars"]),
 E("tariffs on textiles, clothing and footwear would stay at up to 200 pct until a review is completed",
   "impose", "actual", "AU", None, MAX(200), goods=["textiles", "clothing", "footwear"],
   note="in force, 'would stay' -> actual"),
 E("Japanese and South Korean carmakers, which supply most of Australia's imported vehicles, have asked Canberra to speed up the cuts",
   "lower", "demanded", "AU", None,
   note="restates the erga-omnes cut: target null although the demanders are Japanese/Korean"),
]),

P("p2-87-19", "U.S. WARNS EC OVER PROPOSED OILS AND FATS TAX", "1987-03-24",
"U.S. WARNS EC OVER PROPOSED OILS AND FATS TAX\n"
"WASHINGTON, March 24 - U.S. Agriculture Secretary Richard Lyng warned the European Community that Washington would retaliate if EC farm ministers approve a proposed tax on vegetable oils and fats. "
"The tax, which would be levied on domestic and imported oils alike, could cost U.S. soybean exporters about two billion dlrs a year, the American Soybean Association said. "
"Lyng said the United States could raise duties on EC goods to offset the losses. "
"The association asked the administration to draw up a list of EC products, such as cheese and pasta, for possible 100 pct tariffs.",
[
 E("the United States could raise duties on EC goods to offset the losses", "raise", "threatened", "US", "EC", ret=True,
   note="the warning of the first sentence makes it a threat; oils tax is domestic (§1)"),
 E("The association asked the administration to draw up a list of EC products, such as cheese and pasta, for possible 100 pct tariffs",
   "impose", "demanded", "US", "EC", V(100), goods=["cheese", "pasta"]),
]),

P("p2-87-20", "ASEAN AGREES TO DEEPEN PREFERENTIAL TARIFF CUTS", "1987-12-15",
"ASEAN AGREES TO DEEPEN PREFERENTIAL TARIFF CUTS\n"
"MANILA, Dec 15 - Leaders of the six-nation Association of South East Asian Nations agreed to deepen tariff cuts under their Preferential Trading Arrangement, raising the margin of preference on goods traded within the group to 50 pct from 25 pct over five years. "
"Officials said the Philippines and Indonesia had pressed for longer exclusion lists to protect local industries. "
"Japanese Prime Minister Noboru Takeshita pledged two billion dlrs in aid to the region and said Tokyo would lower tariffs on ASEAN farm products such as bananas and processed fish.",
[
 E("ASEAN AGREES TO DEEPEN PREFERENTIAL TARIFF CUTS", "lower", "proposed", ASEAN, ASEAN),
 E("Leaders of the six-nation Association of South East Asian Nations agreed to deepen tariff cuts under their Preferential Trading Arrangement, raising the margin of preference on goods traded within the group to 50 pct from 25 pct over five years",
   "lower", "proposed", ASEAN, ASEAN,
   note="bloc as one XX party; margin of preference is not a tariff rate -> rate null"),
 E("Tokyo would lower tariffs on ASEAN farm products such as bananas and processed fish", "lower", "proposed", "JP", ASEAN,
   goods=["farm products", "bananas", "processed fish"]),
]),
]

# ---------------------------------------------------------------- 2016 campaign
PROBES += [
P("p2-16-01", "Trump Says He Would Back a 45% Tariff on Chinese Exports", "2016-01-08",
"Donald J. Trump told The New York Times editorial board on Wednesday that he would support a 45 percent tariff on Chinese exports to the United States, arguing that it was the only leverage Washington had over Beijing. "
"\u201cThe only power we have with China is this tax,\u201d Mr. Trump said, according to a recording of the meeting. "
"Economists warned that China would likely answer with tariffs of its own on American soybeans and Boeing jets. "
"Mr. Trump later told reporters that the 45 percent tariff was a threat he would use only if Beijing did not stop manipulating its currency.",
[
 E("he would support a 45 percent tariff on Chinese exports to the United States", "impose", "proposed", "US", "CN", V(45),
   note="candidate's own plan = proposed (statement of intent of the future actor)"),
 E("China would likely answer with tariffs of its own on American soybeans and Boeing jets", "impose", "considered", "CN", "US",
   goods=["soybeans", "jets"], ret=True),
 E("the 45 percent tariff was a threat he would use only if Beijing did not stop manipulating its currency",
   "impose", "threatened", "US", "CN", V(45)),
]),

P("p2-16-02", "Trump vows 35 percent tax on Ford cars built in Mexico", "2016-09-16",
"Donald Trump vowed Thursday to slap a 35 percent tax on cars that Ford Motor Co. builds at its planned plant in Mexico and ships back to the U.S., a day after the automaker confirmed it would move all small-car production south of the border. "
"\u201cWe\u2019re going to charge them a 35 percent tax when those cars come across,\u201d Trump told a crowd in Flint, Michigan. "
"Ford CEO Mark Fields said the move would not cost a single American job. "
"Hillary Clinton\u2019s campaign called the proposal unworkable, noting that NAFTA bars such duties on Mexican vehicles.",
[
 E("Donald Trump vowed Thursday to slap a 35 percent tax on cars that Ford Motor Co. builds at its planned plant in Mexico and ships back to the U.S.",
   "impose", "proposed", "US", "MX", V(35), goods=["cars"], note="tax on goods entering = tariff"),
 E("We\u2019re going to charge them a 35 percent tax when those cars come across", "impose", "proposed", "US", "MX", V(35),
   goods=["cars"]),
]),

P("p2-16-03", "Fact Checker: Trump's claims about foreign tariffs on U.S. goods", "2016-05-26",
"Trump said at a rally in Anaheim, Calif., on Wednesday that \u201cif you want to sell a car into China, they charge you a 25 percent tariff.\u201d "
"That is roughly accurate: China levies a 25 percent import duty on passenger vehicles from all countries. "
"The United States, by contrast, charges a 2.5 percent tariff on imported cars. "
"But Trump\u2019s claim that Mexico \u201ccharges us a 16 percent tariff\u201d confuses Mexico\u2019s value-added tax, which applies to domestic and imported products alike, with a tariff. "
"Under NAFTA, Mexico has eliminated tariffs on nearly all U.S. goods. We award Trump two Pinocchios for the Mexico claim.",
[
 E("if you want to sell a car into China, they charge you a 25 percent tariff", "impose", "actual", "CN", "US", V(25),
   goods=["car"], note="'you' = U.S. sellers"),
 E("China levies a 25 percent import duty on passenger vehicles from all countries", "impose", "actual", "CN", None, V(25),
   goods=["passenger vehicles"]),
 E("The United States, by contrast, charges a 2.5 percent tariff on imported cars", "impose", "actual", "US", None, V(2.5),
   goods=["cars"]),
 E("Mexico \u201ccharges us a 16 percent tariff", "impose", "actual", "MX", "US", V(16),
   note="a reported claim that the article rejects is still an event (§1); the VAT itself is none"),
 E("Under NAFTA, Mexico has eliminated tariffs on nearly all U.S. goods", "remove", "actual", "MX", "US"),
]),

P("p2-16-04", "Clinton vows tougher trade enforcement in Detroit-area speech", "2016-08-12",
"WARREN, Mich. \u2014 Hillary Clinton on Thursday pledged to appoint a chief trade prosecutor and triple the number of trade enforcement officers, and she vowed to slap anti-dumping and countervailing duties on steel dumped by China. "
"Clinton reiterated her opposition to the Trans-Pacific Partnership, the 12-nation pact that would eliminate more than 18,000 tariffs that other member countries impose on American goods. "
"She also proposed an \u201cexit tax\u201d on companies that move their headquarters overseas to avoid U.S. taxes. "
"Trump, who has promised to renegotiate NAFTA and to tax imports from companies that ship jobs abroad, mocked the speech on Twitter.",
[
 E("she vowed to slap anti-dumping and countervailing duties on steel dumped by China", "impose", "proposed", "US", "CN",
   goods=["steel"]),
 E("the 12-nation pact that would eliminate more than 18,000 tariffs that other member countries impose on American goods",
   "remove", "proposed", TPP11, "US", note="TPP signed, not in force; the other 11 as one XX party"),
 E("to tax imports from companies that ship jobs abroad", "impose", "proposed", "US", None),
]),

P("p2-16-05", "U.S. slaps 522% duties on Chinese steel as candidates court steel towns", "2016-05-18",
"The Commerce Department on Tuesday slapped final anti-dumping and anti-subsidy duties totaling 522 percent on cold-rolled flat steel from China, a product used in cars, appliances and shipping containers. "
"It also set lower duties on cold-rolled steel from Japan, South Korea, Brazil and India, ranging from 6 percent to 71 percent. "
"The duties are the highest yet in a string of cases brought by U.S. Steel, Nucor and other producers. "
"Donald Trump, campaigning in western Pennsylvania, said the duties did not go far enough and called for tariffs on all Chinese steel.",
[
 E("The Commerce Department on Tuesday slapped final anti-dumping and anti-subsidy duties totaling 522 percent on cold-rolled flat steel from China",
   "impose", "actual", "US", "CN", V(522), goods=["cold-rolled flat steel"]),
 *EACH("It also set lower duties on cold-rolled steel from Japan, South Korea, Brazil and India, ranging from 6 percent to 71 percent",
   "impose", "actual", "US", ["JP", "KR", "BR", "IN"], MM(6, 71), goods=["cold-rolled steel"]),
 E("called for tariffs on all Chinese steel", "impose", "demanded", "US", "CN", goods=["steel"],
   note="a candidate 'calling for' a measure of the sitting government = demanded; his own 'I would' plans are proposed"),
]),

P("p2-16-06", "Op-Ed: The Last Time America Tried This", "2016-03-14",
"In 1930, Congress passed the Smoot-Hawley Tariff Act, which raised duties on more than 20,000 imported goods to record levels. "
"Canada, France, Spain and others answered with tariffs of their own on American products, and world trade shrank by two-thirds within four years. "
"Mr. Trump\u2019s proposal of a 45 percent tariff on Chinese imports would be the largest since then. "
"Bernie Sanders, who has not proposed tariffs, says he would tear up trade deals that he blames for the loss of factory jobs.",
[
 E("Congress passed the Smoot-Hawley Tariff Act, which raised duties on more than 20,000 imported goods to record levels",
   "raise", "actual", "US", None),
 *EACH("Canada, France, Spain and others answered with tariffs of their own on American products",
   "impose", "actual", ["CA", "FR", "ES"], "US", ret=True, note="'others' unnamed: no event for them"),
 E("Mr. Trump\u2019s proposal of a 45 percent tariff on Chinese imports", "impose", "proposed", "US", "CN", V(45)),
]),
]

PROBES += [
P("p2-16-07", "Trump, in Pennsylvania, vows to upend U.S. trade policy", "2016-06-29",
"MONESSEN, Pa. \u2014 Donald Trump on Tuesday promised to use every lawful presidential power to remedy trade disputes, including tariffs under Section 201 and Section 301 of U.S. trade law, if China does not stop its illegal activities, including its theft of American trade secrets. "
"He said a company that moves a factory to Mexico under a Trump administration would face a 35 percent tariff on the goods it sends back. "
"He also said he would instruct the Treasury secretary to label China a currency manipulator. "
"The U.S. Chamber of Commerce said Trump\u2019s plans would lead to a trade war and cost millions of jobs.",
[
 E("Donald Trump on Tuesday promised to use every lawful presidential power to remedy trade disputes, including tariffs under Section 201 and Section 301 of U.S. trade law, if China does not stop its illegal activities, including its theft of American trade secrets",
   "impose", "threatened", "US", "CN", note="condition on the target's conduct"),
 E("a company that moves a factory to Mexico under a Trump administration would face a 35 percent tariff on the goods it sends back",
   "impose", "proposed", "US", "MX", V(35), note="candidate plan; condition is on a company, not the target government"),
]),

P("p2-16-08", "Philadelphia passes soda tax, first major U.S. city to do so", "2016-06-17",
"Philadelphia on Thursday became the first major U.S. city to pass a tax on sugary drinks, approving a 1.5-cent-per-ounce levy that will take effect Jan. 1. "
"The American Beverage Association, which spent millions fighting the measure, said the levy amounts to a 24 percent tax on a case of soda and vowed to challenge it in court. "
"Bernie Sanders had criticized the tax as regressive during the Pennsylvania primary, while Hillary Clinton said she was \u201cvery supportive\u201d of it. "
"Mayor Jim Kenney says the tax will raise $91 million a year for pre-kindergarten programs.",
[]),

P("p2-16-09", "Carrier's move to Mexico becomes a campaign rallying cry", "2016-02-13",
"INDIANAPOLIS \u2014 Carrier\u2019s decision to move 1,400 jobs from its furnace plant here to Monterrey, Mexico, has become a staple of Donald Trump\u2019s stump speech. "
"Mr. Trump says that as president he would impose a 35 percent tariff on every air conditioner the company makes in Mexico and ships back to the United States. "
"Gov. Mike Pence said Indiana had offered the company tax credits and other incentives to stay. "
"Mexican officials have said any such tariff would violate NAFTA.",
[
 E("as president he would impose a 35 percent tariff on every air conditioner the company makes in Mexico and ships back to the United States",
   "impose", "proposed", "US", "MX", V(35), goods=["air conditioner"],
   note="'any such tariff would violate NAFTA' = bare hypothetical re-mention, no event"),
]),

P("p2-16-10", "Fact-checking the first presidential debate", "2016-09-27",
"Clinton said Trump\u2019s plans for a 45 percent tariff on Chinese goods and a 35 percent tariff on Mexican goods would raise prices for American families. "
"Trump has mentioned both figures at rallies, though his campaign has since described them as negotiating positions. "
"Trump said Clinton had supported NAFTA, which eliminated most Mexican tariffs on American goods; she was not in office when it passed in 1993 but has defended it. "
"Trump also repeated his claim that the United States has \u201cthe highest taxes in the world,\u201d which is false.",
[
 E("Trump\u2019s plans for a 45 percent tariff on Chinese goods and a 35 percent tariff on Mexican goods", "impose", "proposed", "US", "CN", V(45)),
 E("Trump\u2019s plans for a 45 percent tariff on Chinese goods and a 35 percent tariff on Mexican goods", "impose", "proposed", "US", "MX", V(35)),
 E("NAFTA, which eliminated most Mexican tariffs on American goods", "remove", "actual", "MX", "US"),
]),

P("p2-16-11", "Ohio soybean farmers fear fallout from Trump trade talk", "2016-10-20",
"COLUMBUS, Ohio \u2014 Soybean growers in this swing state sell roughly a third of their crop to China, and many are nervous about the election. "
"If Trump follows through on his threat of a 45 percent tariff on Chinese goods, Beijing could retaliate with duties on U.S. soybeans, pork and aircraft, economists say. "
"China already levies a 3 percent tariff on soybean imports. "
"The American Soybean Association has urged both campaigns to press for lower Chinese tariffs on American farm goods.",
[
 E("Trump follows through on his threat of a 45 percent tariff on Chinese goods", "impose", "threatened", "US", "CN", V(45)),
 E("Beijing could retaliate with duties on U.S. soybeans, pork and aircraft", "impose", "considered", "CN", "US",
   goods=["soybeans", "pork", "aircraft"], ret=True),
 E("China already levies a 3 percent tariff on soybean imports", "impose", "actual", "CN", None, V(3), goods=["soybean"]),
 E("The American Soybean Association has urged both campaigns to press for lower Chinese tariffs on American farm goods",
   "lower", "demanded", "CN", "US", goods=["farm goods"]),
]),

P("p2-16-12", "Ohio senators press administration on Chinese aluminum", "2016-09-09",
"WASHINGTON \u2014 Ohio\u2019s two senators, Democrat Sherrod Brown and Republican Rob Portman, are pressing the Obama administration to impose tariffs on Chinese aluminum, as Portman campaigns for re-election in a state where metals jobs are a top issue. "
"In a letter Thursday, the senators asked Commerce Secretary Penny Pritzker to \u201cuse every tool\u201d against subsidized Chinese metal. "
"The administration in 2011 imposed duties of up to 374 percent on aluminum extrusions from China, and Pritzker said last month that the department was examining whether other aluminum products from China should face duties. "
"Portman\u2019s Democratic opponent, Ted Strickland, says Portman voted for trade deals that cost Ohio jobs.",
[
 E("Ohio\u2019s two senators, Democrat Sherrod Brown and Republican Rob Portman, are pressing the Obama administration to impose tariffs on Chinese aluminum",
   "impose", "demanded", "US", "CN", goods=["aluminum"]),
 E("The administration in 2011 imposed duties of up to 374 percent on aluminum extrusions from China", "impose", "actual", "US", "CN",
   MAX(374), goods=["aluminum extrusions"]),
 E("the department was examining whether other aluminum products from China should face duties", "impose", "considered", "US", "CN",
   goods=["aluminum products"]),
]),

P("p2-16-13", "Trump advisers say tariffs would be a bargaining chip", "2016-09-30",
"Two of Donald J. Trump\u2019s economic advisers, Peter Navarro and Wilbur Ross, argued in a paper this week that a Trump administration would use tariffs mainly as a negotiating tool. "
"Mr. Ross, a billionaire investor, said in an interview that a President Trump might impose tariffs on countries that refuse to renegotiate their trade deals with the United States. "
"Economists at Moody\u2019s Analytics have estimated that 35 percent tariffs on Mexican imports and 45 percent on Chinese imports, combined with retaliation, would cost 3.5 million American jobs. "
"The campaign disputed that estimate.",
[
 E("a President Trump might impose tariffs on countries that refuse to renegotiate their trade deals with the United States",
   "impose", "threatened", "US", None, note="condition on the (unnamed) targets"),
 E("35 percent tariffs on Mexican imports and 45 percent on Chinese imports", "impose", "considered", "US", "MX", V(35),
   note="a model scenario of the candidate's plan: considered (proposed is arguable)"),
 E("35 percent tariffs on Mexican imports and 45 percent on Chinese imports", "impose", "considered", "US", "CN", V(45)),
]),

P("p2-16-14", "Ranchers see big stakes in Pacific trade pact", "2016-08-22",
"OMAHA \u2014 Under the Trans-Pacific Partnership, Japan would cut its 38.5 percent tariff on American beef to 9 percent over 16 years, a prize that cattle ranchers say is worth hundreds of millions of dollars a year. "
"Australian beef already pays a tariff of about 28 percent in Japan under a separate Japan-Australia trade deal. "
"Both Trump and Clinton now oppose the TPP, and Congress is unlikely to vote on it before the election. "
"The National Cattlemen\u2019s Beef Association has urged the candidates to seek a bilateral deal with Japan that would cut the beef tariff.",
[
 E("Japan would cut its 38.5 percent tariff on American beef to 9 percent over 16 years", "lower", "proposed", "JP", "US",
   FT(38.5, 9), goods=["beef"]),
 E("Australian beef already pays a tariff of about 28 percent in Japan under a separate Japan-Australia trade deal",
   "impose", "actual", "JP", "AU", V(28), goods=["beef"]),
 E("The National Cattlemen\u2019s Beef Association has urged the candidates to seek a bilateral deal with Japan that would cut the beef tariff", "lower", "demanded", "JP", "US",
   goods=["beef"]),
]),
]

PROBES += [
P("p2-16-15", "Trump memo lays out how he would make Mexico pay for wall", "2016-04-06",
"Donald Trump\u2019s campaign on Tuesday laid out how he would force Mexico to pay for a wall on the southern border: by threatening to cut off the billions of dollars in remittances that Mexican immigrants send home each year. "
"In a two-page memo, the campaign said a Trump administration could also raise fees on visas and border-crossing cards, and could impose tariffs on Mexican goods if Mexico refuses to make a one-time payment of $5 billion to $10 billion. "
"Mexico\u2019s foreign minister, Claudia Ruiz Massieu, said Mexico would not pay for the wall. "
"Critics noted that blocking remittances would hurt the Mexican economy and increase illegal migration.",
[
 E("could impose tariffs on Mexican goods if Mexico refuses to make a one-time payment of $5 billion to $10 billion",
   "impose", "threatened", "US", "MX", note="the payment is not an amount of goods"),
]),

P("p2-16-16", "Pence, a free trader, now backs Trump's tough talk", "2016-07-15",
"Indiana Gov. Mike Pence, Donald Trump\u2019s choice for running mate, voted as a congressman for trade deals with South Korea, Colombia and Panama that eliminated tariffs on most U.S. exports to those countries. "
"He has also praised NAFTA in the past. "
"On Friday Pence said he now backs Trump\u2019s plan for tariffs on Chinese goods, saying the Republican nominee would \u201cput American workers first.\u201d "
"Democrats said the pick showed the ticket\u2019s trade message was hollow.",
[
 *EACH("trade deals with South Korea, Colombia and Panama that eliminated tariffs on most U.S. exports to those countries",
   "remove", "actual", ["KR", "CO", "PA"], "US"),
 E("Trump\u2019s plan for tariffs on Chinese goods", "impose", "proposed", "US", "CN"),
]),

P("p2-16-17", "U.S. sets duties on Chinese-made Samsung, LG washers", "2016-07-28",
"The Commerce Department on Wednesday set preliminary anti-dumping duties of 111 percent on Samsung washing machines and 49.9 percent on LG washers made in China, siding with Whirlpool Corp. "
"Duties imposed in 2013 on washers from South Korea and Mexico prompted both companies to shift production to China, Whirlpool says. "
"Donald Trump cited the case at a rally in Ohio, where Whirlpool employs about 10,000 people, as proof that foreign companies \u201ccheat.\u201d "
"Samsung said it would appeal.",
[
 E("The Commerce Department on Wednesday set preliminary anti-dumping duties of 111 percent on Samsung washing machines and 49.9 percent on LG washers made in China",
   "impose", "actual", "US", "CN", V(111), goods=["washing machines"]),
 E("The Commerce Department on Wednesday set preliminary anti-dumping duties of 111 percent on Samsung washing machines and 49.9 percent on LG washers made in China",
   "impose", "actual", "US", "CN", V(49.9), goods=["washers"]),
 *EACH("Duties imposed in 2013 on washers from South Korea and Mexico", "impose", "actual", "US", ["KR", "MX"], goods=["washers"]),
]),

P("p2-16-18", "Rubio hits Trump over ties made in China", "2016-02-26",
"HOUSTON \u2014 Marco Rubio used Thursday\u2019s debate to point out that many of Donald Trump\u2019s branded ties and shirts are made in China and Bangladesh. "
"Imported men\u2019s dress shirts face U.S. tariffs of up to 29 percent, according to the government\u2019s tariff schedule. "
"Asked about the shirts, Trump said that under his plan China would face a 45 percent tariff and companies would bring production home. "
"Rubio also attacked Trump for hiring foreign workers at his Mar-a-Lago club.",
[
 E("Imported men\u2019s dress shirts face U.S. tariffs of up to 29 percent", "impose", "actual", "US", None, MAX(29),
   goods=["men\u2019s dress shirts"]),
 E("under his plan China would face a 45 percent tariff", "impose", "proposed", "US", "CN", V(45)),
]),

P("p2-16-19", "Op-Ed: Tariffs Are a Tax on American Families", "2016-10-10",
"Tariffs are taxes paid by American consumers, and history shows they rarely save the jobs they promise to protect. "
"When President Obama imposed a 35 percent tariff on $1.8 billion of Chinese tires in 2009, it saved at most 1,200 jobs at a cost of $900,000 each, a Peterson Institute study found. "
"China responded with duties on American chicken parts, costing U.S. poultry producers $1 billion in sales. "
"Mr. Trump\u2019s 45 percent tariff on Chinese goods would work the same way, only on a far larger scale.",
[
 E("President Obama imposed a 35 percent tariff on $1.8 billion of Chinese tires in 2009", "impose", "actual", "US", "CN", V(35), USD(1.8e9),
   goods=["tires"], note="$900,000 per job and $1 billion in lost sales are effects, not amounts"),
 E("China responded with duties on American chicken parts", "impose", "actual", "CN", "US", goods=["chicken parts"], ret=True,
   note="$1 billion is an effect, not an amount"),
 E("Mr. Trump\u2019s 45 percent tariff on Chinese goods", "impose", "proposed", "US", "CN", V(45)),
]),

P("p2-16-20", "Trump team discussed 10% tariff on all imports, report says", "2016-12-22",
"President-elect Donald Trump\u2019s transition team has discussed a 10 percent tariff on all imports that could be imposed by executive action, CNN reported Wednesday, citing a source familiar with the talks. "
"Transition spokesman Sean Spicer declined to comment on the report. "
"Mexico\u2019s economy minister, Ildefonso Guajardo, said Mexico would respond with duties of its own on American goods if Washington imposed any tariff on Mexican products. "
"The peso fell 0.8 percent against the dollar.",
[
 E("President-elect Donald Trump\u2019s transition team has discussed a 10 percent tariff on all imports that could be imposed by executive action",
   "impose", "considered", "US", None, V(10)),
 E("Mexico would respond with duties of its own on American goods", "impose", "threatened", "MX", "US", ret=True),
 E("Washington imposed any tariff on Mexican products", "impose", "considered", "US", "MX",
   note="hypothetical measure inside a condition -> considered"),
]),
]

# ---------------------------------------------------------------- 2018 trade war
PROBES += [
P("p2-18-01", "Trump to slap tariffs on steel, aluminum imports; EU weighs response", "2018-03-02",
"WASHINGTON (Reuters) - U.S. President Donald Trump said on Thursday he would impose tariffs of 25 percent on steel imports and 10 percent on aluminum next week, a move that sent stock markets tumbling and drew swift criticism from allies. "
"Canada, the largest supplier of steel to the United States, said it would take \u201cresponsive measures\u201d if the curbs hit Canadian producers. "
"European Commission President Jean-Claude Juncker said the EU would respond firmly, and officials said Brussels was considering tariffs on about $3.5 billion of U.S. goods, including Harley-Davidson motorcycles, bourbon and blue jeans. "
"Shares of U.S. automakers, which buy large amounts of steel, fell.",
[
 E("U.S. President Donald Trump said on Thursday he would impose tariffs of 25 percent on steel imports and 10 percent on aluminum next week",
   "impose", "proposed", "US", None, V(25), goods=["steel"]),
 E("U.S. President Donald Trump said on Thursday he would impose tariffs of 25 percent on steel imports and 10 percent on aluminum next week",
   "impose", "proposed", "US", None, V(10), goods=["aluminum"]),
 E("Brussels was considering tariffs on about $3.5 billion of U.S. goods, including Harley-Davidson motorcycles, bourbon and blue jeans",
   "impose", "considered", "EU", "US", None, USD(3.5e9), ["motorcycles", "bourbon", "blue jeans"], ret=True),
]),

P("p2-18-02", "U.S. metal tariffs take effect; allies get temporary reprieve", "2018-03-23",
"WASHINGTON (AP) \u2014 U.S. tariffs of 25 percent on imported steel and 10 percent on aluminum took effect Friday, but the administration exempted the European Union, Canada, Mexico, Australia, Argentina, Brazil and South Korea until May 1 while talks continue. "
"China, which was not exempted, said it plans to impose tariffs on up to $3 billion of U.S. imports in response. "
"Its list includes a 25 percent tariff on pork and 15 percent on fresh fruit, wine and steel pipes. "
"U.S. Trade Representative Robert Lighthizer told lawmakers that countries agreeing to limit shipments could win permanent exemptions.",
[
 E("U.S. tariffs of 25 percent on imported steel and 10 percent on aluminum took effect Friday", "impose", "actual", "US", None,
   V(25), goods=["steel"]),
 E("U.S. tariffs of 25 percent on imported steel and 10 percent on aluminum took effect Friday", "impose", "actual", "US", None,
   V(10), goods=["aluminum"]),
 *EACH("the administration exempted the European Union, Canada, Mexico, Australia, Argentina, Brazil and South Korea until May 1 while talks continue",
   "exempt", "actual", "US", ["EU", "CA", "MX", "AU", "AR", "BR", "KR"]),
 E("China, which was not exempted, said it plans to impose tariffs on up to $3 billion of U.S. imports in response",
   "impose", "proposed", "CN", "US", None, USD(3e9), ret=True),
 E("Its list includes a 25 percent tariff on pork and 15 percent on fresh fruit, wine and steel pipes", "impose", "proposed", "CN", "US",
   V(25), goods=["pork"], ret=True),
 E("Its list includes a 25 percent tariff on pork and 15 percent on fresh fruit, wine and steel pipes", "impose", "proposed", "CN", "US",
   V(15), goods=["fresh fruit", "wine", "steel pipes"], ret=True),
 E("countries agreeing to limit shipments could win permanent exemptions", "exempt", "considered", "US", None,
   note="ellipsis: exemptions from the tariffs; unnamed countries -> target null"),
]),

P("p2-18-03", "U.S. targets $50 billion of Chinese goods; Beijing hits back within hours", "2018-04-04",
"The U.S. Trade Representative\u2019s office on Tuesday proposed 25 percent tariffs on about 1,300 Chinese products worth $50 billion a year, including aerospace parts, robots and medical equipment. "
"Within hours, China said it would impose 25 percent tariffs on 106 U.S. products, including soybeans, cars and chemicals, in retaliation. "
"The timing of China\u2019s duties would depend on when the U.S. measures take effect, the Commerce Ministry said. "
"U.S. tariffs won\u2019t take effect until after a public comment period that ends May 22.",
[
 E("The U.S. Trade Representative\u2019s office on Tuesday proposed 25 percent tariffs on about 1,300 Chinese products worth $50 billion a year, including aerospace parts, robots and medical equipment",
   "impose", "proposed", "US", "CN", V(25), USD(50e9), ["aerospace parts", "robots", "medical equipment"]),
 E("China said it would impose 25 percent tariffs on 106 U.S. products, including soybeans, cars and chemicals, in retaliation",
   "impose", "proposed", "CN", "US", V(25), goods=["soybeans", "cars", "chemicals"], ret=True),
 E("The timing of China\u2019s duties would depend on when the U.S. measures take effect", "impose", "proposed", "CN", "US", ret=True),
 E("U.S. tariffs won\u2019t take effect until after a public comment period that ends May 22", "impose", "proposed", "US", "CN",
   note="timing, not negation"),
]),

P("p2-18-04", "U.S.-China tariffs kick in as trade war escalates", "2018-07-06",
"The U.S. began collecting 25 percent tariffs on $34 billion of Chinese imports at 12:01 a.m. ET on Friday, including industrial machinery and auto parts. "
"China\u2019s Commerce Ministry said it was forced to hit back and imposed tariffs of equal scale on U.S. goods, including soybeans, pork and electric vehicles. "
"President Donald Trump has threatened to put tariffs on more than $500 billion of Chinese goods if Beijing retaliates. "
"China had cut its import tariffs on cars to 15 percent from 25 percent on July 1.",
[
 E("The U.S. began collecting 25 percent tariffs on $34 billion of Chinese imports at 12:01 a.m. ET on Friday, including industrial machinery and auto parts",
   "impose", "actual", "US", "CN", V(25), USD(34e9), ["industrial machinery", "auto parts"]),
 E("China\u2019s Commerce Ministry said it was forced to hit back and imposed tariffs of equal scale on U.S. goods, including soybeans, pork and electric vehicles", "impose", "actual", "CN", "US",
   goods=["soybeans", "pork", "electric vehicles"], ret=True, note="'equal scale' is vague: amount null"),
 E("President Donald Trump has threatened to put tariffs on more than $500 billion of Chinese goods if Beijing retaliates",
   "impose", "threatened", "US", "CN", None, USD(500e9), ret=True),
 E("China had cut its import tariffs on cars to 15 percent from 25 percent on July 1", "lower", "actual", "CN", None,
   FT(25, 15), goods=["cars"], note="erga omnes cut, target null"),
]),

P("p2-18-05", "U.S. ends metals exemption for EU, Canada, Mexico; allies vow retaliation", "2018-06-01",
"WASHINGTON (Reuters) - The United States will impose tariffs on steel and aluminum imports from the European Union, Canada and Mexico from Friday, ending a temporary exemption, Commerce Secretary Wilbur Ross said on Thursday. "
"Canada said it would impose tariffs on up to C$16.6 billion ($12.8 billion) worth of U.S. goods from July 1 in retaliation, including steel, whiskey and orange juice. "
"Mexico said it would put duties on U.S. pork bellies, apples, grapes, cheese and flat steel. "
"The EU said it would start proceedings at the World Trade Organization and put 25 percent duties on 2.8 billion euros of U.S. goods.",
[
 *EACH("The United States will impose tariffs on steel and aluminum imports from the European Union, Canada and Mexico from Friday, ending a temporary exemption",
   "impose", "actual", "US", ["EU", "CA", "MX"], goods=["steel", "aluminum"],
   note="in force on the publication date (Friday) -> actual despite 'will'"),
 E("Canada said it would impose tariffs on up to C$16.6 billion ($12.8 billion) worth of U.S. goods from July 1 in retaliation, including steel, whiskey and orange juice",
   "impose", "proposed", "CA", "US", None, AMT(16.6e9, "CAD"), ["steel", "whiskey", "orange juice"], ret=True,
   note="amount as written first: C$16.6 bn"),
 E("Mexico said it would put duties on U.S. pork bellies, apples, grapes, cheese and flat steel", "impose", "proposed", "MX", "US",
   goods=["pork bellies", "apples", "grapes", "cheese", "flat steel"]),
 E("put 25 percent duties on 2.8 billion euros of U.S. goods", "impose", "proposed", "EU", "US", V(25), AMT(2.8e9, "EUR")),
]),

P("p2-18-06", "Trump slaps tariffs on imported washers, solar panels", "2018-01-23",
"WASHINGTON (AP) \u2014 The Trump administration on Monday slapped tariffs of up to 50 percent on imported washing machines and 30 percent on solar panels, the first of the president\u2019s promised moves to protect U.S. manufacturers. "
"The washer tariffs start at 20 percent on the first 1.2 million units imported in the first year and 50 percent on machines above that level. "
"South Korea, home to Samsung and LG, said it would file a complaint with the World Trade Organization. "
"The U.S. tariffs take effect Feb. 7.",
[
 E("The Trump administration on Monday slapped tariffs of up to 50 percent on imported washing machines and 30 percent on solar panels",
   "impose", "proposed", "US", None, MAX(50), goods=["washing machines"], note="'slapped' but in force Feb 7 -> proposed"),
 E("The Trump administration on Monday slapped tariffs of up to 50 percent on imported washing machines and 30 percent on solar panels",
   "impose", "proposed", "US", None, V(30), goods=["solar panels"]),
 E("The washer tariffs start at 20 percent on the first 1.2 million units imported in the first year and 50 percent on machines above that level",
   "impose", "proposed", "US", None, V(20), goods=["washer"]),
 E("The washer tariffs start at 20 percent on the first 1.2 million units imported in the first year and 50 percent on machines above that level",
   "impose", "proposed", "US", None, V(50), goods=["washer"]),
 E("The U.S. tariffs take effect Feb. 7", "impose", "proposed", "US", None),
]),

P("p2-18-07", "China to cut car import tariffs as trade truce holds", "2018-05-22",
"BEIJING (Reuters) - China said on Tuesday it would cut import tariffs on cars to 15 percent from 25 percent and on car parts to 6 percent from 10 percent from July 1, days after Beijing and Washington agreed to step back from a trade war. "
"Treasury Secretary Steven Mnuchin said on Sunday the United States would not impose its proposed tariffs on $150 billion of Chinese goods for now. "
"U.S. tariffs on steel and aluminum remain in place, and Beijing\u2019s duties on U.S. pork, imposed in April, also stay. "
"Shares of BMW and Tesla, which import cars into China, rose.",
[
 E("China said on Tuesday it would cut import tariffs on cars to 15 percent from 25 percent and on car parts to 6 percent from 10 percent from July 1",
   "lower", "proposed", "CN", None, FT(25, 15), goods=["cars"]),
 E("China said on Tuesday it would cut import tariffs on cars to 15 percent from 25 percent and on car parts to 6 percent from 10 percent from July 1",
   "lower", "proposed", "CN", None, FT(10, 6), goods=["car parts"]),
 E("U.S. tariffs on steel and aluminum remain in place", "impose", "actual", "US", None, goods=["steel", "aluminum"],
   note="Mnuchin's 'would not impose ... for now' negates the measure in its own clause: no event"),
 E("Beijing\u2019s duties on U.S. pork, imposed in April, also stay", "impose", "actual", "CN", "US", goods=["pork"]),
]),
]

PROBES += [
P("p2-18-08", "China matches new U.S. tariffs on $16 billion of goods", "2018-08-08",
"The U.S. will begin collecting 25 percent tariffs on another $16 billion of Chinese goods on Aug. 23, the U.S. Trade Representative\u2019s office said Tuesday, including semiconductors, plastics and railway equipment. "
"China on Wednesday said it would retaliate with 25 percent tariffs on $16 billion of U.S. goods, including fuel, steel products, autos and medical equipment, also effective Aug. 23. "
"Beijing excluded crude oil from the new tariffs, a change from an earlier list published in June. "
"Chinese imports of U.S. crude have surged this year.",
[
 E("The U.S. will begin collecting 25 percent tariffs on another $16 billion of Chinese goods on Aug. 23", "impose", "proposed", "US", "CN",
   V(25), USD(16e9), ["semiconductors", "plastics", "railway equipment"],
   note="goods come after the attribution; span stops before ', the U.S. Trade Representative's office said'"),
 E("China on Wednesday said it would retaliate with 25 percent tariffs on $16 billion of U.S. goods, including fuel, steel products, autos and medical equipment, also effective Aug. 23",
   "impose", "proposed", "CN", "US", V(25), USD(16e9), ["fuel", "steel products", "autos", "medical equipment"], ret=True),
 E("Beijing excluded crude oil from the new tariffs, a change from an earlier list published in June", "exempt", "proposed", "CN", "US",
   goods=["crude oil"]),
]),

P("p2-18-09", "Trump orders tariffs on $200 billion of Chinese goods; Beijing retaliates", "2018-09-18",
"WASHINGTON/BEIJING (Reuters) - U.S. President Donald Trump on Monday ordered tariffs of 10 percent on about $200 billion of Chinese imports starting Sept. 24, and said the rate would rise to 25 percent on Jan. 1. "
"The final tariff list excluded some consumer products, including smart watches and Bluetooth devices, as well as bicycle helmets and baby car seats. "
"Trump said that if China takes retaliatory action against U.S. farmers or industries, Washington would \u201cimmediately\u201d pursue tariffs on approximately $267 billion of additional imports. "
"China responded on Tuesday with tariffs of 5 to 10 percent on $60 billion of U.S. goods, effective Sept. 24.",
[
 E("U.S. President Donald Trump on Monday ordered tariffs of 10 percent on about $200 billion of Chinese imports starting Sept. 24",
   "impose", "proposed", "US", "CN", V(10), USD(200e9)),
 E("the rate would rise to 25 percent on Jan. 1", "raise", "proposed", "US", "CN", V(25),
   note="new level alone -> value (the 10 is in the neighbouring clause)"),
 E("The final tariff list excluded some consumer products, including smart watches and Bluetooth devices, as well as bicycle helmets and baby car seats",
   "exempt", "proposed", "US", "CN", goods=["smart watches", "Bluetooth devices", "bicycle helmets", "baby car seats"]),
 E("Washington would \u201cimmediately\u201d pursue tariffs on approximately $267 billion of additional imports", "impose", "threatened",
   "US", "CN", None, USD(267e9), ret=True),
 E("China responded on Tuesday with tariffs of 5 to 10 percent on $60 billion of U.S. goods, effective Sept. 24", "impose", "proposed",
   "CN", "US", MM(5, 10), USD(60e9), ret=True),
]),

P("p2-18-10", "Trump signs metals tariffs, spares Canada and Mexico", "2018-03-09",
"WASHINGTON (Bloomberg) -- President Donald Trump signed proclamations on Thursday imposing tariffs of 25 percent on steel and 10 percent on aluminum imports, effective in 15 days, while exempting Canada and Mexico pending the outcome of Nafta talks. "
"Japan\u2019s trade minister Hiroshige Seko said Tokyo would ask Washington to exclude Japanese steel from the tariffs. "
"Australia is also seeking an exemption, citing its security alliance with the U.S. "
"Steel stocks rose on the news.",
[
 E("President Donald Trump signed proclamations on Thursday imposing tariffs of 25 percent on steel and 10 percent on aluminum imports, effective in 15 days",
   "impose", "proposed", "US", None, V(25), goods=["steel"]),
 E("President Donald Trump signed proclamations on Thursday imposing tariffs of 25 percent on steel and 10 percent on aluminum imports, effective in 15 days",
   "impose", "proposed", "US", None, V(10), goods=["aluminum"]),
 *EACH("exempting Canada and Mexico pending the outcome of Nafta talks", "exempt", "proposed", "US", ["CA", "MX"]),
 E("Tokyo would ask Washington to exclude Japanese steel from the tariffs", "exempt", "demanded", "US", "JP", goods=["steel"]),
 E("Australia is also seeking an exemption", "exempt", "demanded", "US", "AU",
   note="ellipsis: 'an exemption' from the tariffs just named"),
]),

P("p2-18-11", "Harley to move some production abroad to dodge EU tariffs", "2018-06-25",
"MILWAUKEE (AP) \u2014 Harley-Davidson said Monday it will shift production of motorcycles bound for Europe overseas to avoid the European Union\u2019s retaliatory tariffs, which raised the duty on its bikes to 31 percent from 6 percent. "
"The company estimated the tariffs would add about $2,200 to the cost of each motorcycle sold in Europe. "
"The EU\u2019s tariffs on 2.8 billion euros ($3.2 billion) of U.S. goods, including bourbon, orange juice and motorcycles, took effect Friday. "
"Harley\u2019s shares fell 6 percent.",
[
 E("the European Union\u2019s retaliatory tariffs, which raised the duty on its bikes to 31 percent from 6 percent", "raise", "actual",
   "EU", "US", FT(6, 31), goods=["bikes"], ret=True),
 E("The EU\u2019s tariffs on 2.8 billion euros ($3.2 billion) of U.S. goods, including bourbon, orange juice and motorcycles, took effect Friday",
   "impose", "actual", "EU", "US", None, AMT(2.8e9, "EUR"), ["bourbon", "orange juice", "motorcycles"], ret=True),
]),

P("p2-18-12", "Carmakers, allies warn against U.S. auto tariffs at hearing", "2018-07-20",
"The Commerce Department held a hearing Thursday on whether to impose tariffs of up to 25 percent on imported cars and auto parts on national security grounds. "
"Automakers, dealers and foreign governments including Japan, South Korea and the European Union urged the administration not to impose the tariffs. "
"The EU has said retaliation could cover $294 billion of U.S. exports. "
"President Donald Trump threatened last month to put a 20 percent tariff on all cars coming into the United States from the EU unless Brussels made concessions. "
"The EU charges a 10 percent tariff on imported cars. The U.S. tariff on cars is 2.5 percent.",
[
 E("The Commerce Department held a hearing Thursday on whether to impose tariffs of up to 25 percent on imported cars and auto parts on national security grounds",
   "impose", "considered", "US", None, MAX(25), goods=["cars", "auto parts"]),
 E("Automakers, dealers and foreign governments including Japan, South Korea and the European Union urged the administration not to impose the tariffs",
   "remove", "demanded", "US", None, note="'persuading not to impose' = remove/demanded; restated measure has no target"),
 E("President Donald Trump threatened last month to put a 20 percent tariff on all cars coming into the United States from the EU unless Brussels made concessions",
   "impose", "threatened", "US", "EU", V(20), goods=["cars"]),
 E("The EU charges a 10 percent tariff on imported cars", "impose", "actual", "EU", None, V(10), goods=["cars"]),
 E("The U.S. tariff on cars is 2.5 percent", "impose", "actual", "US", None, V(2.5), goods=["cars"]),
]),

P("p2-18-13", "India's import duty increases draw U.S. criticism", "2018-02-16",
"NEW DELHI (Reuters) - India raised import duties on mobile phones to 20 percent from 15 percent and on some television parts to 15 percent in its Feb. 1 budget, in a push to encourage local manufacturing. "
"Finance Minister Arun Jaitley also imposed a 10 percent social welfare surcharge on imports, replacing an education cess. "
"Jaitley also introduced a 10 percent tax on long-term capital gains from stocks. "
"India this month cut its duty on imported heavy motorcycles to 50 percent from as high as 75 percent, a move U.S. President Donald Trump said this week did not go far enough.",
[
 E("India raised import duties on mobile phones to 20 percent from 15 percent and on some television parts to 15 percent in its Feb. 1 budget",
   "raise", "actual", "IN", None, FT(15, 20), goods=["mobile phones"]),
 E("India raised import duties on mobile phones to 20 percent from 15 percent and on some television parts to 15 percent in its Feb. 1 budget",
   "raise", "actual", "IN", None, V(15), goods=["television parts"]),
 E("Finance Minister Arun Jaitley also imposed a 10 percent social welfare surcharge on imports, replacing an education cess",
   "impose", "actual", "IN", None, V(10)),
 E("India this month cut its duty on imported heavy motorcycles to 50 percent from as high as 75 percent", "lower", "actual", "IN", None,
   FT(75, 50), goods=["heavy motorcycles"], note="erga omnes cut; Trump's criticism does not make a target"),
]),

P("p2-18-14", "Trump, Xi agree to 90-day truce in trade war", "2018-12-03",
"BUENOS AIRES (Reuters) - U.S. President Donald Trump agreed to hold off on raising tariffs on $200 billion of Chinese goods to 25 percent from 10 percent on Jan. 1, as Washington and Beijing agreed to a 90-day truce. "
"If no agreement is reached within 90 days, the tariffs will be raised to 25 percent, the White House said. "
"Trump tweeted late on Sunday that China had agreed to reduce tariffs on U.S. cars, which currently stand at 40 percent. "
"China had raised its tariff on U.S.-made cars to 40 percent in July in retaliation for U.S. duties.",
[
 E("the tariffs will be raised to 25 percent", "raise", "threatened", "US", "CN", V(25),
   note="'hold off on raising' in the first sentence is coded as a negated measure (no event)"),
 E("China had agreed to reduce tariffs on U.S. cars, which currently stand at 40 percent", "lower", "proposed", "CN", "US", FROM(40),
   goods=["cars"], note="relative clause gives the current level -> from 40"),
 E("China had raised its tariff on U.S.-made cars to 40 percent in July", "raise", "actual", "CN", "US",
   V(40), goods=["cars"], ret=True, note="retaliation phrase holds another event, so it is left out of the span"),
 E("U.S. duties", "impose", "actual", "US", "CN", nth=1, note="party attached (§2b) inside 'in retaliation for'"),
]),
]

PROBES += [
P("p2-18-15", "Turkey doubles tariffs on U.S. cars, alcohol, tobacco", "2018-08-15",
"ANKARA (Reuters) - Turkey on Wednesday doubled tariffs on some U.S. imports, including cars, alcohol and leaf tobacco, in retaliation for Washington\u2019s tariffs on Turkish steel. "
"The duties on U.S. passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco to 60 percent, according to a decree published in the Official Gazette. "
"The increases cover about $533 million of U.S. imports, Turkish officials said. "
"Trump last week doubled tariffs on Turkish steel and aluminum to 50 percent and 20 percent, respectively, as relations soured over the detention of an American pastor. "
"The lira has lost about 40 percent of its value this year.",
[
 E("Turkey on Wednesday doubled tariffs on some U.S. imports, including cars, alcohol and leaf tobacco", "raise", "actual", "TR", "US",
   goods=["cars", "alcohol", "leaf tobacco"], ret=True, note="'doubled' is the size of the change -> rate null"),
 E("Washington\u2019s tariffs on Turkish steel", "impose", "actual", "US", "TR", goods=["steel"]),
 E("The duties on U.S. passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco to 60 percent",
   "raise", "actual", "TR", "US", V(120), goods=["passenger cars"], ret=True),
 E("The duties on U.S. passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco to 60 percent",
   "raise", "actual", "TR", "US", V(140), goods=["alcoholic drinks"], ret=True),
 E("The duties on U.S. passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco to 60 percent",
   "raise", "actual", "TR", "US", V(60), goods=["leaf tobacco"], ret=True),
 E("The increases cover about $533 million of U.S. imports", "raise", "actual", "TR", "US", None, USD(533e6), ret=True,
   note="ellipsis: 'The increases' = the tariff increases"),
 E("Trump last week doubled tariffs on Turkish steel and aluminum to 50 percent and 20 percent, respectively, as relations soured over the detention of an American pastor",
   "raise", "actual", "US", "TR", V(50), goods=["steel"]),
 E("Trump last week doubled tariffs on Turkish steel and aluminum to 50 percent and 20 percent, respectively, as relations soured over the detention of an American pastor",
   "raise", "actual", "US", "TR", V(20), goods=["aluminum"]),
]),

P("p2-18-16", "USDA to give farmers up to $12 billion in trade-war aid", "2018-07-25",
"WASHINGTON (AP) \u2014 The Agriculture Department will provide up to $12 billion in emergency aid to farmers hurt by retaliatory tariffs from China, Mexico, Canada and the European Union, officials said Tuesday. "
"Soybean prices have fallen about 20 percent since China imposed a 25 percent tariff on U.S. soybeans on July 6. "
"Agriculture Secretary Sonny Perdue called the aid a short-term bridge while the administration negotiates better deals. "
"Several Republican senators criticized the plan, saying farmers want trade, not aid.",
[
 *EACH("retaliatory tariffs from China, Mexico, Canada and the European Union", "impose", "actual", ["CN", "MX", "CA", "EU"], "US",
   ret=True, note="target US from context (U.S. farmers)"),
 E("China imposed a 25 percent tariff on U.S. soybeans on July 6", "impose", "actual", "CN", "US", V(25), goods=["soybeans"], ret=False),
]),

P("p2-18-17", "U.S., Canada reach deal to save NAFTA; metals tariffs stay", "2018-10-01",
"OTTAWA/WASHINGTON (Reuters) - Under the deal reached late Sunday, Canada will allow U.S. dairy farmers tariff-free access to about 3.6 percent of its dairy market. "
"The United States agreed to exempt up to 2.6 million passenger vehicles a year from Canada and Mexico from any future tariffs on national security grounds. "
"Washington\u2019s 25 percent tariff on Canadian and Mexican steel and its 10 percent tariff on their aluminum remain in place, and Canada\u2019s retaliatory duties on U.S. goods will stay until those are resolved, Canadian officials said. "
"The agreement must still be approved by lawmakers in all three countries.",
[
 E("Canada will allow U.S. dairy farmers tariff-free access to about 3.6 percent of its dairy market", "remove", "proposed", "CA", "US",
   goods=["dairy"], note="3.6 percent is a market share, not a rate"),
 *EACH("The United States agreed to exempt up to 2.6 million passenger vehicles a year from Canada and Mexico from any future tariffs on national security grounds",
   "exempt", "proposed", "US", ["CA", "MX"], goods=["passenger vehicles"]),
 *[E("Washington\u2019s 25 percent tariff on Canadian and Mexican steel and its 10 percent tariff on their aluminum remain in place",
     "impose", "actual", "US", t, V(r), goods=[g]) for r, g in [(25, "steel"), (10, "aluminum")] for t in ["CA", "MX"]],
 E("Canada\u2019s retaliatory duties on U.S. goods will stay until those are resolved", "impose", "actual", "CA", "US", ret=True,
   note="in force, 'will stay' -> actual"),
]),

P("p2-18-18", "China imposes tariffs on 128 U.S. products", "2018-04-02",
"BEIJING (Bloomberg) -- China imposed additional tariffs of up to 25 percent on 128 U.S. products worth $3 billion, effective Monday, in response to U.S. duties on imported steel and aluminum. "
"The Finance Ministry said a 25 percent tariff applies to eight products including frozen pork and aluminum scrap, and a 15 percent tariff to 120 products including wine, fruit and nuts. "
"U.S. pork producers, who shipped $1.1 billion of pork to China and Hong Kong last year, urged the Trump administration to resolve the dispute quickly. "
"China\u2019s ambassador to Washington said Beijing did not want a trade war but would not flinch from one.",
[
 E("China imposed additional tariffs of up to 25 percent on 128 U.S. products worth $3 billion, effective Monday", "impose", "actual",
   "CN", "US", MAX(25), USD(3e9), ret=True),
 E("U.S. duties on imported steel and aluminum", "impose", "actual", "US", None, goods=["steel", "aluminum"]),
 E("a 25 percent tariff applies to eight products including frozen pork and aluminum scrap, and a 15 percent tariff to 120 products including wine, fruit and nuts",
   "impose", "actual", "CN", "US", V(25), goods=["frozen pork", "aluminum scrap"], ret=True),
 E("a 25 percent tariff applies to eight products including frozen pork and aluminum scrap, and a 15 percent tariff to 120 products including wine, fruit and nuts",
   "impose", "actual", "CN", "US", V(15), goods=["wine", "fruit", "nuts"], ret=True),
]),

P("p2-18-19", "U.S. to quit postal treaty over cheap shipping from China", "2018-10-18",
"WASHINGTON (Reuters) - The Trump administration said on Wednesday it would begin withdrawing from the Universal Postal Union, a 144-year-old treaty that sets the fees national postal services charge each other to deliver international mail. "
"U.S. officials say the system lets Chinese e-commerce sellers ship small packages to American homes at rates below what domestic shippers pay. "
"The White House said it would set its own postal tariffs if it cannot negotiate new terms within a year. "
"Separately, the Federal Maritime Commission is reviewing rules that require ocean carriers to publish their freight tariffs online.",
[]),

P("p2-18-20", "Bombardier wins trade case as U.S. panel rejects duties", "2018-01-27",
"WASHINGTON (Reuters) - The U.S. International Trade Commission voted 4-0 on Friday that Bombardier Inc\u2019s CSeries jets did not harm U.S. manufacturers, throwing out Commerce Department duties of 292 percent on the Canadian planes. "
"Boeing Co, which had petitioned for the duties, said it was disappointed. "
"Canada and Britain had threatened to stop buying Boeing military aircraft over the dispute. "
"Delta Air Lines Inc, which has ordered 75 of the jets, is due to take delivery this year.",
[
 E("The U.S. International Trade Commission voted 4-0 on Friday that Bombardier Inc\u2019s CSeries jets did not harm U.S. manufacturers, throwing out Commerce Department duties of 292 percent on the Canadian planes",
   "remove", "actual", "US", "CA", V(292), goods=["planes"]),
 E("Boeing Co, which had petitioned for the duties", "impose", "demanded", "US", "CA"),
]),
]
