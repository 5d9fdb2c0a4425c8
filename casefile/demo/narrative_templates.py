"""Sentence templates for clients' accounts, in English and Spanish.

Each template is ``(phase, where, custody, text)``. Phases keep the story in order (arrival,
contact, search and scans, what happened to the client, afterwards). ``where`` lists the setting
groups a sentence fits (h home, r road and transit, w workplace, i courthouse/jail/office; ``*``
any), so a traffic stop never mentions the couch. ``custody`` is ``c`` for sentences that only fit
when the client was taken, ``f`` when the client was let go, empty for either.
"""

from __future__ import annotations

Template = tuple[int, str, str, str]

# Word lists and templates: kept compact on purpose.
# fmt: off
SETTING_GROUP = {
    "home": "h", "street": "r", "vehicle-stop": "r", "checkpoint": "r", "transit": "r",
    "workplace": "w", "courthouse": "i", "jail": "i", "probation-office": "i",
    "sensitive-location": "i", "other": "r", "unknown": "r",
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
    "a gray device the size of a phone",
)
ES_DEVICES = (
    "un escáner pequeño como un teléfono", "un aparato negro para las huellas",
    "un teléfono con un lector de huellas", "un escáner gris del tamaño de un celular",
)
VESTS = ("POLICE", "POLICE", "ICE", "POLICE ICE", "HSI", "SHERIFF")

EN: tuple[Template, ...] = (
    (0, "h", "", "At about {time} {n_agents} agents knocked hard on the door of the apartment on "
                 "{street}, shouting 'police'."),
    (0, "h", "", "{name} was getting the children ready for school at {time} when someone pounded "
                 "on the door and said it was the police."),
    (0, "h", "", "Before sunrise, around {time}, {vehicle} parked in front of the house on "
                 "{street} and agents surrounded the building."),
    (0, "h", "", "{name} heard knocking at {time}; through the window {pro} saw men in vests "
                 "marked {vest} on the porch."),
    (0, "h", "", "The agents came to the house on {street} at {time}, saying they were looking "
                 "for {target}."),
    (0, "r", "", "{name} was driving to work on {street} at {time} when a patrol car turned on "
                 "its lights behind {obj}."),
    (0, "r", "", "At {time} {name} was waiting at {landmark} when {vehicle} pulled up."),
    (0, "r", "", "{name} was walking near {landmark} at {time} when two agents stopped {obj} and "
                 "asked for ID."),
    (0, "r", "", "A {city} officer stopped the car on {street} at {time}, saying a tail light "
                 "was out."),
    (0, "r", "", "{name} was riding with {pos} {relative} on {street} around {time} when they "
                 "were pulled over."),
    (0, "w", "", "Around {time} {vehicle} blocked the exits of the workplace on {street} and "
                 "{n_agents} agents came in."),
    (0, "w", "", "{name} was on shift in the kitchen at {time} when agents in vests marked "
                 "{vest} walked in through the back door."),
    (0, "w", "", "At {time} the supervisor told everyone to line up by the loading dock because "
                 "'immigration' was there."),
    (0, "i", "", "{name} went to a scheduled appointment at {time}; agents were waiting in the "
                 "hallway."),
    (0, "i", "", "When {pos} hearing ended around {time}, two men in plain clothes followed "
                 "{name} to the elevator."),
    (0, "i", "", "{name} had been booked into the county jail the night before and was told at "
                 "{time} that 'immigration' had a hold."),
    (1, "*", "", "Nobody showed a warrant, and when {name} asked for one an agent said they did "
                 "not need it."),
    (1, "*", "", "One agent held up a paper but did not let {obj} read it; {pro} could not tell "
                 "who had signed it."),
    (1, "h", "", "They asked for {target} and {name} said that person had moved out months ago."),
    (1, "*", "", "The questions were in English; one officer spoke a little Spanish but {name} "
                 "understood very little."),
    (1, "hwi", "", "An officer asked about {pos} immigration status before asking anything else."),
    (1, "r", "", "The officer asked about {pos} immigration status before asking for a license."),
    (1, "*", "", "One agent wore a vest marked {vest}; the others wore plain clothes with badges "
                 "on chains."),
    (1, "*", "", "{name} gave {pos} real name when asked and showed a consular ID."),
    (1, "h", "", "{name} was told to sit on the couch while agents walked through the bedrooms."),
    (1, "hw", "", "Agents asked everyone in the kitchen where they were born; nobody was told "
                  "they could stay silent."),
    (1, "h", "", "An agent opened the refrigerator and the closets, saying they were 'checking "
                 "for people'."),
    (1, "h", "", "The children were crying; the youngest, {kid_age}, was still in pajamas."),
    (1, "h", "", "Later {name} learned that the agents had been parked across the street since "
                 "before dawn."),
    (1, "r", "", "The agents asked everyone in the car for ID, including {pos} {relative}, who was "
                 "only a passenger."),
    (1, "r", "", "{name} kept both hands on the steering wheel and asked why {pro} had been "
                 "stopped."),
    (1, "w", "", "The supervisor was told to separate the workers by who had papers."),
    (1, "w", "", "Agents blocked the bathroom and the back exit and took everyone's phones."),
    (1, "i", "", "The officers did not say which agency they were from until they were outside."),
    (1, "i", "", "{name} asked to speak to {pos} lawyer, who was in the building, and was told "
                 "no."),
    (1, "*", "", "{Pro} asked to call a lawyer and an agent said 'you can do that later'."),
    (1, "*", "", "{name} remembers an agent saying that 'everyone here is going'."),
    (1, "h", "", "An officer said they would call the children's school if {name} did not "
                 "cooperate."),
    (2, "hw", "", "An agent pressed {pos} finger onto {device} in the kitchen without asking."),
    (2, "ri", "", "An agent pressed {pos} finger onto {device} without asking."),
    (2, "*", "", "They took a photo of {pos} face with a phone and said the system showed {pro} "
                 "'had a record'."),
    (2, "*", "", "The scanner beeped and the agent said, 'There you are.'"),
    (2, "*", "", "The agents did not explain what database the scan was checked against."),
    (2, "h", "", "An agent wrote down the names of everyone in the apartment, including a "
                 "neighbor who had come to help."),
    (2, "*", "", "A neighbor recorded part of it on her phone from across the street."),
    (3, "*", "", "{name}'s {relative} was handcuffed although nobody had come for that person."),
    (3, "*", "c", "{name} was put in the back of {vehicle_one} with {pos} hands zip-tied."),
    (3, "*", "c", "They took {pos} phone and did not return it until the next day."),
    (3, "*", "c", "At the field office {name} was fingerprinted again and signed papers {pro} did "
                  "not understand."),
    (3, "*", "c", "No one explained why {pro} was being detained; an officer only said 'you know "
                  "why'."),
    (3, "*", "c", "{Pro} was taken to {facility} that evening without being allowed to call "
                  "family."),
    (3, "*", "f", "{name} was let go after about an hour with a paper telling {obj} to report to "
                  "the ICE office."),
    (3, "*", "f", "The agents left with {pos} {relative}; {name} was told 'next time it's you'."),
    (3, "r", "f", "{name} got a ticket for the tail light and was allowed to leave."),
    (4, "*", "", "{name} wants it on record that {pro} never agreed to any of it."),
    (4, "h", "", "{Pro} is afraid to go back to the apartment."),
    (4, "*", "", "{name} signed the intake form on the day of the interview and agreed to give a "
                 "declaration."),
    (4, "*", "", "Family members saw most of what happened and can describe it."),
    (4, "*", "", "The vest, the vehicles and the scanner are what {name} remembers most "
                 "clearly."),
)

