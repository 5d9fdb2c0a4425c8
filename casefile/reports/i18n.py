"""English and Spanish words for the PDF reports: headings, labels and machine values.

The desktop UI has its own Qt translations; these tables serve the reports only, which are built
without Qt. Spanish terms follow ``shared/spec/glossary-es.md``. Form numbers and agency names
stay as they are. Each entry is ``key: (English, Spanish)`` so a missing translation is a
visible gap in one line, and a test checks both columns are filled.
"""

from __future__ import annotations

from typing import Any

from casefile.reports.redact import fold

_LANG_INDEX = {"en": 0, "es": 1}

LABELS: dict[str, tuple[str, str]] = {
    # Banners, titles, footer
    "banner.privileged": (
        "PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT",
        "PRIVILEGIADO Y CONFIDENCIAL — PRODUCTO DEL TRABAJO DEL ABOGADO",
    ),
    "banner.redacted": (
        "REDACTED — PERSONAL DATA REMOVED (names as initials)",
        "VERSIÓN CENSURADA — DATOS PERSONALES OCULTOS (nombres como iniciales)",
    ),
    # What a redacted text says where a detail was removed (casefile.reports.redact).
    "redact.address": ("[address removed]", "[dirección oculta]"),
    "redact.phone": ("[phone removed]", "[teléfono oculto]"),
    "redact.date_of_birth": ("[date of birth removed]", "[fecha de nacimiento oculta]"),
    "redact.date": ("[date removed]", "[fecha oculta]"),
    "redact.ssn": ("[SSN removed]", "[número de Seguro Social oculto]"),
    "redact.email": ("[e-mail removed]", "[correo electrónico oculto]"),
    "redact.plate": ("[plate removed]", "[placa oculta]"),
    "redact.number": ("[number removed]", "[número oculto]"),
    "banner.pattern": (
        "ANONYMISED — COUNTS ONLY, NO PERSONAL DATA",
        "ANONIMIZADO — SOLO CIFRAS, SIN DATOS PERSONALES",
    ),
    "report.summary": ("Case summary", "Resumen del caso"),
    "report.encounter": ("Encounter report", "Informe del encuentro"),
    "report.pattern": ("Pattern report", "Informe de patrones"),
    "footer.generated": ("Generated {at} by {by}", "Generado el {at} por {by}"),
    "footer.generated_anon": ("Generated {at}", "Generado el {at}"),
    "footer.page": ("Page {n} of {m}", "Página {n} de {m}"),
    "fingerprint": ("Content fingerprint", "Huella del contenido"),
    "fingerprint.explain": (
        "SHA-256 of the data this report shows, first 16 hex characters. Two printouts with the "
        "same fingerprint show the same data.",
        "SHA-256 de los datos que muestra este informe, primeros 16 caracteres hexadecimales. Dos "
        "copias impresas con la misma huella muestran los mismos datos.",
    ),
    "progress.collect": ("Collecting the record", "Reuniendo el expediente"),
    "progress.layout": ("Laying out pages", "Componiendo las páginas"),
    "progress.done": ("Report ready", "Informe listo"),
    # Summary sections, in order
    "section.identity": ("Identity", "Identidad"),
    "section.glance": ("At a glance", "Resumen rápido"),
    "section.chronology": ("Chronology", "Cronología"),
    "section.encounters": ("Encounters", "Encuentros con agentes"),
    "section.issues": ("Issues to review", "Puntos a revisar"),
    "section.accounts": ("Account comparison", "Comparación de versiones"),
    "section.foia": ("FOIA requests", "Solicitudes FOIA"),
    "section.documents": ("Documents index", "Índice de documentos"),
    "section.notes": ("Notes", "Notas"),
    "section.encounter": ("Encounter", "Encuentro"),
    # Generic words
    "yes": ("Yes", "Sí"),
    "no": ("No", "No"),
    "unknown": ("Unknown", "Se desconoce"),
    "date_unknown": ("unknown", "desconocida"),  # la fecha
    "not_recorded": ("not recorded", "no consta"),
    # Spanish "ninguno/ninguna" agrees with what is missing: "Plazos: Ninguno", "Próxima
    # audiencia: Ninguna", "Solicitudes FOIA vencidas: Ninguna".
    "none": ("None", "Ninguno"),
    "none_f": ("None", "Ninguna"),
    "computed_verify": ("computed — verify", "calculado — verificar"),
    # What a computed deadline is about (its kind is shown beside it)
    "about.received": ("{agency}, received {date}", "{agency}, recibida el {date}"),
    "about.request": ("{agency}, request {request}", "{agency}, solicitud {request}"),
    "about.ij_decision": ("IJ decision of {date}", "decisión del juez de inmigración del {date}"),
    "about.encounter": ("encounter of {date}", "encuentro del {date}"),
    "about.encounter_place": ("encounter of {date} ({place})", "encuentro del {date} ({place})"),
    "about.bond_decision": ("bond decision of {date}", "decisión sobre la fianza del {date}"),
    "about.final_order": ("final order of {date}", "orden final del {date}"),
    "about.ftca_denied": ("claim denied {date}", "reclamo denegado el {date}"),
    "about.ftca_presented": ("claim presented {date}", "reclamo presentado el {date}"),
    "deadline.rule": ("rule", "norma"),
    "deadline.awaiting_outcome": (
        "past: record whether it was held or adjourned",
        "pasada: indique si se celebró o se aplazó",
    ),
    "deadline.open_now": ("may act now", "ya puede actuarse"),
    "overdue": ("OVERDUE", "VENCIDO"),  # el plazo
    "overdue_f": ("OVERDUE", "VENCIDA"),  # la fecha límite, la solicitud
    "done": ("done", "cumplido"),
    "time_unknown": ("time unknown", "hora desconocida"),
    "of": ("of", "de"),
    # Identity
    "person.name": ("Name", "Nombre"),
    "person.aliases": ("Aliases", "Otros nombres"),
    "person.a_number": ("A-number", "Número A"),
    "person.dob": ("Date of birth", "Fecha de nacimiento"),
    "person.country": ("Country of birth", "País de nacimiento"),
    "person.language": ("Preferred language", "Idioma preferido"),
    "person.interpreter": ("Interpreter needed", "Necesita intérprete"),
    "person.custody": ("Custody status", "Situación de custodia"),
    "person.facility": ("Custody facility", "Centro de detención"),
    "person.family": ("Family ties", "Vínculos familiares"),
    "person.notes": ("Notes", "Notas"),
    "person.ij_decision": ("Immigration judge decision", "Decisión del juez de inmigración"),
    "person.client": ("client", "cliente"),
    # At a glance
    "glance.next_hearing": ("Next hearing", "Próxima audiencia"),
    "glance.next_30": ("Deadlines in the next 30 days", "Plazos en los próximos 30 días"),
    "glance.overdue_deadlines": ("Overdue deadlines", "Plazos vencidos"),
    "glance.overdue_foia": ("Overdue FOIA requests", "Solicitudes FOIA vencidas"),
    "glance.encounters": ("Encounters", "Encuentros"),
    "glance.arrests": ("Arrests", "Arrestos"),
    "glance.issues": ("Issues to review", "Puntos a revisar"),
    "glance.as_of": ("As of {today}", "A fecha de {today}"),
    # Chronology
    "col.date": ("Date", "Fecha"),
    "col.event": ("Event", "Evento"),
    "col.details": ("Details", "Detalles"),
    "event.encounter": ("Encounter", "Encuentro"),
    "event.arrest": ("Arrest", "Arresto"),
    "event.nta": ("NTA served", "NTA entregada"),
    "event.released": ("Released", "Liberación"),
    "event.document": ("Document dated", "Documento con fecha"),
    "event.foia_submitted": ("FOIA request submitted", "Solicitud FOIA enviada"),
    "event.foia_received": (
        "FOIA request received by agency",
        "Solicitud FOIA recibida por la agencia",
    ),
    "event.foia_response_due": ("FOIA response due", "Fecha límite de respuesta FOIA"),
    "event.foia_response": ("FOIA response received", "Respuesta FOIA recibida"),
    "event.foia_adverse": ("FOIA adverse determination", "Determinación adversa FOIA"),
    "event.foia_appeal_filed": ("FOIA appeal filed", "Apelación FOIA presentada"),
    "event.foia_appeal_due": ("FOIA appeal due", "Fecha límite de apelación FOIA"),
    "event.foia_litigation": ("FOIA litigation filed", "Demanda FOIA presentada"),
    "event.deadline": ("Deadline", "Plazo"),
    "event.ij_decision": ("Immigration judge decision", "Decisión del juez de inmigración"),
    # Encounter
    "enc.heading": (
        "Encounter {n} of {m}: {when}, {where}",
        "Encuentro {n} de {m}: {when}, {where}",
    ),
    "enc.when": ("When", "Fecha y hora"),
    "enc.where": ("Where", "Lugar"),
    "enc.setting": ("Setting", "Tipo de lugar"),
    "enc.agencies": ("Agencies", "Agencias"),
    "enc.program": ("Program", "Programa"),
    "enc.officers": ("Officers", "Agentes"),
    "enc.officer_count": ("Number of officers", "Número de agentes"),
    "enc.vehicles": ("Vehicles", "Vehículos"),
    "enc.identified_as": ("How agents identified themselves", "Cómo se identificaron los agentes"),
    "enc.warrant": ("Warrant", "Orden"),
    "enc.warrant_shown": ("shown", "mostrada"),
    "enc.warrant_named": ("naming", "a nombre de"),
    "enc.entry": ("Entry", "Entrada"),
    "enc.consent_given_by": ("Consent given by", "Consentimiento dado por"),
    "enc.stop_basis": (
        "Stop basis (as reported)",
        "Motivo de la parada o entrada (según lo relatado)",
    ),
    "enc.advisals": ("Rights advisals", "Advertencias de derechos"),
    "enc.language_used": ("Language used", "Idioma utilizado"),
    "enc.statements": ("Statements", "Declaraciones"),
    "enc.profiling": ("Profiling indicators", "Indicios de perfilamiento"),
    "enc.witnesses": ("Witnesses", "Testigos"),
    "enc.ftca": ("Possible FTCA claim", "Posible reclamo FTCA"),
    "enc.narrative": ("Narrative (client's account, as written)", "Relato de la persona (tal como se escribió)"),
    "enc.participants": ("Participants", "Participantes"),
    "enc.biometrics": ("Biometrics", "Datos biométricos"),
    "enc.arrests": ("Arrest details", "Detalles del arresto"),
    "enc.officer_name": ("Name", "Nombre"),
    "enc.officer_badge": ("Badge", "Placa"),
    "enc.officer_agency": ("Agency", "Agencia"),
    "enc.officer_description": ("Description", "Descripción"),
    "enc.none_recorded": ("None recorded.", "No consta ninguno."),
    "enc.location_description": ("Description", "Descripción"),
    "part.person": ("Person", "Persona"),
    "part.role": ("Role", "Papel"),
    "part.outcome": ("Outcome", "Resultado"),
    "bio.person": ("Person", "Persona"),
    "bio.modality": ("Modality", "Modalidad"),
    "bio.device": ("Device", "Dispositivo"),
    "bio.consent": ("Consent", "Consentimiento"),
    "bio.before_arrest": ("Before arrest", "Antes del arresto"),
    "bio.databases": ("Databases", "Bases de datos"),
    "bio.result_told": ("Result told", "Resultado comunicado"),
    "arrest.arrested_at": ("Arrested at", "Arrestado/a el"),
    "arrest.agency": ("Arresting agency", "Agencia que arrestó"),
    "arrest.basis": ("Basis stated", "Motivo indicado"),
    "arrest.facility": ("Custody facility", "Centro de detención"),
    "arrest.bond": ("Bond", "Fianza"),
    "arrest.no_bond": ("none set", "no fijada"),
    "arrest.nta": ("NTA served on", "NTA entregada el"),
    "arrest.i213": ("I-213 received", "I-213 recibido"),
    "arrest.i213_on_file": (
        "Yes — in the documents index: {document}",
        "Sí — en el índice de documentos: {document}",
    ),
    "arrest.released": ("Released on", "Liberado/a el"),
    "arrest.notes": ("Notes", "Notas"),
    # Issues
    "issues.intro": (
        "Facts in the record that may deserve the attorney's attention. Each is a question for "
        "legal judgement, not a conclusion; the fact that raised it and the authority it turns on "
        "are shown beside it. Check each authority against the current text before relying on it.",
        "Hechos del expediente que pueden merecer la atención del abogado. Cada uno es una "
        "pregunta para el criterio jurídico, no una conclusión; al lado se muestran el hecho que "
        "la originó y la norma en que se apoya. Verifique cada norma en su texto vigente antes de "
        "invocarla.",
    ),
    "issues.case": ("Whole case", "Todo el caso"),
    "issues.prompt": ("Question to consider", "Pregunta a considerar"),
    "issues.fact": ("Fact in the record", "Hecho registrado"),
    "issues.authority": ("Authority", "Fundamento"),
    "issues.warrant_named": ("Warrant named", "La orden nombraba a"),
    "issues.none": ("No issues flagged by the rules.", "Las reglas no señalan ningún punto."),
    # Account comparison
    "acc.topic": ("Topic", "Tema"),
    "acc.disputed": ("≠ DISPUTED", "≠ EN DISPUTA"),
    "acc.client": ("Client", "Cliente"),
    "acc.source": ("Source", "Fuente"),
    "acc.version": ("Version and page", "Versión y página"),
    "acc.witness": ("Witness", "Testigo"),
    "acc.document": ("Document", "Documento"),
    "acc.page": ("p. {page}", "pág. {page}"),
    "acc.not_stated": ("—", "—"),
    "acc.none": ("No account points recorded.", "No constan puntos de comparación."),
    "acc.legend": (
        "≠ DISPUTED marks points where the sources' versions differ (shaded). A dash means that "
        "source says nothing on the point.",
        "≠ EN DISPUTA señala los puntos en que las versiones difieren (sombreados). Un guion "
        "indica que esa fuente no dice nada sobre el punto.",
    ),
    # FOIA
    "foia.agency": ("Agency and tracking number", "Agencia y número de seguimiento"),
    "foia.dates": ("Submitted / received by agency", "Enviada / recibida por la agencia"),
    "foia.response_due": ("Response due", "Fecha límite de respuesta"),
    "foia.status": ("Status", "Estado"),
    "foia.appeal_due": ("Appeal due", "Fecha límite de apelación"),
    "foia.records_sought": ("Records sought", "Documentos solicitados"),
    "foia.expedited": ("expedited requested", "trámite urgente solicitado"),
    "foia.extension": ("extension {days} working days", "prórroga de {days} días hábiles"),
    "foia.none": ("No FOIA requests recorded.", "No constan solicitudes FOIA."),
    # Documents
    "doc.kind": ("Kind", "Tipo"),
    "doc.title": ("Title", "Título"),
    "doc.date": ("Date", "Fecha"),
    "doc.source": ("Received from", "Procedencia"),
    "doc.sha": ("SHA-256 (first 12)", "SHA-256 (primeros 12)"),
    "doc.file": ("File", "Archivo"),
    "doc.none": ("No documents recorded.", "No constan documentos."),
    # Notes
    "note.when": ("Written", "Escrita"),
    "note.author": ("Author", "Autor/a"),
    "note.text": ("Note", "Nota"),
    "note.none": ("No notes recorded.", "No constan notas."),
    # Pattern report
    "pat.period": ("Period: {start} to {end}", "Periodo: del {start} al {end}"),
    "pat.period_all": (
        "Period: all recorded encounters",
        "Periodo: todos los encuentros registrados",
    ),
    "pat.totals": (
        "{encounters} encounters, {participants} participants.",
        "{encounters} encuentros, {participants} participantes.",
    ),
    "pat.method": (
        "Counts only: no names, A-numbers, addresses or dates of birth. No number describes fewer "
        "than 3 people. Where a table splits a total given in this report, categories of 1 or 2 "
        "are merged into \u201cother (merged)\u201d, with the next smallest category when needed, "
        "so nothing can be worked out by subtraction. In other tables a count of 1 or 2 is shown "
        "as <3, and charts draw no bar for it.",
        "Solo cifras: sin nombres, números A, direcciones ni fechas de nacimiento. Ninguna cifra "
        "describe a menos de 3 personas. Cuando una tabla reparte un total que da este informe, "
        "las categorías de 1 o 2 se agrupan en \u201cotros (agrupados)\u201d, con la siguiente "
        "categoría más pequeña si hace falta, para que nada pueda deducirse por resta. En las "
        "demás tablas un recuento de 1 o 2 se muestra como <3 y los gráficos no lo dibujan.",
    ),
    "pat.suppressed": (
        "Cells suppressed (shown as <3): {n}. Categories merged into \u201cother (merged)\u201d: {merged}.",
        "Celdas ocultas (mostradas como <3): {n}. Categorías agrupadas en \u201cotros (agrupados)\u201d: {merged}.",
    ),
    "pat.other": ("other (merged)", "otros (agrupados)"),
    "pat.total": ("Total", "Total"),
    "pat.count": ("Count", "Cantidad"),
    "pat.chart_note": (
        "Bars for cells under 3 are not drawn.",
        "No se dibujan las barras de celdas menores de 3.",
    ),
    "pat.by_month": ("Encounters by month", "Encuentros por mes"),
    "pat.by_setting": ("Encounters by setting", "Encuentros por tipo de lugar"),
    "pat.by_agency": ("Encounters by agency", "Encuentros por agencia"),
    "pat.by_program": ("Encounters by program", "Encuentros por programa"),
    "pat.by_city": ("Encounters by city", "Encuentros por ciudad"),
    "pat.roles": ("Participants by role", "Participantes por papel"),
    "pat.collateral": ("Collateral rather than target", "Colaterales en vez de buscados"),
    "pat.collateral_participants": ("Collateral participants", "Participantes colaterales"),
    "pat.collateral_share": (
        "Collateral share (collateral ÷ collateral + targets)",
        "Proporción colateral (colaterales ÷ colaterales + personas buscadas)",
    ),
    "pat.collateral_arrests": ("Collateral arrests", "Arrestos colaterales"),
    "pat.biometrics": (
        "Biometric captures by modality and consent",
        "Capturas biométricas por modalidad y consentimiento",
    ),
    "pat.warrants": ("Warrants by type and whether shown", "Órdenes por tipo y si se mostraron"),
    "pat.entries": ("Entries by manner", "Entradas según la forma"),
    "pat.col.month": ("Month", "Mes"),
    "pat.col.setting": ("Setting", "Tipo de lugar"),
    "pat.col.agency": ("Agency", "Agencia"),
    "pat.col.program": ("Program", "Programa"),
    "pat.col.city": ("City", "Ciudad"),
    "pat.col.role": ("Role", "Papel"),
    "pat.col.modality_consent": ("Modality / consent", "Modalidad / consentimiento"),
    "pat.col.warrant_shown": ("Warrant type / shown", "Tipo de orden / mostrada"),
    "pat.agency_note": (
        "An encounter with several agencies counts once for each.",
        "Un encuentro con varias agencias cuenta una vez para cada una.",
    ),
    "pat.col.entry": ("Entry", "Entrada"),
    "pat.col.measure": ("Measure", "Medida"),
    "pat.shown.true": ("Shown", "Mostrada"),
    "pat.shown.false": ("Not shown", "No mostrada"),
    "pat.shown.unknown": ("Unknown", "Se desconoce"),
    "pat.no_data": ("No encounters in this period.", "No hay encuentros en este periodo."),
}

