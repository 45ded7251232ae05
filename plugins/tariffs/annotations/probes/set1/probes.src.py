# SPDX-License-Identifier: MIT
# tarprobe: blind probe set for sift's tariff plugin (issue 9).
# Source annotations. build.py resolves span strings to UTF-8 byte offsets.
#
# S(id, title, published, text, [events])
# E(span, action, modality, actor, target, rate=None, amount=None, goods=[],
#   ret=False, nth=None, note=None)
#   rate:   V(x) -> {"value": x}; FT(a, b) -> {"from": a, "to": b};
#           R(a, b) -> {"min": a, "max": b} (either may be None)
#   amount: a number (USD) or (number, "CUR")
#   span:   exact substring of text; nth = which occurrence (1-based)

def P(name, code):
    return {"name": name, "code": code}

US = P("United States", "US"); JP = P("Japan", "JP"); EU = P("European Community", "EU")
EU18 = P("European Union", "EU"); CA = P("Canada", "CA"); MX = P("Mexico", "MX")
CN = P("China", "CN"); KR = P("South Korea", "KR"); TW = P("Taiwan", "TW")
HK = P("Hong Kong", "HK"); BR = P("Brazil", "BR"); DK = P("Denmark", "DK")
VE = P("Venezuela", "VE"); AU = P("Australia", "AU"); DE = P("West Germany", "DE")
IN = P("India", "IN"); IT = P("Italy", "IT"); GB = P("United Kingdom", "GB")
MY = P("Malaysia", "MY"); TH = P("Thailand", "TH"); TR = P("Turkey", "TR")
NULL = None

def V(x): return {"value": x}
def FT(a, b): return {"from": a, "to": b}
def R(a=None, b=None):
    r = {}
    if a is not None: r["min"] = a
    if b is not None: r["max"] = b
    return r

def E(span, action, modality, actor, target, rate=None, amount=None, goods=(),
      ret=False, nth=None, note=None):
    return dict(span=span, action=action, modality=modality, actor=actor,
                target=target, rate=rate, amount=amount, goods=list(goods),
                retaliation=ret, nth=nth, note=note)

def S(id, title, published, text, events, causes=()):
    return dict(id="probe-" + id, title=title, published=published,
                text=" ".join(text.split()), events=events, causes=list(causes))

PROBES = []
A = PROBES.append

# =====================================================================
# Era (a): 1987 Reuters newswire
# =====================================================================

A(S("87-01", "U.S. TO IMPOSE 100 PCT TARIFFS ON JAPANESE GOODS", "1987-03-28", """
WASHINGTON, March 27 - President Reagan said the United States will impose 100 pct
tariffs on up to 300 mln dlrs of Japanese electronic goods on April 17 in retaliation
for Tokyo's failure to honor a 1986 semiconductor pact. The tariffs would be lifted as
soon as Japan complies with the agreement, White House spokesman Marlin Fitzwater said.
Japanese officials urged Washington to drop the planned duties before they take effect.
""", [
    E("President Reagan said the United States will impose 100 pct tariffs on up to 300 mln dlrs of Japanese electronic goods on April 17 in retaliation for Tokyo's failure to honor a 1986 semiconductor pact",
      "impose", "proposed", US, JP, V(100), 300e6, ["electronic goods"], ret=True),
    E("The tariffs would be lifted as soon as Japan complies with the agreement",
      "remove", "proposed", US, JP),
    E("Japanese officials urged Washington to drop the planned duties before they take effect",
      "remove", "demanded", US, JP),
], ["scheduled-not-in-force", "conditional offer to remove", "demand by target", "trailing attribution"]))

A(S("87-02", "RWE SEEKS FIVE PCT RISE IN INDUSTRIAL POWER TARIFFS", "1987-05-04", """
ESSEN, West Germany, May 4 - Rheinisch-Westfaelisches Elektrizitaetswerk AG said it has
applied to raise its industrial power tariffs by five pct from July 1 to cover higher
coal costs. The utility said household tariffs would be unchanged this year. Analysts
said the increase would add about 120 mln marks to annual revenue.
""", [], ["trade sense: utility tariffs"]))

A(S("87-03", "EC MINISTERS FAIL TO AGREE OILS AND FATS TAX", "1987-03-03", """
BRUSSELS, March 2 - EC farm ministers failed to agree on a proposed tax on vegetable and
marine oils and fats, which would be levied on domestic and imported oils alike. The
United States has said it would retaliate if the tax is adopted, and U.S. soybean
growers have urged Washington to draw up a list of EC goods for higher duties.
""", [
    E("U.S. soybean growers have urged Washington to draw up a list of EC goods for higher duties",
      "raise", "demanded", US, EU, ret=True),
], ["domestic tax confuser", "generic 'retaliate'", "industry demand"]))

A(S("87-04", "U.S. ENDS DUTY-FREE STATUS FOR ASIAN NEWLY INDUSTRIALISED NATIONS", "1987-01-02", """
WASHINGTON, Jan 2 - President Reagan has ended preferential duty-free treatment for
some exports from Taiwan, South Korea and Hong Kong under the Generalized System of
Preferences, effective today, the U.S. Trade Representative's office said. Mexico and
Brazil, which had asked to keep their benefits, will lose duty-free status on 12
products from July 1. Officials said the changes affect about 1.2 billion dlrs of trade.
""", [
    E("President Reagan has ended preferential duty-free treatment for some exports from Taiwan, South Korea and Hong Kong under the Generalized System of Preferences, effective today",
      "impose", "actual", US, TW),
    E("President Reagan has ended preferential duty-free treatment for some exports from Taiwan, South Korea and Hong Kong under the Generalized System of Preferences, effective today",
      "impose", "actual", US, KR),
    E("President Reagan has ended preferential duty-free treatment for some exports from Taiwan, South Korea and Hong Kong under the Generalized System of Preferences, effective today",
      "impose", "actual", US, HK),
    E("Mexico and Brazil, which had asked to keep their benefits, will lose duty-free status on 12 products from July 1",
      "impose", "proposed", US, MX,
      note="actor implied by the story (GSP is the U.S.'s); the relative clause is the targets' own request, no tariff word"),
    E("Mexico and Brazil, which had asked to keep their benefits, will lose duty-free status on 12 products from July 1",
      "impose", "proposed", US, BR),
], ["one event per party", "effective today = actual", "scheduled = proposed", "actor implied", "GSP end = impose"]))

A(S("87-05", "CANADA UPHOLDS DUTY ON EC BEEF, EXEMPTS DANISH BEEF", "1987-04-07", """
OTTAWA, April 6 - The Canadian Import Tribunal upheld a countervailing duty of 1.26
Canadian dlrs a kilo on boneless beef from the European Community, but exempted beef
from Denmark. Irish and French exporters have asked Ottawa to cut the duty, which they
say has shut them out of the Canadian market.
""", [
    E("The Canadian Import Tribunal upheld a countervailing duty of 1.26 Canadian dlrs a kilo on boneless beef from the European Community",
      "impose", "actual", CA, EU, None, None, ["boneless beef"]),
    E("exempted beef from Denmark", "exempt", "actual", CA, DK, goods=["beef"]),
    E("Irish and French exporters have asked Ottawa to cut the duty",
      "lower", "demanded", CA, EU, goods=["boneless beef"],
      note="target from the restated measure (EC beef), not the nationality of the demanders"),
], ["specific duty rate null", "agency -> country", "exemption", "demand by exporters"]))

A(S("87-06", "JAPAN TO CUT TARIFFS ON 1,800 ITEMS FROM APRIL", "1987-12-18", """
TOKYO, Dec 18 - Japan will cut import tariffs on 1,800 industrial and farm products from
April 1 as part of its effort to reduce its trade surplus with the United States, the
Finance Ministry said. Duties on chocolate and biscuits will fall to 20 pct from 30 pct,
while tariffs on some wood products will be cut to between five and 10 pct. The package,
approved by the cabinet today, follows U.S. demands for lower duties on farm goods.
""", [
    E("Japan will cut import tariffs on 1,800 industrial and farm products from April 1 as part of its effort to reduce its trade surplus with the United States",
      "lower", "proposed", JP, NULL, goods=["industrial and farm products"],
      note="motive does not make a target"),
    E("Duties on chocolate and biscuits will fall to 20 pct from 30 pct",
      "lower", "proposed", JP, NULL, FT(30, 20), goods=["chocolate", "biscuits"]),
    E("tariffs on some wood products will be cut to between five and 10 pct",
      "lower", "proposed", JP, NULL, R(5, 10), goods=["wood products"]),
    E("U.S. demands for lower duties on farm goods",
      "lower", "demanded", JP, NULL, goods=["farm goods"]),
], ["scheduled = proposed", "target null despite U.S. motive", "from-to", "range", "demand by foreign government", "'package' no tariff word"]))

