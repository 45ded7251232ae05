/* SPDX-License-Identifier: MIT */
/* words.c - the built-in closed-class word lists (months, numbers, title
 * words...). They are English grammar rather than world knowledge, so they
 * live in code; names of places and organisations are in data/. */
#include <stdlib.h>
#include <string.h>

#include "ent.h"
#include "words.h"

static int s_add(lex_t *lex, int ns, const char *w, double num)
{
    lex_entry_t e = { .num = num };
    return lex_add(lex, ns, w, strlen(w), &e);
}

static int s_list(lex_t *lex, int ns, const char *words, double num)
{
    /* space-separated words, all with the same value */
    char buf[64];
    const char *p = words;
    while (*p) {
        size_t n = strcspn(p, " ");
        if (n && n < sizeof buf) {
            memcpy(buf, p, n);
            buf[n] = 0;
            if (s_add(lex, ns, buf, num) < 0)
                return -1;
        }
        p += n;
        while (*p == ' ')
            p++;
    }
    return 0;
}

int words_load(lex_t *lex)
{
    static const char *const months[12][4] = {
        { "January", "Jan", "Jan.", NULL }, { "February", "Feb", "Feb.", NULL },
        { "March", "Mar.", NULL, NULL }, { "April", "Apr", "Apr.", NULL },
        { "May", NULL, NULL, NULL }, { "June", "Jun.", NULL, NULL },
        { "July", "Jul.", NULL, NULL }, { "August", "Aug", "Aug.", NULL },
        { "September", "Sept", "Sept.", "Sep." }, { "October", "Oct", "Oct.", NULL },
        { "November", "Nov", "Nov.", NULL }, { "December", "Dec", "Dec.", NULL } };
    static const char *const wdays[7] = { "Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday" };
    static const char *const nums[] = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty" };
    static const char *const tens[] = { "thirty", "forty", "fifty", "sixty", "seventy",
                                        "eighty", "ninety" };
    int rc = 0;
    for (int m = 0; m < 12; m++)
        for (int k = 0; k < 4 && months[m][k]; k++)
            rc |= s_add(lex, NS_MONTH, months[m][k], m + 1);
    for (int d = 0; d < 7; d++)
        rc |= s_add(lex, NS_WDAY, wdays[d], d + 1);
    for (int k = 0; k <= 20; k++)
        rc |= s_add(lex, NS_NUMW, nums[k], k);
    for (int k = 0; k < 7; k++)
        rc |= s_add(lex, NS_NUMW, tens[k], 30 + 10 * k);
    rc |= s_add(lex, NS_NUMW, "hundred", 100);
    rc |= s_add(lex, NS_NUMW, "dozen", 12);
    rc |= s_list(lex, NS_SCALE, "thousand k", 1e3);
    rc |= s_list(lex, NS_SCALE, "million millions mln m mn mio", 1e6);
    rc |= s_list(lex, NS_SCALE, "billion billions bln bn b", 1e9);
    rc |= s_list(lex, NS_SCALE, "trillion trillions tn trln", 1e12);
    rc |= s_list(lex, NS_SCALE, "crore crores", 1e7);
    rc |= s_list(lex, NS_SCALE, "lakh lakhs", 1e5);
    rc |= s_list(lex, NS_DUNIT, "day days", 1);
    rc |= s_list(lex, NS_DUNIT, "week weeks", 2);
    rc |= s_list(lex, NS_DUNIT, "month months", 3);
    rc |= s_list(lex, NS_DUNIT, "year years decade decades", 4);
    rc |= s_list(lex, NS_PERIOD, "week", 1);
    rc |= s_list(lex, NS_PERIOD, "month", 2);
    rc |= s_list(lex, NS_PERIOD, "year", 3);
    rc |= s_list(lex, NS_PERIOD, "weekend", 4);
    rc |= s_list(lex, NS_PERIOD, "quarter decade century spring summer autumn fall winter "
                                 "season term session", 5);
    rc |= s_list(lex, NS_DMOD, "early late mid earlier later", 1);
    /* everything numex.c may start a pattern with, but digits, currency
     * symbols, months and weekdays */
    rc |= s_list(lex, NS_NXSTART,
                 "a an early late mid earlier later last this next past coming previous "
                 "current yesterday today tomorrow recent tens hundreds billions millions "
                 "trillions rs rs. several many the about around nearly almost that", 1);
    for (int k = 0; k <= 20; k++)
        rc |= s_add(lex, NS_NXSTART, nums[k], 1);
    for (int k = 0; k < 7; k++)
        rc |= s_add(lex, NS_NXSTART, tens[k], 1);
    rc |= s_list(lex, NS_PCT, "% percent pct percentage", 1);
    rc |= s_list(lex, NS_TITLE,
                 "president premier minister secretary representative spokesperson chairperson "
                 "spokesman spokeswoman chairman chairwoman chair governor ambassador "
                 "senator mayor chancellor director commissioner negotiator envoy adviser "
                 "advisor leader king queen prince general chief executive ceo economist "
                 "analyst judge speaker lawmaker congressman congresswoman councillor "
                 "counsellor attorney emperor pope coach manager founder editor "
                 "correspondent professor president-elect head official officer "
                 "secretary-general dictator diplomat ministers councilor anchor anchorman anchorwoman "
                 "reporter columnist commentator strategist pollster", 2);
    rc |= s_list(lex, NS_TITLE,
                 "vice deputy prime foreign finance trade commerce treasury defense defence "
                 "state interior justice agriculture economy economic industry energy "
                 "health education labor labour home senior assistant acting former top "
                 "ministry department affairs national security press chief white house "
                 "general first principal permanent special trade-policy managing "
                 "executive", 1);
    rc |= s_list(lex, NS_HONOR,
                 "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Dame Lord Sen. Rep. Gov. "
                 "Gen. Col. Capt. Lt. Sgt. Adm. Rev. Pres. Messrs Madame Monsieur", 1);
    rc |= s_list(lex, NS_STOP,
                 "The A An In On At By For From With Without But And Or Nor If When While As "
                 "After Before Since Until Although Though Because He She It We They I You "
                 "His Her Its Our Their My Your This That These Those There Here What Which "
                 "Who Whom Whose Why How Where Some Many Most All Any No Not Both Each Every "
                 "Such Other Another Also However Meanwhile Still Yet So Then Now Last Next "
                 "First Second Third Finally According Under Over Among Between Against "
                 "During Through To Of Regarding Following Despite Unlike Like Even Only "
                 "Just Notably Related Photo Unlock Your Read More Click Advertisement "
                 "Is Are Was Were Be Do Does Did Has Have Had Will Would Can Could Should "
                 "Must May Might Shall Let Please Thank Thanks Yes OK Later Earlier Today "
                 "Yesterday Tomorrow Recently Separately Elsewhere Instead Indeed Besides "
                 "Moreover Furthermore Overall Currently Previously Asked Speaking Enditem", 1);
    rc |= s_list(lex, NS_ORGKW,
                 "Office Ministry Department Council Commission Committee Bank Inc Inc. Corp "
                 "Corp. Corporation Co Co. Ltd Ltd. Group Party Agency Association "
                 "Organization Organisation Union Federation Institute University College "
                 "Company Administration Authority Board Bureau Fund Reserve Exchange "
                 "Securities Holdings Airlines Airways Motors Press News Times Post Journal "
                 "Images Television TV Radio Club League Court Assembly Congress Parliament "
                 "Senate Cabinet Army Navy Police Service Services Foundation Trust Partners "
                 "Capital Technologies Technology Systems Industries Forum Network Media "
                 "Daily Telegraph Tribune Herald Gazette Review Magazine Centre Center "
                 "Academy School Hospital Church Front Movement Alliance Coalition "
                 "Electric Energy Oil Petroleum Steel Telecom Communications Pharmaceuticals "
                 "Insurance Investment Investments Management Brothers Bros Bros. AG SA NV "
                 "PLC plc LLC GmbH Limited Ministries Agencies Commerce", 1);
    rc |= s_list(lex, NS_LOCKW,
                 "Sea Ocean River Mountains Mountain Mount Mt. Gulf Valley Lake Peninsula "
                 "Desert Strait Straits Bay Coast Island Islands Canal Plain Plateau Basin "
                 "Guesthouse Square Palace Airport Bridge Street Road Avenue Park Hall "
                 "Stadium Tower Temple Region Delta Forest Highlands Zone Plaza Mall", 1);
    /* ... of them, the features of nature (not a building, a street or a zone) */
    rc |= s_list(lex, NS_NATURE,
                 "Sea Ocean River Gulf Valley Lake Peninsula Desert Strait Straits Bay Coast "
                 "Island Islands Canal Plain Plateau Basin Delta Highlands", 1);
    rc |= s_list(lex, NS_PLACEN,
                 "city town village resort port province state capital district county "
                 "region island suburb municipality prefecture emirate kingdom republic "
                 "enclave territory", 1);
    rc |= s_list(lex, NS_LAWKW,
                 "Act Acts Agreement Agreements Treaty Accord Accords Pact Convention "
                 "Protocol Law Charter Code Bill Statute Directive Partnership "
                 "Arrangement", 1);
    rc |= s_list(lex, NS_GOODS,
                 "soybean soybeans soy pork beef chicken poultry meat wheat corn maize "
                 "cotton rice sorghum barley oats grain grains crop crops harvest milk "
                 "cheese butter sugar coffee cocoa tea tobacco fish seafood lobster "
                 "lobsters shrimp fruit cherries apples almonds nuts pecans peanuts "
                 "potatoes feed hogs cattle livestock steel aluminum aluminium copper "
                 "scrap ore beans produce dairy", 1);
    rc |= s_list(lex, NS_CORPFORM,
                 "Inc Inc. Corp Corp. Co Co. Ltd Ltd. PLC plc Plc LLC GmbH AG SA NV SpA AB ASA "
                 "BV Oy Oyj KK Bhd Berhad Pty Pte Cie Ltda SRL Sdn Tbk Incorporated", 1);
    rc |= s_list(lex, NS_ORGDESC,
                 "shares share stock stocks shareholders shareholder stockholders board "
                 "chairman chairwoman spokesman spokeswoman spokesperson executive "
                 "executives subsidiary subsidiaries unit units affiliate parent "
                 "management directors profit profits earnings revenue revenues sales "
                 "dividend stake takeover bid merger plant plants factory stores brand "
                 "headquarters employees staff customers bonds losses results chief "
                 "president officials magazine newspaper daily weekly publication paper "
                 "agency union party group firm company bank insurer broker brokers "
                 "brokerage carmaker airline maker retailer publisher network broadcaster "
                 "television radio station team club side mine refinery operator producer "
                 "conglomerate rival partner owner", 1);
    rc |= s_list(lex, NS_MEDIA, "newspaper daily weekly magazine tabloid", 1);
    rc |= s_list(lex, NS_MEDIA, "paper television radio", 2);
    rc |= s_list(lex, NS_MEDIA,
                 "party group movement faction militia firm company bank insurer brokers "
                 "brokerage agency airline club side champions conglomerate carmaker "
                 "retailer publisher broadcaster giant giants maker makers manufacturer "
                 "manufacturers operator operators unit subsidiary affiliate chain concern coalition "
                 "platform portal website organization organisation consultancy store producer", 3);
    /* plural kinds of company, for "NAME, one of China's largest
     * retailers" only (kinds.c s_apposition) */
    rc |= s_list(lex, NS_MEDIA,
                 "companies firms retailers carmakers automakers banks insurers airlines "
                 "conglomerates corporations brands chains producers exporters suppliers "
                 "shipbuilders lenders platforms portals", 5);
    /* a team's players and staff, after its name and before theirs */
    rc |= s_list(lex, NS_MEDIA,
                 "striker forward midfielder defender goalkeeper keeper goalie winger playmaker "
                 "sweeper full-back fullback centre-back centre-half pitcher catcher shortstop "
                 "outfielder infielder reliever quarterback linebacker batsman bowler paceman "
                 "spinner wicketkeeper wicket-keeper all-rounder hooker flanker fly-half "
                 "scrum-half skipper captain coach manager owner", 4);
    rc |= s_list(lex, NS_ADDRESS, "Ladies Gentlemen Friends Colleagues Excellencies", 1);
    rc |= s_list(lex, NS_EVENT,
                 "Summit Expo Meeting Dialogue Festival Exhibition Games Olympics Championship "
                 "Championships", 1);
    rc |= s_list(lex, NS_PLAN,
                 "Initiative Initiatives Plan Strategy Doctrine Vision Agenda Policy Roadmap "
                 "Blueprint Dream Round Cup Trophy Prize Award Awards War Day Index", 1);
    /* what they shorten is written in lower case ("a free trade agreement",
     * "research and development", "photovoltaic"): a kind of thing, goods,
     * a measure, a currency's or a job's name, which the tagger reads as an
     * organisation for being all-caps */
    rc |= s_list(lex, NS_COMMONACR,
                 "FTA FTAs FTZ FTZs PV R&D M&A GDP GNP FDI CPI PPI PMI VAT MFN GSP PIK RMB "
                 "SME SMEs NGO NGOs IPO IPOs CEO CEOs CFO COO CTO SUV SUVs EV EVs LNG LPG "
                 "DRAM LCD DNA GMO GMOs IPR IPRs ICT AI 5G 4G ROO ROOs PSR PSRs NTB NTBs "
                 "WMD ICBM", 1);
    /* ... and the acronyms of trade treaties, no entity like the treaties'
     * names ("the General Agreement on Tariffs and Trade"): a bare GATT
     * was the tagger's organisation */
    rc |= s_list(lex, NS_COMMONACR, "GATT NAFTA TPP CPTPP RCEP USMCA TTIP CETA ACFTA CAFTA AFTA KORUS", 1);
    rc |= s_list(lex, NS_PARTICLE, "es de da das do dos du des del della di van von der den ter bin ibn al el", 1);
    rc |= s_list(lex, NS_LAWPART, "Article Articles Paragraph Section Sections Chapter Clause Annex", 1);
    rc |= s_list(lex, NS_CONN, "of for and de van von der da di du la le al bin el y", 1);
    return rc ? -1 : 0;
}

