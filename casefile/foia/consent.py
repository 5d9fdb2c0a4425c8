"""The client's statement of identity and consent, and its explanation in Spanish for the client.

The statement follows 28 U.S.C. 1746(2) (an unsworn declaration signed in the United States:
"I declare under penalty of perjury that the foregoing is true and correct. Executed on (date)."),
which DHS (6 CFR 5.21(d)) and DOJ (28 CFR 16.41(d)) accept in place of a notarised statement, and
carries the Privacy Act's warning against obtaining records under false pretenses (5 U.S.C.
552a(i)(3)). The explanation page is for the client only: it is not sent, and it says so. Its
words follow shared/spec/glossary-es.md ("declaración bajo pena de perjurio", not "jurada").
"""

from __future__ import annotations

from casefile.foia.agencies import Agency
from casefile.foia.doc import Letter
from casefile.foia.facts import LetterFacts, long_date
from casefile.reports.fmt import parse_date


def _address(facts: LetterFacts) -> str:
    subject = facts.subject
    if subject.get("custody_status") == "detained" and subject.get("custody_facility"):
        return f"detained at {subject['custody_facility']}"
    return str(subject.get("address") or "")


def statement_page(letter: Letter, facts: LetterFacts, agency: Agency) -> None:
    req = facts.requester
    to = ", ".join(x for x in (req.name, req.organization) if x)
    letter.add("page")
    letter.add("title", "Statement of identity and consent to release of records")
    letter.add("para", "Made under penalty of perjury, 28 U.S.C. 1746")
    rows = [(k, v) for k, v in facts.identifiers() if k not in ("Encounter", "Detained at")]
    address = _address(facts)
    rows.append(("Current address", address or "(write it in by hand)"))
    letter.add("fields", rows=rows)
    letter.add(
        "para",
        f"I am the person named above. I consent to the release by {agency.name} to {to} of the records about me "
        f"described in the request dated {long_date(facts.today, False)}, and to their use to represent me.",
    )
    letter.add(
        "para",
        "I understand that knowingly and willfully requesting or obtaining any record about another person "
        "under false pretenses is a crime punishable by a fine of up to $5,000 (5 U.S.C. 552a(i)(3)).",
    )
    letter.add("para", "I declare under penalty of perjury that the foregoing is true and correct.")
    letter.add("sign", items=[f"Signature of {facts.name}", "Executed on (date)"])


def spanish_page(letter: Letter, facts: LetterFacts, agency: Agency) -> None:
    req = facts.requester
    who = ", ".join(x for x in (req.name, req.organization) if x)
    letter.add("page")
    letter.add("title", "Explicación de su consentimiento (para usted; no se envía a la agencia)")
    letter.add(
        "para",
        f"Vamos a enviar una solicitud FOIA (Ley de Libertad de Información) a la agencia {agency.short} "
        f"para obtener copia de los documentos que el gobierno tiene sobre usted, {facts.name}. Entre otros, pedimos:",
    )
    letter.add("bullets", items=_what_in_spanish(facts, agency))
    letter.add(
        "para",
        f"La agencia solo entrega esos documentos a otra persona si usted lo autoriza. Al firmar la página "
        f"«Statement of identity and consent» usted confirma quién es y autoriza a la agencia {agency.short} "
        f"a entregar sus documentos a {who}, que los usará para representarle.",
    )
    letter.add(
        "para",
        "Usted firma una declaración bajo pena de perjurio (28 U.S.C. 1746): no es una declaración jurada ante "
        "notario, pero lo que dice debe ser verdad. Revise su nombre, otros nombres que ha usado, su número A, "
        "su fecha y país de nacimiento. Si algo está mal, no firme y díganoslo.",
    )
    letter.add(
        "para",
        "La ley castiga a quien pide documentos de otra persona haciéndose pasar por ella. Usted solo autoriza "
        "la entrega de sus propios documentos.",
    )
    letter.add(
        "para",
        "La agencia debe responder en 20 días hábiles desde que recibe la solicitud, pero a menudo tarda más. "
        "Si no responde o niega documentos, podemos apelar. Usted puede negarse a firmar o hacernos cualquier "
        "pregunta antes de hacerlo; su decisión no cambia nuestra representación.",
    )


def _what_in_spanish(facts: LetterFacts, agency: Agency) -> list[str]:
    """A few lines in Spanish on what is asked for, by the agency's kind of records."""
    encounter_days = [long_date_es(e) for e in facts.encounters]
    about = f" del encuentro con agentes del {', '.join(d for d in encounter_days if d)}" if encounter_days else ""
    by_agency = {
        "ICE": [
            f"el formulario I-213 y los demás documentos de su arresto{about};",
            "las órdenes (I-200, I-205) y las órdenes de detención (I-247A), si existen;",
            "las anotaciones sobre usted en los sistemas de ICE (EID/EARM);",
            "los videos de cámaras corporales y de vehículos;",
            "los registros de sus huellas dactilares o fotos tomadas con un dispositivo biométrico portátil y "
            "de las consultas hechas con ellas;",
        ],
        "CBP": ["sus entradas y salidas del país y los registros de CBP sobre usted;"],
        "USCIS": ["su expediente completo de inmigración (A-file) y todo lo que se añadió después del encuentro;"],
        "OBIM": ["los registros de sus datos biométricos en IDENT/HART y de quién los consultó;"],
        "EOIR": ["el expediente completo de su caso en la corte de inmigración, con las grabaciones de audiencias;"],
        "FBI": ["los registros del FBI sobre usted y las consultas hechas con sus huellas dactilares;"],
        "DHS-CRCL": [f"las quejas e investigaciones de la oficina de derechos civiles (CRCL){about};"],
        "DHS-OIG": [f"las quejas e investigaciones del Inspector General (OIG){about};"],
    }
    lines = by_agency.get(agency.code, [f"los documentos que {agency.short} tiene sobre usted{about};"])
    return [*lines, "los correos y mensajes que mencionan su nombre o su número A."]


def long_date_es(encounter: dict[str, object]) -> str:
    day = parse_date(str(encounter.get("occurred_at") or "")[:10])
    return long_date(day, True) if day else ""