A(S("87-07", "EC WARNS OF 200 PCT DUTIES ON U.S. FARM GOODS", "1987-02-10", """
BRUSSELS, Feb 10 - The European Community warned it would raise duties on U.S. corn
gluten feed and wheat to 200 pct unless Washington drops its planned tariffs on EC
brandy and cheese. EC farm commissioner Frans Andriessen said the Community still hoped
for a negotiated settlement. U.S. officials said the American
tariffs, announced last month, would take effect on March 1.
""", [
    E("The European Community warned it would raise duties on U.S. corn gluten feed and wheat to 200 pct",
      "raise", "threatened", EU, US, V(200), goods=["corn gluten feed", "wheat"], ret=True),
    E("Washington drops its planned tariffs on EC brandy and cheese",
      "remove", "demanded", US, EU, goods=["brandy", "cheese"],
      note="condition of the EC threat holds another event; coded as the EC's demand that the U.S. drop its plan (§5 remove: asks that it be not imposed)"),
    E("the American tariffs, announced last month, would take effect on March 1",
      "impose", "proposed", US, EU, goods=["brandy", "cheese"]),
], ["threat with condition", "condition holds another event", "raise to = value", "nationality adjective actor", "announced not in force"]))

A(S("87-08", "TAIWAN CUTS TARIFFS ON 862 ITEMS", "1987-01-05", """
TAIPEI, Jan 5 - Taiwan cut import tariffs on 862 items by an average of 50 pct
effective today, in a move to placate Washington ahead of trade talks. Tariffs on U.S.
apples, turkeys and soybeans were reduced to 25 pct from 50 pct, a finance ministry
official said. Taipei also said it would abolish its 10 pct surcharge on imported cars
next year.
""", [
    E("Taiwan cut import tariffs on 862 items by an average of 50 pct effective today",
      "lower", "actual", TW, NULL, note="size of change -> rate null"),
    E("Tariffs on U.S. apples, turkeys and soybeans were reduced to 25 pct from 50 pct",
      "lower", "actual", TW, US, FT(50, 25), goods=["apples", "turkeys", "soybeans"]),
    E("Taipei also said it would abolish its 10 pct surcharge on imported cars next year",
      "remove", "proposed", TW, NULL, goods=["cars"],
      note="10 pct is the former level of a removed tariff -> rate null (batch 11 reuters-1940, batch 14 pd2018-44)"),
], ["size of change null", "former level null", "capital -> country", "effective today = actual"]))

A(S("87-09", "CANADA KEEPS TARIFFS ON U.S. BOOKS, COMPUTER PARTS", "1987-02-13", """
OTTAWA, Feb 12 - Canada's tariffs on U.S. books, periodicals and computer parts would
continue to apply, Trade Minister Pat Carney told the House of Commons. The duties were
imposed last June in retaliation for a 35 pct U.S. tariff on Canadian cedar shakes and
shingles. Carney said Ottawa was prepared to lift them if a negotiated settlement is
reached.
""", [
    E("Canada's tariffs on U.S. books, periodicals and computer parts would continue to apply",
      "impose", "actual", CA, US, goods=["books", "periodicals", "computer parts"], ret=True),
    E("The duties were imposed last June", "impose", "actual", CA, US,
      goods=["books", "periodicals", "computer parts"], ret=True),
    E("a 35 pct U.S. tariff on Canadian cedar shakes and shingles",
      "impose", "actual", US, CA, V(35), goods=["cedar shakes", "shingles"]),
    E("Ottawa was prepared to lift them if a negotiated settlement is reached",
      "remove", "proposed", CA, US, note="pronoun 'them' = the duties; conditional offer to remove"),
], ["'would continue to apply' = actual", "retaliation phrase holds another event", "pronoun", "possessive actor"]))

A(S("87-10", "HOUSE PANEL REJECTS OIL IMPORT FEE, BACKS GASOLINE TAX RISE", "1987-03-20", """
WASHINGTON, March 19 - The House Ways and Means Committee rejected a proposed five dlr a
barrel fee on imported crude oil but approved a two cent a gallon increase in the
federal gasoline excise tax. Independent oil producers, who have lobbied for an import
fee since prices collapsed last year, said they would press the Senate to adopt one.
""", [
    E("Independent oil producers, who have lobbied for an import fee since prices collapsed last year",
      "impose", "demanded", US, NULL, goods=["crude oil"]),
    E("they would press the Senate to adopt one", "impose", "demanded", US, NULL,
      goods=["crude oil"], note="pronoun 'one' = an import fee"),
], ["negation ('rejected')", "domestic excise tax", "industry demand", "pronoun"]))

A(S("87-11", "U.S. TO SET DUMPING DUTIES ON STEEL PIPE FROM THREE NATIONS", "1987-05-12", """
WASHINGTON, May 12 - The Commerce Department said it will impose preliminary
anti-dumping duties of between 3.6 and 42.6 pct on welded steel pipe from Taiwan,
Venezuela and Mexico. A final determination is due in July. The department also
rejected a petition for duties on pipe from Thailand.
""", [
    E("The Commerce Department said it will impose preliminary anti-dumping duties of between 3.6 and 42.6 pct on welded steel pipe from Taiwan, Venezuela and Mexico",
      "impose", "proposed", US, TW, R(3.6, 42.6), goods=["welded steel pipe"]),
    E("The Commerce Department said it will impose preliminary anti-dumping duties of between 3.6 and 42.6 pct on welded steel pipe from Taiwan, Venezuela and Mexico",
      "impose", "proposed", US, VE, R(3.6, 42.6), goods=["welded steel pipe"]),
    E("The Commerce Department said it will impose preliminary anti-dumping duties of between 3.6 and 42.6 pct on welded steel pipe from Taiwan, Venezuela and Mexico",
      "impose", "proposed", US, MX, R(3.6, 42.6), goods=["welded steel pipe"]),
], ["one event per party", "range", "agency -> country", "negation ('rejected a petition')"]))

A(S("87-12", "AUSTRALIA TO CUT CAR TARIFF, TELECOM RAISES CALL CHARGES", "1987-05-14", """
CANBERRA, May 14 - The Australian government will lower the tariff on imported
passenger cars to 45 pct from 57.5 pct over the next five years, Industry Minister John
Button said in the economic statement. Telecom Australia will raise its trunk call
tariffs by an average 4.5 pct from July. Button said the car plan would not change the
import quota system.
""", [
    E("The Australian government will lower the tariff on imported passenger cars to 45 pct from 57.5 pct over the next five years",
      "lower", "proposed", AU, NULL, FT(57.5, 45), goods=["passenger cars"]),
], ["trade sense: telephone tariffs", "from-to decimal", "'imported' = target null", "quota not tariff"]))

A(S("87-13", "TOKYO DENIES REPORT OF BEEF TARIFF CUT", "1987-02-03", """
TOKYO, Feb 3 - Agriculture Ministry officials denied a newspaper report that Japan would
halve its 25 pct tariff on imported beef to defuse U.S. criticism. "We have no plans to
cut the beef tariff," one official said. U.S. meat packers have asked Washington to
press Tokyo to scrap the tariff altogether.
""", [
    E("a newspaper report that Japan would halve its 25 pct tariff on imported beef to defuse U.S. criticism",
      "lower", "considered", JP, NULL, goods=["beef"],
      note="denied report is still an event; 25 pct is the current level, halving is size of change -> rate null"),
    E("U.S. meat packers have asked Washington to press Tokyo to scrap the tariff altogether",
      "remove", "demanded", JP, NULL, goods=["beef"],
      note="actor JP although Washington is asked; target null (imported beef), U.S. demanders are not the target"),
], ["denied report", "negation in quote", "chain of demands", "target null"]))

