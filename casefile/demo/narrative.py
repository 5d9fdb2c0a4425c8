"""Clients' accounts of encounters, assembled from English and Spanish sentence templates.

Intake staff write the narrative in the language the client told it in, so about two in five are
in Spanish. Templates are grouped by setting so that a vehicle stop does not mention a front door,
and sentences about scanners, kitchens, the early morning (``madrugada``) and children recur in a
spread of records: the benchmark's full-text queries need words that match some records, not all.
"""

from __future__ import annotations

import random

# Word lists and templates: kept compact on purpose.
# fmt: off
HOME = "home"
ROAD = "road"
WORK = "work"
INSTITUTION = "institution"

SETTING_GROUP = {
    "home": HOME, "street": ROAD, "vehicle-stop": ROAD, "checkpoint": ROAD, "transit": ROAD,
    "workplace": WORK, "courthouse": INSTITUTION, "jail": INSTITUTION,
    "probation-office": INSTITUTION, "sensitive-location": INSTITUTION, "other": ROAD,
    "unknown": ROAD,
}

EN_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ES_NUMBERS = ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")

EN_VEHICLES = (
    "two unmarked gray SUVs", "a white van with no markings", "three dark Ford Explorers",
    "a black Dodge Durango with tinted windows", "two sheriff's patrol cars and an unmarked truck",
)
ES_VEHICLES = (
    "dos camionetas grises sin placas", "una van blanca sin logotipos", "tres Explorer oscuras",
    "una Durango negra con vidrios polarizados", "dos patrullas del sheriff y una troca sin marcas",
)
EN_ONE_VEHICLE = ("an unmarked gray SUV", "a white van", "a sheriff's patrol car")
ES_ONE_VEHICLE = ("una camioneta gris sin placas", "una van blanca", "una patrulla del sheriff")
EN_RELATIVES = ("brother-in-law", "cousin", "uncle", "roommate", "nephew", "sister", "neighbor")
ES_RELATIVES = ("cuñado", "primo", "tío", "compañero de cuarto", "sobrino", "hermana", "vecino")
EN_DEVICES = (
    "a small black handheld scanner", "a phone with a fingerprint pad clipped to it",
    "a gray device the size of a phone", "an officer's phone, pointed at the face",
)
ES_DEVICES = (
    "un escáner pequeño, como un teléfono", "un aparato negro para las huellas",
    "un teléfono con un lector de huellas", "un escáner gris del tamaño de un celular",
)

EN_OPEN = {
    HOME: (
        "At about {time} {n_agents} agents knocked hard on the door of the apartment on {street}, "
        "shouting 'police'.",
        "{name} was getting the children ready for school at {time} when someone pounded on the "
        "door and said it was the police.",
        "Before sunrise, around {time}, {vehicle} parked in front of the house on {street} and "
        "agents surrounded the building.",
        "{name} heard knocking at {time}; through the window {pro} saw men in vests marked "
        "{vest} on the porch.",
        "The agents came to the house on {street} at {time}, saying they were looking for "
        "{target}.",
    ),
    ROAD: (
        "{name} was driving to work on {street} at {time} when a patrol car turned on its lights "
        "behind {obj}.",
        "At {time} {name} was waiting at {landmark} when {vehicle} pulled up.",
        "{name} was walking near {landmark} at {time} when two agents stopped {obj} and asked for "
        "ID.",
        "A {city} officer stopped the car on {street} at {time}, saying a tail light was out.",
        "{name} was riding with {pos} {relative} on {street} around {time} when they were pulled "
        "over.",
    ),
    WORK: (
        "Around {time} {vehicle} blocked the exits of the workplace on {street} and {n_agents} "
        "agents came in.",
        "{name} was on shift in the kitchen at {time} when agents in vests marked {vest} walked in "
        "through the back door.",
        "At {time} the supervisor told everyone to line up by the loading dock because "
        "'immigration' was there.",
    ),
    INSTITUTION: (
        "{name} went to a scheduled appointment at {time}; agents were waiting in the hallway.",
        "After {pos} hearing ended around {time}, two men in plain clothes followed {name} to the "
        "elevator.",
        "{name} had been booked into the county jail the night before and was told at {time} "
        "that 'immigration' had a hold.",
        "At {time} {name} was leaving the clinic with {pos} daughter when agents approached in the "
        "parking lot.",
    ),
}

