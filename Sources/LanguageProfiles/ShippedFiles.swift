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
# The lexicons share one list of concepts, grouped by topic; a concept is left out
# of a language where its words would also match frequent words of another meaning.
# Mountains, landscape and water
mountain	Berg|Berge|Bergen|Berges|Gebirge
summit	Gipfel
glacier	Gletscher
hut	Hütte|Hütten
valley	Täler|Tales|Tälern|Tals
village	Dorf|Dörfer|Dorfes
snow	Schnee|Schnees|schneite|geschneit
ice	Eises|Eisfeld|Eisfelder|vereist|vereiste|Glatteis
rock	Fels|Felsen
stone	Stein|Steine|Steinen
river	Fluss|Flüsse|Flusses
lake	Seen
forest	Wald|Wälder|Waldes
path	Pfad|Pfade
ridge	Grate|Grates|Graten
wall	Mauer|Mauern|Wände|Wänden
slope	Hang|Abhang
pass	Pässe|Passhöhe|Joch
crevasse	Spalte|Spalten|Gletscherspalte
avalanche	Lawine|Lawinen
debris flow	Murgang|Murgänge|Mure|Muren
rockfall	Bergsturz|Felssturz|Steinschlag
field	Feld|Felder|Feldern
meadow	Wiese|Wiesen|Weide|Weiden
grass	Gras|Grases
hill	Hügel
plain	Ebene|Ebenen
plateau	Hochebene|Plateau
cliff	Klippe|Klippen
cave	Höhle|Höhlen
gorge	Schlucht|Schluchten
stream	Bach|Bäche|Baches
waterfall	Wasserfall|Wasserfälle
source	Quelle|Quellen
sea	Meer|Meere|Meeres
ocean	Ozean|Ozeane
coast	Küste|Küsten
beach	Strand|Strände
island	Insel|Inseln
riverbank	Ufer
wave	Welle|Wellen
flood	Hochwasser|Überschwemmung|Flut|Fluten
desert	Wüste|Wüsten
earth	Erde|Erdboden
ground	Boden|Böden
sand	Sand|Sandes
mud	Schlamm|Matsch
dust	Staub
landscape	Landschaft|Landschaften
nature	Natur
environment	Umwelt
region	Region|Regionen
world	Welt|Welten
horizon	Horizont
view	Aussicht|Blick|Blicke|Ausblick
edge	Rand|Ränder|Kante
height	Höhe|Höhen|Höhenmeter
depth	Tiefe|Tiefen
moraine	Moräne|Moränen
serac	Séracs|Eisturm|Eistürme
cornice	Wächten
couloir	Couloir|Rinne|Rinnen
rope	Seil|Seile|Seilen|Seilschaft
axe	Pickel|Eispickel
crampon	Steigeisen
climb	Besteigung|Erstbesteigung|Besteigungen|Aufstieg|Aufstiegs
climber	Bergsteiger|Alpinist|Alpinisten
mountaineering	Bergsteigen|Alpinismus
guide	Führer|Bergführer|Führern
porter	Träger|Trägern
expedition	Expedition|Expeditionen
bivouac	Biwak|biwakieren
ski	Ski|Skier|Skifahrer
alps	Alpen|alpinen|alpine
chalet	Chalet|Chalets
volcano	Vulkan|Vulkane
earthquake	Erdbeben
# Weather, sky and light
weather	Wetter|Wetters|Witterung
storm	Sturm|Gewitter|Unwetter
rain	Regen|regnete|regnet
wind	Wind|Winde|Windes
fog	Nebel|neblig
sun	Sonne|Sonnen
sky	Himmel
cloud	Wolke|Wolken
cold	Kälte|kalt|kalte|kalten|kalter
heat	Hitze|Wärme
warm	warm|warme|warmen
frost	Frost|gefroren|fror|friert
thunder	Donner|donnerte
lightning	Blitz|Blitze
hail	Hagel
drought	Dürre|Trockenheit
climate	Klima|klimatischen
temperature	Temperatur|Temperaturen
moon	Mond|Mondes
star	Stern|Sterne|Sternen
light	Licht|Lichter|Lichtes
light2	leuchtete|leuchtet|glänzte|strahlte
shadow	Schatten
dawn	Morgengrauen|Dämmerung|Tagesanbruch
sunset	Sonnenuntergang
air	Luft|Lüfte
# Time
time	Zeit|Zeiten
moment	Augenblick|Augenblicke|Moment|Momente
minute	Minute|Minuten
hour	Stunde|Stunden|Uhr
day	Tag|Tage|Tagen|Tages
night	Nacht|Nächte|nachts
morning	Morgen|morgens|Vormittag
evening	Abend|Abende|abends
noon	Mittag|mittags
afternoon	Nachmittag|nachmittags
midnight	Mitternacht
week	Woche|Wochen
weekend	Wochenende
month	Monat|Monate|Monaten|Monats
year	Jahr|Jahre|Jahren|Jahres
decade	Jahrzehnt|Jahrzehnte|Jahrzehnten
century	Jahrhundert|Jahrhunderts|Jahrhunderte
era	Zeitalter|Epoche|Epochen
past	Vergangenheit
future	Zukunft|künftig|künftigen|zukünftigen
history	Geschichte|Geschichten
winter	Winter|Winters
spring	Frühling|Frühjahr
summer	Sommer|Sommers
autumn	Herbst
season	Jahreszeit|Saison
holiday	Ferien|Urlaub
feast	Feier|Feiern|Feiertag|Festtag|Festival|feierte|gefeiert|feiert
birthday	Geburtstag
christmas	Weihnachten
easter	Ostern
date	Datum
calendar	Kalender
end	Ende|Endes
today	heute|heutigen
yesterday	gestern
tomorrow	morgig|morgigen
now	jetzt|nun
soon	bald
late	spät|später|späten|Verspätung
early	früh|früher|frühen
always	immer
never	nie|niemals
often	oft|häufig
sometimes	manchmal
again	wieder|erneut
already	bereits|schon
finally	schließlich|endlich|schliesslich
suddenly	plötzlich
immediately	sofort|sogleich|unverzüglich
recently	kürzlich|neulich|jüngst
meanwhile	inzwischen|mittlerweile|unterdessen
formerly	einstmals|einstige|damals|ehemalig|ehemalige|ehemaligen
# People and family
person	Personen|Mensch|Menschen
people	Leute|Volk|Völker|Volkes
human	menschlich|menschliche|menschlichen|Menschheit
woman	Frau|Frauen
man	Mann|Männer|Mannes|Männern
child	Kind|Kinder|Kindern|Kindes
boy	Knabe|Knaben|Bub|Buben
girl	Mädchen
baby	Baby|Babys|Säugling
youth	Jugend|Jugendliche|Jugendlichen
adult	Erwachsene|Erwachsenen
old man	Greis|Greise
father	Vater|Väter|Vaters
mother	Mutter|Mütter
parents	Eltern
brother	Bruder|Brüder|Brüdern
sister	Schwester|Schwestern
son	Sohn|Söhne|Sohnes|Söhnen
daughter	Tochter|Töchter
grandfather	Großvater|Grossvater
grandmother	Großmutter|Grossmutter
grandchild	Enkel|Enkelin|Enkelkind
uncle	Onkel
aunt	Tante|Tanten
cousin	Cousin|Cousine|Vetter
husband	Ehemann|Gatte|Gatten
wife	Ehefrau|Gattin
marriage	Hochzeit|Heirat|heiratete|geheiratet|heiraten
bride	Braut
widow	Witwe|Witwen|Witwer
orphan	Waise|Waisen
family	Familie|Familien
relative	Verwandte|Verwandten
ancestor	Vorfahren
generation	Generation|Generationen
friend	Freund|Freunde|Freundin|Freunden|Freundschaft
neighbour	Nachbar|Nachbarn|Nachbarin
guest	Gast|Gäste|Gästen
stranger	fremd|Fremde|Fremden|Ausländer|ausländische|ausländischen|Ausland
enemy	Feind|Feinde|Feinden|feindlich
companion	Gefährte|Gefährten|Begleiter
lover	Liebhaber|Liebhaberin
couple	Ehepaar
name	Name|Namen|Namens
gentleman	Herr|Herrn|Herren
lady	Dame|Damen
master	Meister
servant	Diener|Dienerin|Magd|Knecht
crowd	Menschenmenge|Menge|Mengen
inhabitant	Einwohner|Bewohner|Einwohnern|Bewohnern
population	Bevölkerung
citizen	Bürger|Bürgerin|Bürgern
tourist	Tourist|Touristen
member	Mitglied|Mitglieder|Mitgliedern
group	Gruppe|Gruppen
team	Mannschaft|Team|Teams
leader	Anführer|Leiter|Leiterin|Chef|Chefin
hero	Held|Helden|Heldin
victim	Opfer
witness	Zeuge|Zeugen|Zeugin
# Occupations and roles
doctor	Arzt|Ärzte|Ärztin|Ärzten
nurse	Krankenschwester|Pflegerin|Pfleger|Pflegepersonal
priest	Pfarrer|Priester
monk	Mönch|Mönche
nun	Nonne|Nonnen
bishop	Bischof|Bischöfe
pope	Papst
teacher	Lehrer|Lehrerin|Lehrern
student	Student|Studenten|Studentin|Studierende
pupil	Schüler|Schülerin|Schülern
painter	Maler|Malerin
artist	Künstler|Künstlerin
writer	Schriftsteller|Schriftstellerin|Autor|Autoren|Autorin
poet	Dichter|Poet
musician	Musikanten
singer	Sänger|Sängerin
actor	Schauspieler|Schauspielerin
journalist	Journalist|Journalisten|Journalistin|Reporter
photographer	Fotograf|Fotografen|Fotografin|Photograph
scientist	Forscher|Forscherin
geologist	Geologe|Geologen
engineer	Ingenieur|Ingenieure|Ingenieurin
architect	Architekt|Architekten|Architektin
lawyer	Anwalt|Anwälte|Rechtsanwalt|Anwältin
judge	Richter|Richterin
officer	Offizier|Offiziere
general	General|Generäle
captain	Hauptmann|Kapitän
king	König|Könige|Königs
prince	Prinzen|Fürst|Fürsten|Prinzessin
emperor	Kaiser|Kaisers
noble	Adlige|Adel|Adligen
farmer	Bauer|Bauern|Bäuerin|Landwirt|Landwirte
shepherd	Hirte|Hirten|Senn|Sennen
craftsman	Handwerker
carpenter	Zimmermann|Schreiner
smith	Schmied
baker	Bäcker
cook	Koch|Köchin|Köche|kochte|gekocht|kocht
merchant	Kaufmann|Händler|Kaufleute
seller	Verkäufer|Verkäuferin
employee	Angestellte|Angestellten|Mitarbeiter|Mitarbeiterin|Mitarbeitenden
boss	Vorgesetzte|Direktor|Direktorin|Direktoren
driver	Fahrer|Fahrerin|Chauffeur|Lenker
pilot	Pilot|Piloten
sailor	Seemann|Matrose|Matrosen
secretary	Sekretär|Sekretärin
expert	Experte|Experten|Fachmann|Fachleute
president	Präsident|Präsidentin|Präsidenten
minister	Minister|Ministerin|Ministern
mayor	Bürgermeister|Gemeindepräsident|Stadtpräsident
ambassador	Gesandte|Gesandten
spokesman	Sprecher|Sprecherin
thief	Dieb|Diebe|Diebin
prisoner	Gefangene|Gefangenen|Häftling|Häftlinge
criminal	Verbrecher|Täter|Täterin|Tätern
refugee	Flüchtling|Flüchtlinge|Geflüchtete
patient	Patient|Patienten|Patientin
# Body and health
body	Körper|Körpers|Leib|Leibes
head	Kopf|Köpfe|Kopfes
face	Gesicht|Gesichter|Antlitz
eye	Auge|Augen
ear	Ohr|Ohren
nose	Nase|Nasen
mouth	Mund|Mundes
lip	Lippe|Lippen
tooth	Zahn|Zähne|Zähnen
tongue	Zunge|Zungen
hair	Haar|Haare|Haaren
beard	Bart
forehead	Stirn
neck	Hals|Nacken
shoulder	Schulter|Schultern
hand	Hände|Händen
finger	Finger|Fingern
nail	Fingernagel|Nägel
chest	Brust|Brüste
belly	Bauch|Bäuche
heart	Herzen|Herzens
blood	Blut|Blutes|blutig|blutete
bone	Knochen
skin	Haut|Häute
muscle	Muskel|Muskeln
brain	Gehirn|Hirn
lung	Lunge|Lungen
stomach	Magen
leg	Beine|Beinen
knee	Knie
foot	Fuß|Füße|Füßen|Fusses|Fuss|Füsse|Füssen
toe	Zehe|Zehen
breath	Atem|atmete|atmen
sweat	Schweiß|Schweiss
tear	Träne|Tränen
health	Gesundheit|gesund|gesunde|gesunden
illness	Krankheit|Krankheiten|Erkrankung|Erkrankungen
sick	krank|kranke|kranken
pain	Schmerz|Schmerzen
wounded	verletzt|Verletzte|Verletzten|verwundet|Verwundete|Verletzung|Verletzungen
fever	Fieber
cough	Husten|hustete
infection	Infektion|Infektionen|Ansteckung|angesteckt
virus	Virus|Viren
epidemic	Epidemie|Seuche|Pandemie
vaccine	Impfstoff|Impfung|Impfungen|geimpft
cancer	Krebs
heart attack	Herzinfarkt|Infarkt
medication	Medikament|Medikamente|Medikamenten|Arznei|Arzneimittel
hospital	Spital|Spitals|Spitäler|Krankenhaus|Krankenhäuser|Klinik|Kliniken
treatment	Behandlung|Behandlungen|behandelt|behandelte|Therapie
operation	Operation|Operationen|operiert
death	Tod|Todes|Todesfall|Todesfälle
dead	Tote|Toten|Todesopfer|Todesopfern|verstorben|Verstorbene|Verstorbenen
corpse	Leiche|Leichen|Leichnam
grave	Grab|Gräber|Grabes
funeral	Begräbnis|Beerdigung|Bestattung|Trauerfeier
birth	Geburt|Geburten|geboren
pregnant	schwanger|Schwangerschaft
life	Leben|Lebens
strength	Kraft|Kräfte|Kräften
strong	stark|starke|starken|stärker|stärksten
weak	schwach|schwache|schwachen|schwächer|Schwäche
tired	müde|Müdigkeit|erschöpft
hunger	Hunger|hungrig
thirst	Durst|durstig
sleep	schlief|schliefen|Schlaf|schlafen|schläft|geschlafen
dream	Traum|Träume|träumte|geträumt
# Feelings and mind
feeling	Gefühl|Gefühle|Gefühlen|Empfindung
love	liebt|liebte|liebten|geliebt|Lieben|Liebes
hate	Hass|hasste|hassten|gehasst
joy	Freude|Freuden
happy	glücklich|glückliche|glücklichen
luck	Glück|Glücks
sad	traurig|traurige|traurigen|Trauer|Traurigkeit
fear	Angst|Ängste|Furcht|fürchtete|befürchtet
courage	mutig|mutige|mutigen|tapfer|tapfere|tapferen|Tapferkeit
anger	Zorn|Wut|wütend|zornig
shame	Scham|schämte|Schande
pride	Stolz|stolze|stolzen
hope	Hoffnung|Hoffnungen|hoffte|hofften|hofft|gehofft
despair	Verzweiflung|verzweifelt
worry	Sorge|Sorgen|besorgt
surprise	Überraschung|überrascht|erstaunt|Erstaunen
pity	Mitleid|Erbarmen
loneliness	Einsamkeit|einsam|einsame|einsamen
peace	Frieden|Friedens|friedlich
silence	Stille|Schweigen|schwieg|schwiegen|schweigt
calm	ruhig|ruhige|ruhigen|Ruhe
patience	Geduld|geduldig
trust	Vertrauen|vertraute|vertraut
doubt	Zweifel|zweifelte|bezweifelt
mind	Geist|Geistes
soul	Seele|Seelen
thought	Gedanke|Gedanken
idea	Idee|Ideen|Einfall
memory	Erinnerung|Erinnerungen|Gedächtnis
remember	erinnerte|erinnert|erinnern
forget	vergaß|vergessen|vergisst|vergass
reason	Vernunft|vernünftig
wisdom	Weisheit
madness	Wahnsinn|wahnsinnig|verrückt|verrückte
knowledge	Wissen|Kenntnis|Kenntnisse
belief	Glaube|Glauben
will	Wille|Willen
desire	Wunsch|Wünsche|Verlangen|Sehnsucht|wünschte|gewünscht|wünscht
attention	Aufmerksamkeit|aufmerksam
mistake	Fehler|Irrtum|Irrtümer
truth	Wahrheit|wahr|wahre|wahren
lie	Lüge|Lügen|gelogen
secret	Geheimnis|Geheimnisse|geheim|geheime|geheimen
# House and home
house	Haus|Häuser|Hauses|Häusern
home	Heim|daheim|Zuhause|Heimat
building	Gebäude|Bauwerk
apartment	Wohnung|Wohnungen
room	Zimmer|Raum|Räume|Räumen|Stube|Stuben|Saal|Säle
kitchen	Küche|Küchen
cellar	Keller
attic	Dachboden|Estrich
floor	Stockwerk|Stock|Etage
stairs	Treppe|Treppen
step	Stufe|Stufen|Schritt|Schritte|Schritten
door	Türe|Türen
window	Fenster
roof	Dächer|Daches|Dächern
chimney	Schornstein|Schornsteine
garden	Garten|Gärten
fence	Zaun|Zäune
gate	Pforte|Pforten
key	Schlüssel
castle	Burg|Burgen|Festung|Schlösser
palace	Palast|Paläste
tower	Turm|Türme
furniture	Möbel
bed	Bett|Betten|Bettes
table	Tisch|Tische|Tisches
chair	Stuhl|Stühle|Sessel
bench	Bänke|Sitzbank
cupboard	Schrank|Schränke
box	Kiste|Kisten|Schachtel|Kasten
bag	Tasche|Taschen|Sack|Säcke
rucksack	Rucksack|Rucksäcke
basket	Korb|Körbe
bottle	Flasche|Flaschen
glass	Glas|Gläser|Glases
cup	Tasse|Tassen|Becher
plate	Teller
pot	Topf|Töpfe|Kessel
knife	Messer
spoon	Löffel
blanket	Decke|Decken|Wolldecke
pillow	Kissen
lamp	Lampe|Lampen|Laterne|Laternen
candle	Kerze|Kerzen
mirror	Spiegel
picture	Bilder|Bildern|Gemälde
clothes	Kleid|Kleider|Kleidung|Gewand
coat	Mantel|Mäntel
jacket	Jacke|Jacken
shirt	Hemd|Hemden
trousers	Hose|Hosen
shoe	Schuh|Schuhe|Schuhen|Stiefel
hat	Hut|Hüte|Mütze
glove	Handschuh|Handschuhe
ring	Ring|Ringe
jewel	Schmuck|Juwel|Juwelen
umbrella	Regenschirm|Schirm
toy	Spielzeug
gift	Geschenk|Geschenke
thing	Ding|Dinge|Sache|Sachen
tool	Werkzeug|Werkzeuge|Gerät|Geräte
machine	Maschine|Maschinen
wood	Holz|Hölzer|hölzern
fire	Feuer|Feuers
smoke	Rauch|rauchte|Qualm
ash	Asche
stove	Ofen|Öfen
coal	Kohle|Kohlen
oil	Öl|Öle|Erdöl
soap	Seife
water	Wasser|Gewässer
electricity	Strom|Elektrizität|elektrisch|elektrische
# Food and drink
food	Essen|Nahrung|Lebensmittel|Speise|Speisen
meal	Mahlzeit|Mahlzeiten|Mittagessen|Abendessen
breakfast	Frühstück
bread	Brot|Brote|Brotes
meat	Fleisch
fish	Fisch|Fische|Fischen
milk	Milch
cheese	Käse
butter	Butter
egg	Ei|Eier|Eiern
salt	Salz
sugar	Zucker
honey	Honig
flour	Mehl
soup	Suppe|Suppen
fruit	Obst|Frucht|Früchte
apple	Apfel|Äpfel
potato	Kartoffel|Kartoffeln
vegetable	Gemüse
sausage	Wurst|Würste
chocolate	Schokolade
coffee	Kaffee
tea	Tee
wine	Weines|Weinberg|Weinberge|Rotwein|Weißwein|Weisswein
beer	Bier|Biere
drink	trank|tranken|getrunken|trink|Getränk|Getränke
eat	aß|aßen|gegessen|isst|assen
taste	Geschmack|schmeckte|schmeckt
# Animals, plants and farming
animal	Tier|Tiere|Tieren|Tieres
horse	Pferd|Pferde|Pferden|Pferdes|Ross
cow	Kuh|Kühe|Kühen|Rind|Rinder|Vieh
bull	Stier|Stiere|Ochse|Ochsen
calf	Kalb|Kälber
sheep	Schafe|Schafen|Schafherde
lamb	Lamm|Lämmer
goat	Ziege|Ziegen
pig	Schwein|Schweine
dog	Hundes|Hunden|Hündin
cat	Katze|Katzen|Kater
mouse	Maus|Mäuse
rat	Ratte|Ratten
chicken	Huhn|Hühner|Henne|Hahn
bird	Vogel|Vögel|Vögeln
eagle	Adler
crow	Krähe|Krähen|Rabe|Raben
wolf	Wolf|Wölfe
bear	Bär|Bären
fox	Fuchs|Füchse
deer	Hirsch|Hirsche|Rehe
chamois	Gämse|Gämsen|Gemse
ibex	Steinbock|Steinböcke
marmot	Murmeltier|Murmeltiere
hare	Hase|Hasen
snake	Schlange|Schlangen
insect	Insekt|Insekten
bee	Biene|Bienen
butterfly	Schmetterling|Schmetterlinge
worm	Wurm|Würmer
herd	Herde|Herden
nest	Nest|Nester
wing	Flügel
feather	Feder|Federn
tail	Schwanz|Schweif
hunting	Jagd|jagte|gejagt|Jäger|Jägern
plant	Pflanze|Pflanzen|pflanzte|gepflanzt
tree	Baum|Bäume|Bäumen|Baumes
flower	Blume|Blumen|Blüte|Blüten
leaf	Blatt|Blätter|Laub
branch	Äste|Zweig|Zweige
root	Wurzel|Wurzeln
seed	Samen|Saat
fir	Tanne|Tannen|Fichte|Fichten
pine	Kiefer|Kiefern|Föhre|Arve|Arven
larch	Lärche|Lärchen
oak	Eiche|Eichen
moss	Moos|Moose
bush	Busch|Büsche|Strauch|Sträucher|Gebüsch
mushroom	Pilz|Pilze
rose	Rose|Rosen
farm	Gehöft|Bauernhöfe
agriculture	Landwirtschaft|landwirtschaftlich|landwirtschaftliche
harvest	Ernte|Ernten|erntete|geerntet
grain	Getreide|Korn|Weizen|Roggen
straw	Stroh
plough	Pflug|pflügte
barn	Scheune|Scheunen|Stadel
stable	Stall|Ställe|Stalles
# Travel, transport and places
journey	Reise|Reisen|reiste|reisten|gereist|Reisende|Reisenden
road	Straße|Straßen|Strasse|Strassen
street	Gasse|Gassen
direction	Richtung|Richtungen
bridge	Brücke|Brücken
tunnel	Tunnel|Tunnels
car	Autos|Wagen|Fahrzeug|Fahrzeuge|Personenwagen
truck	Lastwagen|Lastwagens|Lkw|Lastkraftwagen
bus	Busse|Postauto
bicycle	Fahrrad|Velo|Velos
train	Züge|Eisenbahn|Zügen
station	Bahnhof|Bahnhöfe|Station
airport	Flughafen|Flughäfen
plane	Flugzeug|Flugzeuge|Flugzeugs
flight	Flug|Fluges|Flügen
helicopter	Helikopter|Hubschrauber
ship	Schiff|Schiffe|Schiffes
boat	Boot|Boote|Kahn
port	Hafen|Häfen
passenger	Passagier|Passagiere|Fahrgast|Fahrgäste
ticket	Fahrkarte|Billett|Ticket
luggage	Gepäck
traffic	Verkehr|Verkehrs
accident	Unfall|Unfälle|Unglück
speed	Geschwindigkeit|Tempo
distance	Entfernung|Distanz|Strecke
arrival	Ankunft
departure	Abfahrt|Abreise|Aufbruch|Abflug
place	Ort|Orte|Ortes
city	Stadt|Städte|Städten
capital	Hauptstadt
square	Platz|Plätze
market	Markt|Märkte|Marktes
shop	Laden|Läden
restaurant	Restaurant|Restaurants|Wirtshaus
inn	Gasthaus|Gasthäuser|Herberge
hotel	Hotel|Hotels
country	Land|Länder|Landes|Ländern
border	Grenze|Grenzen
canton	Kanton|Kantons|Kantone|kantonal|kantonale|kantonalen
commune	Gemeinde|Gemeinden
state	Staat|Staaten|Staates|staatlich|staatliche|staatlichen
nation	Nation|Nationen|national|nationale|nationalen
province	Provinz|Provinzen
europe	Europa|europäisch|europäische|europäischen
switzerland	Schweiz|schweizerisch|schweizerische|schweizerischen|Schweizer
germany	Deutschland|deutsch|deutsche|deutschen|deutscher
france	Frankreich|französisch|französische|französischen|Franzosen
italy	Italien|italienisch|italienische|italienischen|Italiener
austria	Österreich|österreichisch|österreichische|österreichischen
england	England|englisch|englische|englischen|Engländer
america	Amerika|amerikanisch|amerikanische|amerikanischen|Amerikaner
russia	Russland|russisch|russische|russischen|Russen
china	China|chinesisch|chinesische|chinesischen|Chinesen
africa	Afrika|afrikanisch|afrikanische|afrikanischen
asia	Asien|asiatisch|asiatische
north	Norden|nördlich|nördlichen|nördliche
south	Süden|südlich|südlichen|südliche
east	Osten|östlich|östlichen|östliche
west	Westen|westlich|westlichen|westliche
left	links|linken|linke
right	rechts
above	oben|oberhalb
below	unten|unterhalb
inside	innen|drinnen|innerhalb
outside	außen|draußen|außerhalb|aussen|draussen|ausserhalb
middle	mitten|Mittelpunkt
side	Seite|Seiten
# Politics, government and law
government	Regierung|Regierungen|Bundesrat
politics	Politik|politisch|politische|politischen
parliament	Parlament|Parlaments|parlamentarisch|Ständerat|Bundestag|Abgeordnete|Abgeordneten
party	Partei|Parteien
election	Wahl|Wahlen|gewählt|wählte|Wähler
vote	Abstimmung|Abstimmungen|abgestimmt|Stimmbürger
referendum	Volksabstimmung|Referendum|Initiative|Volksinitiative
democracy	Demokratie|demokratisch|demokratische|demokratischen
power	Mächte|mächtig|mächtige|mächtigen|Machthaber
authority	Behörde|Behörden
administration	Verwaltung|Verwaltungen
office	Amt|Ämter|Büro|Büros
ministry	Departement|Departements
council	Räte|Rates|Ratsmitglied|Ratsmitglieder
committee	Kommission|Kommissionen|Ausschuss
meeting	Versammlung|Sitzung|Sitzungen|Konferenz
decision	Entscheid|Entscheidung|Entscheidungen|Beschluss|beschlossen
law	Gesetz|Gesetze|Gesetzes|gesetzlich|gesetzliche
constitution	Verfassung
rule	Regel|Regeln|Vorschrift|Vorschriften
court	Gericht|Gerichte|Gerichts|Bundesgericht
justice	Justiz|Gerechtigkeit|gerecht|gerechte
trial	Prozess|Prozesse|Verfahren
judgment	Urteil|Urteile|verurteilt|Verurteilung
prison	Gefängnis|Gefängnisse|Haft
crime	Verbrechen|Straftat|Straftaten|Delikt|Delikte
murder	Mord|Morde|ermordet|Mörder
theft	Diebstahl|gestohlen|stahl|stiehlt
police	Polizei|Kantonspolizei|Polizist|Polizisten|Polizistin
arrest	Verhaftung|verhaftet|festgenommen|Festnahme
investigation	Untersuchung|Untersuchungen|Ermittlung|Ermittlungen|ermittelt
evidence	Beweis|Beweise|bewiesen|bewies|beweist
accusation	Anklage|angeklagt|Vorwurf|Vorwürfe|beschuldigt
punishment	Strafe|Strafen|bestraft
freedom	Freiheit|freie|freien|freier
human rights	Menschenrechte|Menschenrechten
protest	Protest|Proteste|protestierte|Demonstration|Demonstranten|Kundgebung
strike	Streik|Streiks|streikten
reform	Reform|Reformen
agreement	Abkommen|Vertrag|Verträge|Vereinbarung|Einigung
negotiation	Verhandlung|Verhandlungen|verhandelt
crisis	Krise|Krisen
conflict	Konflikt|Konflikte|Streit
opposition	Opposition|Gegner|Gegnern
support	Unterstützung|unterstützt|unterstützte|Rückhalt
majority	Mehrheit|Mehrheiten
minority	Minderheit|Minderheiten
federal	Bund|eidgenössisch|eidgenössische|eidgenössischen
republic	Republik
kingdom	Königreich
empire	Kaiserreich|Imperium
independence	Unabhängigkeit|unabhängig|unabhängige
tax	Steuer|Steuern
budget	Budget|Haushalt|Voranschlag
public	öffentlich|öffentliche|öffentlichen|Öffentlichkeit
official	offiziell|offizielle|offiziellen|amtlich|Beamte|Beamten
international	international|internationale|internationalen
diplomacy	Außenpolitik|Aussenpolitik|Außenminister|Aussenminister
embassy	Botschaft|Botschaften
union	Union|Gewerkschaft|Gewerkschaften
# Economy, money and work
economy	Wirtschaft|wirtschaftlich|wirtschaftliche|wirtschaftlichen|Konjunktur
money	Geld|Geldes|Gelder
franc	Franken
dollar	Dollar
price	Preis|Preise|Preisen
cost	Kosten|kostete|kostet
payment	Zahlung|Zahlungen|bezahlt|bezahlte|zahlte|gezahlt
salary	Lohn|Löhne|Gehälter
income	Einkommen|Einnahmen
profit	Gewinn|Gewinne|Profit
loss	Verlust|Verluste|Verlusten
debt	Schulden|verschuldet
bank	Bank|Banken
business	Geschäft|Geschäfte|Geschäfts
company	Unternehmen|Firma|Firmen|Konzern|Betrieb|Betriebe
factory	Fabrik|Fabriken|Werk|Werke
industry	Industrie|industriell|industrielle
trade	Handels|Außenhandel|Aussenhandel|Welthandel
export	Export|Exporte|Ausfuhr
import	Import|Importe|Einfuhr
goods	Güter
product	Produkt|Produkte|Produkten|Produktion|Erzeugnis|Erzeugnisse|Herstellung|hergestellt
customer	Kunde|Kunden|Kundin
consumer	Konsument|Konsumenten|Verbraucher
investment	Investition|Investitionen|investiert
stock	Aktie|Aktien|Aktionär|Aktionäre
growth	Wachstum
inflation	Inflation|Teuerung
unemployment	Arbeitslosigkeit|arbeitslos|Arbeitslose|Arbeitslosen
job	Arbeitsplatz|Arbeitsplätze|Beruf|Berufe
work	Arbeit|Arbeiten|arbeitete|gearbeitet|arbeitet
rich	Reichtum|Reichtümer|wohlhabend|wohlhabende|Vermögen|vermögend
poor	Armut|ärmer|ärmsten|bedürftig|bedürftige
cheap	billig|billige|günstig|günstige
expensive	teure|teuren|teurer|teures
buy	kaufte|kauften|gekauft|kauft|kaufen
sell	verkaufte|verkauft|verkaufen|Verkauf
insurance	Versicherung|Versicherungen|versichert
tourism	Tourismus|touristisch
energy	Energie|Energien
# Science, education and communication
science	Wissenschaft|Wissenschaften|wissenschaftlich|wissenschaftliche|wissenschaftlichen
research	Forschung|Forschungen|erforscht|Studie|Studien
observation	Beobachtung|Beobachtungen|beobachtete|beobachtet
experiment	Experiment|Experimente
result	Ergebnis|Ergebnisse|Resultat|Resultate
method	Methode|Methoden
theory	Theorie|Theorien
problem	Problem|Probleme|Problemen
solution	Lösung|Lösungen
cause	Ursache|Ursachen
effect	Wirkung|Auswirkung|Auswirkungen
example	Beispiel|Beispiele
fact	Tatsache|Tatsachen
information	Information|Informationen|Auskunft|Angaben
data	Daten
number	Anzahl|Nummer|Ziffer
measurement	Messung|Messungen
measure2	gemessen|vermessen|misst|messen|Vermessung
instrument	Instrument|Instrumente|Apparat
thermometer	Thermometer
barometer	Barometer
degree	Grad|Grade|Graden
meter	Meter|Metern
kilometer	Kilometer|Kilometern
centimeter	Zentimeter
kilogram	Kilogramm|Kilo
ton	Tonne|Tonnen
litre	Liter|Litern
percent	Prozent
weight	Gewicht|Gewichte
size	Größe|Grösse|Ausmaß|Ausmass
length	Länge|Längen
volume	Volumen
surface	Oberfläche|Fläche|Flächen
line	Linie|Linien|Zeile|Zeilen
point	Punkt|Punkte|Punkten|Spitze|Spitzen
circle	Kreis|Kreise|Kreisen
form	Formen|Gestalt
technology	Technik|Technologie|technisch|technische|technischen
computer	Computer|Rechner
internet	Internet|online
telephone	Telefon|telefonierte|Handy
radio	Radio
television	Fernsehen|Fernseher
newspaper	Zeitungen|Tageszeitung
news	Nachricht|Nachrichten|Neuigkeit|Meldung|Meldungen
media	Medien
article	Artikel
report	Bericht|Berichte|berichtete|berichtet
message	Mitteilung|Mitteilungen
letter	Brief|Briefe|Briefen
book	Buch|Bücher|Buches|Büchern
story	Erzählung|Erzählungen
word	Wort|Worte|Wörter|Wortes
language	Muttersprache|Fremdsprache|Fremdsprachen|sprachlich|sprachliche|sprachlichen
sentence	Satz|Sätze
question	Frage|Fragen|fragte|fragten|gefragt
answer	Antwort|Antworten|antwortete|beantwortet
map	Karte|Karten|Landkarte
school	Schule|Schulen
university	Universität|Universitäten|Hochschule|Hochschulen
lesson	Unterricht|Lektion|Lektionen
education	Bildung|Ausbildung|Erziehung
exam	Prüfung|Prüfungen|Examen
museum	Museum|Museen|Museums
library	Bibliothek|Bibliotheken
# War, military, disasters
war	Krieg|Kriege|Krieges|Kriegen
army	Armee|Armeen|Heer
army2	Militär|militärisch|militärische|militärischen|Streitkräfte
soldier	Soldat|Soldaten
troops	Truppe|Truppen
weapon	Waffe|Waffen
gun	Gewehr|Gewehre|Pistole|Kanone|Kanonen
bomb	Bombe|Bomben|Sprengsatz
explosion	Explosion|Explosionen|explodierte
shot	Schuss|Schüsse|schoss|geschossen|erschossen
attack	Angriff|Angriffe|angegriffen|Anschlag|Anschläge
battle	Schlacht|Schlachten|Kampf|Kämpfe|kämpfte|gekämpft
defence	Verteidigung|verteidigte|verteidigt
victory	Sieg|Siege|Sieges|siegte
defeat	Niederlage|Niederlagen
occupation	Besatzung|Besetzung|besetzt
terrorism	Terror|Terrorismus|Terroristen|terroristisch
hostage	Geisel|Geiseln
violence	Gewalt|gewaltsam|gewalttätig
security	Sicherheit
dangerous	gefährlich|gefährliche|gefährlichen|Gefährdung|gefährdet|gefährdete
safe	sicher|sichere|sicheren
danger2	Warnung|Warnungen|gewarnt|warnte
disaster	Katastrophe|Katastrophen
damage	Schaden|Schäden|beschädigt
fire brigade	Feuerwehr
rescue	Rettung|gerettet|Retter|rettete
search	Suche|suchte|suchten|gesucht|sucht
help	Hilfe|half|geholfen|hilft|helfen
evacuation	Evakuierung|evakuiert|Evakuierungen
emergency	Notfall|Notfälle|Notstand
# Culture, religion and sport
culture	Kultur|kulturell|kulturelle|kulturellen
art	Kunst|Künste|künstlerisch
music	Musik
song	Lied|Lieder|Liedern|Gesang|Gesänge|sang|sangen|gesungen|singt|singen
dance	Tanz|Tänze|tanzte|tanzen
theatre	Theater
film	Film|Filme|Filmen
game	Spiel|Spiele|Spielen|spielte|gespielt|spielt
sport	Sport|sportlich|sportliche
football	Fußball|Fussball
match	Partie|Match
player	Spielerinnen
race	Rennen|Wettkampf|Wettbewerb
champion	Champion|Weltmeister|Weltmeisterschaft
goal	Ziel|Ziele|Zielen
medal	Medaille|Medaillen
religion	Religion|Religionen|religiös|religiöse|religiösen
god	Gott|Gottes|Götter
church	Kirche|Kirchen
chapel	Kapelle|Kapellen
cathedral	Kathedrale
monastery	Kloster|Klöster
prayer	betete|beteten|gebetet|beten
paradise	Paradies
hell	Hölle
devil	Teufel
angel	Engel
sin	Sünde|Sünden
bible	Bibel
mass	Gottesdienst|Gottesdienste
saint	heilig|heilige|heiligen
bell	Glocke|Glocken
cross	Kreuz|Kreuze|Kreuzes
tradition	Tradition|Traditionen|traditionell|traditionelle
legend	Legende|Legenden
# Verbs: speaking, perceiving, thinking
say	sagt|sagte|sagten|gesagt|sagen
speak	sprach|sprachen|gesprochen|spricht|sprechen
tell	erzählte|erzählt|erzählen
call	rief|riefen|gerufen|ruft|rufen
shout	geschrien|Schreie|schreien|schreit
request	baten|gebeten|bittet|Anfrage
explain	erklärte|erklärt|erklären|Erklärung
describe	beschrieb|beschrieben|beschreibt|Beschreibung
announce	kündigte|angekündigt|verkündete|Ankündigung
declare	äußerte|geäußert|Äußerung|äusserte|geäussert|Äusserung
promise	versprach|versprochen|verspricht|Versprechen
thank	dankte|gedankt|dankt|Dank
greet	grüßte|gegrüßt|grüßt|Gruß|Grüße|grüsste|gegrüsst|grüsst|Gruss|Grüsse
laugh	lachte|gelacht|lacht|lachen
smile	lächelte|gelächelt|lächelt|Lächeln
cry	weinte|geweint|weint|weinen
see	sah|sahen|gesehen|sieht|sehen
look	schaute|schauten|geschaut|schaut
notice	bemerkte|bemerkt|bemerken
hear	hörte|hörten|hört|hören
listen	zuhörte|horchte|lauschte|lauschten
feel	fühlte|fühlt|spürte|gespürt|spürt
smell	roch|gerochen|riecht|Geruch|Gerüche
think	dachte|dachten|gedacht|denkt|denken
believe	glaubte|glaubten|geglaubt|glaubt
know	wusste|wussten|gewusst
recognize	erkannte|erkannt|erkennt|erkennen
understand	verstand|verstanden|versteht|verstehen
learn	lernte|gelernt|lernt|lernen
teach	lehrte|gelehrt|lehrt
expect	erwartete|erwartet|erwarten|Erwartung|Erwartungen
imagine	Vorstellung|Phantasie|Fantasie
mean	bedeutete|bedeutet|bedeuten|Bedeutung
seem	schien|schienen|scheint
# Verbs: motion and position
come	kamen|gekommen|kommt|angekommen|ankam|ankommen
go	ging|gingen|gegangen|geht|gehen
walk	liefen|gelaufen|läuft|laufen|wanderte|spazierte
run	rannte|rannten|gerannt|rennt
drive	fuhr|fuhren|gefahren|fährt|fahren
fly	flog|flogen|geflogen|fliegt
swim	schwamm|geschwommen|schwimmt|schwimmen
jump	sprang|sprangen|gesprungen|springt
climb2	stieg|stiegen|gestiegen|steigt|steigen|kletterte|geklettert
descend	Abstieg|abgestiegen|hinunter|hinab
fall	fiel|fielen|gefallen|fällt|Sturz|stürzte|gestürzt
rise	erhob|erhoben|Anstieg
stand	standen|gestanden|steht|stehen
sit	saß|saßen|gesessen|sitzt|sitzen|sass|sassen
lie down	lagen|gelegen|liegt|liegen
leave	verließ|verließen|verlassen|verlässt|verliess|verliessen
depart	abgereist|aufgebrochen
return	kehrte|zurückgekehrt|Rückkehr
enter	betrat|betraten|betreten
follow	folgte|folgten|gefolgt|verfolgt
pass by	vorbei|vorüber
traverse	überquerte|überquert|durchquerte
flee	floh|flohen|geflohen|flieht|Flucht
hide	versteckte|versteckt|verbarg|verborgen
move	bewegte|bewegt|Bewegung|Bewegungen
turn	drehte|gedreht|dreht|wandte|wandten
stop	anhielt|angehalten|stoppte|gestoppt
push	stieß|gestoßen|stiess|gestossen|schob|geschoben
pull	zog|zogen|gezogen|zieht|ziehen
carry	trug|trugen|getragen|trägt|tragen
bring	brachte|brachten|gebracht|bringt|bringen
take	nahm|nahmen|genommen|nimmt|nehmen
give	gaben|gegeben|geben
send	schickte|geschickt|schickt
receive	erhielt|erhalten|erhält|bekam|bekommen
put	legte|gelegt|stellte|gestellt|setzte
hold	hielt|hielten|gehalten|hält|halten
throw	warf|warfen|geworfen|wirft|werfen
catch	fängt|fangen|erwischt|erwischte|packte|gepackt
lose	verlor|verloren|verliert
find	fand|fanden|gefunden|findet|finden
reach	erreichte|erreichten|erreicht|erreichen
wait	wartete|warteten|gewartet|wartet|warten
meet	traf|trafen|getroffen|trifft|treffen|begegnete
visitor	besuchte|besucht|besuchen|Besuch|Besuche|Besucher|Besucherin|Besuchern
# Verbs: doing and making
remain	blieb|blieben|geblieben|bleibt|bleiben
begin	begann|begannen|begonnen|beginnt|Beginn|Anfang|Anfangs|Anfänge|anfangen
finish	beendete|beendet|beenden|vollendet|abgeschlossen
open	öffnete|geöffnet|öffnet|offene|offenen|offener|offenes
close	schloss|schlossen|geschlossen|schließt|schliesst
build	baute|bauten|gebaut|baut|bauen
destroy	zerstörte|zerstört|zerstören|Zerstörung
die	starb|starben|gestorben|stirbt|sterben
kill	tötete|getötet|tötet|umgebracht
survive	überlebte|überlebten|Überlebende|überlebt|überleben
live	lebte|lebten|gelebt|lebt
dwell	wohnte|wohnten|gewohnt|wohnt|wohnen
want	wollte|wollten|gewollt
can	konnte|konnten|gekonnt
must	musste|mussten|gemusst
need	brauchte|gebraucht|braucht|benötigt
try	versuchte|versucht|versuchen|Versuch|Versuche
do	tat|taten|getan|macht|machte|machten|gemacht|machen
use	benutzte|benutzt|benützt|verwendete|verwendet
change	änderte|geändert|ändert|Änderung|Änderungen|veränderte|verändert|Veränderung
grow	wuchs|gewachsen|wächst|wachsen
increase	erhöht|erhöhte|Erhöhung|Zunahme|zugenommen
decrease	gesunken|sinkt|Rückgang|abgenommen
cut	schnitt|geschnitten|schneidet
break	gebrochen|bricht|zerbrach
burn	brannte|gebrannt|brennt|verbrannt
wash	wusch|gewaschen|wäscht|waschen
clean	putzte|geputzt|reinigte|gereinigt|sauber|saubere|sauberen
fill	füllte|gefüllt|füllt|voll|volle
empty	leer|leere|leeren|leerte
cover	bedeckte|bedeckt|deckte|gedeckt
fix	befestigte|befestigt|reparierte|repariert
tie	gebunden|knüpfte|geknüpft
dig	grub|gegraben|gräbt
# Verbs: society, communication and events
write	schrieb|schrieben|geschrieben|schreibt|schreiben
read	lasen|gelesen|liest|lesen
draw	zeichnete|gezeichnet|Zeichnung|Zeichnungen
paint	malte|gemalt|malt
publish	veröffentlichte|veröffentlicht|Veröffentlichung
print	gedruckt
count	zählte|gezählt|zählt
choose	auswählte|ausgewählt
accept	akzeptierte|akzeptiert|angenommen
refuse	weigerte|verweigerte|verweigert|lehnte|abgelehnt|Ablehnung
allow	erlaubte|erlaubt|gestattet|Erlaubnis|Bewilligung
forbid	verbot|verboten|untersagt
order	befahl|befohlen|Befehl|Befehle|Anordnung
obey	gehorchte|gehorcht|Gehorsam
lead	führte|geführt|führt|führen|leitete|geleitet
govern	regierte|regiert|herrschte|geherrscht
protect	schützte|geschützt|schützt|Schutz
save	sparte|gespart|Ersparnisse
kiss	küsste|geküsst|Kuss|Küsse
touch	berührte|berührt|berühren
hit	schlug|schlugen|geschlagen|schlägt
suffer	litt|litten|gelitten|leidet|leiden
enjoy	genoss|genossen|genießt|geniesst
belong	gehörte|gehörten
own	besaß|besaßen|besass|besassen|besitzt|besitzen|Besitz|Besitzer|Eigentümer
lack	fehlte|fehlten|gefehlt|fehlt|Mangel
happen	geschah|geschehen|geschieht|passierte|passiert
appear	erschien|erschienen|erscheint
disappear	verschwand|verschwanden|verschwunden|verschwindet
continue	fortsetzte|fortgesetzt|Fortsetzung|weiterhin
prepare	bereitete|vorbereitet|Vorbereitung|Vorbereitungen
organize	organisierte|organisiert|Organisation
create	schuf|geschaffen|schafft|gründete|gegründet|Gründung
develop	entwickelte|entwickelt|Entwicklung|Entwicklungen
improve	verbesserte|verbessert|Verbesserung
discover	entdeckte|entdeckt|Entdeckung
examine	untersuchte|untersucht|prüfte|geprüft
confirm	bestätigte|bestätigt|Bestätigung
deny	bestritt|bestritten|leugnete|dementierte
admit	zugegeben|gestehen|Geständnis
forgive	verzieh|verziehen|vergeben|Vergebung
invite	eingeladen|Einladung|einladen
welcome	begrüßte|begrüßt|willkommen|begrüsste|begrüsst
earn	verdiente|verdient|verdienen
win	gewann|gewannen|gewonnen
spend	ausgegeben|Ausgaben
borrow	lieh|geliehen|leiht
join	beigetreten|Beitritt
separate	trennte|getrennt|Trennung
gather	sammelte|gesammelt|versammelte|versammelt
share	geteilt
# Adjectives
first	ersten|erster|erstes|erstmals
second	zweite|zweiten|zweiter|zweites
third	dritte|dritten|dritter|drittes
last	letzte|letzten|letzter|letztes
new	neue|neuen|neuer|neues
old	alt|alte|alten|alter|ältere|älteren|ältesten
young	jung|junge|jungen|junger|jünger|jüngere|jüngeren
high	hoch|hohe|hohen|hoher|hohes|höchste|höchsten
deep	tief|tiefer|tiefsten
long	lange|langen|langer|langes
short	kurz|kurze|kurzen|kurzer|kürzer
large	groß|große|großen|großer|großes|gross|grosse|grossen|grosser|grosses|größte|grösste
small	klein|kleine|kleinen|kleiner|kleines
white	weiße|weißen|weißer|weißes|weisse|weissen|weisser|weisses
black	schwarz|schwarze|schwarzen|schwarzer
red	rot|rote|roten|roter|rotes
green	grüne|grünen|grüner|grünes
blue	blau|blaue|blauen|blauer
yellow	gelb|gelbe|gelben
grey	graue|grauen|grauer|graues
brown	braun|braune|braunen
colour	Farbe|Farben
dark	dunkel|dunkle|dunklen|dunkler|Dunkelheit|finster|finstere|Finsternis
bright	hell|helle|hellen|heller
steep	steil|steile|steilen|steiler
half	Hälfte|halb|halbe|halben
thousand	tausend|Tausende|Tausenden
good	gut|gute|guten|guter|gutes|besser|bessere|besten
bad	schlecht|schlechte|schlechten|schlechter|schlimm|schlimme|schlimmer
beautiful	schön|schöne|schönen|schöner|Schönheit
ugly	hässlich|hässliche
heavy	schwer|schwere|schweren|schwerer
lightweight	leicht|leichte|leichten|leichter
hard	hart|harte|harten|härter
soft	weich|weiche|weichen|sanft|sanfte
easy	einfach|einfache|einfachen
difficult	schwierig|schwierige|schwierigen|Schwierigkeit|Schwierigkeiten
important	wichtig|wichtige|wichtigen|wichtiger
possible	möglich|mögliche|möglichen|Möglichkeit|Möglichkeiten
impossible	unmöglich|unmögliche
false	falsch|falsche|falschen
correct	richtig|richtige|richtigen
same	gleiche|gleichen|gleicher|gleiches
different	verschieden|verschiedene|verschiedenen|anders|unterschiedlich|Unterschied|Unterschiede
similar	ähnlich|ähnliche|ähnlichen
strange	seltsam|seltsame|merkwürdig|sonderbar
famous	berühmt|berühmte|berühmten|bekannt|bekannte|bekannten
unknown	unbekannt|unbekannte|unbekannten
clear	klar|klare|klaren|deutlich|deutliche
loud	Lärm|lärmend|lautstark
wide	breit|breiten|breiter|Breite
narrow	engen|enger|schmal|schmale|schmalen
thick	dick|dicke|dicken
thin	dünn|dünne|dünnen
near	nahe|nahen|Nähe
far	fern|ferne|fernen|entfernt
wet	nass|nasse|feucht|feuchte
dry	trocken|trockene|trockenen
dirty	schmutzig|schmutzige|Schmutz
sweet	süß|süße|süßen|süss|süsse
bitter	bitter|bittere|bitteren
fresh	frisch|frische|frischen
alone	allein|alleine
kind	freundlich|freundliche|gütig
cruel	grausam|grausame
honest	ehrlich|ehrliche
clever	klug|kluge|klugen
stupid	dumm|dumme|dummen
careful	vorsichtig|vorsichtige|Vorsicht
modern	modern|moderne|modernen
ancient	antik|antike|uralt|uralte
main	Haupt|hauptsächlich
local	lokal|lokale|lokalen|örtlich|örtliche|örtlichen
private	privat|private|privaten
social	sozial|soziale|sozialen|gesellschaftlich
whole	ganze|ganzen|gesamt|gesamte|gesamten
total	insgesamt
certain	gewiss|gewisse|gewissen
serious	ernst|ernste|ernsten|ernsthaft|schwerwiegend
special	besonders|besondere|besonderen|speziell|spezielle
normal	normal|normale|normalen|normalerweise
usual	gewöhnlich|gewöhnliche|üblich|übliche
rare	selten|seltene|seltenen
real	wirklich|wirkliche|wirklichen|echt|echte
enough	genug|genügend|ausreichend
# Adverbs and relations
only	nur|lediglich|bloß|bloss
together	zusammen|gemeinsam
almost	fast|beinahe
slowly	langsam|langsame|langsamen|langsamer
quickly	schnell|schnelle|schnellen|schneller|rasch|rasche|raschen
perhaps	vielleicht
probably	wahrscheinlich|vermutlich
completely	völlig|vollständig|vollkommen|gänzlich
unfortunately	leider
fortunately	glücklicherweise|zum Glück
indeed	tatsächlich|allerdings
everywhere	überall
somewhere	irgendwo
nowhere	nirgends|nirgendwo
because	weil
although	obwohl|obgleich|wenngleich
despite	trotz
without	ohne
during	während
between	zwischen
against	gegen
towards	entgegen
behind	hinter|hinten
under	unter
beside	neben|nebenan
around	rundherum
across	quer|jenseits
nothing	nichts
# Society and abstract notions
voice	Stimme|Stimmen
society	Gesellschaft|Gesellschaften|Verein|Vereine|Vereins
club	Club|Klub|Clubs
photograph	Foto|Fotos|Aufnahme|Aufnahmen
show	zeigte|zeigten|gezeigt|zeigt|zeigen
plan	Pläne|Plänen|geplant|planen|plant
part	Teil|Teile|Teilen
piece	Stück|Stücke|Stücken
sort	Art|Arten|Sorte|Sorten
manner	Weise|Art und Weise
situation	Situation|Situationen
condition	Zustand|Zustände|Bedingung|Bedingungen
case	Fälle|Fällen|Falles
purpose	Zweck|Zwecke
chance	Gelegenheit|Gelegenheiten|Chance|Chancen
risk	Risiko|Risiken
value	Wert|Werte|Werten|wertvoll
quality	Qualität|Eigenschaft|Eigenschaften
level	Niveau
system	System|Systeme|Systems
process	Vorgang
programme	Programm|Programme
opinion	Meinung|Meinungen|Ansicht|Ansichten
interest	Interesse|Interessen|interessiert
role	Rolle|Rollen
position	Position|Stellung|Haltung
control	Kontrolle|Kontrollen|kontrolliert|Aufsicht
influence	Einfluss|Einflüsse|beeinflusst
pressure	Druck
responsibility	Verantwortung|verantwortlich|verantwortliche
duty	Pflicht|Pflichten
respect	Respekt|Achtung|respektiert
honour	Ehre|Ehren|geehrt
glory	Ruhm|ruhmreich
success	Erfolge|Erfolgen|Erfolgs|erfolgreich|erfolgreiche|erfolgreichen
failure	Misserfolg|Scheitern|gescheitert|scheiterte
progress	Fortschritt|Fortschritte
relationship	Beziehung|Beziehungen|Verhältnis
contact	Kontakt|Kontakte
conversation	Gespräch|Gespräche|Gesprächen|Unterhaltung
debate	Debatte|Debatten|Diskussion|Diskussionen
demand	Forderung|Forderungen|forderte|gefordert|verlangte|verlangt
offer	Angebot|Angebote|angeboten
task	Aufgabe|Aufgaben
effort	Anstrengung|Anstrengungen|Mühe|Bemühungen
activity	Tätigkeit|Tätigkeiten|Aktivität|Aktivitäten
action	Handlung|Handlungen
event	Ereignis|Ereignisse|Veranstaltung|Veranstaltungen
experience	Erfahrung|Erfahrungen|Erlebnis|Erlebnisse
# Numbers and materials
three	drei
four	vier|vierte|vierten
five	fünf|fünfte|fünften
six	sechs|sechste|sechsten
seven	sieben|siebte|siebten
nine	neun|neunte|neunten
ten	zehn|zehnte|zehnten
twelve	zwölf
twenty	zwanzig
hundred	hundert|Hunderte|Hunderten
million	Million|Millionen
billion	Milliarde|Milliarden
double	doppelt|doppelte|verdoppelt
gold	Gold|golden|goldene|goldenen
silver	Silber|silbern|silberne
copper	Kupfer
metal	Metall|Metalle
paper	Papier|Papiere
fabric	Stoff|Stoffe|Gewebe
leather	Leder
cotton	Baumwolle
plastic	Kunststoff|Plastik
brick	Backstein|Backsteine
# More nouns, verbs and adjectives
space	Weltraum
donkey	Esel
mule	Maultier|Maultiere
lion	Löwe|Löwen
monkey	Affe|Affen
duck	Ente|Enten
goose	Gans|Gänse
owl	Eule|Eulen
corner	Ecke|Ecken
carpet	Teppich|Teppiche
curtain	Vorhang|Vorhänge
bath	Bäder|Badezimmer
cigarette	Zigarette|Zigaretten
pipe	Pfeife|Pfeifen
wake	erwachte|erwacht|aufgewacht|weckte|geweckt
blind	blind|blinde|blinden
deaf	taub|taube|tauben
ambulance	Krankenwagen|Ambulanz|Rettungswagen
disabled	behindert|behinderte|Behinderung
drug	Droge|Drogen|Rauschgift
alcohol	Alkohol
candidate	Kandidat|Kandidaten|Kandidatin|Kandidatur
campaign	Kampagne|Wahlkampf
countryside	ländlich|ländliche|ländlichen
immigration	Einwanderung|Migration|Einwanderer|Migranten
asylum	Asyl
ceasefire	Waffenstillstand|Waffenruhe
corruption	Korruption|korrupt
scandal	Skandal|Skandale
kidnapping	Entführung|entführt|entführte|Entführer
complaint	Klage|Klagen|klagte|Beschwerde|Beschwerden
suspect	Verdächtige|Verdächtigen|verdächtigt|Verdacht
invoice	Rechnung|Rechnungen
stock exchange	Börse|Börsen
currency	Währung|Währungen
employer	Arbeitgeber
pension	Rente|Renten|Rentner|Pension
nuclear	Atom|atomar|Kernkraft|Kernenergie|nuklear
engine	Motor|Motoren
wheel	Räder|Rädern
dam	Staudamm|Damm|Staumauer
power station	Kraftwerk|Kraftwerke|Atomkraftwerk
laboratory	Labor|Labors|Laboratorium
statistics	Statistik|Statistiken|statistisch
average	Durchschnitt|durchschnittlich
novel	Roman|Romane|Romanen
poem	Gedicht|Gedichte|Poesie|Dichtung
sculpture	Skulptur|Skulpturen|Statue|Statuen
concert	Konzert|Konzerte
orchestra	Orchester
exhibition	Ausstellung|Ausstellungen
magazine	Zeitschrift|Zeitschriften|Magazin
interview	Interview|Interviews
website	Website|Webseite|Internetseite
olympic	Olympische|Olympischen|Olympia
stadium	Stadion|Stadien
coach	Trainer|Trainerin
record	Rekord|Rekorde
period	Periode|Zeitraum
cool	kühl|kühle|kühlen
naked	nackt|nackte|nackten
guilty	schuldig|schuldige|schuldigen
innocent	unschuldig|unschuldige|Unschuld
useful	nützlich|nützliche
wild	wild|wilde|wilden
round	runde|runden|rundlich
flat	flach|flache|flachen
sharp	scharf|scharfe|scharfen
ride	geritten|reitet|reiten|Reiter
sail	segelte|gesegelt|Segel
bury	begrub|begraben|beerdigt|beigesetzt
repeat	wiederholte|wiederholt|Wiederholung
approve	zugestimmt|Zustimmung|einverstanden
threaten	drohte|gedroht|droht|Drohung|Drohungen
collapse	eingestürzt|Einsturz
rest	ausgeruht|Erholung|erholte
weigh	wog|gewogen|wiegt
hang	hängte|gehängt|hängt|hängen
tremble	zitterte|zittert|zittern|bebte
sigh	seufzte|Seufzer
whisper	flüsterte|geflüstert|flüstert
feed	fütterte|gefüttert|füttern
sense	Sinn|Sinne|Sinnes
character	Charakter|Charaktere
behaviour	Verhalten|verhielt
habit	Gewohnheit|Gewohnheiten
model	Modell|Modelle
sound	Klang|Klänge|Geräusch|Geräusche
highway	Autobahn|Autobahnen
fuel	Benzin|Treibstoff
motorcycle	Motorräder|Töff
taxi	Taxi|Taxis
cable car	Seilbahn|Seilbahnen|Luftseilbahn|Gondelbahn
neighbourhood	Quartier|Quartiere|Stadtteil
park	Park|Parks|Parkanlage
cemetery	Friedhof|Friedhöfe
colleague	Kollege|Kollegen|Kollegin
slave	Sklave|Sklaven|Sklaverei
knight	Ritter
giant	Riese|Riesen|riesig|riesige
witch	Hexe|Hexen
ghost	Gespenst|Gespenster
# More vocabulary
swamp	Sumpf|Sümpfe|Moor
pond	Teich|Teiche|Weiher
peninsula	Halbinsel
continent	Kontinent|Kontinente
jungle	Dschungel|Urwald
blizzard	Schneesturm|Schneestürme
melt	schmolz|geschmolzen|schmilzt|Schneeschmelze
rainbow	Regenbogen
elbow	Ellbogen|Ellenbogen
thumb	Daumen
nervous	Nerv|Nerven|nervös|nervöse
scar	Narbe|Narben
jealousy	Eifersucht|eifersüchtig
gratitude	Dankbarkeit
boredom	Langeweile|langweilig
curiosity	Neugier|Neugierde|neugierig
horror	Entsetzen|entsetzt|Schrecken|schrecklich
regret	Reue|bereute|bedauerte|bedauert
relief	Erleichterung|erleichtert
panic	Panik
admiration	Bewunderung|bewunderte|bewundert
contempt	Verachtung|verachtete
mercy	Gnade|gnädig
revolution	Revolution|Revolutionen
uprising	Aufstand|Aufständische|Aufständischen|Rebellen
dictator	Diktator|Diktatur
regime	Regimes
colony	Kolonie|Kolonien
genocide	Völkermord
massacre	Massaker
chancellor	Kanzler|Bundeskanzler|Kanzlerin
senate	Senat|Senator|Senatoren
congress	Kongress
passport	Reisepass
customs	Zoll|Zölle
riot	Krawalle|Ausschreitungen|Unruhen
poll	Umfrage|Umfragen
coalition	Koalition
conservative	konservativ|konservative|konservativen
liberal	liberal|liberale|liberalen
communist	Kommunist|Kommunisten|kommunistisch|kommunistische
rent	Miete|Mieten|Mieter|mietete
property	Eigentum|Grundstück|Grundstücke
bankruptcy	Konkurs|Bankrott
advertising	Werbung
competition	Konkurrenz|Konkurrenten
deficit	Defizit|Defizite
supply	Versorgung|Lieferung|Lieferungen
transport	Transport|Transporte
chemistry	Chemie|chemisch|chemische|chemischen
physics	Physik|physikalisch
biology	Biologie|biologisch|biologische
mathematics	Mathematik
evolution	Evolution
planet	Planet|Planeten
telescope	Teleskop|Fernrohr
invention	Erfindung|Erfindungen|erfand|erfunden
oxygen	Sauerstoff
pollution	Verschmutzung|Umweltverschmutzung
towel	Handtuch|Handtücher
bucket	Eimer
thread	Faden|Fäden
button	Knopf|Knöpfe
hammer	Hammer|Hämmer
tent	Zelt|Zelte
torch	Fackel|Fackeln|Taschenlampe
envelope	Umschlag|Briefumschlag
refrigerator	Kühlschrank
spectacles	Brille|Brillen
pear	Birne|Birnen
cherry	Kirsche|Kirschen
grape	Traube|Trauben
bean	Bohne|Bohnen
onion	Zwiebel|Zwiebeln
salad	Salat|Salate
cake	Kuchen
pepper	Pfeffer
appetite	Appetit
traffic jam	Staus|Verkehrsstau
blow	wehte|weht|blies|geblasen
flow	floss|geflossen|fließt|fliesst|strömte
hurry	eilte|eilten|Eile|beeilte
cheat	betrog|betrogen
bless	segnete|gesegnet|Segen
calculate	berechnete|berechnet|Berechnung
exist	existierte|existiert|Existenz
depend	abhängig|abhängige|Abhängigkeit
contain	enthielt|enthält|enthalten
compare	verglich|verglichen|Vergleich
lazy	faul|faule|faulen|Faulheit
polite	höflich|höfliche|Höflichkeit
low	niedrig|niedrige|niedrigen
illegal	illegal|illegale|illegalen
current	aktuell|aktuelle|aktuellen|derzeit|derzeitige
next	nächste|nächsten|nächster
previous	vorherig|vorherige|vorigen|vorige
tiny	winzig|winzige
pretty	hübsch|hübsche|hübschen
divine	göttlich|göttliche
artificial	künstlich|künstliche|künstlichen
medical	medizinisch|medizinische|ärztlich|ärztliche
digital	digital|digitale|digitalen
however	jedoch
mostly	meistens|überwiegend
partly	teilweise
directly	direkte|direkten|unmittelbar|unmittelbare
gradually	allmählich
mosque	Moschee|Moscheen
temple	Tempel
town hall	Rathaus|Gemeindehaus|Stadthaus
barracks	Kaserne|Kasernen
monument	Denkmal|Denkmäler|Mahnmal
ruin	Ruine|Ruinen
territory	Gebiet|Gebiete|Territorium
zone	Zone|Zonen|Bereich
twins	Zwillinge|Zwilling
childhood	Kindheit
divorce	Scheidung|geschieden
inheritance	Erbe|Erbschaft|erbte|geerbt
career	Karriere|Laufbahn
document	Dokument|Dokumente|Unterlagen
file	Akten
signature	Unterschrift|unterschrieb|unterschrieben|unterzeichnet
fate	Schicksal
miracle	Wunder
adventure	Abenteuer
symbol	Symbol|Symbole
flag	Fahne|Fahnen|Flagge
sign	Zeichen
address	Adresse|Adressen
# Further vocabulary
sunrise	Sonnenaufgang
dusk	Abenddämmerung|Dämmerlicht
tide	Gezeiten|Ebbe
hedge	Hecke|Hecken
fountain	Brunnen
mill	Mühle|Mühlen
canal	Kanal|Kanäle
spider	Spinnen
frog	Frosch|Frösche
whale	Wale
elephant	Elefant|Elefanten
tiger	Tiger
camel	Kamel|Kamele
fur	Fell|Felle|Pelz
horn	Horn|Hörner
cage	Käfig|Käfige
waiter	Kellner|Kellnerin
mechanic	Mechaniker
miner	Bergmann|Bergleute|Bergarbeiter
guard	Wächter|Wache|Wachen
spy	Spion|Spione|Spionage
sofa	Sofa|Couch
ink	Tinte
pencil	Bleistift
notebook	Notizbuch|Hefte
coin	Münze|Münzen
ham	Schinken
sauce	Sauce|Soße|Sosse
lemon	Zitrone|Zitronen
orange	Orange|Orangen
strawberry	Erdbeere|Erdbeeren
fist	Faust|Fäuste
skull	Schädel
flu	Grippe
ally	Verbündete|Verbündeten|Alliierte|Alliierten
missile	Rakete|Raketen
tank	Panzer
fleet	Flotte
veteran	Veteran|Veteranen
famine	Hungersnot
tragedy	Tragödie|tragisch|tragische|tragischen
account	Konto|Konten
duration	Dauer|dauerte|dauert
comfortable	bequem|bequeme|Komfort
glad	froh|frohe|erfreut
visible	sichtbar|sichtbare
invisible	unsichtbar|unsichtbare
popular	beliebt|beliebte|beliebten|populär
release	freigelassen|Freilassung|entlassen
pour	goss|gegossen|gießt|giesst
swear	schwor|geschworen|Schwur|Eid
guess	erriet|erraten|vermutete
prefer	bevorzugte|bevorzugt
hesitate	zögerte|gezögert|zögern
apologize	entschuldigte|Entschuldigung

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
        "en/demonyms": #"""