A(S("87-14", "EC, U.S. AVERT FARM TRADE WAR", "1987-01-30", """
BRUSSELS, Jan 30 - The European Community agreed to cut duties on some U.S. goods and to
let in two mln tonnes of U.S. corn a year at a reduced levy, averting a U.S. threat to
impose 200 pct tariffs on EC brandy, gin and cheese. Washington had been poised to slap
the duties on 400 mln dlrs of EC food and drink on February 1.
""", [
    E("The European Community agreed to cut duties on some U.S. goods",
      "lower", "proposed", EU, US),
    E("to let in two mln tonnes of U.S. corn a year at a reduced levy",
      "lower", "proposed", EU, US, goods=["corn"]),
    E("a U.S. threat to impose 200 pct tariffs on EC brandy, gin and cheese",
      "impose", "threatened", US, EU, V(200), goods=["brandy", "gin", "cheese"]),
    E("Washington had been poised to slap the duties on 400 mln dlrs of EC food and drink on February 1",
      "impose", "threatened", US, EU, None, 400e6, ["food and drink"],
      note="averted threat (guidelines 'was poised to impose ... until a last-minute deal')"),
], ["agreed not in force", "averted threat", "amount", "coordination of two cuts"]))

A(S("87-15", "SOUTH KOREA TO CUT TARIFFS ON 50 PRODUCTS", "1987-03-03", """
SEOUL, March 3 - The government will cut import duties on 50 farm and industrial
products by an average of 10 percentage points from July 1 to ease friction with its
trading partners, the Finance Ministry said. The duty on cigarettes will fall to 50 pct
from 100 pct and that on cosmetics to 20 pct from 40 pct. Seoul has resisted U.S.
pressure to lift its ban on foreign cigarettes.
""", [
    E("The government will cut import duties on 50 farm and industrial products by an average of 10 percentage points from July 1 to ease friction with its trading partners",
      "lower", "proposed", KR, NULL, goods=["farm and industrial products"],
      note="actor from dateline/story: 'the government' without a country"),
    E("The duty on cigarettes will fall to 50 pct from 100 pct",
      "lower", "proposed", KR, NULL, FT(100, 50), goods=["cigarettes"]),
    E("that on cosmetics to 20 pct from 40 pct",
      "lower", "proposed", KR, NULL, FT(40, 20), goods=["cosmetics"]),
], ["actor implied by story", "percentage points null", "ellipsis 'that on'", "ban not tariff"]))

A(S("87-16", "MEXICO TO LOWER MAXIMUM TARIFF TO 20 PCT", "1987-12-16", """
MEXICO CITY, Dec 15 - Mexico will lower its maximum import tariff to 20 pct from 40 pct
and eliminate a five pct import surcharge by the end of the year, Commerce Secretary
Hector Hernandez Cervantes said. Tariffs currently range from zero to 40 pct.
""", [
    E("Mexico will lower its maximum import tariff to 20 pct from 40 pct",
      "lower", "proposed", MX, NULL, FT(40, 20)),
    E("eliminate a five pct import surcharge by the end of the year",
      "remove", "proposed", MX, NULL, note="former level -> rate null"),
    E("Tariffs currently range from zero to 40 pct",
      "impose", "actual", MX, NULL, R(0, 40), note="restatement with its own rate spec; actor implied"),
], ["coordination", "former level null", "range from zero", "actor implied"]))

A(S("87-17", "NAKASONE TO SEEK LIFTING OF U.S. SANCTIONS", "1987-04-20", """
TOKYO, April 20 - Prime Minister Yasuhiro Nakasone will ask President Reagan to lift the
100 pct tariffs on Japanese personal computers, colour televisions and power tools when
the two leaders meet in Washington next week, government sources said. The tariffs,
which took effect on April 17, cover 300 mln dlrs of Japanese goods. MITI officials said
Japan was not considering retaliatory duties on U.S. goods.
""", [
    E("Prime Minister Yasuhiro Nakasone will ask President Reagan to lift the 100 pct tariffs on Japanese personal computers, colour televisions and power tools when the two leaders meet in Washington next week",
      "remove", "demanded", US, JP, goods=["personal computers", "colour televisions", "power tools"],
      note="100 pct is the level of the tariff to be lifted -> rate null"),
    E("The tariffs, which took effect on April 17, cover 300 mln dlrs of Japanese goods",
      "impose", "actual", US, JP, None, 300e6),
], ["demand by target government", "actor = asked party", "former level null", "negation", "'sanctions' in headline"]))

A(S("87-18", "TRANSPACIFIC LINES TO RAISE FREIGHT TARIFFS", "1987-06-02", """
HONG KONG, June 2 - The Trans-Pacific Westbound Rate Agreement said its member lines
will raise freight tariffs on cargo from the U.S. West Coast to Asia by 10 pct from
August 1. The conference said the increase reflected higher bunker costs and the
dollar's fall. Shippers' councils in Hong Kong and Taiwan said they would oppose the
rise.
""", [], ["trade sense: freight tariffs with country names"]))

A(S("87-19", "CHINA RAISES DUTIES ON CARS, CIGARETTES", "1987-09-09", """
PEKING, Sept 9 - China has raised import duties on cars, cigarettes and watches to curb
spending of its scarce foreign exchange, the official New China News Agency said. Duties
on cars rose to 180 pct from 120 pct and those on foreign cigarettes to 150 pct,
effective yesterday. Duties on alcoholic drinks were unchanged at 80 pct.
""", [
    E("China has raised import duties on cars, cigarettes and watches to curb spending of its scarce foreign exchange",
      "raise", "actual", CN, NULL, goods=["cars", "cigarettes", "watches"]),
    E("Duties on cars rose to 180 pct from 120 pct", "raise", "actual", CN, NULL,
      FT(120, 180), goods=["cars"]),
    E("those on foreign cigarettes to 150 pct", "raise", "actual", CN, NULL, V(150),
      goods=["cigarettes"]),
    E("Duties on alcoholic drinks were unchanged at 80 pct", "impose", "actual", CN, NULL,
      V(80), goods=["alcoholic drinks"], note="existing tariff, no change -> impose"),
], ["ellipsis", "from-to", "'foreign' = target null", "unchanged = impose"]))

A(S("87-20", "HOUSE APPROVES GEPHARDT TRADE AMENDMENT", "1987-04-30", """
WASHINGTON, April 29 - The House approved an amendment by Representative Richard
Gephardt that would require the administration to impose tariffs on goods from Japan,
West Germany and Taiwan if they do not cut their trade surpluses with the U.S. by 10 pct
a year. Treasury Secretary James Baker said tariffs had never cured a trade deficit and
that the amendment would violate the General Agreement on Tariffs and Trade.
""", [
    E("an amendment by Representative Richard Gephardt that would require the administration to impose tariffs on goods from Japan, West Germany and Taiwan if they do not cut their trade surpluses with the U.S. by 10 pct a year",
      "impose", "threatened", US, JP, note="threat checked before demand (§6 order); 10 pct is the surplus cut"),
    E("an amendment by Representative Richard Gephardt that would require the administration to impose tariffs on goods from Japan, West Germany and Taiwan if they do not cut their trade surpluses with the U.S. by 10 pct a year",
      "impose", "threatened", US, DE),
    E("an amendment by Representative Richard Gephardt that would require the administration to impose tariffs on goods from Japan, West Germany and Taiwan if they do not cut their trade surpluses with the U.S. by 10 pct a year",
      "impose", "threatened", US, TW),
], ["one event per party", "condition on target = threatened", "policy-tool talk", "GATT name", "non-rate pct"]))

# =====================================================================
# Era (b): 2016 US presidential campaign coverage (US papers)
# =====================================================================

A(S("16-01", "Trump Vows 35% Tariff on Ford Cars Made in Mexico", "2016-04-06", """
Donald J. Trump told a rally in Michigan on Tuesday that he would impose a 35 percent
tariff on cars and parts made by Ford in Mexico and shipped back into the United States.
"Every car that comes across the border, we're going to charge them a tax," he said.
Economists warned that such tariffs would raise prices for American consumers.
""", [
    E("Donald J. Trump told a rally in Michigan on Tuesday that he would impose a 35 percent tariff on cars and parts made by Ford in Mexico and shipped back into the United States",
      "impose", "proposed", US, MX, V(35), goods=["cars", "parts"],
      note="candidate's plan = proposed; actor = the U.S. he would govern"),
    E("Every car that comes across the border, we're going to charge them a tax",
      "impose", "proposed", US, MX, goods=["car"],
      note="a tax on goods crossing the border is an import tax"),
], ["candidate plan = proposed", "import 'tax' in quote", "bare re-mention 'such tariffs'"]))

A(S("16-02", "Clinton Proposes Surcharge on Incomes Over $5 Million", "2016-01-12", """
Hillary Clinton on Monday proposed a 4 percent surcharge on incomes above $5 million a
year, part of a plan to make the wealthy pay what she called their fair share. She also
wants to raise the tax on short-term capital gains. Mrs. Clinton has not called for new
tariffs on Chinese goods, aides said, preferring to enforce existing trade law.
""", [], ["domestic surcharge/tax", "negation", "trade-law talk"]))

