<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Høringsdesk</source>
        <translation>Om Høringsdesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Bygget med</translation>
    </message>
    <message>
        <source>Register, tag, review and export the responses to a public consultation.</source>
        <translation>Registrér, tag, gennemgå og eksportér svarene i en offentlig høring.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Show the whole quote</source>
        <translation>Vis hele citatet</translation>
    </message>
    <message>
        <source>The administration&apos;s comment …</source>
        <translation>Forvaltningens bemærkning …</translation>
    </message>
    <message>
        <source>Gives rise to a change:</source>
        <translation>Giver anledning til ændring:</translation>
    </message>
    <message>
        <source>Choose one or more recommendations to answer them.</source>
        <translation>Vælg en eller flere anbefalinger for at besvare dem.</translation>
    </message>
    <message>
        <source>One answer for the {0} chosen recommendations.</source>
        <translation>Ét svar til de {0} valgte anbefalinger.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Registered</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>Response changed</source>
        <translation>Svar ændret</translation>
    </message>
    <message>
        <source>Sender anonymised</source>
        <translation>Afsender anonymiseret</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personoplysninger slettet</translation>
    </message>
    <message>
        <source>Anonymisation: shown after all</source>
        <translation>Anonymisering: vises alligevel</translation>
    </message>
    <message>
        <source>Anonymisation: also hidden</source>
        <translation>Anonymisering: skjules også</translation>
    </message>
    <message>
        <source>Anonymisation: decision taken back</source>
        <translation>Anonymisering: beslutning trukket tilbage</translation>
    </message>
    <message>
        <source>Recommendation created</source>
        <translation>Anbefaling oprettet</translation>
    </message>
    <message>
        <source>Recommendation changed</source>
        <translation>Anbefaling ændret</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>Forslag godkendt</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status ændret</translation>
    </message>
    <message>
        <source>Recommendation deleted</source>
        <translation>Anbefaling slettet</translation>
    </message>
    <message>
        <source>Recommendation restored</source>
        <translation>Anbefaling gendannet</translation>
    </message>
    <message>
        <source>Recommendation split</source>
        <translation>Anbefaling delt</translation>
    </message>
    <message>
        <source>Copied from the campaign</source>
        <translation>Kopieret fra kampagnen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Answer undone</source>
        <translation>Svar fortrudt</translation>
    </message>
    <message>
        <source>Sender changed</source>
        <translation>Afsender ændret</translation>
    </message>
    <message>
        <source>Sender added</source>
        <translation>Afsender tilføjet</translation>
    </message>
    <message>
        <source>Senders merged</source>
        <translation>Afsendere slået sammen</translation>
    </message>
    <message>
        <source>Sender split off</source>
        <translation>Afsender skilt ud</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Anden ændring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Include although late</source>
        <translation>Tages med trods fristen</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Dokumentnr.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Change?</source>
        <translation>Ændring?</translation>
    </message>
    <message>
        <source>Party kind</source>
        <translation>Afsendertype</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikke besluttet</translation>
    </message>
    <message>
        <source>yes, include it</source>
        <translation>ja, tag det med</translation>
    </message>
    <message>
        <source>no, leave it out</source>
        <translation>nej, udelad det</translation>
    </message>
    <message>
        <source>a removed section</source>
        <translation>et fjernet afsnit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>From {0}; a duplicate of response no. {1}</source>
        <translation>Fra {0}; dublet af svar nr. {1}</translation>
    </message>
    <message>
        <source>From {0} as no. {1}</source>
        <translation>Fra {0} som nr. {1}</translation>
    </message>
    <message>
        <source>As {0}, in response(s) no. {1}</source>
        <translation>Som {0}, i svar nr. {1}</translation>
    </message>
    <message>
        <source>In response(s) no. {0}</source>
        <translation>I svar nr. {0}</translation>
    </message>
    <message>
        <source>“{0}”, response no. {1}</source>
        <translation>“{0}”, svar nr. {1}</translation>
    </message>
    <message>
        <source>The answer to {0} recommendation(s) is as it was before</source>
        <translation>Svaret på {0} anbefaling(er) er som før</translation>
    </message>
    <message>
        <source>{0} recommendation(s)</source>
        <translation>{0} anbefaling(er)</translation>
    </message>
    <message>
        <source>{0} is now the same sender as {1}</source>
        <translation>{0} er nu samme afsender som {1}</translation>
    </message>
    <message>
        <source>This response has its own copy of the sender now: {0}</source>
        <translation>Svaret har nu sin egen kopi af afsenderen: {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Something unexpected went wrong: {0}

What was saved before stays saved. Details were written to {1}.</source>
        <translation>Noget uventet gik galt: {0}

Det, der var gemt før, er stadig gemt. Detaljer er skrevet i {1}.</translation>
    </message>
</context>
<context>
    <name>ChangePoller</name>
    <message>
        <source>Could not look for colleagues&apos; changes: {0}</source>
        <translation>Kunne ikke se efter kollegers ændringer: {0}</translation>
    </message>
</context>
<context>
    <name>ConsultationCommands</name>
    <message>
        <source>New consultation</source>
        <translation>Ny høring</translation>
    </message>
    <message>
        <source>Consultation settings</source>
        <translation>Høringens indstillinger</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Indlæs udkast</translation>
    </message>
    <message>
        <source>Drafts (*.docx *.md *.txt *.odt)</source>
        <translation>Udkast (*.docx *.md *.txt *.odt)</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>New consultation</source>
        <translation>Ny høring</translation>
    </message>
    <message>
        <source>Consultation settings</source>
        <translation>Høringens indstillinger</translation>
    </message>
    <message>
        <source>What the draft is about (optional)</source>
        <translation>Hvad udkastet handler om (valgfrit)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Kendt</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Angivet</translation>
    </message>
    <message>
        <source>One e-mail address per line</source>
        <translation>Én e-mailadresse pr. linje</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s website</source>
        <translation>fx kommunens hjemmeside</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighed</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Consultation starts</source>
        <translation>Høringen starter</translation>
    </message>
    <message>
        <source>Deadline (until 23:59)</source>
        <translation>Høringsfrist (til kl. 23:59)</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Offentliggjort på</translation>
    </message>
    <message>
        <source>Reply addresses</source>
        <translation>Svaradresser</translation>
    </message>
    <message>
        <source>Consultation list</source>
        <translation>Høringsliste</translation>
    </message>
    <message>
        <source>Delete personal data after</source>
        <translation>Slet personoplysninger efter</translation>
    </message>
    <message>
        <source>The consultation needs a title.</source>
        <translation>Høringen skal have en titel.</translation>
    </message>
    <message>
        <source>The consultation cannot start after its deadline.</source>
        <translation>Høringen kan ikke starte efter høringsfristen.</translation>
    </message>
</context>
<context>
    <name>DetailCommands</name>
    <message>
        <source>Your text is still in the notes field; it replaces theirs when it is saved (when you edit it or choose another response).</source>
        <translation>Din tekst står stadig i notefeltet; den erstatter kollegaens, når den gemmes (når du retter i den eller vælger et andet høringssvar).</translation>
    </message>
    <message>
        <source>Anonymise sender</source>
        <translation>Anonymisér afsender</translation>
    </message>
    <message>
        <source>Replace the private sender&apos;s name, address, e-mail and phone with a pseudonym everywhere – in the text, the recommendations and the stored files? This cannot be undone. Backups made before still hold the data until they rotate out (daily copies after 7 days, weekly after 4 weeks).</source>
        <translation>Erstat privatpersonens navn, adresse, e-mail og telefon med et pseudonym overalt – i teksten, anbefalingerne og de gemte filer? Det kan ikke fortrydes. Sikkerhedskopier lavet før indeholder stadig oplysningerne, indtil de roteres ud (daglige kopier efter 7 dage, ugentlige efter 4 uger).</translation>
    </message>
    <message>
        <source>Anonymising the sender everywhere…</source>
        <translation>Anonymiserer afsenderen overalt …</translation>
    </message>
    <message>
        <source>Anonymised as {0}.</source>
        <translation>Anonymiseret som {0}.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Slet personoplysninger</translation>
    </message>
    <message>
        <source>Erase all personal data in this response – senders&apos; names and contact details, notes and the stored files? The anonymised text and recommendations are kept. This cannot be undone. Backups made before still hold the data until they rotate out (daily copies after 7 days, weekly after 4 weeks).</source>
        <translation>Slet alle personoplysninger i dette svar – afsendernes navne og kontaktoplysninger, noter og de gemte filer? Den anonymiserede tekst og anbefalingerne bevares. Det kan ikke fortrydes. Sikkerhedskopier lavet før indeholder stadig oplysningerne, indtil de roteres ud (daglige kopier efter 7 dage, ugentlige efter 4 uger).</translation>
    </message>
    <message>
        <source>Erasing the personal data…</source>
        <translation>Sletter personoplysningerne …</translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation>Personoplysningerne er slettet.</translation>
    </message>
    <message>
        <source>No program could open {0}; a copy is in {1}.</source>
        <translation>Intet program kunne åbne {0}; en kopi ligger i {1}.</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>No draft imported yet</source>
        <translation>Intet udkast indlæst endnu</translation>
    </message>
    <message>
        <source>Import the draft with File → Import draft… (.docx, .md, .txt or .odt).</source>
        <translation>Indlæs udkastet med Fil → Indlæs udkast … (.docx, .md, .txt eller .odt).</translation>
    </message>
    <message>
        <source>(This section has no text of its own.)</source>
        <translation>(Afsnittet har ingen selvstændig tekst.)</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Personal data due for deletion</source>
        <translation>Personoplysninger, der skal slettes</translation>
    </message>
    <message>
        <source>Erase personal data now…</source>
        <translation>Slet personoplysningerne nu …</translation>
    </message>
    <message>
        <source>Consultations past their “delete personal data after” date:</source>
        <translation>Høringer, hvis dato for »slet personoplysninger efter« er passeret:</translation>
    </message>
    <message>
        <source>{0} – due {1:%d-%m-%Y} – {2} responses</source>
        <translation>{0} – skulle slettes {1:%d-%m-%Y} – {2} svar</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Intet skal slettes nu.</translation>
    </message>
    <message>
        <source>Erase the personal data of every response in “{0}”? The anonymised recommendations and answers are kept. This cannot be undone.</source>
        <translation>Slet personoplysningerne i alle svar i »{0}«? De anonymiserede anbefalinger og svar bevares. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Erasing the personal data…</source>
        <translation>Sletter personoplysningerne …</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <source>Edit text</source>
        <translation>Ret tekst</translation>
    </message>
    <message>
        <source>The edit changed the passage of {0} recommendation(s); check them.</source>
        <translation>Rettelsen ændrede passagen i {0} anbefaling(er); se dem efter.</translation>
    </message>
    <message>
        <source>{0} recommendation(s) lost their whole passage; check them.</source>
        <translation>{0} anbefaling(er) mistede hele deres passage; se dem efter.</translation>
    </message>
</context>
<context>
    <name>EditTextDialog</name>
    <message>
        <source>Edit response text</source>
        <translation>Ret høringssvarets tekst</translation>
    </message>
    <message>
        <source>Words marked with a wavy red line were read uncertainly by text recognition. Tagged passages move with the text; you are told if an edit changes one.</source>
        <translation>Ord med en bølget rød linje er læst usikkert af tekstgenkendelsen. Mærkede passager flytter med teksten; du får besked, hvis en rettelse ændrer en af dem.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Before you export: {0} thing(s) are not finished</source>
        <translation>Før du eksporterer: {0} ting er ikke færdige</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>Intet mangler</translation>
    </message>
    <message>
        <source>You can export anyway; the list shows what the council will not see yet.</source>
        <translation>Du kan eksportere alligevel; listen viser, hvad byrådet endnu ikke vil se.</translation>
    </message>
    <message>
        <source>Every response is finished and every recommendation answered.</source>
        <translation>Alle svar er færdigbehandlede, og alle anbefalinger er besvaret.</translation>
    </message>
    <message>
        <source>Excel overview for the council (.xlsx)</source>
        <translation>Excel-oversigt til byrådet (.xlsx)</translation>
    </message>
    <message>
        <source>Word høringsnotat (.docx)</source>
        <translation>Høringsnotat i Word (.docx)</translation>
    </message>
    <message>
        <source>All responses in one PDF for the case file (.pdf)</source>
        <translation>Alle høringssvar i én PDF til sagen (.pdf)</translation>
    </message>
    <message>
        <source>Internal – everything</source>
        <translation>Intern – med alt</translation>
    </message>
    <message>
        <source>Public – private persons anonymised</source>
        <translation>Offentlig – privatpersoner anonymiseret</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>Open the file when it is done</source>
        <translation>Åbn filen, når den er færdig</translation>
    </message>
    <message>
        <source>Review anonymisation…</source>
        <translation>Gennemse anonymisering …</translation>
    </message>
    <message>
        <source>See everything the public variant hides; show a false hit or hide more.</source>
        <translation>Se alt, hvad den offentlige udgave skjuler; vis et falsk fund, eller skjul mere.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Udgave</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>public</source>
        <translation>offentlig</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportér til</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Skrevet: {0}</translation>
    </message>
    <message>
        <source>{0} very long text(s) were cut (marked in the file).</source>
        <translation>{0} meget lange tekster blev afkortet (markeret i filen).</translation>
    </message>
</context>
<context>
    <name>FetchFlow</name>
    <message>
        <source>Fetch from mailboxes</source>
        <translation>Hent fra postkasser</translation>
    </message>
    <message>
        <source>Connecting to the mailboxes…</source>
        <translation>Forbinder til postkasserne …</translation>
    </message>
    <message>
        <source>Fetching {0} of {1}: {2}</source>
        <translation>Henter {0} af {1}: {2}</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import responses</source>
        <translation>Importér høringssvar</translation>
    </message>
    <message>
        <source>Responses (*.eml *.msg *.docx *.pdf *.txt *.html *.htm *.odt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Høringssvar (*.eml *.msg *.docx *.pdf *.txt *.html *.htm *.odt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importér en mappe</translation>
    </message>
    <message>
        <source>Fetch from mailboxes</source>
        <translation>Hent fra postkasser</translation>
    </message>
    <message>
        <source>The consultation has no mailboxes yet. Add the mailboxes the responses arrive in; then fetch again.</source>
        <translation>Høringen har ingen postkasser endnu. Tilføj de postkasser, høringssvarene kommer til; hent derefter igen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>No program could open {0}; a copy is in {1}.</source>
        <translation>Intet program kunne åbne {0}; en kopi ligger i {1}.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>En import er allerede i gang.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importing…</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing {0} of {1}: {2}</source>
        <translation>Importerer {0} af {1}: {2}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported: {0}   Duplicates: {1}   Rejected: {2}</source>
        <translation>Registreret: {0}   Dubletter: {1}   Afvist: {2}</translation>
    </message>
    <message>
        <source>   Skipped: {0}</source>
        <translation>   Sprunget over: {0}</translation>
    </message>
    <message>
        <source>ERROR     {0}</source>
        <translation>FEJL      {0}</translation>
    </message>
    <message>
        <source>NOTE      {0}</source>
        <translation>BEMÆRK    {0}</translation>
    </message>
    <message>
        <source>{0} The import stopped: {1} file(s) from {2} on were not registered (what is already registered is recognised as duplicates).</source>
        <translation>{0} Importen er stoppet: {1} fil(er) fra {2} og frem er ikke registreret (det allerede registrerede genkendes som dubletter).</translation>
    </message>
    <message>
        <source>The import was cancelled; the files above were handled, the rest were left.</source>
        <translation>Importen blev afbrudt; filerne ovenfor er behandlet, resten er ikke rørt.</translation>
    </message>
    <message>
        <source>REJECTED  {0}: {1}</source>
        <translation>AFVIST    {0}: {1}</translation>
    </message>
    <message>
        <source>SKIPPED   {0}: {1}</source>
        <translation>SPRUNGET OVER {0}: {1}</translation>
    </message>
    <message>
        <source>DUPLICATE {0}: {1}</source>
        <translation>DUBLET    {0}: {1}</translation>
    </message>
    <message>
        <source>WARNING   {0}: {1}</source>
        <translation>ADVARSEL  {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>{0} file(s) handled.</source>
        <translation>{0} fil(er) behandlet.</translation>
    </message>
</context>
<context>
    <name>InvitedEditor</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Response no.</source>
        <translation>Svar nr.</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Fundet ved</translation>
    </message>
    <message>
        <source>Ticks are found by e-mail address, organisation name or the organisation&apos;s domain. Correct them in &apos;Response no.&apos; (for example 3, 7).</source>
        <translation>Flueben findes ud fra e-mailadresse, organisationens navn eller organisationens domæne. Ret dem i »Svar nr.« (fx 3, 7).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Paste list</source>
        <translation>Indsæt liste</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Importér fra fil…</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domæne</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>rettet</translation>
    </message>
    <message>
        <source>possibly no. {0}?</source>
        <translation>muligvis nr. {0}?</translation>
    </message>
    <message>
        <source>{0} parties added.</source>
        <translation>{0} parter tilføjet.</translation>
    </message>
    <message>
        <source>Import the consultation list</source>
        <translation>Importér høringslisten</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv *.txt)</source>
        <translation>Regneark (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Response numbers must be numbers separated by commas: {0}</source>
        <translation>Svarnumre skal være tal adskilt af kommaer: {0}</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper …</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Offentlig myndighed</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Ændringsforslag</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Opbakning</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>General remark</source>
        <translation>Generel bemærkning</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ikke besluttet</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Tidspunkt ukendt</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Rettidig</translation>
    </message>
    <message>
        <source>Late (included)</source>
        <translation>For sent (medtages)</translation>
    </message>
    <message>
        <source>Late (not included)</source>
        <translation>For sent (medtages ikke)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>For sent</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Co-signer</source>
        <translation>Medafsender</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Forwarded by</source>
        <translation>Videresendt af</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Something unexpected went wrong: {0}

Your work up to the last change is saved. Details were written to {1}.</source>
        <translation>Der skete en uventet fejl: {0}

Dit arbejde frem til seneste ændring er gemt. Detaljer er skrevet i {1}.</translation>
    </message>
    <message>
        <source>It has been opened read-only.</source>
        <translation>Den er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <source>Take over the lock</source>
        <translation>Overtag låsen</translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation>Gendanner fra sikkerhedskopien …</translation>
    </message>
    <message>
        <source>The store was restored. The previous content is kept in {0}.</source>
        <translation>Databasen er gendannet. Det hidtidige indhold er gemt i {0}.</translation>
    </message>
</context>
<context>
    <name>MailboxForm</name>
    <message>
        <source>New mailbox</source>
        <translation>Ny postkasse</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postkasse</translation>
    </message>
    <message>
        <source>e.g. Høringspostkassen</source>
        <translation>fx Høringspostkassen</translation>
    </message>
    <message>
        <source>TLS (encrypted from the start, port 993)</source>
        <translation>TLS (krypteret fra start, port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (encrypted before login, port 143)</source>
        <translation>STARTTLS (krypteres før login, port 143)</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Adgangskode eller app-adgangskode</translation>
    </message>
    <message>
        <source>Microsoft 365 sign-in</source>
        <translation>Microsoft 365-login</translation>
    </message>
    <message>
        <source>kept in the keyring; leave empty to keep it</source>
        <translation>gemt i nøgleringen; lad feltet stå tomt for at beholde den</translation>
    </message>
    <message>
        <source>from IT (Microsoft Entra)</source>
        <translation>fra IT (Microsoft Entra)</translation>
    </message>
    <message>
        <source>Only mail received since</source>
        <translation>Kun post modtaget siden</translation>
    </message>
    <message>
        <source>only for an internal certificate (from IT)</source>
        <translation>kun ved et internt certifikat (fra IT)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse …</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sikkerhed:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Brugernavn:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Klient-id:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-fil:</translation>
    </message>
    <message>
        <source>Fetching only reads: nothing is marked as read, moved or deleted in the mailbox. The password is kept in the computer&apos;s keyring, not in Høringsdesk.</source>
        <translation>Hentning læser kun: intet i postkassen markeres som læst, flyttes eller slettes. Adgangskoden gemmes i computerens nøglering, ikke i Høringsdesk.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All (*)</source>
        <translation>Certifikater (*.pem *.crt *.cer);;Alle (*)</translation>
    </message>
</context>
<context>
    <name>MailboxesDialog</name>
    <message>
        <source>Mailboxes</source>
        <translation>Postkasser</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér …</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <source>Sign in to Microsoft 365…</source>
        <translation>Log ind på Microsoft 365 …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Responses are fetched from these mailboxes with File → Fetch from mailboxes.</source>
        <translation>Høringssvar hentes fra disse postkasser med Fil → Hent fra postkasser.</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>ikke hentet endnu</translation>
    </message>
    <message>
        <source>{0} message(s), last fetched {1}</source>
        <translation>{0} besked(er), sidst hentet {1}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder …</translation>
    </message>
    <message>
        <source>Connected and logged in; the folder holds {0} message(s).</source>
        <translation>Forbundet og logget ind; mappen indeholder {0} besked(er).</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Beder Microsoft om en login-kode …</translation>
    </message>
    <message>
        <source>Signed in; the access is kept in the keyring.</source>
        <translation>Logget ind; adgangen er gemt i nøgleringen.</translation>
    </message>
    <message>
        <source>Forget this mailbox? Responses fetched from it stay registered.</source>
        <translation>Glem denne postkasse? Høringssvar hentet fra den forbliver registreret.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Responses</source>
        <translation>Høringssvar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Høring</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>Høring:</translation>
    </message>
    <message>
        <source>Fetch from mailboxes</source>
        <translation>Hent fra postkasser</translation>
    </message>
    <message>
        <source>Register what is new in the consultation&apos;s mailboxes (nothing is changed there)</source>
        <translation>Registrér det nye i høringens postkasser (intet ændres dér)</translation>
    </message>
    <message>
        <source>← Back to the review</source>
        <translation>← Tilbage til gennemgangen</translation>
    </message>
    <message>
        <source>Personal data is due for deletion in {0} consultation(s): see Consultation → Personal data due for deletion.</source>
        <translation>Personoplysninger skal slettes i {0} høring(er): se Høring → Personoplysninger til sletning.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Import responses…</source>
        <translation>&amp;Importér høringssvar …</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importér &amp;mappe …</translation>
    </message>
    <message>
        <source>Import &amp;draft…</source>
        <translation>Indlæs &amp;udkast …</translation>
    </message>
    <message>
        <source>&amp;New response…</source>
        <translation>&amp;Nyt høringssvar…</translation>
    </message>
    <message>
        <source>Fetch from &amp;mailboxes</source>
        <translation>Hent fra &amp;postkasser</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér …</translation>
    </message>
    <message>
        <source>Review &amp;anonymisation…</source>
        <translation>Gennemse &amp;anonymisering …</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sikkerhedskopi …</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan …</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Edit response &amp;text…</source>
        <translation>Ret høringssvarets &amp;tekst…</translation>
    </message>
    <message>
        <source>&amp;Consultation</source>
        <translation>&amp;Høring</translation>
    </message>
    <message>
        <source>&amp;New consultation…</source>
        <translation>&amp;Ny høring …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
        <source>&amp;Mailboxes…</source>
        <translation>&amp;Postkasser …</translation>
    </message>
    <message>
        <source>Personal data due for &amp;deletion…</source>
        <translation>Personoplysninger til &amp;sletning …</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Høringsdesk…</source>
        <translation>&amp;Om Høringsdesk…</translation>
    </message>
    <message>
        <source>No consultation yet</source>
        <translation>Ingen høring endnu</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
</context>
<context>
    <name>ManualCommands</name>
    <message>
        <source>New response</source>
        <translation>Nyt høringssvar</translation>
    </message>
    <message>
        <source>The response is registered.</source>
        <translation>Høringssvaret er registreret.</translation>
    </message>
    <message>
        <source>Choose a response in the list first.</source>
        <translation>Vælg først et høringssvar i listen.</translation>
    </message>
    <message>
        <source>Edit response text</source>
        <translation>Ret høringssvarets tekst</translation>
    </message>
</context>
<context>
    <name>ManualEntryFlow</name>
    <message>
        <source>Registering…</source>
        <translation>Registrerer…</translation>
    </message>
    <message>
        <source>New response</source>
        <translation>Nyt høringssvar</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>sent, as the e-mail says</source>
        <translation>afsendt, ifølge e-mailen</translation>
    </message>
    <message>
        <source>received by the mail server</source>
        <translation>modtaget af postserveren</translation>
    </message>
    <message>
        <source>the file&apos;s time</source>
        <translation>filens tidspunkt</translation>
    </message>
    <message>
        <source>arrived in the mailbox (the e-mail has no date)</source>
        <translation>ankommet til postkassen (e-mailen har ingen dato)</translation>
    </message>
    <message>
        <source>Edit sender…</source>
        <translation>Redigér afsender …</translation>
    </message>
    <message>
        <source>Add sender…</source>
        <translation>Tilføj afsender …</translation>
    </message>
    <message>
        <source>Senders are right</source>
        <translation>Afsenderne er rigtige</translation>
    </message>
    <message>
        <source>Confirm the senders as they stand; the response is no longer flagged.</source>
        <translation>Bekræft afsenderne, som de står; svaret markeres ikke længere som usikkert.</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ikke besluttet</translation>
    </message>
    <message>
        <source>Yes, include it</source>
        <translation>Ja, medtages</translation>
    </message>
    <message>
        <source>No, leave it out</source>
        <translation>Nej, medtages ikke</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Tildel mig</translation>
    </message>
    <message>
        <source>F2 / eDoc document number</source>
        <translation>Dokumentnummer i F2 / eDoc</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Åbn original</translation>
    </message>
    <message>
        <source>Anonymise sender…</source>
        <translation>Anonymisér afsender …</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Slet personoplysninger …</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Include anyway</source>
        <translation>Medtages alligevel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Dokumentnr.</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Afsendere</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <source>No response chosen</source>
        <translation>Intet høringssvar valgt</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dublet</translation>
    </message>
    <message>
        <source>Response no. {0}</source>
        <translation>Høringssvar nr. {0}</translation>
    </message>
    <message>
        <source>(no sender found – add one)</source>
        <translation>(ingen afsender fundet – tilføj en)</translation>
    </message>
    <message>
        <source>Sender uncertain: {0}</source>
        <translation>Afsender usikker: {0}</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>med post</translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation>pr. telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>ved personligt fremmøde</translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <source>New response</source>
        <translation>Nyt høringssvar</translation>
    </message>
    <message>
        <source>One sender a line, e.g. “Anne Holm, Egevej 4, 8000 Aarhus C”</source>
        <translation>Én afsender pr. linje, fx “Anne Holm, Egevej 4, 8000 Aarhus C”</translation>
    </message>
    <message>
        <source>Read from what is written</source>
        <translation>Læses af det skrevne</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Offentlig myndighed</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt fremmøde</translation>
    </message>
    <message>
        <source>The response as written or said; leave empty to read an attached scan</source>
        <translation>Svaret som skrevet eller sagt; lad feltet stå tomt for at læse en vedhæftet scanning</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Ingen scanning vedhæftet</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Vedhæft scanning…</translation>
    </message>
    <message>
        <source>Sender(s)</source>
        <translation>Afsender(e)</translation>
    </message>
    <message>
        <source>Sender type</source>
        <translation>Afsendertype</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Modtaget via</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanning</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Vedhæft scanning</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scanninger</translation>
    </message>
</context>
<context>
    <name>OutlookDrop</name>
    <message>
        <source>Outlook&apos;s list of the dragged mails could not be read.</source>
        <translation>Outlooks liste over de trukne e-mails kunne ikke læses.</translation>
    </message>
    <message>
        <source>Outlook did not hand over the mail itself. Save the mail from Outlook as a .msg file (File → Save As) and drop the file here.</source>
        <translation>Outlook afleverede ikke selve e-mailen. Gem e-mailen fra Outlook som en .msg-fil (Filer → Gem som), og træk filen herind.</translation>
    </message>
    <message>
        <source>The dragged mail «{0}» arrived incomplete ({1} of {2} bytes).</source>
        <translation>Den trukne e-mail «{0}» kom ufuldstændigt frem ({1} af {2} byte).</translation>
    </message>
    <message>
        <source>{0} mails were dragged from Outlook; only the first, «{1}», could be taken along. Drag them one at a time, or save them as .msg files and drop the files.</source>
        <translation>Der blev trukket {0} e-mails fra Outlook; kun den første, «{1}», kunne tages med. Træk dem én ad gangen, eller gem dem som .msg-filer og træk filerne herind.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Responses</source>
        <translation>Høringssvar</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Rettidige</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>For sent</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Tidspunkt ukendt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletter</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagner</translation>
    </message>
    <message>
        <source>Responses in campaigns</source>
        <translation>Svar i kampagner</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Anbefalinger</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v af %m besvaret</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Tjek igen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Recommendations per section</source>
        <translation>Anbefalinger pr. afsnit</translation>
    </message>
    <message>
        <source>Recommendations per type</source>
        <translation>Anbefalinger pr. type</translation>
    </message>
    <message>
        <source>Consultation list</source>
        <translation>Høringsliste</translation>
    </message>
    <message>
        <source>&amp;Missing before export</source>
        <translation>&amp;Mangler før eksport</translation>
    </message>
    <message>
        <source>no sender yet</source>
        <translation>uden afsender endnu</translation>
    </message>
    <message>
        <source>By party kind: {0}</source>
        <translation>Efter afsendertype: {0}</translation>
    </message>
    <message>
        <source>Could not read the numbers: {0}</source>
        <translation>Tallene kunne ikke læses: {0}</translation>
    </message>
    <message>
        <source>No consultation list yet (Consultation → Settings).</source>
        <translation>Ingen høringsliste endnu (Høring → Indstillinger).</translation>
    </message>
    <message>
        <source>{0} of {1} invited parties have answered; not answered:</source>
        <translation>{0} af {1} inviterede parter har svaret; ikke svaret:</translation>
    </message>
    <message>
        <source>(everyone has answered)</source>
        <translation>(alle har svaret)</translation>
    </message>
    <message>
        <source>Nothing is missing – ready for export.</source>
        <translation>Intet mangler – klar til eksport.</translation>
    </message>
    <message>
        <source>… and {0} more. Fix the ones above and check again.</source>
        <translation>… og {0} mere. Ret dem ovenfor, og tjek igen.</translation>
    </message>
</context>
<context>
    <name>PageNavigation</name>
    <message>
        <source>← Back to the overview</source>
        <translation>← Tilbage til overblikket</translation>
    </message>
    <message>
        <source>← Back to the review</source>
        <translation>← Tilbage til gennemgangen</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Add sender</source>
        <translation>Tilføj afsender</translation>
    </message>
    <message>
        <source>Not sure who sent it: {0}</source>
        <translation>Usikkert, hvem der har sendt det: {0}</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Person eller organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CVR no.</source>
        <translation>CVR-nr.</translation>
    </message>
    <message>
        <source>Contact person in this response</source>
        <translation>Kontaktperson i dette svar</translation>
    </message>
    <message>
        <source>Make it the organisation&apos;s contact</source>
        <translation>Gør til organisationens kontaktperson</translation>
    </message>
    <message>
        <source>– choose a sender –</source>
        <translation>– vælg en afsender –</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Slå sammen med</translation>
    </message>
    <message>
        <source>Merge senders</source>
        <translation>Slå afsendere sammen</translation>
    </message>
    <message>
        <source>Merge «{0}» into «{1}»? Every response from «{0}» will then show «{1}», and «{0}»&apos;s address will find «{1}» in later imports. You can undo it.</source>
        <translation>Slå «{0}» sammen med «{1}»? Alle svar fra «{0}» vil derefter vise «{1}», og «{0}»s adresse vil finde «{1}» ved senere import. Det kan fortrydes.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Make a separate sender for this response</source>
        <translation>Gør til en selvstændig afsender for dette svar</translation>
    </message>
    <message>
        <source>The same organisation or person as another sender?</source>
        <translation>Samme organisation eller person som en anden afsender?</translation>
    </message>
</context>
<context>
    <name>PrivatePerson</name>
    <message>
        <source>Anonymise sender</source>
        <translation>Anonymisér afsender</translation>
    </message>
    <message>
        <source>“{0}” is registered as an organisation or authority, not as a private person. Is it a private person? Then it is corrected to a private person (noted in the history) and anonymised.</source>
        <translation>“{0}” er registreret som en organisation eller myndighed, ikke som en privatperson. Er det en privatperson? Så rettes afsenderen til en privatperson (noteres i historikken) og anonymiseres.</translation>
    </message>
    <message>
        <source>No sender is registered as a private person. Which one is a private person? It is corrected to one (noted in the history) and anonymised.</source>
        <translation>Ingen afsender er registreret som privatperson. Hvem af dem er en privatperson? Afsenderen rettes til en privatperson (noteres i historikken) og anonymiseres.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Attachment: {0}</source>
        <translation>Vedhæftet: {0}</translation>
    </message>
</context>
<context>
    <name>RecommendationModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>New recommendation</source>
        <translation>Ny anbefaling</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Godkend alle</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Split at cursor</source>
        <translation>Del ved markøren</translation>
    </message>
    <message>
        <source>Apply to campaign</source>
        <translation>Anvend på kampagnen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigér</translation>
    </message>
    <message>
        <source>Show passage</source>
        <translation>Vis passagen</translation>
    </message>
    <message>
        <source>{0} accepted, {1} open suggestions</source>
        <translation>{0} godkendte, {1} åbne forslag</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>known name of the sender</source>
        <translation>afsenderens kendte navn</translation>
    </message>
    <message>
        <source>known e-mail of the sender</source>
        <translation>afsenderens kendte e-mail</translation>
    </message>
    <message>
        <source>known phone of the sender</source>
        <translation>afsenderens kendte telefon</translation>
    </message>
    <message>
        <source>known address of the sender</source>
        <translation>afsenderens kendte adresse</translation>
    </message>
    <message>
        <source>added by the officer</source>
        <translation>tilføjet af sagsbehandleren</translation>
    </message>
    <message>
        <source>name (mentioned elsewhere in the text)</source>
        <translation>navn (nævnt andetsteds i teksten)</translation>
    </message>
    <message>
        <source>name (introduces themselves)</source>
        <translation>navn (præsenterer sig)</translation>
    </message>
    <message>
        <source>name (signature)</source>
        <translation>navn (underskrift)</translation>
    </message>
    <message>
        <source>name (family or neighbour)</source>
        <translation>navn (familie eller nabo)</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>cpr-nummer</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Found text in its context</source>
        <translation>Fundet tekst i sin sammenhæng</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Public variant</source>
        <translation>Offentlig udgave</translation>
    </message>
    <message>
        <source>shown (lifted)</source>
        <translation>vises (ophævet)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjules</translation>
    </message>
    <message>
        <source>Review anonymisation</source>
        <translation>Gennemse anonymisering</translation>
    </message>
    <message>
        <source>Everything the public variant hides, with where and why. Show a false hit after all, or add a text that must also be hidden. Your decisions apply to every later public export and to anonymising, and are kept in the history.</source>
        <translation>Alt, hvad den offentlige udgave skjuler, med hvor og hvorfor. Vis et falsk fund alligevel, eller tilføj en tekst, der også skal skjules. Dine beslutninger gælder for alle senere offentlige eksporter og for anonymisering, og de gemmes i historikken.</translation>
    </message>
    <message>
        <source>Reading the responses…</source>
        <translation>Læser høringssvarene …</translation>
    </message>
    <message>
        <source>Show it after all (false hit)</source>
        <translation>Vis alligevel (falsk fund)</translation>
    </message>
    <message>
        <source>Hide it again</source>
        <translation>Skjul igen</translation>
    </message>
    <message>
        <source>A name, an address, a word …</source>
        <translation>Et navn, en adresse, et ord …</translation>
    </message>
    <message>
        <source>Also hide this</source>
        <translation>Skjul også dette</translation>
    </message>
    <message>
        <source>Take the decision back</source>
        <translation>Træk beslutningen tilbage</translation>
    </message>
    <message>
        <source>Your decisions</source>
        <translation>Dine beslutninger</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>{0} find(s) in the public variant; {1} shown after all.</source>
        <translation>{0} fund i den offentlige udgave; {1} vises alligevel.</translation>
    </message>
    <message>
        <source>The finds could not be read: {0}</source>
        <translation>Fundene kunne ikke læses: {0}</translation>
    </message>
    <message>
        <source> (response {0})</source>
        <translation> (svar {0})</translation>
    </message>
    <message>
        <source>Shown: “{0}”{1}, {2}</source>
        <translation>Vises: “{0}”{1}, {2}</translation>
    </message>
    <message>
        <source>Also hidden: “{0}”{1}</source>
        <translation>Skjules også: “{0}”{1}</translation>
    </message>
</context>
<context>
    <name>ResponseList</name>
    <message>
        <source>Search responses (sender, number, text) …</source>
        <translation>Søg i høringssvar (afsender, nummer, tekst) …</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>Alle frister</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Rettidig</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>For sent</translation>
    </message>
    <message>
        <source>Late, not decided</source>
        <translation>For sent, ikke besluttet</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Tidspunkt ukendt</translation>
    </message>
    <message>
        <source>All party kinds</source>
        <translation>Alle afsendertyper</translation>
    </message>
    <message>
        <source>Sender uncertain</source>
        <translation>Afsender usikker</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle afsnit</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Kun mine</translation>
    </message>
</context>
<context>
    <name>ResponseTableModel</name>
    <message>
        <source>Duplicate of no. {0}</source>
        <translation>Dublet af nr. {0}</translation>
    </message>
    <message>
        <source>New version of no. {0}</source>
        <translation>Ny version af nr. {0}</translation>
    </message>
    <message>
        <source>Campaign ({0} responses)</source>
        <translation>Kampagne ({0} svar)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Sender(s)</source>
        <translation>Afsender(e)</translation>
    </message>
    <message>
        <source>Party kind</source>
        <translation>Afsendertype</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Duplicate / campaign</source>
        <translation>Dublet / kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Anbefalinger</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>Åbne forslag</translation>
    </message>
    <message>
        <source>Sender uncertain: {0}</source>
        <translation>Afsender usikker: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewLoader</name>
    <message>
        <source>Could not read the review: {0}</source>
        <translation>Gennemgangen kunne ikke læses: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Party kind</source>
        <translation>Afsendertype</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Change?</source>
        <translation>Ændring?</translation>
    </message>
    <message>
        <source>{0} (campaign, {1} responses)</source>
        <translation>{0} (kampagne, {1} svar)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>({0} · one unanswered)</source>
        <translation>({0} · 1 ubesvaret)</translation>
    </message>
    <message>
        <source>({0} · {1} unanswered)</source>
        <translation>({0} · {1} ubesvarede)</translation>
    </message>
    <message>
        <source>({0} · all answered)</source>
        <translation>({0} · alle besvaret)</translation>
    </message>
    <message>
        <source>Unanswered: {0}</source>
        <translation>Ubesvarede: {0}</translation>
    </message>
    <message>
        <source>General remarks</source>
        <translation>Generelle bemærkninger</translation>
    </message>
    <message>
        <source>What respondents said about the draft as a whole: recommendations tagged to no section. They are answered here like those of any section.</source>
        <translation>Det, høringssvarene siger om udkastet som helhed: anbefalinger, der ikke er knyttet til et bestemt afsnit. De besvares her som anbefalingerne til ethvert andet afsnit.</translation>
    </message>
    <message>
        <source>Include sub-sections</source>
        <translation>Medtag underafsnit</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>All party kinds</source>
        <translation>Alle afsendertyper</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle udfald</translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation>Kun ubesvarede</translation>
    </message>
    <message>
        <source>Show in the response</source>
        <translation>Vis i høringssvaret</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Åbn original</translation>
    </message>
    <message>
        <source>(This section has no text of its own.)</source>
        <translation>(Afsnittet har ingen selvstændig tekst.)</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Indlæser …</translation>
    </message>
    <message>
        <source>{0} of {1} shown · {2} unanswered</source>
        <translation>{0} af {1} vist · {2} ubesvarede</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>Type to filter sections…</source>
        <translation>Skriv for at filtrere afsnit …</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Høringsdesk backups (*.sqlite3)</source>
        <translation>Høringsdesk-sikkerhedskopier (*.sqlite3)</translation>
    </message>
    <message>
        <source>Making and checking the backup…</source>
        <translation>Laver og kontrollerer sikkerhedskopien …</translation>
    </message>
    <message>
        <source>Backup saved and checked: {0}</source>
        <translation>Sikkerhedskopi gemt og kontrolleret: {0}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace everything in the store with the backup {0}? The current content is saved as a backup first.</source>
        <translation>Erstat alt i databasen med sikkerhedskopien {0}? Det nuværende indhold gemmes først som en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Open now (read-only): {0}</source>
        <translation>Åben nu (skrivebeskyttet): {0}</translation>
    </message>
    <message>
        <source>Open now: {0}</source>
        <translation>Åben nu: {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Leave empty for the default (the local database, or the one IT has preset for this computer), or give the team&apos;s server, e.g.
postgresql+psycopg://user:password@server/hoeringsdesk
(used from the next start; --db and HOERINGSDESK_DB still win):</source>
        <translation>Lad feltet være tomt for standarden (den lokale database eller den, IT har forudindstillet på denne computer), eller angiv holdets server, fx
postgresql+psycopg://bruger:adgangskode@server/hoeringsdesk
(bruges fra næste start; --db og HOERINGSDESK_DB går forud):</translation>
    </message>
    <message>
        <source>Saved; the database changes the next time Høringsdesk starts.</source>
        <translation>Gemt; databasen skiftes, næste gang Høringsdesk starter.</translation>
    </message>
    <message>
        <source>The language changes the next time Høringsdesk starts.</source>
        <translation>Sproget skifter næste gang Høringsdesk startes.</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <source>Accept (A)</source>
        <translation>Godkend (A)</translation>
    </message>
    <message>
        <source>Other section… (E)</source>
        <translation>Andet afsnit … (E)</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Forslag: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No clear section for this passage – choose one (E).</source>
        <translation>Intet klart afsnit til passagen – vælg et (E).</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>row label: {0}</source>
        <translation>rækkens overskrift: {0}</translation>
    </message>
    <message>
        <source>names »{0}«</source>
        <translation>nævner »{0}«</translation>
    </message>
    <message>
        <source>under the heading »{0}«</source>
        <translation>står under »{0}«</translation>
    </message>
    <message>
        <source>words: {0}</source>
        <translation>ord: {0}</translation>
    </message>
    <message>
        <source>like 1 passage you tagged here</source>
        <translation>ligner 1 passage, du har tagget her</translation>
    </message>
    <message>
        <source>like {0} passages you tagged here</source>
        <translation>ligner {0} passager, du har tagget her</translation>
    </message>
    <message>
        <source>(section removed)</source>
        <translation>(afsnittet er slettet)</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>New recommendation</source>
        <translation>Ny anbefaling</translation>
    </message>
    <message>
        <source>One line that says what is recommended</source>
        <translation>Én linje, der siger, hvad der anbefales</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Sections (type to filter, arrows to move, space to tick several, Enter to go on)</source>
        <translation>Afsnit (skriv for at filtrere, pile for at flytte, mellemrum for at vælge flere, Enter for at gå videre)</translation>
    </message>
    <message>
        <source>Suggested sections (Alt+1–3 ticks one):</source>
        <translation>Foreslåede afsnit (Alt+1–3 vælger et):</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Vælg mindst ét afsnit.</translation>
    </message>
    <message>
        <source>Write a one-line summary.</source>
        <translation>Skriv et resumé på én linje.</translation>
    </message>
</context>
<context>
    <name>TaggingCommands</name>
    <message>
        <source>Select the passage in the text first (mouse, or Shift+arrows).</source>
        <translation>Markér først passagen i teksten (med musen eller Shift+piletaster).</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Ny anbefaling</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Redigér anbefaling</translation>
    </message>
    <message>
        <source>Accept suggestion(s)</source>
        <translation>Godkend forslag</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Slet anbefaling</translation>
    </message>
    <message>
        <source>Place the cursor in the passage where it should be split.</source>
        <translation>Sæt markøren i passagen, der hvor den skal deles.</translation>
    </message>
    <message>
        <source>Split recommendation</source>
        <translation>Del anbefaling</translation>
    </message>
    <message>
        <source>Apply to campaign</source>
        <translation>Anvend på kampagnen</translation>
    </message>
    <message>
        <source>Applied to {0} other responses in the campaign.</source>
        <translation>Anvendt på {0} andre svar i kampagnen.</translation>
    </message>
    <message>
        <source>The other responses in the campaign have it already.</source>
        <translation>De andre svar i kampagnen har den allerede.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Høringsdesk</source>
        <translation>Velkommen til Høringsdesk</translation>
    </message>
    <message>
        <source>Register the responses to a public consultation, tag their recommendations against the draft&apos;s sections, answer them, and export the overview for the city council.

Start by creating a consultation, or look around in a demo.</source>
        <translation>Registrér svarene i en offentlig høring, tag deres anbefalinger mod udkastets afsnit, besvar dem, og eksportér overblikket til byrådet.

Begynd med at oprette en høring, eller se dig omkring i en demo.</translation>
    </message>
    <message>
        <source>New consultation…</source>
        <translation>Ny høring …</translation>
    </message>
    <message>
        <source>Create demo consultation</source>
        <translation>Opret demo-høring</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Recommendations</source>
        <translation>Anbefalinger</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>New recommendation from selection</source>
        <translation>Ny anbefaling fra markeringen</translation>
    </message>
    <message>
        <source>Accept all suggestions in this response</source>
        <translation>Godkend alle forslag i dette svar</translation>
    </message>
    <message>
        <source>Split the recommendation at the cursor</source>
        <translation>Del anbefalingen ved markøren</translation>
    </message>
    <message>
        <source>Apply the recommendation to the whole campaign</source>
        <translation>Anvend anbefalingen på hele kampagnen</translation>
    </message>
    <message>
        <source>Choose a response in the list.</source>
        <translation>Vælg et høringssvar i listen.</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>Nr. {0}</translation>
    </message>
    <message>
        <source>Showing {0} of {1} rows · {2} responses · {3} late · {4} with open suggestions</source>
        <translation>Viser {0} af {1} rækker · {2} høringssvar · {3} for sent · {4} med åbne forslag</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
</TS>
