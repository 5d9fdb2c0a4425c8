"""Names, countries and languages for synthetic people.

The mix follows who a US immigration legal-aid clinic actually sees: mostly Mexican and Central
American clients (with K'iche' and Mam speakers from Guatemala who need an interpreter even when
they speak some Spanish), Venezuelans, Haitians, Brazilians and a few Chinese clients whose names
are romanised. Accented and apostrophised names are deliberate: they are what breaks search,
sorting and PDF fonts in real software.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """One group of people who share naming customs, countries and languages."""

    key: str
    weight: int
    countries: tuple[tuple[str, int], ...]
    languages: tuple[tuple[str, int], ...]
    given_f: tuple[str, ...]
    given_m: tuple[str, ...]
    surnames: tuple[str, ...]
    # "double": given + paternal + maternal surname; "single": given + surname;
    # "family-first": family name then given name (romanised Chinese).
    style: str
    interpreter_rate: float


# Word lists: kept compact on purpose.
# fmt: off
_HISPANIC_F = (
    "María", "María José", "Guadalupe", "Rosa Elena", "Ana Lucía", "Juana", "Marisol", "Yesenia",
    "Sofía", "Lucía", "Verónica", "Leticia", "Maribel", "Araceli", "Xiomara", "Dayana", "Karla",
    "Ingrid", "Norma", "Patricia", "Reina", "Blanca Estela", "Itzel", "Yolanda", "Esperanza",
    "Ximena", "Noemí", "Dulce", "Fabiola", "Beatriz", "Inés", "Raquel", "Concepción", "Mónica",
)
_HISPANIC_M = (
    "José", "José Luis", "Juan Carlos", "Jesús", "Luis Ángel", "Miguel", "Francisco", "Óscar",
    "Víctor Hugo", "Héctor", "Marco Antonio", "Edwin", "Wilmer", "Bayron", "Kevin", "Erick",
    "Santos", "Efraín", "Rigoberto", "Nelson", "Germán", "Andrés", "Julián", "Iván", "Rubén",
    "Ramón", "Tomás", "Joaquín", "Darwin", "Elmer", "Fredy", "Saúl", "Abel", "Nicolás",
)
_HISPANIC_SURNAMES = (
    "Núñez", "Peña", "Pérez", "González", "Hernández", "Martínez", "López", "Ramírez", "Sánchez",
    "Gómez", "Díaz", "Rodríguez", "Güemes", "Muñoz", "Ordóñez", "Ibáñez", "Castañeda", "Cerón",
    "Villeda", "Quispe", "Mamani", "Aguilar", "Orellana", "Benítez", "Rivas", "Menjívar", "Zelaya",
    "Alvarado", "Fuentes", "Cruz", "Flores", "Morales", "Argueta", "Bonilla", "Cáceres", "Medina",
    "Solís", "Andrade", "Guzmán", "Maldonado", "Ríos", "Vásquez", "Escobar", "Ayala", "Carranza",
    "Domínguez", "Estrada", "Jiménez", "Lara", "Montaño", "Ochoa", "Paredes", "Quiñónez", "Salazar",
)
_MAYAN_SURNAMES = (
    # K'iche'
    "Tzoc", "Xiloj", "Ixcoy", "Tzul", "Ajanel", "Chanchavac", "Quiej", "Tambriz", "Cotom",
    "Ajpacajá", "Xicará", "Chiquival", "Batz", "Tum", "Sic", "Tzunún", "Ixcaraguá",
    # Mam
    "Bámaca", "Calmo", "Chilel", "Jerónimo", "Escalante", "Matías", "Cardona", "Ramos", "Pablo",
)
_VENEZUELAN_F = (
    "Yusmary", "Franyelis", "Yorgelis", "Mariangel", "Génesis", "Oriana", "Daniela", "Yelitza",
    "Milagros", "Rosángela", "Nathaly", "Andreína",
)
_VENEZUELAN_M = (
    "Yohandry", "Yeferson", "Wuilmer", "Jhonny", "Ender", "Deivis", "Ronald", "Leonardo",
    "Freddy", "Gustavo", "Yorman", "Anderson",
)
_VENEZUELAN_SURNAMES = (
    "Rondón", "Briceño", "Colmenares", "Urdaneta", "Parra", "Chacón", "Contreras", "Mendoza",
    "Rangel", "Uzcátegui", "Carrillo", "Bermúdez", "Pacheco", "Araujo",
)
_HAITIAN_F = (
    "Marie", "Rose-Carline", "Guerline", "Widline", "Stéphanie", "Fabiola", "Nadège", "Mirlande",
    "Roseline", "Yveline", "Darline", "Edeline",
)
_HAITIAN_M = (
    "Jean", "Jean-Claude", "Wilner", "Mackenson", "Frantz", "Pierre-Louis", "Ricardo", "Wesner",
    "Jimmy", "Samuel", "Ernso", "Fritznel",
)
_HAITIAN_SURNAMES = (
    "Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Dorvil", "Exantus", "Toussaint",
    "Désir", "Célestin", "Saint-Fleur", "Augustin", "Étienne", "Bélizaire",
)
_BRAZILIAN_F = ("Ana Paula", "Luciana", "Fernanda", "Juliana", "Conceição", "Débora", "Lúcia")
_BRAZILIAN_M = ("João", "Paulo", "Marcelo", "Rogério", "Antônio", "Sebastião", "Thiago")
_BRAZILIAN_SURNAMES = (
    "Gonçalves", "da Silva", "Araújo", "Conceição", "Magalhães", "Assunção", "Brandão", "Simões",
    "Gusmão", "Loureiro",
)
_CHINESE_F = ("Na", "Fang", "Xiuying", "Jing", "Li", "Yan", "Mei", "Xiaoling")
_CHINESE_M = ("Wei", "Jie", "Hao", "Mingyu", "Qiang", "Jun", "Zhiwei", "Lei")
_CHINESE_SURNAMES = ("Zhang", "Li", "Wang", "Chen", "Liu", "Huang", "Lin", "Zheng", "Xu", "Zhou")
_ENGLISH_F = ("Shanice", "Tamika", "Grace", "Abigail", "Chioma", "Precious")
_ENGLISH_M = ("Andre", "Delroy", "Marlon", "Chukwuemeka", "Oluwaseun", "Devon")
_ENGLISH_SURNAMES = ("Campbell", "Brown", "Williams", "Okafor", "Adeyemi", "Thompson", "Reid")
# fmt: on

ORIGINS: tuple[Origin, ...] = (
    Origin(
        "mesoamerican",
        56,
        (
            ("MX", 38),
            ("HN", 20),
            ("SV", 18),
            ("GT", 10),
            ("NI", 5),
            ("EC", 5),
            ("PE", 2),
            ("CO", 2),
        ),
        (("es", 90), ("en", 10)),
        _HISPANIC_F,
        _HISPANIC_M,
        _HISPANIC_SURNAMES,
        "double",
        0.55,
    ),
    Origin(
        "maya",
        12,
        (("GT", 100),),
        (("k'iche'", 50), ("mam", 40), ("es", 10)),
        _HISPANIC_F,
        _HISPANIC_M,
        _MAYAN_SURNAMES,
        "double",
        0.95,
    ),
    Origin(
        "venezuelan",
        12,
        (("VE", 85), ("CO", 10), ("CU", 5)),
        (("es", 100),),
        _VENEZUELAN_F,
        _VENEZUELAN_M,
        _VENEZUELAN_SURNAMES,
        "double",
        0.5,
    ),
    Origin(
        "haitian",
        8,
        (("HT", 100),),
        (("ht", 85), ("en", 10), ("fr", 5)),
        _HAITIAN_F,
        _HAITIAN_M,
        _HAITIAN_SURNAMES,
        "single",
        0.8,
    ),
    Origin(
        "brazilian",
        5,
        (("BR", 100),),
        (("pt", 100),),
        _BRAZILIAN_F,
        _BRAZILIAN_M,
        _BRAZILIAN_SURNAMES,
        "single",
        0.85,
    ),
    Origin(
        "chinese",
        4,
        (("CN", 100),),
        (("zh", 70), ("yue", 15), ("en", 15)),
        _CHINESE_F,
        _CHINESE_M,
        _CHINESE_SURNAMES,
        "family-first",
        0.8,
    ),
    Origin(
        "anglophone",
        3,
        (("JM", 60), ("NG", 40)),
        (("en", 100),),
        _ENGLISH_F,
        _ENGLISH_M,
        _ENGLISH_SURNAMES,
        "single",
        0.0,
    ),
)

# Nicknames a client or an officer may use instead of the legal name; the I-213 often carries
# them, which is why aliases matter for matching records.
NICKNAMES = {
    "José": "Chepe",
    "José Luis": "Pepe",
    "Francisco": "Pancho",
    "Guadalupe": "Lupita",
    "Jesús": "Chuy",
    "María José": "Majo",
    "Concepción": "Concha",
    "Santos": "Santitos",
    "Jean-Claude": "Claude",
    "Rose-Carline": "Carline",
}

# English and Spanish names of the countries of birth above, for statements and FOIA letters.
COUNTRY_NAMES = {
    "MX": ("Mexico", "México"), "GT": ("Guatemala", "Guatemala"), "HN": ("Honduras", "Honduras"),
    "SV": ("El Salvador", "El Salvador"), "NI": ("Nicaragua", "Nicaragua"),
    "EC": ("Ecuador", "Ecuador"), "PE": ("Peru", "Perú"), "CO": ("Colombia", "Colombia"),
    "VE": ("Venezuela", "Venezuela"), "CU": ("Cuba", "Cuba"), "HT": ("Haiti", "Haití"),
    "BR": ("Brazil", "Brasil"), "CN": ("China", "China"), "JM": ("Jamaica", "Jamaica"),
    "NG": ("Nigeria", "Nigeria"),
}  # fmt: skip

# Who writes notes and enters deadlines in a small clinic.
STAFF = (
    "M. Ortega (paralegal)",
    "J. Whitfield (attorney)",
    "L. Chávez (attorney)",
    "D. Nguyen (paralegal)",
    "R. Íñiguez (volunteer)",
    "S. Baptiste (paralegal)",
)


def strip_accents(text: str) -> str:
    """Drop diacritics the way a database or an officer's keyboard often does ("Nunez")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