A(S("16-03", "In Debate, Trump Defends China and Mexico Tariffs", "2016-03-11", """
Mr. Trump has proposed a 45 percent tariff on Chinese imports and has said he would slap
a 35 percent levy on Mexican goods if Mexico does not agree to renegotiate Nafta. Senator
Ted Cruz of Texas called the plan "a tax on every American family." Senator Marco Rubio
said tariffs were not the answer.
""", [
    E("Mr. Trump has proposed a 45 percent tariff on Chinese imports",
      "impose", "proposed", US, CN, V(45)),
    E("has said he would slap a 35 percent levy on Mexican goods if Mexico does not agree to renegotiate Nafta",
      "impose", "threatened", US, MX, V(35)),
], ["proposed vs threatened in one sentence", "coordination", "policy-tool talk"]))

A(S("16-04", "Sanders Courts Steelworkers in Pittsburgh", "2016-04-20", """
Bernie Sanders, campaigning in Pittsburgh, called on the Obama administration to impose
stiff duties on Chinese steel, which he said was being dumped on American markets. The
United Steelworkers union has petitioned the Commerce Department for antidumping duties
on corrosion-resistant steel from China, India, Italy and South Korea. Commerce is
expected to announce its decision next month.
""", [
    E("Bernie Sanders, campaigning in Pittsburgh, called on the Obama administration to impose stiff duties on Chinese steel",
      "impose", "demanded", US, CN, goods=["steel"],
      note="a candidate urging the sitting administration = demanded (contrast with own plans = proposed)"),
    E("The United Steelworkers union has petitioned the Commerce Department for antidumping duties on corrosion-resistant steel from China, India, Italy and South Korea",
      "impose", "demanded", US, CN, goods=["corrosion-resistant steel"]),
    E("The United Steelworkers union has petitioned the Commerce Department for antidumping duties on corrosion-resistant steel from China, India, Italy and South Korea",
      "impose", "demanded", US, IN, goods=["corrosion-resistant steel"]),
    E("The United Steelworkers union has petitioned the Commerce Department for antidumping duties on corrosion-resistant steel from China, India, Italy and South Korea",
      "impose", "demanded", US, IT, goods=["corrosion-resistant steel"]),
    E("The United Steelworkers union has petitioned the Commerce Department for antidumping duties on corrosion-resistant steel from China, India, Italy and South Korea",
      "impose", "demanded", US, KR, goods=["corrosion-resistant steel"]),
], ["candidate demand vs plan", "one event per party", "petition = demanded"]))

A(S("16-05", "Clinton, in Ohio, Talks Tough on Chinese Steel", "2016-08-31", """
Hillary Clinton, speaking at a factory in Toledo, Ohio, said that as president she would
impose duties on Chinese steel if Beijing continued to flood world markets with cheap
metal. Her economic plan also includes an "exit tax" on companies that move their
headquarters overseas to avoid American taxes. She said Donald J. Trump's talk of
across-the-board tariffs would start a trade war that would cost American jobs.
""", [
    E("she would impose duties on Chinese steel if Beijing continued to flood world markets with cheap metal",
      "impose", "threatened", US, CN, goods=["steel"]),
    E("Donald J. Trump's talk of across-the-board tariffs would start a trade war that would cost American jobs",
      "impose", "proposed", US, NULL,
      note="possessive names the levying side; across-the-board = all imports -> target null"),
], ["condition on target = threatened", "domestic 'exit tax'", "possessive actor", "target null for all imports"]))

A(S("16-06", "Trump Says He Would Consider 45% Tariff on Chinese Exports", "2016-01-08", """
Donald J. Trump told The New York Times editorial board on Wednesday that he would
consider a tariff of up to 45 percent on Chinese exports to the United States. His
campaign later said Mr. Trump would impose the tariff only if China refused to stop
manipulating its currency. A spokesman for China's Foreign Ministry declined to comment.
""", [
    E("Donald J. Trump told The New York Times editorial board on Wednesday that he would consider a tariff of up to 45 percent on Chinese exports to the United States",
      "impose", "considered", US, CN, R(None, 45), goods=[]),
    E("Mr. Trump would impose the tariff only if China refused to stop manipulating its currency",
      "impose", "threatened", US, CN),
], ["considered", "max-only range", "'Chinese exports' = target CN", "condition on target"]))

A(S("16-07", "Fact Check: Trump on China's Car Tariffs", "2016-10-11", """
Mr. Trump claimed during Sunday's debate that it is nearly impossible for American
carmakers to sell in China. In fact, China's import tariff on passenger cars is 25
percent, while the United States levies 2.5 percent on imported cars and 25 percent on
light trucks, according to the Office of the United States Trade Representative. Mr.
Trump has also said he would raise the American tariff on Chinese goods to match what he
called Beijing's barriers.
""", [
    E("China's import tariff on passenger cars is 25 percent",
      "impose", "actual", CN, NULL, V(25), goods=["passenger cars"]),
    E("the United States levies 2.5 percent on imported cars and 25 percent on light trucks",
      "impose", "actual", US, NULL, V(2.5), goods=["cars"]),
    E("the United States levies 2.5 percent on imported cars and 25 percent on light trucks",
      "impose", "actual", US, NULL, V(25), goods=["light trucks"]),
    E("Mr. Trump has also said he would raise the American tariff on Chinese goods to match what he called Beijing's barriers",
      "raise", "proposed", US, CN),
], ["tranches", "possessive actor", "target null", "non-tariff barriers", "trailing attribution"]))

A(S("16-08", "Trump Promises Pennsylvania Steelworkers Protection", "2016-04-26", """
At a rally in Wilkes-Barre, Pa., Mr. Trump promised steelworkers that he would put
tariffs on steel dumped by China, and said companies that moved factories to Mexico
would pay a 35 percent tax on products they sent back across the border. "We're not
going to let it happen anymore," he said. Mr. Trump did not say how steel from Canada
would be treated.
""", [
    E("Mr. Trump promised steelworkers that he would put tariffs on steel dumped by China",
      "impose", "proposed", US, CN, goods=["steel"]),
    E("companies that moved factories to Mexico would pay a 35 percent tax on products they sent back across the border",
      "impose", "proposed", US, MX, V(35),
      note="import tax on goods from Mexico; companies pay, target is the goods' origin"),
], ["candidate plan", "import 'tax'", "coordination", "roles: 'dumped by China' = origin"]))

A(S("16-09", "Chamber of Commerce Warns Trump Trade Plan Could Cost Jobs", "2016-07-26", """
The U.S. Chamber of Commerce warned on Monday that Mr. Trump's proposed tariffs on
Chinese and Mexican imports could cost up to 4.8 million American jobs. Gov. Mike Pence
of Indiana, Mr. Trump's running mate, defended the plan, saying tariffs would be "a last
resort."
""", [
    E("Mr. Trump's proposed tariffs on Chinese and Mexican imports could cost up to 4.8 million American jobs",
      "impose", "proposed", US, CN, note="opposition by a third party is not a demand"),
    E("Mr. Trump's proposed tariffs on Chinese and Mexican imports could cost up to 4.8 million American jobs",
      "impose", "proposed", US, MX),
], ["one event per party via nationality adjectives", "possessive actor", "effects not amount", "policy-tool talk"]))

A(S("16-10", "Philadelphia Passes Soda Tax", "2016-06-17", """
Philadelphia's City Council approved a 1.5-cent-per-ounce tax on sugary drinks on
Thursday, making it the first major American city to adopt such a levy. Hillary Clinton,
who has endorsed the tax, said it would pay for universal prekindergarten. Beverage
companies said the levy would be passed on to consumers and vowed to sue.
""", [], ["domestic tax / levy confuser"]))

A(S("16-11", "Trump Lays Out Seven-Point Trade Plan", "2016-06-29", """
In his speech in Monessen, Pa., Mr. Trump laid out a seven-point plan. If China does not
stop its illegal activities, he said, he would use every lawful presidential power to
remedy trade disputes, including the application of tariffs under Sections 201 and 301
of the Trade Act of 1974. He also pledged to withdraw from the Trans-Pacific Partnership
and to renegotiate Nafta.
""", [
    E("he would use every lawful presidential power to remedy trade disputes, including the application of tariffs under Sections 201 and 301 of the Trade Act of 1974",
      "impose", "threatened", US, CN, note="fronted condition on China sets threatened; condition left out of span"),
], ["fronted condition", "reported speech interrupted by 'he said'", "target from condition"]))

