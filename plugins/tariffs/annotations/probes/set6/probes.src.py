# SPDX-License-Identifier: MIT
"""Probe set 6: 30 made-up news openings (10 per style: 1987 newswire, 2016
campaign coverage, 2018 trade-war wire copy), written and annotated blind by
tarprobe6 against ../../../../../../shared/corpus/TARIFF-GUIDELINES.md and
../../GUIDE.md. The texts are invented; names of real officials and
measures are used for colour and the facts are not to be relied on.
build.py resolves each span string to byte offsets and writes
probes.gold.jsonl.

NOTES (judgement calls)

 1. A candidate's own plan ("has called for", "promised", "would impose",
    "his proposal for") is `proposed` with actor US, not `demanded`: the
    guidelines' `demanded` is another party asking the actor; a candidate
    states his own intent (§6 "statements of intent"). Same for a
    third-party candidate's "called for the elimination of all United States
    tariffs" (p6-16-08).
 2. "if X imposes ..." where X has a plan on the table is `proposed` (like
    the dev set's "if the United States did implement the tariffs"); the
    other side's expected answer in an economist's scenario or a farmer's
    worry is `considered` (p6-16-02, p6-16-04). "X will retaliate with
    duties ... if the target does Y" is `threatened`.
 3. A measure on all imports named by its actor alone ("Washington's duties on
    steel and aluminum", "U.S. tariffs on steel and aluminum", "U.S. tariffs"
    in a retaliation phrase) gets target null even when the story is about a
    country that those duties hit (p6-18-01, -04, -06, -07, -09); only an
    origin in the clause ("U.S. tariffs on Indian steel") fills the target.
 4. A retaliation phrase that itself names a measure ("in response to
    Washington's duties on ...") is its own event and is cut out of the
    retaliating event's span (§4).
 5. `retaliation` is read strictly from the clause's sentence (§9): a
    restatement in the next sentence without a response word is false
    (p6-18-01 "The duties, which range ...", p6-18-07 June 5 tranches).
 6. Rate of a `lower` that names only the current level ("a reduction in its
    20 pct tariff", "reducing the tariff on wine, now 21 pct") is coded
    {"from": n}; a `remove` of "its 15 pct tariff" / "the 5 pct import
    surcharge" is {"value": n}; an `exempt` from "the 25 percent tariffs"
    is {"value": 25}. "doubled to 20 percent" (new level alone) is
    {"value": 20}; "rising to 25 percent" after "taxed at 10 percent" in an
    earlier clause is a separate raise event with {"value": 25}.
    "to as much as 236 percent" / "of up to 27 pct" -> {"max": n};
    "more than 100 pct" -> {"min": 100}.
 7. "which had been temporarily exempt" (p6-18-03) is its own clause stating
    a different (past) measure: exempt/actual, one event per party.
 8. "will not apply to ... Norway, Iceland and Liechtenstein" (p6-18-10) is an
    exemption stated negatively, not a negated measure: exempt, per party.
    "denied 56" (p6-18-03) and "Tokyo has been refused one" (p6-18-09) negate
    the exemption and give no event; "repeated requests from Prime Minister
    Shinzo Abe" in the refused clause is coded exempt/demanded (elliptical
    request for the exemption).
 9. Generic measure words give nothing even when they mean tariffs: "the
    remaining sanctions" (p6-87-05), "similar notices" (p6-18-09), "a
    broader safeguard covering all steel imports" (p6-18-06), "retaliate
    against Florida oranges" (p6-16-06), "The measures take effect
    tomorrow" (p6-87-08). But "India has asked to be exempted from the U.S.
    measures" (p6-18-02), right after "U.S. tariffs on Indian steel", is
    coded exempt/demanded: the exemption is elliptical for the tariff just
    named (§2 ellipsis), as in the dev set's "wanted ... to be excluded".
10. Domestic taxes and other senses left unannotated: freight, power,
    electricity, parcel and wind-buyback tariffs; an export tax (p6-87-01);
    Japan's liquor tax (p6-87-09); Brazil's tax on financial operations for
    imports paid in advance (p6-87-10, judged a financial tax, not a duty on
    goods entering); House Republicans' border adjustment (p6-16-08, a
    corporate-tax feature); Mexico's VAT (p6-16-09); India's GST (p6-18-02);
    corporate tax rates; GATT; "trade barriers"; Harmonised System
    conversion without rate change (p6-87-03).
11. Comparisons are not events: "than the United States does on Chinese ones",
    "against 3.5 percent for the United States" (p6-16-09). But "the United
    States charges 2.5 percent on cars and 25 percent on light trucks" has
    its own verb and states the US tariffs: two tranches.
12. Restatements with an action nominal count (§2, as the dev set's "the
    cuts"): "The cuts" (p6-87-06), "the tariff cut" (p6-87-09), "The cuts
    apply ...", "China's fourth round of tariff cuts", "the cuts" (p6-18-05).
    Bare "The duties will take effect in 30 days" (p6-18-04) has no action,
    party or specification and is left out; "those would stay in place"
    (p6-87-01), "the duties would stay" (p6-18-07) likewise.
13. Goods routed through a third country ("Chinese steel routed through
    Vietnam") keep their origin as target (CN).
14. "Washington exempted Russian metal from the steel and aluminum tariffs"
    inside Moscow's conditional offer is exempt/considered US->RU: nobody has
    proposed it, it may happen.
15. Items dropped from a tariff list before the tariff starts (p6-18-08) are
    exempt/proposed (the rest of the tariff stays; in force only from
    Sept. 24). "Beijing has matched them dollar for dollar" is an elliptical
    retaliatory impose, no amount.
16. TPP partners' cuts on US goods (p6-16-07): one event, actor XX
    "Trans-Pacific Partnership" (a bloc-like unnamed set of 11 members),
    target US, remove/proposed.
17. "'Every car, every truck, every part ... you're going to pay a 35 percent
    tax'" (p6-16-01) is coded proposed like the plan it restates, not
    threatened: no condition on the target is stated in the clause.
18. "a Trump administration would raise tariffs on Chinese goods only if
    Beijing refused to renegotiate" -> threatened; "the 45 percent figure the
    candidate floated" -> elliptical impose/proposed (rate stands for the
    tariff).
19. India's "higher import duties" (p6-18-02) is raise; its restatement "The
    duties ... were announced in June" is impose (wording follows the
    clause). "The duties, worth about $235 million a year" is taken as the
    amount, per §8 "tariffs worth".
20. A tariff increase that "hit Chinese and South Korean suppliers" (p6-18-02)
    keeps target null: an effect, not an origin of the goods covered.
21. Japan "reserves the right to impose tariffs" in a WTO notice: threatened
    (a warning tied to the U.S. measure), retaliation true.
22. Not coded: the appositive "a long-standing demand of U.S. and European
    confectioners" after the chocolate tariff reduction (p6-87-02; read as
    part of the considered event, though a demanded lower JP event is
    defensible); "the North American Free Trade Agreement bars tariffs on
    most goods traded among ..." (p6-16-01: a rule of the agreement stated
    in general, no measure); Sanders "would not rule out tariffs" (no
    goods, no party, no direction); "Mexico's value-added tax acts as a
    tariff on American goods" (metaphor for a domestic tax).
23. "China has said it will retaliate with duties ... on $60 billion"
    (p6-18-08) is proposed, not threatened: the U.S. measure is already
    decided, China states its intended answer with no condition left.
24. A duty-free quota opened for named suppliers (p6-18-07) is remove/actual,
    one event per supplier.
"""


NAMES = {
    "US": "United States", "CA": "Canada", "JP": "Japan", "EU": "European Community",
    "KR": "South Korea", "MX": "Mexico", "BR": "Brazil", "CN": "China", "TR": "Turkey",
    "IN": "India", "IT": "Italy", "TW": "Taiwan", "RU": "Russia", "SE": "Sweden",
    "AR": "Argentina", "AU": "Australia", "NO": "Norway", "IS": "Iceland",
    "LI": "Liechtenstein", "CL": "Chile",
}


def party(code, name=None):
    if code is None:
        return None
    return {"name": name or NAMES[code], "code": code}