# Words for peoples and their adjectives ("Russian", "North Korean"; a plural -s is read too):
# no entity of their own in `rosetta names`. The gazetteer keeps some as aliases of their country,
# which the aligner uses as evidence ("Russian" with "России").
Russian
Soviet
Chinese
Korean
North Korean
South Korean
Japanese
American
British
English
Scottish
Irish
Welsh
French
German
Italian
Spanish
Portuguese
Dutch
Belgian
Swiss
Austrian
Norwegian
Swedish
Finnish
Danish
Polish
Czech
Hungarian
Romanian
Bulgarian
Greek
Turkish
Ukrainian
Belarusian
Georgian
Armenian
Kazakh
Uzbek
Mongolian
Siberian
Chechen
European
Asian
African
Arab
Israeli
Iranian
Iraqi
Syrian
Saudi
Egyptian
Libyan
Afghan
Pakistani
Indian
Vietnamese
Thai
Indonesian
Filipino
Australian
Canadian
Mexican
Brazilian
Cuban
Venezuelan
Argentine
Chilean

"""#,
        "en/lexicon": #"""
# Words for shared concepts: CONCEPT <TAB> form|form. Two profiles' lexicons joined on the
# concept make the aligner's seed dictionary for that pair (any form meets any form of the other
# side; a word matches a form followed by up to three more letters, so a form that begins a
# frequent other word is left out). Concepts are English words.
# The lexicons share one list of concepts, grouped by topic; a concept is left out
# of a language where its words would also match frequent words of another meaning.
# Mountains, landscape and water
mountain	mountain
summit	summit|peak
glacier	glacier
hut	hut
valley	valley
village	village
snow	snow
ice	ice
rock	rock|rocks|rocky
stone	stone|stones
river	river
lake	lake
forest	forest
path	path|trail
ridge	ridge
wall	wall|walls
slope	slope
pass	mountain pass
crevasse	crevasse
avalanche	avalanche
debris flow	debris flow
rockfall	rockfall|landslide
field	field|fields
meadow	meadow
grass	grass
hill	hills|hillside
plain	plain|plains
plateau	plateau
cliff	cliffs
cave	cave|caves
gorge	ravine|gorges
stream	stream
waterfall	waterfall
source	source
sea	seaside|seashore
ocean	ocean
coast	coast|coastline
beach	beach
island	island
riverbank	riverbank|shore
wave	wave|waves
flood	flood|flooding
desert	desert
earth	earth|soil
ground	ground
sand	sand
mud	mud
dust	dust
landscape	landscape|scenery
nature	nature
environment	environment
region	region|area
world	world
horizon	horizon
view	view|sight
edge	edge|edges
height	height|altitude|elevation
depth	depth|depths
moraine	moraine
serac	serac|seracs
cornice	cornice
couloir	couloir|gully
rope	rope|ropes
axe	ice axe
crampon	crampon|crampons
climb	ascent|ascents
climber	mountaineers|alpinist|alpinists
mountaineering	mountaineering
guide	guide|guides
porter	porter|porters
expedition	expedition
bivouac	bivouac
ski	skis|skier|skiing
alps	Alps|alpine
chalet	chalet
volcano	volcano
earthquake	earthquake
# Weather, sky and light
weather	weather
storm	storm|storms|thunderstorm
rain	rain|rained|raining
wind	winds|windy
fog	fog|foggy
sun	sunshine|sunlight
sky	sky|heaven
cloud	cloud|clouds
cold	cold
heat	heat
warm	warm
frost	frost|freezing|frozen|froze
thunder	thunder
lightning	lightning
hail	hail
drought	drought
climate	climate
temperature	temperature
moon	moon
star	stars|starry
light	light
light2	shone|shine|shining|glowed|glowing
shadow	shadow|shade
dawn	dawn|daybreak
sunset	sunset
air	air
# Time
time	time
moment	moment|instant
minute	minute|minutes
hour	hour|hours
day	day|days
night	night|nights
morning	morning|mornings
evening	evening|evenings
noon	noon|midday
afternoon	afternoon
midnight	midnight
week	week|weeks
weekend	weekends
month	month|months
year	year|years
decade	decade|decades
century	century|centuries
age	aged|ages
era	era|epoch
past	past
future	future
history	history|story|stories
winter	winter
spring	spring
summer	summer
autumn	autumn
season	season|seasons
holiday	holiday|holidays|vacation
feast	festival|feast|celebration|celebrate|celebrated|celebrating
birthday	birthday|anniversary
christmas	Christmas
easter	Easter
date	date|dates
calendar	calendar
clock	clock|clocks
end	end
today	today
yesterday	yesterday
tomorrow	tomorrow
now	now
soon	soon
late	late|later
early	early
always	always
never	never
often	often
sometimes	sometimes
again	anew
already	already
finally	finally|eventually
suddenly	suddenly
immediately	immediately
recently	recently
meanwhile	meanwhile
formerly	formerly|former
# People and family
person	persons
people	people|folk
human	human|humanity|mankind
woman	woman|women
man	man
child	child|children
boy	boy|boys
girl	girl|girls
baby	baby|babies|infants
youth	youth|teenager|adolescent
adult	adult|adults
old man	elderly
father	father|fathers
mother	mother|mothers
parents	parents
brother	brother|brothers
sister	sister|sisters
son	sons
daughter	daughter|daughters
grandfather	grandfather
grandmother	grandmother
grandchild	grandson|granddaughter|grandchild
uncle	uncle
aunt	aunt
cousin	cousin
husband	husband
wife	wife|wives
marriage	marriage|wedding|marry|married|marrying
bride	bride|fiancée
widow	widow|widower
orphan	orphan
family	family|families
relative	relative|relatives
ancestor	ancestor|ancestors
generation	generation|generations
friend	friend|friends|friendship
neighbour	neighbour|neighbor|neighbours|neighbors
guest	guest|guests
stranger	stranger|foreigner|foreign|abroad
enemy	enemy|enemies
companion	companion|companions
couple	couple
name	name|names
gentleman	gentleman|gentlemen|sir|mister
lady	lady|ladies|madam
master	master|masters
servant	servant|servants|maid
crowd	crowd|crowds
inhabitant	inhabitant|inhabitants|resident|residents
population	population
citizen	citizen|citizens
tourist	tourist|tourists
member	member|members
group	group|groups
team	team|teams
leader	leader|leaders|chief
hero	hero|heroes|heroine
victim	victim|victims
witness	witness|witnesses
# Occupations and roles
doctor	doctor|doctors|physician
nurse	nurses|nursing
priest	priest|vicar
monk	monks
nun	nun|nuns
bishop	bishop
pope	pope
teacher	teacher|teachers|professor
student	student|students
pupil	pupil|pupils|schoolchild
artist	artist|artists
writer	authors
poet	poet|poets
musician	musicians
singer	singer|singers
actor	actor|actors|actress
journalist	journalist|journalists
photographer	photographer|photographers
scientist	scientist|scientists
geologist	geologist|geologists
engineer	engineer|engineers
architect	architect|architects
lawyer	attorney|attorneys|barrister|solicitor
judge	judge|judges
officer	officer|officers
general	general|generals
captain	captain
king	king|kings
queen	queen
prince	prince|princess
emperor	emperor|empress
noble	noble|nobility|aristocrat
farmer	peasant|peasants
shepherd	shepherd
fisherman	fisherman|fishermen
craftsman	craftsman|artisan
carpenter	carpenter|joiner
smith	blacksmith|smith
baker	baker
cook	cooks|cooked|cooking
merchant	merchant|merchants|dealer
employee	employee|employees|staff
boss	director|boss|manager
driver	driver|drivers|chauffeur
pilot	pilot|pilots
sailor	sailor|sailors|seaman
secretary	secretary
expert	expert|experts
president	president|presidents
minister	minister|ministers
mayor	mayor
ambassador	ambassador
spokesman	spokesman|spokeswoman|spokesperson
politician	politician|politicians
thief	thief|thieves|burglar
prisoner	inmate|inmates|captive|captives
criminal	criminal|criminals|offender|perpetrator
refugee	refugee|refugees
patient	patient|patients
# Body and health
body	body|bodies
head	head|heads
face	face|faces
eye	eye|eyes
ear	ears
nose	nose
mouth	mouth
lip	lip|lips
tooth	tooth|teeth
tongue	tongue
hair	hair
beard	beard
forehead	forehead
neck	neck|throat
shoulder	shoulder|shoulders
hand	hand|hands
finger	finger|fingers
nail	fingernail|nails
chest	chest|breast
belly	belly
heart	heart|hearts
blood	blood|bloody|bleeding
bone	bone|bones
skin	skin
muscle	muscle|muscles
brain	brain
lung	lung|lungs
stomach	stomach
leg	legs
knee	knee|knees
foot	foot|feet
toe	toe|toes
breath	breath|breathing|breathed
sweat	sweat|sweating
tear	tears
health	health|healthy
illness	illness|disease|diseases|sickness
sick	sick|ill
pain	painful|ache|aches
wounded	wounded|injured|wound|wounds|injury|injuries
fever	fever
cough	cough|coughed|coughing
infection	infection|infections|infected
virus	virus|viruses
epidemic	epidemic|pandemic
vaccine	vaccine|vaccines|vaccination|vaccinated
cancer	cancer
heart attack	heart attack
medication	medication|medicine|medicines|remedy
hospital	hospital|hospitals|clinic
treatment	treatment|treated|therapy
operation	operation|operations|surgery
death	death|deaths
dead	dead|deceased
corpse	corpse|corpses
grave	grave|graves|tomb|tombs
funeral	funeral|burial
birth	births|born
pregnant	pregnant|pregnancy
life	life|lives|alive|living
strength	strength|force
strong	strong|stronger|strongest
weak	weak|weaker|weakness
tired	tired|weary|exhausted|fatigue
hunger	hunger|hungry
thirst	thirst|thirsty
sleep	sleep|slept|sleeping|asleep
dream	dream|dreams|dreamed|dreamt
# Feelings and mind
feeling	emotion|emotions
love	love|loved|loves|loving
hate	hate|hated|hatred
joy	joy
happy	happy|happiness
luck	luck|lucky|fortune
sad	sad|sadness|sorrow
fear	fear|fears|feared|afraid
courage	courage|brave|bravery
anger	anger|angry|rage|fury
shame	shame|ashamed
pride	pride|proud
hope	hope|hopes|hoped|hoping
despair	despair|desperate|desperation
worry	worry|worries|worried|concern
surprise	surprise|surprised|astonished|amazed
pity	pity|compassion
loneliness	loneliness|lonely|solitude
peace	peace|peaceful
silence	silence|silent
calm	calm|quiet|tranquil
patience	patience
trust	trust|confidence
doubt	doubt|doubts|doubted
mind	mind|spirit|intellect
soul	soul|souls
thought	thought|thoughts
idea	idea|ideas
memory	memory|memories|remembrance
remember	remember|remembered|recalled
forget	forget|forgot|forgotten
reason	reason|reasons|reasonable
wisdom	wisdom|wise
madness	madness|crazy|insane
knowledge	knowledge
belief	belief|faith
will	willpower
desire	desire|wish|wishes|wished|yearning
attention	attention|attentive
mistake	mistake|mistakes|error|errors
truth	truth|true
lie	liar|lies
secret	secrets|secretly
# House and home
house	house|houses
home	home|homeland
building	buildings|edifice
apartment	apartment|dwelling
room	room|rooms|chamber|hall
kitchen	kitchen
cellar	cellar|basement
attic	attic|loft
floor	floor|floors
stairs	stairs|staircase
step	steps|stepped
door	door|doors
window	window|windows
roof	roof|roofs
chimney	chimney|fireplace
garden	garden|gardens
fence	fence|fences
gate	gate|gates
key	key|keys
castle	castle|castles|fortress
palace	palace
tower	tower|towers
furniture	furniture
bed	bed|beds
table	table|tables
chair	chairs|armchair
bench	bench|benches
cupboard	cupboard|wardrobe
box	box|boxes
bag	bag|bags|sack
rucksack	rucksack|backpack
basket	basket|baskets
bottle	bottle|bottles
glass	glass|glasses
cup	cup|cups|mug
plate	plates|dish|dishes
pot	pots|kettle
knife	knife|knives
spoon	spoon|spoons
fork	fork|forks
blanket	blanket|blankets
pillow	pillow|cushion
lamp	lamp|lamps|lantern
candle	candle|candles
mirror	mirror|mirrors
picture	picture|pictures|image|images
clothes	clothes|clothing|garment|dress|gown
coat	coat|coats|cloak
jacket	jacket
shirt	shirt|shirts
trousers	trousers|pants
shoe	shoe|shoes|boots
hat	hats
glove	glove|gloves
pocket	pocket|pockets
ring	ring|rings
jewel	jewel|jewels|jewellery|jewelry
umbrella	umbrella
toy	toys
gift	gift|gifts
thing	thing|things|object
tool	tool|tools|device|appliance
machine	machine|machines
wood	wood|wooden|timber
fire	fire|fires
smoke	smoke|smoking
ash	ashes
stove	stove|oven
coal	coal
oil	oil|petroleum
soap	soap
water	water|waters
electricity	electricity|electric|electrical
# Food and drink
food	food|foods|foodstuff
meal	meal|meals|dinner|lunch
breakfast	breakfast
bread	bread
meat	meat
fish	fish|fishes
milk	milk
cheese	cheese
butter	butter
egg	egg|eggs
salt	salt|salty
sugar	sugar
honey	honey
flour	flour
soup	soup
fruit	fruit|fruits
apple	apple|apples
potato	potato|potatoes
vegetable	vegetable|vegetables
rice	rice
sausage	sausage|sausages
chocolate	chocolate
coffee	coffee
wine	wine|wines|vineyard
beer	beer
drink	drink|drank|drunk|drinking
eat	eat|ate|eaten|eating
taste	taste|tasted|flavour
# Animals, plants and farming
animal	animal|animals|beast
horse	horse|horses|mare
cow	cows|cattle
bull	ox|oxen
calf	calf|calves|heifer
sheep	sheep|ewe
lamb	lambs
goat	goat|goats
pig	pigs|swine
dog	dog|dogs|hound
cat	cats
mouse	mouse|mice
rat	rats
chicken	chicken|hens|rooster
bird	bird|birds
eagle	eagle|eagles
crow	crows|raven|ravens
wolf	wolf|wolves
bear	bears
fox	fox|foxes
deer	deer
chamois	chamois
ibex	ibex
marmot	marmot|marmots
hare	hare|rabbit|rabbits
snake	snake|snakes|serpent
insect	insect|insects
bee	bees
butterfly	butterflies
worm	worm|worms
herd	herd|flock
nest	nest|nests
wing	wing|wings
feather	feather|feathers
tail	tail
hunting	hunting|hunt|hunted|hunter|hunters
plant	plant|plants|planted
tree	tree|trees
flower	flower|flowers|blossom
leaf	leaf|foliage
branch	branch|branches
root	root|roots
seed	seed|seeds
fir	spruce|conifer
pine	pine|pines
larch	larch|larches
oak	oak|oaks
beech	beech
moss	moss
bush	bushes|shrub|shrubs
mushroom	mushroom|mushrooms|fungus
rose	roses
farm	farm|farms|farmstead
agriculture	agriculture|agricultural
harvest	harvest|harvested|crop|crops
grain	grain|wheat|cereal|rye
straw	straw
plough	plough|plow|ploughed
stable	stables
# Travel, transport and places
journey	journey|journeys|trip|travel|travelled|traveled|travelling|traveller|travellers
road	road|roads
street	street|streets|lane|alley
direction	direction|directions
bridge	bridge|bridges
tunnel	tunnel|tunnels
car	cars|vehicle|vehicles|automobile
truck	truck|trucks|lorry
bus	buses
bicycle	bicycle|bike|bicycles
train	train|trains|railway|railroad
station	station|stations
airport	airport|airports
plane	planes|aircraft|airplane
flight	flight|flights
helicopter	helicopter|helicopters
ship	ship|ships|vessel
boat	boat|boats
port	harbour|harbor|ports
passenger	passenger|passengers
ticket	ticket|tickets
luggage	luggage|baggage
traffic	traffic
accident	accident|accidents|crash
speed	speed|velocity
distance	distance|distances
arrival	arrival|arrivals
departure	departure|departures
place	place|places|spot
city	city|cities|town|towns
capital	capital city
square	square|squares|plaza
market	market|markets
shop	shop|shops|store|stores
restaurant	restaurant|restaurants
inn	inns|tavern
hotel	hotel|hotels
country	country|countries
border	border|borders|frontier
canton	canton|cantons|cantonal
commune	municipality|commune
state	state|states
nation	nation|nations|national
province	province|provinces
europe	Europe|European|Europeans
switzerland	Switzerland|Swiss
germany	Germany|German|Germans
france	France|French
italy	Italy|Italian|Italians
austria	Austria|Austrian
england	England|English
america	America|American|Americans
russia	Russia|Russian|Russians
china	China|Chinese
africa	Africa|African
asia	Asia|Asian
north	north|northern
south	south|southern
east	eastward|eastwards
west	west|western
left	left
right	right
above	above
below	below|beneath
inside	inside|interior
outside	outside|exterior|outdoors
middle	middle|centre|center
side	side|sides
# Politics, government and law
government	government|governments
politics	politics|political|policy|policies
parliament	parliament|parliamentary
party	party|parties
election	election|elections|elected|electoral
vote	vote|votes|voted|voting|ballot
referendum	referendum|initiative
democracy	democracy|democratic
power	power|powers|powerful
authority	authority|authorities
administration	administration|administrative
office	offices|bureau
ministry	ministry|ministries|department
council	council|councils|councillor|councillors
committee	committee|committees|commission
meeting	meetings|assembly|conference|session
decision	decision|decisions|decided|decide
law	law|laws|legislation|legal
constitution	constitution|constitutional
rule	rule|rules|regulation|regulations
court	court|courts|tribunal
justice	justice|injustice
trial	trial|trials|proceedings
judgment	judgment|judgement|verdict|convicted
prison	prison|prisons|jail|imprisoned|prisoner|prisoners
crime	crime|crimes|offence|offense
murder	murder|murdered|murderer|assassination|assassinated
theft	theft|stole|stolen|robbery|steal
police	police|policeman|policemen|constable
arrest	arrest|arrested
investigation	investigation|investigations|inquiry|investigated
evidence	evidence|proof|prove|proved|proven
accusation	charge|charges|accused|accusation|charged
punishment	punishment|penalty|penalties|punished
freedom	freedom|liberty|free
human rights	human rights
protest	protest|protests|protested|demonstration|demonstrators
strike	strike|strikes|strikers
reform	reform|reforms
agreement	agreement|agreements|treaty|treaties
negotiation	negotiation|negotiations|negotiated
crisis	crisis|crises
conflict	conflict|conflicts|dispute|disputes
opposition	opposition|opponent|opponents
support	support|supported|supporting|backing
majority	majority
minority	minority|minorities
federal	federal|confederation
republic	republic
empire	empire|empires
independence	independence|independent
tax	taxes|taxation|taxpayer|taxpayers
budget	budget|budgets
public	public|publicly
official	official|officials|officially
international	international
diplomacy	diplomacy|diplomatic|diplomat
embassy	embassy|embassies
union	union|unions
# Economy, money and work
economy	economy|economic|economics|economist
money	money
franc	francs
euro	euros
dollar	dollar
price	price|prices
cost	cost|costs|costly
payment	payment|payments|paid|pay
salary	salary|salaries|wage|wages
income	income|revenue|revenues
profit	profit|profits
loss	loss|losses
debt	debt|debts
bank	bank|banks|banking
business	business|businesses
company	company|companies|firm|firms|enterprise
factory	factory|factories
industry	industry|industrial|industries
trade	trade|commerce|commercial
export	export|exports|exported
import	imports|imported|importation
goods	merchandise|commodities
product	product|products|production|manufacturing|manufactured|produced
customer	customer|customers|client|clients
consumer	consumer|consumers|consumption
investment	investment|investments|invested|investor|investors
stock	shares|stock|stocks|shareholder|shareholders
growth	growth
inflation	inflation
unemployment	unemployment|unemployed|jobless
job	job|jobs|employment
work	work|worked|working|labour|labor
rich	wealthy|wealth|riches|richer|richest
poor	poor|poverty
cheap	cheap|inexpensive
expensive	expensive
buy	buy|bought|buying|purchase|purchased
sell	sell|sells|selling|sale|sales
insurance	insurance|insured
tourism	tourism
energy	energy|energies
# Science, education and communication
science	science|sciences|scientific
research	research|study|studies
observation	observation|observations|observed|observing
experiment	experiment|experiments|test|tests
result	result|results|outcome
method	method|methods|procedure
theory	theory|theories
problem	problem|problems
solution	solution|solutions
cause	cause|causes
effect	effect|effects|consequence|consequences
example	example|examples
fact	facts
information	information
data	data
number	number|numbers|figure|figures
measurement	measurement|measurements
measure2	measure|measures|measured|measuring
instrument	instrument|instruments
thermometer	thermometer
barometer	barometer
degree	degree|degrees
meter	metre|metres|meter|meters
kilometer	kilometre|kilometres|kilometer|kilometers
centimeter	centimetre|centimetres|centimeter|centimeters
kilogram	kilogram|kilograms|kilogramme|kilos
ton	tonne|tonnes|tons
litre	litre|litres|liters
percent	percent|percentage
weight	weight|weights
size	size|extent|dimension
length	length|lengths
volume	volume|quantity|quantities|amount
surface	surface|surfaces
line	line|lines
point	point|points|tip
circle	circle|circles
form	forms|shape|shapes
technology	technology|technique|technical|technological
computer	computer|computers|computing
internet	internet|online
telephone	telephone|phone|phoned
radio	radio
television	television|TV
newspaper	newspaper|newspapers
news	news
media	media
article	article|articles
report	report|reports|reported
message	message|messages
letter	letter|letters
book	book|books
page	page|pages
story	tales|narrative
word	word|words
language	language|languages
sentence	sentence|sentences
question	question|questions|asked|ask
answer	answer|answers|answered|reply|replied
map	map|maps|chart
school	school|schools
university	university|universities|college
lesson	lesson|lessons
education	education|upbringing
exam	examination|examinations
museum	museum|museums
library	library|libraries
# War, military, disasters
war	wars|warfare|wartime
army	army|armies
army2	military|armed forces
soldier	soldier|soldiers
troops	troops
weapon	weapon|weapons|arms
gun	gun|guns|rifle|rifles|cannon|pistol
bomb	bomb|bombs|bombing|explosive
explosion	explosion|explosions|exploded
shot	shot|shots|shooting
attack	attack|attacks|attacked
battle	battle|battles|fight|fighting|fought|combat
defence	defence|defense|defended|defend
victory	victory|victories
defeat	defeat|defeated
occupation	occupation|occupied
terrorism	terrorism|terrorist|terrorists|terror
hostage	hostage|hostages
violence	violence|violent
security	security
dangerous	dangerous|danger|dangers|peril
safe	safe|secure
danger2	warning|warnings|warned|alert
disaster	disaster|disasters|catastrophe
damage	damage|damaged
fire brigade	firefighter|firefighters|fire brigade
rescue	rescue|rescued|rescuers|saved
search	search|searched|searching
help	help|helped|helping
evacuation	evacuation|evacuated
emergency	emergency|emergencies
# Culture, religion and sport
culture	culture|cultural
art	arts|artwork
music	music|musical
song	song|songs|singing|sang|sung|sings
dance	dance|dances|danced|dancing
theatre	theatre|theater|theatres
film	film|films|movie|movies|cinema
game	game|games|played|playing
sport	sport|sports|sporting
football	football|soccer
match	match|matches
player	player|players
race	race|races|competition
champion	champion|champions|championship
goal	goal|goals|aim|target
medal	medal|medals
religion	religion|religions|religious
god	god|gods
church	church|churches
chapel	chapel|chapels
cathedral	cathedral
monastery	monastery|abbey
prayer	prayer|prayers|prayed|praying
paradise	paradise
devil	devil|devils|demon
angel	angel|angels
sin	sins|sinful
bible	Bible
mass	worship
saint	saint|saints|holy|sacred
bell	bells
cross	crucifix
tradition	tradition|traditions|traditional
legend	legend|legends
# Verbs: speaking, perceiving, thinking
say	say|says|said|saying
speak	speak|speaks|spoke|spoken|speaking|talk|talked|talking
tell	tell|tells|told|telling|narrated
call	call|called|calling|calls
shout	shout|shouts|shouted|scream|screamed|yelled
request	begged|begging|request|requests|requested
explain	explain|explained|explaining|explanation
describe	describe|described|description
announce	announce|announced|announcement
declare	declare|declared|declaration|statement
promise	promise|promised|promises
thank	thank|thanked|thanks
greet	greet|greeted|greeting|greetings
laugh	laugh|laughed|laughing|laughter
smile	smile|smiled|smiling|smiles
cry	cry|cried|crying|wept|weep|weeping
see	saw|seen|seeing|sees
look	look|looked|looking|looks|watched
notice	notice|noticed|noticing
hear	heard|hearing|hears
listen	listen|listened|listening
feel	feel|feels|felt
smell	smell|smelled|smelt|odour|scent
think	think|thinks|thinking
believe	believe|believed|believes|believing
know	know|knows|knew|known|knowing
recognize	recognize|recognized|recognise|recognised
understand	understand|understood|understanding
learn	learn|learned|learnt|learning
teach	taught|teaching|teaches
expect	expect|expected|expecting|expectation|forecast
imagine	imagine|imagined|imagination
mean	mean|meant|meaning
seem	seem|seemed|seems
# Verbs: motion and position
come	come|comes|coming|arrive|arrived|arriving|arrives
go	go|goes|went|gone|going
walk	walk|walked|walking|walks|hike|hiked|hiking
run	run|running|runs|runner
drive	drove|driven|driving|drives
fly	fly|flew|flown|flying
swim	swim|swimming
jump	jump|jumped|jumping|leap|leapt
climb2	climb|climbed|climbing|climbs|risen
descend	descend|descended|descent|descending
fall	fall|fallen|falling|falls
rise	raised|rising|lifted
stand	stood|standing|stands
sit	sat|sitting|seated
lie down	lay|lying|lain
leave	leave|leaving
depart	departed|departing
return	return|returned|returning
enter	enter|entered|entering
follow	follow|followed|following|follows
pass by	passed|passing
traverse	cross|crossed|crossing
flee	fled|fleeing|escape|escaped
hide	hide|hid|hidden|hiding
move	move|moved|moving|movement|movements
turn	turn|turned|turning|turns
stop	stop|stopped|stopping|halted
push	push|pushed|pushing|shoved
pull	pull|pulled|pulling|dragged
carry	carry|carried|carrying
bring	bring|brought|bringing
take	take|took|taken|taking
give	give|gave|given|giving
send	send|sent|sending
receive	receive|received|receiving
put	putting|laid
hold	hold|held|holding
throw	throw|threw|thrown|throwing
catch	catch|caught|catching|seized
lose	lose|lost|losing
find	find|found|finding|finds
reach	reach|reached|reaching
wait	wait|waited|waiting
meet	meet|meets|encounter|encountered
visitor	visit|visited|visiting|visits|visitor|visitors
# Verbs: doing and making
remain	remain|remained|remaining|stay|stayed|staying
begin	begin|began|begun|beginning|start|started|starting
finish	finish|finished|completed
open	open|opened|opening
close	closed|closing|shut
build	build|built|construction
destroy	destroy|destroyed|destruction
die	died|dying
kill	kill|killed|killing|killer
survive	survive|survived|survivor|survivors|survival
live	lived
dwell	dwelt|inhabited
want	want|wants|wanted|wanting
can	could
must	must
need	need|needed|needs|necessary
try	try|tried|trying|attempt|attempted|attempts
do	did|done|make|makes|made|making
use	used|using|uses
change	change|changed|changing|changes
grow	grew|grown|growing
increase	increase|increased|increasing
decrease	decrease|decreased|decline|declined
cut	cutting|cuts
break	break|broke|broken|breaking
burn	burn|burned|burnt|burning
wash	wash|washed
clean	clean|cleaned|cleaning
fill	fill|filled|full
empty	empty|emptied
cover	cover|covered|covering
fix	repaired|repair|fixed|fastened
tie	tied|bound
dig	dug|digging
# Verbs: society, communication and events
write	write|wrote|written|writing
read	reading|reads|reader|readers
draw	drew|drawn|drawing|drawings
paint	paint|painted|painting|paintings
publish	publish|published|publishing|publication
print	print|printed|printing
count	counted|counting
choose	choose|chose|chosen|choice
accept	accept|accepted|accepting
refuse	refuse|refused|refusal|rejected
allow	allow|allowed|permit|permitted|permission
forbid	forbid|forbidden|banned|prohibited
order	ordered|orders|command|commanded
obey	obey|obeyed|obedience
lead	led|leading
govern	reigned|reign|governed
protect	protect|protected|protection|protecting
save	saving|savings
kiss	kiss|kissed|kisses
touch	touch|touched|touching
hit	struck|beat|beaten
suffer	suffer|suffered|suffering
enjoy	enjoy|enjoyed|enjoying
belong	belong|belonged|belonging|belongs
own	owned|owner|owners|possess|possessed|possession|proprietor
lack	lack|lacked|lacking|missing
happen	happen|happened|happening|happens|occurred
appear	appear|appeared|appearing|appearance
disappear	disappear|disappeared|disappearance|vanished
continue	continue|continued|continuing|continues
prepare	prepare|prepared|preparing|preparation|preparations
organize	organise|organised|organize|organized|organisation|organization
create	create|created|creating|creation
develop	develop|developed|developing|development
improve	improve|improved|improvement
discover	discover|discovered|discovery
examine	examine|examined|examining
confirm	confirm|confirmed|confirmation
deny	deny|denied|denial
admit	admit|admitted|confessed
forgive	forgive|forgave|forgiven|forgiveness|pardon
invite	invite|invited|invitation
welcome	welcome|welcomed|welcoming
earn	earn|earned|earning
win	winner|winning|wins
spend	spend|spent|spending|expenditure
borrow	borrowed|lent|lend|loan
join	joined|joining
separate	separate|separated|separation
gather	gathered|collected|assembled
share	shared|sharing
# Adjectives
first	first|firstly
second	second|secondly
third	third|thirdly
last	last|lastly
new	newly|newer|newest
old	old|older|oldest
young	young|younger|youngest
high	high|higher|highest|highly
deep	deep|deeper|deeply
long	long|longer|longest
short	short|shorter|shortly|brief|briefly
large	large|larger|largest|big|bigger|biggest|great|greater|greatest
small	small|smaller|smallest|little
white	white|whites
black	black
red	reddish|crimson
green	green
blue	blue
yellow	yellow
grey	grey|gray
brown	brown
colour	colour|colours|colors|colored
dark	dark|darker|darkness
bright	bright|brightly|luminous
steep	steep|steeper
half	half|halves
thousand	thousand|thousands
good	good|better|best
bad	bad|worse|worst
beautiful	beautiful|beauty
ugly	ugly
heavy	heavy|heavier|heavily
lightweight	lightweight
hard	harder|tough|tougher
soft	soft|softly|gently
easy	easy|simple|simply|easily
difficult	difficult|difficulty|difficulties
important	important|importance
possible	possible|possibility|possibly
impossible	impossible
false	false|wrong
correct	correct|correctly|exact|exactly
same	same|identical
different	different|difference|differences|differently
similar	similar|alike
strange	strangely|odd|weird
famous	famous|renowned
unknown	unknown
clear	clear|clearly|obvious|obviously
loud	loud|loudly|noise|noisy
wide	wide|width
narrow	narrow
thick	thick|thickness
thin	thinner|slender
near	nearby
far	distant|remote|faraway
wet	wet|damp|humid
dry	dry|dried
dirty	dirty|dirt
sweet	sweet
bitter	bitter|bitterness
fresh	fresh
alone	alone
kind	kindly|kindness
cruel	cruel|cruelty
honest	honest|honestly
clever	clever|intelligent|intelligence
stupid	stupid|foolish|fool
careful	careful|carefully|caution|cautious
modern	modern
ancient	ancient|antique
main	main|principal
local	local|locally
private	private|privately
social	social|socially
whole	whole|entire|entirely
total	total|totally
certain	certain|certainly|certainty
serious	serious|seriously
special	special|particular|particularly|especially
normal	normal|normally
usual	usual|usually|ordinary
common	common|commonly
rare	rare|rarely|seldom
real	really|genuine|actual|actually
ready	ready
enough	enough|sufficient|sufficiently
# Adverbs and relations
only	only|merely
together	together
almost	almost|nearly
slowly	slowly|slow|slower
quickly	quickly|quick|fast|faster|rapid|rapidly
perhaps	perhaps|maybe
probably	probably|probable|likely
completely	completely|utterly
unfortunately	unfortunately
fortunately	fortunately
indeed	indeed
everywhere	everywhere
somewhere	somewhere
nowhere	nowhere
because	because
although	although
despite	despite|in spite
without	without
during	during
between	between
against	against
towards	towards|toward
behind	behind
under	under|underneath
beside	beside|besides
around	around
across	across|beyond
nothing	nothing
# Society and abstract notions
voice	voice|voices
society	society|societies|association|associations
club	club|clubs
photograph	photographs|photo|photos
show	show|showed|shown|showing
plan	plans|planned|planning|project|projects
part	parts|portion
piece	piece|pieces
sort	sort|sorts|type|types|species
manner	manners
situation	situation|situations
condition	condition|conditions
case	case|cases
purpose	purpose|purposes
chance	opportunity|opportunities|occasion|chance
risk	risk|risks|risky
value	value|values|valuable
quality	quality|qualities
level	level|levels
system	system|systems
process	process|processes
programme	programme|programmes|program|programs
opinion	opinion|opinions
interest	interest|interests|interested|interesting
role	role|roles
position	position|positions|stance
control	control|controlled|controls|supervision
influence	influence|influenced|influences
pressure	pressure
responsibility	responsibility|responsible
duty	duty|duties|obligation
respect	respect|respected
honour	honour|honor|honoured|honored
glory	glory|glorious
success	success|successful|succeeded|successfully
failure	failure|failed|failures
progress	progress
relationship	relationship|relationships|relation|relations
contact	contact|contacts
conversation	conversation|conversations|discussion|discussions
debate	debate|debates|debated
demand	demand|demands|demanded|required|requirement
offer	offer|offered|offers|proposal|proposed
task	task|tasks|mission
effort	effort|efforts
activity	activity|activities
action	action|actions|acts
event	event|events
experience	experience|experiences|experienced
# Numbers and materials
two	two
three	three
four	four|fourth
five	five|fifth
six	six|sixth
seven	seven|seventh
nine	nine|ninth
ten	tenth
twelve	twelve
twenty	twenty
hundred	hundred|hundreds
million	million|millions
billion	billion|billions
quarter	quarter|quarters
double	double|doubled|twice
gold	gold|golden
silver	silver
copper	copper
steel	steel
metal	metal|metals|metallic
paper	paper|papers
fabric	fabric|fabrics|textile|textiles
leather	leather
wool	wool|woollen
cotton	cotton
concrete	concrete
plastic	plastic
brick	brick|bricks
# More nouns, verbs and adjectives
space	space
donkey	donkey|donkeys
mule	mule|mules
lion	lion|lions
monkey	monkey|monkeys|apes
duck	duck|ducks
goose	goose|geese
owl	owl|owls
corner	corner|corners
carpet	carpet|carpets
curtain	curtain|curtains
bath	bath|bathroom
cigarette	cigarette|cigarettes
pipe	pipe|pipes
wake	woke|awoke|awake|wake|waking
blind	blind
deaf	deaf
ambulance	ambulance|ambulances
disabled	disabled|disability|handicapped
drug	drug|drugs|narcotics
alcohol	alcohol|alcoholic
candidate	candidate|candidates|candidacy
campaign	campaign|campaigns
countryside	countryside|rural
immigration	immigration|migration|immigrant|immigrants|migrants
asylum	asylum
ceasefire	ceasefire|truce
corruption	corruption|corrupt
scandal	scandal|scandals
kidnapping	kidnapping|kidnapped|abducted|kidnappers
complaint	complaint|complaints
suspect	suspect|suspected|suspects|suspicion
invoice	invoice|invoices
stock exchange	stock exchange|bourse
currency	currency|currencies
employer	employer|employers
pension	pension|pensions|retirement|retired|pensioner
nuclear	nuclear|atomic
gas	gas
engine	engines|motor|motors
wheel	wheel|wheels
dam	dams|reservoir
power station	power station|power plant
laboratory	laboratory|laboratories
statistics	statistics|statistical
average	average|averaged
novel	novel|novels
poem	poem|poems
sculpture	sculpture|sculptures|statue|statues
concert	concert|concerts
orchestra	orchestra|orchestras
exhibition	exhibition|exhibitions
magazine	magazine|magazines|periodical
interview	interview|interviews|interviewed
website	website|websites
olympic	Olympic|Olympics
stadium	stadium|stadiums
coach	coach|coaches
record	record|records
period	period|periods
cool	cool|cooler
naked	naked|nude
guilty	guilty|guilt
innocent	innocent|innocence
wild	wild|wildly
round	round|rounded
flat	flat
sharp	sharp|sharply
ride	ride|rode|ridden|riding|rider
sail	sailed|sailing|sails
bury	bury|buried|burying
repeat	repeat|repeated|repetition
approve	agree|agreed|approve|approved|approval
threaten	threaten|threatened|threat|threats
collapse	collapse|collapsed
rest	rested|resting
weigh	weighed|weighs|weighing
hang	hang|hanged|hanging
tremble	trembled|trembling|shook|shivering|shivered
sigh	sighed|sighs
whisper	whisper|whispered|whispering|murmured
feed	fed|feeding
sense	sense|senses
character	character|characters
behaviour	behaviour|behavior|behaved
habit	habits|habitual
model	model|models
sound	sound|sounds|sounded
highway	highways|expressway
fuel	gasoline|fuel
motorcycle	motorcycle|motorcycles|motorbike
taxi	taxi|taxis
cable car	cable car|cable railway
neighbourhood	neighbourhood|neighborhood|district|districts
park	park|parks
cemetery	cemetery|graveyard
colleague	colleague|colleagues
slave	slave|slaves|slavery
knight	knight|knights
giant	giant|giants|huge|gigantic|enormous|enormously
witch	witch|witches
ghost	ghost|ghosts
# More vocabulary
swamp	swamp
pond	pond|ponds
bay	bay|gulf
peninsula	peninsula
continent	continent|continents
jungle	jungle|rainforest
blizzard	blizzard|snowstorm
melt	melt|melted|melting
rainbow	rainbows
elbow	elbow|elbows
thumb	thumb|thumbs
nervous	nerve|nerves|nervous|nervously
scar	scars
jealousy	jealousy|jealous
gratitude	gratitude|grateful
boredom	boredom|boring|bored
curiosity	curiosity|curious
horror	horror|horrible|horrified|terrible
regret	regret|regretted|regrets
relief	relief|relieved
panic	panic|panicked
admiration	admiration|admired|admire
contempt	contempt|despised
mercy	mercy|merciful
revolution	revolution|revolutionary
uprising	revolt|uprising|rebels|rebellion|insurgents
dictator	dictator|dictatorship
regime	regimes
colony	colony|colonies
genocide	genocide
massacre	massacre|massacres|massacred
chancellor	chancellor
senate	senate|senator|senators
congress	congress|congressional
passport	passport|passports
customs	customs
riot	riot|riots|unrest
poll	poll|polls|survey|surveys
coalition	coalition
conservative	conservative|conservatives
liberal	liberal|liberals
communist	communist|communists|communism
rent	rent|rented|tenant|tenants
property	property|properties|estate
bankruptcy	bankruptcy|bankrupt
advertising	advertising|advertisement|advertisements
competition	competitor|competitors|rival|rivals
deficit	deficit|deficits
supply	supply|supplies|supplied|delivery|deliveries
transport	transport|transported|transportation
chemistry	chemistry|chemical|chemicals
physics	physics|physicist
biology	biology|biological
mathematics	mathematics|mathematical|mathematician
evolution	evolution
planet	planet|planets
telescope	telescope
invention	invention|inventions|invented|inventor
oxygen	oxygen
pollution	pollution|polluted
towel	towel|towels
bucket	bucket|buckets
thread	thread|threads
button	button|buttons
hammer	hammer
tent	tents
torch	torch|torches
envelope	envelope|envelopes
refrigerator	refrigerator|fridge
spectacles	spectacles|eyeglasses
cherry	cherry|cherries
grape	grape|grapes
bean	bean|beans
onion	onion|onions
salad	salad|salads|lettuce
cake	cake|cakes
pepper	pepper
cream	cream
appetite	appetite
traffic jam	traffic jam|congestion
blow	blew|blowing|blown
flow	flowed|flowing|flows
hurry	hurry|hurried|haste|hastily
cheat	cheated|deceived|deceive
bless	bless|blessed|blessing
calculate	calculated|calculate|calculation
exist	exist|existed|existence
depend	depend|depended|dependent|dependence
contain	contain|contained|contains
compare	compare|compared|comparison
lazy	lazy|laziness
polite	polite|politely|politeness
low	low|lower|lowest
illegal	illegal|illegally
current	current|currently
next	next
previous	previous|previously|preceding
tiny	tiny
pretty	pretty
divine	divine
artificial	artificial
medical	medical|medically
digital	digital
however	however|nevertheless
mostly	mostly|predominantly
partly	partly|partially
directly	directly
gradually	gradually|gradual
mosque	mosque|mosques
temple	temple|temples
town hall	town hall|city hall
barracks	barracks
monument	monument|monuments|memorial
ruin	ruin|ruins|ruined
territory	territory|territories
zone	zone|zones
twins	twins
childhood	childhood
divorce	divorce|divorced
inheritance	inheritance|inherited|heir|heirs|heritage
career	career|careers
document	document|documents
file	file|files
signature	signature
fate	fate|destiny
miracle	miracle|miracles
adventure	adventure|adventures
symbol	symbol|symbols|symbolic
flag	flag|flags
sign	signs
address	address|addresses
# Further vocabulary
sunrise	sunrise
dusk	dusk|twilight
tide	tide|tides
hedge	hedge|hedges
fountain	fountain|fountains|wells
mill	mills|windmill
canal	canal|canals
spider	spider|spiders
frog	frog|frogs
whale	whale|whales
elephant	elephant|elephants
tiger	tiger|tigers
camel	camel|camels
fur	furs
horn	horn|horns
cage	cage|cages
mechanic	mechanics
miner	miners
guard	guard|guards|guardian
spy	spy|spies|espionage
sofa	sofa|couch
ink	ink
pencil	pencil|pencils
notebook	notebook|notebooks
coin	coin|coins
sauce	sauce|sauces
lemon	lemon|lemons
orange	orange|oranges
strawberry	strawberry|strawberries
fist	fist|fists
skull	skull|skulls
flu	influenza
ally	ally|allies|alliance
missile	missile|missiles
tank	tank|tanks
fleet	fleet
veteran	veteran|veterans
famine	famine
tragedy	tragedy|tragic
account	account|accounts
duration	duration
comfortable	comfortable|comfort
glad	glad|pleased
visible	visible|visibility
invisible	invisible
popular	popular|popularity
release	release|released
pour	pour|poured|pouring
swear	swore|sworn|oath
guess	guess|guessed
prefer	prefer|preferred|preference
hesitate	hesitate|hesitated|hesitation
apologize	apologised|apologized|apology|apologise|apologize

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
# Prepositions that open sentences ("Along the coast…", "Amid the talks…").
along
across
amid
among
around
behind
below
beneath
beside
beyond
despite
inside
outside
throughout
toward
towards
within
without

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
# The lexicons share one list of concepts, grouped by topic; a concept is left out
# of a language where its words would also match frequent words of another meaning.
# Mountains, landscape and water
mountain	montagne|montagnes
summit	sommet|sommets|cime|cimes
glacier	glacier|glaciers
hut	cabane|cabanes|refuge|refuges
valley	vallée|vallées|vallon
village	village|villages
snow	neige|neiges|neigé
ice	glace|glaces
rock	rocher|rochers|roches|rocheux|rocheuse
stone	pierre|pierres
river	rivière|rivières|fleuve|fleuves
lake	lac|lacs
forest	forêt|forêts
path	chemin|chemins|sentier|sentiers
ridge	arête|arêtes
wall	mur|murs|muraille|murailles
slope	pente|pentes|versant|versants
pass	cols
crevasse	crevasse|crevasses
avalanche	avalanche|avalanches
debris flow	lave torrentielle|laves torrentielles
rockfall	éboulement|écroulement|éboulements
field	champs
meadow	prairie|prairies|alpage|alpages|pâturage|pâturages
grass	herbe|herbes
hill	colline|collines|coteau|coteaux
plain	plaine|plaines
plateau	plateau|plateaux
cliff	falaise|falaises
cave	grotte|grottes
gorge	gorge|gorges|ravin|ravins
stream	ruisseau|ruisseaux|torrent|torrents
waterfall	cascade|cascades|chute d'eau
source	source|sources
sea	maritime|maritimes
ocean	océan|océans
coast	côte|côtes|littoral
beach	plage|plages
island	île|îles
riverbank	rive|rives
wave	vague|vagues
flood	inondation|inondations|crues
desert	désert|déserts
earth	terre|terres
ground	terrain|terrains
sand	sable|sables
mud	boue|boues
dust	poussière|poussières
landscape	paysages
nature	nature
environment	environnement
region	région|régions
world	monde|mondes
horizon	horizon
view	vue|vues|panorama
edge	bord|bords
height	altitude|altitudes
depth	profondeur|profondeurs
moraine	moraine|moraines
serac	sérac|séracs
cornice	corniche|corniches
couloir	couloir|couloirs
rope	corde|cordes|cordée|cordées
axe	piolet|piolets
crampon	crampon|crampons
climb	ascension|ascensions|montée|montées
climber	alpiniste|alpinistes|grimpeur|grimpeurs
mountaineering	alpinisme
guide	guide|guides
expedition	expédition|expéditions
bivouac	bivouac|bivouaquer
ski	ski|skis|skieur|skieurs
alps	Alpes|alpin|alpine|alpins
chalet	chalet|chalets
volcano	volcan|volcans
earthquake	séisme|séismes|tremblement de terre
# Weather, sky and light
weather	météo|intempéries
storm	tempête|tempêtes|orage|orages
rain	pluie|pluies|pleuvait|pleut
wind	vents|rafale|rafales
fog	brouillard|brume
sun	soleil
sky	ciel|cieux
cloud	nuage|nuages
cold	froid|froide|froids|froides
heat	chaleur|chaleurs
warm	chaud|chaude|chauds|chaudes
frost	gel|gelée
thunder	tonnerre
lightning	éclair|éclairs|foudre
hail	grêle
drought	sécheresse
climate	climat|climatique
temperature	température|températures
moon	lune|lunes
star	étoile|étoiles
light	lumière|lumières
light2	brillait|brillaient|brilla|brille|brillant
shadow	ombre|ombres
dawn	aurore
sunset	coucher du soleil
air	air|airs
# Time
time	temps
moment	moment|moments|instant|instants
minute	minute|minutes
hour	heures
day	jours|journée|journées
night	nuit|nuits
morning	matin|matinée|matins
evening	soir|soirée|soirs|soirées
noon	midi
afternoon	après-midi
midnight	minuit
week	semaine|semaines
weekend	week-end
month	mois
year	année|années|ans
decade	décennie|décennies
century	siècle|siècles
age	âge|âgé|âgée|âgés
era	époque|époques
future	avenir|futur|future|futurs
history	histoire|histoires
winter	hiver|hivers
spring	printemps
autumn	automne
season	saison|saisons
holiday	vacances|congé|congés
feast	fête|fêtes|célébra|célébré|célébrait|fêtait|fêté
birthday	anniversaire
christmas	Noël
easter	Pâques
date	date|dates
calendar	calendrier
clock	horloge|pendule
end	fin|fins
today	aujourd'hui
yesterday	hier
tomorrow	demain
now	maintenant
soon	bientôt
late	tard|tardif|retard
early	tôt|précoce
always	toujours
never	jamais
often	souvent
sometimes	parfois|quelquefois
again	encore
already	déjà
finally	enfin|finalement
suddenly	soudain|soudainement|brusquement
immediately	aussitôt|immédiatement
recently	récemment
meanwhile	entre-temps
formerly	autrefois|jadis|naguère
# People and family
person	personnes
people	gens|peuple|peuples
human	humain|humaine|humains|humanité
woman	femme|femmes
man	homme|hommes
child	enfant|enfants
boy	garçon|garçons
girl	jeune fille|jeunes filles
baby	bébé|bébés|nourrisson
youth	adolescent|adolescents|adolescente
adult	adulte|adultes
old man	vieillard|vieillards
father	père|pères
mother	mère|mères
parents	parents
brother	frère|frères
sister	soeur|soeurs|sœur|sœurs
son	fils
daughter	fille
grandfather	grand-père
grandmother	grand-mère
grandchild	petit-fils|petite-fille|petits-enfants
uncle	oncle|oncles
aunt	tante|tantes
cousin	cousin|cousine|cousins
husband	maris|époux
wife	épouse|épouses
marriage	mariage|mariages|noces|épousa|épousé|marié|mariés
bride	fiancée
widow	veuve|veuves|veuf
orphan	orphelin|orpheline|orphelins
family	famille|familles
ancestor	ancêtre|ancêtres|aïeux
generation	génération|générations
friend	ami|amis|amie|amies|amitié
neighbour	voisin|voisine|voisins
guest	hôtes|convive|convives
stranger	étranger|étrangère|étrangers|étrangères
enemy	ennemi|ennemie|ennemis
companion	compagnon|compagnons|compagne
lover	amant|amante|amants
couple	couple|couples
name	noms|prénom|prénoms
gentleman	monsieur|messieurs
lady	dame|dames|madame|mesdames
master	maître|maîtres
servant	serviteur|servante|domestique|valet
crowd	foule|foules
inhabitant	habitant|habitants|habitante
population	population|populations
citizen	citoyen|citoyenne|citoyens
tourist	touriste|touristes
member	membre|membres
group	groupe|groupes
team	équipe|équipes
leader	chef|chefs|dirigeant|dirigeants
hero	héros|héroïne
victim	victime|victimes
witness	témoin|témoins
# Occupations and roles
doctor	médecin|médecins
nurse	infirmière|infirmier|infirmières
priest	curé|pasteur|prêtre|prêtres
monk	moine|moines
nun	religieuse|religieuses|nonne|nonnes
bishop	évêque|évêques
pope	papes
teacher	instituteur|institutrice|enseignant|enseignante|enseignants|professeur|professeurs
student	étudiant|étudiants|étudiante
pupil	élève|élèves
painter	peintre|peintres
artist	artiste|artistes
writer	écrivain|écrivains|auteur|auteurs
poet	poète|poètes
musician	musicien|musicienne|musiciens
singer	chanteur|chanteuse|chanteurs
actor	acteur|actrice|acteurs|comédien|comédienne
journalist	journaliste|journalistes|reporter
photographer	photographe|photographes
scientist	savant|savants|scientifique|scientifiques
geologist	géologue|géologues
engineer	ingénieur|ingénieurs
architect	architecte|architectes
lawyer	avocat|avocats|avocate
judge	juge|juges
officer	officier|officiers
general	général|généraux
captain	capitaine|capitaines
king	roi|rois
queen	reine|reines
prince	prince|princes|princesse
emperor	empereur|impératrice
noble	noble|nobles|noblesse
farmer	paysanne|paysannes|agriculteur|agriculteurs|fermier
shepherd	berger|bergers|bergère
fisherman	pêcheur|pêcheurs
craftsman	artisan|artisans
carpenter	charpentier|menuisier
smith	forgeron
baker	boulanger|boulangère
cook	cuisait|cuit|cuisiné
merchant	marchand|marchands|commerçant|commerçants|négociant
seller	vendeur|vendeuse|vendeurs
employee	employé|employés|employée|salarié|salariés
boss	directeur|directrice|directeurs|patron|patrons
driver	conducteur|conductrice|chauffeur
pilot	pilote|pilotes
sailor	marin|marins|matelot|matelots
secretary	secrétaire
expert	expert|experts|spécialiste|spécialistes
president	président|présidente|présidents
minister	ministre|ministres
mayor	maire|maires
ambassador	ambassadeur|ambassadeurs
spokesman	porte-parole
politician	politicien|politiciens
thief	voleur|voleurs|voleuse
prisoner	prisonnier|prisonniers|détenu|détenus
criminal	criminel|criminels|malfaiteur|malfaiteurs|délinquant|délinquants
refugee	réfugié|réfugiés|réfugiée
patient	patient|patients|patiente
# Body and health
body	corps
head	tête|têtes
face	visage|visages|figure
eye	oeil|yeux|œil
ear	oreille|oreilles
nose	nez
mouth	bouche|bouches
lip	lèvre|lèvres
tooth	dent|dents
hair	cheveux|chevelure|poils
beard	barbu|barbus
neck	nuque
shoulder	épaule|épaules
hand	main|mains
finger	doigt|doigts
nail	ongles
chest	poitrine
belly	ventre
heart	coeur|cœur|coeurs|cœurs
blood	sang|sanglant|sanglante
bone	os
skin	peau|peaux
muscle	muscle|muscles
brain	cerveau|cerveaux
lung	poumon|poumons
stomach	estomac
leg	jambe|jambes
knee	genou|genoux
foot	pied|pieds
toe	orteil|orteils
breath	souffle|respiration|respirait|haleine
sweat	sueur|transpiration
tear	larme|larmes
health	santé
illness	maladie|maladies
sick	malade|malades
pain	douleur|douleurs
wounded	blessé|blessés|blessée|blessées|blessure|blessures|plaie|plaies
fever	fièvre
cough	toux|toussait
infection	infection|infections|contamination|infecté
virus	virus
epidemic	épidémie|pandémie
vaccine	vaccin|vaccins|vaccination|vacciné|vaccinés
cancer	cancer|cancers
heart attack	infarctus
medication	médicament|médicaments|remède|remèdes
hospital	hôpital|hôpitaux|clinique|cliniques
treatment	traitement|traitements|soigné|soigna|soins
operation	opération|opérations|opéré|opérée
death	mort|décès
dead	défunt|défunte|défunts|décédé|décédée|décédés
corpse	cadavre|cadavres|dépouille
grave	tombeau|tombeaux|sépulture
funeral	enterrement|funérailles|obsèques
birth	naissance|naissances|naquit|né|née
pregnant	enceinte|grossesse
life	vies|vivant|vivante|vivants
strength	force|forces
strong	forte|forts|fortes
weak	faible|faibles|faiblesse
tired	fatigué|fatigués|fatiguée|fatigue|épuisé|épuisés
hunger	faim|affamé|affamés
thirst	soif|assoiffé
sleep	dormit|dormirent|dormait|dormaient|dormir|dort|sommeil
dream	rêve|rêves|rêvait|rêva|rêvé
# Feelings and mind
feeling	sentiment|sentiments
love	amour|amours|aimait|aimaient|aimèrent|aime|aimé|aimée
hate	haine|haïssait|détestait
joy	joie|joies
happy	heureux|heureuse|heureuses|bonheur
luck	chance|chances
sad	triste|tristes|tristesse
fear	peur|peurs|crainte|craintes|craignait
courage	courage|courageux|courageuse|brave|braves|bravoure
anger	colère|fureur|furieux|furieuse
shame	honte|honteux|honteuse
pride	fierté|orgueil|fier|fière
hope	espoir|espoirs|espérance|espérait|espérant
despair	désespoir|désespéré|désespérée
worry	souci|soucis|inquiétude|inquiet|inquiète|inquiéta
surprise	surprise|surpris|surprit|étonné|étonnement
pity	pitié|compassion
loneliness	solitude|solitaire|solitaires
peace	paix|paisible
silence	silence|silencieux|silencieuse|taisait
calm	calme|tranquille|tranquillité
patience	patience
trust	confiance
doubt	doute|doutes|doutait
mind	esprit|esprits
soul	âme|âmes
thought	pensée|pensées
idea	idée|idées
memory	souvenir|souvenirs|mémoire
remember	rappela|rappelait|rappelle|souvint|souvenait
forget	oublia|oublié|oubliait|oublie|oublier
reason	raison|raisons|raisonnable
wisdom	sagesse
madness	folie|folle|folles
knowledge	connaissance|connaissances|savoir
belief	croyance|croyances
will	volonté|volontés
desire	désir|désirs|envie|envies|souhait|souhaits
attention	attention|attentif|attentive
mistake	erreur|erreurs|fautes
truth	vérité|vérités|vrai|vraie|vrais
lie	mensonge|mensonges|mentait|mentir|mentaient
secret	secret|secrets|secrète
# House and home
house	maison|maisons
home	foyer|foyers|domicile
building	bâtiment|bâtiments|édifice|immeuble|immeubles
apartment	appartement|appartements|logement|logements
room	chambre|chambres|salle|salles
kitchen	cuisine|cuisines
cellar	cave|caves|cellier
attic	grenier
floor	étage|étages
stairs	escalier|escaliers
step	marche|marches
door	porte|portes
window	fenêtre|fenêtres
roof	toit|toits|toiture
garden	jardin|jardins
fence	clôture|barrière
gate	grille|grilles
key	clé|clés|clef|clefs
castle	château|châteaux|forteresse
palace	palais
furniture	meuble|meubles|mobilier
bed	lits|couchette|couchettes
table	tables
chair	chaise|chaises|fauteuil|fauteuils
bench	banc|bancs
cupboard	armoire|placard
box	boîte|boîtes|caisse|caisses
bag	sacs|sacoche|sacoches
rucksack	sac à dos
basket	panier|paniers
bottle	bouteille|bouteilles|flacon
glass	verres|vitre|vitres
cup	tasse|tasses
plate	assiette|assiettes
pot	marmite|casserole
knife	couteau|couteaux
spoon	cuillère|cuillères|cuiller
fork	fourchette|fourchettes
blanket	couverture|couvertures
pillow	coussin|coussins
lamp	lampe|lampes|lanterne|lanternes
candle	bougie|bougies|chandelle|chandelles
mirror	miroir|miroirs
picture	image|images|peinture|peintures
clothes	vêtement|vêtements|robes
coat	manteau|manteaux
jacket	veste|vestes|veston
shirt	chemise|chemises
trousers	pantalon|pantalons
shoe	chaussure|chaussures|soulier|souliers|botte|bottes
hat	chapeau|chapeaux
glove	gant|gants
pocket	poche|poches
ring	bagues|anneau|anneaux
jewel	bijou|bijoux|joyau
umbrella	parapluie
toy	jouet|jouets
gift	cadeau|cadeaux
thing	chose|choses|objet|objets
tool	outil|outils|appareil|appareils
machine	machine|machines
wood	bois
fire	feu|feux|incendie|incendies
smoke	fumée|fumées
ash	cendre|cendres
stove	poêle|fourneau
coal	charbon
oil	huile|huiles|pétrole
soap	savon
water	eau|eaux
electricity	électricité|électrique|électriques
# Food and drink
food	nourriture|aliment|aliments
meal	repas|dîner|déjeuner
breakfast	petit-déjeuner
bread	pain|pains
meat	viande|viandes
fish	poisson|poissons
milk	lait|laitier|laitière
cheese	fromage|fromages
butter	beurre
egg	oeuf|oeufs|œuf|œufs
sugar	sucre
honey	miel
flour	farine
soup	soupe|soupes|potage
fruit	fruit|fruits
apple	pomme|pommes
potato	pommes de terre|pomme de terre
vegetable	légume|légumes
rice	riz
sausage	saucisse|saucisses|saucisson
chocolate	chocolat
coffee	café|cafés
tea	thé
wine	vins|vignoble|vignobles
beer	bière|bières
drink	burent|buvait|buvaient|boire|boit
eat	mangea|mangèrent|mangé|mangeait|mangeaient|manger|mange
taste	goût|goûts|goûta
# Animals, plants and farming
animal	animal|animaux|bête|bêtes
horse	chevaux|jument
cow	vache|vaches|bétail
bull	taureau|taureaux|boeuf|bœuf|boeufs|bœufs
calf	veau|veaux|génisse
sheep	mouton|moutons|brebis
lamb	agneau|agneaux
goat	chèvre|chèvres
pig	porc|porcs|cochon|cochons
dog	chien|chiens|chienne
cat	chats|chatte|chaton
mouse	souris
rat	rats
chicken	poule|poules|poulet|coqs
bird	oiseau|oiseaux
eagle	aigle|aigles
crow	corbeau|corbeaux|corneille
wolf	loup|loups|louve
bear	ours|ourse
fox	renard|renards
deer	cerf|cerfs|chevreuil|biche
chamois	chamois
ibex	bouquetin|bouquetins
marmot	marmotte|marmottes
hare	lièvre|lièvres|lapin|lapins
snake	serpent|serpents
insect	insecte|insectes
bee	abeille|abeilles
butterfly	papillon|papillons
herd	troupeau|troupeaux
nest	nid|nids
wing	aile|ailes
feather	plume|plumes
tail	queue
hunting	chasse|chassait|chassé|chasseur|chasseurs
plant	plante|plantes|planta|planté
tree	arbre|arbres
flower	fleur|fleurs|fleuri
leaf	feuille|feuilles|feuillage
branch	branche|branches|rameau
root	racine|racines
seed	graine|graines|semence
fir	sapin|sapins|épicéa
pine	pins|arole
larch	mélèze|mélèzes
oak	chêne|chênes
beech	hêtre|hêtres
moss	mousse
bush	buisson|buissons|arbuste
mushroom	champignon|champignons
rose	rose|roses
farm	fermes|exploitation agricole|exploitations agricoles
agriculture	agriculture|agricole|agricoles
harvest	récolte|récoltes
grain	blé|céréales|froment|seigle
hay	foin
straw	paille
plough	charrue|labour|labourait
barn	grange|granges
stable	étable|étables|écurie|écuries
# Travel, transport and places
journey	voyage|voyages|voyagea|voyageait|voyagé|voyageur|voyageurs|voyageuse
road	route|routes|chaussée
street	rue|rues|ruelle
direction	direction|directions
bridge	pont|ponts
tunnel	tunnel|tunnels
car	voiture|voitures|véhicule|véhicules|automobile
truck	camion|camions|poids lourd
bus	autocar|autocars|autobus
bicycle	vélo|vélos|bicyclette
train	trains|ferroviaire|ferroviaires
station	gare|gares|station
airport	aéroport|aéroports
plane	avion
flight	vols
helicopter	hélicoptère|hélicoptères
ship	navire|navires|bateau|bateaux
boat	barque|canot|embarcation
port	ports
passenger	passager|passagers|passagère
ticket	billet|billets|ticket
luggage	bagage|bagages
traffic	circulation|trafic
accident	accident|accidents
speed	vitesses|rapidité
distance	distance|distances|trajet
arrival	arrivée|arrivées
departure	départ|départs
place	endroit|endroits|lieux
city	ville|villes|cité
capital	capitale
square	place|places
market	marché|marchés
shop	boutique|boutiques|magasin|magasins
restaurant	restaurant|restaurants
inn	auberge|auberges
hotel	hôtel|hôtels
country	pays
border	frontière|frontières
canton	canton|cantons|cantonal|cantonale|cantonaux
commune	commune|communes|municipalité
state	État|États|étatique
nation	nation|nations|national|nationale|nationaux
province	province|provinces
europe	Europe|européen|européenne|européens
switzerland	suisse|suisses
germany	Allemagne|allemand|allemande|allemands
france	France|français|française|françaises
italy	Italie|italien|italienne|italiens
austria	Autriche|autrichien|autrichienne|autrichiens
england	Angleterre|anglais|anglaise|anglaises
america	Amérique|américain|américaine|américains
russia	Russie|russe|russes
china	Chine|chinois|chinoise
africa	Afrique|africain|africaine|africains
asia	Asie|asiatique|asiatiques
north	nord
south	sud
east	oriental|orientale|orientaux
west	ouest|occident|occidental|occidentale
left	gauche|gauches
right	droite
above	dessus
below	dessous
inside	intérieur|dedans
outside	extérieur|dehors
middle	milieu|centre|centres
side	côté|côtés
# Politics, government and law
government	gouvernement|gouvernements|gouvernemental
politics	politique|politiques
parliament	parlement|parlementaire|parlementaires
election	élection|élections|élu|élue|élus|électeur|électeurs|électorat|électoral|électorale
vote	vote|votes|votation|scrutin|voté|votèrent
referendum	référendum|initiative|initiatives
democracy	démocratie|démocratique|démocratiques
power	pouvoirs|puissance|puissant|puissante
authority	autorité|autorités
administration	administration|administratif|administrative
office	bureau|bureaux|office
ministry	ministère|ministères
council	conseil|conseils|conseiller|conseillère|conseillers
committee	commission|commissions|comité|comités
meeting	assemblée|séance|séances|réunion|réunions|conférence
decision	décision|décisions|décida|décidé|décidait
law	législation|légal|légale|légaux
constitution	constitution|constitutionnel|constitutionnelle
rule	règle|règles|règlement|règlements
court	tribunal|tribunaux
justice	justice|injustice
trial	procès
judgment	jugement|jugements|verdict|condamné|condamnée|condamnation
prison	prison|prisons|détention|emprisonné
crime	crime|crimes|délit|délits
murder	meurtre|meurtres|assassinat|assassiné|meurtrier|assassin
theft	volé|volée|volés|cambriolage
police	police|policier|policiers|policière|gendarme|gendarmes|gendarmerie
arrest	arrestation|arrestations|interpellé|interpellés|appréhendé
investigation	enquête|enquêtes|investigation
evidence	preuve|preuves|prouva|prouvé|prouver
accusation	accusation|accusé|accusée|accusations|inculpé
punishment	punition|sanction|sanctions|amende|amendes
freedom	liberté|libertés|libre|libres
human rights	droits de l'homme|droits humains
protest	protestation|manifestation|manifestations|manifestants
strike	grève|grèves|grévistes
reform	réforme|réformes
agreement	accord|accords|convention
negotiation	négociation|négociations|négocié
crisis	crise|crises
conflict	conflit|conflits|querelle|différend
opposition	opposition|opposant|opposants|adversaire|adversaires
support	soutien|soutenu|soutenait|soutint|appui
majority	majorité|majoritaire
minority	minorité|minorités|minoritaire
federal	fédéral|fédérale|fédéraux|Confédération
republic	république
kingdom	royaume
empire	empire|empires
independence	indépendance|indépendant|indépendante
tax	impôt|impôts|taxe|taxes
budget	budget|budgets
public	publique|publics|publiques
official	officiel|officielle|officiels|fonctionnaire|fonctionnaires
international	international|internationale|internationaux
diplomacy	diplomatie|diplomatique|diplomatiques
embassy	ambassades
union	syndicat|syndicats|syndical
# Economy, money and work
economy	économie|économique|économiques
money	argent
franc	francs
euro	euros
dollar	dollar
price	prix
cost	coût|coûts|coûte|coûtait|coûter
payment	paiement|paiements|payé|payée|payait|paya|payer
salary	salaire|salaires
profit	bénéfice|bénéfices|profit|profits
loss	perte|pertes
debt	dette|dettes|endetté
bank	banque|banques|bancaire|bancaires
business	affaires
company	entreprise|entreprises|firme|firmes
factory	usine|usines|fabrique
industry	industrie|industriel|industrielle|industriels
trade	commerce|commercial|commerciale|commerciaux
export	exportation|exportations|exporté
import	importation|importations|importé
goods	marchandises|biens
product	produit|produits|production|fabrication|fabriqué
customer	client|clients|cliente
consumer	consommateur|consommateurs|consommation
investment	investissement|investissements|investi
stock	actionnaire|actionnaires
growth	croissance
inflation	inflation
unemployment	chômage|chômeur|chômeurs
job	emploi|emplois|poste|postes|métier|métiers
work	travail|travaux|travaillait|travaillaient|travaillent|travailla|travaillé|travaille|ouvrier|ouvriers|ouvrière
rich	riche|riches|richesse|richesses
poor	pauvre|pauvres|pauvreté|misère
expensive	chère|chères|onéreux|onéreuse
buy	acheta|achetait|acheté|achète|acheter|achat|achats
sell	vendit|vendu|vendue|vendus|vendait|vendaient
insurance	assurance|assurances|assuré|assurés
tourism	tourisme|touristique
energy	énergie|énergies|énergétique
# Science, education and communication
science	science|sciences
research	étude|études
observation	observation|observations|observa|observé|observait
experiment	expérience|expériences
result	résultat|résultats
method	méthode|méthodes|procédé
theory	théorie|théories
problem	problème|problèmes
solution	solution|solutions
cause	cause|causes
effect	effets|conséquence|conséquences
example	exemple|exemples
information	information|informations|renseignement|renseignements
data	données
number	nombre|nombres|numéro|chiffre|chiffres
measurement	mesure|mesures
measure2	mesura|mesurèrent|mesuré|mesurait|mesurée
instrument	instrument|instruments
thermometer	thermomètre|thermomètres
barometer	baromètre|baromètres
degree	degré|degrés
meter	mètre|mètres
kilometer	kilomètre|kilomètres
centimeter	centimètre|centimètres
kilogram	kilogramme|kilogrammes|kilos
ton	tonnes
percent	pour cent|pourcentage
weight	poids
size	taille|dimension|dimensions|ampleur
length	longueur|longueurs
volume	volume|volumes|quantité|quantités
surface	surface|surfaces|superficie
line	ligne|lignes
point	point|points|pointe|pointes
circle	cercle|cercles
form	forme|formes
technology	technique|techniques|technologie|technologique
computer	ordinateur|ordinateurs|informatique
internet	internet
telephone	téléphone|téléphona|portable
radio	radio
television	télévision|télé
newspaper	journaux|quotidien|quotidiens|gazette
news	nouvelle|nouvelles
media	médias
article	article|articles
report	rapport|rapports
message	message|messages
letter	lettre|lettres
book	livre|livres|ouvrage
page	page|pages
story	récit|récits
word	parole|paroles|mots
language	langue|langues|langage
sentence	phrase|phrases
question	question|questions|demanda|demandait|demandé
answer	réponse|réponses|répondit|répondirent|répondait|répondu
map	carte|cartes
school	école|écoles
university	université|universités
lesson	leçon|leçons
education	éducation|formation|enseignement
exam	examen|examens
museum	musée|musées
library	bibliothèque|bibliothèques
# War, military, disasters
war	guerre|guerres
army	armée|armées
army2	militaires|militaire|forces armées
soldier	soldat|soldats
troops	troupes
weapon	arme|armes
gun	fusil|fusils|pistolet|canon|canons
bomb	bombe|bombes|explosif
explosion	explosion|explosions|explosa
shot	coup de feu|coups de feu|abattu|abattus
attack	attaque|attaques|attaqué|attentat|attentats
battle	bataille|batailles|combat|combats|combattit|combattu
defence	défense|défendit|défendu|défendait
victory	victoire|victoires|vainquit|vaincu
defeat	défaite|défaites
occupation	occupation|occupé|occupée
terrorism	terrorisme|terroriste|terroristes
hostage	otage|otages
violence	violence|violent|violente|violents
security	sécurité
dangerous	dangereux|dangereuse|dangereuses|danger|dangers|péril|périls|périlleux
safe	sûr|sûre|sûrs|sûres
danger2	alerte|alertes|avertissement|avertissements|averti
disaster	catastrophe|catastrophes|désastre
damage	dégâts|dommages|endommagé
fire brigade	pompier|pompiers
rescue	sauvetage|sauveteurs|sauvé|sauvée|sauvés|secouristes
search	recherche|recherches|cherchait|chercha|cherché|chercher
help	aide|aida|aidé|aidait|secours
evacuation	évacuation|évacués|évacué|évacuée
emergency	urgence|urgences
# Culture, religion and sport
culture	culture|culturel|culturelle|culturels
art	art|arts|artistique
music	musique|musiques|musical|musicale
song	chanson|chansons|chants|chantait|chantaient|chanté|chanter
dance	danse|danses|dansait|dansa|dansé|danser
theatre	théâtre|théâtres
film	film|films|cinéma
game	jeux|jouait|jouaient|joua|joué|jouer
sport	sport|sports|sportif|sportive|sportifs
football	football
match	match|matchs
player	joueur|joueurs|joueuse
race	course|courses|compétition|compétitions
champion	champion|champions|championne|championnat
goal	but|buts|objectif|objectifs
medal	médaille|médailles
religion	religion|religions|religieux
god	dieu|dieux
church	église|églises
chapel	chapelle|chapelles
cathedral	cathédrale|cathédrales
monastery	monastère|couvent|abbaye
prayer	prière|prières|priait|pria
paradise	paradis
hell	enfers
devil	diable|diables|démons
angel	anges
sin	péché|péchés
bible	Bible
mass	messe|messes|culte
saint	saint|sainte|saints|saintes|sacré|sacrée
bell	cloche|cloches
cross	croix
tradition	tradition|traditions|traditionnel|traditionnelle|coutume|coutumes
legend	légende|légendes
# Verbs: speaking, perceiving, thinking
say	dit|dirent|disai|dira|disant
speak	parla|parlèrent|parlé|parlai|parle|parler|parlent
tell	raconta|racontai|raconté|raconte|raconter
call	appela|appelèrent|appelé|appelai|appelle|appeler
shout	cria|crièrent|criai|hurla|hurlai|hurlé|hurlement
request	supplia|suppliait|supplié|requête|requêtes|sollicité
explain	expliqua|expliquai|expliqué|explique|expliquer|explication
describe	décrivit|décrivai|décrit|décrite|décrire|description
announce	annonça|annonçai|annoncé|annonce|annoncer
declare	déclara|déclarai|déclaré|déclare|déclaration|déclarations
promise	promit|promettai|promis|promet|promesse|promesses
thank	remercia|remerciai|remercié|remercie|remerciements
greet	salua|saluai|salué|salue
laugh	rirent|riai|rire|riant
smile	sourit|sourirent|souriai|sourire|souriant
cry	pleura|pleurai|pleuré|pleure|pleurer
see	virent|voyai|vu|voient|voir
look	regarda|regardèrent|regardai|regardé|regarde|regarder
notice	remarquai|remarqué|remarque|aperçut|aperçu
hear	entendit|entendirent|entendu|entendai|entend|entendre
listen	écouta|écoutai|écouté|écoute|écouter
feel	sentit|sentirent|sentai|sentir|ressentit|ressenti
smell	odeur|odeurs|parfum
think	pensa|pensai|pense|penser|pensent
believe	croyai|crut|crurent|croit|croire
know	savai|surent|sait|savent
recognize	reconnut|reconnurent|reconnaiss|reconnaît|reconnu|reconnue
understand	comprit|comprirent|comprenai|compris|comprend|comprendre
learn	apprit|apprirent|apprenai|appris|apprend|apprendre
teach	enseignai|enseigné|enseigne
expect	prévu|prévue|prévus|prévoit|prévoyait|prévision|prévisions
imagine	imagina|imaginai|imaginé|imagine|imaginer
mean	signifia|signifiai|signifie|signifié|signification
seem	semblai|semble|semblent
# Verbs: motion and position
come	vint|vinrent|venu|venue|venus|venai|vient|viennent|venir|arriva|arrivèrent|arrivai|arrive|arriver|arrivent
go	allèrent|allai|allé|allée|allés|allons|aller|vont|irait
walk	marchait|marchaient|marchèrent|promena|promenai|promenade
run	courut|coururent|courai|courir
drive	conduisit|conduisai|conduit|conduite|conduire
swim	nagea|nageai|nagé|nager
jump	sauta|sautai|sauté|sauter
climb2	montèrent|grimpa|grimpé|grimpait|montait|montaient
descend	descente|descendit|descendirent|descendai|descendu|descendre
fall	tomba|tombèrent|tombé|tombai|tomber|tombent|chute|chutes
rise	leva|levai|levé|lève|lever
stand	debout
sit	assise|asseyait|asseoir
lie down	couché|couchée|coucha|couchai|étendu
leave	quitta|quittèrent|quittai|quitté|quitte|quitter
depart	partirent|partai
return	revint|revinrent|revenai|retour|retourna|retourné
enter	entrèrent|entré|entrait|entraient
follow	suivit|suivirent|suivai|suivi|suivie|suivre
pass by	passèrent|passai|passer
traverse	traversa|traversai|traversé|traverser
flee	fuit|fuirent|fuyai|enfui|enfuit|fuite
hide	cacha|cachai|caché|cachée|cacher
move	bougea|bougeai|bougé|bouger|mouvement|mouvements
turn	tournèrent|tournai|tourné|tourner
stop	arrêta|arrêtèrent|arrêtai|arrêté|arrête|arrêter
push	poussa|poussai|poussé|pousser
pull	tirai|tiré|tirer|tirèrent
carry	portèrent|porté|portait|portaient
bring	apporta|apportèrent|apportai|apporté|apporter|amena|amené
take	prit|prirent|prenai|prise|prend|prendre|prennent
give	donna|donnèrent|donnai|donner|donnent
send	envoya|envoyai|envoyé|envoie|envoyer
receive	reçut|reçurent|recevai|reçu|reçue|reçoit|recevoir
put	posa|posai|posé|poser|plaça|placé
hold	tinrent|tenai|tenu|tenue|tient|tenir
throw	jeta|jetèrent|jetai|jeté|jeter
catch	attrapa|attrapai|attrapé|saisit|saisi
lose	perdit|perdirent|perdai|perdu|perdue|perd|perdre
find	trouva|trouvèrent|trouvai|trouvé|trouve|trouver
reach	atteignit|atteignirent|atteignai|atteint|atteinte|atteindre
wait	attendit|attendirent|attendai|attendu|attend|attendre
meet	rencontra|rencontrèrent|rencontrai|rencontré|rencontre|rencontrer
visitor	visita|visitai|visité|visite|visites|visiter|visiteur|visiteurs|visiteuse
# Verbs: doing and making
remain	resta|restèrent|restai|resté|reste|rester
begin	commença|commencèrent|commençai|commencé|commence|commencer|commencement|débuta|début|débute
finish	acheva|achevé|achever|terminé|termine|terminer|terminai
open	ouvrit|ouvrirent|ouvrai|ouvert|ouverte|ouvre|ouvrir
close	ferma|fermèrent|fermai|fermé|fermée|fermer
build	construisit|construisai|construit|construite|construire|construction|constructions
destroy	détruisit|détruit|détruite|détruits|détruire|destruction
die	mourut|moururent|mourai|mourir|meurent|mourant
kill	tua|tuèrent|tuai|tué|tués|tuée|tuer
survive	survécut|survécu|survivants|survivant|survie
live	vécut|vécurent|vivai|vécu|vivre|vivent
dwell	habitai|habité|habite|habiter
want	voulai|voulut|voulurent|voulu
can	pouvai|purent|pourrait|pourraient
must	devai|dut|durent
need	besoin|besoins|nécessaire|nécessaires
try	essaya|essayai|essayé|essaie|essayer|tenta|tentai|tenté|tentative|tentatives
do	fit|firent|faisai|faire|fabriqua|fabriquait
use	utilisa|utilisai|utilisé|utilise|utiliser|employa
change	changea|changeai|changé|change|changer|changement|changements
grow	croît|croissait|croissaient|croître
increase	augmenta|augmentai|augmenté|augmente|augmentation|hausse
decrease	baissa|baissé|baisse|diminua|diminué|diminution|recul
cut	coupai|coupé|coupée|couper
break	brisa|brisé|brisée|rompit|rompu
burn	brûla|brûlai|brûlé|brûlée|brûler
wash	lavai|lavé|laver
clean	nettoya|nettoyé|nettoyer
fill	remplit|rempli|remplie|remplir|plein|pleine|pleins
empty	vides|vidait|vidèrent
cover	couvrit|couverte|couverts|couvrir
fix	répara|réparé|réparer|réparation|fixé|fixa
tie	attacha|attaché|attachée|noua|noué
dig	creusa|creusé|creuser
# Verbs: society, communication and events
write	écrivit|écrivirent|écrit|écrite|écrire|écrivait|écrivaient
read	lurent|lisai|lire
draw	dessina|dessiné|dessin|dessins|dessiner
paint	peignit|peinte|peints|peindre
publish	publia|publié|publiée|publier|publication
print	imprima|imprimé|imprimer|imprimerie
count	compté|compter|comptai
choose	choisit|choisirent|choisi|choisie|choisir|choix
accept	accepté|accepter|acceptait|acceptai
refuse	refusa|refusai|refusé|refuse|refuser|refus
allow	permit|permis|permettai|permet|autorisé|autorisation
forbid	interdit|interdite|interdiction
order	ordonna|ordonné|ordre|ordres
obey	obéit|obéir|obéissance
lead	menai|mené|mener|dirigeai|dirigé
govern	gouverna|gouverné|régna|régné|règne
protect	protégea|protégé|protégée|protéger|protection
save	économisa|épargne|épargné
kiss	embrassa|embrassé|baiser|baisers
touch	toucha|touchai|touché|toucher
hit	frappa|frappai|frappé|frapper
suffer	souffrit|souffrai|souffert|souffre|souffrir|souffrance
enjoy	jouit|apprécia|apprécié
belong	appartenai|appartient|appartenu
own	possédai|possédé|possède|posséder|propriétaire|propriétaires
lack	manquai|manqua|manqué|manque|manquer
happen	produisit|survint|survenu|survenue
appear	apparut|apparurent|apparaiss|apparaît|apparu|apparition
disappear	disparut|disparurent|disparu|disparue|disparition|disparaît
continue	continua|continuai|continué|continue|continuer
prepare	prépara|préparai|préparé|prépare|préparer|préparatifs
organize	organisa|organisé|organisée|organiser|organisation
create	créa|créai|créé|créée|créer|création|fonda|fondé|fondée
develop	développa|développé|développer|développement
improve	améliora|amélioré|améliorer|amélioration
discover	découvrit|découvrirent|découvert|découverte|découvrir
examine	examina|examiné|examiner
confirm	confirma|confirmé|confirmer|confirmation
deny	nia|nié|nier|démenti
admit	avoua|avoué|admit|admis
forgive	pardonna|pardonné|pardonner|pardon
invite	invita|invité|invitée|invités|invitation
welcome	accueillit|accueilli|accueil|accueillir|bienvenue
earn	gagna|gagnai|gagné|gagner
win	remporta|remporté|vainqueur|vainqueurs
spend	dépensa|dépensé|dépenses|dépenser
borrow	emprunta|emprunté|emprunt|prêta|prêté
join	rejoignit|rejoint|rejoindre
separate	sépara|séparé|séparée|séparation
gather	rassembla|rassemblé|réunit|recueillit
share	partagea|partagé|partager
# Adjectives
first	premier|première|premiers|premières
second	deuxième|deuxièmes|second|seconde
third	troisième|troisièmes
last	dernier|dernière|derniers|dernières
new	nouveau|nouveaux|neuve|neuves
old	vieux|vieil|vieille|vieilles|ancien|ancienne|anciens|anciennes
young	jeune|jeunes
high	haut|haute|hauts|hautes|élevé|élevée|élevés|élevées
deep	profond|profonde|profonds|profondes|profondément
long	long|longues|longs
short	court|courte|courts|courtes|bref|brève|brèves
large	grand|grande|grands|grandes
small	petit|petite|petits|petites
white	blanc|blanche|blancs|blanches
black	noir|noire|noirs|noires
red	rouge|rouges
green	vert|verte|verts|vertes
blue	bleu|bleue|bleus|bleues
yellow	jaune|jaunes
grey	gris|grise|grises
brown	brune|bruns|marron|brunes
colour	couleur|couleurs
dark	sombre|sombres|obscur|obscure|obscurité|ténèbres
bright	lumineux|lumineuse|éclatant|éclatante
steep	raide|raides|escarpé|escarpée
half	moitié|demi|demie
thousand	mille|milliers
good	bon|bonne|bons|bonnes|meilleur|meilleure|meilleurs
bad	mauvais|mauvaise|mauvaises|pire
beautiful	beau|beaux|belle|belles|beauté
ugly	laid|laide|laids
heavy	lourd|lourde|lourds|lourdes
lightweight	léger|légère|légers|légères|légèrement
hard	durs|dures|dureté|durement
soft	doux|douce|doucement
easy	facile|faciles|facilement|simple|simples
difficult	difficile|difficiles|difficulté|difficultés
important	important|importante|importants|importantes|importance
possible	possible|possibles|possibilité|possibilités
impossible	impossible|impossibles
false	faux|fausse|fausses
correct	correct|correcte|exact|exacte
same	identique|identiques|mêmes
different	différent|différente|différents|différentes|différence|différences
similar	pareil|pareille|pareils|similaire|similaires
strange	étranges|étrangement|bizarre|bizarres
famous	célèbre|célèbres|fameux|fameuse|connu|connue|connus
unknown	inconnu|inconnue|inconnus
clear	clair|claire|clairs|clairement|évident|évidente|évidemment
loud	bruyant|bruyante|bruit|bruits
wide	large|larges|largeur
narrow	étroit|étroite|étroits
thick	épais|épaisse|épaisseur
thin	mince|minces
near	proches|près
far	loin|lointain|lointaine|éloigné|éloignée
wet	mouillé|mouillée|humide|humides
dry	sèche|secs|sèches
dirty	sale|sales|saleté
sweet	sucré|sucrée
bitter	amère|amertume
fresh	fraîche|fraîches|fraîcheur
alone	seul|seule|seuls|seules
kind	gentil|gentille|gentils
cruel	cruel|cruelle|cruauté
honest	honnête|honnêtes
clever	intelligent|intelligente|intelligence
stupid	stupide|stupides|idiot|idiote
careful	prudent|prudente|prudence
modern	moderne|modernes
ancient	antique|antiques
main	principal|principale|principaux|principales
local	local|locale|locaux|locales
private	privé|privée|privés|privées
social	social|sociale|sociaux|sociales
whole	entier|entière|entiers|tout entier
total	totale|totalité|total
certain	certain|certaine|certains|certaines|certitude
serious	grave|graves|sérieux|sérieuse|gravement
special	spécial|spéciale|spéciaux|particulier|particulière|particulièrement
normal	normal|normale|normaux|normalement
usual	habituel|habituelle|habituellement|ordinaire
common	communs
rare	rare|rares|rarement
real	réel|réelle|réels|véritable|véritables
ready	prête|prêtes
enough	assez|suffisant|suffisamment|suffisante
# Adverbs and relations
only	seulement|uniquement
together	ensemble
almost	presque
slowly	lentement|lent|lente|lents|lentes
quickly	vite|rapide|rapides|rapidement
perhaps	peut-être
probably	probablement|probable|sans doute
completely	complètement|totalement|entièrement
unfortunately	malheureusement
fortunately	heureusement
indeed	effectivement|en effet
everywhere	partout
nowhere	nulle part
because	parce que
although	quoique
despite	malgré
without	sans
during	pendant|durant
between	entre
against	contre
behind	derrière
under	sous
beside	auprès
around	autour
across	au-delà
nothing	rien
# Society and abstract notions
voice	voix
society	société|sociétés|association|associations
club	club|clubs
photograph	photo|photos|photographie|photographies|cliché
show	montra|montrèrent|montrai|montrer|montrée|montrés
plan	plans|projet|projets
part	partie|parties
piece	morceau|morceaux
sort	sorte|sortes|genre|genres|espèce|espèces
manner	manière|manières|façon|façons
situation	situation|situations
condition	condition|conditions
chance	occasion|occasions|opportunité
risk	risque|risques
value	valeur|valeurs
quality	qualité|qualités
level	niveau|niveaux
system	système|systèmes
process	processus
programme	programme|programmes
opinion	opinion|opinions|avis
interest	intérêt|intérêts|intéressé|intéressant|intéressante
role	rôle|rôles
position	position|positions|posture
control	contrôle|contrôles|contrôlé
influence	influence|influences|influencé
pressure	pression|pressions
responsibility	responsabilité|responsabilités|responsable|responsables
duty	devoirs
respect	respect|respecté|respecter
honour	honneur|honneurs|honoré
glory	gloire|glorieux|glorieuse
success	succès|réussite|réussi|réussit|réussir
failure	échec|échecs|échoua|échoué
progress	progrès
relationship	relation|relations
contact	contact|contacts
conversation	conversation|conversations|entretien|entretiens|discussion|discussions
debate	débat|débats
demand	exigea|exigé|exigence|exigences|revendication|revendications|réclama|réclamé
offer	offre|offres|offrit|offert|offerte|proposa|proposé|proposition
task	tâche|tâches|mission|missions
effort	effort|efforts
activity	activité|activités
action	action|actions
event	événement|événements|évènement|évènements
# Numbers and materials
two	deux
three	trois
four	quatre|quatrième
five	cinq|cinquième
six	six|sixième
seven	sept|septième
nine	neuvième
ten	dix|dixième
twelve	douze
twenty	vingt
hundred	centaine|centaines
million	million|millions
billion	milliard|milliards
quarter	quarts
double	double|doubles|doublé
gold	doré|dorée|dorés
copper	cuivre
steel	acier
metal	métal|métaux|métallique
paper	papier|papiers
fabric	tissu|tissus|étoffe
leather	cuir
wool	laine
cotton	coton
concrete	béton
plastic	plastique
brick	briques
# More nouns, verbs and adjectives
space	espace|espaces
donkey	âne|ânes
mule	mulet|mulets|mule|mules
lion	lions|lionne
monkey	singe|singes
duck	canard|canards
goose	oie|oies
owl	hibou|hiboux|chouette
corner	coin|coins
carpet	tapis
curtain	rideau|rideaux
bath	bain|bains|baignoire
cigarette	cigarette|cigarettes
pipe	pipe|pipes
wake	réveilla|réveillai|réveillé|réveillée|réveil
blind	aveugle|aveugles
deaf	sourd|sourde|sourds
ambulance	ambulance|ambulances
disabled	handicapé|handicapés|handicap
drug	drogue|drogues|stupéfiants
alcohol	alcool|alcools
candidate	candidat|candidats|candidate|candidature
countryside	campagne|campagnes|rural|rurale|ruraux
immigration	immigration|migration|immigré|immigrés|migrants
asylum	asile
ceasefire	cessez-le-feu|trêve
corruption	corruption|corrompu
scandal	scandale|scandales
kidnapping	enlèvement|enlevé|enlevée|ravisseur|ravisseurs
complaint	plainte|plaintes|recours
suspect	suspect|suspecte|suspects|soupçon|soupçonné|soupçonnée
invoice	facture|factures
stock exchange	bourse|bourses
currency	monnaie|monnaies|devise|devises
employer	employeur|employeurs
pension	retraite|retraites|pension|retraité|retraités
nuclear	nucléaire|nucléaires|atomique
gas	gaz
engine	moteur|moteurs
wheel	roues
dam	barrage|barrages
power station	centrale|centrales
laboratory	laboratoire|laboratoires
statistics	statistique|statistiques
average	moyenne|moyennes
novel	romans|romancier|romanciers
poem	poème|poèmes|poésie|poésies
sculpture	sculpture|sculptures|statue|statues
concert	concert|concerts
orchestra	orchestre|orchestres
exhibition	exposition|expositions
magazine	magazine|magazines|revue
interview	interview|interviews
website	site internet|site web
olympic	olympique|olympiques
stadium	stade|stades
coach	entraîneur|entraîneurs|entraîneuse
record	record|records
period	période|périodes
naked	nu|nue|nus|nues
guilty	coupable|coupables|culpabilité
innocent	innocent|innocente|innocents|innocence
useful	utile|utiles|utilité
wild	sauvage|sauvages
round	rond|ronde|ronds
sharp	tranchant|tranchante
ride	chevaucha|chevauchée|cavalier|cavaliers
sail	navigua|naviguait|voile|voiles
bury	enterra|enterré|enterrée
repeat	répéta|répétai|répété|répète|répéter
approve	approuva|approuvé|approuvée|approbation
threaten	menaça|menaçai|menacé|menacée|menace|menaces
collapse	effondra|effondré|effondrée|effondrement
rest	reposa|reposé|repos|reposait
weigh	pesa|pesé|pèse|pesait
hang	pendai|accroché|accrochée
tremble	tremblait|tremblant|tremblante
sigh	soupira|soupir|soupirs
whisper	murmura|murmurait|chuchota|murmure
sense	sens
character	caractère|caractères
behaviour	comportement|comportements
habit	habitude|habitudes
model	modèle|modèles
sound	sons|sonore
highway	autoroute|autoroutes
fuel	essence|carburant
motorcycle	motos|motocyclette
taxi	taxi|taxis
cable car	téléphérique|téléphériques|télécabine
neighbourhood	quartier|quartiers
park	parcs|jardin public
cemetery	cimetière|cimetières
colleague	collègue|collègues
slave	esclave|esclaves|esclavage
giant	géant|géante|géants|gigantesque|énorme|énormes
witch	sorcière|sorcières
ghost	fantôme|fantômes|spectre
# More vocabulary
swamp	marais|marécage|marécages
pond	étang|étangs|mare
bay	baie|baies|golfe
peninsula	presqu'île|péninsule
continent	continent|continents
jungle	jungle
blizzard	tempête de neige
melt	fondit|fondu|fondue|fondre
rainbow	arc-en-ciel
elbow	coude|coudes
thumb	pouce|pouces
nervous	nerf|nerfs|nerveux|nerveuse
scar	cicatrice|cicatrices
jealousy	jalousie|jaloux|jalouse
gratitude	gratitude|reconnaissance
boredom	ennui|ennuyeux|ennuyeuse
curiosity	curiosité|curieux|curieuse
horror	horreur|horrible|horribles|effroi
regret	regret|regrets|regretta|regretté|regrette
relief	soulagement|soulagé|soulagée
panic	panique
admiration	admiration|admira|admiré|admirait
contempt	mépris|méprisait
revolution	révolution|révolutions|révolutionnaire
uprising	révolte|insurrection|rebelles|insurgés
dictator	dictateur|dictature
regime	régime|régimes
colony	colonie|colonies
genocide	génocide
massacre	massacre|massacres|massacré
chancellor	chancelier|chancelière
senate	sénat|sénateur|sénateurs
congress	congrès
passport	passeport|passeports
customs	douane|douanes|douanier
riot	émeute|émeutes|troubles
poll	sondage|sondages
coalition	coalition
conservative	conservateur|conservatrice|conservateurs
liberal	libéral|libérale|libéraux
communist	communiste|communistes|communisme
rent	loyer|loyers|locataire|locataires
property	propriété|propriétés
bankruptcy	faillite|faillites
advertising	publicité
competition	concurrence|concurrent|concurrents
deficit	déficit|déficits
supply	approvisionnement|livraison|livraisons
transport	transport|transports|transporté
chemistry	chimie|chimique|chimiques
physics	physique|physiques
biology	biologie|biologique|biologiques
mathematics	mathématiques|mathématicien
evolution	évolution|évolutions
planet	planète|planètes
telescope	télescope
invention	invention|inventions|inventa|inventé
oxygen	oxygène
pollution	pollution|pollué|polluée
towel	serviette|serviettes
bucket	seau|seaux
button	bouton|boutons
hammer	marteau|marteaux
tent	tentes
torch	torche|flambeau|flambeaux
envelope	enveloppe|enveloppes
refrigerator	réfrigérateur|frigo
spectacles	lunettes
pear	poire|poires
cherry	cerise|cerises
grape	raisin|raisins
bean	haricot|haricots|fève|fèves
onion	oignon|oignons
salad	salade|salades
cake	gâteau|gâteaux
pepper	poivre
cream	crème
appetite	appétit
traffic jam	embouteillage|embouteillages|bouchon|bouchons
blow	soufflait|soufflaient|souffla
flow	coulait|coulaient|coula
hurry	hâta|hâte|pressé|pressée
cheat	trompa|trompé|tromper|trompait
bless	bénit|bénie|bénédiction
calculate	calcula|calculé|calcul|calculs
exist	exista|existe|existait
depend	dépend|dépendait|dépendance
contain	contenait|contient|contenu
compare	compara|comparé|comparaison
lazy	paresseux|paresseuse|paresse
polite	polie|polis|politesse
low	basse|basses
illegal	illégal|illégale|illégaux|illégalement
current	actuel|actuelle|actuels|actuellement
next	prochain|prochaine|prochains
previous	précédent|précédente|précédents
tiny	minuscule|minuscules
pretty	joli|jolie|jolis|jolies
divine	divin|divine|divins
artificial	artificiel|artificielle|artificiels
medical	médical|médicale|médicaux
digital	numérique|numériques
however	cependant|toutefois|pourtant
mostly	surtout|principalement
partly	partiellement
directly	directement
gradually	progressivement
mosque	mosquée|mosquées
temple	temple|temples
town hall	mairie|hôtel de ville
barracks	caserne|casernes
monument	monument|monuments
ruin	ruine|ruines
territory	territoire|territoires
zone	zone|zones
twins	jumeaux|jumelles
childhood	enfance
divorce	divorce|divorcé|divorcée
inheritance	héritage|hérita|hérité|héritier|héritiers
career	carrière|carrières
document	document|documents
file	dossier|dossiers
signature	signé|signée|signature|signatures
fate	destin|destinée
miracle	miracle|miracles
adventure	aventure|aventures
symbol	symbole|symboles
flag	drapeau|drapeaux
sign	signe|signes
address	adresse|adresses
# Further vocabulary
sunrise	lever du soleil
dusk	crépuscule
tide	marée|marées
hedge	haie|haies
fountain	fontaine|fontaines|puits
mill	moulin|moulins
canal	canal|canaux
spider	araignée|araignées
frog	grenouille|grenouilles
whale	baleine|baleines
elephant	éléphant|éléphants
tiger	tigre|tigres
camel	chameau|chameaux
fur	fourrure|fourrures
horn	corne|cornes
cage	cage|cages
waiter	serveur|serveuse|serveurs
mechanic	mécanicien|mécaniciens
guard	garde|gardes|gardien|gardiens
spy	espion|espions|espionnage
sofa	canapé|divan
ink	encre
pencil	crayon|crayons
notebook	cahier|cahiers|carnet|carnets
ham	jambon
sauce	sauce|sauces
lemon	citron|citrons
orange	orange|oranges
strawberry	fraise|fraises
fist	poing|poings
skull	crâne|crânes
flu	grippe
ally	allié|alliés|alliée|alliance
missile	missile|missiles|fusée|fusées|roquette
tank	blindé|blindés
fleet	flotte
veteran	vétéran|vétérans
famine	famine
tragedy	tragédie|tragique|tragiques
duration	durée|durait
comfortable	confortable|confort
glad	content|contente|ravie
visible	visible|visibles
invisible	invisible|invisibles
popular	populaire|populaires
release	libéré|libérée|libérés|libération|relâché
pour	versé|versée|verser
swear	juré|jurer|serment
guess	devina|deviné|deviner
prefer	préféra|préféré|préfère|préférait
hesitate	hésita|hésité|hésitait|hésitation
apologize	excusa|excuses

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
        "ko/abbreviations": #"""