# Machine values of domain.md, by field. English reads as the app's labels do (sentence case), so a
# printout never shows what looks like a raw machine value ("detained", "checkpoint"). Spanish
# agrees in gender with the noun its field names ("Situación de custodia: desconocida", "Orden:
# desconocida", "Tipo de lugar: desconocido"); yes/no fields read "Se desconoce", which needs none.
VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "bool": {"true": ("Yes", "Sí"), "false": ("No", "No"), "unknown": ("Unknown", "Se desconoce")},
    "custody_status": {
        "at-liberty": ("At liberty", "En libertad"),
        "detained": ("Detained", "Detenido/a"),
        "released-recognizance": (
            "Released on recognizance",
            "Liberado/a bajo su propio reconocimiento",
        ),
        "released-bond": ("Released on bond", "Liberado/a bajo fianza"),
        "alternatives-to-detention": (
            "Alternatives to detention (ATD)",
            "Alternativas a la detención (ATD)",
        ),
        "removed": ("Removed", "Deportado/a"),
        "unknown": ("Unknown", "Desconocida"),  # la situación de custodia
    },
    "setting": {
        "home": ("Home", "Domicilio"),
        "street": ("Street", "Vía pública"),
        "vehicle-stop": ("Vehicle stop", "Parada de tráfico"),
        "checkpoint": ("Checkpoint", "Retén, punto de control"),
        "workplace": ("Workplace", "Lugar de trabajo"),
        "courthouse": ("Courthouse", "Juzgado"),
        "jail": ("Jail", "Cárcel"),
        "probation-office": ("Probation office", "Oficina de libertad condicional"),
        "transit": ("Public transit", "Transporte público"),
        "sensitive-location": ("Sensitive location", "Lugar sensible"),
        "other": ("Other", "Otro"),
        "unknown": ("Unknown", "Desconocido"),  # el tipo de lugar
    },
    "agency": {
        "ICE-ERO": ("ICE-ERO", "ICE-ERO"),
        "ICE-HSI": ("ICE-HSI", "ICE-HSI"),
        "CBP-BP": ("CBP Border Patrol", "CBP Patrulla Fronteriza"),
        "CBP-OFO": ("CBP-OFO", "CBP-OFO"),
        "local-police": ("Local police", "Policía local"),
        "sheriff": ("Sheriff's office", "Oficina del sheriff"),
        "state-police": ("State police", "Policía estatal"),
        "task-force-287g": ("287(g) task force", "Grupo de trabajo 287(g)"),
        "FBI": ("FBI", "FBI"),
        "USMS": ("US Marshals (USMS)", "Servicio de Alguaciles (USMS)"),
        "other": ("Other agency", "Otra agencia"),
        "unknown": ("Unknown agency", "Agencia desconocida"),
    },
    "program": {
        "CARI": ("CARI", "CARI"),
        "secure-communities": ("Secure Communities", "Comunidades Seguras"),
        "287g": ("287(g)", "287(g)"),
        "fugitive-operations": ("Fugitive operations", "Operaciones contra fugitivos"),
        "CAP": ("Criminal Alien Program (CAP)", "Programa de Extranjeros Criminales (CAP)"),
        "targeted-operation": ("Targeted operation", "Operativo dirigido"),
        "other": ("Other", "Otro"),
        "unknown": ("Unknown", "Desconocido"),  # el programa
    },
    "warrant_type": {
        "none": ("No warrant", "Sin orden"),
        # Who signed it is the point (glossary): an officer, or a judge.
        "administrative-I-200": (
            "Administrative warrant (I-200), signed by an officer, not a judge",
            "Orden administrativa (I-200), firmada por un agente, no por un juez",
        ),
        "administrative-I-205": (
            "Administrative warrant (I-205), signed by an officer, not a judge",
            "Orden administrativa (I-205), firmada por un agente, no por un juez",
        ),
        "judicial-arrest": (
            "Judicial arrest warrant (signed by a judge)",
            "Orden judicial de arresto (firmada por un juez)",
        ),
        "judicial-search": (
            "Judicial search warrant (signed by a judge)",
            "Orden judicial de registro (firmada por un juez)",
        ),
        "unknown": ("Unknown", "Desconocida"),  # la orden
    },
    "entry": {
        "no-entry": ("Agents did not enter", "Los agentes no entraron"),
        "consent": ("With consent", "Con consentimiento"),
        "ruse": ("Entry by ruse", "Entrada mediante engaño"),
        "forced": ("Forced entry", "Entrada forzada"),
        "already-inside": ("Agents were already inside", "Los agentes ya estaban dentro"),
        "unknown": ("Unknown", "Desconocida"),  # la entrada
        "other": ("Other", "Otra"),
    },
    "identified_as": {
        "ICE": ("As ICE", "Como ICE"),
        "police": ("As police", "Como policía"),
        "did-not-identify": ("Did not identify themselves", "No se identificaron"),
    },
    "modality": {
        "fingerprint": ("Fingerprint", "Huella dactilar"),
        "iris": ("Iris scan", "Escaneo de iris"),
        "face": ("Face photo", "Foto del rostro"),
        "dna": ("DNA sample", "Muestra de ADN"),
        "other": ("Other", "Otra"),
    },
    "device": {
        "mobile-handheld": ("Mobile handheld device", "Dispositivo biométrico portátil"),
        "smartphone-app": ("Smartphone app", "Aplicación de teléfono"),
        "booking-station": ("Booking station", "Estación de fichaje"),
        "other": ("Other", "Otro"),
        "unknown": ("Unknown", "Desconocido"),  # el dispositivo
    },
    "consent": {
        "given": ("Given", "Dado"),
        "refused": ("Refused", "Rechazado"),
        "not-asked": ("Not asked", "No se pidió"),
        "unknown": ("Unknown", "Desconocido"),  # el consentimiento
    },
    "role": {
        "target": ("Target (person sought)", "Persona buscada"),
        "collateral": ("Collateral", "Colateral"),
        "witness": ("Witness", "Testigo"),
        "family": ("Family", "Familiar"),
        "other": ("Other", "Otro"),
    },
    "outcome": {
        "not-present": ("Not present", "No estaba presente"),
        "released": ("Released", "Liberado/a"),
        "cited": ("Cited", "Citado/a"),
        "arrested": ("Arrested", "Arrestado/a"),
        "detained": ("Detained", "Detenido/a"),
        "removed": ("Removed", "Deportado/a"),
        "unknown": ("Unknown", "Desconocido"),  # el resultado
    },
    "document_kind": {
        "I-200": ("I-200 administrative arrest warrant", "I-200 orden administrativa de arresto"),
        "I-205": (
            "I-205 administrative removal warrant",
            "I-205 orden administrativa de deportación",
        ),
        "I-213": ("I-213 record of deportable alien", "I-213 registro de extranjero deportable"),
        "I-862": ("I-862 Notice to Appear", "I-862 Notificación de Comparecencia"),
        "I-286": ("I-286 custody determination", "I-286 determinación de custodia"),
        "I-247A": ("I-247A detainer", "I-247A solicitud de retención"),
        "I-220A": (
            "I-220A order of release on recognizance",
            "I-220A orden de libertad bajo su propio reconocimiento",
        ),
        "foia-request": ("FOIA request", "Solicitud FOIA"),
        "foia-response": ("FOIA response", "Respuesta FOIA"),
        "photo": ("Photo", "Foto"),
        "video": ("Video", "Video"),
        "audio": ("Audio", "Audio"),
        # 28 U.S.C. 1746: signed under penalty of perjury, not sworn before a notary ("jurada").
        "declaration": (
            "Declaration under penalty of perjury",
            "Declaración bajo pena de perjurio",
        ),
        "police-report": ("Police report", "Informe policial"),
        "court-filing": ("Court filing", "Escrito judicial"),
        "identity-document": ("Identity document", "Documento de identidad"),
        "other": ("Other", "Otro"),
    },
    "foia_agency": {
        "state-local": ("State or local agency", "Agencia estatal o local"),
        "other": ("Other", "Otra"),
    },
    "foia_status": {
        "draft": ("Draft", "Borrador"),
        "submitted": ("Submitted", "Enviada"),
        "acknowledged": ("Acknowledged", "Acuse de recibo"),
        "processing": ("Processing", "En trámite"),
        "partial-response": ("Partial response", "Respuesta parcial"),
        "complete": ("Complete", "Completa"),
        "denied": ("Denied", "Denegada"),
        "appealed": ("Appealed", "Apelada"),
        "in-litigation": ("In litigation", "En litigio"),
        "closed": ("Closed", "Cerrada"),
    },
    "deadline_kind": {
        "master-hearing": (
            "Master calendar hearing",
            "Audiencia preliminar (calendario principal)",
        ),
        "individual-hearing": ("Individual (merits) hearing", "Audiencia individual (de fondo)"),
        "bond-hearing": ("Bond hearing", "Audiencia de fianza"),
        "filing": ("Filing", "Presentación de escrito"),
        "bia-appeal": ("BIA appeal", "Apelación ante la BIA"),
        "foia-response": ("FOIA response due", "Respuesta FOIA"),
        "foia-appeal": ("FOIA appeal", "Apelación FOIA"),
        "ftca-claim": ("FTCA claim", "Reclamo FTCA"),
        "ftca-suit": ("FTCA suit", "Demanda FTCA"),
        "ftca-deemed-denied": ("FTCA claim deemed denied", "Reclamo FTCA denegado por silencio"),
        "civil-rights-suit": ("Civil-rights suit (§ 1983 / Bivens)", "Demanda de derechos civiles (§ 1983 / Bivens)"),
        "motion-to-reopen": ("Motion to reopen", "Moción de reapertura"),
        "motion-to-reconsider": ("Motion to reconsider", "Moción de reconsideración"),
        "absentia-reopen": (
            "Motion to reopen an in-absentia order",
            "Moción de reapertura de una orden en ausencia",
        ),
        "bond-appeal": ("Bond appeal to the BIA", "Apelación de fianza ante la BIA"),
        "foia-expedited": ("FOIA expedited-processing decision", "Decisión FOIA sobre tramitación urgente"),
        "foia-appeal-decision": ("FOIA appeal decision", "Decisión de la apelación FOIA"),
        "foia-exhaustion": ("FOIA suit possible (appeal undecided)", "Demanda FOIA posible (apelación sin resolver)"),
        "ice-check-in": ("ICE check-in", "Presentación ante ICE"),
        "other": ("Other", "Otro"),
    },
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[_LANG_INDEX.get(lang, 0)]