def ev(span, action, modality, actor, target, rate=None, amount=None, goods=(),
       retaliation=False, nth=None, note=None, actor_name=None, target_name=None):
    e = {"span": span, "action": action, "modality": modality,
         "actor": party(actor, actor_name), "target": party(target, target_name),
         "rate": rate, "amount": (None if amount is None else
                                  {"value": amount[0], "currency": amount[1]} if isinstance(amount, tuple)
                                  else {"value": amount, "currency": "USD"}),
         "goods": list(goods), "retaliation": retaliation}
    if nth is not None:
        e["nth"] = nth
    if note:
        e["note"] = note
    return e


def per(targets, span, action, modality, actor, **kw):
    return [ev(span, action, modality, actor, t, **kw) for t in targets]


EUN = "European Union"  # 2016/2018 pieces

PROBES = [
# ---------------------------------------------------------------- 1987
{"id": "p6-87-01", "style": "1987", "published": "1987-05-06",
 "title": "CANADA TO CUT DUTY ON U.S. BOOKS AS SHINGLE TALKS RESUME",
 "text": """CANADA TO CUT DUTY ON U.S. BOOKS AS SHINGLE TALKS RESUME
  OTTAWA, May 6 - Canada said it would reduce its 10 pct tariff
on U.S. books and periodicals to five pct from June 1, a move
officials said was meant to ease tension with Washington over
cedar shakes and shingles.
  The duty was imposed last June in retaliation for a 35 pct
U.S. tariff on Canadian red cedar shakes and shingles, which
President Reagan imposed to protect U.S. producers.
  Ottawa also levied duties on U.S. computer parts,
semiconductors and Christmas trees at that time, but trade
officials said those would stay in place for now.
  U.S. lumber interests, meanwhile, are pressing the Commerce
Department to reimpose a countervailing duty on Canadian
softwood lumber, which Canada averted in December by agreeing
to a 15 pct export tax.
  Separately, the Canadian Transport Commission approved a four
pct rise in rail freight tariffs for grain shippers.
""",
 "events": [
    ev("Canada said it would reduce its 10 pct tariff on U.S. books and periodicals to five pct from June 1",
       "lower", "proposed", "CA", "US", rate={"from": 10, "to": 5}, goods=["books", "periodicals"]),
    ev("The duty was imposed last June", "impose", "actual", "CA", "US",
       goods=["books", "periodicals"], retaliation=True),
    ev("a 35 pct U.S. tariff on Canadian red cedar shakes and shingles, which President Reagan imposed to protect U.S. producers",
       "impose", "actual", "US", "CA", rate={"value": 35}, goods=["red cedar shakes", "shingles"]),
    ev("Ottawa also levied duties on U.S. computer parts, semiconductors and Christmas trees at that time",
       "impose", "actual", "CA", "US", goods=["computer parts", "semiconductors", "Christmas trees"],
       note="retaliation not restated in this sentence"),
    ev("U.S. lumber interests, meanwhile, are pressing the Commerce Department to reimpose a countervailing duty on Canadian softwood lumber",
       "impose", "demanded", "US", "CA", goods=["softwood lumber"]),
 ]},

{"id": "p6-87-02", "style": "1987", "published": "1987-05-20",
 "title": "JAPAN TO CUT TARIFFS ON PLYWOOD, ALUMINIUM IN MARKET PACKAGE",
 "text": """JAPAN TO CUT TARIFFS ON PLYWOOD, ALUMINIUM IN MARKET PACKAGE
  TOKYO, May 20 - Japan will cut import duties on plywood to 10
pct from 15 pct and on aluminium ingots to one pct from nine pct
from April next year, the Finance Ministry said, as part of a
package meant to defuse U.S. criticism before the Venice summit.
  Officials said the ministry was also studying a reduction in
its 20 pct tariff on chocolate and biscuits, a long-standing
demand of U.S. and European confectioners.
  The package does not touch the semiconductor dispute, in which
Washington imposed 100 pct tariffs on 300 mln dlrs of Japanese
goods last month in retaliation for what it called Tokyo's
failure to honour the 1986 chip pact.
  MITI officials said separately that electricity tariffs for
large industrial users would be lowered by 3.5 pct in July.
""",
 "events": [
    ev("Japan will cut import duties on plywood to 10 pct from 15 pct and on aluminium ingots to one pct from nine pct from April next year",
       "lower", "proposed", "JP", None, rate={"from": 15, "to": 10}, goods=["plywood"]),
    ev("Japan will cut import duties on plywood to 10 pct from 15 pct and on aluminium ingots to one pct from nine pct from April next year",
       "lower", "proposed", "JP", None, rate={"from": 9, "to": 1}, goods=["aluminium ingots"]),
    ev("the ministry was also studying a reduction in its 20 pct tariff on chocolate and biscuits",
       "lower", "considered", "JP", None, rate={"from": 20}, goods=["chocolate", "biscuits"],
       note="20 pct is the current level; the appositive 'a long-standing demand of ...' is not coded separately"),
    ev("Washington imposed 100 pct tariffs on 300 mln dlrs of Japanese goods last month in retaliation for what it called Tokyo's failure to honour the 1986 chip pact",
       "impose", "actual", "US", "JP", rate={"value": 100}, amount=300000000, retaliation=True),
 ]},

{"id": "p6-87-03", "style": "1987", "published": "1987-06-23",
 "title": "EC SETS ANTI-DUMPING DUTIES ON JAPANESE, KOREAN CD PLAYERS",
 "text": """EC SETS ANTI-DUMPING DUTIES ON JAPANESE, KOREAN CD PLAYERS
  BRUSSELS, June 23 - The European Community has imposed
provisional anti-dumping duties of up to 27 pct on compact disc
players made in Japan and South Korea, a Commission spokesman
said.
  The duties were applied from Saturday and will run for four
months while the Commission completes its inquiry.
  Philips NV of the Netherlands, which filed the complaint, had
asked for duties of up to 50 pct.
  Separately, the Commission proposed cutting the import levy
on 500,000 tonnes of sorghum from the United States under the
enlargement compensation deal.
  It also said the Community's common external tariff would be
converted to the new Harmonised System nomenclature from January
1 without any change in rates.
""",
 "events": [
    *per(["JP", "KR"], "The European Community has imposed provisional anti-dumping duties of up to 27 pct on compact disc players made in Japan and South Korea",
         "impose", "actual", "EU", rate={"max": 27}, goods=["compact disc players"]),
    *per(["JP", "KR"], "The duties were applied from Saturday", "impose", "actual", "EU",
         goods=["compact disc players"]),
    *per(["JP", "KR"], "Philips NV of the Netherlands, which filed the complaint, had asked for duties of up to 50 pct",
         "impose", "demanded", "EU", rate={"max": 50}, goods=["compact disc players"]),
    ev("the Commission proposed cutting the import levy on 500,000 tonnes of sorghum from the United States",
       "lower", "proposed", "EU", "US", goods=["sorghum"]),
 ]},

{"id": "p6-87-04", "style": "1987", "published": "1987-08-21",
 "title": "U.S. SETS PRELIMINARY DUTIES ON CANADIAN POTASH",
 "text": """U.S. SETS PRELIMINARY DUTIES ON CANADIAN POTASH
  WASHINGTON, Aug 21 - The U.S. Commerce Department said it set
preliminary anti-dumping duties ranging from 9.14 pct to 85.2 pct
on potash from Canada, finding that Canadian producers sold the
fertiliser material below fair value.
  The petitioners, two New Mexico potash producers, had sought
duties of more than 100 pct on the Canadian product.
  Saskatchewan officials said the province, which produces most
of Canada's potash, would ask Ottawa to seek consultations under
the General Agreement on Tariffs and Trade.
  A final determination is due in January, and the U.S.
International Trade Commission must then rule on injury.
  The ruling came a week after Ottawa dropped its 15 pct tariff
on U.S. fertiliser spreaders under a separate settlement.
""",
 "events": [
    ev("The U.S. Commerce Department said it set preliminary anti-dumping duties ranging from 9.14 pct to 85.2 pct on potash from Canada",
       "impose", "actual", "US", "CA", rate={"min": 9.14, "max": 85.2}, goods=["potash"]),
    ev("The petitioners, two New Mexico potash producers, had sought duties of more than 100 pct on the Canadian product",
       "impose", "demanded", "US", "CA", rate={"min": 100}),
    ev("Ottawa dropped its 15 pct tariff on U.S. fertiliser spreaders", "remove", "actual", "CA", "US",
       rate={"value": 15}, goods=["fertiliser spreaders"]),
 ]},

{"id": "p6-87-05", "style": "1987", "published": "1987-06-09",
 "title": "REAGAN LIFTS PART OF JAPAN TARIFFS, KEEPS DUTIES ON TV SETS",
 "text": """REAGAN LIFTS PART OF JAPAN TARIFFS, KEEPS DUTIES ON TV SETS
  WASHINGTON, June 9 - President Reagan lifted 51 mln dlrs of
the 300 mln dlrs in tariffs imposed on Japanese electronic goods
in April, saying Tokyo had made progress in halting the dumping
of computer chips in third countries.
  The 100 pct duties remain on Japanese colour television sets,
power hand tools and personal computers, White House spokesman
Marlin Fitzwater said.
  Fitzwater said the remaining sanctions would be lifted only
when Japan opened its market to U.S.-made chips.
  Tokyo had asked Washington to scrap all the tariffs before the
Venice economic summit.
  Some U.S. congressmen urged the administration to extend the
duties to Japanese semiconductors themselves.
  In Tokyo, MITI said Japanese chip exports to Europe fell 12
pct in May.
""",
 "events": [
    ev("President Reagan lifted 51 mln dlrs of the 300 mln dlrs in tariffs imposed on Japanese electronic goods in April",
       "remove", "actual", "US", "JP", amount=51000000, goods=["electronic goods"]),
    ev("The 100 pct duties remain on Japanese colour television sets, power hand tools and personal computers",
       "impose", "actual", "US", "JP", rate={"value": 100},
       goods=["colour television sets", "power hand tools", "personal computers"]),
    ev("Tokyo had asked Washington to scrap all the tariffs before the Venice economic summit",
       "remove", "demanded", "US", "JP"),
    ev("Some U.S. congressmen urged the administration to extend the duties to Japanese semiconductors themselves",
       "impose", "demanded", "US", "JP", goods=["semiconductors"]),
 ]},

{"id": "p6-87-06", "style": "1987", "published": "1987-08-03",
 "title": "SOUTH KOREA TO LOWER TARIFFS ON 158 ITEMS",
 "text": """SOUTH KOREA TO LOWER TARIFFS ON 158 ITEMS
  SEOUL, Aug 3 - South Korea will lower import tariffs on 158
items including cosmetics, golf clubs and fruit juice by an
average of 10 percentage points from September 1, the Finance
Ministry said.
  The cuts follow reductions on 240 items in July and are
intended to reduce the country's 7.3 billion dlr trade surplus
with the United States, ministry officials said.
  U.S. Trade Representative Clayton Yeutter said Seoul's average
tariff of around 20 pct remained too high and urged further cuts
on beef, wine and cigarettes.
  Korea Electric Power Corp said separately it would raise power
tariffs by 4.5 pct from next month.
""",
 "events": [
    ev("South Korea will lower import tariffs on 158 items including cosmetics, golf clubs and fruit juice by an average of 10 percentage points from September 1",
       "lower", "proposed", "KR", None, goods=["cosmetics", "golf clubs", "fruit juice"]),
    ev("The cuts", "lower", "proposed", "KR", None),
    ev("reductions on 240 items in July", "lower", "actual", "KR", None),
    ev("Seoul's average tariff of around 20 pct remained too high", "impose", "actual", "KR", None,
       rate={"value": 20}),
    ev("urged further cuts on beef, wine and cigarettes", "lower", "demanded", "KR", None,
       goods=["beef", "wine", "cigarettes"], note="origin not named: target null"),
 ]},

{"id": "p6-87-07", "style": "1987", "published": "1987-12-16",
 "title": "U.S. SOYBEAN GROUP SEEKS DUTIES ON EC FOODS OVER OILSEED AIDS",
 "text": """U.S. SOYBEAN GROUP SEEKS DUTIES ON EC FOODS OVER OILSEED AIDS
  WASHINGTON, Dec 16 - The American Soybean Association asked
the U.S. Trade Representative to retaliate against European
Community oilseed subsidies, suggesting 100 pct duties on EC
cheese, wine and pasta if talks fail.
  The EC's variable levy on imported grains, which the
association says helps fund the subsidies, is not part of the
complaint.
  Trade officials noted that the Reagan administration last
month announced 100 pct tariffs on about 100 mln dlrs of EC
goods, to take effect January 1, in retaliation for the
Community's ban on hormone-treated beef.
  EC Commission officials said the Community would respond by
raising duties on U.S. walnuts and dried fruit if the U.S.
tariffs went ahead.
  A U.S. Agriculture Department spokesman said soybean export
prices had fallen 15 pct since 1985.
""",
 "events": [
    ev("The American Soybean Association asked the U.S. Trade Representative to retaliate against European Community oilseed subsidies, suggesting 100 pct duties on EC cheese, wine and pasta if talks fail",
       "impose", "demanded", "US", "EU", rate={"value": 100}, goods=["cheese", "wine", "pasta"],
       retaliation=True),
    ev("The EC's variable levy on imported grains", "impose", "actual", "EU", None, goods=["grains"]),
    ev("the Reagan administration last month announced 100 pct tariffs on about 100 mln dlrs of EC goods, to take effect January 1, in retaliation for the Community's ban on hormone-treated beef",
       "impose", "proposed", "US", "EU", rate={"value": 100}, amount=100000000, retaliation=True),
    ev("the Community would respond by raising duties on U.S. walnuts and dried fruit",
       "raise", "threatened", "EU", "US", goods=["walnuts", "dried fruit"], retaliation=True),
    ev("the U.S. tariffs went ahead", "impose", "proposed", "US", "EU",
       note="restates the announced January 1 tariffs inside the EC's condition"),
 ]},

{"id": "p6-87-08", "style": "1987", "published": "1987-12-16",
 "title": "MEXICO HALVES TOP IMPORT TARIFF UNDER ANTI-INFLATION PACT",
 "text": """MEXICO HALVES TOP IMPORT TARIFF UNDER ANTI-INFLATION PACT
  MEXICO CITY, Dec 16 - Mexico will cut its maximum import
tariff to 20 pct from 40 pct and scrap the five pct import
surcharge, Commerce Secretary Hector Hernandez said, as part of
an anti-inflation pact between government, business and labour.
  The measures take effect tomorrow.
  Hernandez said gasoline prices would rise 85 pct and
electricity tariffs by a similar amount.
  Mexico, which joined the General Agreement on Tariffs and Trade
last year, had already lowered its top tariff to 40 pct from 100
pct in 1985 and 1986.
  U.S. exporters welcomed the move but said Mexico should also
drop import permits on 300 items and cut its tariff on U.S.
pork.
""",
 "events": [
    ev("Mexico will cut its maximum import tariff to 20 pct from 40 pct", "lower", "proposed", "MX", None,
       rate={"from": 40, "to": 20}),
    ev("scrap the five pct import surcharge", "remove", "proposed", "MX", None, rate={"value": 5}),
    ev("Mexico, which joined the General Agreement on Tariffs and Trade last year, had already lowered its top tariff to 40 pct from 100 pct in 1985 and 1986",
       "lower", "actual", "MX", None, rate={"from": 100, "to": 40}),
    ev("cut its tariff on U.S. pork", "lower", "demanded", "MX", "US", goods=["pork"]),
 ]},

{"id": "p6-87-09", "style": "1987", "published": "1987-08-11",
 "title": "GATT PANEL FAULTS JAPAN LIQUOR TAXES",
 "text": """GATT PANEL FAULTS JAPAN LIQUOR TAXES
  GENEVA, Aug 11 - A General Agreement on Tariffs and Trade panel
has ruled that Japan's liquor tax system discriminates against
imported wines and spirits, GATT sources said.
  The European Community, which brought the complaint, says
Japan taxes Scotch whisky at up to six times the rate for
shochu.
  Tokyo last year cut its import duty on whisky and brandy to
3.9 pct from 5.2 pct, but EC officials said the tariff cut had
done little to help sales.
  Japan's Finance Ministry said it would study the ruling and
consider reducing the tariff on wine, now 21 pct, before the
panel report goes to the GATT council.
  Community officials have said they may seek compensation in
the form of higher EC duties on Japanese goods if Tokyo ignores
the ruling.
""",
 "events": [
    ev("Tokyo last year cut its import duty on whisky and brandy to 3.9 pct from 5.2 pct", "lower", "actual",
       "JP", None, rate={"from": 5.2, "to": 3.9}, goods=["whisky", "brandy"]),
    ev("the tariff cut", "lower", "actual", "JP", None, goods=["whisky", "brandy"]),
    ev("consider reducing the tariff on wine, now 21 pct", "lower", "considered", "JP", None,
       rate={"from": 21}, goods=["wine"]),
    ev("they may seek compensation in the form of higher EC duties on Japanese goods if Tokyo ignores the ruling",
       "raise", "threatened", "EU", "JP", retaliation=True,
       note="compensation for the liquor-tax discrimination read as a response to the target's conduct"),
 ]},

{"id": "p6-87-10", "style": "1987", "published": "1987-10-27",
 "title": "BRAZIL RAISES DUTIES ON LUXURY IMPORTS TO SAVE DOLLARS",
 "text": """BRAZIL RAISES DUTIES ON LUXURY IMPORTS TO SAVE DOLLARS
  BRASILIA, Oct 27 - Brazil raised import duties on 30 luxury
items, including whisky, perfume and video cassette recorders, to
as much as 105 pct from 85 pct, effective today, to save foreign
exchange, the Finance Ministry said.
  The ministry also doubled the tax on financial operations for
imports paid in advance.
  Economists said the move could strain relations with
Washington, which is weighing whether to withdraw Brazil's
duty-free benefits under the Generalised System of Preferences
because of its informatics policy.
  Brazil cut duties on imported capital goods to 30 pct from 45
pct in June as part of the Bresser plan.
  Electricity tariffs for industry will also rise 12 pct next
month, state utility Eletrobras said.
""",
 "events": [
    ev("Brazil raised import duties on 30 luxury items, including whisky, perfume and video cassette recorders, to as much as 105 pct from 85 pct, effective today",
       "raise", "actual", "BR", None, rate={"from": 85, "to": 105},
       goods=["whisky", "perfume", "video cassette recorders"]),
    ev("Washington, which is weighing whether to withdraw Brazil's duty-free benefits under the Generalised System of Preferences because of its informatics policy",
       "impose", "considered", "US", "BR", retaliation=True,
       note="withdrawing GSP is impose, as in the dev set's 'ended preferential duty-free trade treatment'"),
    ev("Brazil cut duties on imported capital goods to 30 pct from 45 pct in June", "lower", "actual", "BR", None,
       rate={"from": 45, "to": 30}, goods=["capital goods"]),
 ]},

# ---------------------------------------------------------------- 2016
{"id": "p6-16-01", "style": "2016", "published": "2016-03-08",
 "title": "Trump Tells Michigan Crowd He Would Tax Mexican-Made Fords",
 "text": """Trump Tells Michigan Crowd He Would Tax Mexican-Made Fords

GRAND RAPIDS, Mich. — Donald J. Trump told several thousand supporters here on Monday night that he would impose a 35 percent tax on cars that Ford Motor Company builds in Mexico and ships back to the United States, repeating a pledge he has made since last summer.

“Every car, every truck, every part that comes across that border, you're going to pay a 35 percent tax,” Mr. Trump said, as the crowd chanted his name.

Economists note that it is unclear whether a president could act alone against a single company, and the North American Free Trade Agreement bars tariffs on most goods traded among the United States, Canada and Mexico.

Mr. Trump has also called for a 45 percent tariff on Chinese imports, which he says would force Beijing to stop manipulating its currency. His rival Senator Ted Cruz, campaigning in Idaho, said the tariff would be a tax on American consumers.

In an unrelated decision on Monday, Michigan's utility regulators approved new electricity tariffs for DTE Energy customers.
""",
 "events": [
    ev("he would impose a 35 percent tax on cars that Ford Motor Company builds in Mexico and ships back to the United States",
       "impose", "proposed", "US", "MX", rate={"value": 35}, goods=["cars"]),
    ev("Every car, every truck, every part that comes across that border, you're going to pay a 35 percent tax",
       "impose", "proposed", "US", "MX", rate={"value": 35}, goods=["car", "truck", "part"]),
    ev("Mr. Trump has also called for a 45 percent tariff on Chinese imports", "impose", "proposed", "US", "CN",
       rate={"value": 45}),
 ]},

{"id": "p6-16-02", "style": "2016", "published": "2016-08-10",
 "title": "Study Says Trump Tariffs Could Tip U.S. Into Recession",
 "text": """Study Says Trump Tariffs Could Tip U.S. Into Recession

WASHINGTON — Economists at the Peterson Institute for International Economics estimated on Tuesday that Donald J. Trump's proposed tariffs of 45 percent on Chinese goods and 35 percent on Mexican goods could push the United States into recession by 2019.

The study assumes that China and Mexico would retaliate with identical tariffs on American exports, which the authors said was likely. In a milder scenario, only the tariff on Chinese goods would be imposed, and only for a year.

Peter Navarro, an economic adviser to the Trump campaign, dismissed the study, saying the tariffs were a negotiating tool.

Hillary Clinton's campaign did not comment; she has said she would appoint a chief trade prosecutor and has not proposed new tariffs. The study did not address Mr. Trump's separate plan to lower the corporate tax rate to 15 percent.
""",
 "events": [
    ev("Donald J. Trump's proposed tariffs of 45 percent on Chinese goods and 35 percent on Mexican goods",
       "impose", "proposed", "US", "CN", rate={"value": 45}),
    ev("Donald J. Trump's proposed tariffs of 45 percent on Chinese goods and 35 percent on Mexican goods",
       "impose", "proposed", "US", "MX", rate={"value": 35}),
    ev("China and Mexico would retaliate with identical tariffs on American exports", "impose", "considered",
       "CN", "US", retaliation=True),
    ev("China and Mexico would retaliate with identical tariffs on American exports", "impose", "considered",
       "MX", "US", retaliation=True),
    ev("only the tariff on Chinese goods would be imposed, and only for a year", "impose", "considered", "US", "CN",
       note="a study's scenario: considered, not proposed"),
 ]},

{"id": "p6-16-03", "style": "2016", "published": "2016-03-11",
 "title": "Trump Says 45 Percent Tariff on China Is a Threat, Not a Plan",
 "text": """Trump Says 45 Percent Tariff on China Is a Threat, Not a Plan

MIAMI — Donald J. Trump, pressed in Thursday night's Republican debate on his proposal for a 45 percent tariff on Chinese products, said the figure was meant as a threat and that the tariff would be imposed only if Beijing refused to stop devaluing its currency.

Senator Marco Rubio said such a tariff would be paid by American families, and Gov. John Kasich said he would instead bring trade cases against Chinese steel dumping. Senator Ted Cruz said that the last time Washington raised tariffs sharply, with the Smoot-Hawley Act of 1930, it helped bring on the Great Depression.

Mr. Trump also said he would consider a tariff on Japanese cars, citing the weak yen.

Earlier this month, the Commerce Department set preliminary anti-dumping duties of 266 percent on cold-rolled steel from China, a step Mr. Kasich cited approvingly.
""",
 "events": [
    ev("his proposal for a 45 percent tariff on Chinese products", "impose", "proposed", "US", "CN",
       rate={"value": 45}),
    ev("the tariff would be imposed only if Beijing refused to stop devaluing its currency", "impose",
       "threatened", "US", "CN"),
    ev("Washington raised tariffs sharply, with the Smoot-Hawley Act of 1930", "raise", "actual", "US", None),
    ev("he would consider a tariff on Japanese cars", "impose", "considered", "US", "JP", goods=["cars"]),
    ev("the Commerce Department set preliminary anti-dumping duties of 266 percent on cold-rolled steel from China",
       "impose", "actual", "US", "CN", rate={"value": 266}, goods=["cold-rolled steel"]),
 ]},

{"id": "p6-16-04", "style": "2016", "published": "2016-08-12",
 "title": "In Farm Country, Talk of Tariffs Makes Soybean Growers Nervous",
 "text": """In Farm Country, Talk of Tariffs Makes Soybean Growers Nervous

DES MOINES — Iowa farmers who sell much of their soybean crop to China said this week that they worried that if Donald J. Trump put tariffs on Chinese goods, Beijing would retaliate with duties on American soybeans and pork.

China bought about $10.5 billion of American soybeans last year, close to a third of the crop. “If Trump puts a 45 percent tariff on China, we're the ones who get hit,” said Mark Hedlund, who farms near Ames.

Mr. Trump's running mate, Gov. Mike Pence of Indiana, told an audience at the Iowa State Fair that a Trump administration would not start a trade war but would use tariffs as leverage.

Corn growers have a longer memory: Mexico imposed anti-dumping duties on American high-fructose corn syrup in the late 1990s. The Iowa Utilities Board, meanwhile, is reviewing a proposed tariff for wind-power buyback rates.
""",
 "events": [
    ev("Donald J. Trump put tariffs on Chinese goods", "impose", "proposed", "US", "CN"),
    ev("Beijing would retaliate with duties on American soybeans and pork", "impose", "considered", "CN", "US",
       goods=["soybeans", "pork"], retaliation=True),
    ev("Trump puts a 45 percent tariff on China", "impose", "proposed", "US", "CN", rate={"value": 45}),
    ev("Mexico imposed anti-dumping duties on American high-fructose corn syrup in the late 1990s", "impose",
       "actual", "MX", "US", goods=["high-fructose corn syrup"]),
 ]},

{"id": "p6-16-05", "style": "2016", "published": "2016-04-25",
 "title": "Clinton Tells Steelworkers She Would Widen Duties on Chinese Steel",
 "text": """Clinton Tells Steelworkers She Would Widen Duties on Chinese Steel

PITTSBURGH — Hillary Clinton, courting steelworkers a day before the Pennsylvania primary, said the anti-dumping duties the Commerce Department has placed on Chinese steel should stay, and that as president she would extend them to Chinese steel routed through Vietnam.

Steelworkers at the union hall said duties alone had not stopped the flood. Her rival, Senator Bernie Sanders, has said he would not rule out tariffs but has offered no specific plan.

Donald J. Trump, the Republican front-runner, has said he would put tariffs of up to 45 percent on Chinese goods, a plan Mrs. Clinton called a recipe for a trade war.

In March, the Commerce Department set preliminary duties of as much as 236 percent on corrosion-resistant steel from China, and lower rates for producers in India, Italy, South Korea and Taiwan.
""",
 "events": [
    ev("the anti-dumping duties the Commerce Department has placed on Chinese steel", "impose", "actual",
       "US", "CN", goods=["steel"]),
    ev("as president she would extend them to Chinese steel routed through Vietnam", "impose", "proposed",
       "US", "CN", goods=["steel"], note="origin CN kept for transshipped steel"),
    ev("Donald J. Trump, the Republican front-runner, has said he would put tariffs of up to 45 percent on Chinese goods",
       "impose", "proposed", "US", "CN", rate={"max": 45}),
    ev("the Commerce Department set preliminary duties of as much as 236 percent on corrosion-resistant steel from China, and lower rates for producers in India, Italy, South Korea and Taiwan",
       "impose", "actual", "US", "CN", rate={"max": 236}, goods=["corrosion-resistant steel"]),
    *per(["IN", "IT", "KR", "TW"],
         "the Commerce Department set preliminary duties of as much as 236 percent on corrosion-resistant steel from China, and lower rates for producers in India, Italy, South Korea and Taiwan",
         "impose", "actual", "US", goods=["corrosion-resistant steel"]),
 ]},

{"id": "p6-16-06", "style": "2016", "published": "2016-10-20",
 "title": "Trump Adviser Says China Tariffs Would Come Only if Talks Fail",
 "text": """Trump Adviser Says China Tariffs Would Come Only if Talks Fail

NEW YORK — Wilbur Ross, an economic adviser to Donald J. Trump, said in an interview on Wednesday that a Trump administration would raise tariffs on Chinese goods only if Beijing refused to renegotiate, and that the 45 percent figure the candidate floated in January was a negotiating position.

Mr. Ross, a billionaire investor who made part of his fortune in steel, noted that President George W. Bush imposed steel tariffs of up to 30 percent in 2002 and lifted them 21 months later, after the European Union threatened to retaliate against Florida oranges and other American goods.

Mr. Trump has also said he would impose a tariff of 15 to 35 percent on companies that move factories abroad and ship products back.

Economists at Moody's Analytics said a broad tariff would raise prices for consumers. Mr. Ross also said a Trump administration would cut the corporate tax rate.
""",
 "events": [
    ev("a Trump administration would raise tariffs on Chinese goods only if Beijing refused to renegotiate",
       "raise", "threatened", "US", "CN"),
    ev("the 45 percent figure the candidate floated in January", "impose", "proposed", "US", "CN",
       rate={"value": 45}),
    ev("President George W. Bush imposed steel tariffs of up to 30 percent in 2002", "impose", "actual", "US",
       None, rate={"max": 30}, goods=["steel"]),
    ev("lifted them 21 months later", "remove", "actual", "US", None, goods=["steel"]),
    ev("Mr. Trump has also said he would impose a tariff of 15 to 35 percent on companies that move factories abroad and ship products back",
       "impose", "proposed", "US", None, rate={"min": 15, "max": 35}),
 ]},

{"id": "p6-16-07", "style": "2016", "published": "2016-05-13",
 "title": "Ryan Says He Does Not Back Trump's Tariff Plan",
 "text": """Ryan Says He Does Not Back Trump's Tariff Plan

WASHINGTON — House Speaker Paul D. Ryan said on Thursday that he did not support Donald J. Trump's proposal for steep tariffs on Chinese and Mexican imports, even as the two men pledged to work toward party unity.

Mr. Ryan, who met Mr. Trump at the Republican National Committee's headquarters, said the party favored free trade and that tariffs were a tax on consumers. Some House Republicans from steel districts have urged the Obama administration to impose duties on Chinese aluminum and to raise existing duties on Chinese steel.

In Mexico City, Economy Secretary Ildefonso Guajardo said last week that his government would retaliate with tariffs on American goods if the United States abandoned its commitments under the North American Free Trade Agreement.

Mr. Ryan also defended the Trans-Pacific Partnership, which would eliminate tariffs on more than 18,000 American products sold to the 11 other member countries.
""",
 "events": [
    *per(["CN", "MX"], "Donald J. Trump's proposal for steep tariffs on Chinese and Mexican imports", "impose",
         "proposed", "US"),
    ev("Some House Republicans from steel districts have urged the Obama administration to impose duties on Chinese aluminum",
       "impose", "demanded", "US", "CN", goods=["aluminum"]),
    ev("to raise existing duties on Chinese steel", "raise", "demanded", "US", "CN", goods=["steel"]),
    ev("his government would retaliate with tariffs on American goods if the United States abandoned its commitments under the North American Free Trade Agreement",
       "impose", "threatened", "MX", "US", retaliation=True),
    ev("the Trans-Pacific Partnership, which would eliminate tariffs on more than 18,000 American products sold to the 11 other member countries",
       "remove", "proposed", "XX", "US", actor_name="Trans-Pacific Partnership",
       note="actor: the 11 unnamed partners, coded as a bloc"),
 ]},

{"id": "p6-16-08", "style": "2016", "published": "2016-06-25",
 "title": "House Republicans' Border Tax Plan Differs From Trump's Tariffs",
 "text": """House Republicans' Border Tax Plan Differs From Trump's Tariffs

WASHINGTON — The tax overhaul that House Republicans unveiled on Friday would tax imports and exempt exports through a "border adjustment," a feature its authors insist is not a tariff. The plan would cut the corporate rate to 20 percent from 35 percent.

Donald J. Trump, the presumptive Republican nominee, has instead promised a 35 percent tariff on goods from companies that move jobs to Mexico.

Gary Johnson, the Libertarian candidate, said both ideas amounted to protectionism, and called for the elimination of all United States tariffs.

In Ottawa, Finance Minister Bill Morneau said Canada was watching closely, since Canadian lumber exporters already faced the prospect of new American duties now that the softwood lumber agreement had lapsed.
""",
 "events": [
    ev("Donald J. Trump, the presumptive Republican nominee, has instead promised a 35 percent tariff on goods from companies that move jobs to Mexico",
       "impose", "proposed", "US", "MX", rate={"value": 35}),
    ev("called for the elimination of all United States tariffs", "remove", "proposed", "US", None,
       note="a candidate's own plan (NOTES 1)"),
    ev("Canadian lumber exporters already faced the prospect of new American duties", "impose", "considered",
       "US", "CA", goods=["lumber"]),
 ]},

{"id": "p6-16-09", "style": "2016", "published": "2016-09-28",
 "title": "Fact Check: Trump on China's Tariffs",
 "text": """Fact Check: Trump on China's Tariffs

Donald J. Trump said during Monday's debate that China puts much higher duties on American products than the United States does on Chinese ones.

That is broadly true. China's average applied tariff is about 9.9 percent, according to the World Trade Organization, against 3.5 percent for the United States. China's tariff on imported cars is 25 percent, while the United States charges 2.5 percent on cars and 25 percent on light trucks, a levy dating to a 1960s dispute over chicken.

Mr. Trump also said that Mexico's value-added tax acts as a tariff on American goods; economists say a VAT applies equally to domestic and imported products.

He repeated that he would bring back jobs with a tax on goods that companies make abroad.
""",
 "events": [
    ev("China puts much higher duties on American products", "impose", "actual", "CN", "US"),
    ev("China's average applied tariff is about 9.9 percent", "impose", "actual", "CN", None, rate={"value": 9.9}),
    ev("China's tariff on imported cars is 25 percent", "impose", "actual", "CN", None, rate={"value": 25},
       goods=["cars"]),
    ev("the United States charges 2.5 percent on cars and 25 percent on light trucks", "impose", "actual", "US",
       None, rate={"value": 2.5}, goods=["cars"]),
    ev("the United States charges 2.5 percent on cars and 25 percent on light trucks", "impose", "actual", "US",
       None, rate={"value": 25}, goods=["light trucks"]),
    ev("he would bring back jobs with a tax on goods that companies make abroad", "impose", "proposed", "US", None),
 ]},

{"id": "p6-16-10", "style": "2016", "published": "2016-11-10",
 "title": "World Capitals Weigh Trump's Trade Threats",
 "text": """World Capitals Weigh Trump's Trade Threats

BEIJING — China's Commerce Ministry said on Thursday that it hoped the incoming Trump administration would respect the rules of the World Trade Organization, two days after an election won by a candidate who has threatened a 45 percent tariff on Chinese goods.

A ministry spokesman, Shen Danyang, declined to say whether China would retaliate, but noted that China had cut its import duties on some consumer goods, including cosmetics and diapers, last year.

In Mexico, where the peso has fallen about 11 percent since Tuesday, officials said they were ready to renegotiate Nafta but warned that Mexico could hit back with duties on American corn.

European officials were calmer. Germany's economy minister noted that trade policy is set in Brussels and that the bloc's tariffs on American cars are 10 percent.

Analysts at Nomura said the president-elect could impose tariffs of up to 15 percent for 150 days under Section 122 of the Trade Act of 1974 without asking Congress. China's state grid operator said it would hold electricity tariffs steady.
""",
 "events": [
    ev("a candidate who has threatened a 45 percent tariff on Chinese goods", "impose", "threatened", "US", "CN",
       rate={"value": 45}),
    ev("China had cut its import duties on some consumer goods, including cosmetics and diapers, last year",
       "lower", "actual", "CN", None, goods=["cosmetics", "diapers"]),
    ev("Mexico could hit back with duties on American corn", "impose", "threatened", "MX", "US", goods=["corn"],
       retaliation=True),
    ev("the bloc's tariffs on American cars are 10 percent", "impose", "actual", "EU", "US", rate={"value": 10},
       goods=["cars"], actor_name=EUN),
    ev("the president-elect could impose tariffs of up to 15 percent for 150 days under Section 122 of the Trade Act of 1974",
       "impose", "considered", "US", None, rate={"max": 15}),
 ]},

# ---------------------------------------------------------------- 2018
{"id": "p6-18-01", "style": "2018", "published": "2018-06-21",
 "title": "Turkey to slap tariffs on U.S. rice, whiskey, cars in steel dispute",
 "text": """Turkey to slap tariffs on U.S. rice, whiskey, cars in steel dispute

ANKARA (Reuters) - Turkey will impose additional tariffs on U.S. imports including rice, whiskey, cars and cosmetics worth $266.5 million, in response to Washington's duties on steel and aluminum, the economy ministry said on Thursday.

The duties, which range from 5 percent to 140 percent depending on the product, will take effect on June 24, according to a decree published in the Official Gazette.

Turkey exported about $1.1 billion of steel to the United States last year, and Ankara has said the U.S. tariffs of 25 percent on steel and 10 percent on aluminum violate World Trade Organization rules. Ankara has asked Washington to exempt Turkish steel from the tariffs, so far without success.
""",
 "events": [
    ev("Turkey will impose additional tariffs on U.S. imports including rice, whiskey, cars and cosmetics worth $266.5 million",
       "impose", "proposed", "TR", "US", amount=266500000, goods=["rice", "whiskey", "cars", "cosmetics"],
       retaliation=True),
    ev("Washington's duties on steel and aluminum", "impose", "actual", "US", None, goods=["steel", "aluminum"]),
    ev("The duties, which range from 5 percent to 140 percent depending on the product, will take effect on June 24",
       "impose", "proposed", "TR", "US", rate={"min": 5, "max": 140}),
    ev("the U.S. tariffs of 25 percent on steel and 10 percent on aluminum", "impose", "actual", "US", None,
       rate={"value": 25}, goods=["steel"]),
    ev("the U.S. tariffs of 25 percent on steel and 10 percent on aluminum", "impose", "actual", "US", None,
       rate={"value": 10}, goods=["aluminum"]),
    ev("Ankara has asked Washington to exempt Turkish steel from the tariffs", "exempt", "demanded", "US", "TR",
       goods=["steel"]),
 ]},

{"id": "p6-18-02", "style": "2018", "published": "2018-09-18",
 "title": "India again delays retaliatory tariffs on U.S. almonds, walnuts",
 "text": """India again delays retaliatory tariffs on U.S. almonds, walnuts

NEW DELHI (Reuters) - India has again put off higher import duties on 29 U.S. products, including almonds, walnuts, chickpeas and lentils, delaying them until Nov. 2 while the two sides negotiate, according to a finance ministry notification.

The duties, worth about $235 million a year, were announced in June in retaliation for U.S. tariffs on Indian steel and aluminum. India has asked to be exempted from the U.S. measures, and has offered to buy more American aircraft and energy.

New Delhi raised import duties on mobile phones, televisions and some auto parts in its February budget, a move that hit Chinese and South Korean suppliers. Separately, the GST Council in July cut the goods and services tax on refrigerators and washing machines to 18 percent from 28 percent.
""",
 "events": [
    ev("India has again put off higher import duties on 29 U.S. products, including almonds, walnuts, chickpeas and lentils, delaying them until Nov. 2",
       "raise", "proposed", "IN", "US", goods=["almonds", "walnuts", "chickpeas", "lentils"]),
    ev("The duties, worth about $235 million a year, were announced in June", "impose", "proposed", "IN", "US",
       amount=235000000, retaliation=True),
    ev("U.S. tariffs on Indian steel and aluminum", "impose", "actual", "US", "IN", goods=["steel", "aluminum"]),
    ev("India has asked to be exempted from the U.S. measures", "exempt", "demanded", "US", "IN",
       goods=["steel", "aluminum"],
       note="elliptical exemption from the tariffs just named (like the dev set's 'wanted ... to be excluded'); 'measures' alone would make nothing"),
    ev("New Delhi raised import duties on mobile phones, televisions and some auto parts in its February budget",
       "raise", "actual", "IN", None, goods=["mobile phones", "televisions", "auto parts"]),
 ]},

{"id": "p6-18-03", "style": "2018", "published": "2018-06-21",
 "title": "Commerce grants first steel tariff exclusions, rejects dozens",
 "text": """Commerce grants first steel tariff exclusions, rejects dozens

WASHINGTON (AP) — The Commerce Department said Wednesday it had granted 42 requests from U.S. companies to exclude specific steel products from the 25 percent tariffs, and denied 56, the first decisions among more than 20,000 requests.

Among the approved requests was one from a Pennsylvania maker of tire cord, which can now bring in specialty wire from Sweden duty-free. Senators from farm and manufacturing states have urged the department to speed up its reviews and to exclude from the tariffs all products not available from U.S. mills.

The tariffs, imposed March 23 under Section 232 of the Trade Expansion Act of 1962, also hit aluminum at 10 percent. Since June 1, they have also applied to steel and aluminum from Canada, Mexico and the European Union, which had been temporarily exempt.

Commerce Secretary Wilbur Ross said the agency was adding staff to handle the requests.
""",
 "events": [
    ev("it had granted 42 requests from U.S. companies to exclude specific steel products from the 25 percent tariffs",
       "exempt", "actual", "US", None, rate={"value": 25}, goods=["steel products"]),
    ev("can now bring in specialty wire from Sweden duty-free", "exempt", "actual", "US", "SE",
       goods=["specialty wire"]),
    ev("Senators from farm and manufacturing states have urged the department to speed up its reviews and to exclude from the tariffs all products not available from U.S. mills",
       "exempt", "demanded", "US", None),
    ev("The tariffs, imposed March 23 under Section 232 of the Trade Expansion Act of 1962, also hit aluminum at 10 percent",
       "impose", "actual", "US", None, rate={"value": 10}, goods=["aluminum"]),
    *per(["CA", "MX", "EU"], "they have also applied to steel and aluminum from Canada, Mexico and the European Union",
         "impose", "actual", "US", goods=["steel", "aluminum"]),
    *per(["CA", "MX", "EU"], "which had been temporarily exempt", "exempt", "actual", "US",
         goods=["steel", "aluminum"]),
 ]},

{"id": "p6-18-04", "style": "2018", "published": "2018-07-06",
 "title": "Russia to hit U.S. road-building equipment with extra duties",
 "text": """Russia to hit U.S. road-building equipment with extra duties

MOSCOW (Reuters) - Russia will impose additional duties of 25 to 40 percent on a range of U.S. goods, including road-building machinery, oil and gas equipment and metal-processing tools, in response to U.S. tariffs on steel and aluminum, Economy Minister Maxim Oreshkin said on Friday.

The duties will take effect in 30 days and are meant to offset about $87.6 million in damage to Russian companies, he said. Oreshkin said Russia's tariffs on U.S. goods would be lifted if Washington exempted Russian metal from the steel and aluminum tariffs.

Russia exported about $3 billion of steel and aluminum to the United States last year; Rusal, the aluminum producer, is separately under U.S. sanctions.

The European Union, which imposed its own retaliatory tariffs on 2.8 billion euros of U.S. goods last month, has also opened a safeguard investigation into steel imports.
""",
 "events": [
    ev("Russia will impose additional duties of 25 to 40 percent on a range of U.S. goods, including road-building machinery, oil and gas equipment and metal-processing tools",
       "impose", "proposed", "RU", "US", rate={"min": 25, "max": 40},
       goods=["road-building machinery", "oil and gas equipment", "metal-processing tools"], retaliation=True),
    ev("U.S. tariffs on steel and aluminum", "impose", "actual", "US", None, goods=["steel", "aluminum"], nth=1),
    ev("Russia's tariffs on U.S. goods would be lifted", "remove", "proposed", "RU", "US",
       note="conditional offer to remove (§6 proposed)"),
    ev("Washington exempted Russian metal from the steel and aluminum tariffs", "exempt", "considered", "US", "RU",
       goods=["metal"]),
    ev("The European Union, which imposed its own retaliatory tariffs on 2.8 billion euros of U.S. goods last month",
       "impose", "actual", "EU", "US", amount=(2800000000, "EUR"), retaliation=True, actor_name=EUN),
 ]},

{"id": "p6-18-05", "style": "2018", "published": "2018-09-26",
 "title": "China to cut import tariffs on 1,585 products from Nov. 1",
 "text": """China to cut import tariffs on 1,585 products from Nov. 1

BEIJING (Bloomberg) -- China will lower import tariffs on 1,585 products, including machinery, electrical equipment and textiles, to an average of 7.8 percent from 10.5 percent starting Nov. 1, the State Council Tariff Commission said on Wednesday.

The cuts apply to imports from all members of the World Trade Organization, including the United States, but not to the additional tariffs Beijing has placed on $50 billion of American goods since July. It was China's fourth round of tariff cuts this year, after reductions on cars, consumer goods and medicines.

Beijing cut duties on imported cars to 15 percent from 25 percent on July 1, but American-made cars now face an extra 25 percent levy. Economists said the cuts would help offset higher prices for consumers from the trade war.
""",
 "events": [
    ev("China will lower import tariffs on 1,585 products, including machinery, electrical equipment and textiles, to an average of 7.8 percent from 10.5 percent starting Nov. 1",
       "lower", "proposed", "CN", None, rate={"from": 10.5, "to": 7.8},
       goods=["machinery", "electrical equipment", "textiles"]),
    ev("The cuts apply to imports from all members of the World Trade Organization, including the United States",
       "lower", "proposed", "CN", None, note="all WTO members: target null despite 'including the United States'"),
    ev("the additional tariffs Beijing has placed on $50 billion of American goods since July", "impose", "actual",
       "CN", "US", amount=50000000000),
    ev("It was China's fourth round of tariff cuts this year", "lower", "proposed", "CN", None),
    ev("reductions on cars, consumer goods and medicines", "lower", "actual", "CN", None,
       goods=["cars", "consumer goods", "medicines"]),
    ev("Beijing cut duties on imported cars to 15 percent from 25 percent on July 1", "lower", "actual", "CN", None,
       rate={"from": 25, "to": 15}, goods=["cars"]),
    ev("American-made cars now face an extra 25 percent levy", "impose", "actual", "CN", "US", rate={"value": 25},
       goods=["cars"]),
    ev("the cuts would help offset higher prices for consumers from the trade war", "lower", "proposed", "CN", None),
 ]},

{"id": "p6-18-06", "style": "2018", "published": "2018-10-11",
 "title": "Canada to impose steel safeguard surtax, exempts U.S. and Mexico",
 "text": """Canada to impose steel safeguard surtax, exempts U.S. and Mexico

OTTAWA (Reuters) - Canada will impose a 25 percent surtax on imports of seven steel products above set quotas, including heavy plate, concrete reinforcing bar and wire rod, starting Oct. 25, Finance Minister Bill Morneau said on Thursday.

Imports from the United States and Mexico will be exempt, as will those from most countries with which Canada has free-trade agreements. The steel industry had asked Ottawa for a broader safeguard covering all steel imports.

Canada has kept its own retaliatory surtaxes of 10 to 25 percent on C$16.6 billion of U.S. goods, from steel to ketchup and whiskey, in place since July 1 in response to U.S. tariffs. Separately, Canada Post said its parcel tariffs for 2019 would rise 2.5 percent.
""",
 "events": [
    ev("Canada will impose a 25 percent surtax on imports of seven steel products above set quotas, including heavy plate, concrete reinforcing bar and wire rod, starting Oct. 25",
       "impose", "proposed", "CA", None, rate={"value": 25},
       goods=["heavy plate", "concrete reinforcing bar", "wire rod"]),
    *per(["US", "MX"], "Imports from the United States and Mexico will be exempt", "exempt", "proposed", "CA",
         goods=["steel products"]),
    ev("Canada has kept its own retaliatory surtaxes of 10 to 25 percent on C$16.6 billion of U.S. goods, from steel to ketchup and whiskey, in place since July 1",
       "impose", "actual", "CA", "US", rate={"min": 10, "max": 25}, amount=(16600000000, "CAD"),
       goods=["steel", "ketchup", "whiskey"], retaliation=True),
    ev("U.S. tariffs", "impose", "actual", "US", None, nth=1,
       note="in the retaliation phrase; no origin named, target null (NOTES 3)"),
 ]},

{"id": "p6-18-07", "style": "2018", "published": "2018-07-06",
 "title": "Mexico doubles tariff on U.S. pork as retaliation enters second stage",
 "text": """Mexico doubles tariff on U.S. pork as retaliation enters second stage

MEXICO CITY (AP) — Mexico's tariff on U.S. pork legs and shoulders doubled to 20 percent on Thursday, the second step of its retaliation against U.S. steel and aluminum duties, and American packers said shipments to their largest export market had already fallen.

Mexico imposed a 10 percent duty on the pork cuts on June 5, along with tariffs of 15 to 25 percent on American apples, potatoes, cheeses and bourbon. Mexican officials have said the duties will stay until Washington lifts its tariffs on Mexican steel and aluminum, which they want removed as part of the NAFTA talks.

The U.S. Meat Export Federation said Mexico bought $1.5 billion of American pork last year. Mexico has since opened a duty-free quota of 350,000 tonnes of pork for suppliers in the European Union, Brazil and Chile.
""",
 "events": [
    ev("Mexico's tariff on U.S. pork legs and shoulders doubled to 20 percent on Thursday", "raise", "actual",
       "MX", "US", rate={"value": 20}, goods=["pork legs", "pork shoulders"], retaliation=True),
    ev("U.S. steel and aluminum duties", "impose", "actual", "US", None, goods=["steel", "aluminum"]),
    ev("Mexico imposed a 10 percent duty on the pork cuts on June 5, along with tariffs of 15 to 25 percent on American apples, potatoes, cheeses and bourbon",
       "impose", "actual", "MX", "US", rate={"value": 10}, goods=["pork cuts"]),
    ev("Mexico imposed a 10 percent duty on the pork cuts on June 5, along with tariffs of 15 to 25 percent on American apples, potatoes, cheeses and bourbon",
       "impose", "actual", "MX", "US", rate={"min": 15, "max": 25},
       goods=["apples", "potatoes", "cheeses", "bourbon"]),
    ev("Washington lifts its tariffs on Mexican steel and aluminum, which they want removed as part of the NAFTA talks",
       "remove", "demanded", "US", "MX", goods=["steel", "aluminum"]),
    *per(["EU", "BR", "CL"], "Mexico has since opened a duty-free quota of 350,000 tonnes of pork for suppliers in the European Union, Brazil and Chile",
         "remove", "actual", "MX", goods=["pork"]),
 ]},

{"id": "p6-18-08", "style": "2018", "published": "2018-09-18",
 "title": "U.S. drops smart watches, car seats from China tariff list",
 "text": """U.S. drops smart watches, car seats from China tariff list

WASHINGTON (Bloomberg) -- The Trump administration dropped smart watches, Bluetooth headphones, children's car seats and bicycle helmets from its latest list of Chinese imports facing tariffs, after companies and consumer groups objected during public hearings.

The remaining $200 billion of goods, from seafood to furniture, will be taxed at 10 percent from Sept. 24, rising to 25 percent on Jan. 1. China has said it will retaliate with duties of 5 to 10 percent on $60 billion of U.S. goods, including liquefied natural gas, coffee and some aircraft parts.

Tariffs of 25 percent on $50 billion of Chinese goods are already in place, and Beijing has matched them dollar for dollar. The National Retail Federation said the tariffs would amount to a tax on American families.
""",
 "events": [
    ev("The Trump administration dropped smart watches, Bluetooth headphones, children's car seats and bicycle helmets from its latest list of Chinese imports facing tariffs",
       "exempt", "proposed", "US", "CN",
       goods=["smart watches", "Bluetooth headphones", "car seats", "bicycle helmets"]),
    ev("The remaining $200 billion of goods, from seafood to furniture, will be taxed at 10 percent from Sept. 24",
       "impose", "proposed", "US", "CN", rate={"value": 10}, amount=200000000000,
       goods=["seafood", "furniture"]),
    ev("rising to 25 percent on Jan. 1", "raise", "proposed", "US", "CN", rate={"value": 25}),
    ev("China has said it will retaliate with duties of 5 to 10 percent on $60 billion of U.S. goods, including liquefied natural gas, coffee and some aircraft parts",
       "impose", "proposed", "CN", "US", rate={"min": 5, "max": 10}, amount=60000000000,
       goods=["liquefied natural gas", "coffee", "aircraft parts"], retaliation=True),
    ev("Tariffs of 25 percent on $50 billion of Chinese goods are already in place", "impose", "actual", "US", "CN",
       rate={"value": 25}, amount=50000000000),
    ev("Beijing has matched them dollar for dollar", "impose", "actual", "CN", "US", retaliation=True),
 ]},

{"id": "p6-18-09", "style": "2018", "published": "2018-05-18",
 "title": "Japan tells WTO it may retaliate against U.S. steel tariffs",
 "text": """Japan tells WTO it may retaliate against U.S. steel tariffs

GENEVA (Reuters) - Japan has notified the World Trade Organization that it reserves the right to impose tariffs on about $440 million worth of U.S. goods in response to Washington's steel and aluminum duties, becoming the latest trading partner to prepare countermeasures.

India and Russia filed similar notices this week, and the European Union proposed duties on 2.8 billion euros of American goods, from motorcycles to orange juice, that it says could take effect as early as June 20.

South Korea, by contrast, won a permanent exemption from the steel tariff by accepting a quota of about 2.7 million tonnes, 70 percent of its average exports in recent years. Argentina, Australia and Brazil also won exemptions, while Tokyo has been refused one despite repeated requests from Prime Minister Shinzo Abe.
""",
 "events": [
    ev("Japan has notified the World Trade Organization that it reserves the right to impose tariffs on about $440 million worth of U.S. goods",
       "impose", "threatened", "JP", "US", amount=440000000, retaliation=True),
    ev("Washington's steel and aluminum duties", "impose", "actual", "US", None, goods=["steel", "aluminum"]),
    ev("the European Union proposed duties on 2.8 billion euros of American goods, from motorcycles to orange juice, that it says could take effect as early as June 20",
       "impose", "proposed", "EU", "US", amount=(2800000000, "EUR"), goods=["motorcycles", "orange juice"],
       actor_name=EUN),
    ev("South Korea, by contrast, won a permanent exemption from the steel tariff by accepting a quota of about 2.7 million tonnes",
       "exempt", "actual", "US", "KR", goods=["steel"]),
    *per(["AR", "AU", "BR"], "Argentina, Australia and Brazil also won exemptions", "exempt", "actual", "US",
         goods=["steel"]),
    ev("repeated requests from Prime Minister Shinzo Abe", "exempt", "demanded", "US", "JP", goods=["steel"],
       note="elliptical request for the exemption; the refusal itself is no event"),
 ]},

{"id": "p6-18-10", "style": "2018", "published": "2018-07-18",
 "title": "EU imposes provisional safeguard duties on steel imports",
 "text": """EU imposes provisional safeguard duties on steel imports

BRUSSELS (Reuters) - The European Commission imposed provisional safeguard duties of 25 percent on imports of 23 steel products above historical volumes, effective Thursday, to keep steel shut out of the United States from flooding the European market.

The quotas and tariffs will not apply to steel from developing countries exporting small volumes, or to Norway, Iceland and Liechtenstein. China, South Korea, India, Turkey and Russia are among the biggest suppliers likely to be affected.

The bloc has already imposed retaliatory duties of 25 percent on $3.2 billion of U.S. products, including bourbon, jeans and motorcycles, since June 22. Trade Commissioner Cecilia Malmstrom, who meets U.S. officials in Washington next week, said the EU would respond with tariffs on as much as $294 billion of American goods if Washington imposed duties on European cars.
""",
 "events": [
    ev("The European Commission imposed provisional safeguard duties of 25 percent on imports of 23 steel products above historical volumes, effective Thursday",
       "impose", "proposed", "EU", None, rate={"value": 25}, goods=["steel products"], actor_name=EUN,
       note="published Wednesday, in force Thursday: proposed whatever the tense (§6)"),
    *per(["NO", "IS", "LI"], "The quotas and tariffs will not apply to steel from developing countries exporting small volumes, or to Norway, Iceland and Liechtenstein",
         "exempt", "proposed", "EU", goods=["steel"], actor_name=EUN),
    ev("The bloc has already imposed retaliatory duties of 25 percent on $3.2 billion of U.S. products, including bourbon, jeans and motorcycles, since June 22",
       "impose", "actual", "EU", "US", rate={"value": 25}, amount=3200000000,
       goods=["bourbon", "jeans", "motorcycles"], retaliation=True, actor_name=EUN),
    ev("the EU would respond with tariffs on as much as $294 billion of American goods", "impose", "threatened",
       "EU", "US", amount=294000000000, retaliation=True, actor_name=EUN),
    ev("Washington imposed duties on European cars", "impose", "considered", "US", "EU", goods=["cars"],
       target_name=EUN),
 ]},
]


# The 2016 and 2018 pieces call the bloc the European Union.
for _p in PROBES:
    if _p["style"] != "1987":
        for _e in _p["events"]:
            for _r in ("actor", "target"):
                if _e[_r] and _e[_r]["code"] == "EU":
                    _e[_r]["name"] = EUN
