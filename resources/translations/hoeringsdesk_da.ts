<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
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
        <source>One party per line: Name &lt;e-mail&gt;</source>
        <translation>Én part pr. linje: Navn &lt;e-mail&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
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
    <name>Launch</name>
    <message>
        <source>Something unexpected went wrong: {0}

Your work up to the last change is saved. Details were written to {1}.</source>
        <translation>Der skete en uventet fejl: {0}

Dit arbejde frem til seneste ændring er gemt. Detaljer er skrevet i {1}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Import &amp;draft…</source>
        <translation>Indlæs &amp;udkast …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
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
        <source>No consultation yet</source>
        <translation>Ingen høring endnu</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) in the draft</source>
        <translation>
            <numerusform>%n afsnit i udkastet</numerusform><numerusform>%n afsnit i udkastet</numerusform></translation>
    </message>
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
    <name>SectionTreeModel</name>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Høringsdesk</source>
        <translation>Velkommen til Høringsdesk</translation>
    </message>
    <message>
        <source>Register the responses to a public consultation, tag their recommendations against the draft's sections, answer them, and export the overview for the city council.

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
</TS>