def label(lang: str, key: str, **params: Any) -> str:
    """The heading or label ``key`` in ``lang``, with ``{placeholders}`` filled from params.

    An unknown key raises ``KeyError``: it is a bug in a builder, not something to print.
    """
    text = _pick(LABELS[key], lang)
    return text.format(**params) if params else text


def value_label(lang: str, field: str, machine_value: object) -> str:
    """The reader's word for a machine value of ``field``; free text comes back as written.

    ``None`` or ``""`` reads "not recorded"; booleans read Yes/No for any field.
    """
    if machine_value is None or machine_value == "":
        return label(lang, "not_recorded")
    if isinstance(machine_value, bool):
        return _pick(VALUES["bool"]["true" if machine_value else "false"], lang)
    table = VALUES.get(field, {})
    pair = table.get(str(machine_value))
    if pair is None and field in _SIDE_TABLES:
        pair = _SIDE_TABLES[field].get(str(machine_value).lower())
        if pair is not None:
            return f"{_pick(pair, lang)} ({machine_value})"
    return _pick(pair, lang) if pair else str(machine_value)


def tristate(lang: str, value: object) -> str:
    """Yes / No / Unknown for the bool-or-unknown fields (warrant shown, before arrest…)."""
    if value is True:
        return _pick(VALUES["bool"]["true"], lang)
    if value is False:
        return _pick(VALUES["bool"]["false"], lang)
    return _pick(VALUES["bool"]["unknown"], lang)


