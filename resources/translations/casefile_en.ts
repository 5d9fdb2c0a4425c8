<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
    <name>AtdForm</name>
    <message>
        <source>&amp;Program (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ISAP, ankle monitor, SmartLINK app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>FOIA batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients (one request and one letter each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve from the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request, the same for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the raid or operation; a name is made if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for expedited processing in each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a state or local agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About (&amp;encounter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raid, stop or arrest the requests ask about, if one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write all letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request letter per client, into a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch “%1”: %2 requests to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before any letter was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 letters written in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 of %2 letters in %3. Check each before sending.</source>
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
    <name>BondForm</name>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial or redetermination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judge&apos;s bond decision may be appealed to the BIA within 30 days (8 CFR 1003.19(f), 1003.38(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty while not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (US$):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Identity and custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country and language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;encounter for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case page — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more in the Deadlines section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed — verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrested (custody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to Appear served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released from custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration judge&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final order of removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA request submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA request received by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA appeal filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA lawsuit filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
    <name>CollateralSection</name>
    <message>
        <source>People arrested, detained or removed who were not the ones agents came for. Open a row to see its encounter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral arrests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 collateral arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 collateral arrests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputedDate</name>
    <message>
        <source>%1 (computed — verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — OVERDUE: no complete response is recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>People who may be this person or conflict with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their case in a window of its own; this form keeps what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is not a conflict (kept in a note on the new person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it is not a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Possible conflicts: %n person(s) in the vault</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly adverse</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Encounter of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: look at the possible conflicts above, then open one, confirm it is not a conflict, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this is not a conflict: the note on the new person keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the person already in the vault in this encounter instead of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added yet: look at the possible conflicts above, then use one of them, confirm it is not a conflict, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourtParts</name>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No detention recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bond decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bond decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bond decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alternative to detention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add release order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove release order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No I-220A or I-220B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No motion recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossCaseDialog</name>
    <message>
        <source>Cross-case search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map of links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 encounter(s), %2 client(s)</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted backup of the whole vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency and tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue FOIA requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed — verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past: held or adjourned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated by Casefile from other records. Check it against the notice or the rule before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or past (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue FOIA requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained clients (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FOIA request is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is recorded as detained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Suit possible on %n FOIA request(s) (5 U.S.C. 552(a)(6)(C)(i)):</source>
        <translation>
            <numerusform>⚠ Suit possible on %n FOIA request (5 U.S.C. 552(a)(6)(C)(i)):</numerusform>
            <numerusform>⚠ Suit possible on %n FOIA requests (5 U.S.C. 552(a)(6)(C)(i)):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency missed its time limit, so administrative remedies are deemed exhausted and suit may be filed under 5 U.S.C. 552(a)(4)(B). An answer from the agency before suit is filed can still require an administrative appeal first. Computed — verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no determination by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no appeal decision by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This vault has never been backed up. Make a backup to an external drive now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The last backup is %n day(s) old. Make a new one to an external drive.</source>
        <translation>
            <numerusform>⚠ The last backup is %n day old. Make a new one to an external drive.</numerusform>
            <numerusform>⚠ The last backup is %n days old. Make a new one to an external drive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago.</source>
        <translation>
            <numerusform>Last backup: %n day ago.</numerusform>
            <numerusform>Last backup: %n days ago.</numerusform>
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
    <name>DeadlineEditor</name>
    <message>
        <source>Computed deadline — verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record it is computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the time empty for an all-day deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Master calendar hearing, Conroe Immigration Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encounter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FOIA request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hearing held or adjourned, a filing filed or waived: it is then done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (computed — verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile works this date out from another record; change that record to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the client&apos;s hearing record: open it to record what came of the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past: record whether it was held, adjourned or continued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date has come: you may act now.</source>
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
        <source>Past: held or adjourned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed — verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
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
    <name>Deadlines</name>
    <message>
        <source>Computed — verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Due</source>
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
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesSection</name>
    <message>
        <source>Overdue and upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which deadlines to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetentionForm</name>
    <message>
        <source>&amp;Facility (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Northwest ICE Processing Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained &amp;from (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty while the client is detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it &amp;ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document inside Casefile, from memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a decrypted copy outside the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date on the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. client, ICE via FOIA, county jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encounters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FOIA requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type (from its content):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the original bytes; any change to the file changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to this encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken near:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original name</source>
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
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter of %1 (%2), %3 min from the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter of %1 (%2), %3 min from the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is an ordinary, unencrypted copy: anyone who can open “%1” can read it. Keep it only as long as you need it.

Export it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1. This copy is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
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
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this document (%1)</source>
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
    <message>
        <source>Video and audio cannot be played on this computer (a system library QtMultimedia needs is missing). Export the file to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document</source>
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
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to add them to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and the text inside documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.heic *.txt *.doc *.docx *.odt *.mp3 *.m4a *.wav *.mp4 *.mov);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting “%1” into the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2; Cancel stops the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1” was cancelled; nothing was saved.</source>
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
        <translation type="unfinished"></translation>
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
        <source>FTCA claim &amp;presented on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six months later it may be deemed denied (28 U.S.C. 2675(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTCA denial &amp;mailed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suit is due six months after the denial is mailed (28 U.S.C. 2401(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTCA suit fi&amp;led on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible civil-rights claim (§ 1983 / Bivens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the state&apos;s personal-injury limitation date (Owens v. Okure; computed — verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil-rights suit filed o&amp;n:</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next part: %1</source>
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
    <name>EncounterLinks</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer records linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle records linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers and vehicles involved (records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles involved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterParts</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>1 encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 encounters</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was created, but you have not confirmed that you stored the recovery key. It will not be shown again. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoiaEditor</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedited processing requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a state or local agency: which one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a state or local agency: the days its law allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About (&amp;person):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About (&amp;encounter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raid, stop or arrest the request asks about, if one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved by the agency on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock starts here: 20 working days, plus any extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10 working days the agency took for unusual circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedited processing &amp;decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency must decide within 10 days of the request (552(a)(6)(E)(ii)(I))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock sto&amp;pped on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency asked for information or to clarify fees (552(a)(6)(A)(ii)(I)-(II))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer recei&amp;ved by the agency on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock runs again from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response recei&amp;ved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dverse determination on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A denial or partial denial; appeal within 90 working days (DHS) or 90 days (EOIR, FBI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal &amp;filed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal rec&amp;eived by the agency on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its decision is due 20 working days later (5 U.S.C. 552(a)(6)(A)(ii)); the filing date is used when this is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal &amp;decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lawsuit filed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGIS mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation re&amp;quested on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Office of Government Information Services mediates FOIA disputes (5 U.S.C. 552(h)(3)); a denial must tell you so (552(a)(6)(A)(i)(III)(bb))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGIS &amp;case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGIS cl&amp;osed its case on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation is voluntary and stops no FOIA time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation does not toll the appeal deadline (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was filed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the appeal by %1 (computed without tolling — verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (computed once the request&apos;s sent or receipt date is entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no clock runs while the request is a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (computed from an adverse determination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New FOIA request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoiaModel</name>
    <message>
        <source>computed — verify</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>FoiaSection</name>
    <message>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch of requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request for several clients: one request and one letter each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New FOIA request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search records sought, tracking numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 FOIA request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FOIA requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoiaToolsPanel</name>
    <message>
        <source>Request &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppeal letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact c&amp;hronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request letter for this agency, filled from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrative appeal letter, with its due date and rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates and missed time limits of this request, as an editable draft for a FOIA complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of status and dates, the productions, OGIS mediation and the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request first: letters are made from what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other requests made with this one, and their letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fact chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. Check it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source> (required)</source>
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
    <name>GuideDialog</name>
    <message>
        <source>User guide — Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingEditor</name>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tacoma Immigration Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a result is recorded the hearing is over: never overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjourned because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new date of a continued or adjourned hearing: it is the next hearing then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIA appeal&apos;s 30 days run from this date (8 C.F.R. 1003.38(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral: the 30 days run from the decision; mailed or electronic: from that service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIA a&amp;ppeal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed or waived closes the appeal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voluntary departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days granted: the period ends that many days after the hearing (8 CFR 1240.26; up to 120 before the end of proceedings, 60 at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client whose hearing it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hearing&apos;s date (and time, if known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingsModel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingsSection</name>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courts, judges, reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hearings</source>
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
    <name>IntakeDialog</name>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <source>Intake checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>FOIA request letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA appeal letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester (signs the letter; kept in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a fee waiver (5 U.S.C. 552(a)(4)(A)(iii))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All other requesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees agreed &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpedite reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to what the records show (hearing date, detention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-records &amp;law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state or local statute the request is made under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse determination (records withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadequate search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee waiver or fee category denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedited processing denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appeal of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your own paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Used for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Type a name or badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a plate or make…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an officer not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vehicle not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen: pick one from the suggestions, or use “New…” to add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedRecordEditor</name>
    <message>
        <source>Encounters, across all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its encounters move to that record; this one goes to the trash (restorable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record this one is the same as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksMap</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 encounter(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep your case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile keeps everything in one encrypted vault folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is a new, empty folder. Keep it on this laptop&apos;s own disk; make backups to an external drive from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder already holds files. Choose a new or empty folder; Casefile never writes over existing files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cross-case search (badge, plate, address)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines, overdue and upcoming, as calendar events (computed ones marked “verify”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Casefile now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile interchange files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export file is NOT encrypted: anyone who gets it can read it. Choose a redacted export (initials, no A-numbers, addresses or dates of birth) for anyone outside the legal team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile interchange files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the redacted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redacted export was written to %1.

These words may be names of people who are not in the vault, and were NOT removed. Check each one in the file before you share it:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile backups (*.cfbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1

Keep it on a separate drive, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deadline(s) to %1. The file is not encrypted.</source>
        <translation>
            <numerusform>Wrote %n deadline to %1. The file is not encrypted.</numerusform>
            <numerusform>Wrote %n deadlines to %1. The file is not encrypted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile %1

Offline, encrypted case files for immigration legal aid. Everything stays on this computer, in an encrypted vault; Casefile never connects to the network.

Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Casefile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the parts not played yet and compare the whole file with its recorded SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part is authenticated (AES-GCM) before it plays; the whole file is compared with its recorded SHA-256 as it plays from the start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file matches its recorded SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole file against its recorded SHA-256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document&apos;s file is damaged or was altered; playback stopped. Run Verify, and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be played inside Casefile (%1). Export it to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is open in another Casefile window or on another account of this computer. Close it there first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged or was changed outside Casefile, so it cannot be opened. It was left untouched. Restore it from your latest backup, or ask your administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Casefile vault in that folder. Choose the folder that holds your vault, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file for this user is missing. Check the user name, use the recovery key, or restore the vault&apos;s keys folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no user by that name. Check the user name, or leave it empty to try every user of this vault. Nothing is missing from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Casefile. Update Casefile to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document failed its integrity check and was not opened. Restore the vault from a backup to get an intact copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not open this vault. If it is the recovery key, one of its characters is mistyped: compare each group with the printed key (it never uses 0, O, 1 or I). If it is a passphrase, check Caps Lock and the keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key is typed correctly but does not open this vault: it may be another vault&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file of this vault is damaged and was skipped; the other users and the recovery key still open the vault. Run Verify, and restore the vault&apos;s keys folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some encrypted files in the vault belong to no document (usually left by a crash). They were moved to the vault&apos;s quarantine folder, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the vault is full, so the vault is open read-only: you can read, search, export and back up to another drive, but not make changes. Free some space, then lock and unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is older than the copy this computer last saw: changes made since then may be lost (an older copy put back, or a file deleted after a crash). Do not make changes; find the newest copy or backup of the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Casefile. Your saved work is safe. A report without any case data was written to the log folder; please tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This A-number already belongs to “%1”, who is in the vault. One person has one record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 1500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond in US dollars; leave empty if none was set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionForm</name>
    <message>
        <source>&amp;Motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filed on (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first motion to reopen or reconsider filed closes its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
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
        <translation type="unfinished"></translation>
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
    <name>OfficerEditor</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As given; leave empty if nobody knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform, vest markings, what they looked like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Fugitive Operations Team 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the officer&apos;s name, a description or a badge number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New officer</source>
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
    <name>OfficersModel</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
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
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersSection</name>
    <message>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, badges, units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search plates, makes, markings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
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
        <translation type="unfinished"></translation>
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
        <source>For someone arrested, detained or removed: choose that outcome above.</source>
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
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is the only way into the vault besides the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, like “lavender canoe quartz mitten”. Long and unusual beats short and complicated. Casefile cannot recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: this passphrase is strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and press Preview. The report is shown here from memory; nothing is written to disk until you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casefile report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Case pa&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters, documents, FOIA requests, notes and next deadlines of this person, in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case page</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Intake:</source>
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
        <source>Detentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond decisions (ICE or immigration judge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release orders (I-220A, I-220B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions (reopen, reconsider, suppress, terminate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal case dates (deadlines computed from them — verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered removed in absentia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration &amp;judge decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oral decision, or the mailing or electronic service of a written one: the BIA appeal is due 30 days later, moved past weekends and holidays (8 CFR 1003.38(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision ser&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIA a&amp;ppeal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final order of removal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions to reconsider (30 days) and reopen (90 days) run from it (INA 240(c)(6)(B), 240(c)(7)(C)(i))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final order &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final order &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In absentia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening for exceptional circumstances: 180 days; for lack of notice: no time limit (INA 240(b)(5)(C))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion to reopen fi&amp;led on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion to reconsider filed o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal to the BIA is due 30 days later (8 CFR 1003.19(f), 1003.38(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond app&amp;eal:</source>
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
    <name>ProductionDialog</name>
    <message>
        <source>Correct a production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: %1. Set their statuses and exemptions in the log; here, the production&apos;s own facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Bates number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionLogPanel</name>
    <message>
        <source>&amp;Receive production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a production PDF: it is kept encrypted, numbered (Bates) and its exemptions are proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages, e.g. 3-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected production&apos;s received date, Bates numbers or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected production to the Trash: its pages leave the totals, its PDF stays in Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages: %2 released in full, %3 in part, %4 withheld in full, %5 referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions (pages): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the text: check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the production received on %1 (%2 pages) from the log? Its pages leave the totals; it can be restored from the Trash, and its PDF stays in Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production removed to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production received; its exemptions are proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pages as one number (7) or a range (3-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections apply to the production received on %1 (%2 pages%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as checked.</source>
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
        <source>Needs an interpreter</source>
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
        <source>Preferred &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one, or type the language (e.g. Akateko)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickRecordDialog</name>
    <message>
        <source>New officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate &amp;state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
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
        <source>Already in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This A-number belongs to “%1”, who is already in the vault. One person has one record: open theirs to add to it, or correct the A-number here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
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
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row in the list to open it here.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1
Created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens every case file in the vault if a passphrase is forgotten. Keep this sheet locked away from the laptop, for example in the office safe. Do not photograph it or send it by email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a passphrase is ever forgotten, this key is the only way back into the vault. Print it or write it down now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it away from the laptop, for example in the office safe. Anyone with this key and the laptop can open every case file. Do not photograph it, email it or save it in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionList</name>
    <message>
        <source>What this redacted report removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions in the report shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) may be names of people who are not in the vault and were NOT removed. Check each one in the preview before you save or print.</source>
        <translation>
            <numerusform>%n word may be the name of someone who is not in the vault and was NOT removed. Check it in the preview before you save or print.</numerusform>
            <numerusform>%n words may be names of people who are not in the vault and were NOT removed. Check each one in the preview before you save or print.</numerusform>
        </translation>
    </message>
    <message>
        <source>To check: possible names, not removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other words that look like names were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed or masked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redactions</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
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
        <source>FOIA request</source>
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
    <message>
        <source>narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued on (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins, reporting, travel limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encounter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client the summary is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the words listed for review as &amp;initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalised words that may be names of people who are not in the vault are listed for you to check. Tick this to write them as initials too (places among them as well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also redact the words listed for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the report and show it here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report shown as a PDF file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options changed: press Preview to see them. Print and Save first build the report again with these options and show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report shown now has the options you chose. Check it, then press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report shown now has the options you chose. Check it, then press Print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak: %1 Passphrase for the PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;dacted version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both days included. Leave a date empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names as initials, A-number masked; no address, phone or date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect &amp;with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sending by email: the saved PDF opens only with the passphrase (AES-256). Tell the recipient the passphrase another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the saved PDF with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pattern report&apos;s numbers as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pattern report&apos;s numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is kept in memory only. A saved or printed report holds case data: keep it as safely as the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client: type part of a name or A-number and pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the encounter: type a date, city or a word from the narrative and pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was built but could not be shown. Try again; if it keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase for the PDF (give it to the recipient another way, not in the same email):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases were different. Passphrase for the PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, encounters, documents, notes and FOIA requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many matches: the best of the newest %1. Add a word to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More records match than search ranks: these are the best of the %1 most recently added that match. Add a word to find the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for this search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral arrests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers and vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section could not be opened. A report without case data was written to the log folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after this many minutes without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to back up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the backup reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage / Idioma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The vault is open: please read</source>
        <translation type="unfinished"></translation>
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
    <name>StatusHistoryDialog</name>
    <message>
        <source>FOIA status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks (computed — verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedited processing decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock running again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal received by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGIS mediation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGIS case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGIS closed its case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGIS outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawsuit filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production received on %1: %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production received on %1 corrected (see the production log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production received on %1 removed to the Trash (%2 pages no longer counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGIS mediation does not toll the appeal deadline (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was filed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is due by %1, computed without tolling — verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It is shorter than 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is longer than 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would be guessed quickly by someone with the laptop and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
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
    <name>TrashSection</name>
    <message>
        <source>Records moved to the trash are hidden from lists and search but kept, with their history, until you delete them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” for good? It and its history cannot be brought back, not even from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock — Casefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the vault is encrypted. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… checking the passphrase takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder first (Open other…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating this vault for this version of Casefile. This happens once and can take a minute on a large vault; nothing is lost if it is interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>Who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change in the vault is recorded with the name of the person who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maria or Maria Lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can add colleagues with their own passphrases later, in Settings → Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Each colleague unlocks this vault with a passphrase of their own, and the audit log records who did what. Removing someone changes the vault&apos;s key, so nothing they kept opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also change the vault&apos;s key (use this if someone may know the old passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, but has no key: cannot unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. They unlock the vault with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Their passphrase will no longer open this vault. Casefile re-encrypts the vault under a new key, which can take a minute or two on a large vault. Backups made before now still open with their old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed and the vault&apos;s key was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate &amp;state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters: TX, CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;kings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmarked, light bar, lettering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plate, or the make, model, colour or markings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclesModel</name>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
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
