"""Words that tie people and things to roles: relation verbs, offices, honorifics.

General English: the verbs that news copy uses for who led, hosted, chaired, mediated or signed
something, the nouns of common offices, and the honorifics written before a name. Nothing here
names a particular document.
"""

from __future__ import annotations

# Relation verbs (and their nouns) by lower-case form: the label the output shows and whether
# the slot holds one filler (exclusive: one leader, one host, one chair) or a list (open: several
# mediators, signatories, attendees). Forms are listed rather than stemmed so that "leading" as
# an adjective or "lead" as a noun in "the lead negotiator" is not read as a verb by accident.
RELATION_FORMS: dict[str, tuple[str, bool]] = {}
for _label, _exclusive, _forms in (
    ("led by", True, "led leads leading leadership"),
    ("led by", True, "headed heads heading"),
    ("chaired by", True, "chaired chairs chairing chairmanship chairwomanship"),
    ("hosted by", True, "hosted hosts hosting"),
    # To preside over something is to chair it.
    ("chaired by", True, "presided presides presiding"),
    ("directed by", True, "directed directs directing"),
    ("commanded by", True, "commanded commands commanding"),
    ("moderated by", True, "moderated moderates moderating"),
    ("coached by", True, "coached coaches coaching"),
    ("mediated by", False, "mediated mediates mediating mediation"),
    ("brokered by", False, "brokered brokers brokering"),
    ("signed by", False, "signed signs signing"),
    ("attended by", False, "attended attends attending"),
    ("accompanied by", False, "accompanied accompanies accompanying"),
    ("organised by", False, "organised organized organises organizes organising organizing"),
    ("sponsored by", False, "sponsored sponsors sponsoring"),
    ("negotiated by", False, "negotiated negotiates negotiating"),
    ("founded by", False, "founded founds founding"),
):
    for _form in _forms.split():
        RELATION_FORMS[_form] = (_label, _exclusive)
# The base forms, read as verbs only after "will", "to", "would" ... ("will lead the delegation").
RELATION_BASE_FORMS: dict[str, str] = {
    "lead": "led",
    "head": "headed",
    "chair": "chaired",
    "host": "hosted",
    "preside": "presided",
    "direct": "directed",
    "command": "commanded",
    "moderate": "moderated",
    "coach": "coached",
    "mediate": "mediated",
    "broker": "brokered",
    "sign": "signed",
    "attend": "attended",
    "accompany": "accompanied",
    "organise": "organised",
    "organize": "organized",
    "sponsor": "sponsored",
    "negotiate": "negotiated",
    "found": "founded",
}
# Words that may stand between a subject and its verb ("will lead", "has jointly hosted").
AUXILIARIES = frozenset(
    """will would shall should can could may might must to has have had is are was were be
    been being also jointly formally officially reportedly later then once""".split()
)
# Verbs whose object lists members: "the delegation will include X and Y".
INCLUDE_FORMS = frozenset(
    "include includes included including comprise comprises comprised".split()
)
# Verbs of place: "held in Corvale", "took place at the palace", "convened in Lindhaven".
PLACE_VERBS = frozenset("held convened hosted staged took".split())

# Office nouns: a role phrase names one of these ("Deputy Minister of Interior", "spokesperson").
OFFICES = frozenset(
    """
    president minister premier chancellor secretary governor mayor senator ambassador envoy
    spokesperson spokesman spokeswoman advisor adviser director chairman chairwoman chair
    chairperson chief ceo head leader commander general admiral king queen prince princess
    emperor pope bishop judge attorney commissioner coach captain mediator negotiator
    delegate representative editor founder owner manager
    """.split()
)
# Offices one person holds at a time for a given country or body ("Qatar's foreign minister").
UNIQUE_OFFICES = frozenset(
    """president minister premier chancellor governor mayor king queen emperor pope ceo
    chairman chairwoman chairperson""".split()
)
# Words before a name that are no part of it.
HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady sheikh sheik haji hajji mullah maulana
    imam rev reverend father sister brother gen lt col capt maj sgt adm hon""".split()
)
# Lower-case words inside a name ("Ministry of Foreign Affairs", "Abdullah bin Zayed").
NAME_CONNECTORS = frozenset("of al el bin ibn bint de da del der di du la le van von y".split())