# Latin abbreviations in Korean text (kinds as in en/abbreviations). Before Hangul a full stop
# after Latin letters never ends a Korean sentence; these matter before Latin words ("Mt. Everest").
Mt.
Dr.
Mr.
Mrs.
Ms.
Prof.
St.
Jr. ambiguous
Sr. ambiguous
Inc. ambiguous
Co. ambiguous
Corp. ambiguous
Ltd. ambiguous
No.
vs.
etc. final
e.g.
i.e.
a.m. number
p.m. number
U.S. ambiguous
U.N. ambiguous

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
        "ko/connectives": #"""
# Korean connective endings (written like `endings`: a leading jamo is a final consonant). A line
# of a block without punctuation (chat, comments) that ends in one runs on into the next line:
# "나 지금 가는 중인데" / "차가 너무 막혀". Endings that are also common noun endings (-고 of
# 광고, -서 of 경찰서, -면 of 라면) are listed only after the syllables that make them verbs.
ㄴ데
는데
지만
니까
으니
ㅆ고
하고
먹고
보고
있고
없고
가고
오고
되고
이고
지고
하며
이며
으며
면서
으면
하면
오면
가면
되면
보면
이면
다면
해서
어서
아서
워서
져서
자서
와서
가서
나서
려고
도록
거나
든지
자마자

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
# Auxiliary constructions after -지 (negation and prohibition): any word that starts so
# ("않…": 있지 않습니다, 가지 않았다; "못하…": 하지 못했다; "마세…", "마라", "말…": 있지 마세요, 하지 말고).
않…
못하…
못했…
못한…
마세…
마십…
마라…
맙시…
말고…
말라…
말아…

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
하라
더라
더라고
거야
하네
좋네
는군
# Informal written style: a past tense nominalized ("맛있었음", "끝났음") ends a sentence.
ㅆ음
# Not listed: 하자, 가자, 보자, -자. They end a sentence ("같이 가자.") as often as they join two
# clauses ("그가 도착하자 회의가 시작됐다"), so they need punctuation to end one.
# Informal closing forms of chat and reviews ("집에 있을래", "요가 배우거든", "게임 하냐",
# "금요일이네", "맑더라고요"); -거든 is also a rare conditional ("되거든 와"), read as final here.
# -ㄹ래 only after the stems that take it: 몰래 ("secretly") ends so too.
을래
갈래
할래
볼래
올래
줄래
살래
될래
거든
냐
이네
없네
있네
겠네
라고요
다고요
# Nominalized endings of plain stems ("다 먹음", "재미없음", "익숙해짐"). Not -임 (모임, 게임)
# nor -함 (우편함): nouns end so too.
있음
없음
좋음
많음
먹음
같음
싫음
해짐
워짐

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
        "ko/lexicon": #"""
