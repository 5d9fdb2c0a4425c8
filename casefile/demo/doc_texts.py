"""The typed text inside synthetic documents: forms, declarations, FOIA letters, filings.

Each builder returns lines; the file builders lay them out as PDF or plain text. Every document
says it is synthetic, so a demo file that escapes into the world cannot be mistaken for a record.
"""

from __future__ import annotations

import datetime as dt
import random

SYNTHETIC = "SYNTHETIC DEMO DOCUMENT - NOT A REAL RECORD"

FORM_TITLES = {
    "I-213": "RECORD OF DEPORTABLE/INADMISSIBLE ALIEN (I-213)",
    "I-862": "NOTICE TO APPEAR (I-862)",
    "I-200": "WARRANT FOR ARREST OF ALIEN (I-200)",
    "I-205": "WARRANT OF REMOVAL/DEPORTATION (I-205)",
    "I-286": "NOTICE OF CUSTODY DETERMINATION (I-286)",
    "I-247A": "IMMIGRATION DETAINER - NOTICE OF ACTION (I-247A)",
    "I-220A": "ORDER OF RELEASE ON RECOGNIZANCE (I-220A)",
}

FORM_BODIES = {
    "I-213": (
        "Subject was encountered by officers at the location above and questioned as to "
        "citizenship. Subject stated that {pro} is a citizen and national of {country}.",
        "Subject consented to entry. Subject voluntarily provided fingerprints, which were "
        "queried in IDENT/HART and NGI.",
        "Subject was advised of {pos} rights in the Spanish language and stated that {pro} understood them.",
    ),
    "I-862": (
        "In removal proceedings under section 240 of the Immigration and Nationality Act.",
        "You are an arriving alien / You are an alien present in the United States who has not "
        "been admitted or paroled.",
        "You are ordered to appear before an immigration judge at: {court}, on a date to be set.",
    ),
    "I-200": (
        "To any immigration officer: the undersigned has probable cause to believe that the "
        "person named is removable from the United States.",
        "Signed by a supervisory immigration officer. Not signed by a judge.",
    ),
    "I-205": (
        "To any officer of the United States Immigration and Customs Enforcement: the person "
        "named is subject to removal/deportation from the United States.",
    ),
    "I-286": (
        "Pursuant to the authority contained in section 236 of the Act, it has been determined "
        "that pending a final determination you shall be: {custody}.",
        "You may request a review of this determination by an immigration judge.",
    ),
    "I-247A": (
        "DHS has determined that probable cause exists that the subject is a removable alien.",
        "It is requested that you maintain custody of the alien for a period not to exceed 48 "
        "hours beyond the time when he/she would otherwise have been released.",
    ),
    "I-220A": (
        "You are released on your own recognizance. You must report to the ICE office as "
        "directed and must not change your address without notice.",
    ),
}

FILINGS = (
    "Motion to Suppress Evidence and Terminate Proceedings",
    "Bond Memorandum and Request for Custody Redetermination",
    "Motion to Continue",
    "Written Pleadings and Designation of Country of Removal",
    "Brief in Support of Application for Cancellation of Removal",
)

OTHER_TITLES = (
    "Letter of support from {church}",
    "Pay stubs and employer letter",
    "School enrollment letter for the children",
    "Lease for {street}",
    "Medical records summary",
)

CHURCHES = (
    "Iglesia Cristiana Fuente de Vida",
    "St. Joseph Catholic Church",
    "Parroquia San Juan Diego",
    "Église Baptiste Haïtienne",
)


def form_lines(kind: str, facts: dict[str, str], rng: random.Random) -> list[str]:
    """Lines of a DHS form: header facts, then the form's boilerplate and a short narrative."""
    lines = [SYNTHETIC, ""]
    for label in ("Name", "A-Number", "Country of citizenship", "Date", "Location", "Agency"):
        if facts.get(label):
            lines.append(f"{label}: {facts[label]}")
    lines.append("")
    lines.extend(line.format(**facts) for line in FORM_BODIES[kind])
    if kind == "I-213" and facts.get("narrative"):
        lines.extend(("", "NARRATIVE:", facts["narrative"]))
    if rng.random() < 0.5:
        lines.extend(("", f"Officer: {facts.get('officer', 'unknown')}"))
    return lines


