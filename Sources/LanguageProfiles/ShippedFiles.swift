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
# The de, en and fr lexicons share one list of concepts, grouped by topic; a concept is left out
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
        "en/lexicon": #"""
# Words for shared concepts: CONCEPT <TAB> form|form. Two profiles' lexicons joined on the
# concept make the aligner's seed dictionary for that pair (any form meets any form of the other
# side; a word matches a form followed by up to three more letters, so a form that begins a
# frequent other word is left out). Concepts are English words.
# The de, en and fr lexicons share one list of concepts, grouped by topic; a concept is left out
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
# The de, en and fr lexicons share one list of concepts, grouped by topic; a concept is left out
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
