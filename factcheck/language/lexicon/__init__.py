"""General English word lists the rules rely on.

Nothing here names a particular document: these are closed-class words (negators, months,
number words), common titles, and antonym / synonym pairs of everyday English.
"""

from __future__ import annotations

from itertools import combinations

STOPWORDS = frozenset(
    """
    a an the and or but if then than so as of at by for from in into onto on off out over
    under to up down with within without about above below after before between during
    through throughout toward towards upon via per among amid against across around along
    behind beyond is am are was were be been being has have had having do does did doing
    will would shall should can could may might must ought i me my myself we us our
    ours ourselves you your yours yourself yourselves he him his himself she her hers
    herself it its itself they them their theirs themselves this that these those there here
    where when while which who whom whose what why how all any both each either every few
    many more most much other others some such own same also just only very too quite rather
    even still yet again ever already said says say told tell according reported report
    reports one ones thing things way s t d ll re ve m o y
    mr mrs ms unk
    yes however therefore thus hence moreover furthermore nevertheless nonetheless indeed
    actually really absolutely certainly definitely obviously clearly simply basically
    essentially
    """.split()
)
# "mr", "mrs", "ms": honorifics name no one; "unk": the placeholder generated text puts for a word
# it could not produce, which says nothing. "yes", connectives ("however", "therefore") and
# stance adverbs ("actually", "clearly"): general English words that tie a sentence to what came
# before or give the writer's stance, and state nothing a source could say.

# Words that reverse the polarity of what follows them (stems of the word forms).
NEGATORS = frozenset(
    """
    not no never none nobody nothing neither nor nowhere cannot cant without n't nt isnt
    arent wasnt werent dont doesnt didnt wont wouldnt shouldnt couldnt hasnt havent hadnt
    """.split()
)
# Verbs and adjectives that negate their complement: "failed to agree", "denied attending",
# "refused to sign", "incapable of running", "unwilling to pay", "shunned the league". Not
# "rarely" or "seldom" ("it rarely spreads" says how often, not that it never does), nor
# "ignored" or "unaware" ("ignored the fact that it rose" takes the rise as given). Written for
# this list.
NEGATING_VERBS = frozenset(
    """
    fail failed fails failing deny denied denies denying refuse refused refuses refusing
    reject rejected rejects rejecting lack lacked lacks lacking unable absence absent
    incapable unwilling ineligible
    avoid avoided avoids avoiding shun shunned shuns shunning boycott boycotted boycotts
    boycotting abstain abstained abstains abstaining refrain refrained refrains refraining
    neglect neglected neglects neglecting withhold withheld withholds withholding forgo forwent
    forgone forgoes forgoing unacquainted
    """.split()
)
# Words of expecting or believing: denied, they deny the expectation, not what was expected
# ("had not expected to win" says nothing of the win).
EXPECTING = frozenset(
    """
    expect expects expected expecting anticipate anticipates anticipated think thinks thought
    believe believes believed imagine imagines imagined dream dreamed dreamt
    """.split()
)
# "but" and "except" deny what follows them after these: "directed by anyone but Ada Marr" (not
# by her), "anything except a mill". Not after "nothing" or "nobody": "nothing but" is "only".
# Written for this list.
EXCEPTING_AFTER = frozenset(
    "anyone anybody anything anywhere everyone everybody everything everywhere".split()
)
EXCEPTING_WORDS = frozenset({"but", "except"})
# Words that deny only right before a given word: "has yet to sign" (it has not signed),
# "declined to comment".
NEGATING_BEFORE = {
    "yet": frozenset({"to"}),
    # "failed to pay", "failed at earning"; "failed its inspection" denies no word after it.
    "fail": frozenset({"to", "at"}),
    "fails": frozenset({"to", "at"}),
    "failed": frozenset({"to", "at"}),
    "failing": frozenset({"to", "at"}),
    # "declined to sign" (did not sign); "sales declined in May" denies nothing.
    "decline": frozenset({"to"}),
    "declined": frozenset({"to"}),
    "declines": frozenset({"to"}),
    # "paid to the county rather than the parish", "instead of a fine": not the parish, no fine.
    "rather": frozenset({"than"}),
    "instead": frozenset({"of"}),
}
# Verbs of telling others what to do: a "not to" after one says what someone was told, not
# what was done ("warned walkers not to cross the weir" says nothing of whether they did).
DIRECTING = frozenset(
    """
    warn warns warned warning tell tells told telling urge urges urged urging ask asks asked
    asking advise advises advised advising instruct instructs instructed order orders ordered
    remind reminds reminded encourage encourages encouraged beg begs begged plead pleads
    pleaded implore implored caution cautions cautioned persuade persuaded
    """.split()
)
# Words of intending or trying, which carry the act after them: denied, they deny that act
# ("no plans to close the mill"), not every plan. Written for this list.
INTENDING = frozenset(
    """
    plan plans planned planning intend intends intended intending intention intentions want
    wants wanted wish wishes wished aim aims aimed seek seeks sought seeking try tries tried
    trying attempt attempts attempted
    """.split()
)
# "zero awards" is "no awards"; not after these ("net zero", "near zero").
ZERO_NOT_NEGATING_AFTER = frozenset("net near almost nearly close".split())

