"""Short free-text fields of an encounter: what agents said, who they were, what was captured.

Staff mostly write these in English and quote the client in Spanish when the exact words matter;
the account-comparison points set the client's version against the wording I-213s typically use
("Subject consented...", "Subject admitted..."), which is what attorneys look for.
"""

from __future__ import annotations

# Word lists: kept compact on purpose.
# fmt: off
STOP_BASIS = {
    "home": (
        "Looking for {target}, a former tenant.",
        "Said they had a warrant for {target}.",
        "Said they were investigating a robbery in the building.",
        "Said they were 'checking on' people who lived at the address.",
        "No reason given before entering.",
    ),
    "vehicle-stop": (
        "Broken tail light.", "Said the car matched a description.", "Failure to signal.",
        "Expired registration; then asked for immigration papers.", "No reason given.",
    ),
    "checkpoint": ("Routine immigration checkpoint.", "Agent said the dog alerted on the car."),
    "workplace": (
        "Criminal search warrant for the employer's records (I-9 audit).",
        "Said they were looking for one worker by name.",
    ),
    "other": (
        "Said {name} 'looked nervous'.", "Asked if {name} was 'legal'.",
        "Said they were looking for {target}.", "No reason given.",
        "Said someone matching {name}'s description had been reported.",
    ),
}

IDENTIFIED_AS = (
    "police", "police", "ICE", "did-not-identify", "said 'policía', later said Homeland Security",
    "sheriff's deputies", "showed a badge but did not say which agency", "Border Patrol",
)

ADVISALS = (
    "None before questioning.",
    "None at the scene; Form I-826 read in English at the field office.",
    "Told 'you have to answer our questions'.",
    "Told of the right to remain silent only after statements were taken.",
    "Given a Spanish advisal form to sign without explanation.",
    "Miranda warnings by local police; nothing about immigration consequences.",
    "Ninguna advertencia; solo le dijeron que firmara.",
)

LANGUAGES_USED = (
    "English, no interpreter", "English with a few words of Spanish",
    "Spanish (one agent), otherwise English", "English; client speaks K'iche' and some Spanish",
    "Spanish", "Telephone interpreter at the field office only",
    "English; daughter (12) interpreted",
)

STATEMENTS = (
    "Asked where {pro} was born; {pro} answered {country}.",
    "Asked 'are you legal?'; {pro} said nothing.",
    "Asked for papers; {pro} showed a consular ID.",
    "Asked how {pro} entered the US; {pro} did not answer.",
    "Asked about {target}; {pro} said {pro} did not know where that person lives now.",
    "Le preguntaron de dónde era y contestó que de {country}.",
    "Signed a form {pro} could not read (possibly a stipulated removal or voluntary departure).",
)

PROFILING = (
    "Agent said '{city} is full of illegals'.",
    "Only Latino workers were lined up; white coworkers were allowed to leave.",
    "Two other cars with Latino drivers were stopped at the same spot that morning.",
    "Agent asked if {pro} 'spoke English' before asking anything else.",
    "Officer remarked on the Guatemalan flag sticker on the car.",
    "Everyone at the bus stop was asked for papers; nobody else on the street was.",
)

OFFICER_SURNAMES = ("Miller", "Thompson", "Reyes", "Kowalski", "Haines", "Baker", "García",
                    "Johnson", "Nguyen", "Smith", "Ortiz", "Walker")
_ICE_LOOKS = ("vest marked POLICE", "vest marked POLICE, ICE patch on the shoulder",
              "plain clothes, badge on a chain", "polo shirt with 'ERO' on the back",
              "black tactical vest, no agency name visible",
              "tall, shaved head, spoke some Spanish")
