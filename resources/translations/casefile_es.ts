<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>ANumberEdit</name>
    <message>
        <source>e.g. A-012-345-678 (8 or 9 digits)</source>
        <translation>p. ej., A-012-345-678 (8 o 9 dígitos)</translation>
    </message>
</context>
<context>
    <name>AccountPointForm</name>
    <message>
        <source>e.g. how agents entered, warrant shown, consent to fingerprinting</source>
        <translation>p. ej., cómo entraron los agentes, si mostraron una orden, consentimiento para las huellas</translation>
    </message>
    <message>
        <source>The versions differ (disputed)</source>
        <translation>Las versiones no coinciden (en disputa)</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Agregar versión</translation>
    </message>
    <message>
        <source>Remove version</source>
        <translation>Quitar versión</translation>
    </message>
    <message>
        <source>Add what each source says on this point.</source>
        <translation>Agregue lo que dice cada fuente sobre este punto.</translation>
    </message>
    <message>
        <source>&amp;Topic (required):</source>
        <translation>&amp;Tema (obligatorio):</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>En disputa:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versiones:</translation>
    </message>
</context>
<context>
    <name>AtdForm</name>
    <message>
        <source>&amp;Program (required):</source>
        <translation>&amp;Programa (obligatorio):</translation>
    </message>
    <message>
        <source>e.g. ISAP, ankle monitor, SmartLINK app</source>
        <translation>p. ej. ISAP, grillete electrónico, aplicación SmartLINK</translation>
    </message>
    <message>
        <source>&amp;From (required):</source>
        <translation>&amp;Desde (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation>Co&amp;ndiciones:</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>FOIA batch</source>
        <translation>Lote de solicitudes FOIA</translation>
    </message>
    <message>
        <source>Clients (one request and one letter each)</source>
        <translation>Clientes (una solicitud y una carta para cada uno)</translation>
    </message>
    <message>
        <source>&amp;Add client</source>
        <translation>&amp;Agregar cliente</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the batch</source>
        <translation>&amp;Quitar del lote</translation>
    </message>
    <message>
        <source>The request, the same for each</source>
        <translation>La solicitud, la misma para todos</translation>
    </message>
    <message>
        <source>e.g. the raid or operation; a name is made if left empty</source>
        <translation>p. ej., la redada u operativo; si se deja vacío se crea un nombre</translation>
    </message>
    <message>
        <source>Ask for expedited processing in each</source>
        <translation>Pedir trámite acelerado en cada una</translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation>&amp;Nombre del lote:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gencia:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>For a state or local agency</source>
        <translation>Para una agencia estatal o local</translation>
    </message>
    <message>
        <source>About (&amp;encounter):</source>
        <translation>Sobre (&amp;encuentro):</translation>
    </message>
    <message>
        <source>The raid, stop or arrest the requests ask about, if one</source>
        <translation>La redada, parada o arresto sobre el que preguntan las solicitudes, si lo hay</translation>
    </message>
    <message>
        <source>&amp;Records sought:</source>
        <translation>&amp;Registros solicitados:</translation>
    </message>
    <message>
        <source>Create the re&amp;quests</source>
        <translation>Crear las &amp;solicitudes</translation>
    </message>
    <message>
        <source>Creating the requests…</source>
        <translation>Creando las solicitudes…</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>Nuevo lo&amp;te…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N.º de seguimiento</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Vence la respuesta</translation>
    </message>
    <message>
        <source>&amp;Write all letters…</source>
        <translation>Escri&amp;bir todas las cartas…</translation>
    </message>
    <message>
        <source>One request letter per client, into a folder you choose</source>
        <translation>Una carta de solicitud por cliente, en la carpeta que elija</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>%1 (%2 requests)</source>
        <translation>%1 (%2 solicitudes)</translation>
    </message>
    <message>
        <source>Batch “%1”: %2 requests to %3.</source>
        <translation>Lote «%1»: %2 solicitudes a %3.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Carpeta para las cartas</translation>
    </message>
    <message>
        <source>Writing %1 letters…</source>
        <translation>Escribiendo %1 cartas…</translation>
    </message>
    <message>
        <source>Stopped before any letter was written.</source>
        <translation>Detenido antes de escribir ninguna carta.</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 letters written in %3.</source>
        <translation>Detenido: %1 de %2 cartas escritas en %3.</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 letters in %3. Check each before sending.</source>
        <translation>Se escribieron %1 de %2 cartas en %3. Revise cada una antes de enviarla.</translation>
    </message>
</context>
<context>
    <name>BiometricForm</name>
    <message>
        <source>&amp;Whose biometrics:</source>
        <translation>&amp;Datos biométricos de:</translation>
    </message>
    <message>
        <source>&amp;Kind of capture:</source>
        <translation>&amp;Tipo de captura:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>Dis&amp;positivo:</translation>
    </message>
    <message>
        <source>Conse&amp;nt:</source>
        <translation>Conse&amp;ntimiento:</translation>
    </message>
    <message>
        <source>Before &amp;arrest:</source>
        <translation>Antes del &amp;arresto:</translation>
    </message>
    <message>
        <source>Was it taken before the person was arrested?</source>
        <translation>¿Se tomó antes de arrestar a la persona?</translation>
    </message>
    <message>
        <source>Data&amp;bases checked:</source>
        <translation>&amp;Bases de datos consultadas:</translation>
    </message>
    <message>
        <source>One per line: IDENT/HART, NGI, state, gang database…</source>
        <translation>Una por línea: IDENT/HART, NGI, estatal, base de datos de pandillas…</translation>
    </message>
    <message>
        <source>What they were &amp;told:</source>
        <translation>Lo que le &amp;dijeron:</translation>
    </message>
</context>
<context>
    <name>BondForm</name>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decidida &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Initial or redetermination:</source>
        <translation>&amp;Inicial o redeterminación:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Solicitada el:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decidida el:</translation>
    </message>
    <message>
        <source>A judge&apos;s bond decision may be appealed to the BIA within 30 days (8 CFR 1003.19(f), 1003.38(b))</source>
        <translation>La decisión de fianza de un juez puede apelarse ante la BIA dentro de 30 días (8 CFR 1003.19(f), 1003.38(b))</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Empty while not yet decided</source>
        <translation>Vacío mientras no se decida</translation>
    </message>
    <message>
        <source>&amp;Amount (US$):</source>
        <translation>&amp;Monto (US$):</translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation>Co&amp;ndiciones:</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Identity and custody</source>
        <translation>Identidad y custodia</translation>
    </message>
    <message>
        <source>A-number:</source>
        <translation>Número A:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation>Custodia:</translation>
    </message>
    <message>
        <source>Country and language:</source>
        <translation>País e idioma:</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Próximos plazos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its record.</source>
        <translation>Haga doble clic en una fila, o pulse Intro, para abrir su registro.</translation>
    </message>
    <message>
        <source>New &amp;encounter for this client</source>
        <translation>Nuevo &amp;encuentro para este cliente</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Añadir &amp;documentos…</translation>
    </message>
    <message>
        <source>Case &amp;summary report</source>
        <translation>Informe de re&amp;sumen del caso</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Case page</source>
        <translation>Página del caso</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Cargando el caso…</translation>
    </message>
    <message>
        <source>Case page — %1</source>
        <translation>Página del caso — %1</translation>
    </message>
    <message>
        <source>…and %1 more in the Deadlines section.</source>
        <translation>…y %1 más en la sección Plazos.</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>No hay plazos pendientes.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <source>awaiting its outcome</source>
        <translation>pendiente de resultado</translation>
    </message>
    <message>
        <source>computed — verify</source>
        <translation>calculado — verificar</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>Arrested (custody)</source>
        <translation>Arresto (custodia)</translation>
    </message>
    <message>
        <source>Notice to Appear served</source>
        <translation>Notificación de Comparecencia (NTA) entregada</translation>
    </message>
    <message>
        <source>Released from custody</source>
        <translation>Puesto en libertad</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Immigration judge&apos;s decision</source>
        <translation>Decisión del juez de inmigración</translation>
    </message>
    <message>
        <source>Bond decision</source>
        <translation>Decisión sobre la fianza</translation>
    </message>
    <message>
        <source>Final order of removal</source>
        <translation>Orden final de deportación</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>FOIA request submitted</source>
        <translation>Solicitud FOIA presentada</translation>
    </message>
    <message>
        <source>FOIA request received by the agency</source>
        <translation>Solicitud FOIA recibida por la agencia</translation>
    </message>
    <message>
        <source>FOIA response received</source>
        <translation>Respuesta FOIA recibida</translation>
    </message>
    <message>
        <source>FOIA appeal filed</source>
        <translation>Apelación FOIA presentada</translation>
    </message>
    <message>
        <source>FOIA lawsuit filed</source>
        <translation>Demanda FOIA presentada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CollateralArrestsModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro de detención</translation>
    </message>
</context>
<context>
    <name>CollateralSection</name>
    <message>
        <source>People arrested, detained or removed who were not the ones agents came for. Open a row to see its encounter.</source>
        <translation>Personas arrestadas, detenidas o deportadas que no eran las personas buscadas por los agentes. Abra una fila para ver su encuentro.</translation>
    </message>
    <message>
        <source>&amp;Open encounter</source>
        <translation>&amp;Abrir encuentro</translation>
    </message>
    <message>
        <source>Collateral arrests</source>
        <translation>Arrestos colaterales</translation>
    </message>
    <message>
        <source>1 collateral arrest</source>
        <translation>1 arresto colateral</translation>
    </message>
    <message>
        <source>%1 collateral arrests</source>
        <translation>%1 arrestos colaterales</translation>
    </message>
</context>
<context>
    <name>ComputedDate</name>
    <message>
        <source>%1 (computed — verify)</source>
        <translation>%1 (calculado — verificar)</translation>
    </message>
    <message>
        <source>%1 — OVERDUE: no complete response is recorded</source>
        <translation>%1 — VENCIDO: no hay una respuesta completa registrada</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>People who may be this person or conflict with them</source>
        <translation>Personas que pueden ser esta persona o estar en conflicto con ella</translation>
    </message>
    <message>
        <source>&amp;Open this person…</source>
        <translation>&amp;Abrir esta persona…</translation>
    </message>
    <message>
        <source>Their case in a window of its own; this form keeps what you typed</source>
        <translation>Su caso en una ventana aparte; este formulario conserva lo que escribió</translation>
    </message>
    <message>
        <source>&amp;Not a conflict…</source>
        <translation>&amp;No hay conflicto…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel saving</source>
        <translation>Ca&amp;ncelar el guardado</translation>
    </message>
    <message>
        <source>Why this is not a conflict (kept in a note on the new person)</source>
        <translation>Por qué no hay conflicto (se guarda en una nota de la nueva persona)</translation>
    </message>
    <message>
        <source>Reason it is not a conflict</source>
        <translation>Motivo por el que no hay conflicto</translation>
    </message>
    <message>
        <source>Confirm and sa&amp;ve</source>
        <translation>Confirmar y guarda&amp;r</translation>
    </message>
    <message numerus="yes">
        <source>Possible conflicts: %n person(s) in the vault</source>
        <translation>
            <numerusform>Posibles conflictos: %n persona en la bóveda</numerusform>
            <numerusform>Posibles conflictos: %n personas en la bóveda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly adverse</source>
        <translation>
            <numerusform>%n posiblemente contraria</numerusform>
            <numerusform>%n posiblemente contrarias</numerusform>
        </translation>
    </message>
    <message>
        <source>Encounter of %1: %2</source>
        <translation>Encuentro del %1: %2</translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>Verificando conflictos…</translation>
    </message>
    <message>
        <source>Not saved yet: look at the possible conflicts above, then open one, confirm it is not a conflict, or cancel.</source>
        <translation>Aún no se guardó: revise los posibles conflictos de arriba y luego abra uno, confirme que no hay conflicto o cancele.</translation>
    </message>
    <message>
        <source>Say why this is not a conflict: the note on the new person keeps it.</source>
        <translation>Indique por qué no hay conflicto: la nota de la nueva persona lo conserva.</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Usar esta persona</translation>
    </message>
    <message>
        <source>Put the person already in the vault in this encounter instead of a new one</source>
        <translation>Poner en este encuentro a la persona que ya está en la bóveda en lugar de crear otra</translation>
    </message>
    <message>
        <source>Not added yet: look at the possible conflicts above, then use one of them, confirm it is not a conflict, or cancel.</source>
        <translation>Aún no se agregó: revise los posibles conflictos de arriba y luego use uno de ellos, confirme que no hay conflicto o cancele.</translation>
    </message>
</context>
<context>
    <name>CourtParts</name>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Add detention</source>
        <translation>Agregar detención</translation>
    </message>
    <message>
        <source>Remove detention</source>
        <translation>Quitar detención</translation>
    </message>
    <message>
        <source>No detention recorded.</source>
        <translation>No hay detenciones registradas.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Add bond decision</source>
        <translation>Agregar decisión de fianza</translation>
    </message>
    <message>
        <source>Remove bond decision</source>
        <translation>Quitar decisión de fianza</translation>
    </message>
    <message>
        <source>No bond decision recorded.</source>
        <translation>No hay decisiones de fianza registradas.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Add program</source>
        <translation>Agregar programa</translation>
    </message>
    <message>
        <source>Remove program</source>
        <translation>Quitar programa</translation>
    </message>
    <message>
        <source>No alternative to detention.</source>
        <translation>Sin alternativas a la detención.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Add release order</source>
        <translation>Agregar orden de liberación</translation>
    </message>
    <message>
        <source>Remove release order</source>
        <translation>Quitar orden de liberación</translation>
    </message>
    <message>
        <source>No I-220A or I-220B.</source>
        <translation>Sin I-220A ni I-220B.</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Add motion</source>
        <translation>Agregar moción</translation>
    </message>
    <message>
        <source>Remove motion</source>
        <translation>Quitar moción</translation>
    </message>
    <message>
        <source>No motion recorded.</source>
        <translation>No hay mociones registradas.</translation>
    </message>
</context>
<context>
    <name>CrossCaseDialog</name>
    <message>
        <source>Cross-case search</source>
        <translation>Búsqueda entre casos</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>Número de &amp;placa del agente:</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>&amp;Matrícula del vehículo:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Find encounters</source>
        <translation>B&amp;uscar encuentros</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>What matched</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>E&amp;ncounters</source>
        <translation>E&amp;ncuentros</translation>
    </message>
    <message>
        <source>&amp;Map of links</source>
        <translation>&amp;Mapa de vínculos</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>%1 encounter(s), %2 client(s)</source>
        <translation>%1 encuentro(s), %2 cliente(s)</translation>
    </message>
</context>
<context>
    <name>CustodyLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Make an encrypted backup of the whole vault</source>
        <translation>Hacer una copia de seguridad cifrada de toda la bóveda</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Whose case</source>
        <translation>Caso de</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Respuesta vence</translation>
    </message>
    <message>
        <source>Agency and tracking no.</source>
        <translation>Agencia y n.º de seguimiento</translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation>Registros de</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Próxima audiencia</translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>Plazos vencidos</translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days</source>
        <translation>Plazos en los próximos 30 días</translation>
    </message>
    <message>
        <source>Overdue FOIA requests</source>
        <translation>Solicitudes FOIA vencidas</translation>
    </message>
    <message>
        <source>Detained clients</source>
        <translation>Clientes detenidos/as</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>computed — verify</source>
        <translation>calculado — verificar</translation>
    </message>
    <message>
        <source>past: held or adjourned?</source>
        <translation>pasada: ¿se celebró o se aplazó?</translation>
    </message>
    <message>
        <source>may act now</source>
        <translation>ya puede actuarse</translation>
    </message>
    <message>
        <source>Calculated by Casefile from other records. Check it against the notice or the rule before relying on it.</source>
        <translation>Casefile lo calculó a partir de otros registros. Compruébelo con la notificación o la norma antes de confiar en él.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Overdue or past (%1)</source>
        <translation>Vencidos o pasados (%1)</translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days (%1)</source>
        <translation>Plazos en los próximos 30 días (%1)</translation>
    </message>
    <message>
        <source>Overdue FOIA requests (%1)</source>
        <translation>Solicitudes FOIA vencidas (%1)</translation>
    </message>
    <message>
        <source>Detained clients (%1)</source>
        <translation>Clientes detenidos/as (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <source>Nothing due in the next 30 days.</source>
        <translation>Nada vence en los próximos 30 días.</translation>
    </message>
    <message>
        <source>No FOIA request is overdue.</source>
        <translation>Ninguna solicitud FOIA está vencida.</translation>
    </message>
    <message>
        <source>No client is recorded as detained.</source>
        <translation>No hay clientes registrados como detenidos/as.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Suit possible on %n FOIA request(s) (5 U.S.C. 552(a)(6)(C)(i)):</source>
        <translation>
            <numerusform>⚠ Demanda posible en %n solicitud FOIA (5 U.S.C. 552(a)(6)(C)(i)):</numerusform>
            <numerusform>⚠ Demanda posible en %n solicitudes FOIA (5 U.S.C. 552(a)(6)(C)(i)):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency missed its time limit, so administrative remedies are deemed exhausted and suit may be filed under 5 U.S.C. 552(a)(4)(B). An answer from the agency before suit is filed can still require an administrative appeal first. Computed — verify.</source>
        <translation>La agencia no respetó su plazo, así que se consideran agotadas las vías administrativas y puede presentarse la demanda según 5 U.S.C. 552(a)(4)(B). Una respuesta de la agencia antes de la demanda puede obligar a apelar primero en la vía administrativa. Calculado — verificar.</translation>
    </message>
    <message>
        <source>no determination by %1</source>
        <translation>sin determinación en plazo (vencía el %1)</translation>
    </message>
    <message>
        <source>no appeal decision by %1</source>
        <translation>sin decisión de la apelación en plazo (vencía el %1)</translation>
    </message>
    <message>
        <source>⚠ This vault has never been backed up. Make a backup to an external drive now.</source>
        <translation>⚠ Nunca se ha hecho una copia de seguridad de esta bóveda. Haga una ahora en un disco externo.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The last backup is %n day(s) old. Make a new one to an external drive.</source>
        <translation>
            <numerusform>⚠ La última copia de seguridad tiene %n día. Haga una nueva en un disco externo.</numerusform>
            <numerusform>⚠ La última copia de seguridad tiene %n días. Haga una nueva en un disco externo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: today.</source>
        <translation>Última copia de seguridad: hoy.</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago.</source>
        <translation>
            <numerusform>Última copia de seguridad: hace %n día.</numerusform>
            <numerusform>Última copia de seguridad: hace %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateTimeOffsetEdit</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time (leave empty if not known)</source>
        <translation>Hora (déjela vacía si no se sabe)</translation>
    </message>
    <message>
        <source>Time of day, e.g. 05:50 or 5:50 pm. Leave empty if it is not known.</source>
        <translation>Hora del día, p. ej., 05:50 o 5:50 pm. Déjela vacía si no se sabe.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The time zone of the place where it happened</source>
        <translation>La zona horaria del lugar donde ocurrió</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day: write it as HH:MM, e.g. 05:50 or 17:30.</source>
        <translation>«%1» no es una hora del día: escríbala como HH:MM, p. ej., 05:50 o 17:30.</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
</context>
<context>
    <name>DeadlineEditor</name>
    <message>
        <source>Computed deadline — verify</source>
        <translation>Plazo calculado — verificar</translation>
    </message>
    <message>
        <source>Open the record it is computed from</source>
        <translation>Abrir el registro del que se calcula</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Due (required):</source>
        <translation>&amp;Vence (obligatorio):</translation>
    </message>
    <message>
        <source>Leave the time empty for an all-day deadline</source>
        <translation>Deje la hora vacía para un plazo de todo el día</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>e.g. Master calendar hearing, Conroe Immigration Court</source>
        <translation>p. ej., Audiencia preliminar, Corte de Inmigración de Conroe</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Encounter:</source>
        <translation>&amp;Encuentro:</translation>
    </message>
    <message>
        <source>&amp;FOIA request:</source>
        <translation>Solicitud &amp;FOIA:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>A hearing held or adjourned, a filing filed or waived: it is then done</source>
        <translation>Una audiencia celebrada o aplazada, un escrito presentado o renunciado: entonces queda cumplido</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Enter the date it is due.</source>
        <translation>Escriba la fecha en que vence.</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Plazo nuevo</translation>
    </message>
    <message>
        <source>Due %1 (computed — verify).</source>
        <translation>Vence el %1 (calculado — verificar).</translation>
    </message>
    <message>
        <source>Casefile works this date out from another record; change that record to change it.</source>
        <translation>Casefile calcula esta fecha a partir de otro registro; cambie ese registro para cambiarla.</translation>
    </message>
    <message>
        <source>Hearing on %1.</source>
        <translation>Audiencia el %1.</translation>
    </message>
    <message>
        <source>From the client&apos;s hearing record: open it to record what came of the hearing.</source>
        <translation>Del registro de audiencia del cliente: ábralo para anotar el resultado de la audiencia.</translation>
    </message>
    <message>
        <source>Past: record whether it was held, adjourned or continued.</source>
        <translation>Pasada: anote si se celebró, se aplazó o se continuó.</translation>
    </message>
    <message>
        <source>OVERDUE.</source>
        <translation>VENCIDO.</translation>
    </message>
    <message>
        <source>This date has come: you may act now.</source>
        <translation>Esta fecha ya llegó: puede actuar ahora.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <source>Past: held or adjourned?</source>
        <translation>Pasada: ¿se celebró o se aplazó?</translation>
    </message>
    <message>
        <source>May act now</source>
        <translation>Ya puede actuarse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>computed — verify</source>
        <translation>calculado — verificar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Computed — verify.</source>
        <translation>Calculado — verificar.</translation>
    </message>
    <message>
        <source>Rule: %1 (%2).</source>
        <translation>Norma: %1 (%2).</translation>
    </message>
    <message>
        <source>Rule: %2.</source>
        <translation>Norma: %2.</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
</context>
<context>
    <name>DeadlinesSection</name>
    <message>
        <source>Overdue and upcoming</source>
        <translation>Vencidos y próximos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Which deadlines to show</source>
        <translation>Qué plazos mostrar</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>&amp;New deadline</source>
        <translation>&amp;Nuevo plazo</translation>
    </message>
    <message>
        <source>Filter by title or person…</source>
        <translation>Filtrar por título o persona…</translation>
    </message>
    <message>
        <source>1 deadline</source>
        <translation>1 plazo</translation>
    </message>
    <message>
        <source>%1 deadlines</source>
        <translation>%1 plazos</translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1, %2 vencidos</translation>
    </message>
</context>
<context>
    <name>DetentionForm</name>
    <message>
        <source>&amp;Facility (required):</source>
        <translation>&amp;Centro (obligatorio):</translation>
    </message>
    <message>
        <source>e.g. Northwest ICE Processing Center</source>
        <translation>p. ej. Northwest ICE Processing Center</translation>
    </message>
    <message>
        <source>Detained &amp;from (required):</source>
        <translation>Detenido/a &amp;desde (obligatorio):</translation>
    </message>
    <message>
        <source>Detained &amp;until:</source>
        <translation>Detenido/a &amp;hasta:</translation>
    </message>
    <message>
        <source>Empty while the client is detained</source>
        <translation>Vacío mientras el cliente siga detenido</translation>
    </message>
    <message>
        <source>How it &amp;ended:</source>
        <translation>Cómo &amp;terminó:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show the document inside Casefile, from memory</source>
        <translation>Mostrar el documento dentro de Casefile, desde la memoria</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save a decrypted copy outside the vault</source>
        <translation>Guardar una copia descifrada fuera de la bóveda</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <translation>&amp;Título (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date on the document:</source>
        <translation>&amp;Fecha del documento:</translation>
    </message>
    <message>
        <source>&amp;Received from:</source>
        <translation>&amp;Recibido de:</translation>
    </message>
    <message>
        <source>e.g. client, ICE via FOIA, county jail</source>
        <translation>p. ej., cliente, ICE mediante FOIA, cárcel del condado</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
    <message>
        <source>&amp;Encounters:</source>
        <translation>&amp;Encuentros:</translation>
    </message>
    <message>
        <source>&amp;FOIA requests:</source>
        <translation>Solicitudes &amp;FOIA:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Original name:</source>
        <translation>Nombre original:</translation>
    </message>
    <message>
        <source>Type (from its content):</source>
        <translation>Tipo (según su contenido):</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Fingerprint of the original bytes; any change to the file changes it</source>
        <translation>Huella digital de los bytes originales; cualquier cambio en el archivo la cambia</translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation>Captura:</translation>
    </message>
    <message>
        <source>&amp;Link to this encounter</source>
        <translation>&amp;Vincular a este encuentro</translation>
    </message>
    <message>
        <source>Taken near:</source>
        <translation>Tomada cerca de:</translation>
    </message>
    <message>
        <source>Custody log:</source>
        <translation>Registro de custodia:</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Nombre original</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nothing recorded in the file</source>
        <translation>El archivo no registra nada</translation>
    </message>
    <message>
        <source>Encounter of %1 (%2), %3 min from the photo</source>
        <translation>Encuentro del %1 (%2), a %3 min de la foto</translation>
    </message>
    <message>
        <source>Encounter of %1 (%2), %3 min from the recording</source>
        <translation>Encuentro del %1 (%2), a %3 min de la grabación</translation>
    </message>
    <message>
        <source>runs %1</source>
        <translation>dura %1</translation>
    </message>
    <message>
        <source>software %1</source>
        <translation>software %1</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Póngale un título al documento.</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Documento nuevo</translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation>Exportar una copia descifrada</translation>
    </message>
    <message>
        <source>The copy will not be encrypted</source>
        <translation>La copia no estará cifrada</translation>
    </message>
    <message>
        <source>The exported file is an ordinary, unencrypted copy: anyone who can open “%1” can read it. Keep it only as long as you need it.

Export it?</source>
        <translation>El archivo exportado es una copia común, sin cifrar: cualquiera que pueda abrir «%1» puede leerlo. Consérvelo solo el tiempo que lo necesite.

¿Exportarlo?</translation>
    </message>
    <message>
        <source>Export unencrypted copy</source>
        <translation>Exportar copia sin cifrar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported to %1. This copy is not encrypted.</source>
        <translation>Exportado a %1. Esta copia no está cifrada.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Acercar (%1)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print this document (%1)</source>
        <translation>Imprimir este documento (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Shown from memory; nothing decrypted is written to disk.</source>
        <translation>Se muestra desde la memoria; no se escribe nada descifrado en el disco.</translation>
    </message>
    <message>
        <source>%1 — Casefile</source>
        <translation>%1 — Casefile</translation>
    </message>
    <message>
        <source>This PDF could not be read. Export it to open it in another program.</source>
        <translation>No se pudo leer este PDF. Expórtelo para abrirlo en otro programa.</translation>
    </message>
    <message>
        <source>This image format cannot be shown inside Casefile. Export it to open it in another program.</source>
        <translation>Este formato de imagen no se puede mostrar dentro de Casefile. Expórtelo para abrirlo en otro programa.</translation>
    </message>
    <message>
        <source>Files of this kind (%1) cannot be shown inside Casefile. Export it to open it in another program.</source>
        <translation>Los archivos de este tipo (%1) no se pueden mostrar dentro de Casefile. Expórtelo para abrirlo en otro programa.</translation>
    </message>
    <message>
        <source>Video and audio cannot be played on this computer (a system library QtMultimedia needs is missing). Export the file to open it in another program.</source>
        <translation>El video y el audio no se pueden reproducir en esta computadora (falta una biblioteca del sistema que QtMultimedia necesita). Exporte el archivo para abrirlo en otro programa.</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Imprimir el documento</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Filter by kind of document</source>
        <translation>Filtrar por tipo de documento</translation>
    </message>
    <message>
        <source>Drop files here to add them to the vault</source>
        <translation>Suelte archivos aquí para agregarlos a la bóveda</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Agregar documento…</translation>
    </message>
    <message>
        <source>Search titles and the text inside documents…</source>
        <translation>Buscar en los títulos y en el texto de los documentos…</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 documento</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documentos</translation>
    </message>
    <message>
        <source>Add documents to the vault</source>
        <translation>Agregar documentos a la bóveda</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.heic *.txt *.doc *.docx *.odt *.mp3 *.m4a *.wav *.mp4 *.mov);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.heic *.txt *.doc *.docx *.odt *.mp3 *.m4a *.wav *.mp4 *.mov);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Encrypting “%1” into the vault…</source>
        <translation>Cifrando «%1» en la bóveda…</translation>
    </message>
    <message>
        <source>File %1 of %2; Cancel stops the rest.</source>
        <translation>Archivo %1 de %2; Cancelar detiene los demás.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Adding a document</source>
        <translation>Agregando un documento</translation>
    </message>
    <message>
        <source>“%1” was not added: %2</source>
        <translation>«%1» no se agregó: %2</translation>
    </message>
    <message>
        <source>Adding “%1” was cancelled; nothing was saved.</source>
        <translation>Se canceló agregar «%1»; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Parts of the encounter</source>
        <translation>Partes del encuentro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Date and time (required):</source>
        <translation>&amp;Fecha y hora (obligatorio):</translation>
    </message>
    <message>
        <source>Leave the time empty if it is not known; pick the time zone of the place.</source>
        <translation>Deje la hora vacía si no se sabe; elija la zona horaria del lugar.</translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation>&amp;Tipo de lugar:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Describe the &amp;place:</source>
        <translation>Describa el &amp;lugar:</translation>
    </message>
    <message>
        <source>e.g. parking lot of the Walmart on Manhattan Blvd</source>
        <translation>p. ej., estacionamiento del Walmart en Manhattan Blvd</translation>
    </message>
    <message>
        <source>When &amp; where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Quiénes llegaron</translation>
    </message>
    <message>
        <source>Agencies present:</source>
        <translation>Agencias presentes:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Number of officers:</source>
        <translation>&amp;Número de agentes:</translation>
    </message>
    <message>
        <source>Agents &amp;identified themselves:</source>
        <translation>Los agentes se &amp;identificaron:</translation>
    </message>
    <message>
        <source>Pick one, or type what they said, e.g. &apos;said they were police&apos;</source>
        <translation>Elija una opción o escriba lo que dijeron, p. ej., «dijeron que eran policías»</translation>
    </message>
    <message>
        <source>&amp;Vehicles:</source>
        <translation>&amp;Vehículos:</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>How they entered or stopped people</source>
        <translation>Cómo entraron o detuvieron a las personas</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <source>For homes and workplaces</source>
        <translation>Para domicilios y lugares de trabajo</translation>
    </message>
    <message>
        <source>Consent given &amp;by:</source>
        <translation>Consentimiento dado &amp;por:</translation>
    </message>
    <message>
        <source>Who agreed, and how — or &apos;none&apos;</source>
        <translation>Quién aceptó y cómo — o «nadie»</translation>
    </message>
    <message>
        <source>Reason &amp;given:</source>
        <translation>&amp;Motivo dado:</translation>
    </message>
    <message>
        <source>The reason agents gave for the stop or entry, in the words reported</source>
        <translation>El motivo que dieron los agentes para la parada o la entrada, con las palabras relatadas</translation>
    </message>
    <message>
        <source>How they entered</source>
        <translation>Cómo entraron</translation>
    </message>
    <message>
        <source>&amp;Kind of warrant:</source>
        <translation>&amp;Tipo de orden:</translation>
    </message>
    <message>
        <source>&amp;Shown to anyone:</source>
        <translation>¿Se la &amp;mostraron a alguien?:</translation>
    </message>
    <message>
        <source>&amp;Person named on it:</source>
        <translation>&amp;Persona nombrada en ella:</translation>
    </message>
    <message>
        <source>Fingerprints, photos and other biometrics</source>
        <translation>Huellas, fotos y otros datos biométricos</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation>Datos biométricos</translation>
    </message>
    <message>
        <source>Advisals and statements</source>
        <translation>Advertencias y declaraciones</translation>
    </message>
    <message>
        <source>Rights &amp;advisals given:</source>
        <translation>&amp;Advertencias de derechos dadas:</translation>
    </message>
    <message>
        <source>What warnings were given, when, in which language — or &apos;none&apos;</source>
        <translation>Qué advertencias se dieron, cuándo y en qué idioma — o «ninguna»</translation>
    </message>
    <message>
        <source>&amp;Language used:</source>
        <translation>&amp;Idioma usado:</translation>
    </message>
    <message>
        <source>e.g. English, no interpreter</source>
        <translation>p. ej., inglés, sin intérprete</translation>
    </message>
    <message>
        <source>&amp;Questions and answers:</source>
        <translation>&amp;Preguntas y respuestas:</translation>
    </message>
    <message>
        <source>What the person was asked and what they said</source>
        <translation>Qué le preguntaron a la persona y qué respondió</translation>
    </message>
    <message>
        <source>Profiling &amp;indicators:</source>
        <translation>&amp;Indicios de perfil racial:</translation>
    </message>
    <message>
        <source>Remarks made, who else was stopped or questioned</source>
        <translation>Comentarios hechos, a quién más pararon o interrogaron</translation>
    </message>
    <message>
        <source>Advisals &amp; statements</source>
        <translation>Advertencias y declaraciones</translation>
    </message>
    <message>
        <source>What happened to each person</source>
        <translation>Qué le pasó a cada persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation>&amp;Testigos:</translation>
    </message>
    <message>
        <source>People who saw it and could give a declaration</source>
        <translation>Personas que lo vieron y podrían dar una declaración</translation>
    </message>
    <message>
        <source>People &amp; outcomes</source>
        <translation>Personas y resultados</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>The client&apos;s account, in &amp;full:</source>
        <translation>El relato del cliente, &amp;completo:</translation>
    </message>
    <message>
        <source>Account comparison (I-213 against the other accounts)</source>
        <translation>Comparación de versiones (I-213 y demás relatos)</translation>
    </message>
    <message>
        <source>Account comparison</source>
        <translation>Comparación de versiones</translation>
    </message>
    <message>
        <source>Possible claim</source>
        <translation>Posible reclamo</translation>
    </message>
    <message>
        <source>Possible FTCA claim</source>
        <translation>Posible reclamo FTCA</translation>
    </message>
    <message>
        <source>FTCA:</source>
        <translation>FTCA:</translation>
    </message>
    <message>
        <source>Adds a computed deadline two years after the encounter (computed — verify)</source>
        <translation>Agrega un plazo calculado dos años después del encuentro (calculado — verificar)</translation>
    </message>
    <message>
        <source>FTCA claim &amp;presented on:</source>
        <translation>Reclamo FTCA &amp;presentado el:</translation>
    </message>
    <message>
        <source>Six months later it may be deemed denied (28 U.S.C. 2675(a))</source>
        <translation>Seis meses después puede considerarse denegado (28 U.S.C. 2675(a))</translation>
    </message>
    <message>
        <source>FTCA denial &amp;mailed on:</source>
        <translation>Denegación FTCA envia&amp;da el:</translation>
    </message>
    <message>
        <source>Suit is due six months after the denial is mailed (28 U.S.C. 2401(b))</source>
        <translation>La demanda vence seis meses después del envío de la denegación (28 U.S.C. 2401(b))</translation>
    </message>
    <message>
        <source>FTCA suit fi&amp;led on:</source>
        <translation>Demanda FTCA presenta&amp;da el:</translation>
    </message>
    <message>
        <source>Possible civil-rights claim (§ 1983 / Bivens)</source>
        <translation>Posible demanda de derechos civiles (§ 1983 / Bivens)</translation>
    </message>
    <message>
        <source>Civil rights:</source>
        <translation>Derechos civiles:</translation>
    </message>
    <message>
        <source>Adds the state&apos;s personal-injury limitation date (Owens v. Okure; computed — verify)</source>
        <translation>Agrega la fecha de prescripción por lesiones personales del estado (Owens v. Okure; calculado — verificar)</translation>
    </message>
    <message>
        <source>Civil-rights suit filed o&amp;n:</source>
        <translation>Demanda de derechos civiles presentada e&amp;l:</translation>
    </message>
    <message>
        <source>Comparison &amp; claim</source>
        <translation>Versiones y reclamo FTCA</translation>
    </message>
    <message>
        <source>Dated notes about this encounter</source>
        <translation>Notas fechadas sobre este encuentro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Next: %1 ›</source>
        <translation>Siguiente: %1 ›</translation>
    </message>
    <message>
        <source>Next part: %1</source>
        <translation>Parte siguiente: %1</translation>
    </message>
    <message>
        <source>Enter the date it happened (and the time, if known).</source>
        <translation>Escriba la fecha en que ocurrió (y la hora, si se sabe).</translation>
    </message>
    <message>
        <source>Choose who this person is, or remove the row.</source>
        <translation>Elija quién es esta persona o quite la fila.</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Encuentro nuevo</translation>
    </message>
</context>
<context>
    <name>EncounterLinks</name>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Link officer</source>
        <translation>Vincular agente</translation>
    </message>
    <message>
        <source>Link vehicle</source>
        <translation>Vincular vehículo</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>No officer records linked.</source>
        <translation>Ningún agente vinculado.</translation>
    </message>
    <message>
        <source>No vehicle records linked.</source>
        <translation>Ningún vehículo vinculado.</translation>
    </message>
    <message>
        <source>Officers and vehicles involved (records)</source>
        <translation>Agentes y vehículos que intervinieron (registros)</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>Agentes que intervinieron</translation>
    </message>
    <message>
        <source>Vehicles involved</source>
        <translation>Vehículos que intervinieron</translation>
    </message>
</context>
<context>
    <name>EncounterParts</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Agregar agente</translation>
    </message>
    <message>
        <source>Remove officer</source>
        <translation>Quitar agente</translation>
    </message>
    <message>
        <source>No officers described yet.</source>
        <translation>Aún no se describió a ningún agente.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Before arrest</source>
        <translation>Antes del arresto</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de datos</translation>
    </message>
    <message>
        <source>Add capture</source>
        <translation>Agregar captura</translation>
    </message>
    <message>
        <source>Remove capture</source>
        <translation>Quitar captura</translation>
    </message>
    <message>
        <source>No fingerprints, photos or scans recorded.</source>
        <translation>No hay huellas, fotos ni escaneos registrados.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Agregar &amp;persona</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <source>Add each person who was there: the target, anyone else agents stopped or took, family, witnesses.</source>
        <translation>Agregue a cada persona que estaba allí: la persona buscada, cualquier otra que los agentes pararon o se llevaron, familiares, testigos.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>≠ disputed</source>
        <translation>≠ en disputa</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Agregar punto</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <source>Compare what the I-213 says with the client&apos;s account, point by point.</source>
        <translation>Compare lo que dice el I-213 con el relato del cliente, punto por punto.</translation>
    </message>
</context>
<context>
    <name>EncountersModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
</context>
<context>
    <name>EncountersSection</name>
    <message>
        <source>Any setting</source>
        <translation>Cualquier tipo de lugar</translation>
    </message>
    <message>
        <source>Filter by setting</source>
        <translation>Filtrar por tipo de lugar</translation>
    </message>
    <message>
        <source>Any warrant</source>
        <translation>Cualquier orden</translation>
    </message>
    <message>
        <source>Filter by warrant</source>
        <translation>Filtrar por orden</translation>
    </message>
    <message>
        <source>Any entry</source>
        <translation>Cualquier entrada</translation>
    </message>
    <message>
        <source>Filter by how agents entered</source>
        <translation>Filtrar por cómo entraron los agentes</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>&amp;New encounter</source>
        <translation>&amp;Nuevo encuentro</translation>
    </message>
    <message>
        <source>Search places, narratives, statements…</source>
        <translation>Buscar lugares, relatos, declaraciones…</translation>
    </message>
    <message>
        <source>1 encounter</source>
        <translation>1 encuentro</translation>
    </message>
    <message>
        <source>%1 encounters</source>
        <translation>%1 encuentros</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create your vault — Casefile</source>
        <translation>Crear su bóveda — Casefile</translation>
    </message>
    <message>
        <source>Recovery key not confirmed</source>
        <translation>Clave de recuperación sin confirmar</translation>
    </message>
    <message>
        <source>The vault was created, but you have not confirmed that you stored the recovery key. It will not be shown again. Close anyway?</source>
        <translation>La bóveda se creó, pero no ha confirmado que guardó la clave de recuperación. No se volverá a mostrar. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>FoiaEditor</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source> working day</source>
        <translation> día hábil</translation>
    </message>
    <message>
        <source>Expedited processing requested</source>
        <translation>Se pidió trámite acelerado</translation>
    </message>
    <message>
        <source>&amp;Agency (required):</source>
        <translation>&amp;Agencia (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>For a state or local agency: which one</source>
        <translation>Para una agencia estatal o local: cuál</translation>
    </message>
    <message>
        <source>Response &amp;period:</source>
        <translation>&amp;Plazo de respuesta:</translation>
    </message>
    <message>
        <source>For a state or local agency: the days its law allows</source>
        <translation>Para una agencia estatal o local: los días que permite su ley</translation>
    </message>
    <message>
        <source>About (&amp;person):</source>
        <translation>Sobre (&amp;persona):</translation>
    </message>
    <message>
        <source>About (&amp;encounter):</source>
        <translation>Sobre (&amp;encuentro):</translation>
    </message>
    <message>
        <source>The raid, stop or arrest the request asks about, if one</source>
        <translation>La redada, parada o arresto sobre el que pregunta la solicitud, si lo hay</translation>
    </message>
    <message>
        <source>&amp;Records sought:</source>
        <translation>&amp;Registros solicitados:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Número de seguimiento:</translation>
    </message>
    <message>
        <source>Expedited:</source>
        <translation>Acelerado:</translation>
    </message>
    <message>
        <source>Response clock</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>&amp;Enviada el:</translation>
    </message>
    <message>
        <source>Recei&amp;ved by the agency on:</source>
        <translation>Recibida por la agencia &amp;el:</translation>
    </message>
    <message>
        <source>The clock starts here: 20 working days, plus any extension</source>
        <translation>El plazo empieza aquí: 20 días hábiles, más cualquier prórroga</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>Pró&amp;rroga:</translation>
    </message>
    <message>
        <source>0–10 working days the agency took for unusual circumstances</source>
        <translation>0 a 10 días hábiles que la agencia tomó por circunstancias inusuales</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>Vence la respuesta:</translation>
    </message>
    <message>
        <source>Expedited processing &amp;decided on:</source>
        <translation>Tramitación urgente &amp;resuelta el:</translation>
    </message>
    <message>
        <source>The agency must decide within 10 days of the request (552(a)(6)(E)(ii)(I))</source>
        <translation>La agencia debe resolver dentro de los 10 días siguientes a la solicitud (552(a)(6)(E)(ii)(I))</translation>
    </message>
    <message>
        <source>Clock sto&amp;pped on:</source>
        <translation>Plazo sus&amp;pendido el:</translation>
    </message>
    <message>
        <source>The agency asked for information or to clarify fees (552(a)(6)(A)(ii)(I)-(II))</source>
        <translation>La agencia pidió información o aclarar tarifas (552(a)(6)(A)(ii)(I)-(II))</translation>
    </message>
    <message>
        <source>Answer recei&amp;ved by the agency on:</source>
        <translation>Respuesta recibida por la a&amp;gencia el:</translation>
    </message>
    <message>
        <source>The clock runs again from here</source>
        <translation>El plazo vuelve a correr desde aquí</translation>
    </message>
    <message>
        <source>Status and answers</source>
        <translation>Estado y respuestas</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Response recei&amp;ved on:</source>
        <translation>Respuesta reci&amp;bida el:</translation>
    </message>
    <message>
        <source>A&amp;dverse determination on:</source>
        <translation>&amp;Decisión adversa el:</translation>
    </message>
    <message>
        <source>A denial or partial denial; appeal within 90 working days (DHS) or 90 days (EOIR, FBI)</source>
        <translation>Una denegación total o parcial; apelar dentro de 90 días hábiles (DHS) o 90 días (EOIR, FBI)</translation>
    </message>
    <message>
        <source>Appeal due:</source>
        <translation>Vence la apelación:</translation>
    </message>
    <message>
        <source>Appeal &amp;filed on:</source>
        <translation>Apelación &amp;presentada el:</translation>
    </message>
    <message>
        <source>Appeal rec&amp;eived by the agency on:</source>
        <translation>Apelación recibida por la agen&amp;cia el:</translation>
    </message>
    <message>
        <source>Its decision is due 20 working days later (5 U.S.C. 552(a)(6)(A)(ii)); the filing date is used when this is empty</source>
        <translation>Su resolución vence 20 días hábiles después (5 U.S.C. 552(a)(6)(A)(ii)); si está vacío se usa la fecha de presentación</translation>
    </message>
    <message>
        <source>Appeal &amp;decided on:</source>
        <translation>Apelación &amp;resuelta el:</translation>
    </message>
    <message>
        <source>&amp;Lawsuit filed on:</source>
        <translation>&amp;Demanda presentada el:</translation>
    </message>
    <message>
        <source>OGIS mediation</source>
        <translation>Mediación de la OGIS</translation>
    </message>
    <message>
        <source>Mediation re&amp;quested on:</source>
        <translation>&amp;Mediación solicitada el:</translation>
    </message>
    <message>
        <source>The Office of Government Information Services mediates FOIA disputes (5 U.S.C. 552(h)(3)); a denial must tell you so (552(a)(6)(A)(i)(III)(bb))</source>
        <translation>La Oficina de Servicios de Información del Gobierno (OGIS) media en las disputas FOIA (5 U.S.C. 552(h)(3)); una denegación debe informarle de ello (552(a)(6)(A)(i)(III)(bb))</translation>
    </message>
    <message>
        <source>OGIS &amp;case number:</source>
        <translation>Número de caso de la OG&amp;IS:</translation>
    </message>
    <message>
        <source>OGIS cl&amp;osed its case on:</source>
        <translation>La OGIS cerró s&amp;u caso el:</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>Resultad&amp;o:</translation>
    </message>
    <message>
        <source>Mediation is voluntary and stops no FOIA time limit.</source>
        <translation>La mediación es voluntaria y no detiene ningún plazo FOIA.</translation>
    </message>
    <message>
        <source>Mediation does not toll the appeal deadline (%1).</source>
        <translation>La mediación no suspende el plazo de apelación (%1).</translation>
    </message>
    <message>
        <source>The appeal was filed on %1.</source>
        <translation>La apelación se presentó el %1.</translation>
    </message>
    <message>
        <source>File the appeal by %1 (computed without tolling — verify).</source>
        <translation>Presente la apelación a más tardar el %1 (calculado sin suspensión — verificar).</translation>
    </message>
    <message>
        <source>Letters and productions</source>
        <translation>Cartas y entregas de documentos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>— (computed once the request&apos;s sent or receipt date is entered)</source>
        <translation>— (se calcula al indicar la fecha de envío o de recepción de la solicitud)</translation>
    </message>
    <message>
        <source>— (no clock runs while the request is a draft)</source>
        <translation>— (no corre ningún plazo mientras la solicitud sea un borrador)</translation>
    </message>
    <message>
        <source>— (computed from an adverse determination)</source>
        <translation>— (se calcula a partir de una decisión adversa)</translation>
    </message>
    <message>
        <source>New FOIA request</source>
        <translation>Solicitud FOIA nueva</translation>
    </message>
</context>
<context>
    <name>FoiaModel</name>
    <message>
        <source>computed — verify</source>
        <translation>calculado — verificar</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Respuesta vence</translation>
    </message>
    <message>
        <source>Appeal due</source>
        <translation>Vence la apelación</translation>
    </message>
    <message>
        <source>{date} — OVERDUE</source>
        <translation>{date} — VENCIDO</translation>
    </message>
</context>
<context>
    <name>FoiaSection</name>
    <message>
        <source>Any agency</source>
        <translation>Cualquier agencia</translation>
    </message>
    <message>
        <source>Filter by agency</source>
        <translation>Filtrar por agencia</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>&amp;Batch of requests…</source>
        <translation>Solicitudes en &amp;lote…</translation>
    </message>
    <message>
        <source>The same request for several clients: one request and one letter each</source>
        <translation>La misma solicitud para varios clientes: una solicitud y una carta para cada uno</translation>
    </message>
    <message>
        <source>FOIA requests</source>
        <translation>Solicitudes FOIA</translation>
    </message>
    <message>
        <source>&amp;New FOIA request</source>
        <translation>&amp;Nueva solicitud FOIA</translation>
    </message>
    <message>
        <source>Search records sought, tracking numbers…</source>
        <translation>Buscar registros solicitados, números de seguimiento…</translation>
    </message>
    <message>
        <source>1 FOIA request</source>
        <translation>1 solicitud FOIA</translation>
    </message>
    <message>
        <source>%1 FOIA requests</source>
        <translation>%1 solicitudes FOIA</translation>
    </message>
</context>
<context>
    <name>FoiaToolsPanel</name>
    <message>
        <source>Request &amp;letter…</source>
        <translation>&amp;Carta de solicitud…</translation>
    </message>
    <message>
        <source>A&amp;ppeal letter…</source>
        <translation>Carta de a&amp;pelación…</translation>
    </message>
    <message>
        <source>Fact c&amp;hronology…</source>
        <translation>C&amp;ronología de hechos…</translation>
    </message>
    <message>
        <source>The request letter for this agency, filled from the records</source>
        <translation>La carta de solicitud para esta agencia, con los datos del expediente</translation>
    </message>
    <message>
        <source>An administrative appeal letter, with its due date and rule</source>
        <translation>Una carta de apelación administrativa, con su fecha límite y la norma</translation>
    </message>
    <message>
        <source>The dates and missed time limits of this request, as an editable draft for a FOIA complaint</source>
        <translation>Las fechas y los plazos incumplidos de esta solicitud, como borrador editable para una demanda FOIA</translation>
    </message>
    <message>
        <source>Status histor&amp;y…</source>
        <translation>Historial de estados…</translation>
    </message>
    <message>
        <source>Every change of status and dates, the productions, OGIS mediation and the clocks</source>
        <translation>Cada cambio de estado y de fechas, las entregas, la mediación de la OGIS y los plazos</translation>
    </message>
    <message>
        <source>Save the request first: letters are made from what is stored.</source>
        <translation>Guarde primero la solicitud: las cartas se hacen con lo guardado.</translation>
    </message>
    <message>
        <source>Batch “%1”…</source>
        <translation>Lote «%1»…</translation>
    </message>
    <message>
        <source>The other requests made with this one, and their letters</source>
        <translation>Las demás solicitudes hechas con esta, y sus cartas</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Guardar la carta</translation>
    </message>
    <message>
        <source>Save the fact chronology</source>
        <translation>Guardar la cronología de hechos</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Wrote %1. Check it before sending.</source>
        <translation>Se escribió %1. Revísela antes de enviarla.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source> (required)</source>
        <translation> (obligatorio)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{date} (time unknown)</source>
        <translation>{date} (hora desconocida)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide — Casefile</source>
        <translation>Guía de uso — Casefile</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
</context>
<context>
    <name>HearingEditor</name>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>&amp;Client (required):</source>
        <translation>&amp;Cliente (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation>&amp;Audiencia:</translation>
    </message>
    <message>
        <source>&amp;When (required):</source>
        <translation>&amp;Cuándo (obligatorio):</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>C&amp;orte:</translation>
    </message>
    <message>
        <source>e.g. Tacoma Immigration Court</source>
        <translation>p. ej., Corte de Inmigración de Tacoma</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juez:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Interpreter language:</source>
        <translation>Idioma del &amp;intérprete:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Once a result is recorded the hearing is over: never overdue</source>
        <translation>Con un resultado anotado la audiencia terminó: nunca está vencida</translation>
    </message>
    <message>
        <source>&amp;Adjourned because:</source>
        <translation>A&amp;plazada porque:</translation>
    </message>
    <message>
        <source>Continued &amp;to:</source>
        <translation>Continuada &amp;hasta:</translation>
    </message>
    <message>
        <source>The new date of a continued or adjourned hearing: it is the next hearing then</source>
        <translation>La nueva fecha de una audiencia continuada o aplazada: será entonces la próxima audiencia</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Fecha de la decisión:</translation>
    </message>
    <message>
        <source>The BIA appeal&apos;s 30 days run from this date (8 C.F.R. 1003.38(b))</source>
        <translation>Los 30 días para apelar ante la BIA corren desde esta fecha (8 C.F.R. 1003.38(b))</translation>
    </message>
    <message>
        <source>Decision &amp;served:</source>
        <translation>&amp;Notificación de la decisión:</translation>
    </message>
    <message>
        <source>Oral: the 30 days run from the decision; mailed or electronic: from that service</source>
        <translation>Oral: los 30 días corren desde la decisión; por correo o electrónica: desde esa notificación</translation>
    </message>
    <message>
        <source>BIA a&amp;ppeal:</source>
        <translation>A&amp;pelación ante la BIA:</translation>
    </message>
    <message>
        <source>Filed or waived closes the appeal deadline</source>
        <translation>Presentada o renunciada cierra el plazo de apelación</translation>
    </message>
    <message>
        <source>&amp;Voluntary departure:</source>
        <translation>Salida &amp;voluntaria:</translation>
    </message>
    <message>
        <source>The days granted: the period ends that many days after the hearing (8 CFR 1240.26; up to 120 before the end of proceedings, 60 at the end)</source>
        <translation>Los días concedidos: el plazo termina esos días después de la audiencia (8 CFR 1240.26; hasta 120 antes del fin del procedimiento, 60 al concluir)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Choose the client whose hearing it is.</source>
        <translation>Elija el cliente de esta audiencia.</translation>
    </message>
    <message>
        <source>Enter the hearing&apos;s date (and time, if known).</source>
        <translation>Escriba la fecha de la audiencia (y la hora, si se sabe).</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>Nueva audiencia</translation>
    </message>
</context>
<context>
    <name>HearingsModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Corte</translation>
    </message>
</context>
<context>
    <name>HearingsSection</name>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>&amp;New hearing</source>
        <translation>&amp;Nueva audiencia</translation>
    </message>
    <message>
        <source>Search courts, judges, reasons…</source>
        <translation>Buscar cortes, jueces, motivos…</translation>
    </message>
    <message>
        <source>1 hearing</source>
        <translation>1 audiencia</translation>
    </message>
    <message>
        <source>%1 hearings</source>
        <translation>%1 audiencias</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Values of the selected version</source>
        <translation>Valores de la versión elegida</translation>
    </message>
    <message>
        <source>Each row is an earlier version, kept when it was replaced or moved to the trash. Select one to see what it held.</source>
        <translation>Cada fila es una versión anterior, guardada cuando se reemplazó o se movió a la papelera. Elija una para ver qué contenía.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No earlier versions: this record has not been changed since it was created.</source>
        <translation>No hay versiones anteriores: este registro no ha cambiado desde que se creó.</translation>
    </message>
    <message>
        <source>Changed in the next version: %1</source>
        <translation>Cambiado en la versión siguiente: %1</translation>
    </message>
    <message>
        <source>▶ %1: (empty)</source>
        <translation>▶ %1: (vacío)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Replaced on</source>
        <translation>Reemplazada el</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Campos cambiados</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <source>Intake checklist…</source>
        <translation>Lista de la entrevista inicial…</translation>
    </message>
    <message>
        <source>Intake checklist</source>
        <translation>Lista de la entrevista inicial</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>FOIA request letter</source>
        <translation>Carta de solicitud FOIA</translation>
    </message>
    <message>
        <source>FOIA appeal letter</source>
        <translation>Carta de apelación FOIA</translation>
    </message>
    <message>
        <source>Requester (signs the letter; kept in the vault)</source>
        <translation>Solicitante (firma la carta; se guarda en la bóveda)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Mailing &amp;address:</source>
        <translation>&amp;Dirección postal:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Ask for a fee waiver (5 U.S.C. 552(a)(4)(A)(iii))</source>
        <translation>Pedir la exención de tarifas (5 U.S.C. 552(a)(4)(A)(iii))</translation>
    </message>
    <message>
        <source>All other requesters</source>
        <translation>Otros solicitantes</translation>
    </message>
    <message>
        <source>Educational institution</source>
        <translation>Institución educativa</translation>
    </message>
    <message>
        <source>News media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Uso comercial</translation>
    </message>
    <message>
        <source>Fee &amp;category:</source>
        <translation>Cate&amp;goría de tarifas:</translation>
    </message>
    <message>
        <source>Fees agreed &amp;up to:</source>
        <translation>Tarifas aceptadas &amp;hasta:</translation>
    </message>
    <message>
        <source>E&amp;xpedite reason:</source>
        <translation>Motivo de &amp;urgencia:</translation>
    </message>
    <message>
        <source>Added to what the records show (hearing date, detention)</source>
        <translation>Se añade a lo que muestra el expediente (fecha de audiencia, detención)</translation>
    </message>
    <message>
        <source>Public-records &amp;law:</source>
        <translation>&amp;Ley de registros públicos:</translation>
    </message>
    <message>
        <source>The state or local statute the request is made under</source>
        <translation>La ley estatal o local en la que se basa la solicitud</translation>
    </message>
    <message>
        <source>Adverse determination (records withheld)</source>
        <translation>Determinación adversa (documentos retenidos)</translation>
    </message>
    <message>
        <source>Inadequate search</source>
        <translation>Búsqueda insuficiente</translation>
    </message>
    <message>
        <source>Fee waiver or fee category denied</source>
        <translation>Exención o categoría de tarifas denegada</translation>
    </message>
    <message>
        <source>Expedited processing denied</source>
        <translation>Tramitación urgente denegada</translation>
    </message>
    <message>
        <source>&amp;Appeal of:</source>
        <translation>&amp;Apelación de:</translation>
    </message>
    <message>
        <source>&amp;Your own paragraph:</source>
        <translation>Párrafo &amp;propio:</translation>
    </message>
    <message>
        <source>PDF (to send)</source>
        <translation>PDF (para enviar)</translation>
    </message>
    <message>
        <source>Word document (to edit)</source>
        <translation>Documento de Word (para editar)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation>&amp;Escribir la carta…</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Vehículo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Used for:</source>
        <translation>&amp;Usado para:</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Type a name or badge…</source>
        <translation>Escriba un nombre o número de placa…</translation>
    </message>
    <message>
        <source>Type a plate or make…</source>
        <translation>Escriba una matrícula o marca…</translation>
    </message>
    <message>
        <source>Add an officer not recorded yet</source>
        <translation>Agregar un agente que aún no está registrado</translation>
    </message>
    <message>
        <source>Add a vehicle not recorded yet</source>
        <translation>Agregar un vehículo que aún no está registrado</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>Nuevo agente</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Nuevo vehículo</translation>
    </message>
    <message>
        <source>Nothing chosen: pick one from the suggestions, or use “New…” to add it.</source>
        <translation>No se eligió nada: elija uno de las sugerencias o use “Nuevo…” para agregarlo.</translation>
    </message>
</context>
<context>
    <name>LinkedRecordEditor</name>
    <message>
        <source>Encounters, across all clients</source>
        <translation>Encuentros, de todos los clientes</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>&amp;Fusionar con ese</translation>
    </message>
    <message>
        <source>Its encounters move to that record; this one goes to the trash (restorable)</source>
        <translation>Sus encuentros pasan a ese registro; este va a la papelera (se puede restaurar)</translation>
    </message>
    <message>
        <source>Same as:</source>
        <translation>Es el mismo que:</translation>
    </message>
    <message>
        <source>Choose the record this one is the same as.</source>
        <translation>Elija el registro que es el mismo que este.</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>Primero guarde o deshaga sus cambios.</translation>
    </message>
</context>
<context>
    <name>LinksMap</name>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>%1 encounter(s)</source>
        <translation>%1 encuentro(s)</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep your case files</source>
        <translation>Dónde guardar sus expedientes</translation>
    </message>
    <message>
        <source>Casefile keeps everything in one encrypted vault folder on this computer.</source>
        <translation>Casefile guarda todo en una carpeta de bóveda cifrada en esta computadora.</translation>
    </message>
    <message>
        <source>The vault is a new, empty folder. Keep it on this laptop&apos;s own disk; make backups to an external drive from the File menu.</source>
        <translation>La bóveda es una carpeta nueva y vacía. Manténgala en el disco de esta computadora; haga copias de seguridad en un disco externo desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation>&amp;Carpeta de la bóveda:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Elija una carpeta para la bóveda</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose a new or empty folder; Casefile never writes over existing files.</source>
        <translation>Esa carpeta ya contiene archivos. Elija una carpeta nueva o vacía; Casefile nunca sobrescribe archivos existentes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Cross-case search (badge, plate, address)…</source>
        <translation>Búsqueda &amp;entre casos (placa del agente, del vehículo, dirección)…</translation>
    </message>
    <message>
        <source>&amp;About Casefile</source>
        <translation>&amp;Acerca de Casefile</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Open deadlines, overdue and upcoming, as calendar events (computed ones marked “verify”)</source>
        <translation>Plazos abiertos, vencidos y próximos, como eventos de calendario (los calculados marcados «verificar»)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>Lock Casefile now (%1)</source>
        <translation>Bloquear Casefile ahora (%1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario/a: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Importar expedientes</translation>
    </message>
    <message>
        <source>Casefile interchange files (*.json);;All files (*)</source>
        <translation>Archivos de intercambio de Casefile (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Importado: %1 nuevos, %2 actualizados, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>An export file is NOT encrypted: anyone who gets it can read it. Choose a redacted export (initials, no A-numbers, addresses or dates of birth) for anyone outside the legal team.</source>
        <translation>Un archivo exportado NO está cifrado: cualquiera que lo obtenga puede leerlo. Elija una exportación censurada (iniciales, sin números A, direcciones ni fechas de nacimiento) para cualquier persona fuera del equipo legal.</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>Exportación completa</translation>
    </message>
    <message>
        <source>Redacted export</source>
        <translation>Exportación censurada</translation>
    </message>
    <message>
        <source>Export case files</source>
        <translation>Exportar expedientes</translation>
    </message>
    <message>
        <source>Casefile interchange files (*.json)</source>
        <translation>Archivos de intercambio de Casefile (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Check the redacted export</source>
        <translation>Revise la exportación censurada</translation>
    </message>
    <message>
        <source>The redacted export was written to %1.

These words may be names of people who are not in the vault, and were NOT removed. Check each one in the file before you share it:

%2</source>
        <translation>La exportación censurada se guardó en %1.

Estas palabras pueden ser nombres de personas que no están en la bóveda, y NO se ocultaron. Revise cada una en el archivo antes de compartirlo:

%2</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Hacer copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Casefile backups (*.cfbackup);;All files (*)</source>
        <translation>Copias de seguridad de Casefile (*.cfbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Copia de seguridad terminada</translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1

Keep it on a separate drive, away from this laptop.</source>
        <translation>La copia de seguridad se escribió y se comprobó:
%1

Guárdela en un disco aparte, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Export deadlines to a calendar</source>
        <translation>Exportar los plazos a un calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deadline(s) to %1. The file is not encrypted.</source>
        <translation>
            <numerusform>Se escribió %n plazo en %1. El archivo no está cifrado.</numerusform>
            <numerusform>Se escribieron %n plazos en %1. El archivo no está cifrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message>
        <source>Casefile %1

Offline, encrypted case files for immigration legal aid. Everything stays on this computer, in an encrypted vault; Casefile never connects to the network.

Free software under the GNU GPL, version 3 or later.</source>
        <translation>Casefile %1

Expedientes cifrados y sin conexión para la asistencia legal en inmigración. Todo se queda en esta computadora, en una bóveda cifrada; Casefile nunca se conecta a la red.

Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>About Casefile</source>
        <translation>Acerca de Casefile</translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation>Comprobar todo el archivo</translation>
    </message>
    <message>
        <source>Read the parts not played yet and compare the whole file with its recorded SHA-256</source>
        <translation>Leer las partes aún no reproducidas y comparar todo el archivo con su SHA-256 registrado</translation>
    </message>
    <message>
        <source>Each part is authenticated (AES-GCM) before it plays; the whole file is compared with its recorded SHA-256 as it plays from the start…</source>
        <translation>Cada parte se autentica (AES-GCM) antes de reproducirse; todo el archivo se compara con su SHA-256 registrado a medida que se reproduce desde el principio…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation>Captura: %1</translation>
    </message>
    <message>
        <source>The whole file matches its recorded SHA-256.</source>
        <translation>El archivo completo coincide con su SHA-256 registrado.</translation>
    </message>
    <message>
        <source>Checking the whole file against its recorded SHA-256…</source>
        <translation>Comprobando todo el archivo con su SHA-256 registrado…</translation>
    </message>
    <message>
        <source>This document&apos;s file is damaged or was altered; playback stopped. Run Verify, and restore it from a backup.</source>
        <translation>El archivo de este documento está dañado o fue alterado; la reproducción se detuvo. Ejecute Verificar y restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This file cannot be played inside Casefile (%1). Export it to open it in another program.</source>
        <translation>Este archivo no se puede reproducir dentro de Casefile (%1). Expórtelo para abrirlo en otro programa.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, or use the recovery key.</source>
        <translation>Esa frase de contraseña no abre esta bóveda. Revise Bloq Mayús y la distribución del teclado, o use la clave de recuperación.</translation>
    </message>
    <message>
        <source>This vault is open in another Casefile window or on another account of this computer. Close it there first, then try again.</source>
        <translation>Esta bóveda está abierta en otra ventana de Casefile o en otra cuenta de esta computadora. Ciérrela allí primero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The vault is damaged or was changed outside Casefile, so it cannot be opened. It was left untouched. Restore it from your latest backup, or ask your administrator for help.</source>
        <translation>La bóveda está dañada o se modificó fuera de Casefile, así que no se puede abrir. No se tocó. Restáurela desde su copia de seguridad más reciente o pida ayuda a su administrador/a.</translation>
    </message>
    <message>
        <source>There is no Casefile vault in that folder. Choose the folder that holds your vault, or create a new one.</source>
        <translation>No hay una bóveda de Casefile en esa carpeta. Elija la carpeta que contiene su bóveda o cree una nueva.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file for this user is missing. Check the user name, use the recovery key, or restore the vault&apos;s keys folder from a backup.</source>
        <translation>Falta el archivo de clave de este usuario en la bóveda. Revise el nombre de usuario, use la clave de recuperación o restaure la carpeta keys de la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This vault has no user by that name. Check the user name, or leave it empty to try every user of this vault. Nothing is missing from the vault.</source>
        <translation>Esta bóveda no tiene ningún usuario con ese nombre. Revise el nombre de usuario o déjelo vacío para probar con todos los usuarios de esta bóveda. No falta nada en la bóveda.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Casefile. Update Casefile to open it.</source>
        <translation>Esta bóveda se escribió con una versión más nueva de Casefile. Actualice Casefile para abrirla.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it again to continue.</source>
        <translation>La bóveda está bloqueada. Desbloquéela de nuevo para continuar.</translation>
    </message>
    <message>
        <source>This document failed its integrity check and was not opened. Restore the vault from a backup to get an intact copy.</source>
        <translation>Este documento no pasó la comprobación de integridad y no se abrió. Restaure la bóveda desde una copia de seguridad para obtener una copia intacta.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <source>That does not open this vault. If it is the recovery key, one of its characters is mistyped: compare each group with the printed key (it never uses 0, O, 1 or I). If it is a passphrase, check Caps Lock and the keyboard layout.</source>
        <translation>Eso no abre esta bóveda. Si es la clave de recuperación, uno de sus caracteres está mal escrito: compare cada grupo con la clave impresa (nunca usa 0, O, 1 ni I). Si es una frase de contraseña, revise Bloq Mayús y la distribución del teclado.</translation>
    </message>
    <message>
        <source>That recovery key is typed correctly but does not open this vault: it may be another vault&apos;s key.</source>
        <translation>Esa clave de recuperación está bien escrita pero no abre esta bóveda: puede ser la clave de otra bóveda.</translation>
    </message>
    <message>
        <source>A key file of this vault is damaged and was skipped; the other users and the recovery key still open the vault. Run Verify, and restore the vault&apos;s keys folder from a backup.</source>
        <translation>Un archivo de claves de esta bóveda está dañado y se omitió; los demás usuarios y la clave de recuperación siguen abriendo la bóveda. Ejecute Verificar y restaure la carpeta de claves de la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Some encrypted files in the vault belong to no document (usually left by a crash). They were moved to the vault&apos;s quarantine folder, not deleted.</source>
        <translation>Algunos archivos cifrados de la bóveda no pertenecen a ningún documento (normalmente quedan tras un cierre inesperado). Se movieron a la carpeta de cuarentena de la bóveda; no se borraron.</translation>
    </message>
    <message>
        <source>The disk holding the vault is full, so the vault is open read-only: you can read, search, export and back up to another drive, but not make changes. Free some space, then lock and unlock the vault.</source>
        <translation>El disco de la bóveda está lleno, así que la bóveda está abierta solo para lectura: puede leer, buscar, exportar y hacer una copia de seguridad en otro disco, pero no hacer cambios. Libere espacio y luego bloquee y desbloquee la bóveda.</translation>
    </message>
    <message>
        <source>This vault is older than the copy this computer last saw: changes made since then may be lost (an older copy put back, or a file deleted after a crash). Do not make changes; find the newest copy or backup of the vault.</source>
        <translation>Esta bóveda es más antigua que la copia que este equipo vio por última vez: los cambios hechos desde entonces pueden haberse perdido (se volvió a poner una copia anterior o se borró un archivo tras un cierre inesperado). No haga cambios; busque la copia o la copia de seguridad más reciente de la bóveda.</translation>
    </message>
    <message>
        <source>Something went wrong inside Casefile. Your saved work is safe. A report without any case data was written to the log folder; please tell your administrator.</source>
        <translation>Algo falló dentro de Casefile. Su trabajo guardado está a salvo. Se escribió un informe sin datos de casos en la carpeta de registros; avise a su administrador/a.</translation>
    </message>
    <message>
        <source>This A-number already belongs to “%1”, who is in the vault. One person has one record.</source>
        <translation>Este número A ya pertenece a «%1», que está en la bóveda. Cada persona tiene un solo expediente.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 1500</source>
        <translation>p. ej., 1500</translation>
    </message>
    <message>
        <source>Bond in US dollars; leave empty if none was set</source>
        <translation>Fianza en dólares; déjela vacía si no se fijó</translation>
    </message>
</context>
<context>
    <name>MotionForm</name>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Moción:</translation>
    </message>
    <message>
        <source>&amp;Filed on (required):</source>
        <translation>&amp;Presentada el (obligatorio):</translation>
    </message>
    <message>
        <source>The first motion to reopen or reconsider filed closes its deadline</source>
        <translation>La primera moción de reapertura o reconsideración presentada cierra su plazo</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decidida el:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>About &amp;person:</source>
        <translation>Sobre la &amp;persona:</translation>
    </message>
    <message>
        <source>About &amp;encounter:</source>
        <translation>Sobre el &amp;encuentro:</translation>
    </message>
    <message>
        <source>About &amp;FOIA request:</source>
        <translation>Sobre la &amp;solicitud FOIA:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Escrita por:</translation>
    </message>
    <message>
        <source>Write the note before saving it.</source>
        <translation>Escriba la nota antes de guardarla.</translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation>Nota del %1</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Agregar &amp;nota…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>Abrir nota</translation>
    </message>
</context>
<context>
    <name>OfficerEditor</name>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>As given; leave empty if nobody knows it</source>
        <translation>Como lo dio; déjelo vacío si nadie lo sabe</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Uniform, vest markings, what they looked like</source>
        <translation>Uniforme, letreros del chaleco, cómo era</translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation>Número de &amp;placa:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gencia:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>e.g. Fugitive Operations Team 3</source>
        <translation>p. ej., Equipo 3 de Operaciones contra Fugitivos</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, a description or a badge number.</source>
        <translation>Indique el nombre del agente, una descripción o un número de placa.</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>Nuevo agente</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Officer&apos;s &amp;name:</source>
        <translation>&amp;Nombre del agente:</translation>
    </message>
    <message>
        <source>As given, or &apos;unknown&apos;</source>
        <translation>Como lo dio, o «desconocido»</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>&amp;Placa:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gencia:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Uniform, vest markings, what they did</source>
        <translation>Uniforme, marcas del chaleco, qué hizo</translation>
    </message>
</context>
<context>
    <name>OfficersModel</name>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>OfficersSection</name>
    <message>
        <source>Any agency</source>
        <translation>Cualquier agencia</translation>
    </message>
    <message>
        <source>Filter by agency</source>
        <translation>Filtrar por agencia</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>&amp;New officer</source>
        <translation>&amp;Nuevo agente</translation>
    </message>
    <message>
        <source>Search names, badges, units…</source>
        <translation>Buscar nombres, placas, unidades…</translation>
    </message>
    <message>
        <source>1 officer</source>
        <translation>1 agente</translation>
    </message>
    <message>
        <source>%1 officers</source>
        <translation>%1 agentes</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>New &amp;vehicle</source>
        <translation>Nuevo &amp;vehículo</translation>
    </message>
    <message>
        <source>Search plates, makes, markings…</source>
        <translation>Buscar matrículas, marcas, letreros…</translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation>1 vehículo</translation>
    </message>
    <message>
        <source>%1 vehicles</source>
        <translation>%1 vehículos</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>&amp;Agentes</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Vehículos</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or MM/DD/YYYY, or press Alt+Down for a calendar</source>
        <translation>Escriba la fecha como AAAA-MM-DD o MM/DD/AAAA, o pulse Alt+Abajo para ver un calendario</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: check the day and the month.</source>
        <translation>«%1» no es una fecha real: revise el día y el mes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD (e.g. 2026-09-15) or MM/DD/YYYY.</source>
        <translation>«%1» no es una fecha: escríbala como AAAA-MM-DD (p. ej., 2026-09-15) o MM/DD/AAAA.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The list could not be loaded. A report without case data was saved.</source>
        <translation>No se pudo cargar la lista. Se guardó un informe sin datos de casos.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>&amp;Person (required):</source>
        <translation>&amp;Persona (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Target: the person agents came for. Collateral: anyone else they took action against.</source>
        <translation>Persona buscada: a quien vinieron a buscar los agentes. Colateral: cualquier otra persona contra la que actuaron.</translation>
    </message>
    <message>
        <source>&amp;What happened to them:</source>
        <translation>&amp;Qué le pasó:</translation>
    </message>
    <message>
        <source>Arrest details</source>
        <translation>Detalles del arresto</translation>
    </message>
    <message>
        <source>For someone arrested, detained or removed: choose that outcome above.</source>
        <translation>Para alguien arrestado/a, detenido/a o deportado/a: elija ese resultado arriba.</translation>
    </message>
    <message>
        <source>Arrested &amp;at:</source>
        <translation>Arrestado/a &amp;a las:</translation>
    </message>
    <message>
        <source>Arresting a&amp;gency:</source>
        <translation>A&amp;gencia que arrestó:</translation>
    </message>
    <message>
        <source>&amp;Basis stated:</source>
        <translation>&amp;Motivo declarado:</translation>
    </message>
    <message>
        <source>The reason agents gave, in their words</source>
        <translation>El motivo que dieron los agentes, con sus palabras</translation>
    </message>
    <message>
        <source>Taken to (&amp;facility):</source>
        <translation>Llevado/a a (&amp;centro):</translation>
    </message>
    <message>
        <source>Bond (US$):</source>
        <translation>Fianza (US$):</translation>
    </message>
    <message>
        <source>NTA served o&amp;n:</source>
        <translation>NTA entregada &amp;el:</translation>
    </message>
    <message>
        <source>I-213 received:</source>
        <translation>I-213 recibido:</translation>
    </message>
    <message>
        <source>Released o&amp;n:</source>
        <translation>Liberado/a e&amp;l:</translation>
    </message>
    <message>
        <source>Arrest n&amp;otes:</source>
        <translation>N&amp;otas del arresto:</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase is the only way into the vault besides the recovery key.</source>
        <translation>La frase de contraseña es la única forma de entrar a la bóveda, aparte de la clave de recuperación.</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, like “lavender canoe quartz mitten”. Long and unusual beats short and complicated. Casefile cannot recover a forgotten passphrase.</source>
        <translation>Use cuatro o más palabras sin relación entre sí, como «lavanda canoa cuarzo guante». Larga e inusual es mejor que corta y complicada. Casefile no puede recuperar una frase de contraseña olvidada.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Solidez: %1</translation>
    </message>
    <message>
        <source>Good: this passphrase is strong enough.</source>
        <translation>Bien: esta frase de contraseña es suficientemente fuerte.</translation>
    </message>
    <message>
        <source>Too weak: %1</source>
        <translation>Demasiado débil: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Ajustar el ancho de la página a la ventana</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página entera</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Mostrar páginas enteras</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Escriba un número de página y pulse Intro</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Choose a report and press Preview. The report is shown here from memory; nothing is written to disk until you save it.</source>
        <translation>Elija un informe y pulse Vista previa. El informe se muestra aquí desde la memoria; no se escribe nada en el disco hasta que lo guarde.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Casefile report</source>
        <translation>Informe de Casefile</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Not clients</source>
        <translation>No clientes</translation>
    </message>
    <message>
        <source>Show clients or everyone</source>
        <translation>Mostrar clientes o todas las personas</translation>
    </message>
    <message>
        <source>Any custody status</source>
        <translation>Cualquier custodia</translation>
    </message>
    <message>
        <source>Filter by custody status</source>
        <translation>Filtrar por situación de custodia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>Find by name, A-number, facility…</source>
        <translation>Buscar por nombre, número A, centro de detención…</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Case pa&amp;ge…</source>
        <translation>Pá&amp;gina del caso…</translation>
    </message>
    <message>
        <source>Encounters, documents, FOIA requests, notes and next deadlines of this person, in date order</source>
        <translation>Encuentros, documentos, solicitudes FOIA, notas y próximos plazos de esta persona, por fecha</translation>
    </message>
    <message>
        <source>Case page</source>
        <translation>Página del caso</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Client of this clinic</source>
        <translation>Cliente de esta clínica</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Full &amp;name (required):</source>
        <translation>&amp;Nombre completo (obligatorio):</translation>
    </message>
    <message>
        <source>Other &amp;names used:</source>
        <translation>&amp;Otros nombres usados:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>&amp;Intake:</source>
        <translation>Entre&amp;vista inicial:</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Número &amp;A:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>&amp;País de nacimiento:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <source>Pick one, or type the language (e.g. Akateko)</source>
        <translation>Elija uno o escriba el idioma (p. ej., akateko)</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Intérprete:</translation>
    </message>
    <message>
        <source>Contact — sensitive, left out of shared reports</source>
        <translation>Contacto — dato sensible, no aparece en informes compartidos</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Custody &amp;status:</source>
        <translation>&amp;Situación de custodia:</translation>
    </message>
    <message>
        <source>Detention &amp;facility:</source>
        <translation>&amp;Centro de detención:</translation>
    </message>
    <message>
        <source>Detentions</source>
        <translation>Detenciones</translation>
    </message>
    <message>
        <source>Bond decisions (ICE or immigration judge)</source>
        <translation>Decisiones de fianza (ICE o juez de inmigración)</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternativas a la detención</translation>
    </message>
    <message>
        <source>Release orders (I-220A, I-220B)</source>
        <translation>Órdenes de liberación (I-220A, I-220B)</translation>
    </message>
    <message>
        <source>Motions (reopen, reconsider, suppress, terminate)</source>
        <translation>Mociones (reapertura, reconsideración, supresión, terminación)</translation>
    </message>
    <message>
        <source>Removal case dates (deadlines computed from them — verify)</source>
        <translation>Fechas del proceso de deportación (plazos calculados a partir de ellas — verificar)</translation>
    </message>
    <message>
        <source>Ordered removed in absentia</source>
        <translation>Orden de deportación en ausencia</translation>
    </message>
    <message>
        <source>Immigration &amp;judge decision:</source>
        <translation>Decisión del &amp;juez de inmigración:</translation>
    </message>
    <message>
        <source>The oral decision, or the mailing or electronic service of a written one: the BIA appeal is due 30 days later, moved past weekends and holidays (8 CFR 1003.38(b))</source>
        <translation>La decisión oral, o el envío por correo o la notificación electrónica de la escrita: la apelación ante la BIA vence 30 días después, pasando fines de semana y feriados (8 CFR 1003.38(b))</translation>
    </message>
    <message>
        <source>Decision ser&amp;ved:</source>
        <translation>Decisión notifica&amp;da:</translation>
    </message>
    <message>
        <source>BIA a&amp;ppeal:</source>
        <translation>A&amp;pelación ante la BIA:</translation>
    </message>
    <message>
        <source>&amp;Final order of removal:</source>
        <translation>Orden &amp;final de deportación:</translation>
    </message>
    <message>
        <source>Motions to reconsider (30 days) and reopen (90 days) run from it (INA 240(c)(6)(B), 240(c)(7)(C)(i))</source>
        <translation>Las mociones de reconsideración (30 días) y de reapertura (90 días) se cuentan desde ella (INA 240(c)(6)(B), 240(c)(7)(C)(i))</translation>
    </message>
    <message>
        <source>Final order &amp;type:</source>
        <translation>&amp;Tipo de orden final:</translation>
    </message>
    <message>
        <source>Final order &amp;by:</source>
        <translation>Orden final &amp;dictada por:</translation>
    </message>
    <message>
        <source>In absentia:</source>
        <translation>En ausencia:</translation>
    </message>
    <message>
        <source>Reopening for exceptional circumstances: 180 days; for lack of notice: no time limit (INA 240(b)(5)(C))</source>
        <translation>Reapertura por circunstancias excepcionales: 180 días; por falta de notificación: sin plazo (INA 240(b)(5)(C))</translation>
    </message>
    <message>
        <source>Motion to reopen fi&amp;led on:</source>
        <translation>Moción de reapertura presentada e&amp;l:</translation>
    </message>
    <message>
        <source>Motion to reconsider filed o&amp;n:</source>
        <translation>Moción de reconsideración presentada &amp;el:</translation>
    </message>
    <message>
        <source>Bond &amp;decision:</source>
        <translation>&amp;Decisión sobre la fianza:</translation>
    </message>
    <message>
        <source>An appeal to the BIA is due 30 days later (8 CFR 1003.19(f), 1003.38(b))</source>
        <translation>La apelación ante la BIA vence 30 días después (8 CFR 1003.19(f), 1003.38(b))</translation>
    </message>
    <message>
        <source>Bond app&amp;eal:</source>
        <translation>Apelación de la fian&amp;za:</translation>
    </message>
    <message>
        <source>Family and notes</source>
        <translation>Familia y notas</translation>
    </message>
    <message>
        <source>Family &amp;ties:</source>
        <translation>&amp;Lazos familiares:</translation>
    </message>
    <message>
        <source>e.g. US-citizen children, spouse&apos;s status</source>
        <translation>p. ej., hijos ciudadanos de EE. UU., estatus del cónyuge</translation>
    </message>
    <message>
        <source>&amp;Other details:</source>
        <translation>&amp;Otros datos:</translation>
    </message>
    <message>
        <source>Dated notes about this person</source>
        <translation>Notas fechadas sobre esta persona</translation>
    </message>
    <message>
        <source>Type the person&apos;s full name.</source>
        <translation>Escriba el nombre completo de la persona.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
</context>
<context>
    <name>ProductionDialog</name>
    <message>
        <source>Correct a production</source>
        <translation>Corregir una entrega</translation>
    </message>
    <message>
        <source>Pages: %1. Set their statuses and exemptions in the log; here, the production&apos;s own facts.</source>
        <translation>Páginas: %1. Sus estados y exenciones se indican en el registro; aquí, los datos de la propia entrega.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Recibida el:</translation>
    </message>
    <message>
        <source>Bates &amp;prefix:</source>
        <translation>&amp;Prefijo Bates:</translation>
    </message>
    <message>
        <source>&amp;First Bates number:</source>
        <translation>Primer &amp;número Bates:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>ProductionLogPanel</name>
    <message>
        <source>&amp;Receive production…</source>
        <translation>Recibir &amp;entrega…</translation>
    </message>
    <message>
        <source>Add a production PDF: it is kept encrypted, numbered (Bates) and its exemptions are proposed</source>
        <translation>Añadir una entrega en PDF: se guarda cifrada, se numera (Bates) y se proponen sus exenciones</translation>
    </message>
    <message>
        <source>Mar&amp;k as checked</source>
        <translation>Marcar como re&amp;visada</translation>
    </message>
    <message>
        <source>pages, e.g. 3-7</source>
        <translation>páginas, p. ej. 3-7</translation>
    </message>
    <message>
        <source>&amp;Set pages</source>
        <translation>Ap&amp;licar a las páginas</translation>
    </message>
    <message>
        <source>Ed&amp;it production…</source>
        <translation>Correg&amp;ir entrega…</translation>
    </message>
    <message>
        <source>Correct the selected production&apos;s received date, Bates numbers or notes</source>
        <translation>Corregir la fecha de recepción, los números Bates o las notas de la entrega seleccionada</translation>
    </message>
    <message>
        <source>Remove production…</source>
        <translation>Quitar entrega…</translation>
    </message>
    <message>
        <source>Move the selected production to the Trash: its pages leave the totals, its PDF stays in Documents</source>
        <translation>Mover la entrega seleccionada a la papelera: sus páginas salen de los totales y su PDF sigue en Documentos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Bates</source>
        <translation>Bates</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Exenciones</translation>
    </message>
    <message>
        <source>released in full</source>
        <translation>entregada completa</translation>
    </message>
    <message>
        <source>released in part</source>
        <translation>entregada en parte</translation>
    </message>
    <message>
        <source>withheld in full</source>
        <translation>retenida por completo</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>remitida a otra agencia</translation>
    </message>
    <message>
        <source>No production received yet.</source>
        <translation>Todavía no se ha recibido ninguna entrega.</translation>
    </message>
    <message>
        <source>%1 pages: %2 released in full, %3 in part, %4 withheld in full, %5 referred.</source>
        <translation>%1 páginas: %2 entregadas completas, %3 en parte, %4 retenidas por completo, %5 remitidas.</translation>
    </message>
    <message>
        <source>Exemptions (pages): %1.</source>
        <translation>Exenciones (páginas): %1.</translation>
    </message>
    <message>
        <source>Read from the text: check them.</source>
        <translation>Leídas del texto: revíselas.</translation>
    </message>
    <message>
        <source>Receive a production</source>
        <translation>Recibir una entrega</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Production corrected.</source>
        <translation>Entrega corregida.</translation>
    </message>
    <message>
        <source>Remove production</source>
        <translation>Quitar entrega</translation>
    </message>
    <message>
        <source>Remove the production received on %1 (%2 pages) from the log? Its pages leave the totals; it can be restored from the Trash, and its PDF stays in Documents.</source>
        <translation>¿Quitar del registro la entrega recibida el %1 (%2 páginas)? Sus páginas salen de los totales; se puede restaurar desde la papelera y su PDF sigue en Documentos.</translation>
    </message>
    <message>
        <source>Production removed to the Trash.</source>
        <translation>Entrega movida a la papelera.</translation>
    </message>
    <message>
        <source>Production received; its exemptions are proposed.</source>
        <translation>Entrega recibida; se proponen sus exenciones.</translation>
    </message>
    <message>
        <source>Write the pages as one number (7) or a range (3-12).</source>
        <translation>Escriba las páginas como un número (7) o un intervalo (3-12).</translation>
    </message>
    <message>
        <source>Corrections apply to the production received on %1 (%2 pages%3): %4.</source>
        <translation>Las correcciones se aplican a la entrega recibida el %1 (%2 páginas%3): %4.</translation>
    </message>
    <message>
        <source>%1 full</source>
        <translation>%1 completas</translation>
    </message>
    <message>
        <source>%1 in part</source>
        <translation>%1 en parte</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 retenidas</translation>
    </message>
    <message>
        <source>%1 referred</source>
        <translation>%1 remitidas</translation>
    </message>
    <message>
        <source>Pages set.</source>
        <translation>Páginas actualizadas.</translation>
    </message>
    <message>
        <source>Marked as checked.</source>
        <translation>Marcada como revisada.</translation>
    </message>
</context>
<context>
    <name>QuickPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>e.g. A-012-345-678 (leave empty if unknown)</source>
        <translation>p. ej., A-012-345-678 (déjelo vacío si no se sabe)</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Client of this clinic</source>
        <translation>Cliente de esta clínica</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Número &amp;A:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <source>Pick one, or type the language (e.g. Akateko)</source>
        <translation>Elija uno o escriba el idioma (p. ej., akateko)</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>&amp;Use “%1”</source>
        <translation>&amp;Usar «%1»</translation>
    </message>
</context>
<context>
    <name>QuickRecordDialog</name>
    <message>
        <source>New officer</source>
        <translation>Nuevo agente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation>Número de &amp;placa:</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Nuevo vehículo</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>&amp;Matrícula:</translation>
    </message>
    <message>
        <source>Plate &amp;state:</source>
        <translation>&amp;Estado de la matrícula:</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>Ma&amp;rca:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gencia:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Go back to the last saved version of this form</source>
        <translation>Volver a la última versión guardada de este formulario</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Earlier versions: what changed, who, when</source>
        <translation>Versiones anteriores: qué cambió, quién y cuándo</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Mover a la &amp;papelera…</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Registro nuevo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Ya está en la bóveda</translation>
    </message>
    <message>
        <source>This A-number belongs to “%1”, who is already in the vault. One person has one record: open theirs to add to it, or correct the A-number here.</source>
        <translation>Este número A pertenece a «%1», que ya está en la bóveda. Cada persona tiene un solo expediente: abra el suyo para completarlo, o corrija aquí el número A.</translation>
    </message>
    <message>
        <source>&amp;Open “%1”</source>
        <translation>&amp;Abrir «%1»</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before leaving it?</source>
        <translation>¿Guardar los cambios de «%1» antes de salir?</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? It disappears from lists and search; you can restore it from Trash.</source>
        <translation>¿Mover «%1» a la papelera? Desaparece de las listas y de la búsqueda; puede restaurarlo desde la Papelera.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historial de «%1»</translation>
    </message>
</context>
<context>
    <name>RecordListPicker</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the chosen record</source>
        <translation>Agregar el registro elegido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Quitar el registro seleccionado</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Add a person who is not in the vault yet</source>
        <translation>Agregar a una persona que aún no está en la bóveda</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show this record</source>
        <translation>Mostrar este registro</translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation>Abrir el registro vinculado</translation>
    </message>
    <message>
        <source>Type a name or A-number…</source>
        <translation>Escriba un nombre o número A…</translation>
    </message>
    <message>
        <source>Type a date, city or word from the narrative…</source>
        <translation>Escriba una fecha, ciudad o palabra del relato…</translation>
    </message>
    <message>
        <source>Type a document title…</source>
        <translation>Escriba el título de un documento…</translation>
    </message>
    <message>
        <source>Type an agency or tracking number…</source>
        <translation>Escriba una agencia o número de seguimiento…</translation>
    </message>
    <message>
        <source>No person chosen: pick one from the suggestions, or use “New…” to add them.</source>
        <translation>No se eligió a nadie: elija una persona de las sugerencias o use «Nuevo…» para agregarla.</translation>
    </message>
    <message>
        <source>Nothing chosen: pick one from the suggestions.</source>
        <translation>No se eligió nada: elija una de las sugerencias.</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Search this list…</source>
        <translation>Buscar en esta lista…</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a row in the list to open it here.</source>
        <translation>Elija una fila de la lista para abrirla aquí.</translation>
    </message>
    <message>
        <source>That record is no longer here (it may be in the trash).</source>
        <translation>Ese registro ya no está aquí (puede estar en la papelera).</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Casefile recovery key</source>
        <translation>Clave de recuperación de Casefile</translation>
    </message>
    <message>
        <source>Vault: %1
Created: %2</source>
        <translation>Bóveda: %1
Creada: %2</translation>
    </message>
    <message>
        <source>This key opens every case file in the vault if a passphrase is forgotten. Keep this sheet locked away from the laptop, for example in the office safe. Do not photograph it or send it by email.</source>
        <translation>Esta clave abre todos los expedientes de la bóveda si se olvida una frase de contraseña. Guarde esta hoja bajo llave, lejos de la computadora, por ejemplo en la caja fuerte de la oficina. No la fotografíe ni la envíe por correo electrónico.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation>Se muestra solo esta vez.</translation>
    </message>
    <message>
        <source>If a passphrase is ever forgotten, this key is the only way back into the vault. Print it or write it down now.</source>
        <translation>Si alguna vez se olvida una frase de contraseña, esta clave es la única forma de volver a entrar a la bóveda. Imprímala o anótela ahora.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key on paper</source>
        <translation>Imprimir la clave de recuperación en papel</translation>
    </message>
    <message>
        <source>Keep it away from the laptop, for example in the office safe. Anyone with this key and the laptop can open every case file. Do not photograph it, email it or save it in a file.</source>
        <translation>Guárdela lejos de la computadora, por ejemplo en la caja fuerte de la oficina. Cualquiera con esta clave y la computadora puede abrir todos los expedientes. No la fotografíe, no la envíe por correo ni la guarde en un archivo.</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>&amp;Guardé la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RedactionList</name>
    <message>
        <source>What this redacted report removes</source>
        <translation>Lo que oculta este informe censurado</translation>
    </message>
    <message>
        <source>Text in the vault</source>
        <translation>Texto en la bóveda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Redactions in the report shown</source>
        <translation>Datos ocultos en el informe mostrado</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) may be names of people who are not in the vault and were NOT removed. Check each one in the preview before you save or print.</source>
        <translation>
            <numerusform>%n palabra puede ser el nombre de una persona que no está en la bóveda y NO se ocultó. Revísela en la vista previa antes de guardar o imprimir.</numerusform>
            <numerusform>%n palabras pueden ser nombres de personas que no están en la bóveda y NO se ocultaron. Revise cada una en la vista previa antes de guardar o imprimir.</numerusform>
        </translation>
    </message>
    <message>
        <source>To check: possible names, not removed (%1)</source>
        <translation>Por revisar: posibles nombres, no ocultos (%1)</translation>
    </message>
    <message>
        <source>Possible name</source>
        <translation>Posible nombre</translation>
    </message>
    <message>
        <source>No other words that look like names were found.</source>
        <translation>No se encontraron otras palabras que parezcan nombres.</translation>
    </message>
    <message>
        <source>Removed or masked (%1)</source>
        <translation>Ocultos o enmascarados (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
</context>
<context>
    <name>Redactions</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>Número de Seguro Social</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Licence plate</source>
        <translation>Placa del vehículo</translation>
    </message>
    <message>
        <source>Identifying number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identificador de registro</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>FOIA request</source>
        <translation>Solicitud FOIA</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>relato</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>family ties</source>
        <translation>vínculos familiares</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>declaraciones</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>declaración</translation>
    </message>
    <message>
        <source>stop basis</source>
        <translation>motivo de la parada</translation>
    </message>
    <message>
        <source>records sought</source>
        <translation>registros solicitados</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nombre del archivo</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>número de seguimiento</translation>
    </message>
    <message>
        <source>custody facility</source>
        <translation>centro de detención</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>vehículos</translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulario:</translation>
    </message>
    <message>
        <source>&amp;Issued on (required):</source>
        <translation>&amp;Emitida el (obligatorio):</translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation>Co&amp;ndiciones:</translation>
    </message>
    <message>
        <source>Check-ins, reporting, travel limits</source>
        <translation>Presentaciones, reportes, límites de viaje</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Encounter:</source>
        <translation>&amp;Encuentro:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Client the summary is about</source>
        <translation>Cliente del resumen</translation>
    </message>
    <message>
        <source>Encounter to report on</source>
        <translation>Encuentro del informe</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Redacted report</source>
        <translation>Informe censurado</translation>
    </message>
    <message>
        <source>Also write the words listed for review as &amp;initials</source>
        <translation>Escri&amp;bir también como iniciales las palabras por revisar</translation>
    </message>
    <message>
        <source>Capitalised words that may be names of people who are not in the vault are listed for you to check. Tick this to write them as initials too (places among them as well).</source>
        <translation>Las palabras con mayúscula que pueden ser nombres de personas que no están en la bóveda se listan para que las revise. Marque esta casilla para escribirlas también como iniciales (incluidos los lugares que haya entre ellas).</translation>
    </message>
    <message>
        <source>Also redact the words listed for review</source>
        <translation>Ocultar también las palabras por revisar</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Build the report and show it here (%1)</source>
        <translation>Generar el informe y mostrarlo aquí (%1)</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Avance del informe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation>Cancelar la generación del informe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the report shown (%1)</source>
        <translation>Imprimir el informe mostrado (%1)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the report shown as a PDF file (%1)</source>
        <translation>Guardar el informe mostrado como archivo PDF (%1)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Guardar el informe como archivo PDF</translation>
    </message>
    <message>
        <source>The options changed: press Preview to see them. Print and Save first build the report again with these options and show it.</source>
        <translation>Las opciones cambiaron: pulse Vista previa para verlas. Imprimir y Guardar primero vuelven a generar el informe con estas opciones y lo muestran.</translation>
    </message>
    <message>
        <source>The report shown now has the options you chose. Check it, then press Save again.</source>
        <translation>El informe mostrado ya tiene las opciones elegidas. Revíselo y pulse Guardar como PDF otra vez.</translation>
    </message>
    <message>
        <source>The report shown now has the options you chose. Check it, then press Print again.</source>
        <translation>El informe mostrado ya tiene las opciones elegidas. Revíselo y pulse Imprimir otra vez.</translation>
    </message>
    <message>
        <source>Too weak: %1 Passphrase for the PDF:</source>
        <translation>Demasiado débil: %1 Frase de contraseña del PDF:</translation>
    </message>
    <message>
        <source>Re&amp;dacted version</source>
        <translation>Versión &amp;censurada</translation>
    </message>
    <message>
        <source>Both days included. Leave a date empty for no limit.</source>
        <translation>Ambos días incluidos. Deje una fecha vacía para no poner límite.</translation>
    </message>
    <message>
        <source>Names as initials, A-number masked; no address, phone or date of birth.</source>
        <translation>Nombres como iniciales, número A oculto; sin dirección, teléfono ni fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Protect &amp;with a passphrase</source>
        <translation>Proteger &amp;con una frase de contraseña</translation>
    </message>
    <message>
        <source>For sending by email: the saved PDF opens only with the passphrase (AES-256). Tell the recipient the passphrase another way.</source>
        <translation>Para enviar por correo: el PDF guardado solo se abre con la frase de contraseña (AES-256). Comuníquele la frase al destinatario por otra vía.</translation>
    </message>
    <message>
        <source>Protect the saved PDF with a passphrase</source>
        <translation>Proteger el PDF guardado con una frase de contraseña</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>Guardar C&amp;SV…</translation>
    </message>
    <message>
        <source>Save the pattern report&apos;s numbers as a spreadsheet file</source>
        <translation>Guardar las cifras del informe de patrones como hoja de cálculo</translation>
    </message>
    <message>
        <source>Save the pattern report&apos;s numbers as CSV</source>
        <translation>Guardar las cifras del informe de patrones como CSV</translation>
    </message>
    <message>
        <source>The preview is kept in memory only. A saved or printed report holds case data: keep it as safely as the case file.</source>
        <translation>La vista previa solo está en la memoria. Un informe guardado o impreso contiene datos del caso: guárdelo con el mismo cuidado que el expediente.</translation>
    </message>
    <message>
        <source>Choose the client: type part of a name or A-number and pick one from the list.</source>
        <translation>Elija al cliente: escriba parte de un nombre o número A y elíjalo de la lista.</translation>
    </message>
    <message>
        <source>Choose the encounter: type a date, city or a word from the narrative and pick one from the list.</source>
        <translation>Elija el encuentro: escriba una fecha, ciudad o palabra del relato y elíjalo de la lista.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>El período termina antes de empezar: revise las dos fechas.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The report was built but could not be shown. Try again; if it keeps happening, tell your administrator.</source>
        <translation>El informe se generó pero no se pudo mostrar. Vuelva a intentarlo; si sigue pasando, avise a su administrador/a.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>No se pudo iniciar la impresora. Revise que esté conectada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase for the PDF (give it to the recipient another way, not in the same email):</source>
        <translation>Frase de contraseña del PDF (compártala con el destinatario por otra vía, no en el mismo correo):</translation>
    </message>
    <message>
        <source>Protect the PDF</source>
        <translation>Proteger el PDF</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Escriba la frase de contraseña otra vez:</translation>
    </message>
    <message>
        <source>The two passphrases were different. Passphrase for the PDF:</source>
        <translation>Las dos frases de contraseña eran distintas. Frase de contraseña del PDF:</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation>Guardar las cifras como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (%1)</source>
        <translation>Buscar en todo (%1)</translation>
    </message>
    <message>
        <source>Search people, encounters, documents, notes and FOIA requests (%1)</source>
        <translation>Buscar personas, encuentros, documentos, notas y solicitudes FOIA (%1)</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Buscar en la bóveda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>FOIA requests</source>
        <translation>Solicitudes FOIA</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Many matches: the best of the newest %1. Add a word to narrow the search.</source>
        <translation>Muchas coincidencias: las mejores de las %1 más recientes. Añada otra palabra.</translation>
    </message>
    <message>
        <source>More records match than search ranks: these are the best of the %1 most recently added that match. Add a word to find the others.</source>
        <translation>Coinciden más registros de los que la búsqueda ordena: estos son los mejores de los %1 añadidos más recientemente. Añada una palabra para encontrar los demás.</translation>
    </message>
    <message>
        <source>Nothing found for this search.</source>
        <translation>No se encontró nada con esta búsqueda.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>Collateral arrests</source>
        <translation>Arrestos colaterales</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>FOIA</source>
        <translation>FOIA</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Officers and vehicles</source>
        <translation>Agentes y vehículos</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>This section could not be opened. A report without case data was written to the log folder.</source>
        <translation>No se pudo abrir esta sección. Se escribió un informe sin datos de casos en la carpeta de registros.</translation>
    </message>
    <message>
        <source>This section is not available</source>
        <translation>Esta sección no está disponible</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Casefile</source>
        <translation>Configuración — Casefile</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Lock after this many minutes without use:</source>
        <translation>&amp;Bloquear tras estos minutos sin uso:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <translation>Minutos antes de bloquear</translation>
    </message>
    <message>
        <source>&amp;Remind me to back up after:</source>
        <translation>&amp;Recordarme hacer copia de seguridad tras:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days before the backup reminder</source>
        <translation>Días antes del recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <source>Report &amp;paper size:</source>
        <translation>&amp;Tamaño de papel de los informes:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Report paper size</source>
        <translation>Tamaño de papel de los informes</translation>
    </message>
    <message>
        <source>Lan&amp;guage / Idioma:</source>
        <translation>&amp;Idioma / Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The vault is open: please read</source>
        <translation>La bóveda está abierta: lea esto, por favor</translation>
    </message>
</context>
<context>
    <name>SourceEdit</name>
    <message>
        <source>The client&apos;s account</source>
        <translation>El relato del cliente</translation>
    </message>
    <message>
        <source>A witness (person)</source>
        <translation>Un testigo (persona)</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Un documento</translation>
    </message>
    <message>
        <source>Other (describe)</source>
        <translation>Otra (descríbala)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Source described</source>
        <translation>Fuente descrita</translation>
    </message>
</context>
<context>
    <name>StatusHistoryDialog</name>
    <message>
        <source>FOIA status history</source>
        <translation>Historial de estados de la solicitud FOIA</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Clocks (computed — verify)</source>
        <translation>Plazos (calculado — verificar)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>Recibida por la agencia</translation>
    </message>
    <message>
        <source>Extension (working days)</source>
        <translation>Prórroga (días hábiles)</translation>
    </message>
    <message>
        <source>Expedited processing decided</source>
        <translation>Trámite acelerado resuelto</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Plazo suspendido</translation>
    </message>
    <message>
        <source>Clock running again</source>
        <translation>El plazo vuelve a correr</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <source>Adverse determination</source>
        <translation>Decisión adversa</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Apelación presentada</translation>
    </message>
    <message>
        <source>Appeal received by the agency</source>
        <translation>Apelación recibida por la agencia</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>Apelación resuelta</translation>
    </message>
    <message>
        <source>OGIS mediation requested</source>
        <translation>Mediación de la OGIS solicitada</translation>
    </message>
    <message>
        <source>OGIS case number</source>
        <translation>Número de caso de la OGIS</translation>
    </message>
    <message>
        <source>OGIS closed its case</source>
        <translation>La OGIS cerró su caso</translation>
    </message>
    <message>
        <source>OGIS outcome</source>
        <translation>Resultado de la OGIS</translation>
    </message>
    <message>
        <source>Lawsuit filed</source>
        <translation>Demanda presentada</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1: se borró</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Production received on %1: %2 pages</source>
        <translation>Entrega recibida el %1: %2 páginas</translation>
    </message>
    <message>
        <source>Production received on %1 corrected (see the production log)</source>
        <translation>Entrega recibida el %1 corregida (vea el registro de entregas)</translation>
    </message>
    <message>
        <source>Production received on %1 removed to the Trash (%2 pages no longer counted)</source>
        <translation>Entrega recibida el %1 movida a la papelera (sus %2 páginas ya no cuentan)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>OGIS mediation does not toll the appeal deadline (%1).</source>
        <translation>La mediación de la OGIS no suspende el plazo de apelación (%1).</translation>
    </message>
    <message>
        <source>The appeal was filed on %1.</source>
        <translation>La apelación se presentó el %1.</translation>
    </message>
    <message>
        <source>The appeal is due by %1, computed without tolling — verify.</source>
        <translation>La apelación vence el %1, calculado sin suspensión — verificar.</translation>
    </message>
    <message>
        <source>answered or done</source>
        <translation>respondido o cumplido</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It is shorter than 10 characters.</source>
        <translation>Tiene menos de 10 caracteres.</translation>
    </message>
    <message>
        <source>It is longer than 1024 characters.</source>
        <translation>Tiene más de 1024 caracteres.</translation>
    </message>
    <message>
        <source>It would be guessed quickly by someone with the laptop and time.</source>
        <translation>Alguien con la computadora y tiempo la adivinaría rápido.</translation>
    </message>
    <message>
        <source>Use four or more unrelated words.</source>
        <translation>Use cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation>Agregue una o dos palabras más; mejor si son poco comunes.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Agregue una o dos palabras más. Mejor si son poco comunes.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use varias palabras y evite frases comunes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, dígitos ni mayúsculas.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones cortos de teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como «aaa» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evite palabras y caracteres repetidos.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como «abc» o «6543» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evite las secuencias.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evite los años recientes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evite los años relacionados con usted.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evite fechas y años relacionados con usted.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Se parece a una contraseña de uso común.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Las mayúsculas no ayudan mucho.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Los cambios previsibles como «@» en lugar de «a» no ayudan mucho.</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>Eastern (New York)</source>
        <translation>Este (Nueva York)</translation>
    </message>
    <message>
        <source>Central (Chicago)</source>
        <translation>Centro (Chicago)</translation>
    </message>
    <message>
        <source>Mountain (Denver)</source>
        <translation>Montaña (Denver)</translation>
    </message>
    <message>
        <source>Arizona (Phoenix)</source>
        <translation>Arizona (Phoenix)</translation>
    </message>
    <message>
        <source>Pacific (Los Angeles)</source>
        <translation>Pacífico (Los Ángeles)</translation>
    </message>
    <message>
        <source>Alaska (Anchorage)</source>
        <translation>Alaska (Anchorage)</translation>
    </message>
    <message>
        <source>Hawaii (Honolulu)</source>
        <translation>Hawái (Honolulu)</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
</context>
<context>
    <name>TrashSection</name>
    <message>
        <source>Records moved to the trash are hidden from lists and search but kept, with their history, until you delete them for good.</source>
        <translation>Los registros movidos a la papelera no aparecen en las listas ni en la búsqueda, pero se conservan, con su historial, hasta que los elimine definitivamente.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>Se restauró «%1».</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete “%1” for good? It and its history cannot be brought back, not even from the trash.</source>
        <translation>¿Eliminar «%1» definitivamente? Ni el registro ni su historial se podrán recuperar, ni siquiera desde la papelera.</translation>
    </message>
    <message>
        <source>Deleted “%1” for good.</source>
        <translation>Se eliminó «%1» definitivamente.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock — Casefile</source>
        <translation>Desbloquear — Casefile</translation>
    </message>
    <message>
        <source>Unlock your case files</source>
        <translation>Desbloquee sus expedientes</translation>
    </message>
    <message>
        <source>Everything in the vault is encrypted. Type your passphrase to open it.</source>
        <translation>Todo lo que hay en la bóveda está cifrado. Escriba su frase de contraseña para abrirla.</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>&amp;Bóveda:</translation>
    </message>
    <message>
        <source>Open &amp;other…</source>
        <translation>Abrir &amp;otra…</translation>
    </message>
    <message>
        <source>Choose another vault folder</source>
        <translation>Elegir otra carpeta de bóveda</translation>
    </message>
    <message>
        <source>&amp;User (optional):</source>
        <translation>&amp;Usuario/a (opcional):</translation>
    </message>
    <message>
        <source>Your user name in this vault</source>
        <translation>Su nombre de usuario en esta bóveda</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Open the vault (Enter)</source>
        <translation>Abrir la bóveda (Intro)</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Crear una bóveda &amp;nueva…</translation>
    </message>
    <message>
        <source>Unlocking… checking the passphrase takes a moment.</source>
        <translation>Desbloqueando… comprobar la frase de contraseña tarda un momento.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation>Usar mi &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Use recovery &amp;key</source>
        <translation>Usar la &amp;clave de recuperación</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Elija la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Choose the vault folder first (Open other…).</source>
        <translation>Elija primero la carpeta de la bóveda (Abrir otra…).</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Escriba la clave de recuperación.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Updating this vault for this version of Casefile. This happens once and can take a minute on a large vault; nothing is lost if it is interrupted.</source>
        <translation>Actualizando esta bóveda para esta versión de Casefile. Ocurre una sola vez y puede tardar un minuto en una bóveda grande; no se pierde nada si se interrumpe.</translation>
    </message>
    <message>
        <source>The vault cannot be opened</source>
        <translation>No se puede abrir la bóveda</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>Who you are</source>
        <translation>Quién es usted</translation>
    </message>
    <message>
        <source>Every change in the vault is recorded with the name of the person who made it.</source>
        <translation>Cada cambio en la bóveda queda registrado con el nombre de la persona que lo hizo.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>e.g. maria or Maria Lopez</source>
        <translation>p. ej., maria o María López</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation>Asistente legal</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>You can add colleagues with their own passphrases later, in Settings → Users.</source>
        <translation>Más adelante puede agregar colegas con sus propias frases de contraseña, en Configuración → Usuarios.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Each colleague unlocks this vault with a passphrase of their own, and the audit log records who did what. Removing someone changes the vault&apos;s key, so nothing they kept opens it again.</source>
        <translation>Cada colega desbloquea esta bóveda con su propia frase de contraseña, y el registro de auditoría anota quién hizo qué. Al quitar a alguien se cambia la clave de la bóveda, de modo que nada de lo que haya guardado vuelve a abrirla.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Remove selected user…</source>
        <translation>&amp;Quitar el usuario seleccionado…</translation>
    </message>
    <message>
        <source>Add a colleague</source>
        <translation>Agregar un colega</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Fun&amp;ción:</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>T&amp;ype it again:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Agregar usuario</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>New pa&amp;ssphrase:</source>
        <translation>Nueva fra&amp;se de contraseña:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>Also change the vault&apos;s key (use this if someone may know the old passphrase)</source>
        <translation>Cambiar también la clave de la bóveda (úselo si alguien pudiera conocer la frase anterior)</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Nombre del nuevo usuario</translation>
    </message>
    <message>
        <source>Users of this vault</source>
        <translation>Usuarios de esta bóveda</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation>Asistente legal</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Quitado el %1</translation>
    </message>
    <message>
        <source>Active (you)</source>
        <translation>Activo (usted)</translation>
    </message>
    <message>
        <source>Active, but has no key: cannot unlock</source>
        <translation>Activo, pero sin clave: no puede desbloquear</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation>Escriba el nombre del nuevo usuario.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>%1 was added. They unlock the vault with their own passphrase.</source>
        <translation>Se agregó a %1. Desbloquea la bóveda con su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>Remove %1? Their passphrase will no longer open this vault. Casefile re-encrypts the vault under a new key, which can take a minute or two on a large vault. Backups made before now still open with their old passphrase.</source>
        <translation>¿Quitar a %1? Su frase de contraseña ya no abrirá esta bóveda. Casefile vuelve a cifrar la bóveda con una clave nueva, lo que puede tardar uno o dos minutos en una bóveda grande. Las copias de seguridad hechas antes de ahora se siguen abriendo con su frase anterior.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <source>%1 was removed and the vault&apos;s key was changed.</source>
        <translation>Se quitó a %1 y se cambió la clave de la bóveda.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Se cambió su frase de contraseña. Use la nueva de ahora en adelante.</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>&amp;Matrícula:</translation>
    </message>
    <message>
        <source>Plate &amp;state:</source>
        <translation>&amp;Estado de la matrícula:</translation>
    </message>
    <message>
        <source>Two letters: TX, CA…</source>
        <translation>Dos letras: TX, CA…</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>Ma&amp;rca:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>Mar&amp;kings:</source>
        <translation>&amp;Letreros y marcas:</translation>
    </message>
    <message>
        <source>Unmarked, light bar, lettering…</source>
        <translation>Sin distintivos, barra de luces, letras…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Give the plate, or the make, model, colour or markings.</source>
        <translation>Indique la matrícula, o la marca, el modelo, el color o los letreros.</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Nuevo vehículo</translation>
    </message>
</context>
<context>
    <name>VehiclesModel</name>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
</context>
<context>
    <name>VersionForm</name>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>What it &amp;says:</source>
        <translation>Lo que &amp;dice:</translation>
    </message>
    <message>
        <source>Pa&amp;ge or paragraph:</source>
        <translation>Pá&amp;gina o párrafo:</translation>
    </message>
</context>
</TS>
