// Generated from Sources/LanguageProfiles/Languages by RosettaTestSupport.ShippedFilesSource: do not edit.
// Run the module's tests with RECORD_SNAPSHOTS=1 after changing a data file.

/// The module's data files, compiled in: file name -> text.
enum ShippedFiles {
    static let text: [String: String] = [
        "de/abbreviations": #"""
# German abbreviations: the abbreviation with its dot, then optionally its kind (see
# en/abbreviations): inner (default), final, ambiguous, number. Spaced ones ("z. B.") are
# listed without their spaces.
# Titles and forms of address
Dr.
Prof.
Hr.
Fr.
Dipl.
Ing.
Mag.
Pfr.
Hl.
St.
Sr.
Eidg.
kath.
ref.
evang.
Mr.
Mrs.
Ms.
# Words that need a complement
Nr.
Nrn.
Str.
Kt.
Gde.
Bd.
Abs.
Art.
S.
Hrsg.
geb.
gest.
verh.
ca.
bzw.
vgl.
ggf.
evtl.
inkl.
exkl.
bspw.
sog.
ehem.
lt.
gem.
resp.
zw.
techn.
Tel.
z.B.
d.h.
u.a.
v.a.
z.T.
u.U.
o.g.
v.
n.
# Ends a sentence before a capital
usw. final
etc. final
u.ä. final
o.ä. final
usf. final
Chr. final
ü.M. final
# After a number: a unit or scale, a sentence end only before a capital outside an
# introductory phrase
Mio. number
Mrd. number
Tsd. number
Jh. number
Jhd. number
Std. number
Min. number
# Month abbreviations
Jan. ambiguous
Feb. ambiguous
Febr. ambiguous
Aug. ambiguous
Sept. ambiguous
Okt. ambiguous
Nov. ambiguous
Dez. ambiguous

"""#,
        "de/boilerplate": #"""
# Lines of boilerplate in this language (see mul/boilerplate for the format).
foto:*
bild:*
quelle:*
mehr zum thema*
artikel teilen
teilen
drucken
(sda)
(dpa)
(apa)
werbung
anzeige

"""#,
        "de/lexicon": #"""
# Words for shared concepts: CONCEPT <TAB> form|form. Two profiles' lexicons joined on the
# concept make the aligner's seed dictionary for that pair (any form meets any form of the other
# side; a word matches a form followed by up to three more letters, so a form that begins a
# frequent other word is left out). Concepts are English words.
mountain	Berg|Berge|Bergen|Gebirge
summit	Gipfel
glacier	Gletscher
hut	Hütte|Hütten
valley	Tal|Täler|Tales|Tälern
village	Dorf|Dörfer|Dorfes
snow	Schnee|Schnees
ice	Eis|Eises
rock	Fels|Felsen
stone	Stein|Steine|Steinen
storm	Sturm|Gewitter|Unwetter
night	Nacht|Nächte
day	Tag|Tage|Tagen|Tages
morning	Morgen|morgens
evening	Abend|abends
water	Wasser
rope	Seil|Seile|Seilschaft
guide	Führer|Bergführer
porter	Träger
doctor	Arzt|Ärzte
priest	Pfarrer
woman	Frau|Frauen
man	Mann|Männer
child	Kind|Kinder|Kindern
father	Vater
mother	Mutter
brother	Bruder|Brüder
son	Sohn|Söhne
daughter	Tochter
friend	Freund|Freunde|Freundin
rain	Regen
wind	Wind|Winde
fog	Nebel
sun	Sonne
sky	Himmel
cloud	Wolke|Wolken
cold	Kälte|kalt|kalten
hunger	Hunger
bread	Brot
fire	Feuer
light	Licht
hour	Stunde|Stunden
week	Woche|Wochen
year	Jahr|Jahre|Jahren|Jahres
month	Monat|Monate|Monaten
winter	Winter
spring	Frühling|Frühjahr
autumn	Herbst
church	Kirche
house	Haus|Häuser
road	Straße|Strasse
bridge	Brücke
river	Fluss|Flüsse
lake	See
forest	Wald|Wälder
path	Pfad
ridge	Grat
wall	Wand|Wände
slope	Hang|Abhang
pass	Pass|Passes
crevasse	Spalte|Gletscherspalte
avalanche	Lawine|Lawinen
debris flow	Murgang|Murgänge
rockfall	Bergsturz|Felssturz
climb	Besteigung|Erstbesteigung
climber	Bergsteiger
expedition	Expedition
journey	Reise|Reisen
book	Buch|Bücher
letter	Brief|Briefe
map	Karte|Karten
measurement	Messung|Messungen
height	Höhe
depth	Tiefe
time	Zeit
death	Tod
dead	Tote|Toten
war	Krieg|Kriege
peace	Frieden
king	König
army	Armee
soldier	Soldat|Soldaten
city	Stadt|Städte
country	Land|Länder
border	Grenze
canton	Kanton|Kantons
commune	Gemeinde
government	Regierung
police	Polizei|Kantonspolizei
army2	Militär
school	Schule
hospital	Spital|Krankenhaus
helicopter	Helikopter|Hubschrauber
car	Auto|Wagen
train	Zug|Bahn
horse	Pferd|Pferde
cow	Kuh|Kühe
dog	Hund|Hunde
bird	Vogel|Vögel
tree	Baum|Bäume
flower	Blume|Blumen
grass	Gras
field	Feld|Felder
meadow	Wiese|Weide
stable	Stall
bed	Bett|Betten
table	Tisch
door	Tür
window	Fenster
roof	Dach
kitchen	Küche
food	Essen|Nahrung
milk	Milch
cheese	Käse
tea	Tee
soup	Suppe
blanket	Decke|Decken
lamp	Lampe|Laterne
axe	Pickel|Eispickel
step	Stufe|Stufen|Schritt|Schritte
foot	Fuß|Füße
hand	Hand|Hände
head	Kopf
eye	Auge|Augen
face	Gesicht
heart	Herz
voice	Stimme
word	Wort|Worte|Wörter
question	Frage|Fragen
answer	Antwort
news	Nachricht|Nachrichten
report	Bericht|Berichte
history	Geschichte
science	Wissenschaft
scientist	Forscher|Wissenschaftler
geologist	Geologe|Geologen
observation	Beobachtung|Beobachtungen
instrument	Instrument|Instrumente
thermometer	Thermometer
barometer	Barometer
temperature	Temperatur|Temperaturen
degree	Grad
meter	Meter
kilometer	Kilometer
thousand	tausend|Tausend
half	Hälfte|halb|halben
first	erste|ersten|erster|erstes
second	zweite|zweiten|zweiter
third	dritte|dritten
last	letzte|letzten|letzter
new	neue|neuen|neuer
old	alt|alte|alten|alter
high	hoch|hohe|hohen
deep	tief|tiefe|tiefen
long	lange|langen
short	kurz|kurze|kurzen
large	groß|große|großen|grosse|grossen
small	klein|kleine|kleinen
white	weiß|weiße|weißen|weiss
black	schwarz|schwarze|schwarzen
red	rot|rote|roten
green	grün|grüne|grünen
blue	blau|blaue|blauen
dark	dunkel|dunkle|dunklen
steep	steil|steile|steilen
dangerous	gefährlich|gefährliche|Gefahr
safe	sicher|Sicherheit
tired	müde|Müdigkeit
wounded	verletzt|Verletzte
rescue	Rettung|gerettet|Retter
search	Suche|suchten
help	Hilfe
work	Arbeit|Arbeiten
money	Geld
franc	Franken
cost	Kosten
damage	Schaden|Schäden
danger2	Warnung
evacuation	Evakuierung|evakuiert
inhabitant	Einwohner|Bewohner
population	Bevölkerung
family	Familie|Familien
visitor	Besucher|Gäste|Gast
hotel	Hotel|Gasthaus
museum	Museum
painter	Maler
picture	Bild|Bilder|Gemälde
photograph	Foto|Fotografie
newspaper	Zeitung
society	Gesellschaft|Verein
club	Club|Klub
member	Mitglied|Mitglieder
president	Präsident|Präsidentin
meeting	Versammlung|Sitzung
decision	Entscheid|Entscheidung
law	Gesetz
university	Universität
student	Student|Studenten
teacher	Lehrer
south	Süden|südlich|südlichen
north	Norden|nördlich|nördlichen
west	Westen|westlich|westlichen
left	links|linken
right	rechts|rechten
above	oben|oberhalb
below	unten|unterhalb
always	immer
never	nie|niemals
today	heute
yesterday	gestern
tomorrow	morgen
again	wieder|erneut
already	bereits|schon
only	nur
together	zusammen|gemeinsam
almost	fast|beinahe
slowly	langsam
quickly	schnell|rasch
finally	schließlich|endlich
perhaps	vielleicht
because	weil
although	obwohl
without	ohne
during	während
between	zwischen
against	gegen
towards	gegen|Richtung
behind	hinter
under	unter
beside	neben
nothing	nichts
say	sagte|sagten|gesagt|sagt
write	schrieb|schrieben|geschrieben
see	sah|sahen|gesehen
come	kam|kamen|gekommen
go	ging|gingen|gegangen
find	fand|fanden|gefunden
reach	erreichte|erreichten|erreicht
climb2	stieg|stiegen|gestiegen
descend	Abstieg|abgestiegen
wait	wartete|warteten|gewartet
leave	verließ|verließen|verlassen
begin	begann|begannen|begonnen
know	wusste|wussten|gewusst
believe	glaubte|glaubten
want	wollte|wollten
can	konnte|konnten
must	musste|mussten
build	baute|bauten|gebaut
destroy	zerstörte|zerstört
die	starb|starben|gestorben
survive	überlebte|überlebten|Überlebende
carry	trug|trugen|getragen
fall	fiel|fielen|gefallen|Sturz
light2	leuchtete
sleep	schlief|schliefen|Schlaf
eat	aß|aßen|gegessen
drink	trank|tranken
speak	sprach|sprachen|gesprochen
hear	hörte|hörten|gehört
call	rief|riefen|gerufen
think	dachte|dachten
remain	blieb|blieben|geblieben
open	öffnete|geöffnet|offen
close	schloss|geschlossen
bring	brachte|brachten|gebracht
show	zeigte|zeigten|gezeigt
measure2	mass|maßen|gemessen|vermessen
plan	Plan|Pläne

"""#,
        "de/months": #"""
# Month names: NUMBER <TAB> names <TAB> abbreviations, forms separated by "|" (format in en/months).
1	Januar|Jänner|Janua…	Jan
2	Februar|Febru…	Feb|Febr
3	März	Mrz
4	April	Apr
5	Mai
6	Juni	Jun
7	Juli	Jul
8	August	Aug
9	September|Septe…	Sep|Sept
10	Oktober|Oktob…	Okt
11	November|Novem…	Nov
12	Dezember|Dezem…	Dez

"""#,
        "de/name-particles": #"""
# Lower-case words that stay inside a name between capitalized words ("Ludwig von Buch").
von
vom
zu
van
de

"""#,
        "de/ordinals": #"""
# Words after which a number with a full stop is an ordinal ("am 3. Mai", "der 2. Weltkrieg",
# "im 19. Jahrhundert"); numbers of up to three digits only, so that a year ends a sentence.
der
die
das
den
dem
des
am
im
vom
zum
zur
beim
bis
seit
ab
ein
eine
einem
einer
eines
jeden
jedem

"""#,
        "de/prepositions": #"""
# Prepositions that open an introductory time phrase ("Im Jahr 2009 …", "Seit 1865 …").
am
im
in
seit
bis
ab
um
vom
zum
nach
vor

"""#,
        "de/profile": #"""
# German. Settings, one "key: value" a line (the keys are documented in LanguageProfiles.docc).
name: German
scripts: Latn
decimal: ,
ellipsis: end
# "am 3. Oktober", "der 2. Weltkrieg": a number with a full stop is an ordinal there.
ordinal-dot: yes
titles: before-name
# Every noun is capitalized: a capitalized word alone is a name only when it is known.
nouns: capitalized
# A capitalized word alone at a sentence start is a name only when it is known.
openings: known-names-only

"""#,
        "de/scales": #"""
# Number words that scale the number before them: WORD <TAB> factor. A word of three to seven
# letters also matches the first letters of a longer word ("million" in "Millionen").
tausend	1e3
tsd	1e3
million	1e6
mio	1e6
milliar	1e9
mrd	1e9
billion	1e12

"""#,
        "de/starters": #"""
# Closed-class words that open German sentences: after an ambiguous abbreviation or an initial,
# only these mark a new sentence.
Der
Die
Das
Dies
Diese
Dieser
Dieses
Ein
Eine
Einer
Es
Er
Sie
Wir
Ich
Man
Am
Im
In
Nach
Vor
Seit
Bei
Mit
Auf
Aus
Unter
Über
Doch
Aber
Auch
Dann
Danach
Damals
Heute
Gestern
So
Damit
Als
Wie
Wo
Was
Zudem
Außerdem
Trotzdem
Jedoch
Denn
Deshalb
Daher
Bereits
Noch
Schon
Nun
Zwar
Erst
Dort
Hier
Sein
Seine
Seinen
Seiner
Ihr
Ihre
Ihren
Ihrer
Unser
Unsere
Mein
Meine
Jeder
Jede
Jedes
Alle
Kein
Keine
Niemand
Nichts
Viele
Einige
Manche
Zwei
Drei
Vier
Fünf
Zehn
Hundert
Dabei
Dazu
Darauf
Später
Kurz
Zuerst
Endlich
Schliesslich
Schließlich
Oben
Unten
Während
Obwohl
Weil
Wenn
Um
Nur
Selbst
Gegen
Ohne
Durch
Bis
Ab
Zum
Zur
Vom
Beim
Wer
Wann
Warum
Jetzt
Immer
Oft

"""#,
        "de/stopwords": #"""
# Capitalized words that are not names, one per line (lower case): words that open sentences,
# pronouns, conjunctions, and common words that look like transcriptions.
der
die
das
dem
den
des
ein
eine
einer
eines
einem
einen
er
sie
es
wir
ich
ihr
man
dies
diese
dieser
dieses
am
im
in
auf
aus
bei
mit
nach
von
vor
zu
zum
zur
über
unter
seit
bis
als
wie
wo
wann
was
doch
aber
und
oder
auch
dann
danach
damals
so
damit
zudem
außerdem
trotzdem
jedoch
denn
deshalb
daher
bereits
noch
schon
heute
gestern
nun
zwar
erst
dort
hier
montag
dienstag
mittwoch
donnerstag
freitag
samstag
sonntag
januar
februar
märz
april
mai
juni
juli
august
september
oktober
november
dezember

"""#,
        "de/titles": #"""
# Titles and honorifics that are not part of a name, one per line, lower case (the profile's
# "titles:" setting says whether they come before or after the name).
präsident
präsidentin
bundespräsident
bundespräsidentin
bundesrat
bundesrätin
bundeskanzler
bundeskanzlerin
kanzler
kanzlerin
minister
ministerin
außenminister
regierungsrat
regierungsrätin
gemeindepräsident
gemeindepräsidentin
bürgermeister
bürgermeisterin
herr
frau
dr
prof
professor
professorin
pfarrer
direktor
direktorin
general
hauptmann
oberst
bergführer
ingenieur
sprecher
sprecherin
geologe
geologin
alt bundesrat

"""#,
        "de/weekdays": #"""
# Weekdays, Monday first, one line each: forms separated by "|" (lower case: any case).
Montag
Dienstag
Mittwoch
Donnerstag
Freitag
Samstag|Sonnabend
Sonntag

"""#,
        "en/abbreviations": #"""
# English abbreviations. One per line: the abbreviation with its dot, then optionally its kind:
#   (none) / inner  never ends a sentence (titles before names, words that need a complement)
#   final           ends a sentence before a capitalized word
#   ambiguous       ends a sentence only before a sentence starter (see en.starters)
#   number          after a number, ends a sentence before a capital unless the clause is introductory
# Lookup is exact first; a case-insensitive match is never taken as inner.
# Titles and ranks
Mr.
Mrs.
Ms.
Messrs.
Dr.
Prof.
Gen.
Lt.
Col.
Maj.
Capt.
Cmdr.
Cdr.
Adm.
Sgt.
Cpl.
Pvt.
Brig.
Sen.
Sens.
Rep.
Reps.
Gov.
Govs.
Pres.
Amb.
Rev.
Hon.
Supt.
Insp.
Det.
Atty.
Gen.
Fr.
Msgr.
Sr. ambiguous
Jr. ambiguous
# Places
St. ambiguous
Mt.
Ft.
Ave. ambiguous
Blvd. ambiguous
Rd. ambiguous
Sq. ambiguous
Apt.
Dept. ambiguous
Univ. ambiguous
# Companies
Inc. ambiguous
Corp. ambiguous
Co. ambiguous
co. ambiguous
Ltd. ambiguous
Bros. ambiguous
Cos. ambiguous
Assn. ambiguous
# References and numbers
No.
Nos.
N°.
№.
vol.
vols.
p.
pp.
ch.
chap.
sec.
fig.
figs.
art.
para.
approx.
est. ambiguous
ca.
vs.
v.
e.g.
i.e.
cf.
viz.
al.
etc. final
ft. number
lb. number
lbs. number
oz. number
mi. number
km. number
kg. number
mhr. number
hrs. number
# Times
a.m. number
p.m. number
A.M. number
P.M. number
# Countries and bodies
U.S. ambiguous
U.N. ambiguous
U.K. ambiguous
E.U. ambiguous
U.S.A. ambiguous
D.C. ambiguous
# Months and days
Jan. ambiguous
Feb. ambiguous
Mar. ambiguous
Apr. ambiguous
Jun. ambiguous
Jul. ambiguous
Aug. ambiguous
Sept. ambiguous
Sep. ambiguous
Oct. ambiguous
Nov. ambiguous
Dec. ambiguous
Mon. ambiguous
Tue. ambiguous
Tues. ambiguous
Wed. ambiguous
Thu. ambiguous
Thurs. ambiguous
Fri. ambiguous
Sat. ambiguous
Sun. ambiguous
# US states as wire copy writes them
Ala. ambiguous
Ariz. ambiguous
Ark. ambiguous
Calif. ambiguous
Colo. ambiguous
Conn. ambiguous
Del. ambiguous
Fla. ambiguous
Ga. ambiguous
Ill. ambiguous
Ind. ambiguous
Kan. ambiguous
Ky. ambiguous
La. ambiguous
Md. ambiguous
Mass. ambiguous
Mich. ambiguous
Minn. ambiguous
Miss. ambiguous
Mo. ambiguous
Mont. ambiguous
Neb. ambiguous
Nev. ambiguous
Okla. ambiguous
Ore. ambiguous
Pa. ambiguous
Tenn. ambiguous
Tex. ambiguous
Va. ambiguous
Vt. ambiguous
Wash. ambiguous
Wis. ambiguous
Wyo. ambiguous

"""#,
        "en/boilerplate": #"""
# Lines of boilerplate in this language (see mul/boilerplate for the format).
share this article
share this
share on facebook
share on twitter
share
subscribe to our newsletter
subscribe
sign up for our newsletter
sign up*
follow us on*
read more
read more:*
related
related coverage
related articles
related stories
related content
more on this story
see also
click here*
watch:*
video:*
listen:*
comments
media playback is unsupported on your device
copyright*
all rights reserved

"""#,
        "en/months": #"""
# Month names: NUMBER <TAB> names <TAB> abbreviations, forms separated by "|".
#   Name          a whole word; with a capital it matches only so written ("May", not "may"),
#                 in lower case it matches in any case ("мая", "Мая")
#   stem…         any word of five to eleven letters whose first five letters are the stem's, in
#                 any case; a capitalized stem only for a word so written ("Janua…": not "januar")
#   abbreviations whole words, matched exactly as written ("Aug", "сент"); the dot is not part of them
# Segmentation reads names (not stems) and abbreviations for datelines and dates after a number;
# the aligner reads all three as month anchors, so "August 24", "24 августа", "24. August" meet.
1	January|Janua…	Jan
2	February|Febru…	Feb
3	March	Mar
4	April|April…	Apr
5	May
6	June	Jun
7	July	Jul
8	August|Augus…	Aug
9	September|Septe…	Sep|Sept
10	October|Octob…	Oct
11	November|Novem…	Nov
12	December|Decem…	Dec

"""#,
        "en/name-particles": #"""
# Lower-case words that stay inside a name between capitalized words ("Bank of Korea",
# "Charles de Gaulle").
of
de

"""#,
        "en/prepositions": #"""
# Prepositions that open an introductory time phrase ("At 5 a.m. Mr. Kim…"): a number abbreviation
# after one of these, early in a clause, does not end the sentence.
at
in
on
by
since
until
till
from
to
after
before
during
around
about
for
of
through

"""#,
        "en/profile": #"""
# English. Settings, one "key: value" a line (the keys are documented in LanguageProfiles.docc).
name: English
scripts: Latn
decimal: .
# A three-dot ellipsis marks an omission inside a sentence; a sentence that ends at an omission
# takes a fourth dot ("…that.... She left").
ellipsis: omission
titles: before-name
openings: adverbs-and-contractions

"""#,
        "en/scales": #"""
# Number words that scale the number before them: WORD <TAB> factor. A word of three to seven
# letters also matches the first letters of a longer word ("million" in "millions").
thousand	1e3
thousan	1e3
million	1e6
mln	1e6
billion	1e9
bn	1e9
trillion	1e12
trillio	1e12

"""#,
        "en/starters": #"""
# Closed-class words that open English sentences. After an ambiguous abbreviation ("U.S.") or an
# initial ("E."), a capitalized word starts a new sentence only if it is one of these: "in the
# U.S. The talks…" ends a sentence, "the U.S. Government" does not.
A
An
The
This
That
These
Those
There
Here
It
Its
He
She
They
We
I
You
His
Her
Their
Our
My
Your
Who
What
When
Where
Why
How
Which
Whether
But
And
Or
So
Yet
Nor
For
If
As
At
In
On
By
To
From
With
Without
After
Before
Since
During
Although
Though
While
Because
Unless
Until
Once
However
Meanwhile
Still
Also
Then
Now
Later
Earlier
Instead
Even
Both
Each
Every
All
Some
Many
Most
Such
No
Not
Do
Does
Did
Is
Are
Was
Were
Will
Would
Can
Could
Should
May
Might
Must
Has
Have
Had
Let
Please
Thus
Therefore
Otherwise
Besides
Moreover
Furthermore
Nevertheless
Today
Yesterday
Tomorrow

"""#,
        "en/stopwords": #"""
# Capitalized words that are not names, one per line (lower case): words that open sentences,
# pronouns, conjunctions, and common words that look like transcriptions.
the
a
an
in
on
at
after
before
he
she
it
they
we
i
but
and
or
no
not
this
that
these
those
there
his
her
their
its
our
as
for
from
with
while
when
if
by
to
of
analysts
officials
some
many
most
both
all
one
two
three
during
since
until
although
however
meanwhile
also
last
earlier
later
on
what
who
why
how
wednesday
monday
tuesday
thursday
friday
saturday
sunday
january
february
march
april
may
june
july
august
september
october
november
december
jan
feb
aug
sept
oct
nov
dec
mr
mrs

"""#,
        "en/titles": #"""
# Titles and honorifics that are not part of a name, one per line, lower case (the profile's
# "titles:" setting says whether they come before or after the name).
president
former president
vice president
prime minister
premier
chairman
chairwoman
leader
supreme leader
general secretary
secretary-general
secretary general
secretary
minister
foreign minister
defense minister
mr
mrs
ms
dr
sir
gen
general
marshal
king
queen
chancellor
senator
sen
rep
gov
governor
mayor
ambassador
envoy
spokesman
spokeswoman
comrade
dear leader
ceo
chief
pope
first lady
then-president
russian president
deputy prime minister
former
then

"""#,
        "en/weekdays": #"""
# Weekdays, Monday first, one line each: forms separated by "|" (lower case: any case).
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday

"""#,
        "fr/abbreviations": #"""
# French abbreviations: the abbreviation with its dot, then optionally its kind (see
# en/abbreviations): inner (default), final, ambiguous, number. Spaced ones ("p. ex.") are
# listed without their spaces.
# Titles and forms of address (an upper-case entry matches only so written: "M." is Monsieur)
M.
MM.
Mme.
Mlle.
Dr.
Pr.
St.
Ste.
Mgr.
Mr.
Mrs.
Ms.
# Words that need a complement
av.
apr.
env.
cf.
p.
pp.
p.ex.
ex.
vol.
éd.
chap.
art.
bd.
boul.
ch.
c.-à-d.
c.à.d.
n.
no.
tél.
# Ends a sentence before a capital
etc. final
J.-C. final
# After a number
fr. number
min. number
mill. number
# Month abbreviations
janv. ambiguous
févr. ambiguous
avr. ambiguous
juil. ambiguous
oct. ambiguous
nov. ambiguous
déc. ambiguous

"""#,
        "fr/boilerplate": #"""
# Lines of boilerplate in this language (see mul/boilerplate for the format).
lire aussi*
à lire aussi*
partager
partager l'article
imprimer
(ats)
(belga)
publicité
crédit photo*

"""#,
        "fr/lexicon": #"""
# Words for shared concepts: CONCEPT <TAB> form|form. Two profiles' lexicons joined on the
# concept make the aligner's seed dictionary for that pair (any form meets any form of the other
# side; a word matches a form followed by up to three more letters, so a form that begins a
# frequent other word is left out). Concepts are English words.
mountain	montagne|montagnes
summit	sommet|sommets|cime|cimes
glacier	glacier|glaciers
hut	cabane|cabanes|refuge|refuges
valley	vallée|vallées
village	village|villages
snow	neige|neiges
ice	glace|glaces
rock	rocher|rochers|roche|roches
stone	pierre|pierres
storm	tempête|tempêtes|orage|orages
night	nuit|nuits
day	jour|jours|journée
morning	matin|matinée
evening	soir|soirée
water	eau|eaux
rope	corde|cordes|cordée
guide	guide|guides
porter	porteur|porteurs
doctor	médecin|médecins
priest	curé|pasteur
woman	femme|femmes
man	homme|hommes
child	enfant|enfants
father	père
mother	mère
brother	frère|frères
son	fils
daughter	fille
friend	ami|amis|amie
rain	pluie|pluies
wind	vent|vents
fog	brouillard
sun	soleil
sky	ciel
cloud	nuage|nuages
cold	froid|froide
hunger	faim
bread	pain
fire	feu|feux
light	lumière
hour	heure|heures
week	semaine|semaines
year	année|années|ans
month	mois
winter	hiver
spring	printemps
autumn	automne
church	église
house	maison|maisons
road	route|routes
bridge	pont|ponts
river	rivière|rivières|fleuve
lake	lac|lacs
forest	forêt|forêts
path	chemin|chemins|sentier|sentiers
ridge	arête|arêtes
wall	paroi|parois
slope	pente|versant
pass	col|cols
crevasse	crevasse|crevasses
avalanche	avalanche|avalanches
debris flow	lave torrentielle|laves torrentielles
rockfall	éboulement|écroulement
climb	ascension|ascensions
climber	alpiniste|alpinistes
expedition	expédition
journey	voyage|voyages
book	livre|livres
letter	lettre|lettres
map	carte|cartes
measurement	mesure|mesures
height	altitude|hauteur
depth	profondeur
time	temps
death	mort
dead	morts|mortes
war	guerre|guerres
peace	paix
king	roi
army	armée
soldier	soldat|soldats
city	ville|villes
country	pays
border	frontière
canton	canton
commune	commune
government	gouvernement
police	police
army2	militaires
school	école
hospital	hôpital
helicopter	hélicoptère|hélicoptères
car	voiture|voitures
train	train|trains
horse	cheval|chevaux
cow	vache|vaches
dog	chien|chiens
bird	oiseau|oiseaux
tree	arbre|arbres
flower	fleur|fleurs
grass	herbe
field	champ|champs
meadow	pré|prairie|alpage
stable	étable|écurie
bed	lit|lits
table	table
door	porte
window	fenêtre
roof	toit
kitchen	cuisine
food	nourriture|repas
milk	lait
cheese	fromage
tea	thé
soup	soupe
blanket	couverture|couvertures
lamp	lampe|lanterne
axe	piolet|piolets
step	marche|marches
foot	pied|pieds
hand	main|mains
head	tête
eye	oeil|yeux|œil
face	visage
heart	coeur|cœur
voice	voix
word	parole|paroles
question	question|questions
answer	réponse
news	nouvelle|nouvelles
report	rapport|rapports|récit
history	histoire
science	science|sciences
scientist	chercheur|chercheurs|savant|savants
geologist	géologue|géologues
observation	observation|observations
instrument	instrument|instruments
thermometer	thermomètre
barometer	baromètre
temperature	température|températures
degree	degré|degrés
meter	mètre|mètres
kilometer	kilomètre|kilomètres
thousand	mille
half	moitié|demi|demie
first	premier|première|premiers
second	deuxième|second|seconde
third	troisième
last	dernier|dernière|derniers
new	nouvelle|nouveaux
old	vieux|vieille|ancien|ancienne
high	haut|haute|élevé
deep	profond|profonde
long	long|longue
short	court|courte|bref
large	grand|grande|grands|grandes
small	petit|petite|petits|petites
white	blanc|blanche|blancs
black	noir|noire|noirs
red	rouge|rouges
green	vert|verte|verts
blue	bleu|bleue|bleus
dark	sombre|obscur|obscurité
steep	raide|raides
dangerous	dangereux|dangereuse|danger
safe	sûr|sûre|sécurité
tired	fatigué|fatigués|fatigue
wounded	blessé|blessés|blessure
rescue	sauvetage|sauveteurs|sauvé|sauvés
search	recherche|recherches
help	aide|secours
work	travail|travaux
money	argent
franc	francs
cost	coût|coûts
damage	dégâts|dommages
danger2	alerte|avertissement
evacuation	évacuation|évacués
inhabitant	habitant|habitants
population	population
family	famille|familles
visitor	visiteur|visiteurs|hôte|hôtes
hotel	hôtel|auberge
museum	musée
painter	peintre
picture	tableau|tableaux|image|images
photograph	photo|photographie
newspaper	journal
society	société|association
club	club
member	membre|membres
president	président|présidente
meeting	assemblée|séance|réunion
decision	décision
law	loi
university	université
student	étudiant|étudiants
teacher	instituteur|enseignant|professeur
south	sud
north	nord
west	ouest
left	gauche
right	droite
above	au-dessus|en haut
below	en bas|au-dessous
always	toujours
never	jamais
today	aujourd'hui
yesterday	hier
tomorrow	demain
again	encore
already	déjà
only	seulement
together	ensemble
almost	presque
slowly	lentement
quickly	vite|rapidement
finally	enfin|finalement
perhaps	peut-être
because	parce que
although	bien que
without	sans
during	pendant|durant
between	entre
against	contre
towards	vers
behind	derrière
under	sous
beside	à côté
nothing	rien
say	dit|dirent|disait
write	écrivit|écrit|écrivait
see	virent|voyait
come	vint|vinrent|venu|venus|arriva|arrivèrent
go	alla|allèrent|allé
find	trouva|trouvèrent|trouvé|trouvés
reach	atteignit|atteignirent|atteint
climb2	monta|montèrent|grimpa
descend	descente|descendit|descendirent
wait	attendit|attendirent|attendu
leave	quitta|quittèrent|quitté
begin	commença|commencèrent|commencé
know	savait|savaient|su
believe	croyait|croyaient|crut
want	voulait|voulaient|voulut
can	pouvait|pouvaient|put|purent
must	devait|devaient|dut|durent
build	construisit|construit|construction
destroy	détruisit|détruit|détruite|détruits
die	mourut|moururent|mort
survive	survécut|survivants
carry	porta|portèrent|porté
fall	tomba|tombèrent|tombé|chute
light2	brillait|éclairait
sleep	dormit|dormirent|sommeil
eat	mangea|mangèrent|mangé
drink	burent
speak	parla|parlèrent|parlé
hear	entendit|entendirent|entendu
call	appela|appelèrent|appelé|cria
think	pensait|pensa
remain	resta|restèrent|resté
open	ouvrit|ouvert|ouverte
close	ferma|fermé|fermée
bring	apporta|amena|apporté
show	montra|montrèrent|montré
measure2	mesura|mesurèrent|mesuré
plan	plan|plans|projet|projets

"""#,
        "fr/months": #"""
# Month names: NUMBER <TAB> names <TAB> abbreviations, forms separated by "|" (format in en/months).
# (No "sept": it is also the number seven.)
1	janvier	janv
2	février	févr
3	mars
4	avril	avr
5	mai
6	juin
7	juillet	juil
8	août
9	septembre
10	octobre	oct
11	novembre	nov
12	décembre	déc

"""#,
        "fr/name-particles": #"""
# Lower-case words that stay inside a name between capitalized words ("Horace-Bénédict de Saussure").
de
du
des

"""#,
        "fr/prepositions": #"""
# Prepositions that open an introductory time phrase ("En 2009 …", "Depuis 1865 …").
en
dans
depuis
avant
après
vers
dès
à

"""#,
        "fr/profile": #"""
# French. Settings, one "key: value" a line (the keys are documented in LanguageProfiles.docc).
name: French
scripts: Latn
decimal: ,
ellipsis: end
titles: before-name
openings: known-names-only

"""#,
        "fr/scales": #"""
# Number words that scale the number before them: WORD <TAB> factor. A word of three to seven
# letters also matches the first letters of a longer word ("million" in "Millionen").
mille	1e3
million	1e6
mio	1e6
milliar	1e9
mrd	1e9

"""#,
        "fr/starters": #"""
# Closed-class words that open French sentences: after an ambiguous abbreviation or an initial,
# only these mark a new sentence.
Le
La
Les
L
Un
Une
Des
Ce
Cette
Ces
Il
Elle
Ils
Elles
On
Nous
Je
En
Au
Aux
Dans
Mais
Puis
Ensuite
Alors
Selon
Après
Avant
Depuis
Pendant
Lorsque
Quand
Si
Pour
Par
Sur
Sous
Cependant
Pourtant
Toutefois
Enfin
Déjà
Même
Cela
Ceci
Tout
Tous
Son
Sa
Ses
Leur
Leurs
C
Aujourd
Hier
Là
Ici

"""#,
        "fr/stopwords": #"""
# Capitalized words that are not names, one per line (lower case): words that open sentences,
# pronouns, conjunctions, and common words that look like transcriptions.
le
la
les
l
un
une
des
du
de
ce
cette
ces
il
elle
ils
elles
on
nous
vous
je
en
au
aux
dans
mais
puis
ensuite
alors
selon
après
avant
depuis
pendant
lorsque
quand
si
pour
par
sur
sous
cependant
pourtant
toutefois
enfin
déjà
même
cela
ceci
tout
tous
son
sa
ses
leur
leurs
et
ou
à
là
ici

"""#,
        "fr/titles": #"""
# Titles and honorifics that are not part of a name, one per line, lower case (the profile's
# "titles:" setting says whether they come before or after the name).
président
présidente
conseiller fédéral
conseillère fédérale
conseiller d'état
ministre
premier ministre
monsieur
madame
mademoiselle
m
mme
mlle
mm
dr
docteur
professeur
professeure
pr
abbé
curé
pasteur
capitaine
général
colonel
syndic
syndique
maire
préfet
directeur
directrice
ingénieur
porte-parole
géologue
guide

"""#,
        "fr/weekdays": #"""
# Weekdays, Monday first, one line each: forms separated by "|" (lower case: any case).
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche

"""#,
        "ko/boilerplate": #"""
# Lines of boilerplate in this language (see mul/boilerplate for the format).
광고
공유하기
공유
관련 기사
관련기사
관련 뉴스
이 기사를 공유합니다
구독하기
구독
기사 더보기
더보기
댓글
사진=*
사진 =*
사진 제공=*
사진 제공 =*
사진제공=*
(서울=연합뉴스)*
(사진=*
무단 전재 및 재배포 금지
무단전재 및 재배포 금지
저작권자*
ⓒ*

"""#,
        "ko/continuations": #"""
# Words that carry a clause on after a final-looking ending written apart (non-standard spacing,
# auxiliaries): "왔다 갔다 했다", "했다 하더라도". After these no sentence ends.
하고
하며
하면서
하더라도
하더니
해도
하면
하는
한
할
했다가
고
며
면서
라고
라며
는
보니
보면
못해
갔다
싶어
싶은
했다
한다
하였다
왔다
온다
왔어
왔어요
오겠다

"""#,
        "ko/endings": #"""
# Korean sentence-final endings: a word (a run of Hangul before white space) that ends with one of
# these closes a sentence when a new clause follows, even without a full stop. A leading
# compatibility jamo means "a syllable with this final consonant, then": ㅆ다 matches 했다, 있었다,
# 됐다, 겠다; ㄴ다 matches 한다, 간다, 먹는다. Endings that are also common noun or particle endings
# (보다 "than", 바다 "sea", 주요 "major", 필요 "need") are left out on purpose.
ㅆ다
하다
ㄴ다
ㅄ다
ㄶ다
ㅂ다
이다
니다
아니다
같다
싶다
좋다
높다
낮다
크다
싸다
쁘다
프다
르다
리다
작다
적다
맞다
옳다
ㅂ니까
습니까
ㄹ까
죠
어요
아요
여요
해요
돼요
와요
워요
봐요
줘요
져요
셔요
에요
예요
세요
네요
지요
군요
든요
데요
게요
래요
대요
까요
나요
# Informal endings after a past or present tense syllable, and other closing forms.
ㅆ어
ㅆ네
ㅆ지
ㅆ군
ㅆ니
ㅆ냐
구나
잖아
하자
가자
보자
하라
더라
더라고
거야
하네
좋네
는군

"""#,
        "ko/hanja": #"""
# Korean readings of Hanja common in names and places: HANJA <TAB> HANGUL.
# ICU reads Han characters as Mandarin (金正日 → jin zheng ri); Korean text means the Korean reading.
金	김
李	이
朴	박
崔	최
鄭	정
姜	강
趙	조
尹	윤
張	장
林	임
韓	한
吳	오
徐	서
申	신
權	권
黃	황
安	안
宋	송
全	전
洪	홍
高	고
文	문
梁	양
孫	손
裵	배
白	백
許	허
劉	유
柳	류
南	남
盧	노
河	하
郭	곽
成	성
車	차
朱	주
禹	우
具	구
閔	민
羅	나
陳	진
池	지
嚴	엄
元	원
蔡	채
卞	변
潘	반
玄	현
桂	계
呂	여
表	표
吉	길
都	도
廉	염
秋	추
方	방
孔	공
石	석
明	명
太	태
卓	탁
孟	맹
咸	함
龍	룡
正	정
日	일
恩	은
雲	운
男	남
哲	철
敏	민
浩	호
鎬	호
在	재
寅	인
仁	인
槿	근
惠	혜
熙	희
大	대
中	중
泳	영
三	삼
武	무
鉉	현
賢	현
博	박
容	용
泰	태
愚	우
煥	환
斗	두
植	식
錫	석
悅	열
潤	윤
基	기
德	덕
洙	수
秀	수
英	영
永	영
國	국
民	민
主	주
義	의
人	인
共	공
和	화
朝	조
鮮	선
北	북
京	경
漢	한
城	성
平	평
壤	양
釜	부
山	산
川	천
邱	구
光	광
州	주
濟	제
蔚	울
開	개
與	여
勇	용
俊	준
珍	진
一	일
雪	설
淑	숙
順	순
姬	희
美	미
淳	순
善	선
眞	진
鎭	진
東	동
西	서
春	춘
夏	하
冬	동
天	천
地	지
玉	옥
花	화
榮	영
映	영
寧	녕
妍	연
延	연
然	연
衍	연
蓮	연
燕	연
淵	연
娟	연
鍾	종
宗	종
鐘	종
炳	병
秉	병
丙	병
乙	을
甲	갑
晩	만
萬	만
滿	만
錦	금
今	금
琴	금
根	근
勤	근
起	기
奇	기
麒	기
騏	기
琪	기
炯	형
亨	형
衡	형
兄	형
顯	현
弘	홍
鴻	홍
虎	호
豪	호
昊	호
皓	호
好	호
湖	호
喜	희
希	희
禧	희
孝	효
曉	효
勳	훈
薰	훈
訓	훈
輝	휘
徽	휘
興	흥
欽	흠
昌	창
彰	창
昶	창
燦	찬
贊	찬
讚	찬
澈	철
徹	철
喆	철
湜	식
聖	성
盛	성
星	성
晟	성
誠	성
聲	성
世	세
細	세
洗	세
昭	소
素	소
紹	소
壽	수
守	수
修	수
肅	숙
承	승
勝	승
昇	승
時	시
始	시
詩	시
信	신
新	신
臣	신
心	심
深	심
沈	심
完	완
旭	욱
郁	욱
源	원
遠	원
院	원
圓	원
願	원
偉	위
衛	위
有	유
裕	유
維	유
允	윤
胤	윤
銀	은
殷	은
隱	은
應	응
宜	의
意	의
誼	의
益	익
翼	익
印	인
逸	일
任	임
壬	임
子	자
慈	자
滋	자
作	작
章	장
長	장
將	장
材	재
載	재
哉	재
宰	재
貞	정
廷	정
庭	정
禎	정
晶	정
靜	정
政	정
定	정
淨	정
悌	제
兆	조
祚	조
照	조
存	존
柱	주
周	주
珠	주
駿	준
準	준
峻	준
重	중
仲	중
曾	증
之	지
志	지
智	지
知	지
址	지
直	직
振	진
晋	진
津	진
泉	천
清	청
青	청
淸	청
忠	충
致	치
澤	택
宅	택
八	팔
必	필
弼	필
學	학
鶴	학
翰	한
海	해
幸	행
鄕	향
憲	헌
赫	혁
爀	혁
炫	현
華	화
還	환
會	회
厚	후
議	의
黨	당
勞	노
動	동
聞	문
社	사
通	통
央	앙
委	위
員	원
軍	군
統	통
領	령
府	부
首	수
相	상
島	도
道	도
江	강
洞	동
里	리
邑	읍
郡	군
市	시
縣	현
省	성
港	항
灣	만
半	반
岸	안
門	문
店	점
板	판
豊	풍
邊	변
仙	선
蒙	몽
古	고
內	내
# Readings of the gazetteer's remaining Hanja (first-syllable forms where a name starts with the
# character: 聯合 연합, 兩江道 양강도).
敬	경
冠	관
松	송
月	월
悳	덕
先	선
坪	평
獨	독
剛	강
頭	두
非	비
裝	장
帶	대
露	로
本	본
靑	청
瓦	와
臺	대
上	상
香	향
習	습
近	근
胡	호
濤	도
克	극
强	강
王	왕
毅	의
毛	모
倍	배
田	전
雄	웅
菅	관
聯	연
合	합
現	현
代	대
溫	온
家	가
寶	보
鄧	등
小	소
純	순
郎	랑
丁	정
均	균
杓	표
健	건
鎔	용
愛	애
瑞	서
甬	용
奉	봉
畿	기
原	원
水	수
浦	포
項	항
鏡	경
兩	양
溪	계
翎	령
豆	두
鴨	압
綠	록
瀋	심
陽	양
哈	합
爾	이
濱	빈
沿	연
阪	판
廣	광
沖	충
繩	승
部	부
情	정
報	보
麗	려
航	항
空	공
同	동
亞	아
陵	릉
慶	경
木	목
束	속
草	초
坡	파
鐵	철
鬱	울
沙	사
界	계
策	책
舞	무
端	단
率	솔
才	재
墉	용
烈	렬
圭	규
烘	홍
富	부
謙	겸
九	구
滉	황
旼	민
建	건
庸	용
溶	용
康	강

"""#,
        "ko/postpositions": #"""
# Korean particles (josa) and copula endings stripped from the end of a name, one per line.
# Longer ones are tried first. A name is never cut below its own syllables (see KoreanParticles).
으로부터
에게서는
에게서
로부터
으로서
으로써
에서는
에서도
에서의
에게는
에게도
까지는
이라는
이라고
이었다
으로는
께서는
께서
에서
에게
한테
으로
까지
부터
보다
처럼
마저
조차
이나
이며
이다
이고
이라
라는
라고
만큼
대로
로서
로써
와의
과의
와는
과는
의
은
는
이
가
을
를
에
도
와
과
로
만
께
측

"""#,
        "ko/profile": #"""
# Korean. Settings, one "key: value" a line (the keys are documented in LanguageProfiles.docc).
name: Korean
scripts: Hang Hani
decimal: .
ellipsis: end
# A sentence may end without punctuation after a final verb ending (see endings, continuations).
sentence-ends: verb-endings
# Titles follow the name (메드베데프 대통령); postpositions attach to it (김정일은).
titles: after-name
# A month is a number and 월 ("8월 24일").
month-suffix: 월
# Names are found by the lexicon and by the titles after them, postpositions stripped.
mentions: uncased

"""#,
        "ko/scales": #"""
# Number words that scale the number before them: WORD <TAB> factor. A word of three to seven
# letters also matches the first letters of a longer word ("million" in "millions").
천	1e3
만	1e4
억	1e8
조	1e12

"""#,
        "ko/starters": #"""
# Korean has no capital letters; sentence starters are not used.

"""#,
        "ko/stopwords": #"""
# Capitalized words that are not names, one per line (lower case): words that open sentences,
# pronouns, conjunctions, and common words that look like transcriptions.
당시
전
현
신임
이번
양국
두
양측
그
그들
그녀
그것
이것
저것
그곳
이곳
저곳
그때
그리고
그러나
그래서
그런데
그러면
그러자
그러므로
그런
이런
저런
그러한
이러한
어떤
여러
여러분
어디
누구
무엇
어느
모든
다른
오늘
이제
바로
너무
더욱
더
매우
아주
모두
우리
저희
너희
여기
거기
저기
다음
가운데
아버지
어머니
아이
바다
나라
사람

"""#,
        "ko/surnames": #"""
# Korean surnames: Hangul (the canonical reading) <TAB> spellings in any script, separated by "|".
# A name whose first word is one of these is read as a Korean name (surname + syllables).
# Lee/Yi/Rhee/Ri/Ли/Ри/이/리 are one surname (李): South Korea writes 이, the North 리.
김	Kim|Gim|Ким|金
이	Lee|Yi|Rhee|Ri|Rhie|Li|I|Ли|Ри|И|리|李
박	Park|Pak|Bak|Pahk|Пак|朴
최	Choi|Choe|Chwe|Choy|Чхве|Цой|崔
정	Jung|Chung|Jeong|Cheong|Chong|Jong|Чон|Чен|鄭
강	Kang|Gang|Кан|姜
조	Cho|Jo|Joh|Chough|Чо|趙
윤	Yoon|Yun|Youn|Юн|尹
장	Jang|Chang|Чан|張
임	Lim|Im|Rim|Yim|Лим|Им|Рим|림|林
한	Han|Хан|韓
오	Oh|O|О|吳
서	Seo|Suh|Sŏ|Со|徐
신	Shin|Sin|Син|Шин|申
권	Kwon|Gwon|Kwŏn|Квон|權
황	Hwang|Хван|黃
안	Ahn|An|Ан|安
송	Song|Сон|宋
전	Jeon|Chun|Jun|Chon|Jon|Чон|全
홍	Hong|Хон|洪
고	Ko|Koh|Go|Ко|高
문	Moon|Mun|Мун|文
양	Yang|Ryang|Ян|Рян|梁
손	Son|Sohn|Сон|孫
배	Bae|Pae|Пэ|裵
백	Baek|Paek|Paik|Пэк|白
허	Heo|Hur|Ho|Хо|許
유	Yoo|Yu|Ryu|Rhyu|You|Ю|Рю|류|柳|劉
남	Nam|Нам|南
노	Roh|Noh|No|Ro|Но|Ро|盧
하	Ha|Ха|河
곽	Kwak|Gwak|Квак|郭
성	Sung|Seong|Song|Сон|成
차	Cha|Ча|車
주	Joo|Ju|Chu|Чу|朱
우	Woo|U|Wu|У|禹
구	Koo|Ku|Gu|Ку|具
민	Min|Мин|閔
나	Na|Ra|На|Ра|羅
진	Jin|Chin|Чин|陳
지	Ji|Chi|Чи|池
엄	Um|Eom|Om|Ом|嚴
원	Won|Вон|元
채	Chae|Чхэ|蔡
변	Byun|Pyon|Byeon|Пён|卞
반	Ban|Pan|Пан|潘
현	Hyun|Hyon|Hyeon|Хён|Хен|玄
계	Kye|Gye|Ке|Кё|桂
여	Yeo|Yo|Ryo|Ё|Рё|呂
표	Pyo|Phyo|Пхё|表
길	Kil|Gil|Киль|吉
도	Do|To|То|До|都
염	Yeom|Yom|Ём|廉
추	Choo|Chu|Чху|秋
방	Bang|Pang|Пан|方
공	Kong|Gong|Кон|孔
석	Seok|Suk|Sok|Сок|石
명	Myung|Myong|Мён|明
태	Tae|Thae|Тхэ|太
탁	Tak|Thak|Тхак|卓
맹	Maeng|Мэн|孟
함	Ham|Хам|咸
용	Yong|Ryong|Ён|Рён|龍

"""#,
        "ko/titles": #"""
# Titles and honorifics that are not part of a name, one per line, lower case (the profile's
# "titles:" setting says whether they come before or after the name).
대통령
전 대통령
전대통령
부통령
위원장
국무위원장
국방위원장
총비서
총서기
주석
총리
수상
장관
외무상
외교부 장관
국무장관
부부장
부장
의원
대표
대변인
의장
여사
씨
님
총장
사무총장
원수
동지
국왕
여왕
왕
총통
대사
특사
시장
지사
회장
부위원장
당선인
후보
부총리
국무총리
외무장관
외교장관
국방장관
통일부 장관
최고지도자
상임위원장
제1부부장
서기장
대변인은

"""#,
        "mul/boilerplate": #"""
# Lines of web and wire boilerplate: captions, credits, sharing and subscription prompts, section
# links, datelines. Such a line is in one language version only and is never part of a
# translated sentence, so the aligner leaves it unlinked (BoilerplateCost).
# One entry a line, in each language's folder (this one: lines of any language):
#   LINE          the whole line, compared in lower case without surrounding spaces,
#                 quotes or final punctuation
#   PREFIX*       any line that starts with PREFIX
# A line of more than eight words is never boilerplate.
advertisement
ad
(ap)
(afp)
(reuters)
(upi)
(tass)
(yonhap)
photo:*
photo credit:*
image:*
image copyright*
image caption*
getty images
ap photo*
reuters/*

"""#,
        "mul/profile": #"""
# Data for every language (ISO 639 "mul"): lines of boilerplate that any language's copy may hold.
name: any language

"""#,
        "ru/abbreviations": #"""
# Russian abbreviations. One per line: the abbreviation with its dot, then optionally its kind:
#   (none) / inner  never ends a sentence ("ул. Ленина", "им. Пушкина", "т.е.")
#   final           ends a sentence before a capitalized word ("и т.д. Потом…")
#   ambiguous       ends a sentence only before a sentence starter (see ru.starters)
#   number          after a number, ends a sentence before a capital unless the clause is
#                   introductory ("в 2006 и 2009 гг. Вашингтон…" ends, "В 2009 г. Путин…" does not);
#                   elsewhere inner ("г. Москва")
# Spaced forms ("т. е.", "т. д.") are looked up without their spaces.
т.е.
т.к.
т.н.
т.ч.
т.о.
т.д. final
т.п. final
др. final
пр. ambiguous
н.э. final
г. number
гг. number
в. number
вв. number
тыс. number
млн. number
млрд. number
трлн. number
руб. number
чел. number
п.п. number
проц. number
шт. number
га. number
т. number
коп. number
долл. number
евро. number
км. number
кг. number
куб.
кв.
мин. number
сек. number
ч. number
ул.
пр-т.
просп.
пл.
пер.
наб.
бул.
ш.
д.
корп.
стр.
кв-л.
пос.
дер.
с.
обл.
р-н.
респ.
им.
см.
ср.
напр.
рис.
табл.
гл.
п.
пп.
ст.
ч.
вып.
изд.
ген.
генерал-лейт.
полк.
акад.
проф.
доц.
канд.
д-р.
Дж.
зам.
пред.
св.
тов.
гос.
г-н.
г-жа.
им.
янв. ambiguous
февр. ambiguous
фев. ambiguous
апр. ambiguous
авг. ambiguous
сент. ambiguous
сен. ambiguous
окт. ambiguous
нояб. ambiguous
ноя. ambiguous
дек. ambiguous

"""#,
        "ru/boilerplate": #"""
# Lines of boilerplate in this language (see mul/boilerplate for the format).
реклама
поделиться
поделиться в соцсетях
читайте также
читайте также:*
материалы по теме
по теме
смотрите также
подписывайтесь на наш канал*
подписывайтесь*
подписаться*
фото:*
видео:*
источник:*
комментарии
(риа новости)
(итар-тасс)
(интерфакс)
все права защищены

"""#,
        "ru/months": #"""
# Month names: NUMBER <TAB> names <TAB> abbreviations, forms separated by "|".
#   Name          a whole word; with a capital it matches only so written ("May", not "may"),
#                 in lower case it matches in any case ("мая", "Мая")
#   stem…         any word of five to eleven letters whose first five letters are the stem's, in
#                 any case; a capitalized stem only for a word so written ("Janua…": not "januar")
#   abbreviations whole words, matched exactly as written ("Aug", "сент"); the dot is not part of them
# Segmentation reads names (not stems) and abbreviations for datelines and dates after a number;
# the aligner reads all three as month anchors, so "August 24", "24 августа", "24. August" meet.
1	январь|января|январе|январ…	янв
2	февраль|февраля|феврале|феврал…	фев|февр
3	март|марта|марте	мар
4	апрель|апреля|апреле|апрел…	апр
5	май|мая|мае
6	июнь|июня|июне
7	июль|июля|июле
8	август|августа|августе|август…	авг
9	сентябрь|сентября|сентябре|сентябр…	сен|сент
10	октябрь|октября|октябре|октябр…	окт
11	ноябрь|ноября|ноябре|ноябр…	ноя|нояб
12	декабрь|декабря|декабре|декабр…	дек

"""#,
        "ru/prepositions": #"""
# Предлоги, открывающие вводное обстоятельство времени ("В 2009 г. Путин…"): после них
# сокращение при числе в начале предложения его не заканчивает.
в
во
с
со
к
ко
по
до
от
на
за
после
около
о
об
при
через
между
перед
накануне
к

"""#,
        "ru/profile": #"""
# Russian. Settings, one "key: value" a line (the keys are documented in LanguageProfiles.docc).
name: Russian
scripts: Cyrl
decimal: ,
# A многоточие before a capital ends a sentence.
ellipsis: end
titles: before-name
# Names take case endings (Ким Чен Ира, Медведеву): keys are found through the nominative.
name-cases: russian
openings: known-names-only

"""#,
        "ru/scales": #"""
# Number words that scale the number before them: WORD <TAB> factor. A word of three to seven
# letters also matches the first letters of a longer word ("million" in "millions").
тыс	1e3
тысяч	1e3
млн	1e6
миллио	1e6
млрд	1e9
миллиа	1e9
трлн	1e12
трилл	1e12

"""#,
        "ru/starters": #"""
# Closed-class words that open Russian sentences: after an ambiguous abbreviation or an initial,
# a capitalized word starts a new sentence only if it is one of these.
Это
Эта
Этот
Эти
Тот
Та
То
Те
Он
Она
Оно
Они
Мы
Я
Вы
Ты
Его
Ее
Её
Их
Им
Ему
Ей
Нам
Но
А
И
Или
Однако
Зато
Также
Тоже
Кроме
В
Во
На
По
С
Со
Из
К
Ко
От
До
За
Для
При
После
Перед
Через
Под
Над
О
Об
Как
Когда
Где
Если
Хотя
Так
Там
Тогда
Теперь
Сейчас
Затем
Потом
Поэтому
Впрочем
Между
Все
Всё
Весь
Вся
Каждый
Многие
Некоторые
Не
Ни
Уже
Еще
Ещё
Лишь
Только
Даже
Вот
Что
Чтобы
Кто
Почему
Зачем
Сегодня
Вчера
Завтра
Там
Здесь
Следует
Напомним
Отметим

"""#,
        "ru/stopwords": #"""
# Capitalized words that are not names, one per line (lower case): words that open sentences,
# pronouns, conjunctions, and common words that look like transcriptions.
в
во
на
по
с
со
к
как
это
для
после
кроме
при
о
об
от
до
из
за
и
а
но
он
она
они
мы
я
его
ее
её
их
этот
эта
эти
тот
так
также
однако
между
речь
стороны
переговоры
сроки
по
однако
вместе
ранее
позже
кто
что
где
когда
если
не
уже
еще
ещё
все
всё
многие
эксперты
январь
января
февраля
марта
апреля
мая
июня
июля
августа
сентября
октября
ноября
декабря
оао
зао
пао
гэс
один
одна
одно
два
три
четыре
пять
шесть
семь
восемь
девять
десять
вот
тем
затем
далее
теперь
сегодня
вчера
завтра
здесь
там
тут
поэтому
поскольку
хотя
чтобы
только
очень
можно
надо
именно
конечно
вероятно
возможно
несколько
некоторые
большинство
через
под
над
перед
без
среди
согласно
наш
наша
наши
мои
мой
моя
ваш
вам
вы
ты

"""#,
        "ru/titles": #"""
# Titles and honorifics that are not part of a name, one per line, lower case (the profile's
# "titles:" setting says whether they come before or after the name).
президент
экс-президент
премьер-министр
премьер
председатель
лидер
глава
руководитель
министр
генсек
генеральный секретарь
господин
госпожа
г-н
г-жа
товарищ
маршал
генерал
канцлер
король
королева
посол
губернатор
мэр
сенатор
спикер
пресс-секретарь
вице-премьер
зампред
оао
пао
зао
ао

"""#,
        "ru/weekdays": #"""
# Weekdays, Monday first, one line each: forms separated by "|" (lower case: any case).
понедельник
вторник
среда|среду
четверг
пятница|пятницу
суббота|субботу
воскресенье

"""#,
    ]
}