EN_MIDDLE = (
    "Nobody showed a warrant, and when {name} asked for one an agent said they did not need it.",
    "One agent held up a paper but did not let {obj} read it; {pro} could not tell who had signed "
    "it.",
    "They asked for {target} and {name} said that person had moved out months ago.",
    "An agent pressed {pos} finger onto {device} in the kitchen without asking.",
    "They took a photo of {pos} face with a phone and said the system showed {pro} 'had a record'.",
    "{name} was told to sit on the couch while agents walked through the bedrooms.",
    "Agents asked everyone in the kitchen where they were born; nobody was told they could stay "
    "silent.",
    "The questions were in English; one officer spoke a little Spanish but {name} understood very "
    "little.",
    "{name}'s {relative} was handcuffed in the living room although nobody had come for that "
    "person.",
    "{Pro} asked to call a lawyer and an agent said 'you can do that later'.",
    "The children were crying; the youngest, {kid_age}, was still in pajamas.",
    "An agent opened the refrigerator and the closets, saying they were 'checking for people'.",
    "{name} was put in the back of {vehicle_one} with {pos} hands zip-tied.",
    "They took {pos} phone and did not return it until the next day.",
    "At the field office {name} was fingerprinted again and signed papers {pro} did not "
    "understand.",
    "No one explained why {pro} was being detained; an officer only said 'you know why'.",
    "An agent wrote down the names of everyone in the apartment, including a neighbor who had "
    "come to help.",
    "Later {name} learned that the agents had been parked across the street since before dawn.",
    "{Pro} was taken to {facility} that evening without being allowed to call family.",
    "The officer asked about {pos} immigration status before asking for a license.",
    "One agent wore a vest marked {vest}; the others wore plain clothes with badges on chains.",
    "The scanner beeped and the agent said, 'There you are.'",
    "{name} remembers the agent saying that 'everyone here is going'.",
    "A neighbor recorded part of the arrest on her phone from the window.",
    "{name} was released hours later with a paper telling {obj} to report to the ICE office.",
    "An officer said they would call the children's school if {name} did not cooperate.",
    "The agents did not explain what database the scan was checked against.",
    "{name} gave {pos} real name when asked and showed a consular ID.",
)

EN_CLOSE = (
    "{name} wants it on record that {pro} never agreed to let anyone in.",
    "{Pro} is afraid to go back to the apartment.",
    "{name} signed the intake form on the day of the interview and agreed to give a declaration.",
    "Family members saw most of what happened and can describe it.",
    "The vest, the vehicles and the scanner are what {name} remembers most clearly.",
)

ES_OPEN = {
    HOME: (
        "En la madrugada, como a las {time}, {n_agents} agentes tocaron fuerte la puerta del "
        "apartamento en la {street} gritando 'policía'.",
        "{name} estaba preparando a los niños para la escuela a las {time} cuando golpearon la "
        "puerta y dijeron que eran la policía.",
        "Antes del amanecer, a eso de las {time}, llegaron {vehicle} y rodearon la casa en la "
        "{street}.",
        "A las {time} {name} oyó golpes en la puerta; por la ventana vio hombres con chalecos que "
        "decían {vest}.",
        "Los agentes llegaron a la casa de la {street} a las {time} preguntando por {target}.",
    ),
    ROAD: (
        "{name} iba manejando al trabajo por la {street} a las {time} cuando una patrulla le "
        "prendió las luces.",
        "A las {time} {name} estaba esperando en la parada de la {street} cuando llegaron "
        "{vehicle}.",
        "Un policía de {city} paró el carro en la {street} a las {time}; dijo que tenía una luz "
        "fundida.",
        "{name} iba con su {relative} por la {street} como a las {time} cuando los pararon.",
        "A las {time} dos agentes detuvieron a {name} en la calle y le pidieron identificación.",
    ),
    WORK: (
        "Como a las {time} llegaron {vehicle}, bloquearon las salidas del trabajo en la {street} y "
        "entraron {n_agents} agentes.",
        "{name} estaba en la cocina del restaurante a las {time} cuando entraron agentes con "
        "chalecos que decían {vest}.",
        "A las {time} el supervisor dijo que todos se formaran junto al andén porque había "
        "llegado 'la migra'.",
    ),
    INSTITUTION: (
        "{name} fue a su cita a las {time} y los agentes ya estaban esperando en el pasillo.",
        "Al terminar la audiencia, como a las {time}, dos hombres vestidos de civil siguieron a "
        "{name} hasta el elevador.",
        "{name} había sido fichad{o} en la cárcel del condado la noche anterior y a las {time} le "
        "dijeron que 'inmigración' tenía una orden.",
    ),
}