# Words for shared concepts: CONCEPT <TAB> form|form. Two profiles' lexicons joined on the
# concept make the aligner's seed dictionary for that pair (any form meets any form of the other
# side; a word matches a form followed by up to three more letters, so a form that begins a
# frequent other word is left out). Concepts are English words.
# The lexicons share one list of concepts, grouped by topic; a concept is left out
# of a language where its words would also match frequent words of another meaning.
# Mountains, landscape and water
mountain	산악|산맥|산봉우리|산속|산자락|산기슭|산간
summit	정상회담|정상들|봉우리|꼭대기|산꼭대기|최고봉
glacier	빙하
hut	오두막|산장|움막
valley	계곡|골짜기
village	마을|촌락|부락
snow	폭설|적설|강설|설원|눈보라|제설|만년설
ice	얼음|빙판|빙벽|빙산
rock	바위|암벽|암석|암반
stone	돌멩이|돌덩이|석재|석조
river	강물|하천|강줄기|강바닥
lake	호수|호숫가|호반
forest	숲속|산림|삼림|밀림|수풀
path	오솔길|산길|등산로|탐방로|산책로
ridge	능선|산등성이|산마루
wall	벽면|성벽|장벽|담장|담벼락|외벽
slope	비탈|경사면|경사지|산비탈|슬로프
pass	고갯길|고갯마루
crevasse	크레바스
avalanche	눈사태
debris flow	토석류
rockfall	낙석|산사태
field	들판|벌판|논밭|농경지|경작지
meadow	초원|목초지|풀밭
grass	잔디|잡초|풀잎|풀숲|목초
hill	언덕|구릉|야산
plain	평야|평원|평지
plateau	고원|고지대
cliff	절벽|낭떠러지|벼랑|단애
cave	동굴|석굴
gorge	협곡
stream	개울|시냇물|실개천|냇물
waterfall	폭포
source	원천|근원|발원지|출처|소식통|샘물
sea	바다|바닷가|바닷물
ocean	대양|해양|태평양|대서양|인도양
coast	해안|연안|해안선
beach	해변|해수욕장|백사장|모래사장
island	섬나라|무인도|섬마을|섬에|섬을|섬의|섬들
riverbank	강변|강가|강기슭|하천변|둔치
wave	파도|물결|해일|너울
flood	홍수|범람|침수|수해|물난리
desert	사막
earth	토양|지구상|지구촌
ground	땅바닥|지반|지표면
sand	모래
mud	진흙|흙탕물|진창
dust	먼지|분진|미세먼지|황사
landscape	풍경|경치|풍광|절경
nature	자연
environment	환경
region	지역|지방|권역
world	세계|세상
horizon	지평선|수평선
view	조망|시야|광경|전망대
edge	가장자리|끝자락|모서리|언저리
height	높이|해발|표고
depth	깊이|수심|심도
moraine	빙퇴석|모레인
serac	세락|빙탑
cornice	눈처마|커니스
couloir	쿨루아르
rope	밧줄|로프|자일
axe	피켈|도끼
crampon	크램폰|아이젠
climb	등반|등정
climber	산악인|등반가|등산가|알피니스트|클라이머
mountaineering	등산|알피니즘
guide	안내인|안내원|길잡이
porter	짐꾼|포터|셰르파
expedition	원정대|탐험대|탐사대|원정
bivouac	야영
ski	스키|스키장|스키어
alps	알프스|알파인
chalet	샬레
volcano	화산
earthquake	지진|강진|여진
# Weather, sky and light
weather	날씨|기상|악천후
storm	폭풍|폭풍우|뇌우|태풍
rain	비가|비를|폭우|호우|강우|빗물|빗줄기|장맛비|장마
wind	강풍|돌풍|풍속|칼바람
fog	안개
sun	햇빛|햇볕|햇살|태양|일광
sky	하늘|천국|창공
cloud	구름|먹구름|클라우드
cold	추위|한파|혹한|추운|추워|추웠|냉기
heat	더위|폭염|무더위|열기|혹서|고온
warm	따뜻|포근|온난|따스
frost	서리|결빙|동결|얼어|얼었|영하
thunder	천둥|우레|뇌성
lightning	번개|벼락|낙뢰
hail	우박
drought	가뭄
climate	기후
temperature	기온|온도|수온|체온
moon	달빛|보름달|초승달|월면
star	별빛|별자리|항성|별들
light	불빛|광선|조명|빛이|빛을
light2	빛났|빛나|반짝|눈부
shadow	그림자|그늘|음영
dawn	새벽|여명|동틀|새벽녘
sunset	일몰|석양|노을|해질녘
air	대기오염|대기질|공기가|공기를|공기중|공기의
# Time
time	시기|시점|당시
moment	순간|찰나|잠시|잠깐
minute	분간
hour	시간|시께|시쯤
day	하루|일간|일째|당일|이틀|사흘|나흘
night	야간|심야|밤새|한밤|밤중|밤에
morning	아침|오전
evening	저녁
noon	정오|한낮|대낮
afternoon	오후
midnight	자정
week	주간|주째|일주일|지난주
weekend	주말
month	개월|월간|지난달|이달|다음달|달간
year	년간|년째|년도|연간|연도|지난해|올해|내년|작년|해마다
decade	년대|수십년|십년
century	세기
age	연령|나이가|나이에|나이를
era	시대|시절
past	과거|지난날
future	미래|장래|향후|장차
history	역사|이야기|사연
winter	겨울|동절기|동계
spring	봄철|봄날|춘계|봄에|올봄
summer	여름|하계|하절기
autumn	가을|가을철
season	계절|시즌
holiday	휴가|휴일|연휴|공휴일|방학
feast	축제|잔치|축하|경축|기념식|페스티벌
birthday	생일|생신|탄신|주년|기념일
christmas	성탄절|크리스마스|성탄
easter	부활절
date	날짜
calendar	달력|캘린더|역법
clock	시계|시곗바늘
end	종료|끝나|끝났|막바지|종말|결말|말기|연말|월말
today	오늘|금일
yesterday	어제|전날
tomorrow	내일|익일
now	지금|현재|이제
soon	조만간|머지않|금명간
late	늦게|늦은|늦었|늦어|뒤늦|나중
early	일찍|조기|초반|초기|일찌감치
always	항상|언제나|늘상
never	결코|전혀|한번도|절대로
often	흔히|종종|빈번|빈발|잦은
sometimes	가끔|때때로|때로는|이따금|간혹
again	다시|재차|또다시|거듭|다시금
already	벌써
finally	마침내|결국|드디어|최종적
suddenly	갑자기|갑작스|느닷없|급작스
immediately	즉시|즉각|곧바로|당장|지체없
recently	최근|근래|요즘
meanwhile	한편|그동안|그사이|그간
formerly	전직|예전|옛날|한때
# People and family
person	사람|인물|개인|인원|명이|명을|명은
people	사람들|국민|민중|인민|백성
human	인간|인류
woman	여성|여자|여인|부녀자
man	남성|남자|사나이
child	어린이|아동|자녀|아이들|소아|어린아이
boy	소년
girl	소녀|여자아이|여아
baby	아기|신생아|영아|유아|젖먹이
youth	청소년|청년|젊은이|청춘|사춘기|젊은층
adult	성인|어른
old man	노인|어르신|고령자|노년|노령|노약자
father	아버지|부친|아빠|선친
mother	어머니|모친|엄마|어머님
parents	부모|양친|학부모
brother	형제|형님|남동생|오빠|친형|동생
sister	자매|누나|언니|여동생|누이
son	아들|장남|차남|아드님
daughter	장녀|차녀|따님|딸들|딸이|딸을|외동딸|막내딸
grandfather	할아버지|외할아버지|조부|외조부
grandmother	할머니|외할머니|조모|외조모
grandchild	손자|손녀|손주|외손자|외손녀
uncle	삼촌|외삼촌|숙부|큰아버지|작은아버지
aunt	고모|숙모|외숙모
cousin	사촌|외사촌
husband	남편|부군
wife	아내|영부인|와이프
marriage	결혼|혼인|혼례|웨딩
bride	약혼녀|새색시|예비신부
widow	과부|미망인|홀아비
orphan	고아
family	가족|식구|가문|일가족
relative	친척|친지|친족|인척
ancestor	조상|선조
generation	세대
friend	친구|우정|우호|우방
neighbour	이웃|인접국
guest	손님|하객|내빈|귀빈|방문객|초청객
stranger	낯선|이방인|외국|해외|타국|이국
enemy	적군|적국|적대|적진
companion	동반자|동행|일행|동료|동지
couple	부부|커플|연인
name	이름|명칭|성함|실명|본명|가명
lady	숙녀|여사|귀부인
master	스승|거장|달인|명인
servant	하인|하녀|가정부|머슴|노비
crowd	군중|인파|관중|청중
inhabitant	주민|거주자|거주민|원주민
population	인구
citizen	시민|공민
tourist	관광객|여행객|여행자|유람객
member	회원|구성원|당원|멤버
group	그룹|집단|단체|조직
team	대표팀|팀원|팀장|구단|선수단|팀이|팀을|팀은
leader	지도자|지도부|수장|수뇌|리더|영도자|두목|우두머리
hero	영웅|히어로|여걸
victim	피해자|희생자|희생양|피살자
witness	목격자|목격|증인|증언
# Occupations and roles
doctor	의료진|주치의|전문의|의료인|외과의
nurse	간호사|간호|간병인
priest	목사|성직자|사제|목회자|신부님
monk	승려|스님|수도승
nun	수녀|비구니
bishop	주교|대주교
pope	교황
teacher	교사|선생님|교수|교원|강사
student	학생|대학생|유학생|재학생
pupil	초등학생|초등생|중학생|고교생|고등학생
artist	예술가|미술가|아티스트|예술인|화백
writer	작가|저자|소설가|문인|필자|저술가
poet	시인들|시인의
musician	음악가|뮤지션|연주자|음악인
singer	가수|성악가
actor	연기자|여배우|남배우|영화배우|배우들|탤런트
journalist	기자들|언론인|취재진|저널리스트
photographer	사진가|사진작가|사진기자|카메라맨
scientist	과학자|연구자|학자|연구진
geologist	지질학자
engineer	엔지니어|기술자|기술진|공학자
architect	건축가|설계자
lawyer	변호사|변호인|법률가
judge	판사|재판관|법관|재판장|대법관
officer	장교|경찰관|군관|간부
general	장군|장성|사령관|중장|준장
captain	선장|함장|기장|대위
king	국왕|군주|왕위|왕좌
queen	여왕|왕비|왕후|황후
prince	왕자|공주|태자|세자|황태자|왕세자
emperor	황제|천황|일왕|여제
noble	귀족|양반
farmer	농민|농부|농업인|소작농
shepherd	양치기|목자
fisherman	어부|어민|어업인|낚시꾼
craftsman	장인|공예가|기능공|수공업자
carpenter	목수|목공
smith	대장장이|대장간
baker	제빵사|빵집|제과점
cook	요리|조리|요리사|취사|셰프
merchant	상인|무역상|거래상|딜러|장사꾼|중개상
employee	직원|종업원|임직원|근로자|피고용|직장인
boss	사장|감독|관리자|책임자|상사|지배인|부장|국장
driver	운전자|운전사|운전기사|기관사|운전수
pilot	조종사|파일럿|비행사
sailor	선원|수병|뱃사람|승조원
secretary	비서|서기|사무총장|총서기
expert	전문가|권위자|전문인
president	대통령|회장|총장|총재|주석
minister	장관|총리|각료|국무위원|외무상
mayor	시장직|부시장|구청장|읍장|면장
ambassador	대사
spokesman	대변인|공보관
politician	정치인|정치가|정객
thief	도둑|절도범|도적|좀도둑|소매치기|강도범
prisoner	수감자|재소자|죄수|포로|억류자
criminal	범죄자|범인|가해자|범죄인|흉악범|용의자
refugee	난민|피난민|피란민|망명자
patient	환자|병자|환우
# Body and health
body	신체|육체|몸통|몸이|몸을|몸에
head	머리
face	얼굴|안면
eye	안구|눈동자|눈빛|눈꺼풀|시력
ear	귓가|귓속|청각|귀를|귀에
nose	콧구멍|콧등|콧대|코끝|코를
mouth	입가|입속|입에|구강
lip	입술
tooth	치아|이빨|어금니|앞니|송곳니
tongue	혓바닥|혀를|혀가|혀끝
hair	머리카락|머리털|모발|탈모
beard	수염|턱수염|콧수염
forehead	이마에|이마를|이맛살
neck	목덜미|목구멍|인후|목이|목을|목에
shoulder	어깨
hand	양손|맨손|손바닥|손목|손을|손에|손으로
finger	손가락|손끝|엄지|검지
nail	손톱|발톱
chest	가슴|흉부|유방
belly	복부|뱃살|아랫배|뱃속
heart	심장|마음|심정
blood	혈액|혈흔|유혈|출혈|피투성|피를|피가
bone	뼈대|골격|골절|뼛조각|유골
skin	피부|살갗
muscle	근육|근력
brain	두뇌|대뇌|뇌세포|뇌손상|뇌가|뇌를|뇌의
lung	폐암|폐렴|폐기능|허파|폐질환
stomach	위암|위궤양|위염|복통
leg	허벅지|종아리|정강이
knee	무릎
foot	발바닥|맨발|발목|발끝|발등|도보
toe	발가락
breath	호흡|숨결|숨쉬|입김
sweat	땀방울|진땀|구슬땀|땀을|땀이
tear	눈물
health	건강|보건
illness	질병|질환|투병|병환|발병|앓고|앓아|병세
sick	아픈|아팠|편찮|병든|앓는
pain	고통|통증|아픔|진통
wounded	부상자|부상을|부상당|부상병|다쳤|다친|다치|상처|중상
fever	발열|고열|미열
cough	기침
infection	감염|전염
virus	바이러스|병원체
epidemic	전염병|역병|유행병|팬데믹|대유행|창궐
vaccine	백신|접종|예방접종
cancer	항암|암세포|암환자|발암|암투병|암으로|암을
heart attack	심장마비|심근경색|심장발작
medication	약물|약품|의약품|치료제|의약|신약|복용
hospital	병원|클리닉|입원
treatment	치료|요법|진료|처치|시술
operation	수술|작전
death	죽음|사망|타계|별세|서거|숨져|숨진|숨졌|숨지|순직
dead	사망자|고인|망자|사상자|전사자
corpse	시신|시체|사체|주검
grave	무덤|묘지|분묘|묘소|묘역|묘비
funeral	장례|영결식|발인|안장
birth	출생|탄생|출산|태어
pregnant	임신|임산부|임부
life	생명|인생|생애|생활|목숨|생존|살아있|삶의|삶을
strength	체력|기력|국력|위력|세력|힘을|힘이
strong	강한|강력|강하|강했|강인|튼튼|굳건
weak	약한|약하|약했|약화|나약|허약|취약|약점|약세
tired	피곤|피로|지친|지쳐|지쳤|탈진
hunger	굶주|배고|허기|기근|굶어|굶은
thirst	갈증|목마른|목말라|목마름
sleep	수면제|잠자|잠들|잠든|잠을|잠이|숙면|취침
dream	꿈을|꿈이|꿈의|꿈은|꿈꾸|꿈꿨|악몽|몽상
# Feelings and mind
feeling	감정|느낌|감성|정서|기분
love	사랑|애정|연애
hate	증오|미움|혐오|미워
joy	기쁨|환희|기뻐|기쁘|희열
happy	행복|즐거|즐겁|흐뭇
luck	행운|다행|요행|천운
sad	슬픔|슬프|슬픈|슬퍼|비애|비통|서글|애통
fear	두려|무서|공포감|공포심|공포에|겁먹|겁에
courage	용기|용감|용맹|담력|과감
anger	분노|격분|격노|분개|노여|화난|성난|분통|울분
shame	부끄|창피|치욕|수치심|망신|수모
pride	자부심|자존심|긍지|자랑|자긍심|교만
hope	희망|소망|염원|기대|바란다|바랐|바라며|바라는
despair	절망|낙담|좌절|필사적|자포자기
worry	걱정|우려|근심|염려|불안
surprise	놀라|놀란|놀랐|놀랍|경악|깜짝|뜻밖
pity	연민|측은|가엾|불쌍|안타깝|안타까
loneliness	외로|고독|쓸쓸|외톨이
peace	평화|평온
silence	침묵|고요|묵념|적막
calm	차분|조용|침착|잔잔|평정
patience	인내|참을성|끈기
trust	신뢰|믿음|믿고|믿었|믿는|자신감
doubt	의심|의혹|의문|의구심
mind	정신|지성|지력
soul	영혼|영령
thought	생각|상념|사색
idea	아이디어|발상|구상|착안
memory	기억|추억|회상|회고|메모리
remember	기억하|기억했|기억나|떠올|상기
forget	잊었|잊고|잊어|잊지|잊은|잊혀|망각
reason	이유|까닭|연유|원인|합리적
wisdom	지혜|슬기|현명|현자
madness	광기|광란|정신병|광적|광인|실성
knowledge	지식|학식|식견
belief	신념|신앙
will	의지|의지력
desire	욕망|욕구|소원|갈망|열망|원하|원했
attention	주의|주목|관심|세심
mistake	실수|오류|잘못|착오|과오|실책|오판|오차
truth	진실|진리|진상|사실
lie	거짓|허위|위증|기만|속였
secret	비밀|기밀|은밀|몰래|극비|비공개
# House and home
house	주택|가옥|자택|저택|집에|집을
home	고향|조국|모국|본국|귀가
building	건물|건축물|빌딩|청사
apartment	아파트|거처|주거|공동주택
room	객실|침실|거실|방에|강당|응접실
kitchen	부엌|주방
cellar	지하실|지하층
attic	다락|옥탑
floor	바닥|마룻바닥|층에서
stairs	계단|층계
step	걸음|발걸음|단계|조치
door	출입문|현관|문을|문이|문짝
window	창문|유리창|창가|창밖
roof	지붕|옥상
chimney	굴뚝|벽난로
garden	텃밭|화원|마당|정원사
fence	울타리|펜스|철조망|철책
gate	대문|정문|관문|성문|게이트|출입구
key	열쇠|핵심|관건
castle	성곽|요새|성채|성루
palace	궁전|궁궐|왕궁|궁정|궁중
tower	타워|망루|첨탑|석탑|관제탑
furniture	가구류|가재도구|집기
bed	침대|병상|침상|잠자리
table	탁자|테이블|식탁
chair	의자|안락의자|걸상
cupboard	찬장|옷장|장롱|수납장
box	상자|박스|궤짝
bag	가방|자루|봉지|포대
rucksack	배낭
basket	바구니|광주리
bottle	유리병|물병|술병|페트병|빈병
glass	유리잔|유리컵|유리조각|안경|술잔
cup	찻잔|커피잔|머그잔|종이컵|컵에|컵을
plate	접시|그릇
pot	냄비|주전자|항아리|가마솥
knife	흉기|나이프|식칼|칼날|칼을|칼에
spoon	숟가락|수저|스푼
fork	포크
blanket	담요|이불|모포
pillow	베개|쿠션|방석
lamp	램프|전등|등불|랜턴|등잔|가로등
candle	양초|촛불|촛대
mirror	거울
picture	사진|이미지|동영상|화면|그림을|그림이|그림은|삽화|초상화
clothes	의복|의류|복장|의상|드레스|옷차림|옷을|옷이|옷가지
coat	외투|코트|망토
jacket	재킷|자켓|점퍼|잠바
shirt	셔츠|와이셔츠|티셔츠
trousers	바지|청바지
shoe	신발|장화|부츠|운동화
hat	모자를|모자가|밀짚모자|중절모
glove	글러브|고무장갑|털장갑
pocket	주머니|호주머니
ring	반지|가락지
jewel	보석|귀금속|장신구
umbrella	우산
toy	장난감|완구|인형
gift	선물했|선물한|선물로|선물을|기증|예물|답례|증정|기념품
thing	물건|사물|물체|물품
tool	도구|장치|기기|장비|공구|가전
machine	기계|머신
wood	목재|목조|원목|장작|땔감
fire	화재|산불|불길|화염|불을|불타|방화|화마
smoke	흡연|매연|담배|연막
ash	잿더미|화산재|잿빛
stove	난로|스토브|오븐|화덕
coal	석탄|탄광|연탄|무연탄|유연탄
oil	석유|기름|원유|유류|오일
soap	비누
water	식수|수돗물|용수|수자원|물이|물에|생수
electricity	전력|전기
# Food and drink
food	음식|식량|식품|먹거리|식료품|식재료
meal	식사|끼니|점심|만찬|오찬|밥을|밥이
breakfast	아침식사|조찬|조식|아침밥
bread	식빵|빵을|빵이|바게트
meat	고기를|고기가|육류|쇠고기|소고기|돼지고기|육식|정육
fish	물고기|생선|어류|어종|활어
milk	우유|분유|모유
cheese	치즈
butter	버터
egg	달걀|계란|알을
salt	소금|염분|염도|천일염
sugar	설탕|당류
honey	벌꿀|꿀을|꿀이
flour	밀가루
soup	수프|국물|찌개
fruit	과일|열매|과수|청과
apple	사과나무|사과밭
potato	감자
vegetable	채소|야채|나물|채식
rice	쌀값|쌀을|쌀이|벼농사|쌀밥|미곡
sausage	소시지|순대
chocolate	초콜릿|초콜렛
coffee	커피|원두
wine	와인|포도주|포도밭|포도원
beer	맥주
drink	마시|마셨|마신|음료|음주|술을|술에|만취
eat	먹고|먹었|먹은|먹는|먹을|먹어|섭취
taste	맛을|맛이|맛보|맛본|맛있|미각|시식
# Animals, plants and farming
animal	동물|짐승|야수
horse	경주마|조랑말|승마|기마|마필|종마
cow	젖소|한우|소떼|암소|육우
bull	황소|투우
calf	송아지
sheep	양떼|면양|양털|양모|양고기
lamb	어린양|새끼양
goat	염소|산양|흑염소
pig	돼지|양돈|멧돼지
dog	강아지|반려견|애완견|맹견|구조견|안내견|사냥개|개들
cat	고양이
mouse	생쥐|들쥐|마우스
rat	쥐떼|쥐들|시궁쥐|쥐를
chicken	닭고기|암탉|수탉|병아리|양계|치킨|닭을|닭이|닭들
bird	조류|새들|철새|새떼|텃새|날짐승
eagle	독수리|검독수리
crow	까마귀|갈까마귀
wolf	늑대
bear	반달곰|불곰|북극곰|회색곰|곰들|곰이|곰을
fox	여우
deer	사슴|노루|고라니
chamois	샤무아
ibex	아이벡스
marmot	마멋|마모트
hare	토끼|산토끼|집토끼
snake	독사|구렁이|뱀을|뱀이|뱀들
insect	곤충|벌레|해충
bee	꿀벌|벌떼|벌들|양봉|말벌
butterfly	나비
worm	지렁이|애벌레|구더기|기생충
herd	가축떼|떼를|떼로|떼가
nest	둥지|둥우리|보금자리
wing	날개
feather	깃털
tail	꼬리
hunting	사냥|수렵|밀렵|엽사
plant	식물|초목|심었|심은|심어|식목
tree	나무|고목
flower	꽃잎|꽃을|꽃이|꽃다발|꽃들|꽃밭|화훼|화초|꽃망울
leaf	잎사귀|나뭇잎|낙엽|이파리|잎이|잎을
branch	나뭇가지|지부|분점|분원
root	뿌리|근본|뿌리째
seed	씨앗|종자|볍씨
fir	전나무|가문비|침엽수
pine	소나무|솔잎|송림|솔숲|송진
larch	낙엽송|잎갈나무
oak	참나무|떡갈나무|상수리|졸참나무
beech	너도밤나무
moss	이끼
bush	덤불|관목
mushroom	버섯|균류
rose	장미
farm	농장|농가|농원|목장|농지
agriculture	농업|농사|농경|영농|농산물|농림
harvest	수확|추수|작물|농작물|작황
grain	곡물|곡식|곡류|호밀|밀밭|소맥
straw	볏짚|밀짚|짚단|지푸라기
plough	쟁기|경운기|쟁기질
stable	마구간|외양간
# Travel, transport and places
journey	여행|여정|기행|나들이|순방
road	도로|국도|고속도로|도로망|길을
street	골목|길거리|시가지|번화가
direction	방향|방면
bridge	교량|대교|교각|철교|가교
tunnel	터널|갱도|땅굴|지하도
car	자동차|차량|승용차|차를|자가용|차들
truck	트럭|화물차
bus	버스
bicycle	자전거|바이크
train	열차|기차|철도|철로|선로
station	정거장|역까지|역에서
airport	공항|비행장
plane	비행기|항공기|여객기|전투기|군용기|수송기
flight	항공편|비행|운항|비행편
helicopter	헬기|헬리콥터
ship	선박|함선|군함|여객선|화물선|선체|유조선|배를
boat	보트|어선|나룻배|목선|구명정|쪽배
port	항구|항만|부두|선착장|포구
passenger	승객|탑승객|여객|탑승자
ticket	티켓|승차권|입장권|항공권|탑승권|관람권|매표소
luggage	수하물|짐을|짐가방
traffic	교통|통행|체증
accident	사고|참사|추락
speed	속도|속력|시속|초속
distance	간격|원거리|장거리|단거리|근거리|거리가
arrival	도착|도래|입국
departure	출발|출국|떠나|떠났|출항
place	장소|현장|위치|지점|곳에|곳을|곳이|곳은
city	도시|도심|시내|소도시|대도시|도회지
capital	도읍|수도권|수도인|수도에|수도의|수도를|수도로
square	광장
market	장터|마켓|증시|금융시장|주식시장|시장경제|재래시장
shop	가게|상점|점포|판매점|마트|편의점
restaurant	식당|음식점|레스토랑
inn	여관|여인숙|주막|주점|선술집
hotel	호텔|숙소|숙박|모텔
country	나라|국가|국토
border	국경|접경|경계선|변방
canton	칸톤
commune	지자체|자치단체|기초단체|코뮌
state	주정부|주지사|주의회|주립|국영
nation	민족|전국|국립
province	도지사|도내|도정|도의회|성정부
europe	유럽
switzerland	스위스
germany	독일
france	프랑스|불란서
italy	이탈리아|이태리
austria	오스트리아
england	영국|잉글랜드|영어
america	미국|아메리카|미군
russia	러시아
china	중국|중화
africa	아프리카
asia	아시아
north	북쪽|북부|북방|북측|북녘|이북|북한|북극|북상
south	남쪽|남부|남방|남측|남녘|이남|남한|남극|남하
east	동쪽|동부|동녘
west	서쪽|서부|서방|서녘|서양|서구
left	왼쪽|좌측|왼편|좌파|좌익
right	오른쪽|우측|오른편|우파|우익
above	위쪽|위에|상단|윗부분
below	아래|아래쪽|밑에|밑으로|이하|하단
inside	안에|안쪽|내부|실내|속에|내륙
outside	바깥|외부|야외|실외|밖에|밖으로|외곽
middle	중앙|중간|중심|한복판|센터|복판|한가운데
side	측면|양측|한쪽|양쪽|옆에|옆으로|곁에|쌍방
# Politics, government and law
government	정부|정권|내각|행정부
politics	정치|정책|정계|정국
parliament	의회|국회|의사당|하원|상원|두마|의원
party	정당들|정당의|정당이|정당은|여당|집권당|파티|여야
election	선거|총선|대선|당선|선출|경선|재선|낙선
vote	투표|표결|득표|찬성표|반대표
referendum	국민투표|주민투표|국민발안
democracy	민주
power	권력|권한|강대국|열강|실세|집권|권좌
authority	당국|권위
administration	행정|집행부
office	사무실|사무소|집무실|사무국|사무처|지국
ministry	부처|외무부|외교부|외교통상부|외무성|국방부|국방성|국무부|재무부|재무성|통일부|법무부|내무부|내무성|기획재정부|교육부|환경부|노동부
council	협의회|평의회|이사회|안보리|안전보장이사회|시의회
committee	위원|특위
meeting	회의|회담|회동|모임|집회|총회|회합|면담|회기|만남
decision	결정|결단|의결|결의|결심
law	법률|법안|법규|법적|입법|법령|법제|법치|법을
constitution	헌법|헌정|개헌|헌장|위헌|합헌
rule	규칙|규정|규제|규율|법칙|조례
court	법원|재판소|대법원|고등법원|지방법원|헌재|고법|지법|재판부
justice	정의|사법|공정
trial	재판|공판|소송|변론
judgment	판결|선고|평결|유죄|판정|실형
prison	감옥|교도소|수감|투옥|복역|옥중|구치소|감방|수용소|형무소|징역
crime	범죄|범행|범법|위법|죄를|죄목|중죄
murder	살인|살해|암살|피살|시해
theft	절도|도난|훔치|훔쳤|훔친|도둑질|강탈|약탈|탈취
police	경찰|순경
arrest	체포|검거|구속|연행|구금|붙잡|억류
investigation	수사|조사|심문|취조|내사
evidence	증거|증빙|입증|증명|물증
accusation	기소|혐의|고발|피고|공소|비난|고소장|고소했|고소를
punishment	처벌|형벌|징계|벌금|형량|응징|벌칙
freedom	자유|해방|석방
human rights	인권
protest	시위|항의|반발|규탄|데모|농성|항거
strike	파업|태업
reform	개혁|개편|쇄신|혁신
agreement	합의|협정|조약|협약|타결|의정서|동의|계약
negotiation	협상|교섭|협의|담판|절충
crisis	위기|난국|파국|고비
conflict	갈등|분쟁|충돌|대립|마찰|다툼|분규
opposition	야당|야권|반대|반대파|반대자|적수|정적|반정부
support	지지|지원|후원|뒷받침|성원|옹호|찬성|원조
majority	다수|과반|대다수
minority	소수
federal	연방
republic	공화
empire	제국
independence	독립|자립|광복|무소속
tax	세금|세무|과세|조세|납세|세수|세율|감세|세제|관세|국세
budget	예산
public	공공|공개|대중|공적
official	관계자|당국자|공무원|관료|공식|정식|공직자|관리들
international	국제
diplomacy	외교
embassy	대사관|공관|영사관
union	노조|노동조합|동맹|연맹|조합|연합체|연합회
# Economy, money and work
economy	경제
money	자금|금전|현금
euro	유로
dollar	달러
price	가격|물가
cost	비용|원가
payment	지불|지급|납부|결제
salary	임금|급여|월급|연봉
income	소득|수익
profit	이익|이윤|순익|순이익
loss	손실|손해
debt	부채|채무
bank	은행
business	사업|영업|비즈니스
company	회사|기업|업체
factory	공장
industry	산업|공업
trade	무역|교역|상업
export	수출
import	수입
goods	상품|물품|원자재
product	제품|생산|제조
customer	고객|손님
consumer	소비자|소비량|소비재
investment	투자
stock	주식|주가|주주
growth	성장
inflation	인플레|인플레이션
unemployment	실업|실직
job	일자리|고용|취업|직업|직장
work	노동|근무|작업|일하|일했
rich	부유|부자
poor	가난|빈곤|빈민
cheap	저렴|값싼
expensive	비싸|비싼|고가
buy	구매|구입|매입|사들
sell	판매|매각|매출|팔았|팔아|팔리
insurance	보험
tourism	관광
energy	에너지
# Science, education and communication
science	과학
research	연구
observation	관측|관찰
experiment	실험
result	결과
method	방법|방식|절차
theory	이론
problem	문제
solution	해결|해법|해답
cause	원인
effect	효과|여파
example	사례|예시|예컨대
fact	사실
information	정보
data	데이터|자료
number	숫자|수치
measurement	측정|계측|측량
measure2	측정했|측정한|측정하|쟀다
instrument	도구|악기|장비
thermometer	온도계
barometer	기압계|바로미터
degree	섭씨|화씨|학위
meter	미터
kilometer	킬로미터
centimeter	센티미터
kilogram	킬로그램
litre	리터
percent	퍼센트|비율
weight	무게|중량|체중
size	크기|규모|치수
length	길이
volume	부피|용량|수량|분량
surface	표면
line	노선|라인|직선
point	지점|요점
circle	동그라미|원형
form	형태|모양|형상
technology	기술
computer	컴퓨터|전산
internet	인터넷|온라인
telephone	전화
radio	라디오
television	텔레비전|텔레비젼|티브이
newspaper	신문
news	뉴스|소식
media	언론|매체|미디어
article	기사|조항
report	보도|보고서|보고했
message	메시지
letter	편지|서한|서신
book	서적|저서|책자
page	페이지
story	이야기|설화|서사
word	단어|낱말
language	언어
sentence	문장|선고|형량
question	질문|의문|물었
answer	대답|답변|응답|답했
school	학교
university	대학
lesson	수업|교훈|강의
education	교육
exam	시험
museum	박물관
library	도서관
# War, military, disasters
war	전쟁
army	육군|군대
army2	군사|군부|국군
soldier	군인|병사|장병
troops	병력|부대
weapon	무기|병기
gun	총기|소총|권총|대포
bomb	폭탄|폭격|폭발물
explosion	폭발
shot	총격|사격|발포|총성|총소리
attack	공격|습격|공습
battle	전투|교전|싸움|싸우|싸웠
defence	방어|방위|국방
victory	승리
defeat	패배|패전
occupation	점령|점거
terrorism	테러
hostage	인질
violence	폭력|폭행
security	보안|안보|치안
dangerous	위험
safe	안전
danger2	경고|경보
disaster	재난|재해|참사|재앙
damage	피해|손상|파손
fire brigade	소방
rescue	구출|구조대|구조했|구조됐|구조된
search	수색|검색|탐색
help	도움|도왔|도와|돕기|돕는|돕고
evacuation	대피|피난
emergency	비상|응급|긴급
# Culture, religion and sport
culture	문화
art	예술|미술
music	음악
song	노래
dance	무용|댄스|춤추|춤췄
theatre	극장|연극
film	영화
game	게임|놀이
sport	스포츠|체육
football	축구
match	시합|대결
player	선수
race	레이스|경연|경쟁
champion	챔피언|우승
goal	목표|득점
medal	메달
religion	종교|신앙
god	하나님|하느님|신들
church	교회|성당
chapel	예배당|채플
cathedral	대성당
monastery	수도원|수녀원
prayer	기도
paradise	천국|낙원
devil	악마|마귀|사탄
angel	천사
sin	죄악
bible	성경|성서
mass	예배|숭배
saint	성자|성스러|거룩
bell	종소리
cross	십자가
tradition	전통
legend	전설
# Verbs: speaking, perceiving, thinking
say	말했|말하|말한
speak	발언|연설|얘기
tell	전했|전하|알렸
call	불렀|부르|호출|촉구
shout	외쳤|외치|고함|비명
request	요청|부탁|간청
explain	설명
describe	묘사|서술
announce	발표|밝혔|밝히|밝혀
declare	선언|선포|성명
promise	약속|공약
thank	감사하|감사했|감사합|고맙|고마워
greet	인사했|인사하|인사말|안부
laugh	웃음|웃었|웃으|웃는|웃고
smile	미소
cry	울음|울었|울며|눈물|오열
see	목격|보았|봤다
look	바라보|바라봤|쳐다보|쳐다봤|지켜보|지켜봤
notice	알아차|알아챘|눈치
hear	들렸|들리|들었다고|전해들
listen	경청|청취
feel	느끼|느꼈|느낌
smell	냄새|향기|악취
think	생각
believe	믿었|믿는|믿고|믿음|믿어|믿을|믿기
know	알았|알고|아는|알지
recognize	인식|알아보|알아봤
understand	이해하|이해했|이해한|이해할|이해도
learn	배웠|배운|배워|학습|습득
teach	가르치|가르쳤|가르친
expect	예상|기대|전망|예측
imagine	상상
mean	의미|뜻하|뜻했
seem	보인다|듯하|듯했|듯한
# Verbs: motion and position
come	도착|왔다|왔고|왔으|온다|오는
go	갔다|갔고|갔던|간다|가는|가고
walk	걷는|걷고|걷기|걸으|산책|도보|하이킹
run	질주|달리기|뛰었|뛰는|러너
drive	운전
fly	비행|날아|날았
swim	수영|헤엄
jump	점프|뛰어내|도약
climb2	등반|등산|오르|올랐|올라
descend	내려가|내려갔|내려왔|하강|하산
fall	떨어|추락|낙하
rise	올렸|올리|상승|들어올
stand	섰다|서있|일어서|일어섰|기립
sit	앉아|앉았|앉은|앉는|착석
lie down	누워|누웠|누운|눕고|눕는
leave	떠나|떠났|떠난
depart	출발|출국
return	돌아와|돌아왔|돌아가|돌아갔|복귀|귀국|귀환|반환
enter	들어가|들어갔|들어와|들어왔|진입|입국
follow	뒤따|따라가|따라갔|추종
pass by	지나가|지나갔|통과
traverse	건너|횡단|가로질|건넜
flee	도망|도주|탈출|달아났|피신
hide	숨기|숨겼|숨어|숨었|은신|은닉
move	이동|움직
turn	회전|돌렸|돌려|돌아서
stop	멈추|멈췄|멈춰|중단|정지|중지
push	밀어|밀었|밀치|떠밀
pull	당겼|당겨|끌어|끌었|끌고
carry	운반|옮기|옮겼|옮겨|실어|싣고|나르
bring	가져오|가져왔|가져와|데려오|데려왔|데려와
take	가져가|가져갔|데려가|데려갔
give	주었|줬다|건네|건넸|제공|주고
send	보내|보냈|파견|발송|송금
receive	받았|받은|받고|받는|수신
put	놓았|놓아|놓은|내려놓|올려놓
hold	개최|보유|쥐고|쥐었
throw	던지|던졌|던져|투척
catch	잡았|잡아|잡은|붙잡|포획|압수
lose	잃었|잃고|잃은|잃어|분실|상실
find	찾았|찾아|찾은|찾는|찾기
reach	도달|달했|달하|달한|이르렀
wait	기다리|기다렸|기다려|기다린
meet	만나|만났|만난|회동|조우
visitor	방문
# Verbs: doing and making
remain	남았|남은|머물|머무|체류|잔류
begin	시작|개시|착수
finish	마쳤|끝났|끝냈|완료|종료|완성|마무리
open	열었|열고|열린|열어|개방|개장
close	닫았|닫고|닫힌|폐쇄|폐장
build	건설|건축|건립
destroy	파괴|파멸|부쉈|부수
die	사망|숨졌|숨진|숨지|죽었|죽은|죽음|별세
kill	살해|죽였|죽이|살인
survive	생존|살아남
live	살았|살던|살고
dwell	거주
want	원하|원했|원해|바랐|바란다
must	반드시|해야
need	필요
try	시도|애썼|애쓰
do	만들|만든|만드
use	사용|이용|활용
change	변화|변경|바꾸|바꿨|바뀌|바뀐|변했|변하
grow	자랐|자라|재배
increase	증가|늘어|늘었|늘리|늘려|늘린|급증|확대|증대
decrease	감소|줄어|줄었|줄이|줄였|하락|축소|감축
cut	삭감|잘라|잘랐|자르|절단
break	깨지|깨졌|깨뜨|부러졌|부러진|부서졌|부서진
burn	불타|불탔|불태|소각|연소
wash	씻었|씻고|씻어|세척|세탁|빨래
clean	청소했|청소하|청결|깨끗|정화
fill	채우|채웠|채워|가득
empty	비어|비었|비워
cover	덮었|덮고|덮어|덮인|덮개|뒤덮
fix	수리|수선|고쳤|고치|고정
tie	묶었|묶어|묶인|묶고|결박
dig	발굴|굴착|파헤|파냈|파낸
# Verbs: society, communication and events
write	작성|집필|저술
read	읽었|읽고|읽은|읽는|읽어|읽기|독서
draw	그렸|그려|그림|소묘
paint	페인트|칠했|칠하|칠한|도색
publish	출판|출간|발간|간행|펴냈|펴낸
print	인쇄|출력
count	집계|개표|셌다
choose	선택|선정|골랐|뽑았|뽑아|뽑은
accept	수용|받아들|수락
refuse	거부|거절|기각
allow	허용|허가|허락
forbid	금지
order	명령|지시|주문
obey	복종|순종|따랐
lead	이끌|이끈|주도|지휘|선두
govern	통치|다스리|다스렸|지배|집권
protect	보호|지키|지켰|수호
save	저축|절약|예금|저금
kiss	키스|입맞
touch	만지|만졌|만져|건드|손대
hit	때렸|때리|구타|강타|타격
suffer	고통|시달|겪었|겪고|겪는|겪은|앓고
enjoy	즐기|즐겼|즐거|만끽|향유
belong	속하|속한|속했|소속
own	소유
lack	부족|결여|결핍|모자라|모자랐|실종
happen	발생|일어났|일어난|벌어졌|벌어진|벌어지
appear	나타|등장|출현
disappear	사라|소멸
continue	계속|지속|이어가|이어졌|이어지|잇따
prepare	준비|대비해|대비했|대비하
organize	조직|주최|단체
create	창조|창출|창설|창작|생성
develop	개발|발전|발달
improve	개선|향상|개량
discover	발견
examine	검토|조사|점검|살펴
confirm	확인|확정
deny	부인했|부인하|부인한|부인해|일축|부정했
admit	인정|자백|시인했|시인하
forgive	용서|사면
invite	초청|초대|초빙
welcome	환영|환대|반겼
earn	벌었|벌어들|벌고|벌기
win	이겼|이긴|당선|승자
spend	지출
borrow	빌렸|빌려|대출|차입|융자
join	가입|합류|가담
separate	분리|분단|분할|헤어
gather	모였|모여|모으|모았|모인|수집|집결
share	공유|나눠|나누|나눴|분담
# Adjectives
first	처음|최초|첫째|첫번
second	둘째|두번째
third	셋째|세번째
last	마지막|최후|최종|지난
new	새로|새롭|신규|신형
old	낡은|늙은|오래된|노후|고령
young	젊은|젊었|젊어|청년|어린
high	높은|높이|높아|높았|높다|높고|고위
deep	깊은|깊이|깊어|깊게|깊다|심층|깊숙
long	길게|길어|길었|길다|장기|오랫
short	짧은|짧게|짧아|짧았|짧다|단기|간략
large	커다|대형|대규모|크게|크다|커졌|커진
small	작은|작게|작아|작다|작았|소형|소규모
white	흰색|하얀|하얗|백색|백인
black	검은|검정|흑색|흑인|까만|까맣
red	붉은|붉게|붉어|빨간|빨강|적색
green	녹색|초록
blue	파란|파랑|푸른|푸르|청색
yellow	노란|노랑|노랗|황색
grey	회색|잿빛
brown	갈색
colour	색깔|색상|색채|빛깔
dark	어두|어둠|캄캄|암흑
bright	밝은|밝게|밝아|환한
steep	가파|급경사|험준
half	절반|반쯤
thousand	수천
good	좋은|좋아|좋았|좋다|좋게|훌륭|최선
bad	나쁜|나쁘|나빠|나빴|악화|최악
beautiful	아름다|아름답|미인
ugly	추한|추악|못생|흉측
heavy	무거|무겁
lightweight	가벼|가볍|경량
hard	단단|딱딱|견고|강경
soft	부드|말랑|유연
easy	쉬운|쉽게|쉽다|쉽지|쉬웠|간단|단순
difficult	어렵|어려운|어려움|어려워|어려웠|곤란|힘든|힘들
important	중요
possible	가능
impossible	불가능
false	거짓|허위|틀린|틀렸|잘못
correct	정확|올바|옳은|옳다
same	똑같|마찬가지|동일한|동일하
different	차이|상이|다르
similar	비슷|유사
strange	이상한|이상하|기이|기묘|괴상
famous	유명|저명
unknown	미지|미상|무명
clear	분명|명확|뚜렷|명백
loud	시끄|소음|요란|소란
wide	넓은|넓게|넓이|넓어|넓다|광범|폭넓
narrow	좁은|좁게|좁아|좁다|협소
thick	두꺼|두껍|두께|굵은|짙은
thin	얇은|얇게|얇아|날씬|가늘
near	근처|인근|부근|가까운|가까이
far	멀리|멀어|멀었|원거리|외딴|원격
wet	젖은|젖어|젖었|습기|습한|축축
dry	건조|마른|말린|말랐
dirty	더러|불결|지저분
sweet	달콤|단맛
bitter	쓴맛|씁쓸|쓰라|쓰디
fresh	신선|싱싱|상쾌
alone	혼자|홀로|단독
kind	친절|다정|상냥
cruel	잔인|잔혹|가혹
honest	정직|솔직
clever	똑똑|영리|총명|지능|현명
stupid	어리석|바보|멍청
careful	조심|신중|주의
modern	현대적|현대식|근대|모던
ancient	고대|골동|옛날
main	주요|주된|핵심
local	현지|지방|토착
private	민간|사적|사립|비공개|사생활
social	사회적
whole	전체|전부|온통|통째
total	합계|총액|총계|총합
certain	확실|확신|틀림없
serious	심각|중대|진지하|진지한
special	특별|특히|특수|특정
normal	정상적|정상화|평상시|평소
usual	보통|대개|평범|통상적
common	공통|흔한|흔히|일반적|보편
rare	드물|희귀|희소|좀처럼
real	실제|진짜|정말|진정한
ready	태세|준비됐|준비된
enough	충분|넉넉
# Adverbs and relations
only	오직|오로지|유일|불과
together	함께|더불어
almost	거의
slowly	천천|느린|느리|느렸|완만
quickly	빠르|빨리|빠른|빨라|신속|급속|급격
perhaps	아마도|어쩌면|혹시
completely	완전|완벽
unfortunately	불행|안타깝
fortunately	다행
indeed	과연|실로
everywhere	곳곳|도처|어디서나|사방
somewhere	어딘가|어디선가
nowhere	어디에도|아무데
because	때문|왜냐|덕분
although	비록
despite	불구
without	없이
during	동안|도중
between	사이에|사이의|사이로
against	반대|대항|맞서|맞선|반하는
towards	향해|향한|향하|쪽으로
behind	배후|뒤편|뒤쪽|뒤에
under	아래|밑에|밑으로
beside	옆에|곁에|옆으로|곁을
around	주위|주변|둘레|일대|가량
across	너머|건너편|전역
nothing	아무것
# Society and abstract notions
voice	목소리|음성
society	사회|협회|학회
club	클럽|동호회|구단
photograph	사진
show	보여주|보여줬|보여준|공개|드러냈
plan	계획|구상|기획|프로젝트
part	부분|일부|부품
piece	조각|파편|토막
sort	종류|유형|품종
manner	예절|매너|에티켓
situation	상황|사태|형편
condition	조건|상태|여건
case	경우|사건
purpose	목적|의도
chance	기회
risk	리스크|위험성
value	가치
quality	품질|자질|질적
level	수준|레벨|수위
system	체제|제도|시스템|체계
process	과정|프로세스
programme	프로그램
opinion	의견|견해
interest	관심|흥미|이자
role	역할
position	입장|위치|지위|직위
control	통제|장악|관리|제어|단속
influence	영향
pressure	압력|압박
responsibility	책임
duty	의무|직무|책무
respect	존중|존경
honour	명예|영예
glory	영광
success	성공|성과
failure	실패
progress	진전|진척
relationship	관계
contact	접촉|연락
conversation	대화|논의|담화|토의
debate	논쟁|논란|토론회|토론했|토론하
demand	요구|요건
offer	제안|제의|제시
task	과제|임무|업무|사명
effort	노력
activity	활동
action	행동|행위
event	행사|이벤트
experience	경험|체험
# Numbers and materials
four	넷째|네번째
five	다섯
six	여섯
seven	일곱
nine	아홉
ten	열번째|열째
twelve	열두
twenty	스물|스무|이십
hundred	수백
million	백만|수백만
billion	십억|수십억
quarter	분기|사분기
double	두배|갑절
gold	황금|금값|금괴|금빛
silver	은색|은메달|은빛
copper	구리
steel	강철|철강
metal	금속
paper	종이
fabric	직물|섬유|원단
leather	가죽|피혁
wool	양모|털실|모직
cotton	면화|목화
concrete	콘크리트
plastic	플라스틱
brick	벽돌
# More nouns, verbs and adjectives
space	우주|공간
donkey	당나귀
mule	노새
lion	사자
monkey	원숭이|유인원
goose	거위
owl	올빼미|부엉이
corner	구석|모퉁이|코너
carpet	카펫|양탄자
curtain	커튼|장막
bath	목욕|욕실|욕조
cigarette	담배
pipe	파이프|배관|수도관|가스관|송유관
wake	깨어|깼다|깨웠|깨우
blind	시각장애|맹인|장님
deaf	청각장애|청각
ambulance	구급차|앰뷸런스
disabled	장애인|장애우|장애자
drug	마약|약물
alcohol	알코올|음주
candidate	후보
campaign	캠페인|선거전|유세
countryside	시골|농촌
immigration	이민|이주
asylum	망명
ceasefire	휴전
corruption	부패|비리
scandal	스캔들|추문
kidnapping	납치|유괴|피랍
complaint	불만|민원|항의
suspect	용의자|혐의|의심
invoice	청구서|인보이스
stock exchange	증권거래소|거래소|증시
currency	화폐|외화
employer	고용주|사업주
pension	연금|은퇴|퇴직
nuclear	원자력|원전|핵무기|핵실험|핵개발|핵시설|핵무장|핵폭탄|비핵화
gas	가스
engine	엔진|모터|발동기
wheel	바퀴
dam	저수지
power station	발전소
laboratory	실험실|연구실
statistics	통계
average	평균
novel	소설
sculpture	조각상|조형물|동상|조각가
concert	콘서트|연주회|음악회
orchestra	오케스트라|관현악
exhibition	전시회|박람회|전람회|전시관
magazine	잡지
interview	인터뷰|면담|회견
website	웹사이트|사이트|홈페이지
olympic	올림픽
stadium	경기장|운동장|스타디움
coach	코치
record	기록
period	기간|시기
cool	시원|서늘|선선
naked	알몸|나체|벌거
guilty	유죄|죄책감
innocent	무죄|결백|순진
wild	야생
round	둥근|둥글
flat	평평|납작|평탄
sharp	날카|예리
ride	탑승|승마|타고|탔다
sail	항해|출항
bury	묻었|묻혀|묻힌|안장
repeat	반복|되풀|거듭
approve	동의|찬성|승인|합의
threaten	위협|협박
collapse	붕괴|무너|쓰러|함몰
rest	휴식|쉬었|쉬고|쉬는
weigh	저울
hang	매달려|매달린|매달았|교수형
tremble	떨었|떨며|떨리|떨고|전율|흔들
sigh	한숨
whisper	속삭|귓속말|중얼
feed	먹이|먹였|사료|수유
sense	감각|센스|분별
character	성격|캐릭터|특성
behaviour	행태|태도|품행|처신
habit	습관|버릇|관행
model	모델|모형|모범
sound	소리|음향
highway	고속도로
fuel	연료|휘발유|가솔린
motorcycle	오토바이
taxi	택시
cable car	케이블카|곤돌라
neighbourhood	동네|주택가
park	공원
cemetery	묘지
colleague	동료
slave	노예
knight	기사단
giant	거인|거대|엄청|막대한
witch	마녀
ghost	유령|귀신
# More vocabulary
swamp	습지
pond	연못
bay	걸프
peninsula	한반도
continent	대륙
jungle	정글|밀림|열대우림
blizzard	눈보라|폭설
melt	녹았|녹아|녹는|녹은|녹고|용해|해빙
rainbow	무지개
elbow	팔꿈치
thumb	엄지
nervous	신경|긴장
scar	흉터|상흔
jealousy	질투|시샘|부러워|부럽
gratitude	고마움|감사함|감사의
boredom	지루|따분
curiosity	호기심|궁금
horror	공포|끔찍|참혹|무시무시
regret	후회|유감
relief	안도|안심
panic	패닉|공황|당황
admiration	감탄|경탄|칭찬|찬사
contempt	경멸|멸시|모욕
mercy	자비|긍휼
revolution	혁명
uprising	봉기|반란|반군|항쟁
dictator	독재
regime	정권
colony	식민
genocide	대량학살|집단학살|제노사이드|종족학살
massacre	학살
chancellor	총리
senate	상원
congress	의회|하원
customs	세관|통관
riot	폭동|난동
poll	여론|설문
coalition	연정|연립
conservative	보수
liberal	진보|자유주의|리버럴
communist	공산
rent	임대|임차|세입자|월세|집세
property	재산|부동산|소유물
bankruptcy	파산|부도
advertising	광고
competition	경쟁자|경쟁사|라이벌|맞수
deficit	적자
supply	공급|보급|배달|납품|배송
transport	운송|수송
chemistry	화학
physics	물리학
biology	생물
mathematics	수학
evolution	진화론
planet	행성
telescope	망원경
invention	발명
oxygen	산소
pollution	오염
towel	수건|타월
bucket	양동이
button	단추|버튼
hammer	망치|해머
tent	텐트|천막
torch	횃불|손전등|성화
envelope	봉투
refrigerator	냉장고
spectacles	안경
cherry	체리|버찌
grape	포도
onion	양파
salad	샐러드|상추
cake	케이크|케익
pepper	후추|고추
cream	크림
appetite	식욕
traffic jam	체증|교통체증
blow	불었|불어|부는
flow	흘러|흘렀|흐르|흐른
hurry	서둘|서두르|급히|황급
cheat	속였|속이|속여|기만|사기
bless	축복
calculate	계산|산출|추산|산정
exist	존재|실재
depend	의존|달렸|달려있|좌우된|좌우될
contain	포함|함유|담고|담긴|담겨
compare	비교
lazy	게으|게을|나태
polite	공손|정중
low	낮은|낮아|낮았|낮게|낮다|낮춰|낮추|저조
illegal	불법
current	현재|현행
next	다음
previous	이전|전임|앞서
tiny	조그|미세|극소|자그
pretty	예쁜|예쁘|귀여
divine	신성|신적
artificial	인공|인조
medical	의료|의학
digital	디지털
however	그러나|하지만|그럼에도
mostly	주로|대부분|대체로
partly	부분적
directly	직접|곧바로
gradually	점차|점점|서서히|차츰|점진
mosque	이슬람사원
temple	신전|사당
town hall	시청사
barracks	막사|병영
monument	기념비|기념물|기념탑|추모비|위령탑
ruin	폐허|유적|망쳤|망쳐
territory	영토|영역|영유
zone	지대|구역
twins	쌍둥이
childhood	유년|어린시절|소년시절
divorce	이혼
inheritance	상속|유산|후계
career	경력|커리어|이력
document	문서|서류|문건
file	파일
signature	서명
fate	운명|숙명
miracle	기적
adventure	모험
symbol	상징
flag	국기|깃발
sign	징후|조짐|표지판|간판
address	주소
# Further vocabulary
sunrise	일출|해돋이
dusk	황혼|해질|땅거미|석양
tide	밀물|썰물
hedge	울타리
fountain	분수|우물|샘물
mill	방앗간|풍차|제분
canal	운하|수로
spider	거미
frog	개구리
whale	고래
elephant	코끼리
tiger	호랑이
camel	낙타
fur	모피
horn	경적
cage	새장|철창
mechanic	정비사|정비공
miner	광부
guard	경호|경비원|경비대|보초
spy	간첩|스파이|첩보
sofa	소파
ink	잉크
pencil	연필
notebook	공책|수첩|노트
coin	동전|주화
sauce	소스|양념
lemon	레몬
orange	오렌지
strawberry	딸기
fist	주먹
skull	두개골|해골
flu	독감|인플루엔자
ally	동맹|우방
missile	미사일
tank	탱크|전차
fleet	함대|선단
veteran	참전|베테랑|노장|퇴역
famine	기근|굶주
tragedy	비극|참극
account	계좌|계정
comfortable	편안|편하|안락|쾌적
glad	기쁘|기뻐|기쁜|기뻤|반가
visible	가시적|가시성|시야
popular	인기
release	석방|출시|발매|풀려|방출
pour	쏟아|부었|붓고|퍼부
swear	맹세|선서|서약
guess	추측|짐작|추정
prefer	선호
hesitate	망설|주저
apologize	사과|사죄

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
        "ko/romanization": #"""
