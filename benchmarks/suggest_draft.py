"""An invented draft of 27 sections (an elder-care and health policy) and how people write
about each section: the words a respondent uses, which are often not the draft's own."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DraftSection:
    id: int
    label: str
    heading: str
    body: str
    parent_id: int | None
    topics: tuple[str, ...]  # noun phrases a respondent writes about this section
    actions: tuple[str, ...]  # what a respondent asks for


# (id, parent, heading, body, topics, actions)
_SECTIONS: list[tuple[int, int | None, str, str, tuple[str, ...], tuple[str, ...]]] = [
    (
        1,
        None,
        "Forord",
        "Byrådet vil med denne politik give alle ældre borgere mulighed for et trygt, aktivt "
        "og værdigt liv. Politikken er blevet til i dialog med ældrerådet, pårørende, "
        "frivillige og kommunens medarbejdere, og den gælder for hele kommunens organisation. "
        "Tak til alle, der har bidraget med erfaringer og idéer.",
        (
            "byrådets ambitioner",
            "politikkens overordnede tone",
            "dialogen forud for politikken",
            "ældrerådets inddragelse",
            "de fine ord i forordet",
        ),
        (
            "gøre forordet mere konkret",
            "nævne ældrerådet i forordet",
            "skrive tydeligere, hvad byrådet vil",
        ),
    ),
    (
        2,
        None,
        "Indledning",
        "Antallet af borgere over 80 år vil stige med en tredjedel frem mod 2035, mens "
        "antallet af borgere i den erhvervsaktive alder falder. Befolkningsudviklingen "
        "stiller krav til, hvordan kommunen organiserer pleje, forebyggelse og samarbejdet "
        "med civilsamfundet, og den økonomiske ramme bliver ikke større. Politikken "
        "beskriver, hvordan vi vil møde udfordringerne.",
        (
            "den demografiske udvikling",
            "flere ældre over 80",
            "befolkningsprognosen",
            "de økonomiske rammer",
            "udfordringsbilledet",
        ),
        (
            "beskrive udfordringerne mere ærligt",
            "tage højde for den stigende gennemsnitsalder",
            "bruge nyere tal for befolkningsudviklingen",
        ),
    ),
    (
        3,
        None,
        "Vision",
        "Visionen er et godt ældreliv, hvor den enkelte bestemmer over eget liv og får den "
        "hjælp, der skal til for at leve det. Selvbestemmelse, værdighed og livskvalitet er "
        "bærende værdier i alt, hvad kommunen gør for og sammen med ældre borgere.",
        (
            "visionen om et godt ældreliv",
            "selvbestemmelse",
            "retten til at bestemme selv",
            "den overordnede målsætning",
        ),
        (
            "gøre visionen mere ambitiøs",
            "skrive selvbestemmelse ind som det bærende",
            "formulere visionen kortere",
        ),
    ),
    (
        4,
        None,
        "Pejlemærker",
        "Politikken har fire pejlemærker, som byrådet måler på og følger op på hvert år. "
        "Pejlemærkerne gør politikkens mål konkrete og målbare.",
        ("målene i politikken", "målbare mål", "målepunkterne"),
        ("gøre målene målbare", "tilføje flere mål", "følge op på målene"),
    ),
    (
        5,
        4,
        "Pejlemærke 1: Flere ældre klarer sig selv længere",
        "Andelen af borgere over 75 år, der klarer hverdagen uden hjemmehjælp, skal stige fra "
        "82 til 86 procent i 2030. Målet følges gennem kommunens registreringer af visiteret "
        "hjælp.",
        (
            "at klare sig uden hjælp",
            "selvhjulpne ældre",
            "andelen uden hjemmehjælp",
            "at kunne klare hverdagen selv",
        ),
        (
            "sætte et konkret tal på, hvor mange der skal klare sig selv",
            "måle på selvhjulpenhed hvert år",
        ),
    ),
    (
        6,
        4,
        "Pejlemærke 2: Færre indlæggelser, der kunne undgås",
        "Antallet af forebyggelige indlæggelser og genindlæggelser blandt borgere over 65 år "
        "skal falde med 20 procent. Målet følges i samarbejde med regionen og hospitalerne.",
        (
            "unødige indlæggelser",
            "genindlæggelser",
            "at havne på hospitalet",
            "forebyggelige indlæggelser",
            "akutte indlæggelser",
        ),
        ("sænke målet for genindlæggelser", "samarbejde med regionen om færre indlæggelser"),
    ),
    (
        7,
        4,
        "Pejlemærke 3: Mindre ensomhed",
        "Færre ældre skal opleve sig uønsket alene. Ensomhed måles hvert andet år i kommunens "
        "trivselsundersøgelse blandt borgere over 65 år.",
        ("ensomhedsmålet", "trivselsundersøgelsen", "måling af ensomhed"),
        ("måle ensomhed oftere", "gøre målet for ensomhed mere ambitiøst"),
    ),
    (
        8,
        4,
        "Pejlemærke 4: Tilfredse pårørende",
        "Pårørendes tilfredshed med samarbejdet med kommunen skal være mindst 4 på en skala "
        "fra 1 til 5, målt i en årlig undersøgelse blandt pårørende.",
        (
            "tilfredshedsmålingen blandt pårørende",
            "de pårørendes tilfredshed",
            "målet om tilfredse pårørende",
        ),
        ("spørge de pårørende hvert år", "hæve målet for pårørendes tilfredshed"),
    ),
    (
        9,
        None,
        "Principper",
        "Fire principper gælder for alt kommunens arbejde på ældre- og sundhedsområdet, både "
        "i myndighedsarbejdet og i den daglige pleje og omsorg.",
        ("principperne", "de fire principper", "grundlaget for arbejdet"),
        ("tilføje et princip om værdighed", "gøre principperne mere forpligtende"),
    ),
    (
        10,
        9,
        "Princip A: Borgeren i centrum",
        "Hjælpen tilrettelægges ud fra borgerens egne ønsker, ressourcer og mål, ikke ud fra "
        "systemets. Medarbejderne spørger, hvad der er vigtigt for den enkelte, og borgeren "
        "har indflydelse på, hvordan og hvornår hjælpen gives.",
        (
            "borgerens egne ønsker",
            "at blive hørt",
            "individuelle hensyn",
            "den enkeltes behov",
            "at systemet styrer",
        ),
        ("spørge borgeren, hvad der er vigtigt", "give borgeren indflydelse på sin egen hjælp"),
    ),
    (
        11,
        9,
        "Princip B: Sammenhæng på tværs",
        "Borgeren skal opleve én sammenhængende indsats på tværs af hjemmepleje, sygehus, "
        "egen læge og kommunens øvrige tilbud. Koordinering og gode overgange ved udskrivelse "
        "er afgørende, og borgere med komplekse forløb får én fast kontaktperson, så ingen "
        "falder mellem to stole. Oplysninger skal følge borgeren.",
        (
            "sammenhængende forløb",
            "koordinering",
            "overgange mellem sygehus og hjem",
            "samarbejde med egen læge",
            "at falde mellem to stole",
            "én kontaktperson",
        ),
        (
            "give hver borger én fast kontaktperson",
            "koordinere bedre med sygehuset",
            "sikre, at oplysninger følger borgeren",
        ),
    ),
    (
        12,
        9,
        "Princip C: Forebyggelse før behandling",
        "Kommunen sætter tidligt ind, så sygdom, funktionstab og mistrivsel ikke udvikler "
        "sig. Forebyggelse går forud for behandling, og medarbejderne er opmærksomme på "
        "tidlige tegn på, at en borger har brug for hjælp.",
        ("tidlig indsats", "at komme i forkøbet", "at opdage problemer tidligt"),
        ("sætte tidligere ind", "bruge forebyggende hjemmebesøg mere"),
    ),
    (
        13,
        9,
        "Princip D: Fællesskab og frivillighed",
        "Civilsamfundet er en ligeværdig partner i arbejdet for et godt ældreliv. Kommunen "
        "inddrager foreninger, frivillige og lokale fællesskaber tidligt, når nye indsatser "
        "udvikles.",
        ("civilsamfundet som partner", "samarbejde med foreninger", "ligeværdigt partnerskab"),
        ("inddrage foreningerne tidligere", "se de frivillige som ligeværdige partnere"),
    ),
    (
        14,
        None,
        "Hjemmepleje",
        "Hjemmeplejen leverer personlig pleje og praktisk hjælp, fx rengøring og indkøb, i "
        "borgerens eget hjem efter visitation. Kommunen arbejder for faste teams, så borgeren "
        "møder så få forskellige hjælpere som muligt, og for at besøgene planlægges med tid "
        "til omsorg og samtale. Hjælpen gives med respekt for borgerens hjem og vaner.",
        (
            "hjemmehjælpen",
            "rengøring",
            "de mange forskellige hjælpere",
            "faste hjælpere",
            "besøgstider",
            "bad to gange om ugen",
            "praktisk hjælp",
            "hjemmehjælperne",
            "visitationen",
            "tid til den enkelte",
        ),
        (
            "give borgerne faste hjemmehjælpere",
            "give mere tid til hvert besøg",
            "tilbyde rengøring hver uge",
            "lade borgeren vælge tidspunkt for besøget",
        ),
    ),
    (
        15,
        None,
        "Plejeboliger",
        "Kommunens plejecentre skal være hjem, hvor beboerne trives og har et meningsfuldt "
        "liv med aktiviteter og fællesskab. Der bygges 120 nye plejeboliger frem mod 2030, og "
        "ventetiden på en plejebolig skal holdes under to måneder. Ægtefæller skal så vidt "
        "muligt kunne bo sammen.",
        (
            "plejehjemmene",
            "ventelisten til plejehjem",
            "nye plejehjemspladser",
            "beboerne",
            "plejecentrets personale",
            "aktiviteter på plejehjemmet",
            "ægtepar på plejehjem",
        ),
        (
            "bygge flere plejehjemspladser",
            "lade ægtepar bo sammen på plejehjem",
            "korte ventetiden til plejehjem",
        ),
    ),
    (
        16,
        None,
        "Forebyggelse og sundhedsfremme",
        "Kommunen tilbyder forebyggende hjemmebesøg til borgere over 75 år, kurser om kost og "
        "motion, faldforebyggelse og hjælp til rygestop. Sundhedsfremme handler også om at "
        "holde sig fysisk og socialt aktiv, og kommunen samarbejder med idrætsforeninger om "
        "tilbud til seniorer.",
        (
            "forebyggende hjemmebesøg",
            "motion for seniorer",
            "rygestop",
            "sund kost",
            "faldforebyggelse",
            "at holde sig i gang",
            "vaccinationer",
        ),
        (
            "tilbyde gratis motionshold for seniorer",
            "udvide de forebyggende hjemmebesøg",
            "forebygge fald i hjemmet",
        ),
    ),
    (
        17,
        None,
        "Rehabilitering og træning",
        "Efter sygdom, operation eller indlæggelse tilbyder kommunen genoptræning og "
        "rehabilitering, så borgeren genvinder færdigheder og kan klare mere selv. Træningen "
        "foregår i kommunens træningscentre eller i hjemmet, og hverdagsrehabilitering er "
        "første skridt, før der visiteres til varig hjælp.",
        (
            "genoptræning",
            "fysioterapeuten",
            "træningscentret",
            "hverdagsrehabilitering",
            "træning efter hofteoperation",
            "ventetid på træning",
        ),
        (
            "korte ventetiden på genoptræning",
            "tilbyde træning i eget hjem",
            "ansætte flere fysioterapeuter",
        ),
    ),
    (
        18,
        None,
        "Demens",
        "Borgere med demens og deres familier skal mødes med viden, tålmodighed og respekt. "
        "Kommunen har demenskoordinatorer, aflastning og et dagtilbud for borgere med demens, "
        "og medarbejderne uddannes i at møde mennesker med demens. Vi vil udvikle "
        "demensvenlige boliger og en demensvenlig kommune.",
        (
            "demente",
            "glemsomhed",
            "Alzheimers",
            "demensvenlige boliger",
            "demenskoordinator",
            "aflastning for familien",
            "daghjem for demente",
        ),
        (
            "ansætte flere demenskoordinatorer",
            "uddanne alle medarbejdere i demens",
            "oprette flere pladser i daghjem for demente",
        ),
    ),
    (
        19,
        None,
        "Pårørende",
        "Pårørende er en vigtig ressource for mange ældre, men de skal ikke bære ansvaret "
        "alene. Kommunen tilbyder pårørendegrupper, samtaler, aflastning og en "
        "pårørendevejleder, og vi vil samarbejde med de pårørende med respekt for deres viden "
        "om borgeren.",
        (
            "ægtefællen",
            "de pårørende",
            "børnene til ældre forældre",
            "aflastning",
            "pårørendegruppen",
            "at blive slidt op som pårørende",
            "samtaler for pårørende",
        ),
        (
            "tilbyde aflastning i weekenden",
            "lytte mere til de pårørende",
            "oprette en fast pårørendekontakt",
        ),
    ),
    (
        20,
        None,
        "Frivillighed og fællesskaber",
        "Frivillige foreninger skaber fællesskaber, som kommunen ikke kan skabe alene, fx "
        "besøgsvenner, motionshold og klubber. Kommunen støtter foreningerne med lokaler, "
        "tilskud og et frivilligcenter, der hjælper nye frivillige i gang.",
        (
            "de frivillige",
            "besøgsvenner",
            "foreningslivet",
            "lokaler til foreninger",
            "tilskud til ældreklubber",
            "seniorklubben",
            "frivilligcentret",
        ),
        (
            "give gratis lokaler til ældreklubber",
            "hæve tilskuddet til besøgsvenner",
            "støtte frivilligcentret",
        ),
    ),
    (
        21,
        None,
        "Ensomhed",
        "Ensomhed er lige så skadeligt for helbredet som rygning. Kommunen vil opspore "
        "ensomme ældre, fx efter tab af en ægtefælle, og bygge bro til fællesskaber og "
        "netværk i lokalområdet.",
        (
            "ensomme ældre",
            "at sidde alene",
            "isolation",
            "at miste sin ægtefælle",
            "ingen at tale med",
            "tomme dage",
        ),
        ("opsøge ensomme ældre", "oprette spisefællesskaber", "lave en telefonkæde"),
    ),
    (
        22,
        None,
        "Digitalisering og velfærdsteknologi",
        "Velfærdsteknologi som skærmbesøg, vasketoiletter og sensorer skal frigøre tid og "
        "give borgeren mere selvstændighed. Kommunen hjælper de borgere, der ikke er "
        "digitale, og der skal altid være en anden vej end den digitale.",
        (
            "skærmbesøg",
            "tablets",
            "robotstøvsugere",
            "MitID",
            "digital post",
            "computere",
            "vasketoiletter",
            "teknologi i hjemmet",
            "de, der ikke kan bruge en computer",
        ),
        (
            "hjælpe ældre med MitID",
            "undlade at tvinge ældre til at være digitale",
            "tilbyde kurser i at bruge tablets",
        ),
    ),
    (
        23,
        None,
        "Medarbejdere og rekruttering",
        "Kommunen mangler social- og sundhedsassistenter og sygeplejersker. Vi vil styrke "
        "rekruttering, fastholdelse og uddannelse af medarbejdere, tilbyde flere "
        "fuldtidsstillinger og arbejde for et godt arbejdsmiljø med lavt sygefravær og færre "
        "vikarer.",
        (
            "personalemangel",
            "sosu-assistenter",
            "løn og arbejdsvilkår",
            "vikarer",
            "sygefravær blandt personalet",
            "elever",
            "fuldtidsstillinger",
            "arbejdsmiljøet",
        ),
        (
            "hæve lønnen for sosu-assistenter",
            "tilbyde fuldtid til alle",
            "bruge færre vikarer",
            "forbedre arbejdsmiljøet",
        ),
    ),
    (
        24,
        None,
        "Mad og måltider",
        "Maden skal smage godt, ernære og give lyst til at spise. Kommunens køkkener laver "
        "mad fra bunden med friske råvarer, og måltiderne på plejecentrene skal være et "
        "fællesskab. Borgere med dårlig appetit får hjælp af en diætist.",
        (
            "madordningen",
            "maden fra det kommunale køkken",
            "smagen",
            "madspild",
            "spisevenner",
            "appetit",
            "ernæring",
            "måltiderne",
        ),
        ("lave maden lokalt", "servere varm mad hver dag", "give beboerne indflydelse på menuen"),
    ),
    (
        25,
        None,
        "Boliger for ældre",
        "Der er brug for flere ældreegnede boliger og seniorbofællesskaber, så ældre kan "
        "flytte i tide til en bolig, der passer til deres behov. Kommunen vil reservere "
        "arealer til seniorboliger og stille krav om tilgængelighed, fx elevator, i nyt "
        "byggeri.",
        (
            "seniorbofællesskaber",
            "ældreboliger",
            "elevatorer",
            "at flytte i mindre bolig",
            "handicapvenlige lejligheder",
            "boligmangel for seniorer",
        ),
        (
            "bygge flere seniorbofællesskaber",
            "sikre elevatorer i nye boliger",
            "reservere grunde til ældreboliger",
        ),
    ),
    (
        26,
        None,
        "Transport og mobilitet",
        "Ældre skal kunne komme rundt i kommunen, også uden bil. Kommunen samarbejder med "
        "trafikselskabet om flextrafik, busforbindelser i landdistrikterne og kørsel til "
        "træning og læge.",
        (
            "flextrafik",
            "busforbindelser",
            "kørsel til lægen",
            "at komme rundt uden bil",
            "busserne på landet",
            "handicapkørsel",
            "kørestole i bussen",
        ),
        (
            "gøre flextrafik billigere",
            "oprette flere busser på landet",
            "tilbyde gratis kørsel til genoptræning",
        ),
    ),
    (
        27,
        None,
        "Opfølgning",
        "Byrådet følger op på politikken hvert år med en status på pejlemærkerne, der drøftes "
        "med ældrerådet. Politikken udmøntes i en handleplan med økonomi, og den evalueres "
        "efter fire år.",
        ("årlig status", "evalueringen", "handleplanen", "at følge op"),
        (
            "lave en handleplan med økonomi",
            "evaluere politikken efter to år",
            "drøfte status med ældrerådet hvert år",
        ),
    ),
]

SECTIONS = [
    DraftSection(i, "", heading, body, parent, topics, actions)
    for i, parent, heading, body, topics, actions in _SECTIONS
]
BY_ID = {s.id: s for s in SECTIONS}