# agency -> (how a name is prefixed, what the client saw)
OFFICERS = {
    "ICE-ERO": (("Deportation Officer", "SDDO", "Officer"), _ICE_LOOKS),
    "ICE-HSI": (("Special Agent",), ("woman with a gray vest marked HSI",
                                     "raid jacket marked HSI / POLICE",
                                     "plain clothes, badge on a chain")),
    "CBP-BP": (("Agent",), ("green Border Patrol uniform", "green uniform, sidearm, body camera")),
    "CBP-OFO": (("CBP Officer",), ("navy-blue CBP uniform",)),
    "local-police": (("Officer",), ("city police uniform", "patrol officer, body camera on")),
    "sheriff": (("Deputy",), ("sheriff's uniform", "tan sheriff's uniform, cowboy hat")),
    "state-police": (("Trooper",), ("state trooper uniform, campaign hat",)),
    "task-force-287g": (("Deputy",), ("sheriff's uniform with a 287(g) patch",
                                      "sheriff's uniform")),
    "FBI": (("Special Agent",), ("windbreaker marked FBI",)),
    "USMS": (("Deputy Marshal",), ("vest marked U.S. MARSHAL",)),
    "other": (("Officer",), _ICE_LOOKS),
    "unknown": (("Officer",), _ICE_LOOKS),
}

VEHICLES = (
    "two unmarked gray SUVs", "a white van, no markings", "three dark Ford Explorers",
    "sheriff's patrol car", "Border Patrol truck (green and white)", "unmarked black Dodge Durango",
)

CONSENT_GIVEN_BY = (
    "none; agents said they were police looking for a robbery suspect",
    "roommate opened the door and agents walked in",
    "client's 14-year-old son opened the door",
    "manager let them into the back of the restaurant",
    "nobody; agents pushed the door open",
)

RESULT_TOLD = (
    "Told {pro} 'had a record'.", "Told nothing.", "Agent said 'it came back'.",
    "Told there was an old deportation order.", "Le dijeron que 'salió en el sistema'.",
)

DATABASES = ("IDENT/HART", "IDENT/HART", "NGI", "state criminal history", "gang database", "NCIC")

BASIS_STATED = (
    "Prior removal order", "Entry without inspection", "Overstayed visa", "Detainer (I-247A)",
    "Pending criminal charge (DWI)", "'Amenable to removal'", "No basis stated",
)

ARREST_NOTES = (
    "Family was not told where {pro} was taken for two days.",
    "Bond set by ICE; hearing requested.",
    "Transferred twice in the first week.",
    "Released on ATD with an ankle monitor.",
    "Detained without medication for diabetes for three days.",
)

ACCOUNT_POINTS = (
    ("How agents entered",
     ("They said 'police', and walked in when the door opened; nobody asked to come in.",
      "Dijeron 'policía' y entraron en cuanto abrí la puerta; nadie pidió permiso."),
     "Subject consented to entry."),
    ("Time agents arrived",
     ("Before six in the morning; it was still dark.", "Era de madrugada, todavía estaba oscuro."),
     "Officers arrived at approximately 0730 hours."),
    ("Warrant shown",
     ("No warrant was shown even when asked.", "No enseñaron ninguna orden aunque la pedí."),
     "Subject was advised of the warrant for arrest."),
    ("Consent to fingerprinting",
     ("An agent grabbed my hand and pressed it on a small device.",
      "El agente me agarró la mano y la puso en un escáner pequeño."),
     "Subject voluntarily provided fingerprints."),
    ("Statements about birthplace",
     ("I did not answer where I was born.", "No contesté dónde nací."),
     "Subject freely admitted being a citizen and national of {country}."),
    ("Whether agents identified themselves as ICE",
     ("They only said 'police'.", "Solo dijeron que eran policías."),
     "Officers identified themselves as ICE officers."),
    ("Language of questioning",
     ("Everything was in English and I understood very little.",
      "Todo fue en inglés y entendí muy poco."),
     "Subject was interviewed in the Spanish language, which subject stated he/she understood."),
    ("Request for a lawyer",
     ("I asked for a lawyer twice.", "Pedí un abogado dos veces."),
     "Subject did not request counsel."),
)
# fmt: on