def police_report_lines(facts: dict[str, str]) -> list[str]:
    return [
        SYNTHETIC,
        "",
        f"{facts['police']} - INCIDENT REPORT",
        f"Date/time: {facts['Date']}  Location: {facts['Location']}",
        f"Involved: {facts['Name']}",
        "Reporting officer initiated a traffic stop and requested identification.",
        "Subject provided a foreign consular ID. Dispatch advised of an ICE detainer request.",
        "Subject transported to county jail for booking.",
    ]


def filing_lines(title: str, facts: dict[str, str]) -> list[str]:
    return [
        SYNTHETIC,
        "",
        "UNITED STATES DEPARTMENT OF JUSTICE",
        "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
        facts.get("court", "IMMIGRATION COURT"),
        "",
        f"In the Matter of: {facts['Name']}   {facts.get('A-Number', '')}",
        "In removal proceedings",
        "",
        title.upper(),
        "",
        "Respondent, through counsel, respectfully submits the following. The evidence offered by "
        "the Department of Homeland Security was obtained in violation of the regulations at "
        "8 C.F.R. 287.8 and of the Fourth Amendment, and the Form I-213 is unreliable because its "
        "account of consent is contradicted by the Respondent's declaration and by a witness.",
    ]


def foia_letter(agency_name: str, facts: dict[str, str], records: str) -> str:
    return "\n".join(
        [
            SYNTHETIC,
            "",
            f"To: FOIA Officer, {agency_name}",
            f"Date: {facts['Date']}",
            "",
            "Re: Freedom of Information Act request",
            "",
            f"Subject of records: {facts['Name']}",
            f"Date of birth: on file   A-Number: {facts.get('A-Number', 'none')}",
            "",
            f"I request copies of the following records: {records}",
            "",
            "I request that records be released in electronic form. Please search all record "
            "systems, including the EID/EARM, ENFORCE, IDENT/HART and any mobile biometric query "
            "logs. Enclosed is the subject's signed consent (DHS Form G-639 / verification of "
            "identity).",
            "",
            "Sincerely,",
            "Casefile Demo Legal Clinic",
        ]
    )


def foia_response_lines(agency_name: str, facts: dict[str, str], partial: bool) -> list[str]:
    pages = facts.get("pages", "34")
    return [
        SYNTHETIC,
        "",
        agency_name,
        f"FOIA Case Number: {facts.get('tracking', '')}",
        "",
        f"This letter is the {'partial' if partial else 'final'} response to your request.",
        f"We located {pages} pages of responsive records. Portions are withheld under FOIA "
        "exemptions (b)(6), (b)(7)(C) and (b)(7)(E).",
        "You may appeal this determination within 90 days of the date of this letter.",
    ]