A(S("16-12", "What Trump's Tariffs Would Mean for Your Wallet", "2016-08-15", """
Mr. Trump's proposed 45 percent tariff on Chinese goods, which totaled $482 billion last
year, would raise prices on everything from sneakers to smartphones, economists say.
China could retaliate with tariffs on American soybeans and Boeing jets. Mexico, which
would face a 35 percent tariff under Mr. Trump's plan, is the second-largest buyer of
American exports.
""", [
    E("Mr. Trump's proposed 45 percent tariff on Chinese goods, which totaled $482 billion last year, would raise prices on everything from sneakers to smartphones",
      "impose", "proposed", US, CN, V(45), 482e9,
      note="'which totaled' gives the value of the goods covered (§8)"),
    E("China could retaliate with tariffs on American soybeans and Boeing jets",
      "impose", "considered", CN, US, goods=["soybeans", "jets"], ret=True),
    E("Mexico, which would face a 35 percent tariff under Mr. Trump's plan",
      "impose", "proposed", US, MX, V(35), note="target is the subject; actor from 'Mr. Trump's plan'"),
], ["amount via relative clause", "could = considered", "role inversion (target as subject)", "price effects not goods"]))

A(S("16-13", "U.S. Slaps 522% Duties on Chinese Cold-Rolled Steel", "2016-05-18", """
The Commerce Department on Tuesday set final antidumping and antisubsidy duties of 522
percent on cold-rolled steel from China, and duties of 71.35 percent on the same product
from Japan. Duties on cold-rolled steel from Brazil, India, South Korea and Britain will
be announced in July. Both presidential candidates praised the decision.
""", [
    E("The Commerce Department on Tuesday set final antidumping and antisubsidy duties of 522 percent on cold-rolled steel from China, and duties of 71.35 percent on the same product from Japan",
      "impose", "actual", US, CN, V(522), goods=["cold-rolled steel"]),
    E("The Commerce Department on Tuesday set final antidumping and antisubsidy duties of 522 percent on cold-rolled steel from China, and duties of 71.35 percent on the same product from Japan",
      "impose", "actual", US, JP, V(71.35), goods=["cold-rolled steel"]),
    E("Duties on cold-rolled steel from Brazil, India, South Korea and Britain will be announced in July",
      "impose", "proposed", US, BR, goods=["cold-rolled steel"], note="scheduled"),
    E("Duties on cold-rolled steel from Brazil, India, South Korea and Britain will be announced in July",
      "impose", "proposed", US, IN, goods=["cold-rolled steel"]),
    E("Duties on cold-rolled steel from Brazil, India, South Korea and Britain will be announced in July",
      "impose", "proposed", US, KR, goods=["cold-rolled steel"]),
    E("Duties on cold-rolled steel from Brazil, India, South Korea and Britain will be announced in July",
      "impose", "proposed", US, GB, goods=["cold-rolled steel"]),
], ["tranches per target", "one event per party", "actor implied (Commerce) in 2nd sentence", "scheduled"]))

A(S("16-14", "Chinese Paper Warns of Retaliation Against Trump Tariffs", "2016-11-14", """
The Global Times, a state-run Chinese tabloid, warned on Monday that Beijing would halt
orders for Boeing jets and impose duties on American soybeans and corn if President-elect
Donald J. Trump followed through on his pledge of a 45 percent tariff on Chinese goods.
Peter Navarro, a Trump adviser, said China would not dare retaliate.
""", [
    E("Beijing would halt orders for Boeing jets and impose duties on American soybeans and corn",
      "impose", "threatened", CN, US, goods=["soybeans", "corn"], ret=True,
      note="a state paper warning for Beijing; condition holds another event and is left out"),
    E("his pledge of a 45 percent tariff on Chinese goods", "impose", "proposed", US, CN, V(45)),
], ["if-clause holds the other party's measure", "threat with condition", "roles"]))

A(S("16-15", "Trump's China Tariff Would Dwarf Obama's Tire Duties", "2016-03-02", """
In 2009, President Obama imposed a 35 percent tariff on Chinese tires, which was lowered
to 30 percent in the second year and to 25 percent in the third. Mr. Trump has cited the
tire tariff as proof that duties work. Mr. Trump would go much further: a 45 percent duty
on everything China sells to the United States.
""", [
    E("President Obama imposed a 35 percent tariff on Chinese tires", "impose", "actual",
      US, CN, V(35), goods=["tires"]),
    E("which was lowered to 30 percent in the second year", "lower", "actual", US, CN, V(30),
      goods=["tires"], note="relative clause asserting a different measure"),
    E("to 25 percent in the third", "lower", "actual", US, CN, V(25), goods=["tires"]),
    E("Mr. Trump has cited the tire tariff as proof that duties work", "impose", "actual",
      US, CN, goods=["tires"], note="restatement with goods spec"),
    E("Mr. Trump would go much further: a 45 percent duty on everything China sells to the United States",
      "impose", "proposed", US, CN, V(45)),
], ["history vs plan", "relative clause separate measure", "ellipsis", "restatement", "fronted date out of span"]))

A(S("16-16", "Trump Takes Aim at Carrier Move to Mexico", "2016-02-12", """
Mr. Trump has said he would warn United Technologies that air conditioners made at a
planned Carrier plant in Monterrey, Mexico, would be hit with a 35 percent tax when they
crossed the border unless the company kept its Indianapolis factory open. He has also
proposed cutting the corporate tax rate to 15 percent. Indiana officials have offered
the company $7 million in state tax breaks.
""", [
    E("Mr. Trump has said he would warn United Technologies that air conditioners made at a planned Carrier plant in Monterrey, Mexico, would be hit with a 35 percent tax when they crossed the border unless the company kept its Indianapolis factory open",
      "impose", "threatened", US, MX, V(35), goods=["air conditioners"]),
], ["threat conditional on a company", "import 'tax'", "domestic corporate tax", "tax breaks"]))

A(S("16-17", "Mexico Warns It Could Hit Back if Trump Quits Nafta", "2016-11-10", """
Mexico's economy minister, Ildefonso Guajardo, said Mexico would hit American goods with
duties of its own if Washington abandoned Nafta. American corn, which enters Mexico
duty-free under the trade pact, would be an obvious target, analysts said. Mexico is the
largest buyer of American corn.
""", [
    E("Mexico would hit American goods with duties of its own if Washington abandoned Nafta",
      "impose", "threatened", MX, US, ret=True),
    E("American corn, which enters Mexico duty-free under the trade pact", "remove", "actual",
      MX, US, goods=["corn"], note="duty-free treatment in force = remove/actual, rate null"),
], ["threat by foreign government", "duty-free in force", "roles: target in subject"]))

A(S("16-18", "Solar Industry Weighs Clinton Plan, and Trade Duties", "2016-08-02", """
Mrs. Clinton's plan to install half a billion solar panels by 2020 has drawn praise from
installers, who are also lobbying states to keep generous feed-in tariffs for rooftop
systems. Manufacturers have a different worry: the antidumping duties of up to 165
percent that Washington put on Chinese panels in 2015 have pushed Chinese companies to
assemble in Malaysia and Thailand. SolarWorld, an American manufacturer, has asked the
Commerce Department to extend the duties to panels from those two countries.
""", [
    E("the antidumping duties of up to 165 percent that Washington put on Chinese panels in 2015 have pushed Chinese companies to assemble in Malaysia and Thailand",
      "impose", "actual", US, CN, R(None, 165), goods=["panels"]),
    E("SolarWorld, an American manufacturer, has asked the Commerce Department to extend the duties to panels from those two countries",
      "impose", "demanded", US, MY, goods=["panels"]),
    E("SolarWorld, an American manufacturer, has asked the Commerce Department to extend the duties to panels from those two countries",
      "impose", "demanded", US, TH, goods=["panels"]),
], ["feed-in tariffs (utility)", "relative clause with actor", "'those two countries' = one event per party", "company demand"]))

A(S("16-19", "Trump Team Weighs Across-the-Board Import Tariff", "2016-12-05", """
Mr. Trump's transition team is weighing a 5 percent tariff on all imports, with higher
rates for goods from countries that run large surpluses with the United States,
according to two people briefed on the discussions. Reince Priebus, the incoming chief
of staff, said on Sunday that no decision had been made on tariffs.
""", [
    E("Mr. Trump's transition team is weighing a 5 percent tariff on all imports, with higher rates for goods from countries that run large surpluses with the United States",
      "impose", "considered", US, NULL, V(5)),
    E("Mr. Trump's transition team is weighing a 5 percent tariff on all imports, with higher rates for goods from countries that run large surpluses with the United States",
      "impose", "considered", US, NULL,
      note="second tranche: unnamed surplus countries -> target null, no rate"),
], ["all imports = target null", "considered", "tranches", "trailing attribution", "'no decision' not an event"]))