# How the script's letters read in Latin letters, for cognates (메드베데프 / Medvedev): one
# JAMO <TAB> latin a line, as conjoining jamo: initial consonants (U+1100…), vowels (U+1161…),
# final consonants (U+11A8…); an empty latin is a silent letter (initial ㅇ). A syllable reads
# as its initial, vowel and final.
ᄀ	g
ᄁ	kk
ᄂ	n
ᄃ	d
ᄄ	tt
ᄅ	r
ᄆ	m
ᄇ	b
ᄈ	pp
ᄉ	s
ᄊ	ss
ᄋ	
ᄌ	j
ᄍ	jj
ᄎ	ch
ᄏ	k
ᄐ	t
ᄑ	p
ᄒ	h
ᅡ	a
ᅢ	ae
ᅣ	ya
ᅤ	yae
ᅥ	eo
ᅦ	e
ᅧ	yeo
ᅨ	ye
ᅩ	o
ᅪ	wa
ᅫ	wae
ᅬ	oe
ᅭ	yo
ᅮ	u
ᅯ	wo
ᅰ	we
ᅱ	wi
ᅲ	yu
ᅳ	eu
ᅴ	ui
ᅵ	i
ᆨ	g
ᆩ	kk
ᆪ	gs
ᆫ	n
ᆬ	nj
ᆭ	nh
ᆮ	d
ᆯ	l
ᆰ	lg
ᆱ	lm
ᆲ	lb
ᆳ	ls
ᆴ	lt
ᆵ	lp
ᆶ	lh
ᆷ	m
ᆸ	b
ᆹ	bs
ᆺ	s
ᆻ	ss
ᆼ	ng
ᆽ	j
ᆾ	ch
ᆿ	k
ᇀ	t
ᇁ	p
ᇂ	h

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
# Language labels before a foreign term: "(лат. Matricaria, англ. chamomile)".
лат.
англ.
нем.
франц.
фр.
греч.
итал.
исп.
кит.
яп.
араб.
рис.
табл.
гл.
п.
пп.
ст.
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
# Municipal units before a place name ("в г.о. Химки", "пгт. Пойковский")
г.о.
м.о.
р.п.
с.п.
пгт.

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
        "ru/lexicon": #"""