# Opposites: most come from WordNet (data/opposites.tsv, built by scripts/build_opposites.py;
# see ``factcheck.language.opposites``). These are the general direction and change words
# WordNet does not pair (or pairs only in a rarer sense): a quantity going one way or the other,
# a process going on or ending, a decision or a stance going one way or the other, a target met
# or missed, comparatives, and a few everyday pairs WordNet gives only in a rarer sense (born /
# died, include / exclude).
ANTONYM_PAIRS: tuple[tuple[str, str], ...] = (
    ("continue", "end"),
    ("continue", "stop"),
    ("continue", "halt"),
    ("continue", "suspend"),
    ("continue", "abandon"),
    ("continue", "terminate"),
    ("extend", "end"),
    # A route, a service or a scheme extended, or cut back.
    ("extend", "cut"),
    ("extend", "shorten"),
    ("extend", "curtail"),
    ("extension", "end"),
    ("continuation", "end"),
    ("agree", "reject"),
    ("agree", "refuse"),
    ("approve", "reject"),
    ("approve", "veto"),
    ("back", "reject"),
    # A motion or an amendment is defeated when the vote goes against it.
    ("back", "defeat"),
    ("approve", "defeat"),
    ("adopt", "defeat"),
    ("back", "oppose"),
    ("remain", "withdraw"),
    ("remain", "leave"),
    ("stay", "leave"),
    ("join", "leave"),
    ("join", "quit"),
    ("arrive", "depart"),
    ("increase", "reduce"),
    ("increase", "decline"),
    ("increase", "drop"),
    ("increase", "lower"),
    ("increase", "cut"),
    ("increase", "fall"),
    ("rise", "drop"),
    ("rise", "decline"),
    ("rise", "plunge"),
    ("climb", "fall"),
    ("climb", "drop"),
    ("climb", "decline"),
    ("soar", "plunge"),
    ("soar", "slump"),
    ("surge", "slump"),
    ("raise", "cut"),
    ("raise", "reduce"),
    ("grow", "shrink"),
    ("grow", "decline"),
    ("grow", "fall"),
    ("expand", "shrink"),
    ("gain", "lose"),
    ("gain", "loss"),
    ("profit", "loss"),
    ("surplus", "deficit"),
    ("win", "defeat"),
    ("pass", "fail"),
    ("start", "end"),
    ("start", "finish"),
    ("start", "stop"),
    ("launch", "cancel"),
    ("allow", "ban"),
    ("allow", "forbid"),
    ("allow", "prohibit"),
    ("permit", "ban"),
    ("permit", "prohibit"),
    ("support", "oppose"),
    ("favor", "oppose"),
    ("favour", "oppose"),
    ("confirm", "deny"),
    # A stance taken on a charge, a claim or a plan, one way or the other.
    ("accept", "contest"),
    ("accept", "dispute"),
    ("praise", "criticise"),
    ("praise", "criticize"),
    ("praise", "condemn"),
    ("welcome", "criticise"),
    ("welcome", "criticize"),
    ("welcome", "condemn"),
    ("earlier", "later"),
    ("higher", "lower"),
    ("larger", "smaller"),
    ("largest", "smallest"),
    ("bigger", "smaller"),
    ("biggest", "smallest"),
    ("longer", "shorter"),
    ("longest", "shortest"),
    ("wider", "narrower"),
    ("widest", "narrowest"),
    ("highest", "lowest"),
    ("older", "younger"),
    ("oldest", "youngest"),
    ("faster", "slower"),
    ("improve", "worsen"),
    ("improve", "worse"),
    # A target, a deadline or a mark reached, or not.
    ("meet", "miss"),
    ("hit", "miss"),
    ("reach", "miss"),
    ("achieve", "miss"),
    ("improve", "deteriorate"),
    ("benefit", "harm"),
    ("hire", "fire"),
    ("appoint", "dismiss"),
    ("friend", "enemy"),
    ("ally", "enemy"),
    ("promote", "inhibit"),
    ("stimulate", "inhibit"),
    ("enhance", "impair"),
    ("upregulate", "downregulate"),
    ("indoors", "outdoors"),
    ("include", "exclude"),
    ("relieve", "worsen"),
    ("alleviate", "worsen"),
    ("aggravate", "alleviate"),
    ("activate", "suppress"),
    ("induce", "inhibit"),
    ("induce", "suppress"),
    ("enhance", "reduce"),
    ("cause", "prevent"),
    ("beneficial", "harmful"),
    ("born", "died"),
    ("birth", "death"),
    ("peace", "war"),
    ("peaceful", "war"),
    ("safe", "unsafe"),
    ("always", "never"),
    ("common", "rare"),
    ("frequent", "rare"),
    ("similar", "different"),
    ("win", "loss"),
    ("release", "arrest"),
    ("acquit", "convict"),
    ("male", "female"),
)

# Verbs of winning and losing a contest, as the outcomes rule reads them: the name before a verb
# of winning won; the name after a verb of beating lost, as did the name a verb of knocking puts
# "out" ("knocked Alder Vale out"), the name before a verb of losing and the name before "was
# beaten".
WINNING_VERBS = frozenset(
    "won wins win beat beats defeated defeats overcame pipped pips thrashed thrashes trounced"
    " trounces outclassed outclasses".split()
)
BEATING_VERBS = frozenset(
    "beat beats beating defeat defeated defeats defeating overcame overcoming pipped pipping"
    " pips thrash thrashed thrashes thrashing trounce trounced trounces trouncing outclass"
    " outclassed outclasses outclassing".split()
)
# "knocked Alder Vale out", "edged out Alder Vale": the name before or after the "out" lost.
KNOCKING_VERBS = frozenset({"knocked", "knocks", "knock", "knocking", "edged", "edges", "edging"})
LOSING_VERBS = frozenset({"lost", "loses", "lose"})
BEATEN_PARTICIPLES = frozenset({"beaten", "defeated", "thrashed", "trounced", "outclassed"})
# All of them: two in one slot ("knocked X out" / "beat X") are compared by who won, not as two
# different words.
OUTCOME_VERBS = WINNING_VERBS | BEATING_VERBS | KNOCKING_VERBS | LOSING_VERBS | BEATEN_PARTICIPLES