A(S("16-20", "How Trump Says Mexico Would Pay for the Wall", "2016-04-06", """
Mr. Trump has insisted that Mexico will pay for a border wall. In a memo to The
Washington Post, his campaign said a President Trump could cut off the money that
Mexicans in the United States send home, and aides have also floated raising fees on
visas and a levy on Mexican imports. Former President Vicente Fox said his country would
not pay for the wall.
""", [
    E("aides have also floated raising fees on visas and a levy on Mexican imports",
      "impose", "considered", US, MX, note="'floated' = weighing; visa fees not goods"),
], ["fees not on goods", "floated = considered", "actor implied (campaign's aides)"]))

# =====================================================================
# Era (c): 2018 trade-war wire copy (Reuters / AP / Bloomberg)
# =====================================================================

A(S("18-01", "Trump orders steel, aluminum tariffs, spares Canada and Mexico", "2018-03-08", """
WASHINGTON (Reuters) - President Donald Trump on Thursday ordered tariffs of 25 percent
on steel imports and 10 percent on aluminum, but exempted Canada and Mexico while talks
on Nafta continue. The U.S. tariffs take effect in 15 days. Australia, Brazil and South
Korea said they would seek exemptions.
""", [
    E("President Donald Trump on Thursday ordered tariffs of 25 percent on steel imports and 10 percent on aluminum",
      "impose", "proposed", US, NULL, V(25), goods=["steel"], note="ordered, takes effect in 15 days"),
    E("President Donald Trump on Thursday ordered tariffs of 25 percent on steel imports and 10 percent on aluminum",
      "impose", "proposed", US, NULL, V(10), goods=["aluminum"]),
    E("exempted Canada and Mexico while talks on Nafta continue", "exempt", "proposed", US, CA,
      goods=["steel", "aluminum"]),
    E("exempted Canada and Mexico while talks on Nafta continue", "exempt", "proposed", US, MX,
      goods=["steel", "aluminum"]),
    E("The U.S. tariffs take effect in 15 days", "impose", "proposed", US, NULL),
    E("Australia, Brazil and South Korea said they would seek exemptions", "exempt", "demanded", US, AU),
    E("Australia, Brazil and South Korea said they would seek exemptions", "exempt", "demanded", US, BR),
    E("Australia, Brazil and South Korea said they would seek exemptions", "exempt", "demanded", US, KR),
], ["ordered but not in force = proposed", "tranches", "one event per party (exemptions, demands)", "all imports target null", "ellipsis 'seek exemptions'"]))

A(S("18-02", "China hits back with tariffs on 106 U.S. goods including soybeans", "2018-04-04", """
BEIJING (Reuters) - China on Wednesday announced plans to impose additional tariffs of 25
percent on 106 U.S. goods including soybeans, cars and chemicals, worth $50 billion, in
retaliation for proposed U.S. duties on Chinese high-tech goods. The Commerce Ministry
said the date the tariffs take effect would depend on when the U.S. measures come into
force.
""", [
    E("China on Wednesday announced plans to impose additional tariffs of 25 percent on 106 U.S. goods including soybeans, cars and chemicals, worth $50 billion",
      "impose", "proposed", CN, US, V(25), 50e9, ["soybeans", "cars", "chemicals"], ret=True),
    E("proposed U.S. duties on Chinese high-tech goods", "impose", "proposed", US, CN,
      goods=["high-tech goods"]),
], ["announced plans = proposed", "retaliation phrase holds another event", "amount", "bare re-mention / 'measures' no event"]))

A(S("18-03", "South Korea to take U.S. washer, solar tariffs to WTO", "2018-01-23", """
SEOUL (Reuters) - South Korea will file a complaint with the World Trade Organization
over Washington's decision to impose safeguard tariffs on imported washing machines and
solar panels, its trade ministry said on Tuesday. The U.S. tariffs of up to 50 percent
on washers will hit Samsung Electronics and LG Electronics hardest. Seoul is also
considering whether to suspend tariff concessions on U.S. goods.
""", [
    E("Washington's decision to impose safeguard tariffs on imported washing machines and solar panels",
      "impose", "proposed", US, NULL, goods=["washing machines", "solar panels"],
      note="safeguard on all imports: target null although Korea complains; decided, not yet in force"),
    E("The U.S. tariffs of up to 50 percent on washers will hit Samsung Electronics and LG Electronics hardest",
      "impose", "proposed", US, NULL, R(None, 50), goods=["washers"],
      note="companies hit are effects, not the measure's origin scope"),
    E("Seoul is also considering whether to suspend tariff concessions on U.S. goods",
      "raise", "considered", KR, US, note="suspending concessions = raising duties (cf. unbinding = raise)"),
], ["possessive actor vs complaining party", "target null for safeguard", "decision = proposed", "concession suspension"]))

A(S("18-04", "Canada to slap tariffs on C$16.6 billion of U.S. goods", "2018-05-31", """
OTTAWA (Reuters) - Canada will impose tariffs on C$16.6 billion ($12.6 billion) worth of
U.S. goods from July 1, including steel, aluminum, whiskey, orange juice and ketchup, in
response to U.S. levies on Canadian steel and aluminum, which take effect on Friday,
Foreign Minister Chrystia Freeland said on Thursday. The Canadian duties will be 25
percent on steel and 10 percent on aluminum and the other products.
""", [
    E("Canada will impose tariffs on C$16.6 billion ($12.6 billion) worth of U.S. goods from July 1, including steel, aluminum, whiskey, orange juice and ketchup",
      "impose", "proposed", CA, US, None, (16.6e9, "CAD"),
      ["steel", "aluminum", "whiskey", "orange juice", "ketchup"], ret=True,
      note="amount as first written, in CAD"),
    E("U.S. levies on Canadian steel and aluminum, which take effect on Friday",
      "impose", "proposed", US, CA, goods=["steel", "aluminum"]),
    E("The Canadian duties will be 25 percent on steel and 10 percent on aluminum and the other products",
      "impose", "proposed", CA, US, V(25), goods=["steel"]),
    E("The Canadian duties will be 25 percent on steel and 10 percent on aluminum and the other products",
      "impose", "proposed", CA, US, V(10), goods=["aluminum"]),
], ["scheduled = proposed", "retaliation phrase holds another event", "tranches", "currency", "trailing attribution"]))

A(S("18-05", "EU duties on U.S. bourbon, motorcycles to start Friday", "2018-06-20", """
BRUSSELS (Reuters) - The European Union will start charging 25 percent duties on 2.8
billion euros of U.S. imports including bourbon, motorcycles and orange juice on Friday,
the European Commission said on Wednesday. U.S. President Donald Trump has threatened to
impose a 20 percent tariff on all EU-assembled cars coming into the United States if the
bloc does not drop its own tariffs and trade barriers.
""", [
    E("The European Union will start charging 25 percent duties on 2.8 billion euros of U.S. imports including bourbon, motorcycles and orange juice on Friday",
      "impose", "proposed", EU18, US, V(25), (2.8e9, "EUR"), ["bourbon", "motorcycles", "orange juice"]),
    E("U.S. President Donald Trump has threatened to impose a 20 percent tariff on all EU-assembled cars coming into the United States",
      "impose", "threatened", US, EU18, V(20), goods=["cars"]),
    E("the bloc does not drop its own tariffs", "remove", "demanded", EU18, US,
      note="condition of Trump's threat: the U.S. demand that the EU drop its tariffs"),
], ["scheduled = proposed", "'all EU-assembled' = target EU (not null)", "condition holds another event"]))

A(S("18-06", "U.S. to impose tariffs on $200 billion of Chinese goods", "2018-09-17", """
WASHINGTON (Reuters) - The Trump administration said on Monday it will impose 10 percent
tariffs on about $200 billion worth of Chinese imports starting Sept. 24, rising to 25
percent at the end of the year. Trump warned that if China retaliates against U.S.
farmers or industries, Washington would immediately pursue tariffs on approximately $267
billion of additional imports. Smart watches and Bluetooth devices were spared from the
new duties.
""", [
    E("The Trump administration said on Monday it will impose 10 percent tariffs on about $200 billion worth of Chinese imports starting Sept. 24",
      "impose", "proposed", US, CN, V(10), 200e9),
    E("rising to 25 percent at the end of the year", "raise", "proposed", US, CN, V(25)),
    E("Washington would immediately pursue tariffs on approximately $267 billion of additional imports",
      "impose", "threatened", US, CN, None, 267e9, note="fronted condition on China"),
    E("Smart watches and Bluetooth devices were spared from the new duties", "exempt", "proposed",
      US, CN, goods=["smart watches", "Bluetooth devices"], note="exclusion from a list not yet in force"),
], ["scheduled step-up", "ellipsis 'rising to'", "threat with fronted condition", "target implied ('additional imports')", "exemption"]))

