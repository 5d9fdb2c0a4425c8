"""Capitalised words left in a redacted text that may be names of people the vault does not know.

Redaction replaces every vault person's names, but a narrative also names a brother, a neighbour
or an officer nobody recorded. No rule can tell "Jorge" from "Joliet" without knowing the world,
so these words are not replaced: they are listed for a person to review before the file leaves
(on stderr for the CLI, beside the preview in the app). Words that are plainly not people —
agencies, places, months, domain terms, sentence-initial ordinary words — are left out of the
list so that what remains is short enough to read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

# Whole words, letters only (apostrophes inside: O'Brien, D'Angelo).
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Between two words of one name: spaces, or a particle ("María de la Cruz", "Flores y Ruiz").
_JOINERS = frozenset("de del la las los da das do dos di du van von der den y e bin ben ibn".split())  # noqa: SIM905


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Agencies, programmes and forms: never a person.
_AGENCIES = _words(
    "ice ero hsi cbp ofo bp dhs doj eoir uscis fbi usms dea atf bia ij nta foia ero-ice osup atd isap "
    "iden ident hart eagle sevis usa us u.s interpol cdc ssa irs dmv hud noaa police policía "
    "policia sheriff sheriffs marshal marshals patrol migra la-migra"
)
_PLACES = _words(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
    "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
    "minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina "
    "dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont virginia "
    "washington wisconsin wyoming columbia puerto rico guam america american americans united states "
    "méxico mexicano mexicana mexican guatemala guatemalan guatemalteco guatemalteca honduras "
    "honduran hondureño hondureña salvador salvadoran salvadoreño salvadoreña nicaragua nicaraguan "
    "perú peru peruvian peruano peruana ecuador ecuadorian ecuatoriano colombia colombian colombiano "
    "venezuela venezuelan venezolano cuba cuban cubano haiti haití haitian haitiano brazil brasil "
    "bolivia chile argentina dominican dominicana república republic india china chinese canada "
    "canadian spain españa africa áfrica europe asia central latin latina latino latinoamérica "
    "houston dallas austin antonio san los angeles chicago miami atlanta phoenix denver seattle "
    "boston newark elizabeth laredo el paso mcallen brownsville harlingen conroe tucson yuma "
    "albuquerque orlando tampa charlotte raleigh nashville memphis baltimore philadelphia "
    "county condado city ciudad state estado north south east west norte sur este oeste "
    "tx ca az nm fl ga ny nj il nc sc tn md pa wa co nv ut or ma va"
)
_CALENDAR = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "monday tuesday wednesday thursday friday saturday sunday "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "christmas navidad easter thanksgiving"
)
_LANGUAGES = _words(
    "english spanish español espanol inglés ingles mam k'iche' kiche quiché quechua aymara q'anjob'al "
    "kanjobal akateko garifuna náhuatl nahuatl mixteco zapoteco triqui portuguese portugués french "
    "francés creole kreyòl haitian arabic chinese mandarin"
)
# Words of the work itself: forms, courts, custody, documents, the app's own vocabulary.
_DOMAIN = _words(
    "notice appear form forms immigration court courts judge judges department homeland security customs "
    "border protection enforcement removal removals operations operation office field director officer "
    "officers agent agents special deportation detention detained processing center centre facility "
    "jail jails warrant warrants arrest arrests alien aliens record records board appeals appeal "
    "executive review freedom information act privacy request requests bond parole asylum withholding "
    "convention against torture motion reopen stay order orders supervision release released "
    "recognizance program programs task force fugitive secure communities alternatives case cases "
    "client clients hearing hearings master calendar individual merits attorney attorneys lawyer "
    "lawyers counsel interpreter interpreters id ids passport visa license licence driver's drivers "
    "social number birth certificate consulate consular matrícula matricula "
    "federal general government gobierno corporation inc llc co company walmart target home depot "
    "lowe's mcdonald's church iglesia school escuela hospital clinic clínica court's "
    "street st avenue ave road rd drive dr boulevard blvd lane ln highway hwy interstate route "
    "calle avenida carretera colonia col "
    "regional medical emergency room er unit units van vans suv truck sedan pickup ford chevrolet "
    "chevy toyota honda nissan dodge "
    "vest vests badge badges mr mrs ms sr sra srta don doña dña sir madam "
    "privileged confidential redacted summary report page "
    "subject subjects prior priors fingerprint fingerprints fingerprinted biometric biometrics photo "
    "photos photograph video audio statement statements topic account version answer question "
    "deportable inadmissible removable apt apartment floor ground door kitchen building lot parking "
    "store shop restaurant warehouse farm site worksite yard garage trailer motel hotel shelter "
    "checkpoint stop raid traffic vehicle car cars bus station airport terminal gate entrance exit "
    "tenant tenants owner manager supervisor worker workers crew employee employees "
    "suv suvs telephone phone entry pre post language criminal consent front back contract detainer "
    "detainers correctional custody enforce file files shell gas orange ninguna ninguno nada "
    "sí no n/a unknown desconocido desconocida interview entrevista form formulario "
    "recuerda dice dijo pidió esposaron subieron llevaron preguntaron given whether dio vio hizo puso "
    "tuvo vino estuvo pudo quiso dejó"
)
# Ordinary English words by their ending, when they open a sentence: "Looking for…", "Apartment".
_COMMON_ENDINGS = ("ment", "tion", "sion", "able", "ible", "ness")
_SENTENCE_GAP = re.compile(r"[.!?:;\n\"“(¿¡•]")
# Ordinary words that open a sentence (and so are capitalised) in English and Spanish.
_COMMON = _words(
    "a an the this that these those there here it its he she they we you i me my his her our their "
    "them him us your yours one two three four five six seven eight nine ten first second third "
    "last next then later after afterwards before during while when whenever where why how what "
    "which who whom whose because since although though however also so but and or nor not no yes "
    "none nobody everyone everybody someone somebody anyone something nothing everything all both "
    "each every some many most more several few other another such only just even still already "
    "again once twice now today yesterday tomorrow tonight morning evening night afternoon at in on "
    "of for from by with without about into onto over under around through between near outside "
    "inside behind across along if unless until as than like per according instead meanwhile "
    "finally eventually suddenly immediately soon around approximately about is was were are be "
    "been being has had have do did does said says told asked called came went took gave got made "
    "saw left arrived returned let please thank thanks ok okay note notes see also re "
    "family families children child kids son sons daughter daughters wife husband spouse partner "
    "mother father mom dad parents brother brothers sister sisters cousin cousins uncle aunt "
    "grandmother grandfather nephew niece neighbor neighbors neighbour neighbours friend friends "
    "boss employer coworker coworkers landlord tenant tenants roommate roommates witness witnesses "
    "someone's nobody's "
    "el la los las lo un una unos unas y o e u pero sino que qué quien quién quienes como cómo "
    "cuando cuándo donde dónde porque por para con sin sobre entre hasta desde hacia según durante "
    "antes después despues luego entonces mientras ya también tampoco no sí si su sus mi mis tu tus "
    "nuestro nuestra nuestros nuestras él ella ellos ellas nosotros nosotras usted ustedes yo le les "
    "se me te nos esto esta este estos estas eso esa ese esos esas aquí ahí allí allá hoy ayer "
    "mañana noche tarde uno dos tres cuatro cinco seis siete ocho nueve diez primero primera "
    "segundo segunda al del a en de nadie alguien todos todas todo toda cada otro otra otros otras "
    "muchos muchas algunos algunas varios varias dijo dijeron preguntó preguntaron llegó llegaron "
    "fue fueron era eran estaba estaban había habían tiene tienen "
    "familia hijos hijo hija hijas esposo esposa pareja madre padre mamá papá padres hermano "
    "hermanos hermana hermanas primo primos prima primas tío tía abuelo abuela sobrino sobrina "
    "vecino vecinos vecina vecinas amigo amigos amiga amigas jefe patrón patron testigo testigos "
    "agente agentes oficial oficiales juez jueza abogado abogada intérprete interprete cliente "
    "clientes audiencia corte tribunal orden fianza detención detencion centro cárcel carcel "
    "documento documentos nota notas señor señora señorita"
)
ALLOW = _AGENCIES | _PLACES | _CALENDAR | _LANGUAGES | _DOMAIN | _COMMON


def fold_word(word: str) -> str:
    """Lower case without accents, so "Perú" and "PERU" are one word."""
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


_ALLOW_FOLDED = frozenset(fold_word(w) for w in ALLOW)


def allow_words(texts: Iterable[str]) -> frozenset[str]:
    """Folded words of texts a redacted report keeps on purpose (a city, a facility's name)."""
    return frozenset(fold_word(m.group()) for text in texts if text for m in _WORD.finditer(text))


def _name_like(word: str) -> bool:
    if len(word) < 2 or not word[0].isupper():
        return False
    if word.isupper():
        return len(word) >= 5  # short capitals are acronyms (ICE, NTA, DHS); JORGE is not
    return any(c.islower() for c in word[1:])


def name_like_phrases(text: str, allowed: frozenset[str] = frozenset()) -> Iterator[str]:
    """Runs of capitalised words in ``text`` that may name a person: "Jorge", "Maribel Flores"."""
    if not text:
        return
    run: list[str] = []
    pending: list[str] = []  # particles seen since the last word of the run
    last_end = -1
    for match in _WORD.finditer(text):
        word = match.group()
        folded = fold_word(word)
        gap = text[max(0, last_end) : match.start()]
        opens_sentence = last_end < 0 or _SENTENCE_GAP.search(gap) is not None
        last_end = match.end()
        joined = bool(run) and gap.strip() == ""
        if run and not joined:
            yield " ".join(run)
            run, pending = [], []
        if run and folded in _JOINERS and word.islower():
            pending.append(word)
            continue
        ordinary = len(folded) >= 7 and folded.endswith(_COMMON_ENDINGS)
        if opens_sentence and len(folded) >= 6 and folded.endswith(("ing", "ed", "aron", "ieron", "aba", "aban")):
            ordinary = True  # "Looking…", "Signed…", "Subieron…" (mid-sentence, "Sterling" is still listed)
        if opens_sentence and word.endswith(("ó", "ió")):
            ordinary = True  # "Pidió…", "Llegó…": a Spanish verb in the past
        if not _name_like(word) or ordinary or folded in _ALLOW_FOLDED or folded in allowed:
            if run:
                yield " ".join(run)
            run, pending = [], []
            continue
        run.extend(pending)
        pending = []
        run.append(word)
    if run:
        yield " ".join(run)