ES_MIDDLE = (
    "Nadie mostró una orden judicial; cuando {name} pidió verla, un agente dijo que no la "
    "necesitaban.",
    "Un agente enseñó un papel pero no le dejó leerlo; no sabe quién lo firmó.",
    "Preguntaron por {target} y {name} les dijo que esa persona se había mudado hacía meses.",
    "Un agente le puso el dedo en {device} en la cocina sin pedirle permiso.",
    "Le tomaron una foto de la cara con un celular y dijeron que el sistema mostraba que 'tenía "
    "récord'.",
    "Le dijeron que se sentara en el sofá mientras los agentes revisaban los cuartos.",
    "Los agentes preguntaron a todos dónde habían nacido; nadie les dijo que tenían derecho a "
    "guardar silencio.",
    "Las preguntas fueron en inglés; un agente hablaba un poco de español pero {name} entendió "
    "muy poco.",
    "Esposaron a su {relative} en la sala aunque no era a quien buscaban.",
    "Pidió hablar con un abogado y un agente le contestó 'eso después'.",
    "Los niños lloraban; el más chico, de {kid_age} años, todavía estaba en pijama.",
    "Un agente abrió el refrigerador y los clósets diciendo que estaban 'buscando gente'.",
    "Subieron a {name} a {vehicle_one} con las manos amarradas con cinchos.",
    "Le quitaron el teléfono y no se lo devolvieron hasta el día siguiente.",
    "En la oficina le volvieron a tomar las huellas y firmó papeles que no entendía.",
    "Nadie le explicó por qué estaba detenid{o}; un agente solo dijo 'usted sabe por qué'.",
    "Un agente apuntó los nombres de todos en el apartamento, incluso de una vecina que vino a "
    "ayudar.",
    "Después supo que los agentes estaban estacionados enfrente desde la madrugada.",
    "Esa noche l{o} llevaron a {facility} sin dejarle llamar a su familia.",
    "El policía preguntó por su estatus migratorio antes de pedirle la licencia.",
    "Uno de los agentes llevaba un chaleco que decía {vest}; los demás andaban de civil con "
    "placas colgadas.",
    "El escáner sonó y el agente dijo: 'ya te encontré'.",
    "Recuerda que un agente dijo que 'todos aquí se van'.",
    "Una vecina grabó parte del arresto con su teléfono desde la ventana.",
    "Horas después l{o} soltaron con un papel que decía que se presentara en la oficina de ICE.",
    "Un agente dijo que iban a llamar a la escuela de los niños si no cooperaba.",
    "Los agentes no explicaron contra qué base de datos revisaron el escáner.",
    "{name} dio su nombre verdadero y mostró su matrícula consular.",
)

ES_CLOSE = (
    "{name} quiere que conste que nunca dio permiso para que entraran.",
    "Tiene miedo de regresar al apartamento.",
    "{name} firmó la hoja de admisión el día de la entrevista y está dispuest{o} a dar una "
    "declaración jurada.",
    "Sus familiares vieron casi todo lo que pasó y pueden contarlo.",
    "Lo que más recuerda es el chaleco, las camionetas y el escáner.",
)
# fmt: on


def _context(
    rng: random.Random,
    spanish: bool,
    *,
    name: str,
    female: bool,
    target: str,
    street: str,
    city: str,
    landmark: str,
    facility: str,
    when_hm: tuple[int, int],
) -> dict[str, str]:
    hour, minute = when_hm
    if spanish:
        vehicles = ES_VEHICLES
        ctx = {
            "time": f"{hour % 12 or 12}:{minute:02d}",
            "n_agents": rng.choice(ES_NUMBERS),
            "relative": rng.choice(ES_RELATIVES),
            "device": rng.choice(ES_DEVICES),
            "o": "a" if female else "o",
        }
    else:
        vehicles = EN_VEHICLES
        ctx = {
            "time": f"{hour % 12 or 12}:{minute:02d} {'am' if hour < 12 else 'pm'}",
            "n_agents": rng.choice(EN_NUMBERS),
            "relative": rng.choice(EN_RELATIVES),
            "device": rng.choice(EN_DEVICES),
            "pro": "she" if female else "he",
            "Pro": "She" if female else "He",
            "pos": "her" if female else "his",
            "obj": "her" if female else "him",
        }
    vehicle = rng.choice(vehicles)
    ctx.update(
        name=name,
        target=target or ("un tal Carlos" if spanish else "a man they called 'Carlos'"),
        street=street,
        city=city,
        landmark=landmark,
        facility=facility,
        vest=rng.choice(("POLICE", "POLICE", "ICE", "POLICE ICE", "HSI", "SHERIFF")),
        vehicle=vehicle,
        vehicle_one=rng.choice(ES_ONE_VEHICLE if spanish else EN_ONE_VEHICLE),
        kid_age=str(rng.randint(2, 11)),
    )
    return ctx


def narrative(
    rng: random.Random,
    setting: str,
    *,
    spanish: bool,
    length: int,
    name: str,
    female: bool,
    target: str,
    street: str,
    city: str,
    landmark: str,
    facility: str,
    when_hm: tuple[int, int],
) -> str:
    """A narrative of roughly ``length`` characters (kept within 200-2000)."""
    ctx = _context(
        rng,
        spanish,
        name=name,
        female=female,
        target=target,
        street=street,
        city=city,
        landmark=landmark,
        facility=facility,
        when_hm=when_hm,
    )
    group = SETTING_GROUP.get(setting, ROAD)
    opening = ES_OPEN[group] if spanish else EN_OPEN[group]
    middle = list(ES_MIDDLE if spanish else EN_MIDDLE)
    closing = ES_CLOSE if spanish else EN_CLOSE
    rng.shuffle(middle)
    sentences = [rng.choice(opening).format(**ctx)]
    total = len(sentences[0])
    target_length = max(200, min(length, 2000))
    for template in middle:
        if total >= target_length:
            break
        sentence = template.format(**ctx)
        if total + 1 + len(sentence) > 2000:
            continue
        sentences.append(sentence)
        total += 1 + len(sentence)
    close = rng.choice(closing).format(**ctx)
    if total + 1 + len(close) <= 2000 and (total < 200 or rng.random() < 0.6):
        sentences.append(close)
    return " ".join(sentences)