/* ------------------------------------------------------------- pinyin */

/* The syllables of Hanyu Pinyin without tones (the standard table's 400
 * and "lv", "lve", "lyu", "nv", "nve": how "lü" is written in Latin
 * letters), sorted for bsearch. */
static const char *const s_syllables[] = {
    "a", "ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao", "bei", "ben", "beng", "bi",
    "bian", "biao", "bie", "bin", "bing", "bo", "bu", "ca", "cai", "can", "cang", "cao", "ce",
    "cen", "ceng", "cha", "chai", "chan", "chang", "chao", "che", "chen", "cheng", "chi", "chong",
    "chou", "chu", "chua", "chuai", "chuan", "chuang", "chui", "chun", "chuo", "ci", "cong", "cou",
    "cu", "cuan", "cui", "cun", "cuo", "da", "dai", "dan", "dang", "dao", "de", "dei", "den",
    "deng", "di", "dia", "dian", "diao", "die", "ding", "diu", "dong", "dou", "du", "duan", "dui",
    "dun", "duo", "e", "ei", "en", "eng", "er", "fa", "fan", "fang", "fei", "fen", "feng", "fo",
    "fou", "fu", "ga", "gai", "gan", "gang", "gao", "ge", "gei", "gen", "geng", "gong", "gou", "gu",
    "gua", "guai", "guan", "guang", "gui", "gun", "guo", "ha", "hai", "han", "hang", "hao", "he",
    "hei", "hen", "heng", "hong", "hou", "hu", "hua", "huai", "huan", "huang", "hui", "hun", "huo",
    "ji", "jia", "jian", "jiang", "jiao", "jie", "jin", "jing", "jiong", "jiu", "ju", "juan", "jue",
    "jun", "ka", "kai", "kan", "kang", "kao", "ke", "kei", "ken", "keng", "kong", "kou", "ku",
    "kua", "kuai", "kuan", "kuang", "kui", "kun", "kuo", "la", "lai", "lan", "lang", "lao", "le",
    "lei", "leng", "li", "lia", "lian", "liang", "liao", "lie", "lin", "ling", "liu", "long", "lou",
    "lu", "luan", "lue", "lun", "luo", "lv", "lve", "lyu", "ma", "mai", "man", "mang", "mao", "me",
    "mei", "men", "meng", "mi", "mian", "miao", "mie", "min", "ming", "miu", "mo", "mou", "mu",
    "na", "nai", "nan", "nang", "nao", "ne", "nei", "nen", "neng", "ni", "nian", "niang", "niao",
    "nie", "nin", "ning", "niu", "nong", "nou", "nu", "nuan", "nue", "nuo", "nv", "nve", "o", "ou",
    "pa", "pai", "pan", "pang", "pao", "pei", "pen", "peng", "pi", "pian", "piao", "pie", "pin",
    "ping", "po", "pou", "pu", "qi", "qia", "qian", "qiang", "qiao", "qie", "qin", "qing", "qiong",
    "qiu", "qu", "quan", "que", "qun", "ran", "rang", "rao", "re", "ren", "reng", "ri", "rong",
    "rou", "ru", "rua", "ruan", "rui", "run", "ruo", "sa", "sai", "san", "sang", "sao", "se", "sen",
    "seng", "sha", "shai", "shan", "shang", "shao", "she", "shei", "shen", "sheng", "shi", "shou",
    "shu", "shua", "shuai", "shuan", "shuang", "shui", "shun", "shuo", "si", "song", "sou", "su",
    "suan", "sui", "sun", "suo", "ta", "tai", "tan", "tang", "tao", "te", "teng", "ti", "tian",
    "tiao", "tie", "ting", "tong", "tou", "tu", "tuan", "tui", "tun", "tuo", "wa", "wai", "wan",
    "wang", "wei", "wen", "weng", "wo", "wu", "xi", "xia", "xian", "xiang", "xiao", "xie", "xin",
    "xing", "xiong", "xiu", "xu", "xuan", "xue", "xun", "ya", "yan", "yang", "yao", "ye", "yi",
    "yin", "ying", "yo", "yong", "you", "yu", "yuan", "yue", "yun", "za", "zai", "zan", "zang",
    "zao", "ze", "zei", "zen", "zeng", "zha", "zhai", "zhan", "zhang", "zhao", "zhe", "zhei",
    "zhen", "zheng", "zhi", "zhong", "zhou", "zhu", "zhua", "zhuai", "zhuan", "zhuang", "zhui",
    "zhun", "zhuo", "zi", "zong", "zou", "zu", "zuan", "zui", "zun", "zuo",
};

static int s_cmp_syl(const void *k, const void *e)
{
    return strcmp((const char *)k, *(const char *const *)e);
}

/* Whether s[0, n) (any case) is max_syll or fewer pinyin syllables. */
bool words_pinyin(const char *s, size_t n, int max_syll)
{
    if (n == 0)
        return true;
    if (max_syll <= 0)
        return false;
    char buf[8];
    for (size_t k = n < 6 ? n : 6; k >= 1; k--) {
        for (size_t j = 0; j < k; j++) {
            char ch = s[j];
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
                return false;
            buf[j] = (char)(ch | 0x20);
        }
        buf[k] = 0;
        if (bsearch(buf, s_syllables, sizeof s_syllables / sizeof *s_syllables, sizeof *s_syllables, s_cmp_syl) &&
            words_pinyin(s + k, n - k, max_syll - 1))
            return true;
    }
    return false;
}