# Countries and languages seen most in US immigration practice; others print as their code.
# fmt: off
COUNTRIES: dict[str, tuple[str, str]] = {
    "MX": ("Mexico", "México"), "GT": ("Guatemala", "Guatemala"), "HN": ("Honduras", "Honduras"),
    "SV": ("El Salvador", "El Salvador"), "NI": ("Nicaragua", "Nicaragua"),
    "CR": ("Costa Rica", "Costa Rica"), "PA": ("Panama", "Panamá"), "CU": ("Cuba", "Cuba"),
    "DO": ("Dominican Republic", "República Dominicana"), "HT": ("Haiti", "Haití"),
    "VE": ("Venezuela", "Venezuela"), "CO": ("Colombia", "Colombia"), "EC": ("Ecuador", "Ecuador"),
    "PE": ("Peru", "Perú"), "BO": ("Bolivia", "Bolivia"), "CL": ("Chile", "Chile"),
    "AR": ("Argentina", "Argentina"), "BR": ("Brazil", "Brasil"), "UY": ("Uruguay", "Uruguay"),
    "PY": ("Paraguay", "Paraguay"), "JM": ("Jamaica", "Jamaica"), "BZ": ("Belize", "Belice"),
    "US": ("United States", "Estados Unidos"), "CA": ("Canada", "Canadá"),
    "IN": ("India", "India"), "CN": ("China", "China"), "RU": ("Russia", "Rusia"),
    "UA": ("Ukraine", "Ucrania"), "AF": ("Afghanistan", "Afganistán"),
    "MR": ("Mauritania", "Mauritania"), "SN": ("Senegal", "Senegal"), "ER": ("Eritrea", "Eritrea"),
    "ET": ("Ethiopia", "Etiopía"), "SO": ("Somalia", "Somalia"), "CM": ("Cameroon", "Camerún"),
    "RO": ("Romania", "Rumania"), "TR": ("Turkey", "Turquía"), "BD": ("Bangladesh", "Bangladés"),
    "NP": ("Nepal", "Nepal"), "PK": ("Pakistan", "Pakistán"), "PH": ("Philippines", "Filipinas"),
    "VN": ("Vietnam", "Vietnam"), "GH": ("Ghana", "Ghana"), "NG": ("Nigeria", "Nigeria"),
}

LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "es": ("Spanish", "español"), "en": ("English", "inglés"), "pt": ("Portuguese", "portugués"),
    "fr": ("French", "francés"), "ht": ("Haitian Creole", "criollo haitiano"),
    "mam": ("Mam", "mam"), "quc": ("K'iche'", "k'iche'"), "k'iche'": ("K'iche'", "k'iche'"),
    "kjb": ("Q'anjob'al", "q'anjob'al"), "qu": ("Quechua", "quechua"),
    "ay": ("Aymara", "aimara"), "ar": ("Arabic", "árabe"), "zh": ("Chinese", "chino"),
    "hi": ("Hindi", "hindi"), "pa": ("Punjabi", "panyabí"), "ru": ("Russian", "ruso"),
    "uk": ("Ukrainian", "ucraniano"), "ro": ("Romanian", "rumano"), "tr": ("Turkish", "turco"),
    "vi": ("Vietnamese", "vietnamita"), "am": ("Amharic", "amárico"), "ti": ("Tigrinya", "tigriña"),
    "wo": ("Wolof", "wólof"), "so": ("Somali", "somalí"), "ps": ("Pashto", "pastún"),
    "fa": ("Persian", "persa"),
}
# fmt: on

_SIDE_TABLES = {"country": {k.lower(): v for k, v in COUNTRIES.items()}, "language": LANGUAGE_NAMES}