# Words for shared concepts: CONCEPT <TAB> form|form. Two profiles' lexicons joined on the
# concept make the aligner's seed dictionary for that pair (any form meets any form of the other
# side; a word matches a form followed by up to three more letters, so a form that begins a
# frequent other word is left out). Concepts are English words.
# The lexicons share one list of concepts, grouped by topic; a concept is left out
# of a language where its words would also match frequent words of another meaning.
# Mountains, landscape and water
mountain	горы|гору|горой|горах|горам|горн
summit	вершин|саммит
glacier	ледник
hut	хижин
valley	долин
village	деревн|деревен|село|селом|посел|посёл
snow	снег|снеж
ice	льд|лёд|ледян|ледов
rock	скал|скальн
stone	камен|камн
river	река|реки|реке|реку|рекой|речн|речк
lake	озер|озёр
forest	лес
path	троп|тропинк
ridge	хребет|хребт
wall	стена|стены|стене|стену|стеной|стенк
slope	склоны|склона|склонов|склону|склоном
pass	перевал
crevasse	трещин
avalanche	лавин
debris flow	селев
rockfall	камнепад|оползн|оползен|обвал
field	полях|полям|полей|полев
meadow	луг
grass	трава|травы|траву|травой|травян
hill	холм
plain	равнин
plateau	плоскогор
cliff	утес|утёс|обрыв
cave	пещер
gorge	ущель|каньон
stream	ручей|ручь|ручье
waterfall	водопад
source	источник
sea	море|моря|морю|морск
ocean	океан
coast	побережь|прибрежн
beach	пляж
island	остров
riverbank	берег
wave	волна|волны|волной|волнам|волнах
flood	наводнен|паводок|паводк
desert	пустын
earth	земл|почв
ground	грунт
sand	песок|песк
mud	грязь|грязи|грязью|грязев
dust	пыль|пыли|пылью|пылев
landscape	пейзаж|ландшафт
nature	природ
environment	окружающ|экологи|экологическ
region	регион|региональн|област|район
world	мира|мире|миру|миром|миров|всемирн
horizon	горизонт
view	взгляд|панорам|зрени
edge	краю|кромк
height	высот
depth	глубин
moraine	морена|морены|морене|морену|мореной|моренн
serac	серак
cornice	карниз
rope	веревк|верёвк|веревок|верёвок|канат|троса|тросом|тросы
axe	ледоруб
climb	восхожден
climber	альпинист
mountaineering	альпинизм
guide	гида|гиды|гидом|гидов|проводник
porter	носильщик|шерп
expedition	экспедици
bivouac	бивак|бивуак
ski	лыж|горнолыж|горнолыжн
alps	альп|альпийск
chalet	шале
volcano	вулкан|вулканическ
earthquake	землетрясен
# Weather, sky and light
weather	погод
storm	шторм|буря|бури|бурю|гроза|грозы|грозу|грозой|ураган
rain	дожд|ливн|ливен
wind	ветр
fog	туман
sun	солнц|солнеч
sky	небо|неба|небе|небес
cloud	облак|облачн|тучи
cold	холод
heat	жара|жары|жаре|жару|жарой|зной|жарк
warm	тепл|тёпл|потеплен
frost	мороз|замерз|заморож|замороз
thunder	грома|громом
lightning	молни
hail	града|градом|градин
drought	засух|засушлив
climate	климат|климатическ
temperature	температур
moon	лун
star	звезд|звёзд
light	свет
light2	светил|сиял|сияни|сверка
shadow	тень|тени|тенью|теней|тенев
dawn	рассвет
sunset	закат
air	воздух|воздушн
# Time
time	врем
moment	момент|мгновен
minute	минут
hour	часа|часов|часу
day	дня|днем|днём|дней|дню|сутк|суток
night	ночь|ночи|ночн|ночей
morning	утро|утром|утрен
evening	вечер
noon	полдень|полудн
midnight	полноч|полуноч
week	недел
weekend	выходн
month	месяц|месячн
year	год
decade	десятилет
century	века|веке|веков|веком|веку|столети
age	возрасте|возрастом|возрастн
era	эпох|эра|эры|эру|эрой
past	прошлое|прошлом|прошлого|прошлым|минувш
future	будущ
history	истори|историческ
winter	зим
spring	весн|весен
summer	лето|летом
autumn	осен
season	сезон
holiday	отпуске|отпуском|отпусков|отпускн|каникул
feast	праздник|праздничн|празднова|празднуе|празднуют|торжеств|фестивал
birthday	годовщин|юбиле
christmas	рождеств|рождественск
easter	пасх|пасхальн
date	дата|даты|дату|датой|дате
calendar	календар
clock	часы
end	конец|конца|концу|концом|окончани
today	сегодня|сегодняш
yesterday	вчера|вчерашн
tomorrow	завтрашн
now	сейчас|теперь|ныне
soon	вскоре
late	поздн|позже|опозда
early	рано|ранн|раньше|досрочн
always	всегда
never	никогда
often	часто|нередко|зачастую
sometimes	иногда|порой
again	снова|вновь|опять
already	уже
finally	наконец|итоге
suddenly	внезапн|вдруг
immediately	немедленн|сразу|тотчас
recently	недавн
formerly	бывш|ранее|прежн|прежде
# People and family
person	человек
people	люд|народ
human	человеческ|человечеств
woman	женщин
man	мужчин
child	ребен|ребён|дети|детей|детям|детьми|детск
boy	мальчик|мальчишк
girl	девочк|девушк|девчонк
baby	младен|малыш
youth	молодеж|молодёж|подрост|подростк|юнош|юност
adult	взросл
old man	пожил|старик
father	отец|отц
mother	мать|матерью|матерей|мама|мамы|маме|маму|мамой|материнск
parents	родител
brother	брата|брату|братом|братья|братьев|братишк
sister	сестр
son	сын|сыновь
daughter	дочь|дочери|дочерью|дочерей|дочк
grandfather	дедушк|дед
grandmother	бабушк
grandchild	внук|внуч
uncle	дяд
aunt	тетя|тети|тетю|тетей|тётя|тёти|тётю|тётей|тетушк|тётушк
cousin	двоюродн|кузен
husband	мужа|мужу|мужем|мужья
wife	жена|жены|жену|женой|супруга|супругой
marriage	брак|свадьб|свадеб|женил|замуж|венча
bride	невест
widow	вдова|вдовы|вдове|вдову|вдовой|вдовец|вдовц
orphan	сирот
family	семья|семьи|семье|семью|семьей|семьёй|семей|семейн
relative	родственник|родственниц|родня
ancestor	предок|предк
generation	поколени
friend	друз|дружб|дружеск|подруг|приятел
neighbour	сосед
guest	гость|гостей|гостям|гостя|гостем|гостю|гостях|гостья|гостил
stranger	незнаком|иностран|иностранн|зарубеж|зарубежн|рубежом|чужак
enemy	враг|вражеск|вражд
companion	соратник|товарищ|компаньон|попутчик
couple	пары|пару|парой|супружеск
name	имя|имени|именем|имена|фамили
gentleman	господин|джентльмен|сэр|мистер
lady	дамы|даме|даму|дамой|леди|госпож
master	мастер|хозяин|хозяев
servant	слуг|прислуг|служанк
crowd	толп
inhabitant	жител|обитател
population	населени
citizen	граждан
tourist	турист
member	член
group	групп
team	команда|команды|команде|команду|командой|сборная|сборной|сборную
leader	лидер|вожд
hero	герой|героя|героем|героев|героям|героиня|героини|героизм|героическ
victim	жертв|пострадавш
witness	свидетел|очевидц|очевидец
# Occupations and roles
doctor	врач|доктор
nurse	медсестр|медбрат|сиделк
priest	священник|пастор
monk	монах
nun	монахин
bishop	епископ
pope	понтифик|папа|папы|папе|папу|папой|папск
teacher	учител|учительниц|преподавател|профессор
student	студент
pupil	ученик|учениц|школьник|школьниц
artist	художник|художниц
writer	писател|автор
poet	поэты|поэтов|поэтам|поэтесс
musician	музыкант
singer	певец|певц|певиц
actor	актер|актёр|актрис|артист
journalist	журналист
photographer	фотографа|фотографы|фотографов|фотографом|фотокорреспондент|фотожурналист
scientist	учены|учёны|ученого|учёного|ученому
geologist	геолог
engineer	инженер
architect	архитектор
lawyer	адвокат|юрист
judge	судья|судьи|судью|судьей|судьёй|судей|судьям
officer	офицер
general	генерал
captain	капитан
king	король|короля|королю|королем|королём|королей|монарх
queen	королева|королевы|королеву|королевой
prince	принца|принцу|принцем|принцесс|княз
emperor	император
noble	дворян|аристократ
farmer	фермер|крестьян
shepherd	пастух
fisherman	рыбак|рыболов
craftsman	ремесленник
carpenter	плотник|столяр
smith	кузнеца|кузнецы|кузнецом|кузниц
baker	пекар
cook	повар|кулинар
merchant	купец|купц|торговец|торговц
employee	сотрудник|сотрудниц|персонал|работник
boss	начальник|руководител|директор|менеджер|босс
driver	водител|шофер|шофёр
pilot	пилот|летчик|лётчик
sailor	моряк|матрос
secretary	секретар
expert	эксперт|специалист
president	президент|президентск
minister	министр
mayor	мэра|мэру|мэром|мэрии|мэрия|мэрию|градоначальник
ambassador	посол|послом|послы
spokesman	представител
politician	политиков|политиком
thief	вора|воры|вором|воришк|грабител|взломщик
prisoner	узник|пленн
criminal	преступник|преступниц|злоумышленник|правонарушител
refugee	беженц|беженец
patient	пациент
# Body and health
body	тело|тела|телу|телом
head	голов
face	лицо|лицом|лицу
eye	глаз
ear	уши|ушей|ушах
nose	носа|носом|носу
mouth	рта|ртом
lip	губы|губа|губах|губам
tooth	зубы|зуба|зубов|зубн
hair	волос
beard	борода|бороды|бороду|бородой|бородат
forehead	лба|лбу|лбом
neck	шея|шеи|шею|шеей|горл
shoulder	плеч
hand	рук
finger	палец|пальц
nail	ногт|ноготь|гвозд
chest	груд
belly	живота|животе|животом|брюх
heart	сердц|сердечн
blood	кровь|крови|кровью|кровав|кровотечен|кровопролит
bone	кость|кости|костей|костн
skin	кож
muscle	мышц|мускул
brain	мозг
lung	легочн|лёгочн
stomach	желуд|желудочн
leg	нога|ноги|ногу|ногой
knee	колен
foot	ступн|пешком
breath	дыхани|дыхат|дыш
tear	слез|слёз
health	здоров|здравоохранени
illness	болезн|заболевани
sick	больной|больные|больных|больного|больным|болен|больна|заболел
pain	болью|болезненн|болев
wounded	ранен|раны|рана|травм|пострадал
fever	лихорадк
cough	кашель|кашл
infection	инфекци|инфекционн|заражен|заражён|заразил
virus	вирус
epidemic	эпидеми|пандеми
vaccine	вакцин|вакцинац|прививк
cancer	рака|раком|онколог|опухол
heart attack	инфаркт
medication	лекарств|лекарственн|препарат|медикамент
hospital	больниц|госпитал|клиник
treatment	лечени|лечил|лечат|лечит|терапи
operation	операци|хирурги|хирургическ
death	смерт|смертельн|гибел
dead	погиб|мертв|мёртв|умерш|скончал|умер
corpse	трупы|трупов|трупа|трупом|трупам
grave	могила|могилы|могилу|могилой|могильн|гробниц
funeral	похорон|погребени
birth	рожден|рождён|родил|рождаемост
pregnant	беременн|беременност
life	жизн|живы|живой|живого|живая
strength	сила|силы|силу|силой|силам
strong	сильн|сильнейш
weak	слаб
tired	устал|утомл|изнур
hunger	голод|голодовк
thirst	жажд
sleep	спал|спит|спят|спать|засну|уснул|сном
dream	мечт|сновидени
# Feelings and mind
feeling	чувств|эмоци|эмоциональн
love	любов|любви|любил|люблю|любят|влюб
hate	ненавист|ненавид
joy	радост
happy	счаст|счастлив
luck	удач|везени|повезло
sad	груст|печал|печальн|скорб
fear	страха|страхом|страху|опасени|опасаетс|опасаютс|опасаясь|боится|боятся|боялся|боялись|испуг
courage	мужеств|храбр|смелост
anger	гнев|ярост|возмущени
shame	стыд|позор
pride	гордост|гордит|гордый|гордые|гордятся
hope	надежд|надеет|надеют|надеял
despair	отчаян
worry	беспоко|беспокойств|обеспокоен|тревог|тревож|озабоченн|озабоченност
surprise	удивлен|удивлён|удивил|удивительн|сюрприз|изумлен
pity	жалост|жаль|сострадани|сочувстви
loneliness	одиночеств|одинок
peace	мирн|перемири|миротвор
silence	тишин|молча
calm	спокойн|спокойстви|успоко
patience	терпени
trust	довери|доверя
doubt	сомнени|сомнева|сомневает|сомневают
mind	разума|разумом|интеллект|рассуд|дух
soul	душа|души|душу|душе|душой|душевн
thought	мысл
idea	идея|идеи|идею|идеей|идей
memory	память|памяти|памятью|воспоминани
remember	помн|вспомина|вспомн|напомн
forget	забы|забвени
reason	причин|разумн
wisdom	мудр
madness	безуми|безумн|сумасшедш|сумасшестви
knowledge	знани
belief	вера|веры|веру|верой|верующ|убеждени
will	воля|воли|волю|волей|волев
desire	желани|жела
attention	внимани|внимательн
mistake	ошиб|ошибочн
truth	правд|истин
lie	ложь|лжи|ложью|лжец|лжив|вранье|враньё|солгал|лгал
secret	тайн|секреты|секретн|секретов|засекреч
# House and home
house	дом
home	домой|родин
building	здани|постройк|сооружени
apartment	квартир|жиль|жилищ
room	комнат|помещени|зала|залы
kitchen	кухн|кухонн
cellar	подвал|погреб
attic	чердак|чердач
floor	этаж
stairs	лестниц
step	шаг|ступен
door	двер
window	окн
roof	крыш|кровл
chimney	дымоход|камин
garden	сада|саду|садом|садов|садах
fence	забор|ограждени|ограда|ограды|ограду|оградой
gate	ворот
key	ключ
castle	замок|замка|замке|замков|крепост
palace	дворец|дворц
tower	башн|вышк
furniture	мебел
bed	кроват|постел
table	стола|столу|столом|столы|столик
chair	стул|кресл
bench	скамейк|скамь
cupboard	шкаф
box	ящик|коробк
bag	сумк|сумок|мешок|мешк
rucksack	рюкзак
basket	корзин
bottle	бутылк|бутылок
glass	стекл|стеклян|стакан
cup	чашк|чашек|кубок|кубк
plate	тарелк|блюд
pot	кастрюл|горшок|горшк|чайник
knife	ножа|ножом|ножи|ножей|ножев
spoon	ложк|ложек
fork	вилк|вилок
blanket	одеял
pillow	подушк
lamp	ламп|фонар
candle	свеч
mirror	зеркал
picture	картин|изображени|снимок|снимк
clothes	одежд|плать
coat	пальто|плащ
jacket	куртк|пиджак
shirt	рубашк|рубах
trousers	штаны|штанах|штанов|штанам
shoe	обув|ботин|сапог|туфл
hat	шляп|шапк
glove	перчатк|перчаток
pocket	карман
ring	кольц
jewel	драгоценн|драгоценност|ювелир|украшени
umbrella	зонт
toy	игрушк|игрушек
gift	подарок|подарк|подарил
thing	вещ|предмет
tool	инструмент|устройств|прибор
machine	станок|станк|агрегат
wood	древесин|деревянн|дрова|дров
fire	огонь|огн|пожар
smoke	дым|курени|курит|курят
ash	пепел|пепл
stove	печь|печи|печью|печк|духовк
coal	уголь|угля|углем|углём|угольн
oil	нефт|нефтян
soap	мыло|мыла
water	вода|воды|воду|водой|водн|водоснабжени
electricity	электричеств|электроэнерги|электрическ
# Food and drink
food	пищ|продовольств|продовольственн|еда|еды|едой
meal	обед|ужин|трапез
breakfast	завтрак
bread	хлеб
meat	мяс
fish	рыбы|рыбу|рыбой|рыбн
milk	молок|молочн
cheese	сыра|сыром|сырн
butter	масл|сливочн
egg	яйц|яиц
salt	соль|солью|солен|солён
sugar	сахарн|сахаром
honey	мёд|мёда|медом|медов|мёдом
flour	мука|мукой|муку|мучн
soup	супа|супом|супы|супу
fruit	фрукт|плод
apple	яблок|яблон
potato	картофел|картошк
vegetable	овощ
rice	риса|рисом
sausage	колбас|сосиск
chocolate	шоколад
coffee	кофе|кофейн
wine	винограда|виноградник|виноградн|винодел|вином|винный|винные|винных|винного|винной|винным
beer	пив
drink	пьет|пьёт|пьют|выпил|выпива|напит|пьян|пить
eat	съел|съест|съед|едят|кушат|кушал
taste	вкус
# Animals, plants and farming
animal	животн|зверь|звери|зверей|зверя
horse	лошад|коня|конем|конём|коней|кобыл
cow	коров|скота|скотом|скотин|скотовод
bull	быка|быки|быком|быку
calf	телен|телён|телят
sheep	овц|овец
lamb	ягнен|ягнён|ягнят
goat	коза|козу|козой|козел|козёл
pig	свинь|свиней|свинин|свиновод
dog	собак|пёс|пса|псов|псы
cat	кошк|кошек|кошач|котенок|котён|котят
mouse	мышь|мыши|мышей|мышк
rat	крыс
chicken	куриц|куры|курин|петух|цыплят|цыплен|цыплён
bird	птиц|птич
crow	ворона|вороны|ворону|вороной
wolf	волка|волки|волком|волчий|волчь|волчиц
bear	медведь|медведя|медведи|медведей|медведю|медведем|медвеж
fox	лиса|лисы|лису|лисой|лисиц
deer	олен
chamois	серна|серны|серну
ibex	козерог
marmot	сурок|сурка|сурки
hare	заяц|зайца|зайцы|зайцем|кролик
snake	змея|змеи|змею|змей|змеёй|змеей
insect	насеком
bee	пчел|пчёл
butterfly	бабочк|бабочек
worm	черв
herd	стадо|стада|стадом|стая|стаи|стаю|стаей|табун
nest	гнезд
wing	крылья|крыльев|крылом
feather	перо|перья|перьев|пером|оперени
tail	хвост
hunting	охота|охоты|охоту|охотой|охотник|охотнич|охотил
plant	растени|растительн
tree	дерево|дерева|деревом|деревья|деревьев
flower	цветок|цветк|цветы|цветочн|цветени
leaf	листья|листьев|листв
branch	ветв|ветк|веток
root	корен|корн
seed	семя|семена|семян|семенн
fir	елк|ёлк|ельник|пихт|хвойн
pine	сосн|сосен
larch	лиственниц
oak	дубы|дубов|дубом|дубрав
moss	мох|мхом|мхов|мхи
bush	куст|кустарник
mushroom	гриб
rose	роза|розу|розой
farm	ферма|фермы|ферму|фермой
agriculture	сельскохозяйственн|сельхоз|аграр|земледели
harvest	урожа
grain	зерн|пшениц
straw	солома|соломы|солому|соломой|соломен
plough	плуг|пахат|пахот|вспах|пашн
stable	конюшн|хлев
# Travel, transport and places
journey	путешеств|путешествова|путешественник|поездк|поездок
road	дорогам|дорогах|дорожн|шоссе|трасс|автодорог|магистрал
street	улиц|уличн|переул
direction	направлени
bridge	мост
tunnel	тоннел|туннел
car	автомобил|машин
truck	грузовик|фура|фуры|фуру
bus	автобус
bicycle	велосипед
train	поезда|поезде|поездом|поезду|поездов|железнодорожн|электричк
station	станци|вокзал
airport	аэропорт
plane	самолет|самолёт|авиалайнер
flight	рейс|полет|полёт
helicopter	вертолет|вертолёт
ship	корабл|судно|судна|судном|теплоход|танкер
boat	лодк|лодок|катера|катере|катером|катеров
port	порту|портом|порты|портов|гавани|гаванью
passenger	пассажир|пассажирск
ticket	билет
luggage	багаж
traffic	трафик|пробк|пробок
accident	авари|катастроф|дтп|крушени
speed	скорост
distance	расстояни|дистанци
arrival	прибыти|приезд|прилет|прилёт
departure	отъезд|вылет|отправлени
place	место|места|месте|местом
city	город
capital	столиц|столичн
square	площад
market	рынок|рынк|базар
shop	магазин
restaurant	ресторан
inn	трактир|таверн
hotel	гостиниц|отел
country	страна|страны|стране|страну|страной
border	границ|погранич
canton	кантон
commune	муниципалитет|муниципальн|общин
state	государств|государственн|штат
nation	нация|нации|нацию|нацией|наций|национальн
province	провинци
europe	европ|европейск|европейц
switzerland	швейцари|швейцарск|швейцарц
germany	германи|немецк|немцы|немцев|немцам|немцами|немца|немцу|немцем|немец
france	франция|франции|францию|францией|француз|французск
italy	итали|итальян|итальянск
austria	австри|австрийск|австриец|австрийц
england	англи|английск|англичан
america	америк|американск|американц|сша
russia	росси|российск|русск|россиян
china	китай|китайск|китайц
africa	африк|африканск|африканц
asia	азия|азии|азию|азиатск|азиат
north	север|северн
south	юг|юга|юге|югу|южн|юго
east	восток|восточн
west	запад
left	левы|левой|левая|левого|левом|левую|слева|налево
right	правы|правой|правая|правого|правую|справа|направо
above	сверху|наверху
below	ниже|внизу|снизу
inside	внутри|внутренн
outside	снаружи|внешн|наружн
middle	середин|центр|центральн
side	сторона|стороны|стороне|сторону|стороной
# Politics, government and law
government	правительств|правительственн
politics	политика|политики|политику|политикой|политическ
parliament	парламент|парламентск|думы|думе|думу|думой
party	партия|партии|партию|партией|партий|партиям|партийн
election	выбор|избирател|избирательн|избран|избрал
vote	голос|голосова|голосуе|голосую|бюллетен
referendum	референдум|инициатив
democracy	демократ|демократическ
power	власть|властью|мощь|мощн|держав|могуществ
authority	власти|властей|властям|властями|полномочи
administration	администраци|административн
office	офис|бюро|контор
ministry	министерств|ведомств
council	совета|совете|советом
committee	комитет|комисси
meeting	встреч|заседани|собрани|конференци|совещани|сесси
decision	решени|решил|решит|решат
law	закона|законы|законом|законов|закону|законе|законн|законодательств|законопроект|правов
constitution	конституци|конституционн
rule	правило|правила|правилу|правилом|регламент|регулировани
court	суде|судом|суду|судебн|трибунал
justice	справедлив|справедливост|несправедлив|правосуди|юстици
trial	разбирательств|слушани
judgment	приговор|вердикт|осужден|осуждён
prison	тюрьм|тюрем|сизо
crime	преступлени|преступност|правонарушени
murder	убийств|убийц|убил|убит
theft	краж|украл|грабеж|грабёж|ограблени|ворова|воровств|хищени
police	полици|полицейск|милици|милиционер
arrest	арест|арестова|задержан|задержал
investigation	расследова|следстви|следователи|следователя|следователей|следователем|следователю|следствен
evidence	доказательств|доказа|улик
accusation	обвинени|обвиня|обвинил|обвиняем
punishment	наказа|штраф
freedom	свобод
human rights	правозащит|правозащитн
protest	протест|демонстраци|демонстрант|митинг
strike	забастовк|забастовок|бастова|басту|бастующ
reform	реформ
agreement	соглашени|договор|договоренност|договорённост
negotiation	переговор
crisis	кризис
conflict	конфликт|споры|спора|споре|спором|споров|спорн
opposition	оппозици|оппозиционн|оппозиционер|противник|оппонент
support	поддерж|поддержива|сторонник
majority	большинств
minority	меньшинств
federal	федеральн|конфедераци
republic	республик|республиканск|республиканц
empire	импери|имперск
independence	независимост|независимый|независимые|независимых|независимого|независимой|независимая
tax	налог|налогов|налогоплательщик
budget	бюджет|бюджетн
public	публичн|обществен|общественн
official	официальн|чиновник|должностн
international	международн
diplomacy	дипломат|дипломатическ
embassy	посольств
union	союз|профсоюз
# Economy, money and work
economy	экономик|экономическ|экономист
money	деньг|денег|денежн
franc	франка|франков|франки|франку|франком
dollar	доллар
price	цена|цены|цене|цену|ценой|ценам|ценах|ценов
cost	стоимост|затрат|издержк|дорогостоящ|издержек
payment	платеж|платёж|оплат|выплат|заплати|платил|платит|платят|плата|платы|плату|платой|плате|заплатят
salary	зарплат|заработн|оклад
income	выручк|дохода|доходы|доходов|доходам|доходами|доходах|доходу|доходом|доходн
profit	прибыль|прибылей|прибыльн
loss	убыток|убытк|убыточн|потери|потерь|потерю|потерей|потерям|потерях|потеря|потере
debt	задолженност|долгов|долгом|долгами|долгах|задолжал
bank	банк
business	бизнес|предпринимател|предпринимательств
company	компани|фирм|предприяти|корпораци|концерн
factory	завод|фабрик|комбинат
industry	промышленн|промышленност|промышленник|индустри|индустриальн|отрасл
trade	торгов|торговл|торги|торгах|коммерци|коммерческ
export	экспорт|экспортир|экспортиров|экспортер|экспортёр
import	импорт|импортир|импортиров|импортер|импортёр|ввоз
goods	товары|товаров|товарам|товарах|товара|товару|товаром|товарн
product	продукт|продукци|производств|производствен|производ|производител|изготов|изготовл|производим|изготовлен|производственн
customer	клиент|покупател|заказчик
consumer	потребител|потребительск|потреблени|потребля
investment	инвестици|инвестиционн|инвестор|инвестиров|инвестир|вложени|вложи|вложен
stock	акционер|акционерн|котировк|котировок
growth	прирост|роста|росту|ростом|росте
inflation	инфляци|инфляционн
unemployment	безработиц|безработн
job	занятост|трудоустройств|ваканси|должност
work	работ|труда|труду|трудом|трудов|рабоч|работающ|работавш|труды|труде
rich	богат|богатств|состоятельн|богаче|богатейш
poor	бедн|бедност|беднейш|нищ|нищет|беден
cheap	дешев|дешёв|недорог|подешев
expensive	дорогостоящ|дороже|подорожа|дорогие|дорогих|дорогая|дорогое|дорогую|дорогого|дорогим
buy	купи|покуп|покупк|закуп|закупк|приобрел|приобрёл|приобрест|приобрет|приобретени|куплен|купля|купли|купят|приобретенн|приобретённ
sell	прода|продаж|продав|продан|продаваем
insurance	страхов|страховани|застрахов
tourism	туризм|турист|туристическ
energy	энерги|энергетик|энергетическ
# Science, education and communication
science	наук|научн|ученые|ученых|ученый|ученым|учёные|учёных|учёный|учёным|ученого|ученой|учёного|учёной
research	исследовани|исследова|исследовател|исследу|изучени|изуча|изучи|изучен
observation	наблюдени|наблюда|наблюдател
experiment	эксперимент|испытани|испытан|тесты|тестов|тестир|тестирова|тестировани
result	результат|итог
method	метод|способы|способов|способом|способами|способа|процедур|способу
theory	теори|теоретическ|теоретик
problem	проблем
solution	решени
cause	причин
effect	последстви|эффект
example	примеры|примеров|примером|примера|примеру|примерах|примере|например
fact	факта|факты|фактов|фактом|фактам|фактах|факте|факту
information	информаци|информационн|сведени
data	данные|данных|данным
number	число|числа|числом|чисел|численност|количеств|номер|цифра|цифры|цифру|цифрой|числу
measurement	измерени
measure2	измеря|измери
instrument	инструмент|прибор
thermometer	термометр|градусник
barometer	барометр
degree	градус|степен
meter	метра|метров|метре|метру|метром
kilometer	километр|км
centimeter	сантиметр
kilogram	килограмм|кило|кг
ton	тонна|тонны|тонну|тонной|тоннами|тоннах|тоннам|тонн
litre	литр
percent	процент
weight	веса|весом|весу|весов
size	размер|масштаб|величин|масштабн
length	длина|длины|длиной|длину|длине|протяженност|протяжённост
volume	объем|объём|количеств
surface	поверхност
line	лини
point	точк|пункт|точек
circle	круга|кругу|круги|кругов|окружност|круге
form	формы|формой|форме|формами|формах|формам
technology	технологи|технологическ|техник|техническ
computer	компьютер
internet	интернет|онлайн
telephone	телефон|позвони
radio	радио
television	телевидени|телевизор|телевизионн|телеканал|тв
newspaper	газет
news	новост|извести
media	сми|медиа
article	статья|статьи|статью|статьей|статьёй|статей|статьям|статьях|статье
report	доклад|отчет|отчёт|сообщи|сообща
message	сообщени|послани
letter	письм|писем
book	книг|книж|книжн
page	страниц
story	сказк|повествовани|рассказов|рассказе|рассказу|рассказом|рассказами|рассказах|сказок
word	слово|словом|словам|словами|словах|слова|слову
language	язык
question	вопрос|спроси|спрашива
answer	ответ|отвеча
map	карта|карты|карту|картой|картах|картам
school	школ|школьник
university	университет|вуз|колледж
lesson	урок
education	образовани|образовательн|воспитани|обучени
exam	экзамен
museum	музе
library	библиотек
# War, military, disasters
war	войн
army	арми
army2	военн|вооруженн|вооружённ
soldier	солдат|военнослужащ|боец|бойц
troops	войск
weapon	оружи|вооружени
gun	винтовк|пистолет|ружь|пушка|пушек|пушку|пушкой|пушками|винтовок|ружей
bomb	бомб|бомбардиров|бомбежк|бомбёжк|взрывчат
explosion	взрыв|взорва|взорвал|взорвет|взорвёт
shot	выстрел|стрельб|стреля|застрели|застрелен|расстрел|обстрел|расстрелян|стрелявш
attack	нападени|напал|напада|атак|атакова|напасть|нападавш|атакующ
battle	битв|сражени|сража|сражают|боев|боях|боями|борьб|воева|боем|сражал|сражает|воюю|воюет
defence	оборон|защит|защищ
victory	побед
defeat	поражени|разгром|разгромлен
occupation	оккупаци|оккупационн|оккупиров|оккупир|оккупант|оккупированн
terrorism	террор|террорист|террористическ|теракт
hostage	заложник
violence	насили|насильственн
security	безопасност
dangerous	опасн|опасност
safe	безопасн|невредим
danger2	предупрежд|предупреждени|предупреди|тревог
disaster	катастроф|бедств
damage	ущерб|повреждени|поврежден|повреди
fire brigade	пожарн
rescue	спасени|спасател|спаса|спасл|спасти|спасен|спасён|спасет|спасёт|спасут
search	поиск|искал|искать|ищут|ищет|разыскива|розыск|ищем
help	помощ|помог|помога|помоч|помож
evacuation	эвакуаци|эвакуир|эвакуиров|эвакуированн
emergency	чрезвычайн|экстренн|чп|мчс
# Culture, religion and sport
culture	культур|культурн
art	искусств|художествен|художественн
music	музык|музыкальн
song	песн|песен|пение|пения|певец|певц|певиц|спели|спеть|споет|споёт|споют|поет|поёт|поют|петь|пели
dance	танц|танцева|танцу|танец
theatre	театр|театральн
film	фильм|кино|кинотеатр
game	игр|сыгра
sport	спорт|спортивн|спортсмен
football	футбол
match	матч
player	игрок
race	гонка|гонки|гонку|гонкой|гонках|гонок|соревновани|конкурс|забег|гонке
champion	чемпион|чемпионат
goal	цель|целью|целей|целям|мишен|целях
medal	медал
religion	религи|религиозн
god	бог|божий|божье|божья|всевышн|господь|господу|господом|боже|божия|божией|божьи|божьим|божьих
church	церк|церковн|церковью
chapel	часовн
cathedral	собор
monastery	монастыр|аббатств
prayer	молитв|молил|молятся|молится|помолил|молебен|молебн|молиться|помолит
paradise	рая|раю|раем|райск|эдем
devil	дьявол|сатан|демоны|демонов|демоническ
angel	ангелы|ангелов|ангелом|ангельск|ангелу
sin	грех|греш
bible	библи|библейск
mass	богослужени|месса|мессу|мессой|литурги|мессы
saint	свят
bell	колокол
cross	распяти|креста|кресты|крестом|крестов|кресте|кресту
tradition	традици|традиционн
legend	легенд|легендарн
# Verbs: speaking, perceiving, thinking
say	сказа|заяви|заявил|заявля|скаж|сказанн
speak	говори|говоря|выступи|выступа|выступлени|говорю|выступающ
tell	рассказа|рассказыва|поведа|расскаж
call	назва|называ|призва|призыв|звони|звонок|звонк|называем|звонят|назов
shout	крич|крик|закрича|крикну
request	просьб|проси|прося|попроси|запроса|запросы|запросов|запросом|запросу|запросил|запрашива|прошу
explain	объясни|объясня|объяснени|поясня|пояснени|пояснил|пояснить|пояснит
describe	описа|описыва|описани|описанн
announce	объяви|объявля|объявлени|анонсир|анонсирова|объявлен|объявят
declare	заявлени|декларац|провозгласи|провозглаш
promise	обеща|обещани|пообеща
thank	поблагодари|спасибо|благодари|благодарю|благодарят
greet	приветств|приветствова
laugh	смех|смеял|засмея|рассмея|смеяться|смеется|смеётся|смеются|смеясь
smile	улыб|улыбк|улыбнул|улыбае|улыбаю|улыбал|улыбаться|улыбаясь|улыбнуться
cry	плакал|плакать|плач|слез|слёз|рыда|зарыда
see	увиде|видел|видит|видят|видеть|вижу|видишь|видя|увиди|увидят|увижу
look	смотр|посмотр|взгляд|взгляну|гляд|погляд
notice	замети|замеча|замечен
hear	слыш|услыш|слушани
listen	слуша|послуша|прислушива|прислуша
feel	чувств|чувствова|почувствова|ощуща|ощути|ощущени
smell	запах|пахн|пахл|обоняни
think	думал|думает|думаю|думать|подума|счита|полага|мысл|думаем|думая
believe	верит|верят|верил|повери|верова|вера|веры|веру|верой|убежден|убеждён|верю
know	знает|знаю|знал|знать|знани|узна|знаем|зная|знаешь
recognize	признал|признать|признает|признают|признани|признава|узнава|распозна|признан
understand	понима|осозна|понял|понять|понятн|поняв|поймет|поймёт|поймут|пойму|поймешь|понятен
learn	учится|учиться|учатся|училс|научил|научит|выучи|учащи|училась|учились
teach	учит|учител|препода|преподавател|обуча|обучени
expect	ожида|ожидаем|ожидани|прогноз
imagine	вообраз|вообража|воображени
mean	означа|смысл
seem	кажет|кажут|казал|казаться
# Verbs: motion and position
come	приход|прише|пришла|пришли|приезж|приеха|прибыла|прибыть|прибыти|прибыв|прийти|прибыло|прибудет|прибудут|придут|приед|пришёл
go	идет|идёт|идут|идти|шли|пошел|пошёл|пошла|пойд|ходи|ехать|поеха|едет|едут|пойти|иду|идем|идём|ходят|поед
walk	гуля|прогулк|прогуля|пешком|ходьб|шагал|шагает|шагают|прогулок
run	бег|бежа|бежит|побежа
drive	ехал|езд|водител|вождени
fly	лете|летит|летят|летал|полет|полёт|вылет|прилет|перелет|перелёт|рейс|летать|летают|летает|летающ|прилёт
swim	плава|плыв|плыл|плыть|заплыв
jump	прыг|прыгну|прыжк|прыжок
climb2	взобра|взбира|карабка|восхождени|залез|залеза|подъем|подъём
descend	спуск|спусти|спустил|сошел|сошёл|сошла|сошли|спуститься|сойти
fall	упал|упасть|пада|падени|упадет|упадут|упадёт
rise	подня|поднял|подним|поднимаетс|поднимаютс|подняться|поднимется
stand	стоял|встал|встать|стоят|стоять
sit	сиде|сидит|сидя|сесть|садит|уселс|сяд
lie down	лежа|лежит|легла|легли|лечь|лежу|лёжа
leave	покину|покида|уеха|уезжа|ушел|ушёл|ушла|ушли|уйти|уход|остави|оставля|уйд|покинет|оставлен
depart	отправилс|отправляетс|отправляютс|отъезд|отбыл|отбыти|выеха|выезжа|отправилис|отправилас|отправится|отправиться
return	верну|вернул|вернувш|возвраща|возвращает|возвращают|возвращени|возврат|вернуть|вернет|вернёт|возвращаться
enter	вошел|вошёл|вошла|вошли|войти|вход|въеха|въезж|въезд|проник|проникну|войд
follow	последова|вслед|следом|следуя|следуют|проследи|отслежива
pass by	мимо|прошел|прошёл|прошли|проход|проеха|минова|пройти|пройд|проходящ
traverse	пересек|пересёк|пересеч|переправ
flee	бежал|бегств|сбежа|убежа|побег|беглец|бежать
hide	скры|прята|спрята|спряч|прячу|прячет|укрыва|укрыл|укрыти
move	движени|двига|двигает|двигают|двинул|перемещ|перемещени|переезд|перееха|двигаться|движет|движут
turn	поверну|повернул|поворот|поворачива|разверну|развернул|оберну|обернул
stop	останови|остановил|остановк|останавлива|прекрати|прекратил|прекраща|прекращени|приостанови|остановиться|останавливает|прекращен|остановлен|приостановлен
push	толкну|подтолкну|оттолкну|толкал|толкает|толкают|толкать
pull	тяну|тянет|потяну|вытяну|тащи|вытащи|затащи
carry	несл|несет|несёт|несут|нести|носи|понес|понёс|донес|носят
bring	принес|принёс|принос|привез|привёз|привоз
take	взял|взять|возьм|берет|берёт|берут|брал|забра|взят
give	дала|дали|дать|дает|даёт|дают|даст|дадут|отдал|отдать|отдает|отдают|переда|вручи|предостави|предоставля|давал|давать
send	отправи|отправля|послал|посыла|присла|направи|направля|отправлен|послать
receive	получи|получа|получени|получен|получивш
put	положи|постави|клал|класть|клади|размести|размещ
hold	держал|держит|держат|держать|удержа|удержива|провел|провёл|провест|проводит|проводят|проводил|проведен|проведет|проведут
throw	брос|кину|кида|метну|забросал|брошен
catch	пойма|лови|схвати|захвати|захват|изъял|изъять|изъяти|захвачен
lose	потеря|теря|проигра|проигрыш|утрат
find	найд|нашел|нашёл|нашла|нашли|найти|обнаруж|обнаружи|находк
reach	достиг|достич|достига|добрал|добраться|дошел|дошёл|дошли|дошла|дойти|доеха|дойд
wait	ждал|ждать|ждет|ждёт|ждут|подожд|дождал|дожида|жду|ждем
meet	встреч|встрети|встретил|встретят|встречаетс|встречаютс|встретит|встречал
visitor	визит|посети|посетител|посеща|посещени
# Verbs: doing and making
remain	остал|остава|оставаться|остает|остаёт|остаютс|пребыва|останется|останутся|остаться|оставал|оставш
begin	нача|начал|начина|начинает|начинают|начнет|начнёт|начнут|стартова|начн|старту|начинал|начаться|начавш
finish	законч|закончил|заверш|завершил|завершени|оконча|окончи|закончит|закончат|окончен|завершит
open	откры|открыл|открыва|открыт|откро|откроетс
close	закры|закрыл|закрыва|закрыт|закро
build	строи|строител|строительн|строительств|постро|построен|сооружени|строят|строил|строящ|построенн
destroy	разруш|разрушени|разрушил|уничтож|уничтожени|уничтожил|разрушенн
die	умер|умира|скончал|погиб|смерт|гибел|умр
kill	убил|убит|убий|убийств|убийц|убива|убить|убье|убью|убьё
survive	выжи|выжива|выживш|уцеле|пережил|пережить|уцелевш
live	жила|живет|живёт|живут|живу|жить|прожи|прожива|живе|живё|живущ|живш
dwell	обита|обитател|населенн|населённ|прожива|проживающ
want	хоч|хоте|хотят|захоте|желае|желаю|желани|хоти|захоч|желал|желать|желая
can	могл|смог|смож
must	должен|должн|обязан
need	нужн|нужд|нуждает|нуждают|необходим|необходимост|потребност|понадоби|нужен|понадобил|нуждающи
try	пыта|пытал|пытает|пытаю|попыта|попытал|попытк|старает|стараю|старал|постара|пытаться|попыток|попытает|попытают|стараться|стараясь|пытавши|пытающи
do	делал|делает|делают|делать|делаю|сдела|сделанн|делаем
use	использова|использовани|использу|примени|применени|применя|используем|применен|использованн|использующ|применяем
change	измени|изменил|изменени|изменя|поменя|перемен|изменен|изменит
grow	вырос|расти|растет|растёт|растут|растущ|росла|росли|выраст|выращива|росло
increase	увелич|увеличил|увеличени|увеличива|повыш|повышени|повыси|повысил|возрос|прирост|увеличит|повышенн|возрастет|возрастёт|повысят
decrease	сократи|сократил|сокращ|сокращени|снизи|снизил|сниж|снижени|уменьш|уменьшени|спад
cut	резал|резать|режет|режут|разрез|отрез|перерез|срезал
break	слома|разби|полома|разорва|перелом
burn	горит|горят|гореть|сгоре|сжег|сжёг|сжечь|сжига|сожгл|сожжен|сожжён|поджог|подожг|ожог|горела|горели|горящ|поджечь|поджег|поджёг|сгори
wash	мыть|моет|моют|помыл|вымыл|умыва|умыл|смыл
clean	чист|очист|очища|уборк|убира|чище
fill	заполн|заполня|наполн|наполня|полн|полон|заполнен|наполнен
empty	пустой|пустая|пустые|пустых|пустую|пустое|пустым|опустел|опустош|опустоши|пуста|пусто|пустом
cover	покры|накры|прикры|обложк
fix	ремонт|ремонтн|почини|отремонтиров|закреп|чини|закреплен
tie	привяза|завяза|перевяза
dig	копал|выкопа|раскоп|рыть|вырыл|вырыт|прорыл|подкоп|копать|копают|копает
# Verbs: society, communication and events
write	писа|пише|пишу|написа|напиш|писател|написанн|пиши
read	чита|читател|прочита|прочт|чтени|прочел|прочёл|прочла|прочли|прочесть
draw	рисова|рису|рисунк|нарисова
paint	живопис|картин|покраси|выкраси|окраси|краск|раскраси|красок
publish	опубликова|публикова|публикует|публикуют|публикаци|издан|издательств|издала|издать|издает|издаёт|издают|опубликованн|издава
print	печат|напечата|отпечата|распечата|типограф
count	подсчит|подсчет|подсчёт|пересчит|пересчет|пересчёт|сосчита|насчитыва
choose	выбра|выбира|выбору|выбором|выбер|выбранн
accept	приня|принима|примут|принят|принимаем|принимающ|принявш|принимавш
refuse	отказ|отказал|отказыва|отверг|отклони|отклоня|откаж|отказат|отказывает|отказывают|отклонен|отказавш
allow	разреши|разреша|разрешени|позволи|позволя|допуска|допусти|разрешен|позволяющ|позволен|допущен
forbid	запрет|запрещ|запрещени|запрещенн|запрещённ
order	приказ|велел|распоряжени|командова|командир|командовани
obey	подчиня|подчиняет|подчиняют|подчини|подчинил|подчинит|подчинен|подчинени|повинова|послушн
lead	возглави|возглавля|руковод|лидер|лидерств|ведущ|возглавляем
govern	правлени|правит|правител|правя|правящ|царств|царствова|управля
protect	защит|защищ|оберега|охран
save	сбережени|сберега|экономия|экономии|экономию|экономией|сэконом|накоплени
kiss	поцелу|целова|поцелова|целует|целуют
touch	коснул|косну|прикосн|прикосновени|прикаса|трога|тронул|дотрону|коснуть|коснется|коснётся
hit	удар|избил|избит|избива|избиени|бить|побил|били|бьет|бьёт|бьют
suffer	страда|пострада|пострадавш|потерпе|потерпевш|мучени|мучил|муча|страдающ
enjoy	наслажда|наслаждает|наслаждаю|насладит|наслаждени|удовольстви|наслаждаться
belong	принадлеж|принадлежал|принадлежност|принадлежащ|принадлежавш
own	владе|владельц|облада|собственник|хозяин|хозяев|обладающ|владеющ
lack	нехватк|недоста|недостатк|отсутстви|пропавш
happen	произош|происход|случил|случает|случаютс|случит|произойд|произойти|случал|происходящ|случивше|случивши|произошедш|происшедш
appear	появи|появил|появит|появля|появляет|появляют|появлени|возник|внешност|появят|появлят|появлял|появивш|возникающ|возникну
disappear	исчез|исчезновени|пропал|пропада|пропаж|пропавш|исчезну
continue	продолж|продолжа|продолжаетс|продолжаютс|продолжени|продолжи|продолжил|продолжал|продолжатьс
prepare	подготов|подготовк|подготовлен|готови|готовил|готовят|приготов|приготовлени|готовит|готовясь|приготовленн|подготовленн
organize	организова|организу|организаци|организатор|организационн|организованн
create	созда|создани|создател|сотвори|созданн
develop	развива|развивающихс|развит|развити|разработ|разработк|разработчик|разработанн|развивающ
improve	улучш|улучшил|улучшени|улучша|совершенствова|усовершенствова
discover	открыти|открытий|обнаруж|обнаружи|обнаружени|обнаруженн
examine	осмотр|осмотре|рассмотр|рассмотрени|провери|проверя|проверк|обследова|проверок|проверен
confirm	подтверди|подтвержда|подтвержден|подтверждени|подтверждающ
deny	опроверг|опровержени|отрица|отрицани|опровергну
admit	признал|признался|признает|признают|признава|сознал|признать|признан|признаться
forgive	прости|простил|прощени|помилова|прощает|прощают|простят
invite	приглас|приглаш|приглашени|приглашенн|приглашённ
welcome	приветств|приветствова|радушн
earn	заработ|зарабатыва|заработк|заработанн
win	выигр|выиграл|выигрыш|победител|побежда|победи|победят|победивш|выигравш
spend	трат|потрати|расход|израсходова|потрачен|потратят
borrow	кредит|заем|заём|займа|займы|займов|ссуд|одолжи|заимствова|взаймы
join	присоедини|присоединил|присоединяет|присоединяют|присоединени|вступи|вступил|вступа|вступлени|присоединит|присоединят|вступивш
separate	отдельн|отдели|отделил|разъедин|разлуч|раздели|разделен|разделени
gather	собра|собрал|собира|сбора|сбором|сбору|сборы|сборов|сборе|собравш|собер
share	делит|делил|делят|подели|поделил|поделит|разделя|разделяет|разделяют
# Adjectives
first	перв|впервые
second	второ|втора|втору|вторы
third	трет|третьег|третьем
last	последн|наконец
new	нов|новейш|заново|вновь
old	старо|стары|старая|старую|старе|старш|старик|старух|пожил|старейш
young	молод|моложе|юно|юны|юная|юную|юна
high	высок|высш|высот|высоча|высочайш|наивысш
deep	глубок|глубин|глубже
long	длинн|долгий|долгая|долгое|долгие|долгих|долгую|долгим|долгой|долгого|длительн|дольше
short	коротк|кратк|короче|вкратце|кратковремен|вскоре|кратчайш
large	большой|большая|большое|большие|больших|большим|большую|большого|большом|крупн|крупнейш|велик|величайш|наибольш
small	маленьк|небольш|мелк|меньш|мало|малую|малый|малые|малых|малым|малая|малейш|невелик|наименьш
white	белы|белая|белое|белого|белой|белом|белую|белоснежн
black	черн|чёрн
red	красн|багров|красноват
green	зелен|зелён
blue	сини|сине|синюю|синяя|голубой|голубая|голубые|голубых|голубого|голубом|голубую|голубым|голубое
yellow	желт|жёлт
grey	серы|серая|серое|серого|серой|серую|седы|седой|седая|седин|сером
brown	коричнев|бурый|бурая|бурые|бурых|бурого|бурым|бурое|бурой|бурую
colour	цвета|цветом|цветн|окраск|расцветк
dark	темн|тёмн|тьм|мрак
bright	ярк|светящи|светлый|светлая|светлое|светлые|светлых|светлого|светлой|светлом|светлую|светло|ярче|светлым|светлее
steep	крутой|крутая|крутые|крутых|крутого|крутом|круче|крутизн|обрывист|отвесн
half	половин
thousand	тыс|тысяч
good	хорош|лучш|наилучш
bad	плох|хуже|худш
beautiful	красив|красот|прекрасн
ugly	уродлив|урод|безобразн|некрасив
heavy	тяжел|тяжёл|тяжест
lightweight	легковес
hard	твёрд|жестк|жёстк|жестче|жёстче|труднее|твердый|твердая|твердые|твердых|твердого|твердой|твердо|твердое|твердую|твёрдый|твёрдо|твердым|твёрдым
soft	мягк|мягче|нежн
easy	легк|лёгк|легче|просто|простой|простая|простое|простые|простых|простым|простую|несложн|проста|простейш
difficult	трудн|трудност|сложн|сложност|затрудн
important	важн|важност|значим|значимост|важен|важнейш
possible	возможн|возможност|возможен
impossible	невозможн|невозможен
false	ложн|ошибочн|неправ|неправильн|неверн|фальш
correct	правильн|точн|точност|корректн
same	одинаков|идентичн|тождествен
different	разн|различ|различн|отличи|отлича|отличает|отличают|отличал|отличающ
similar	похож|подобн|аналогичн|сходств|сходн|схожи|схожая|схожее|схожего|схожесть|подобен|аналогичен
strange	странн|странност
famous	известн|знаменит|прославленн|знаменитост|известен
unknown	неизвестн|неизвестен
clear	ясн|очевидн|четк|чётк|очевиден
loud	громк|шум|громче
wide	широк|ширин|шире
narrow	узк|узок|сужени
thick	толщин|толстый|толстая|толстые|толстых|толстую|густой|густая|густые|густых|густого|густо|густое|густую|густым|толще
thin	тонк|тоньше|худой|худая|худые|худощав|стройн
near	рядом|поблизости|вблизи|неподалеку|неподалёку|близлежащ|окрестност
far	далек|далёк|дальн|отдаленн|отдалённ|удаленн|удалённ
wet	мокр|влажн|влажност|промок
dry	сух|высох|высуши|засох
dirty	гряз|грязн
sweet	сладк|сладост|слаще
bitter	горьк|горечь|горечи
fresh	свеж
alone	одинок|одиночк|одиночеств|наедине
kind	добр|доброт|любезн
cruel	жесток|жестокост
honest	честн|честност|добросовестн|честен
clever	умн|умён|интеллект|интеллектуальн|разум|сообразительн|разумн
stupid	глуп|дурак|идиот|тупой|тупые|тупых|тупость|тупо|тупая|тупым
careful	осторожн|осторожност|тщательн|аккуратн|осторожен
modern	современн|модерн
ancient	древн|древност|античн|старинн|древнейш
main	главн|основн
local	местн
private	частн|приватн
social	социальн|соцсет|социум
whole	целый|целая|целое|целые|целых|целого|целом|целым|целиком|целостн
total	суммарн|тотальн|совокупн|общий|общая|общее|общие|общих|общей|общего|общую|общим|общем
certain	уверен|уверенност|определенн|определённ|несомненн|безусловн|конечно
serious	серьезн|серьёзн
special	особ|особенн|специальн|частност
normal	нормальн|нормы|норме|нормой|норму|нормам|нормами
usual	обычн|обыкновенн
common	общий|общая|общее|общие|общих|общей|общего|общую|общим|общем|распространенн|распространённ|распространены|распространена|распространено
rare	редк|редкост|нечаст|реже
real	действительн|реальн|реальност|подлинн|настоящ|фактическ
ready	готова|готовы|готово|готовую|готовност
enough	достаточн|хватит|хватает|хватало|хватило
# Adverbs and relations
only	только|лишь|единственн
together	вместе|совместн
almost	почти|практически
slowly	медленн|замедл|замедлени
quickly	быстр|стремительн
perhaps	наверно
probably	вероятн|вероятност
completely	полност|совершенно|абсолютн|целиком
unfortunately	сожалению|увы
fortunately	счастью|посчастливи
indeed	действительно|впрямь|воистину
everywhere	повсюду|везде|всюду|повсеместн
nowhere	нигде|никуда
because	потому|поскольку|ибо
despite	несмотря|вопреки
without	без|безо
during	ходе|течение|течении
between	между
against	против
towards	навстречу|направлению|направлении
behind	позади|сзади
under	внизу|снизу
beside	возле|помимо|кроме|рядом
around	вокруг|около|примерно|кругом
across	через|сквозь|поперек|поперёк|пределами
nothing	ничего|ничто|ничем|ничему
# Society and abstract notions
voice	голосом|голосе
society	обществ|ассоциаци|общин|сообществ
club	клуб
photograph	фото|фотограф|снимок|снимк
show	показ|показыва|демонстрир|продемонстрир|шоу|покаж|продемонстрирова|демонстрирова
plan	плана|планы|планом|планов|планах|планиров|планирует|планируют|запланирова|проект|плану|запланированн
part	часть|части|частью|частей|частям|частях|доля|долю|долей
piece	кусок|куск|кусоч|обломк|фрагмент
sort	тип|вида|виды|видов|видом|разновидност|сорт
manner	манер
situation	ситуаци|обстановк|положени
condition	услови|состояни
case	случа|дело|делу|делом
purpose	цель|целью|целей|целям|предназначени|целях
chance	шанс|возможност
risk	риск|рискова|рискн
value	ценн|ценност
quality	качеств|качественн
level	уровн|уровень
system	систем
process	процесс
programme	программ
opinion	мнени
interest	интерес|интересн|заинтересова
role	роль|ролью|ролей|ролям|ролях|роли
position	позици
control	контрол|контролир|контролиров|надзор|подконтрольн
influence	влия|влияни|повлия|влиятельн
pressure	давлени|нажим
responsibility	ответственн|ответственност
duty	обязанност|обязательств|повинност
respect	уважени|уважа|почтени
honour	честь|чести|честью|почет|почёт|почест|чествова|удостои|почетн|почётн
glory	слава|славы|славу|славой|славн|прославил|прославлен|славе
success	успех|успеш|удалось|удастся|удался|удалась|удались|успешн
failure	неудач|провал|провалил|сбой|сбои|сбоя|сбоев|сбоем|неудачн
progress	прогресс|продвижени|сдвиг
relationship	отношени|взаимоотношени
contact	контакт
conversation	разговор|разговарива|бесед|обсуждени|дискусси|обсужда|обсуди|обсудят|обсужден
debate	дебат|дискусси|споры|спора|споров|спорн|полемик|споре|спору
demand	требова|требовани|требу|требуетс|потребова|спроса|спросом|спросу|требовал|требуютс|потребу|требующ|требуем
offer	предлож|предложени|предлага|предложенн|предлагаем
task	задач|задани|миссия|миссии|миссию|миссией|миссий
effort	усилия|усилий|усилие|усилием|усилиям
activity	деятельност|активност
action	действи|поступок|поступк
event	событи|мероприяти|происшестви
experience	опыт|испытыва
# Numbers and materials
two	два|двух|двум|двумя|двое|двоих
three	три|трех|трёх|трем|трём|тремя|трое|троих
four	четыр|четверо|четверты|четверта|четверто|четвертую|четвёрты|четвёрта|четвёрто|четверых
five	пять|пяти|пятью|пятеро|пятый|пятая|пятого|пятом|пятое|пятую|пятые|пятых|пятой|пятым|пятерых
six	шесть|шести|шестью|шестеро|шестой|шестая|шестого|шестом|шестое|шестую|шестые|шестых|шестым|шестерых
seven	седьм|семеро|семерых
nine	девят
ten	десяты|десята|десятую|десятого|десятом|десятое|десятой
twelve	двенадцат
twenty	двадцат
hundred	сотн|сотен|сотня
million	миллион|млн
billion	миллиард|млрд
quarter	четверть|четверти|четвертью|квартал
double	дважды|двойн|удвои|удвоен
gold	золот
silver	серебр|серебрян
copper	медь|медью|медн
steel	сталь|стальн|сталью
metal	металл|металлическ
paper	бумаг|бумажн
fabric	ткан|текстил
leather	кож|кожан
wool	шерст|шерстян
cotton	хлопок|хлопк|хлопчатобумажн
concrete	бетон|бетонн
plastic	пластик|пластиков|пластмасс
brick	кирпич|кирпичн
# More nouns, verbs and adjectives
space	космос|космическ|пространств
donkey	осёл|ослы|ослик|ослов|ослом
mule	мулы|мулов|мулом
lion	львы|львиц|львам|львами|львят|львенок
monkey	обезьян
duck	уток|утка|утку|уткой|утками
goose	гуси|гусин|гусями|гуся
owl	совы|сову|совой
corner	угла|углу|углы|углов|углом|уголок|уголк
carpet	ковер|ковёр|ковр
curtain	занавес|штора|шторы|штору|шторой
bath	ванн
cigarette	сигарет
pipe	труб|трубопровод
wake	просну|проснул|пробуди|пробужд|разбуди|бодрствова|проснуть|проснувш
blind	слеп|незряч
deaf	глухой|глухие|глухих|глухим|глухая|глухого|глухота|глухоту|глухонем
ambulance	скорая|скорой|скорую
disabled	инвалид|инвалидност
drug	наркотик|наркот|наркотическ|лекарств|лекарственн|препарат
alcohol	алкогол|спиртн
candidate	кандидат|кандидатур
campaign	кампани
countryside	сельск|глубинк
immigration	иммиграц|иммиграционн|иммигрант|мигрант|миграц|миграционн|эмигра|эмигрант
asylum	убежищ
ceasefire	перемири
corruption	коррупц|коррупционн|коррумпирова|взяточ|взятк|взяток
scandal	скандал
kidnapping	похищ|похищени|похити|похитител|похищенн
complaint	жалоб|жалует|жалуют|претензи|жаловал|жаловать|жаловаться|пожаловал|пожаловаться
suspect	подозрева|подозреваем|подозрени
invoice	фактур
stock exchange	бирж|биржев
currency	валют|валютн
employer	работодател|наниматель
pension	пенси|пенсионер|пенсионн
nuclear	ядерн|атомн
gas	газом|газу|газов|газовы|газово|газопровод
engine	двигател|мотор
wheel	колес|колёс
dam	плотин|водохранилищ|дамб
power station	электростанци|аэс|гэс|тэц
laboratory	лаборатор
statistics	статистик|статистическ
average	средн
novel	романы|романе
poem	стихотворени|поэм|стихов|стихами|стихах
sculpture	скульптур|статуя|статуи|статую|статуэтк|изваяни|статуй
concert	концерт
orchestra	оркестр
exhibition	выставк|экспозици|выставок
magazine	журнала|журналы|журналов|журнале|журналом|журналу
interview	интервью|собеседовани
website	сайт
olympic	олимпи|олимпийск|олимпиад
stadium	стадион
coach	тренер
record	рекорд|запись|записи|записью|записей|записях|записями|записям
period	период
cool	прохладн|охлажд|охлаждени|остуди
naked	голый|голая|голые|голых|голым|голого|голую|обнаженн|обнажённ|нагишом|голой
guilty	винов|виновн|вину|вины|виной|виноват
innocent	невинов|невиновност|невинн|безвинн
wild	дики|дикая|дикое|дикого|дикой|дикую|диком|дикар|дико
round	кругл
flat	плоск
sharp	резк|острый|острая|острое|острые|острых|острого|острым|острую|острой|острот|острее
ride	верхом|всадник|наездник|кататься|прокати|катался|каталась|катались|катается|катаются|прокатит
sail	парус|отплы|мореплава|приплы
bury	похорон|захорон|захоронени|хорон|погребен|погребён
repeat	повтор|повтори|повторя|повторени
approve	одобр|одобрени|согласи|согласил|согласен|согласна|согласны|утверди|утверждены|утверждена|утверждено|согласит|утвержденн|утверждённ
threaten	угроз|угрожа|пригрози|грози|грозят
collapse	обрушени|обруши|обрушил|рухну|крах|распад|коллапс|развала|развалил|рухнет|развалит
rest	отдых|отдыха|отдохну|передохну|отдыхающ
weigh	весит|весил|весят|взвеси|взвешива|взвешен
hang	висит|висел|висят|повеси|повесил|повеш|вешать|свиса|висеть|повесят
tremble	трясл|трясти|трясет|трясёт|трепет|содрога|дрожа|дрожь|дрожит|дрожат
sigh	вздох|вздохну|вздыха
whisper	шепот|шёпот|шепт|шепч|прошепта|бормота|пробормота
feed	корми|кормят|кормлени|накорми|вскорми
sense	чувств|смысл
character	характер|персонаж
behaviour	поведени
habit	привычк|привычн|привычек
model	модел
sound	звук|звуча|звучит|прозвуча|прозвучит
highway	шоссе|автомагистрал|магистрал|трасс|автобан
fuel	топлив|бензин|горюче|дизел|горюч
motorcycle	мотоцикл
taxi	такси
cable car	канатн|фуникулер|фуникулёр
neighbourhood	район|микрорайон|округ
park	парк
cemetery	кладбищ
colleague	коллега|коллегу|коллегой|коллегам|коллегами|коллегах|сослуживц
slave	рабы|рабов|рабам|рабами|рабств|рабын|невольник|раба|рабом
knight	рыцар
giant	гигант|гигантск|огромн|громадн|великан|колоссальн|огромен
witch	ведьм|колдунь
ghost	призрак|привидени
# More vocabulary
swamp	болот
pond	пруд
bay	залив|бухт
peninsula	полуостров
continent	континент|материк
jungle	джунгл
blizzard	метел|вьюг|буран|пурга|пургу|пургой
melt	таять|тает|тают|таял|таяни|растая|расплав|растает
rainbow	радуг
elbow	локт|локоть|локот
nervous	нерв|нервн|нервнича
scar	шрам
jealousy	ревност|ревнов|ревнив|завист|ревну
gratitude	благодарност|признательн|признательност|благодарен|благодарна|благодарны|признателен
boredom	скук|скучн|скуча
curiosity	любопытн|любопытств|любознательн
horror	ужас|ужасн|страшн|кошмар|страшен
regret	сожале|сожалени|пожале
relief	облегчени|облегченн|облегчённ
panic	паник|панико|паническ
admiration	восхищ|восхищени|восхити|восторг
contempt	презрени|презира|презрительн
mercy	милосерд|милост|пощад
revolution	революци|революционн|революционер
uprising	восстани|мятеж|мятежник|повстанц|повстанческ|бунт
dictator	диктатор|диктатур
regime	режим
colony	колони|колониальн
genocide	геноцид
massacre	резня|резни|резню|резней|бойн|расправ
chancellor	канцлер
senate	сенат|сенатор
congress	конгресс
passport	паспорт
customs	таможн|таможен|таможенн|пошлин
riot	беспорядк|волнени|погром
poll	опрос|опрошенн
coalition	коалици|коалиционн
conservative	консервативн|консерваторы|консерваторов|консерватора|консерватором
liberal	либерал
communist	коммунист|коммунистическ|коммунизм|компарти
rent	аренд|арендова|арендатор|квартплат|жилец|жильц
property	имуществ|имущественн|собственност|недвижимост|поместь|усадьб|усадеб
bankruptcy	банкрот|банкротств|обанкроти
advertising	реклам
competition	конкурент|соперник|соперниц
deficit	дефицит
supply	поставк|поставля|поставщик|снабжени|снабжа|доставк|достави|доставля|поставок|доставлен|доставят
transport	транспорт|транспортиров|перевоз|перевозк|перевозчик|перевез|перевёз|транспортн
chemistry	хими|химическ|химикат
physics	физик
biology	биолог|биологи|биологическ
mathematics	математик|математическ
evolution	эволюци|эволюционн
planet	планет
telescope	телескоп
invention	изобрет|изобрел|изобрёл|изобретени|изобретател|изобрести
oxygen	кислород
pollution	загрязн|загрязнени|загрязняющ
towel	полотенц
bucket	ведр|ведер|ведёр
thread	нить|нити|нитью|нитей|нитк|ниток
button	пуговиц|кнопк|кнопок
hammer	молотк|молотом
tent	палатк|палаток|шатер|шатёр|шатр
torch	факел|фонарик|фонар
envelope	конверт
refrigerator	холодильник
spectacles	очках
cherry	вишн|черешн
grape	виноград
bean	фасол|бобы|бобов
onion	луковиц|репчат
salad	салат
cake	торт|пирог|пирожн
pepper	перец|перц
cream	сливк|кремом|сливочн|сливок
appetite	аппетит
traffic jam	пробк|затор|пробок
blow	дует|дуют|подул|дуть
flow	течет|течёт|текут|текл|поток|протека|хлыну|течь
hurry	спеш|поспеш|торопи|торопл|торопят|торопит
cheat	обман|обманыва|мошенник|мошенничеств|одурачи|обманут
bless	благослов|благословени
calculate	рассчита|вычисл|расчет|расчёт|подсчита|рассчитанн
exist	существ|существова|существующ|существовавш
depend	завис|зависим|зависимост
contain	содерж|содержащ|содержим
compare	сравн|сравни|сравнени|сравнива
lazy	ленив|лень|лентя
polite	вежлив|учтив
low	низк|ниже|низш
illegal	незаконн|нелегальн|противоправн
current	текущ|нынешн|действующ
next	следующ|ближайш|очередн
previous	предыдущ|прежн|ранее|предшеств|предшественник|предшествующ|предшествовал
tiny	крошечн|крохотн|мельчайш
pretty	миловидн|симпатичн|хорошенький|хорошенькая|хорошенькие|хорошеньких|хорошенькую
divine	божествен|божественн
artificial	искусствен|искусственн
medical	медицин|медицинск|медик|врачебн
digital	цифров
however	однако|впрочем
mostly	основном|преимуществен
partly	частичн|отчасти
directly	прям|напрямую|непосредственн
gradually	постепенн
mosque	мечет
temple	храм
town hall	мэрия|мэрии|мэрию|мэрией|ратуш|муниципалитет
barracks	казарм
monument	памятник|монумент|мемориал
ruin	руин|развалин|разори|разорен|разорён
territory	территори|территориальн
zone	зон
twins	близнец|двойняшк
childhood	детств
divorce	развод|развелс|развелис|разведен|разведён|развелась|развестись
inheritance	наследи|наследств|наследник|унаследова|наследова
career	карьер
document	документ
file	файл|досье|папк
signature	подпись|подписи|подписью|подписей|подписями
fate	судьб
miracle	чудо|чудес|чуду|чудом
adventure	приключени|авантюр
symbol	символ|символическ
flag	флаг
sign	знаки|знаков|знака|знаками|признак|вывеск|табличк|знаку|знаке|табличек
address	адрес
# Further vocabulary
sunrise	восход
dusk	сумерк|сумрак|сумерек
tide	прилив
hedge	изгород
fountain	фонтан|колодец|колодц|родник
mill	мельниц|ветряк
canal	канал
spider	паук
frog	лягушк|лягушек
whale	киты|китов|китом|китам|китобо
elephant	слон
tiger	тигр
camel	верблюд
fur	мехов|мехом|пушнин
horn	рог|рожок|рожк
cage	клетке|клетку|клеткой|клетка
mechanic	механик
miner	шахтер|шахтёр|горняк|горняц
guard	охранник|охран|страж|караул|опекун|пограничник
spy	шпион|разведчик
sofa	диван
ink	чернил
pencil	карандаш
notebook	тетрад|блокнот
coin	монет
sauce	соус
lemon	лимоны|лимонн|лимоном
orange	апельсин|оранжев
strawberry	клубник|земляник
fist	кулак|кулач
skull	черепом|черепу|черепн|черепе
flu	грипп
ally	союзник|альянс|союзническ
missile	ракет
tank	танк|цистерн|резервуар
fleet	флот
veteran	ветеран
famine	голод
tragedy	трагеди|трагическ|трагичн
account	счет|счёт|аккаунт
duration	продолжительност|длительност
comfortable	удобн|удобств|комфорт|уют|удобен
glad	рады|доволен|довольна|довольны|обрадова|радуетс|радовал|радуютс
visible	видимост|видн|заметн|видимый|видимая|видимые|видимых|видимого|видимой|заметен
invisible	невидим|незаметн
popular	популярн|популярност|популярен
release	освободи|освобожд|освобождени|освобожден|выпусти|выпуск|выпущен|выпустят|освободят
pour	лить|налил|вылил|залил|разлил|полил|льет|льёт|льют|налить|залить|вылить
swear	клятв|присяг|поклял|клянет|клянёт|клян|клял
guess	догада|догадк|угада|догадыва|догадат|догадал|догадывает
prefer	предпочита|предпочел|предпочёл|предпочл|предпочтени|предпочтительн
hesitate	колебал|колеблет|колеблют|медли|нерешительн|колебать
apologize	извини|извинил|извиня|извиняет|извинени|извинит|извинятьс

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
        "ru/romanization": #"""
# How the script's letters read in Latin letters, for cognates (Medvedev / Медведев): one
# LETTER <TAB> latin a line, lower-case letters; an empty latin drops the letter (ъ, ь). The
# consonants matter (the cognate skeleton drops vowels). The letters of other Cyrillic languages
# are listed too (ѓ, ї, ћ, …): Russian copy quotes them.
а	a
б	b
в	v
г	g
д	d
е	e
ж	z
з	z
и	i
й	j
к	k
л	l
м	m
н	n
о	o
п	p
р	r
с	s
т	t
у	u
ф	f
х	h
ц	c
ч	c
ш	s
щ	s
ъ	
ы	y
ь	
э	e
ю	u
я	a
ѐ	e
ё	e
ђ	d
ѓ	g
є	e
ѕ	z
і	i
ї	i
ј	j
љ	l
њ	n
ћ	c
ќ	k
ѝ	i
ў	u
џ	d

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