A(S("18-07", "China to levy tariffs on $60 billion of U.S. goods from Sept. 24", "2018-09-18", """
BEIJING (Reuters) - China will levy tariffs of 5 to 10 percent on $60 billion worth of U.S.
goods from Sept. 24, the finance ministry said on Tuesday, lower than the tariffs of 5 to
25 percent that Beijing had threatened in August. Separately, Beijing said it would lower
average import tariffs on machinery, textiles and other goods from most of its trading
partners from Nov. 1.
""", [
    E("China will levy tariffs of 5 to 10 percent on $60 billion worth of U.S. goods from Sept. 24",
      "impose", "proposed", CN, US, R(5, 10), 60e9),
    E("the tariffs of 5 to 25 percent that Beijing had threatened in August", "impose", "threatened",
      CN, US, R(5, 25), note="earlier threatened tranche, mentioned in a comparison; has party + action"),
    E("Beijing said it would lower average import tariffs on machinery, textiles and other goods from most of its trading partners from Nov. 1",
      "lower", "proposed", CN, NULL, goods=["machinery", "textiles"]),
], ["range", "threat restated in comparison", "'most trading partners' = target null", "trailing attribution mid-sentence"]))

A(S("18-08", "Trump says ready to put tariffs on all Chinese imports", "2018-07-20", """
WASHINGTON (AP) - President Donald Trump threatened Friday to impose tariffs on every
product China ships to the United States, some $505 billion worth, escalating his trade
fight with Beijing. The 25 percent tariffs on $34 billion in Chinese goods that took
effect July 6 would continue to apply, he said, and a second batch covering $16 billion
is set to kick in in the coming weeks.
""", [
    E("President Donald Trump threatened Friday to impose tariffs on every product China ships to the United States, some $505 billion worth",
      "impose", "threatened", US, CN, None, 505e9),
    E("The 25 percent tariffs on $34 billion in Chinese goods that took effect July 6 would continue to apply",
      "impose", "actual", US, CN, V(25), 34e9),
    E("a second batch covering $16 billion is set to kick in in the coming weeks",
      "impose", "proposed", US, CN, None, 16e9, note="ellipsis: amount stands for the tariffs just named"),
], ["threat", "'would continue to apply' = actual", "ellipsis 'second batch'", "'China ships' = target"]))

A(S("18-09", "India raises import duties on 19 items to curb deficit", "2018-09-27", """
NEW DELHI (Reuters) - India raised import duties on 19 items including air conditioners,
refrigerators and jewellery, effective Thursday, to curb a widening current account
deficit and support a slumping rupee. Duties on air conditioners and refrigerators were
doubled to 20 percent, while the levy on jewellery rose to 20 percent from 15 percent.
Aviation turbine fuel, which had been duty-free, will now attract a 5 percent import
duty. The government also raised the goods and services tax on some luxury items.
""", [
    E("India raised import duties on 19 items including air conditioners, refrigerators and jewellery, effective Thursday, to curb a widening current account deficit and support a slumping rupee",
      "raise", "actual", IN, NULL, goods=["air conditioners", "refrigerators", "jewellery"]),
    E("Duties on air conditioners and refrigerators were doubled to 20 percent", "raise", "actual",
      IN, NULL, V(20), goods=["air conditioners", "refrigerators"]),
    E("the levy on jewellery rose to 20 percent from 15 percent", "raise", "actual", IN, NULL,
      FT(15, 20), goods=["jewellery"]),
    E("Aviation turbine fuel, which had been duty-free, will now attract a 5 percent import duty",
      "impose", "actual", IN, NULL, V(5), goods=["aviation turbine fuel"],
      note="effective on the article's date, so 'will now' is actual"),
], ["effective today = actual despite 'will'", "from-to", "target null", "GST domestic tax"]))

A(S("18-10", "Britain's energy price cap to cut bills for 11 million homes", "2018-11-06", """
LONDON (Reuters) - Britain's energy regulator Ofgem set a cap of 1,137 pounds a year on
default energy tariffs on Tuesday, forcing suppliers to cut bills for 11 million
households from January. Centrica's British Gas said it would lower its standard
variable tariff by 2 percent. The cap does not cover prepayment tariffs, which already
have a limit.
""", [], ["trade sense: energy tariffs with lower/cut verbs"]))

A(S("18-11", "Mexico hits U.S. pork, steel, bourbon with retaliatory tariffs", "2018-06-01", """
MEXICO CITY (Reuters) - Mexico will impose tariffs of 20 to 25 percent on U.S. pork legs
and shoulders, apples, potatoes, cheeses and bourbon, and 25 percent on flat steel, the
economy ministry said on Thursday, hitting back after Washington removed Mexico's
exemption from steel and aluminum tariffs. The measures will stay in place until the
United States eliminates its levies, the ministry said.
""", [
    E("Mexico will impose tariffs of 20 to 25 percent on U.S. pork legs and shoulders, apples, potatoes, cheeses and bourbon, and 25 percent on flat steel",
      "impose", "proposed", MX, US, R(20, 25),
      goods=["pork legs and shoulders", "apples", "potatoes", "cheeses", "bourbon"], ret=True),
    E("Mexico will impose tariffs of 20 to 25 percent on U.S. pork legs and shoulders, apples, potatoes, cheeses and bourbon, and 25 percent on flat steel",
      "impose", "proposed", MX, US, V(25), goods=["flat steel"], ret=True),
    E("Washington removed Mexico's exemption from steel and aluminum tariffs", "impose", "actual",
      US, MX, goods=["steel", "aluminum"],
      note="ending an exemption = the tariff now applies (like ending GSP = impose); the exemption ended on the day of the article"),
    E("the United States eliminates its levies", "remove", "demanded", US, MX,
      note="condition of Mexico's measures: Mexico's demand"),
], ["tranches", "range", "possessive target ('Mexico's exemption')", "removal of exemption", "'measures' no event"]))

A(S("18-12", "Turkey doubles tariffs on U.S. cars, alcohol, tobacco", "2018-08-15", """
ANKARA (Reuters) - Turkey doubled tariffs on some U.S. imports including passenger cars,
alcohol and tobacco on Wednesday, in retaliation for Washington's decision to double
duties on Turkish steel and aluminum, which took effect on Monday. Tariffs on U.S.
passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf
tobacco to 60 percent, according to a decree signed by President Tayyip Erdogan.
""", [
    E("Turkey doubled tariffs on some U.S. imports including passenger cars, alcohol and tobacco on Wednesday",
      "raise", "actual", TR, US, goods=["passenger cars", "alcohol", "tobacco"], ret=True),
    E("Washington's decision to double duties on Turkish steel and aluminum, which took effect on Monday",
      "raise", "actual", US, TR, goods=["steel", "aluminum"]),
    E("Tariffs on U.S. passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco to 60 percent",
      "raise", "actual", TR, US, V(120), goods=["passenger cars"], ret=True),
    E("Tariffs on U.S. passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco to 60 percent",
      "raise", "actual", TR, US, V(140), goods=["alcoholic drinks"], ret=True),
    E("Tariffs on U.S. passenger cars rose to 120 percent, on alcoholic drinks to 140 percent and on leaf tobacco to 60 percent",
      "raise", "actual", TR, US, V(60), goods=["leaf tobacco"], ret=True),
], ["possessive actor + nationality target", "decision already in force = actual", "tranches with ellipsis", "'doubled' no rate"]))

A(S("18-13", "Trump said to plan tariffs on up to $60 billion of Chinese goods", "2018-03-14", """
(Bloomberg) -- The Trump administration is expected to announce as soon as next week
tariffs on as much as $60 billion of Chinese imports, targeting technology,
telecommunications and apparel, according to people familiar with the matter. The U.S.
is also weighing restrictions on Chinese investment. China's ambassador said Beijing
would take "all necessary measures" to defend its interests.
""", [
    E("The Trump administration is expected to announce as soon as next week tariffs on as much as $60 billion of Chinese imports, targeting technology, telecommunications and apparel",
      "impose", "considered", US, CN, None, 60e9, ["technology", "telecommunications", "apparel"]),
], ["expectation = considered", "amount 'as much as'", "investment restrictions / 'measures' no event"]))