# Words of going up and of going down, verbs and comparatives alike: any word of one side is
# the opposite of any word of the other ("was 12% higher" / "fell by 12%"), in the same slot.
RISING = frozenset(
    """
    increase rise climb soar surge jump grow expand gain raise boost higher greater larger
    bigger
    """.split()
)
FALLING = frozenset(
    """
    decrease reduce decline drop fall plunge slump shrink cut lower dip slide slip tumble halve
    smaller
    """.split()
)

# Closed-class words of direction, which the content-word rules pass over as stopwords: "over
# budget" / "within budget", "ahead of schedule" / "behind schedule", "more than" / "less than".
# Each group is one side; any word of one opposes any word of the other, in the same slot.
DIRECTION_WORDS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"more", "most"}), frozenset({"less", "fewer", "least", "fewest"})),
    (frozenset({"over", "above"}), frozenset({"under", "below", "within"})),
    (frozenset({"ahead"}), frozenset({"behind"})),
    (frozenset({"before"}), frozenset({"after"})),
    (frozenset({"up"}), frozenset({"down"})),
)

# How a vote went: "voted for" / "voted against" (after a word of voting, by stem), and "in
# favour of", which says "for" of anyone.
VOTING_STEMS = frozenset({"vote", "ballot"})
VOTE_SIDES = {"for": True, "against": False}
# Other words that take a side on a motion with "for" or "against" ("spoke against the
# levy", "argued for a ban"), by stem, and the copulas, which take one with "against" only
# ("was against the levy"; "was for sale" takes none).
PLEADING_STEMS = frozenset({"spoke", "speak", "argu", "campaign", "lobbi"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Verbs that take a side on what follows them, by stem: "backed the levy" is the side of
# "voted for the levy", "opposed the levy" the side of "voted against it". Only their past
# and present forms ("backed", "opposes"), not the bare word, which is often a noun ("the
# back of the hall", "with support from").
SIDING_VERBS = {
    "support": True,
    "back": True,
    "endors": True,
    "favour": True,
    "favor": True,
    "oppos": False,
    "object": False,
}

# Where a thing is, was made or is found ("based outside Ostland", "is set outside the city"),
# by stem, with the copulas: "outside" of such a verb places its subject, which "in" the same
# place refutes; "outside" of an act ("spread outside Ostland") does not, as an act can happen
# in both. Written for this list.
PLACING_STEMS = frozenset(
    """
    is are was were be been locat base situat lie lies set found headquart born creat made
    film shot record spoken appear live
    """.split()
)
# Words between such a verb and "outside" that leave it placing ("located only outside").
PLACING_ADVERBS = frozenset("only solely exclusively entirely completely wholly just".split())

# Words of time after "over" / "within" ("over the past 30 years"): a span, not a direction.
TIME_WORDS = frozenset(
    """
    past last next years year months month weeks week days day decades decade centuries
    century period time hours hour minutes lifetime
    """.split()
)

# A quantity changed, against it stayed as it was ("rose" / "held steady"). Verbs by stem; the
# no-change words as written (they are adjectives and fixed phrases).
CHANGE_VERBS = frozenset(
    """
    rise rose risen increase raise grow grew grown climb gain jump soar surge double triple
    fall fell fallen decrease reduce cut lower drop decline shrink shrank shrunk plunge slump
    sink sank halve slash slip
    """.split()
)
NO_CHANGE_WORDS = frozenset({"unchanged", "flat", "steady", "stable", "unaltered", "plateaued"})
# "leaves the fare unchanged", "left the hall intact": to let a thing stay as it is, not to go.
LEFT_AS_IT_IS = NO_CHANGE_WORDS | frozenset({"intact", "untouched", "alone", "unaffected"})
NO_CHANGE_PHRASES = (
    "the same",
    "at the same level",
    "on hold",
    "no change",
    "level off",
    "levels off",
    "levelled off",
    "leveled off",
    "levelling off",
    "leveling off",
)

# A thing done when it was due, against done late ("opened on schedule" / "opened three months
# late"). "Late" before a time says when ("in late May"), not that it was overdue.
ON_TIME_PHRASES = ("on schedule", "on time", "as scheduled", "on target", "to schedule")
LATE_WORDS = frozenset({"late", "delayed", "overdue", "behind"})

# Words that make a number a bound rather than a value: "more than half" holds for 80 per cent,
# "fewer than 40" for 25.
LOWER_BOUNDS = ("more than", "greater than", "over", "at least", "above", "exceeding", "upwards of")
UPPER_BOUNDS = ("less than", "fewer than", "under", "below", "at most", "up to", "no more than")

# Words that open a period of observation before a year or a count of time: "warming since
# 1970", "over the past 35 years". Two such periods are two windows on one trend, not rival
# values of one slot ("since 1900" does not deny "since 1970").
WINDOW_OPENERS = frozenset("since past last previous recent".split())

# Words between a count and what it counts that make it a part or a change of the whole ("12 new
# cases", "40 more seats", "3 other wells"): such a count is no rival of the whole's count.
PART_COUNT_WORDS = frozenset("new other more less fewer additional extra further".split())

# What a quantity is counted against when it is a rate ("3 mm per year", "200 tonnes a day",
# "12 cases per capita"), and the adverbs that say the same ("annually"): a rate is no rival of
# a total.
RATE_PERIODS = frozenset(
    "year month week day hour minute second decade century annum capita person head".split()
)
RATE_ADVERBS = frozenset("annually yearly daily monthly weekly hourly annual".split())

# Words that make a number approximate ("about 40"): a number so hedged is not disputed by one
# within a tenth of it.
APPROXIMATE = frozenset(
    """
    about around roughly approximately nearly almost some circa approx estimated close
    """.split()
)

# Light synonymy: words a paraphrase swaps freely. Compared by stem, both directions.
SYNONYM_PAIRS: tuple[tuple[str, str], ...] = (
    ("lack", "deficient"),
    ("lack", "absence"),
    ("absence", "deficient"),
    ("agree", "consent"),
    ("agree", "accept"),
    ("agreement", "accord"),
    ("agreement", "deal"),
    ("accord", "deal"),
    ("agreement", "pact"),
    ("accord", "pact"),
    ("treaty", "pact"),
    ("say", "state"),
    ("state", "announce"),
    ("announce", "declare"),
    ("say", "tell"),
    ("begin", "start"),
    ("begin", "commence"),
    ("start", "launch"),
    ("end", "finish"),
    ("end", "conclude"),
    ("talk", "negotiation"),
    ("talk", "discussion"),
    ("negotiation", "discussion"),
    ("meeting", "session"),
    ("meeting", "talk"),
    ("continue", "maintain"),
    # Who came to watch, and who works for a firm, in the words news copy uses by turns: every
    # two of a group.
    *combinations(("crowd", "attendance", "spectator", "supporter", "fan"), 2),
    *combinations(("staff", "employee", "worker"), 2),
    # "will stay at 112" / "unchanged at 112".
    ("stay", "unchanged"),
    ("remain", "unchanged"),
    ("continue", "extend"),
    ("keep", "maintain"),
    ("continuation", "extension"),
    ("obtain", "reach"),
    ("obtain", "secure"),
    ("reach", "achieve"),
    ("get", "obtain"),
    ("buy", "purchase"),
    ("big", "large"),
    ("large", "huge"),
    ("small", "little"),
    ("help", "assist"),
    ("help", "aid"),
    ("show", "demonstrate"),
    ("show", "reveal"),
    ("show", "indicate"),
    ("suggest", "indicate"),
    ("increase", "rise"),
    ("increase", "grow"),
    ("decrease", "decline"),
    ("decrease", "reduce"),
    ("decrease", "drop"),
    ("reduce", "lower"),
    ("kill", "slay"),
    ("die", "death"),
    ("dead", "death"),
    ("die", "dead"),
    ("people", "person"),
    ("child", "kid"),
    ("children", "kids"),
    ("film", "movie"),
    ("country", "nation"),
    ("government", "administration"),
    ("leader", "head"),
    ("lead", "head"),
    ("attend", "participate"),
    ("include", "comprise"),
    ("comprise", "consist"),
    ("mediator", "intermediary"),
    ("monitor", "oversee"),
    ("monitor", "supervise"),
    ("oversee", "supervise"),
    ("quick", "fast"),
    ("rapid", "fast"),
    ("quickly", "rapidly"),
    ("often", "frequently"),
    ("begin", "open"),
    ("hold", "host"),
    ("travel", "go"),
    ("arrive", "reach"),
    ("plan", "intend"),
    ("aim", "seek"),
    ("want", "seek"),
    ("try", "attempt"),
    ("pledge", "promise"),
    ("pledge", "commit"),
    ("promise", "commit"),
    ("create", "establish"),
    ("set", "establish"),
    ("found", "establish"),
    ("build", "construct"),
    ("make", "create"),
    ("write", "author"),
    ("wrote", "written"),
    ("sang", "sung"),
    ("born", "birth"),
    ("married", "marriage"),
    ("marry", "wed"),
    ("wife", "spouse"),
    ("husband", "spouse"),
    ("award", "prize"),
    ("american", "us"),
    ("british", "uk"),
    ("illness", "disease"),
    ("sickness", "disease"),
    ("infection", "disease"),
    ("virus", "coronavirus"),
    ("covid", "coronavirus"),
    ("treat", "therapy"),
    ("treatment", "therapy"),
    ("drug", "medication"),
    ("drug", "medicine"),
    ("patient", "individual"),
    ("risk", "likelihood"),
    ("associate", "link"),
    ("associate", "correlate"),
    ("link", "relate"),
    ("cause", "lead"),
    ("cause", "induce"),
    ("cause", "trigger"),
    ("cause", "result"),
    ("effect", "impact"),
    ("affect", "impact"),
    ("fund", "finance"),
    ("job", "employment"),
    ("film", "picture"),
    ("song", "single"),
    ("album", "record"),
    ("team", "club"),
    ("city", "town"),
    ("actor", "actress"),
    ("author", "writer"),
    ("singer", "vocalist"),
    ("temperature", "heat"),
    ("warm", "heat"),
    ("co2", "carbon"),
    ("ocean", "sea"),
    ("worldwide", "global"),
    ("world", "global"),
    ("earth", "planet"),
    ("earth", "global"),
    ("human", "anthropogenic"),
    ("man-made", "anthropogenic"),
    ("ice", "glacier"),
)

# Titles and offices: when claim and source name different ones for the same person or slot,
# that is a role conflict rather than a different entity.
TITLES = frozenset(
    """
    president vice prime minister ministry secretary chancellor premier governor mayor
    senator congressman congresswoman representative ambassador envoy spokesperson spokesman
    spokeswoman advisor adviser director chairman chairwoman chair chief ceo cfo cto coo
    head leader deputy general admiral colonel captain commander lieutenant sergeant major
    king queen prince princess emperor pope bishop cardinal judge justice attorney professor
    doctor dean editor founder owner manager coach captain chairperson delegate commissioner
    inspector officer official mediator defense defence foreign interior finance justice
    health education trade commerce security intelligence treasury state home affairs
    councillor councilor cllr
    """.split()
)

# Short forms of titles, by the full title they stand for: "Cllr Pryor" is "Councillor Dai
# Pryor", "Supt Ray Moss" is "Superintendent Moss".
TITLE_SHORT_FORMS = {
    "cllr": "councillor",
    "coun": "councillor",
    "dr": "doctor",
    "prof": "professor",
    "gen": "general",
    "capt": "captain",
    "cpt": "captain",
    "sgt": "sergeant",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "rev": "reverend",
    "revd": "reverend",
    "cmdr": "commander",
    "lt": "lieutenant",
    "col": "colonel",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
}

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

# Words between "of" and the count of a whole a part is taken from: "three of its eleven
# libraries", "four of the 20 boats".
BEFORE_A_WHOLE = frozenset("the its their his her our these those".split())

# How a word in the possessive ends: "Marr's", "Marr’s", "the Ferries'".
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'")

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "half": 0.5,
    "single": 1,
    "double": 2,
    "twice": 2,
    "triple": 3,
    "thrice": 3,
    "once": 1,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "bn": 1e9,
    "mn": 1e6,
}

# Nationalities and other words of origin: a thing has one, so another one in its place conflicts.
NATIONALITIES = frozenset(
    """
    american british english scottish welsh irish french german italian spanish portuguese
    dutch belgian swiss austrian swedish norwegian danish finnish icelandic polish czech
    slovak hungarian romanian bulgarian greek turkish russian ukrainian serbian croatian
    bosnian slovenian albanian estonian latvian lithuanian chinese japanese korean indian
    pakistani bangladeshi iranian iraqi syrian israeli egyptian moroccan algerian tunisian
    nigerian kenyan ethiopian ghanaian canadian mexican brazilian argentine argentinian
    chilean colombian peruvian venezuelan cuban jamaican australian filipino indonesian thai
    vietnamese malaysian singaporean saudi lebanese jordanian afghan
    """.split()
)

# Words that start like a negative or reversing prefix added to another word, but are not its
# opposite: "display" is not "not play", "designed" is not "un-signed", "disease" is not "ease".
LOOKALIKE_PREFIXED = frozenset(
    """
    display discover discount dismiss dispose dispatch discharge distance disease dispense
    distress dissolve distract disturb dispute discuss disgust disclose dismay
    inform invest intend insure income inside input install instance instant insist inspect
    intent interest invent invite involve index induce infect insight inspire
    import impress impose impact implement imply impart
    illustrate irritate
    design detail define describe deserve debate depart denote deliver devote derive depress
    deposit desire develop determine decline declare detect deploy depend deport demand
    decide decrease degree delay delight demonstrate department desert destroy
    """.split()
)

# Personal and demonstrative pronouns that can stand for a name said elsewhere in a document
# ("She signed ..." for the claim's "Lena Varga signed ..."). General English.
PRONOUNS = frozenset("he she it they his her its their him them this these".split())

# Certainty: words that say an act is only weighed, or settled (language/certainty.py).
# Words that weigh an act wherever they stand ("is considering a bid").
WEIGHING = frozenset(
    {"considering", "weighing", "mulling", "contemplating", "pondering", "exploring"}
)

# Words that weigh an act after a modal or "to" ("would consider extending", "to decide").
WEIGHING_AFTER_MODAL = frozenset({"consider", "weigh", "explore", "decide", "examine"})

# Words that weigh what follows their "to" ("is expected to set out", "likely to close", "hopes
# to win approval": a hope or an aim is not yet done). Not "plans to" or "intends to": an
# intention is settled, and agrees with "confirmed it would".
WEIGHING_BEFORE_TO = frozenset(
    {"expected", "expects", "likely", "hopes", "hoping", "aims", "aiming", "seeks", "seeking"}
)

# Words that put forward an act not yet decided: "has proposed moving the fair", "a proposal to
# cut the timetable", "is consulting on closing the depot". As an adjective ("the proposed
# closure was approved") "proposed" names the act whatever became of it, and weighs nothing.
PROPOSING = frozenset({"proposed", "proposes", "propose", "proposing"})
PROPOSALS = frozenset({"proposal", "proposals"})
CONSULTING = frozenset({"consult", "consulting", "consultation", "consulted"})

# Words that say what follows them is done ("has decided to close", "has already paid").
SETTLING = frozenset(
    {
        "decided",
        "confirmed",
        "launched",
        "lodged",
        "filed",
        "signed",
        "completed",
        "finalised",
        "finalized",
        "already",
        "approved",
        "agreed",
    }
)

# Words after which a negator does not deny: "not only", "no doubt", "no more than".
NOT_NEGATING_AFTER = {
    "not": {"only", "just", "least", "merely", "simply", "unlike"},
    "no": {"doubt", "matter", "sooner", "more", "less", "fewer"},
}

# Conjunctions and relative pronouns that end a negator's reach: a new clause starts.
CLAUSE_BREAKS = frozenset(
    {
        "but",
        "however",
        "although",
        "though",
        "while",
        "whereas",
        "yet",
        "which",
        "who",
        "whom",
        "because",
        "since",
    }
)

# Verbs of turning a thing down, which deny it as "not" does ("rejected the plan"), by stem;
# and other words for the same act, so that "the plan was turned down" says that denial
# alike. Written for this list.
REFUSING_STEMS = frozenset({"reject", "refus", "deni"})
REFUSING_PHRASES = (
    "reject",
    "refus",
    "denied",
    "turned down",
    "turn down",
    "turns down",
    "turning down",
    "dismiss",
    "threw out",
    "thrown out",
    "throw out",
    "veto",
    "rebuff",
    "spurn",
    "overrul",
    "voted down",
    "vote down",
    "votes down",
    "voting down",
)

# Beginnings of words that say a thing is missing: "mice lacking X" are "X-deficient mice".
ABSENCE_PREFIXES = (
    "lack",
    "shortage",
    "absen",
    "without",
    "deficien",
    "knockout",
    "null",
    "loss",
    "deplet",
    "devoid",
)

# Heads too general to conflict with a specific one: a horse *is* an animal.
GENERIC_NOUNS = frozenset(
    """person people human individual man woman thing things work works place location
    animal creature being entity object item organization organisation group figure
    something someone member part type kind sort example space product""".split()
)

# Words before a noun that grade it rather than sort it: "a famous bell" is no other kind of
# bell than "a cast iron bell". Written for this list.
GRADING_WORDS = frozenset(
    """
    famous popular successful unsuccessful notable acclaimed influential important major
    minor leading prominent renowned celebrated known good great best bad poor fine new old
    former current early late first last main primary classic critical
    commercial award-winning best-selling bestselling well-known top big small large long
    short young professional real true modern recent
    """.split()
)

# Kinds of things that are known by a name of their own: a reference work names one once
# ("Glimmerfall is a 2013 film") and then says "The film stars ...". An excerpt that opens so
# speaks of the named thing its claim is about. Written for this list; studies, results,
# patients, viruses and the like are not in it, since "The study shows ..." has no name.
NAMED_KINDS = frozenset(
    """
    film movie series show sitcom miniseries documentary album song single record book novel
    play opera musical poem comic game band group duo trio team club company firm studio label
    site website channel station network newspaper magazine city town village county district
    province region state country island river lake mountain route road highway airport
    school college university church cathedral festival award ceremony tournament league
    championship season episode character term word building bridge park museum hotel
    restaurant brand party army regiment ship
    """.split()
)

# Small words a title keeps between its capitalised words ("Bridge over the Quiet River", "Call
# Your Sister Home"): a claim opening with such a title names one thing. Written for this list,
# from common title-case style rules.
TITLE_JOINERS = frozenset(
    """a an the of at for in on to and or with from by over under my your his her its our
    their""".split()
)

# Words by which a claim says a thing is known: against "it has not been confirmed whether", such
# a claim is denied, not left open. Written for this list.
SAID_KNOWN = frozenset(
    """confirm confirms confirmed prove proves proved proven establish establishes
    established""".split()
)

# "Every" and its kin: a claim so worded says there is no exception. Written for this list.
UNIVERSALS = frozenset({"every", "all", "each"})
# Words that read "all" or "every" right after them as something less than all ("nearly all",
# "not every", "all but"): the exception the universal rules out. Written for this list; "most"
# and "some" are left out, as they deny "all" only by implication.
SHORT_OF_ALL = frozenset({"nearly", "almost", "not", "practically"})
# Quantifiers of part of a group ("most stalls"): no exception named, but no "every" either.
PART_OF_GROUP = frozenset({"most", "some", "many", "several", "few"})
# Words that make "all" part of a phrase of its own ("at all", "after all", "all-time").
NOT_UNIVERSAL_BEFORE = frozenset({"at", "after", "above", "once", "for", "in"})

# Pronouns that can open a sentence as its subject.
SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they"})

# Prepositions that tie a name to a role in the sentence (by, in, at, ...).
RELATION_PREPOSITIONS = frozenset("by in at from of to with for".split())

# Month and weekday names that are also verbs or names ("may", "march"): a month alone only after "in", "since" ...
AMBIGUOUS_MONTHS = {"may", "march", "mar", "august", "jan", "sat", "sun", "dec"}

# Words after a number that are not its unit.
NOT_UNITS = frozenset(
    {"of", "the", "a", "an", "more", "less", "fewer", "than", "new", "other", "per"}
)

# A unit's short forms and other spellings, by the stem its full British name has: "5km" and
# "five kilometres" count one unit. The short forms are also read joined to a number ("40kg").
SHORT_UNITS = {
    "km": "kilometr",
    "kg": "kilogram",
    "mg": "milligram",
    "mm": "millimetr",
    "cm": "centimetr",
    "ml": "millilitr",
    "mph": "mph",
    "kph": "kph",
    "kw": "kilowatt",
    "kwh": "kwh",
    "mw": "megawatt",
    "mwh": "mwh",
    "gw": "gigawatt",
    "gwh": "gwh",
    "twh": "twh",
    "ha": "hectar",
    "ft": "feet",
    "lb": "lb",
    "lbs": "lb",
    "oz": "ounc",
}
UNIT_SPELLINGS = {
    **SHORT_UNITS,
    "kilomet": "kilometr",
    "meter": "metr",
    "millimet": "millimetr",
    "centimet": "centimetr",
    "liter": "litr",
    "foot": "feet",
}

# Words after which a full stop does not end a sentence (compared lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres rev hon
    no nos vol vols fig figs eq eqs ref refs ch sec art para pp p op cit approx est dept
    univ inc ltd co corp bros llc plc assn intl natl govt jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thur thurs fri sat sun e.g i.e etc vs v al cf viz
    ca c.f a.m p.m u.s u.k u.n e.u d.c
    """.split()
)

# Endings English derives one word from another with, as the English stemmer leaves them
# ("higher" from "high", "safety" -> "safeti" from "safe", "growth" from "grow", "healthy" ->
# "healthi" from "health"): comparatives and the common noun, adjective and adverb suffixes.
# Not "less" or "free", which make an opposite ("harmless").
DERIVING_SUFFIXES = (
    "er",
    "est",
    "ti",
    "iti",
    "th",
    "i",
    "ness",
    "ment",
    "al",
    "li",
    "ion",
    "ation",
)

# Prefixes that make an opposite: "happy" / "unhappy", "legal" / "illegal".
NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")

# Words that end the noun phrase after "is a": relative pronouns and the participles that
# start a post-modifier ("a facility located in ...", "a movie starring ...").
PHRASE_END_WORDS = frozenset(
    STOPWORDS
    | set(
        """that who which whose from based known located set starring featuring released
        developed directed written created founded called named produced published owned
        operated born""".split()
    )
)

# Effects in scientific and health prose (``factcheck.language.effects``): the verbs and
# comparatives that give an effect's direction, on the axis of amount and of quality. General
# English of study reports.
# Verbs that tie a factor to what it brings about ("raised insulin levels lead to ..."): after
# them comes the outcome. Written for this list.
EFFECT_CAUSING = frozenset(
    """lead leads led result results resulted contribute contributes contributed drive drives
    drove produce produces produced""".split()
)
EFFECT_UP = frozenset(
    """
    increase raise elevate boost enhance heighten amplify promote induce stimulate accelerate
    upregulate potentiate double triple cause trigger higher greater increased elevated
    rise elevation
    """.split()
)
EFFECT_DOWN = frozenset(
    """
    reduce decrease lower lessen diminish cut inhibit suppress attenuate slow delay
    downregulate halve shorten prevent block lower reduced decreased fewer reduction decline
    protect impede hinder
    """.split()
)
EFFECT_BETTER = frozenset(
    "improve ameliorate alleviate relieve heal benefit beneficial cure".split()
)
EFFECT_WORSE = frozenset("worsen exacerbate aggravate harm impair damage deteriorate".split())
# What an effect is measured in ("the risk of gout", "blood levels of iron"): too general to
# tell one outcome from another. General English of study reports.
EFFECT_MEASURES = frozenset(
    """
    risk risks rate rates level levels incidence likelihood odds chance chances activity
    expression production amount amounts number numbers concentration concentrations effect
    effects severity frequency prevalence proportion score scores blood plasma serum
    """.split()
)
# An effect of no stated direction: against "no effect on", not against "lowers".
EFFECT_SOME = frozenset("affect affects affected impact impacts influence influences alter".split())
# Words that make an effect possible rather than stated ("may reduce", "suggests").
HEDGES = frozenset("may might could possibly perhaps suggest suggests likely potentially".split())
# Who a claim says a finding comes from, and the verbs it reports it with ("Studies have shown
# that ...", "Experts say ...", "There is evidence that ..."): the frame of a claim, not what a
# source would state. The general English of science and news reporting.
REPORTERS = (
    "research researchers study studies scientist scientists expert experts evidence data "
    "doctors physicians science report reports trial trials analysis analyses survey surveys "
    "findings review reviews paper papers"
).split()
REPORTER_MODIFIERS = (
    "a an the new recent latest some many several most scientific medical clinical growing "
    "early preliminary previous published"
).split()
REPORTING_VERBS = (
    "show shows showed shown suggest suggests suggested find finds found say says said "
    "indicate indicates indicated reveal reveals revealed confirm confirms confirmed prove "
    "proves proved proven demonstrate demonstrates demonstrated think thinks believe believes "
    "report reports reported conclude concludes concluded warn warns warned agree agrees"
).split()
# Words that make what follows possible rather than stated ("possibly", "appears to"): a
# source need not hedge alike to say the same thing.
HEDGE_WORDS = frozenset(
    "possibly perhaps potentially probably likely reportedly apparently seemingly presumably "
    "allegedly".split()
)
HEDGE_VERBS = frozenset("appear appears appeared seem seems seemed".split())
# Patterns (over lower-cased text) that say there is no effect ...
EFFECT_NONE = (
    r"(?:no|(?:did not|didn't|does not|doesn't|do not|don't) (?:find|show|detect|observe|see|"
    r"report) any) (?:(?:statistically|significant|clear|measurable|detectable|major|meaningful|"
    r"appreciable|noticeable|discernible|overall|real) ){0,2}"
    r"(?:effects?|impacts?|influence|associations?|differences?|changes?|benefits?|"
    r"relationships?|links?|correlations?) (?:on|of|with|in|between|for)",
    r"(?:was|were|is|are) not (?:significantly )?(?:associated|linked|related|correlated)",
    r"did not (?:significantly )?(?:affect|change|alter|influence|modify)",
    r"unrelated to",
    r"ineffective",
)
# ... and that nobody knows whether there is one.
EFFECT_UNKNOWN = (
    r"no (?:clear |good |strong |convincing |conclusive |direct |sufficient |reliable |firm |"
    r"robust |solid |scientific )?(?:evidence|proof)",
    r"(?:insufficient|inconclusive|limited|little|weak|not enough|lack of) (?:evidence|data)",
    r"(?:unclear|unknown|uncertain|not clear|not known|not yet known|not established|unproven)"
    r" (?:whether|if|that)",
    r"fail(?:ed|s)? to (?:show|demonstrate|establish|prove|confirm)",
    r"(?:evidence|data)\b[^.;]{0,160}? (?:is|was|are|were|remains?) (?:lacking|limited|insufficient|"
    r"inconclusive)",
)

# Verbs that introduce a quotation and its speaker ("X said", "told X", "X wrote"): the common
# reporting verbs of news style, in the forms a report uses.
SPEECH_VERBS = frozenset(
    """
    said says say told tells added adds wrote writes stated states declared declares
    insisted insists warned warns explained explains argued argues claimed claims
    announced announces noted notes remarked remarks recalled recalls asked asks replied
    replies answered answers continued continues concluded concludes acknowledged
    acknowledges admitted admits conceded concedes tweeted tweets posted posts urged urges
    complained complains cautioned cautions stressed stresses emphasised emphasises
    emphasized emphasizes predicted predicts promised promises pledged pledges vowed vows
    lamented laments protested protests boasted boasts described describes
    """.split()
)

# The author's own stance rather than a fact a source could confirm: opinion, advice and the
# author's forecasts (general English; "should" and "must" as advice, "will" only after a
# first-person forecast verb, since "the bridge will open in May" reports a plan a source can
# state).
OPINION_MARKERS = (
    r"\b(?:I|we) (?:think|believe|feel|hope|suspect|doubt|fear|suppose|reckon|guess)\b",
    r"\bin (?:my|our) (?:view|opinion|judgement|judgment)\b",
    r"\b(?:it is|it's) (?:clear|obvious|time|important|essential|crucial|a shame|a pity) (?:that|to)\b",
    r"\b(?-i:should|ought to)\b",
)
PREDICTION_MARKERS = (
    r"\b(?:I|we) (?:expect|predict|anticipate|forecast|bet)\b",
    r"\b(?:I|we) (?:am|are) (?:sure|confident|certain|convinced) (?:that )?\S+ will\b",
    r"\b(?:I|we)(?:'ll| will) (?:see|soon see|likely see)\b",
    r"\b(?:likely|unlikely|bound|sure|certain) to\b",
    r"\bin the (?:coming|next) (?:years|months|decades|weeks)\b.*\bwill\b",
)
# Questions asked for effect, their answer implied ("Isn't it time ...?", "Who could blame
# them?"): the openers English uses for them, general usage.
RHETORICAL_OPENERS = (
    r"^(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|can't|couldn't|shouldn't|wouldn't"
    r"|won't|haven't|hasn't)\b",
    r"^(?:is it not|do we really|can we really|should we|must we|why not|why else|why on earth)\b",
    r"^(?:who|what|how) (?:could|would|can|else)\b",
    r"^why would(?:n't)? anyone\b",
)

# Verb forms a clause can be told by without a tagger: auxiliaries and the irregular past
# tenses of common English verbs (regular ones end in "-ed"). Used to find where a
# coordinated predicate starts ("... and became ...").
AUXILIARIES = frozenset(
    "is are was were has have had will would can could did does do may might must shall".split()
)
IRREGULAR_PAST = frozenset(
    """
    became began bought brought built came caught chose did drew drove ate fell felt fought
    found flew forgot forgave froze got gave went grew hung had heard hid held hurt kept knew
    laid led left lent let lay lit lost made meant met paid put quit read rode rang rose ran
    said saw sought sold sent set shook shone shot showed shut sang sank sat slept slid spoke
    spent split spread stood stole stuck struck swore swept swam swung took taught tore told
    thought threw understood woke wore won withdrew wrote overcame oversaw undertook upheld cut
    been begun born borne broken chosen done drawn driven eaten fallen flown forgotten forgiven
    frozen given gone grown hidden known ridden risen seen shaken shown spoken stolen sworn
    taken thrown torn woken worn written undertaken overseen withdrawn
    """.split()
)
# Words between "and" and its verb that do not start a new subject ("and later became").
LINKING_ADVERBS = frozenset(
    """
    also then later subsequently eventually finally soon still again thereafter afterwards
    afterward meanwhile once twice recently previously currently now further jointly briefly
    """.split()
)

# Focus adverbs that restrict what follows to nothing else: "the band only plays jazz".
RESTRICTORS = frozenset("only solely exclusively".split())
# Words by which a sentence itself says that something is the one thing ("the sole owner",
# "played jazz alone", "entirely funded by"): it may then confirm a restriction.
EXCLUSIVE_WORDS = frozenset("only solely exclusively sole alone entirely purely wholly".split())
# After a restrictor, words that make it a "merely" of amount or time, not a restriction:
# "only a few", "only once", "only recently", "only slightly".
NOT_RESTRICTING_AFTER = frozenset(
    """
    few little some several half once twice slightly partly partially marginally very
    recently just about around approximately nearly almost if when after because until
    """.split()
)
# English modal verbs. Before a restrictor they mostly make it a limit of degree or ability
# ("can only explain part of it", "could only guess"), not a claim that a slot holds one thing.
# The closed class of English grammar, written for this list.
MODALS = frozenset("can could may might must shall should will would ought".split())
# Superlatives not ending in "-est" (those that do are told by their ending): "the most
# populous", "the best-selling", "the second most visited". Written for this list.
PLAIN_SUPERLATIVES = frozenset("most least best worst".split())
