<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>ANumberEdit</name>
    <message>
        <source>e.g. A-012-345-678 (8 or 9 digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPointForm</name>
    <message>
        <source>e.g. how agents entered, warrant shown, consent to fingerprinting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions differ (disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what each source says on this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BiometricForm</name>
    <message>
        <source>&amp;Whose biometrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conse&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before &amp;arrest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it taken before the person was arrested?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;bases checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: IDENT/HART, NGI, state, gang database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they were &amp;told:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollateralArrestsModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Calculated by Casefile from other records. Check it against the notice or the rule before relying on it.</source>
        <translation>Casefile lo calculó a partir de otros registros. Compruébelo con la notificación o la norma antes de confiar en él.</translation>
    </message>
    <message>
        <source>Overdue deadlines (%1)</source>
        <translation>Plazos vencidos (%1)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (leave empty if not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day, e.g. 05:50 or 5:50 pm. Leave empty if it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the place where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day: write it as HH:MM, e.g. 05:50 or 17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from memory; nothing decrypted is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF could not be read. Export it to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image format cannot be shown inside Casefile. Export it to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this kind (%1) cannot be shown inside Casefile. Export it to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Parts of the encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the time empty if it is not known; pick the time zone of the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the &amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. parking lot of the Walmart on Manhattan Blvd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp; where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of officers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents &amp;identified themselves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one, or type what they said, e.g. &apos;said they were police&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they entered or stopped people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For homes and workplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed, and how — or &apos;none&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason agents gave for the stop or entry, in the words reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of warrant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shown to anyone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person named on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints, photos and other biometrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisals and statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights &amp;advisals given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What warnings were given, when, in which language — or &apos;none&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. English, no interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions and answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person was asked and what they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling &amp;indicators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks made, who else was stopped or questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisals &amp; statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Personas</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who saw it and could give a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s account, in &amp;full:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account comparison (I-213 against the other accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible FTCA claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTCA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a computed deadline two years after the encounter (computed — verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison &amp; claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated notes about this encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Next: %1 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date it happened (and the time, if known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who this person is, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterParts</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officers described yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fingerprints, photos or scans recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each person who was there: the target, anyone else agents stopped or took, family, witnesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare what the I-213 says with the client&apos;s account, point by point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncountersModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncountersSection</name>
    <message>
        <source>Any setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by how agents entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation type="unfinished">Encuentros</translation>
    </message>
    <message>
        <source>&amp;New encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search places, narratives, statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n encounter(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
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
    <name>FoiaModel</name>
    <message>
        <source>computed — verify</source>
        <translation>calculado — verificar</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Respuesta vence</translation>
    </message>
    <message>
        <source>Appeal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{date} (time unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is an earlier version, kept when it was replaced or moved to the trash. Select one to see what it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions: this record has not been changed since it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the next version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1: (empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Replaced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>At liberty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on recognizance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives to detention (ATD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courthouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE-ERO (Enforcement and Removal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE-HSI (Homeland Security Investigations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP Border Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP Field Operations (OFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheriff&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>287(g) task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FBI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Marshals (USMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>287(g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fugitive operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal Alien Program (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative warrant (I-200), signed by an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative warrant (I-205), signed by an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial arrest warrant (signed by a judge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial search warrant (signed by a judge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents did not enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry by ruse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents were already inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not identify themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iris scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNA sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile handheld device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartphone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (person sought)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-200 administrative arrest warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-205 administrative removal warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-213 record of deportable alien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-862 Notice to Appear (NTA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-286 custody determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-247A detainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-220A release on recognizance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USCIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBIM (biometric records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EOIR (immigration courts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Civil Rights and Civil Liberties (CRCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Inspector General (OIG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or local agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master calendar hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual (merits) hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIA appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA appeal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTCA claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE check-in</source>
        <translation type="unfinished"></translation>
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
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&apos;iche&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&apos;anjob&apos;al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quechua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixtec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zapotec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nahuatl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wolof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian (Dari/Farsi)</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;About Casefile</source>
        <translation>&amp;Acerca de Casefile</translation>
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
        <source>Something went wrong inside Casefile. Your saved work is safe. A report without any case data was written to the log folder; please tell your administrator.</source>
        <translation>Algo falló dentro de Casefile. Su trabajo guardado está a salvo. Se escribió un informe sin datos de casos en la carpeta de registros; avise a su administrador/a.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 1500 (empty if none set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;encounter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;FOIA request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Officer&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As given, or &apos;unknown&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform, vest markings, what they did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or MM/DD/YYYY, or press Alt+Down for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date: check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD (e.g. 2026-09-15) or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The list could not be loaded. A report without case data was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>&amp;Person (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Target: the person agents came for. Collateral: anyone else they took action against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened to them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrested &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arresting a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis stated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason agents gave, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken to (&amp;facility):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond (US$):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTA served o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-213 received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest n&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest details (when the outcome is arrested, detained or removed)</source>
        <translation type="unfinished"></translation>
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
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation type="unfinished">Número A</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show clients or everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any custody status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by custody status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name, A-number, facility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n person(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client of this clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;names used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one, or type the language (e.g. Akateko)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact — sensitive, left out of shared reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention &amp;facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration &amp;judge decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision; a BIA appeal deadline 30 days later is computed from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp;ties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. US-citizen children, spouse&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated notes about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A-012-345-678 (leave empty if unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client of this clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the last saved version of this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions: what changed, who, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before leaving it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash? It disappears from lists and search; you can restore it from Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPicker</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who is not in the vault yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or A-number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date, city or word from the narrative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a document title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an agency or tracking number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person chosen: pick one from the suggestions, or use “New…” to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen: pick one from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is no longer here (it may be in the trash).</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Language / Idioma:</source>
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
    <name>SourceEdit</name>
    <message>
        <source>The client&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A witness (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (describe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source described</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>Eastern (New York)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central (Chicago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mountain (Denver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arizona (Phoenix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacific (Los Angeles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alaska (Anchorage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hawaii (Honolulu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
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
        <source>You can add colleagues with their own passphrases later.</source>
        <translation>Más adelante puede agregar a colegas con sus propias frases de contraseña.</translation>
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
    <name>VersionForm</name>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it &amp;says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge or paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