A(S("18-14", "Japan urges U.S. not to impose auto tariffs", "2018-08-10", """
TOKYO (Reuters) - Japan's economy minister Toshimitsu Motegi said on Friday he had urged
U.S. Trade Representative Robert Lighthizer not to impose tariffs on Japanese cars and
auto parts, which Washington is studying on national security grounds. Japanese
automakers have warned that a 25 percent U.S. duty on imported vehicles would add
thousands of dollars to the price of a car.
""", [
    E("Japan's economy minister Toshimitsu Motegi said on Friday he had urged U.S. Trade Representative Robert Lighthizer not to impose tariffs on Japanese cars and auto parts, which Washington is studying on national security grounds",
      "remove", "demanded", US, JP, goods=["cars", "auto parts"],
      note="asking that it not be imposed = remove/demanded; relative clause only identifies the tariff (cf. §2 'the tariffs it is to impose')"),
    E("a 25 percent U.S. duty on imported vehicles would add thousands of dollars to the price of a car",
      "impose", "considered", US, NULL, V(25), goods=["vehicles"],
      note="hypothetical under study; 'imported' = target null"),
], ["'urged not to impose' (negation that is a demand)", "relative clause", "target null", "Japanese demanders != actor"]))

A(S("18-15", "Iowa soybean farmers feel the pain of China's tariff", "2018-09-05", """
DES MOINES, Iowa (AP) - Iowa soybean farmers are urging the Trump administration to end
its trade dispute with China, whose 25 percent tariff on American soybeans has cut prices
to decade lows. The Agriculture Department said it would pay farmers $4.7 billion to
offset losses from retaliatory tariffs. Some farmers said they have stored their crop
in hopes of a deal.
""", [
    E("China, whose 25 percent tariff on American soybeans has cut prices to decade lows",
      "impose", "actual", CN, US, V(25), goods=["soybeans"], ret=True),
], ["'whose' possessive actor", "aid amount not a tariff amount", "bare 'retaliatory tariffs' no event", "demand to end 'dispute' not tariff"]))

A(S("18-16", "EU imposes provisional steel safeguard duties", "2018-07-18", """
BRUSSELS (Reuters) - The European Union will impose provisional safeguard duties of 25
percent on imports of 23 steel products above historic volumes from Thursday, to prevent
steel diverted from the U.S. market flooding Europe. Developing countries that supply
less than 3 percent of EU imports will be exempt. China and India have criticized the
measure.
""", [
    E("The European Union will impose provisional safeguard duties of 25 percent on imports of 23 steel products above historic volumes from Thursday, to prevent steel diverted from the U.S. market flooding Europe",
      "impose", "proposed", EU18, NULL, V(25), goods=["steel products"],
      note="'U.S. market' is a motive, not the origin"),
    E("Developing countries that supply less than 3 percent of EU imports will be exempt",
      "exempt", "proposed", EU18, NULL, note="unnamed developing countries -> target null; 3 percent is a share"),
], ["scheduled = proposed", "purpose phrase in span", "target null despite U.S./China/India", "share not rate"]))

A(S("18-17", "Canada, Mexico win auto tariff carve-outs in USMCA side letters", "2018-10-01", """
(Bloomberg) -- Canada and Mexico won exemptions from any future U.S. tariffs on cars for
up to 2.6 million vehicles a year each, under side letters to the new U.S.-Mexico-Canada
Agreement released Monday. The 25 percent U.S. steel levies and 10 percent aluminum levies
on both countries remain in place, officials said. Canada said its retaliatory duties on
$12.6 billion of American goods would stay in place for now.
""", [
    E("Canada and Mexico won exemptions from any future U.S. tariffs on cars for up to 2.6 million vehicles a year each",
      "exempt", "proposed", US, CA, goods=["cars"]),
    E("Canada and Mexico won exemptions from any future U.S. tariffs on cars for up to 2.6 million vehicles a year each",
      "exempt", "proposed", US, MX, goods=["cars"]),
    E("The 25 percent U.S. steel levies and 10 percent aluminum levies on both countries remain in place",
      "impose", "actual", US, CA, V(25), goods=["steel"]),
    E("The 25 percent U.S. steel levies and 10 percent aluminum levies on both countries remain in place",
      "impose", "actual", US, MX, V(25), goods=["steel"]),
    E("The 25 percent U.S. steel levies and 10 percent aluminum levies on both countries remain in place",
      "impose", "actual", US, CA, V(10), goods=["aluminum"]),
    E("The 25 percent U.S. steel levies and 10 percent aluminum levies on both countries remain in place",
      "impose", "actual", US, MX, V(10), goods=["aluminum"]),
    E("Canada said its retaliatory duties on $12.6 billion of American goods would stay in place for now",
      "impose", "actual", CA, US, None, 12.6e9, ret=True),
], ["targets as subject", "tranches x parties", "'both countries'", "'would stay' = actual", "trailing attribution"]))

A(S("18-18", "Tesla raises China prices after Beijing's tariffs on U.S. cars", "2018-07-06", """
SHANGHAI (Reuters) - Tesla Inc raised prices of its Model S and Model X cars in China on
Friday after Beijing slapped additional tariffs on U.S.-made vehicles in retaliation for
U.S. duties on Chinese goods. China had cut import tariffs on cars to 15 percent from 25
percent on July 1, but American cars now face a 40 percent tariff. Tesla said it was
absorbing part of the cost.
""", [
    E("Beijing slapped additional tariffs on U.S.-made vehicles", "impose", "actual", CN, US,
      goods=["vehicles"], ret=True),
    E("U.S. duties on Chinese goods", "impose", "actual", US, CN),
    E("China had cut import tariffs on cars to 15 percent from 25 percent on July 1", "lower",
      "actual", CN, NULL, FT(25, 15), goods=["cars"]),
    E("American cars now face a 40 percent tariff", "impose", "actual", CN, US, V(40), goods=["cars"],
      note="actor implied by the sentence (China); target as subject"),
], ["company price rise not a tariff", "retaliation phrase holds another event", "cut for all vs extra for U.S.", "target as subject"]))

A(S("18-19", "China to raise export tax rebates to help exporters", "2018-10-22", """
BEIJING (Reuters) - China will raise export tax rebates on 397 products from Nov. 1 to help
exporters hit by U.S. tariffs, the finance ministry said. It cut the value-added tax rate
for manufacturers to 16 percent from 17 percent in May. Analysts said the measures would
only partly offset the 10 percent U.S. duties on $200 billion of Chinese goods.
""", [
    E("U.S. tariffs", "impose", "actual", US, CN, note="bare mention with levying party (§2b); target from context"),
    E("the 10 percent U.S. duties on $200 billion of Chinese goods", "impose", "actual", US, CN, V(10), 200e9),
], ["export rebates, VAT (domestic) confusers", "bare mention with party", "amount"]))

A(S("18-20", "U.S., EU agree to work toward zero tariffs, hold off on car duties", "2018-07-25", """
WASHINGTON (Reuters) - The United States and the European Union agreed on Wednesday to
work toward zero tariffs on non-auto industrial goods, and Trump said Washington would
hold off on his threatened 25 percent tariffs on European cars while the talks continue.
The EU will also buy more U.S. soybeans and liquefied natural gas. The two sides will try
to resolve the U.S. steel and aluminum tariffs and Europe's retaliatory duties.
""", [
    E("The United States and the European Union agreed on Wednesday to work toward zero tariffs on non-auto industrial goods",
      "remove", "proposed", US, EU18, goods=["non-auto industrial goods"]),
    E("The United States and the European Union agreed on Wednesday to work toward zero tariffs on non-auto industrial goods",
      "remove", "proposed", EU18, US, goods=["non-auto industrial goods"]),
    E("Trump said Washington would hold off on his threatened 25 percent tariffs on European cars while the talks continue",
      "impose", "threatened", US, EU18, V(25), goods=["cars"],
      note="threat suspended but kept, conditional on the talks"),
    E("the U.S. steel and aluminum tariffs", "impose", "actual", US, EU18, goods=["steel", "aluminum"]),
    E("Europe's retaliatory duties", "impose", "actual", EU18, US, ret=True),
], ["mutual commitment = one event per side", "zero tariffs = remove, rate null", "suspended threat", "purchases not tariffs", "bare mentions with party"]))