ES: tuple[Template, ...] = (
    (0, "h", "", "En la madrugada, como a las {time}, {n_agents} agentes tocaron fuerte la puerta "
                 "del apartamento en la {street} gritando 'policía'."),
    (0, "h", "", "{name} estaba preparando a los niños para la escuela a las {time} cuando "
                 "golpearon la puerta y dijeron que eran la policía."),
    (0, "h", "", "Antes del amanecer, a eso de las {time}, llegaron {vehicle} y rodearon la casa "
                 "en la {street}."),
    (0, "h", "", "A las {time} {name} oyó golpes en la puerta; por la ventana vio hombres con "
                 "chalecos que decían {vest}."),
    (0, "h", "", "Los agentes llegaron a la casa de la {street} a las {time} preguntando por "
                 "{target}."),
    (0, "r", "", "{name} iba manejando al trabajo por la {street} a las {time} cuando una patrulla "
                 "le prendió las luces."),
    (0, "r", "", "A las {time} {name} estaba esperando en la parada de la {street} cuando "
                 "llegaron {vehicle}."),
    (0, "r", "", "Un policía de {city} paró el carro en la {street} a las {time}; dijo que tenía "
                 "una luz fundida."),
    (0, "r", "", "{name} iba con su {relative} por la {street} como a las {time} cuando los "
                 "pararon."),
    (0, "r", "", "A las {time} dos agentes detuvieron a {name} en la calle y le pidieron "
                 "identificación."),
    (0, "w", "", "Como a las {time} llegaron {vehicle}, bloquearon las salidas del trabajo en la "
                 "{street} y entraron {n_agents} agentes."),
    (0, "w", "", "{name} estaba en la cocina del restaurante a las {time} cuando entraron agentes "
                 "con chalecos que decían {vest}."),
    (0, "w", "", "A las {time} el supervisor dijo que todos se formaran junto al andén porque "
                 "había llegado 'la migra'."),
    (0, "i", "", "{name} fue a su cita a las {time} y los agentes ya estaban esperando en el "
                 "pasillo."),
    (0, "i", "", "Al terminar la audiencia, como a las {time}, dos hombres vestidos de civil "
                 "siguieron a {name} hasta el elevador."),
    (0, "i", "", "{name} había sido fichad{o} en la cárcel del condado la noche anterior y a las "
                 "{time} le dijeron que 'inmigración' tenía una orden."),
    (1, "*", "", "Nadie mostró una orden judicial; cuando {name} pidió verla, un agente dijo que "
                 "no la necesitaban."),
    (1, "*", "", "Un agente enseñó un papel pero no le dejó leerlo; no sabe quién lo firmó."),
    (1, "h", "", "Preguntaron por {target} y {name} les dijo que esa persona se había mudado "
                 "hacía meses."),
    (1, "*", "", "Las preguntas fueron en inglés; un agente hablaba un poco de español pero "
                 "{name} entendió muy poco."),
    (1, "r", "", "El policía preguntó por su estatus migratorio antes de pedirle la licencia."),
    (1, "*", "", "Uno de los agentes llevaba un chaleco que decía {vest}; los demás andaban de "
                 "civil con placas colgadas."),
    (1, "*", "", "{name} dio su nombre verdadero y mostró su matrícula consular."),
    (1, "h", "", "Le dijeron que se sentara en el sofá mientras los agentes revisaban los "
                 "cuartos."),
    (1, "hw", "", "Los agentes preguntaron a todos en la cocina dónde habían nacido; nadie les "
                  "dijo que tenían derecho a guardar silencio."),
    (1, "h", "", "Un agente abrió el refrigerador y los clósets diciendo que estaban 'buscando "
                 "gente'."),
    (1, "h", "", "Los niños lloraban; el más chico, de {kid_age} años, todavía estaba en pijama."),
    (1, "h", "", "Después supo que los agentes estaban estacionados enfrente desde la madrugada."),
    (1, "r", "", "Le pidieron identificación a todos en el carro, también a su {relative}, que "
                 "solo iba de pasajero."),
    (1, "w", "", "Le dijeron al supervisor que separara a los trabajadores según quién tenía "
                 "papeles."),
    (1, "i", "", "Los agentes no dijeron de qué agencia eran hasta que estaban afuera."),
    (1, "*", "", "Pidió hablar con un abogado y un agente le contestó 'eso después'."),
    (1, "*", "", "Recuerda que un agente dijo que 'todos aquí se van'."),
    (1, "h", "", "Un agente dijo que iban a llamar a la escuela de los niños si no cooperaba."),
    (2, "hw", "", "Un agente le puso el dedo en {device} en la cocina sin pedirle permiso."),
    (2, "ri", "", "Un agente le puso el dedo en {device} sin pedirle permiso."),
    (2, "*", "", "Le tomaron una foto de la cara con un celular y dijeron que el sistema mostraba "
                 "que 'tenía récord'."),
    (2, "*", "", "El escáner sonó y el agente dijo: 'ya te encontré'."),
    (2, "*", "", "Los agentes no explicaron contra qué base de datos revisaron el escáner."),
    (2, "h", "", "Un agente apuntó los nombres de todos en el apartamento, incluso de una vecina "
                 "que vino a ayudar."),
    (2, "*", "", "Una vecina grabó parte de lo que pasó con su teléfono desde enfrente."),
    (3, "*", "", "Esposaron a su {relative} aunque no era a quien buscaban."),
    (3, "*", "c", "Subieron a {name} a {vehicle_one} con las manos amarradas con cinchos."),
    (3, "*", "c", "Le quitaron el teléfono y no se lo devolvieron hasta el día siguiente."),
    (3, "*", "c", "En la oficina le volvieron a tomar las huellas y firmó papeles que no "
                  "entendía."),
    (3, "*", "c", "Nadie le explicó por qué estaba detenid{o}; un agente solo dijo 'usted sabe por "
                  "qué'."),
    (3, "*", "c", "Esa noche l{o} llevaron a {facility} sin dejarle llamar a su familia."),
    (3, "*", "f", "Como una hora después l{o} dejaron ir con un papel que decía que se presentara "
                  "en la oficina de ICE."),
    (3, "*", "f", "Los agentes se llevaron a su {relative}; a {name} le dijeron 'la próxima vez "
                  "te toca a ti'."),
    (4, "*", "", "{name} quiere que conste que nunca dio permiso para nada."),
    (4, "h", "", "Tiene miedo de regresar al apartamento."),
    (4, "*", "", "{name} firmó la hoja de admisión el día de la entrevista y está dispuest{o} a "
                 "dar una declaración jurada."),
    (4, "*", "", "Sus familiares vieron casi todo lo que pasó y pueden contarlo."),
    (4, "*", "", "Lo que más recuerda es el chaleco, las camionetas y el escáner."),
)
# fmt: on