# First-person paragraphs of a declaration, in story order: (where it fits, custody, text). The
# "where" letters and custody flags mean what they mean in narrative_templates.
# fmt: off
DECLARATION_EN = (
    ("*", "", "My name is {name}. I was born in {country} and I live in {city}."),
    ("h", "", "On {date}, at about {time}, agents knocked on the door of my home."),
    ("r", "", "On {date}, at about {time}, I was stopped while driving on {street}."),
    ("w", "", "On {date}, at about {time}, agents came into my workplace on {street}."),
    ("i", "", "On {date}, at about {time}, agents approached me when I went to an appointment."),
    ("*", "", "They did not show me any warrant signed by a judge."),
    ("h", "", "Nobody asked me if they could come in. They walked in when the door opened."),
    ("*", "", "An agent pressed my finger on a small device. Nobody asked me if I agreed."),
    ("*", "", "They asked me where I was born. Nobody told me I had the right to stay silent."),
    ("*", "", "The questions were in English and I understood very little."),
    ("h", "", "My children were crying and the youngest was still in pajamas."),
    ("*", "c", "They took me to {facility}. I could not call my family until the next day."),
    ("*", "c", "At the office they gave me papers in English to sign. I did not understand them."),
    ("*", "f", "They let me go after about an hour and told me to report to the ICE office."),
    ("*", "", "What the I-213 says about my consent is not true."),
)
DECLARATION_ES = (
    ("*", "", "Me llamo {name}. Nací en {country_es} y vivo en {city}."),
    ("h", "", "El {date}, como a las {time}, unos agentes tocaron la puerta de mi casa."),
    ("r", "", "El {date}, como a las {time}, me pararon cuando iba manejando por la {street}."),
    ("w", "", "El {date}, como a las {time}, entraron agentes a mi trabajo en la {street}."),
    ("i", "", "El {date}, como a las {time}, unos agentes se me acercaron cuando fui a una cita."),
    ("*", "", "No me enseñaron ninguna orden firmada por un juez."),
    ("h", "", "Nadie me pidió permiso para entrar. Entraron en cuanto se abrió la puerta."),
    ("*", "", "Un agente me puso el dedo en un aparato pequeño. Nadie me preguntó si estaba de "
              "acuerdo."),
    ("*", "", "Me preguntaron dónde nací. Nadie me dijo que tenía derecho a guardar silencio."),
    ("*", "", "Las preguntas eran en inglés y entendí muy poco."),
    ("h", "", "Mis hijos lloraban y el más chico todavía estaba en pijama."),
    ("*", "c", "Me llevaron a {facility}. No pude llamar a mi familia hasta el día siguiente."),
    ("*", "c", "En la oficina me dieron papeles en inglés para firmar. No los entendí."),
    ("*", "f", "Como una hora después me dejaron ir y me dijeron que me presentara en ICE."),
    ("*", "", "Lo que dice el I-213 sobre mi consentimiento no es verdad."),
)
# fmt: on


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


def long_date(day: dt.date, spanish: bool) -> str:
    """A date as a declaration writes it: 4 de agosto de 2024, August 4, 2024."""
    if spanish:
        return f"{day.day} de {_MONTHS_ES[day.month - 1]} de {day.year}"
    return f"{_MONTHS_EN[day.month - 1]} {day.day}, {day.year}"


def declaration_body(facts: dict[str, str], group: str, custody: bool, spanish: bool, rng: random.Random) -> str:
    """Numbered first-person paragraphs that fit the setting and how the encounter ended."""
    excluded = "f" if custody else "c"
    paragraphs = [
        text.format(**facts)
        for position, (where, fits, text) in enumerate(DECLARATION_ES if spanish else DECLARATION_EN)
        if (where == "*" or group in where)
        and fits != excluded
        # Who and what happened always stay; the rest varies from one declaration to the next.
        and (position == 0 or where != "*" or rng.random() < 0.8)
    ]
    return "\n\n".join(f"{number}. {text}" for number, text in enumerate(paragraphs, start=1))


def declaration(facts: dict[str, str], body: str, spanish: bool) -> str:
    name = facts["Name"]
    if spanish:
        head = [SYNTHETIC, "", f"DECLARACIÓN DE {name.upper()}", ""]
        intro = f"Yo, {name}, declaro lo siguiente:"
        close = (
            "Declaro bajo pena de perjurio, según las leyes de los Estados Unidos, que lo anterior "
            "es verdadero y correcto."
        )
        translation = (
            "CERTIFICATE OF TRANSLATION: I certify that I am competent to translate from Spanish "
            "into English and that the attached English translation is complete and accurate."
        )
        return "\n".join([*head, intro, "", body, "", close, "", f"Firma: {name}", "", translation])
    head = [SYNTHETIC, "", f"DECLARATION OF {name.upper()}", ""]
    intro = f"I, {name}, declare as follows:"
    close = (
        "I declare under penalty of perjury under the laws of the United States that the foregoing is true and correct."
    )
    return "\n".join([*head, intro, "", body, "", close, "", f"Signed: {name}"])


def other_text(title: str, facts: dict[str, str]) -> str:
    return "\n".join(
        [
            SYNTHETIC,
            "",
            title,
            "",
            f"Regarding: {facts['Name']}",
            "",
            f"To whom it may concern: {facts['Name']} has been part of our community for many "
            "years, works hard to support the family, and is known to us as honest and "
            "reliable. We ask that this be taken into account.",
        ]
    )