def deadline_detail(lang: str, deadline: dict[str, Any]) -> str:
    """What a deadline is about, in ``lang``, for a line that already names its kind: a stored
    deadline's title; for a computed one, the FOIA request, the judge's decision or the encounter
    it comes from (``casefile.domain.deadlines.detail_form`` decides which)."""
    from casefile.domain.deadlines import detail_form

    form, facts = detail_form(deadline)
    if form == "text":
        return facts["text"]
    if form == "tracking":
        return f"{facts['agency']} {facts['number']}"
    return label(lang, f"about.{form}", **facts)


# Account-comparison topics are free text, but most are one of a few points attorneys compare
# again and again (the app's placeholder suggests them, the demo uses them). Those read in the
# report's language, whichever language they were typed in; any other topic prints as written.
# fmt: off
TOPICS: tuple[tuple[str, str], ...] = (
    ("How agents entered", "Cómo entraron los agentes"),
    ("Consent to entry", "Consentimiento para entrar"),
    ("Time agents arrived", "Hora de llegada de los agentes"),
    ("Warrant shown", "Si se mostró la orden"),
    ("Consent to fingerprinting", "Consentimiento para tomar las huellas"),
    ("Fingerprint scan", "Escaneo de huellas dactilares"),
    ("Statements about birthplace", "Declaraciones sobre el lugar de nacimiento"),
    ("Whether agents identified themselves as ICE", "Si los agentes se identificaron como ICE"),
    ("How agents identified themselves", "Cómo se identificaron los agentes"),
    ("Language of questioning", "Idioma del interrogatorio"),
    ("Request for a lawyer", "Solicitud de un abogado"),
    ("Rights advisals", "Advertencias de derechos"),
    ("Use of force", "Uso de la fuerza"),
    ("Number of officers", "Número de agentes"),
    ("Reason for the stop", "Motivo de la parada"),
)
# fmt: on


def _topic_key(text: str) -> str:
    return " ".join(fold(text)[0].strip().rstrip(".:;").split())


_TOPIC_INDEX: dict[str, tuple[str, str]] = {_topic_key(side): pair for pair in TOPICS for side in pair}


def topic_label(lang: str, topic: object) -> str:
    """An account-comparison topic in ``lang`` when it is one of the common ones, else as written."""
    text = str(topic or "").strip()
    pair = _TOPIC_INDEX.get(_topic_key(text))
    return _pick(pair, lang) if pair else text
