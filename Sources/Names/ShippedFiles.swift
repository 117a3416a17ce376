// Generated from Sources/Names/Resources by RosettaTestSupport.ShippedFilesSource: do not edit.
// Run the module's tests with RECORD_SNAPSHOTS=1 after changing a data file.

/// The module's data files, compiled in: file name -> text.
enum ShippedFiles {
    static let text: [String: String] = [
        "gazetteer.index": #"""
# Generated from the built-in lists by Tests/NamesTests/ShippedIndexTests.swift: do not edit.
# The sound-class key of every gazetteer form -> entity index (-1: two entities share it),
# and the hashes of the Korean aliases of two words, as NameKeyer would compute them;
# format in Sources/Names/NameKeyer+IndexFile.swift. After changing a list or a rule:
#   swift build --build-tests && ROSETTA_WRITE_INDEX=1 swift test --skip-build --filter ShippedIndexTests
sources	123cf75e8d16d6e5	896	104
625jonjen	400
6ja-hpetam	182
a-eloplot	292
ailkol-e	303
alasat	157
ali-hamenei	200
aliep	214
alojan	265
alolipel	265
amelik	62
amelikan	62
amelikanskiepoiskejnakol-e	399
amnokan	265
amnoklipel	265
amol	99
amolekion	99
amoljo	99
amolskaoplast	99
anan	154
anjonmonon	144
ankal	367
ankan	260
ankanto	260
anpejinsam	143
anpoli	159
aostin	224
aostlali	86
apas	202
apesinjo	143
aplokan	265
aponi	64
apstlali	86
asat	157
asean	310
asiapasipikekonomikopelation	309
asiatepenankenje-heplekje	309
asosiationopsoteastasianations	310
atolali-hamenei	200
eilkol-e	303
ejnakol-e	59
ekatelinpolk	354
ekipet	82
ekipt	82
ekja-hpetam	182
elji	328
eljin	121
elopanpo-heplekiko	167
elopenhap	162
eloplot	292
eltoan	150
eltokan	150
enanjonpojanisa-hpe	159
enanpoli	159
enesko	169
enhap	175
enhapkok	158
enhapnepsakensi	175
enhapnes	175
enhejo	272
enisep	306
enkok	72
enkonsalenpo	407
enpanpeni-hpe	296
enpanpoankok	293
enpansosakok	163
enpen	-1
enpenislant	50
enpento	50
ensa	407
ensokel	28
eplopeiskiso-ej	162
eploso-ej	162
esonmin	389
halikop	285
halis	137
halkio	285
halkip	285
halkop	285
halpin	268
hamenei	200
hamhin	48
hamhon	48
hamken	259
hamkenplopinse	259
hamkenpokto	259
hamkento	259
hanhan	111
hanjon	330
hankan	266
hankele	327
hankok	59
hankokaskons	173
hankokjonjen	400
hankokjonlek	330
hankonojokok	170
hanlipel	266
hanoi	278
hanoijonsanhpetam	370
hanoisomit	370
hanpanto	56
hansonlel	379
hansonso	387
hantokso	31
hantonhon	237
haolpin	268
hapalopsk	269
hapipin	268
hapjam	299
haptonjamoponpo	299
hasan	95
hejo	345
helis	137
helson	361
henenjol	380
hensonpol	16
hentai	180
hentaimotol	180
hente	180
henteja	180
hentejatonj	180
henteklop	180
hesan	347
hilosim	274
hojintao	139
hojo	86
hokom	139
holante	195
honjonpe	236
honkon	111
hpait-hos-e	103
hpanpenso	247
i-hoijan	239
i-hpejan	239
ienho	12
ijan	206
ijemen	29
ijen	242
ijipt	82
ijlail	78
ijomen	29
ijonhi	253
ijonsok	238
ikan	206
ikejan	140
ikojan	140
ikokan	140
ikonhi	241
ilak	76
ilan	75
ilhamaliep	214
ilpon	64
imenpak	24
imtonpon	243
inasiololtasilp	193
inelmonkoli	66
injon	37
inminkon	398
intelnationalatomikenelkiakensi	160
intelnationalkomitiopteletklos	314
intelnationalmonetalipont	308
intelpaks	322
inti	74
into	74
ipanko	385
ipenjol	374
ipia	83
isla-el	78
islel	78
iso-en	377
isoljo	7
isonkpon	248
isonman	17
itali	73
italtas	174
ja-halopa	118
jaili	242
jailpolsonalo	192
jailposonalo	192
jainpen	205
jainpon	205
janjemin	208
janjomin	208
janpon	335
jansontek	10
japan	64
japanese	64
japoli	362
japolij	362
japoliji	362
japoloje	362
jejo	49
jejoislant	49
jejoto	49
jelenski	127
jenepa	280
jenmon	205
jentlalno-eteleklapno-eakenjtpokol-e	176
jentlalno-etelepiteniekol-e	304
jianjemin	208
jinese	63
jo-e20kekok	313
jo-enpon	249
jo-hanmikon	399
joike-h	382
jointjiepsopstap	299
jojia	81
jokopi	204
jokopitoto	204
joksipj	314
joljmeloni	198
jolpon	341
jomie	392
jonan	53
jonanham	53
jonanilpo	325
jonanjonpokok	315
jonhonpon	383
jonien	395
jonijilokoijomi	210
jonjin	47
jonjo	-1
jonjo-en	240
jonjon	332
jonkanilpo	325
jonkok	63
jonpat-e	104
jonseken	235
jonson	-1
jonto-hpan	19
jontonen	32
joson	58
josonilpo	324
josoninminkon	398
josonjonanpanson	304
josonjonantelepijen	304
josonjonantonsin	176
josonjonantonsins	176
josonjonantp	304
josonjonjen	400
josonlotontan	178
josonminjojoinminkonhpakok	58
josonotontan	178
joten	394
jpeke-ha	382
jpekoinminhpei	404
jpelenhe	9
jpenhe	9
jpesonhi	11
kaja-hstan	69
kajan	355
kajplom	171
kalininklat	288
kalininlat	288
kamelon	189
kanat	85
kanin	331
kanke	348
kankenhpa	396
kanlon	331
kanon	331
kanpon	255
kanponplopinse	255
kanponto	255
kansokjo	15
kantekmin	208
kaskons	173
kasplom	171
katilop	229
ke-hpan	199
keli	218
kelmani	70
kemelon	189
kemolon	189
kenat	85
kenepa	280
kenjo	336
kenki	254
kenkiplopinse	254
kenkito	254
keson	40
kesonintostlialkompleks	183
kesonintostlialpalk	183
kesonkontan	183
kesonskiplomislenikompleks	183
keto	320
ketoneps	320
ketotonsin	320
kiep	100
kimejon	3
kimenam	8
kimenhen	33
kimenjol	13
kimensam	21
kimhansol	373
kimhekjol	378
kimhpansik	386
kimilsen	2
kimilson	2
kimilsonkpanjan	405
kimilsonskoale	405
kimjek	349
kimjelen	376
kimjo-e	245
kimjonam	4
kimjonil	0
kimjonin	388
kimjonjol	5
kimjonkil	0
kimjonkon	1
kimjonon	1
kimjonsok	372
kimkan	54
kimkansan	54
kimkekpan	14
kimkenhi	6
kimkonhi	393
kimlenhen	33
kimpokem	384
kimponhon	381
kimsonam	250
kimsosanskimemolialnitpolej	406
kimsosanskitpolejsolnj	406
kimtejon	22
kimtok-hon	252
kiolkimeloni	198
kioto	320
kisit	144
kisit-homio	144
kitai	63
kitaiskanalotnalespoplik	63
klasniklest	314
klasnotal	356
kleatplitain	72
kleml	102
klemlin	102
klemlinkon	102
klim	105
klim-e	105
klimpanto	105
klinton	-1
kloji	81
klopop20	313
ko-enhi	246
koijmi	210
koijmijoniji	210
koijomi	210
koitjomi	210
kok-hpe	181
kokajonpopon	298
kokapoanpiponhpe	294
kokatom	295
kokjejoksipjapiponhpe	314
kokjenhap	158
kokjeponjalekiko	160
kokjetonhpakikom	308
kokjonpon	298
kokmini-him	301
kokmopiponhpe	402
kokmopo	317
kokntl	403
kokpanpiponhpe	403
kokpanpo	316
kokton	97
kol-e	-1
kol-e-hankon	303
koleanail	302
koleanpal	400
koleanpeninsol	56
koleanpolkelspalti	178
koleanpoplealmi	398
koleansentlalnepsakensi	176
koleansentlaltelepision	304
koleas	60
koleiskakajopakolpolaji	173
koleiskanalotnalmi	398
koleiskanalotnotemoklatijeskailespoplik	58
koleiskapoina	400
koleiskipolostlop	56
kolekaskolp	173
kolekaskolpolation	173
kolelektlikpopelkolpolation	330
koli	60
kolianeil	302
kolki	81
kololtkimkansan	353
kolopoitom	104
kolpajep	122
kolpajop	122
kolsk	358
komantopanie-on	407
komkan	54
komkanlesolt	353
komkansan	54
komkansankpankpanjiko	353
komsosanpaleis	406
komsosanpaleisopteson	406
komsosanteankonjon	406
konkon	111
kontontonsin	320
kosmotlompostojni	289
kosopetkntl	402
kosotalstpenatom	295
kosotalstpenikomitetopolonikntl	403
kosotalstpenisopetkntl	402
kosotalstpenitepaltament	317
kostep	317
kostepaltament	317
kostom	295
kot-e-hs	153
koteles	153
kotelis	153
kpanipi	145
kpanjo	39
kpanto	274
ksijinpin	138
ksinho	319
ksinhonepsakensi	319
lais	217
laisi	156
lajin	43
lajinsonpon	44
lankan	260
lankanto	260
lapkop	125
laplop	116
lason	44
leikpaikal	98
leitel	323
lek-han	266
lenhap	175
lepoplikopkol-e	59
lepoplikopolati	94
leso	338
lespoplikol-e	59
lespoplikpolati	94
letklos	314
lhisinman	17
liankoltloks	51
lianoposti	321
likekian	140
likian	206
limenpak	24
linoposti	321
lipi	83
lkelektloniks	328
lkjonj	328
lo-hani	201
lo-hansk	284
loito	323
loitotonsin	323
lokansk	284
lokasenk	128
lokasenko	128
loltasilp	193
loltasiopa	193
lonton	107
losatom	290
losi	61
losia-enpan	61
losian	61
losianministliopoleiknapails	318
losianpaleast	97
losianpetelation	61
losianpoleiknministli	318
losipemopo	318
losiskapetelaji	61
loskosmos	291
losnept	172
lostop	360
lostopnaton	360
lostopnatono	360
lostoponton	360
lot-hamklinton	134
lotels	323
lotlikototelte	203
lotonsinmon	177
lotontan	178
majekol	232
maklon	148
maliopol	286
malitaimplopinse	272
maojeton	142
maojoton	142
matlit	366
matpienko	126
mejtonalotnipaletnipont	308
melkel	146
meloni	198
metpetep	114
metpetepa	115
mikok	62
miljiep	213
ministelstpoinostlani-htelosi	318
ministelstpopetineni	297
ministlioponipikation	297
minjotan	300
minopetineni	297
minsk	282
misestin	120
misostin	120
mitlosi	318
mitlp	318
mokpo	337
molmansk	357
monjein	26
monjoin	26
monjonin	27
monko	65
monkol	65
monkoli	65
montkomkan	54
montkomkanlesolt	353
montpekto	55
moskop	88
moskp	88
mosotan	351
mosotanli	351
motekton	142
moti	151
na-hotk	270
na-hotka	270
najalpa-ep	212
najin	43
najionalnalajpetipatelnaslojp	298
najionalno-esoplanie	181
nakopijin	123
naliskin	233
nalotnosoplanie	404
namhan	59
namjoson	59
nampo	344
nampok	60
nampok-han	60
napalni	124
nason	44
nationalasempli	181
nationalintelikenseselpais	298
nationaltepensekomision	403
nato	161
neimonko	66
nelk	106
nemonko	66
nemonkol	66
nenpen	42
nepelk	106
neptelhi	369
netana-ho	152
netel	369
neteli	369
nikolpasinan	215
nkol-e	58
nolt	58
nolt-hamken	259
noltelnlimitlain	401
noltkol-e	58
noltkolean	58
noltkoleanalmi	398
nomo-hen	23
nopak	230
not-e-o	20
notonsinmon	177
notontan	178
ojelopaikal	98
okinapa	275
oklaina	67
oklaine	67
olanot-e	93
olanpatal	279
olanpatol	279
olant	195
olinto	342
olkanijajiopetineni-hnaji	158
olkanijationoptepetlolomekspoltinkontlies	166
olkanijationpolsekolitiantkopelationinolop	167
olonislant	342
olonto	342
olopeanonion	162
olpan	216
olsan	52
onipikationministli	297
onitet-steit-s	62
onitet-steit-sopamelik	62
onitetkintom	72
onitetnations	158
onitetnationskomant	407
onkapo	207
onkomant	407
onsekolitikonsil	159
opam	131
opama	131
opetinenikomitetnajalnikopstapop	299
osak	273
osaka	273
osakop	231
ose-hon	391
ospolseskol-e	399
osteitepaltment	317
ostin	224
ostleili	86
otes	363
otesa	363
paikal	98
paikalho	98
paiten	129
paiton	129
pajo	340
pakjonhi	18
pakjonjon	375
pakonhe	25
pakonhei	25
pakponjo	251
pakponson	390
paleast	97
pali	108
palij	108
palis	108
palsap	364
palsapa	364
paltiplastinalot	301
pani	141
pankimon	30
panmonjom	41
paplanjisk	199
paplimskiplanjisk	199
pasinan	215
pasinton	89
pasintontk	89
peijin	90
pekakpan	103
pekin	90
peklento	263
pekto	55
pektosan	55
pelalos	68
pelikoplitani	72
pelin	109
pelitom	103
pelkolot	359
pelolosi	68
pelosi	223
peloskoni	197
penan	35
penen	263
penenislant	263
penento	263
penjapao	207
penjiapao	207
pentakon	316
peskop	117
petelalnaslojpejopasnosti	293
petelalno-epelolasletopani	163
petelalpoleaopinpestikation	163
petelalsekolitiselpais	293
petelationkonsil	296
petelpolk	101
petnam	80
piekon	221
pietnam	80
pikan	221
piken	221
pikon	221
pimojanjit-e	57
piten	129
pitoto	204
planji	71
planjiskok-e-hpan	199
plankois-holante	195
plans	71
planse	71
plansis	199
plansolant	195
platipostok	92
plesel	281
plikojin	227
pliks	312
plimakop	234
plimol-e	272
plimolski	272
plimolskiklai	272
plinken	135
plinkon	135
plitain	72
plitani	72
plitisploatkastinkolpolation	164
plo-e-hos-e	104
plosatkimilsen	405
plosels	281
plpisel	281
pnotlenamonkoli	66
po-han	258
pok-han	58
poken	90
pokjoson	58
pokpanhankeson	401
poktesoanjoakiko	161
pol-e	184
pol-e-hitlpelektlikpopelstation	184
polant	87
polat	94
polati	94
polatiakonhpakok	94
poleiskak-es	184
polesolekpaljonso	184
polkelspaltiopkol-e	178
polotin	228
pols	87
polsatpatjatk	313
polsonalo	192
polt-healtolkanijation	307
poltleitolkanijation	168
polton	220
poltpotploklam-e	305
pompe-o	136
pompeio	136
pompo	136
ponjapao	207
ponke	261
ponkeli	261
ponsan	46
ponte-olaien	226
pontela-en	226
pontelen	226
poplelepoplikopjin	63
poplepopelpalti	301
posan	36
posi	132
posinton	89
posko	329
posonalo	192
postojini	289
postojiniojokiji	289
postojni	289
postojnikosmotlom	289
potin	113
psemilnaolkanijajijtlapo-hlaneni	307
psemilnaplotopolstpenaploklam	305
psemilnatolkopaolkanijaji	168
sa-halin	271
saintpetelspolk	101
salipan	225
salipon	346
salkoji	194
samit-hanoi	370
samit-sinkapol	371
samjien	352
samson	179
samsonelektloniks	179
samsonjonj	179
sanhai	110
sanhai-heplekiko	311
sanhaikopelationolkanijation	311
sanhaiskaolkanijajisotlotnijestp	311
sanhe	110
sankan	111
sanktpetelpolk	101
santpetelpolk	101
sapkatmiljiep	213
se-ol	34
seiko	119
sejon	343
sekemo-ekiko	168
sekepokonkiko	307
sekesiklanke-hpek	305
sekolitikonsil	159
selj	147
selpeto	196
senan	267
sentlalintelikenseakensi	315
sepastopol	287
sepelnakol-e	58
sepelnalajklanijitelnalini	401
sestistoloniepelekopoli	182
sijinpin	138
sikspaltitalks	182
sili	77
silnalot	301
silskol-e	399
siman	267
sinho	319
sinhpasa	319
sinhpatonsin	319
sinijo	45
sinkapol	277
sinkapoljonsanhpetam	371
sinkapolsomit	371
sinmanlhi	17
sinpo	350
sipeli	96
sipil	96
skesi-hit-e	145
skol-e	59
sletel	196
slotel	196
slpetel	196
so-etineniestati	62
so-etineniestatiamelik	62
so-etineno-ekololepstpo	72
so-he	262
so-hepisonpalsajan	262
so-hon	244
soiko	119
soji	112
sojonsonilan	210
sokesojolkokiko	166
sokjo	339
solen	397
solipan	225
solipon	225
solj	147
sonak	186
sonan	267
sonek	186
sopejkiso-ej	397
sopejon	159
sopet	296
sopetpejopasnostion	159
sopetpetelaji	296
sopietenpan	397
sopietonion	397
sopkonpen	138
soplemepopleasempli	404
sopon	257
sosnopipol	185
sotkol-e	59
sotkolean	59
spon	159
stalmel	187
stamo	187
steitapailskomision	402
steitepaltment	317
steitom	295
stoltenpelk	155
stpetelspolk	101
taipan	276
taipeltoan	150
taipeltokan	150
takesim	51
talnipostok	97
te-hanhankon	302
te-hanminkok	59
te-helan	368
tejon	256
tekelan	368
teko	38
telan	368
telhi	369
teli	369
teman	276
temilitalijetjon	57
temilitalijopanajon	57
temoklatijeskapalti	300
temoklatikpalti	300
temoklatikpaltiopkol-e	300
temoklatikpoplelepoplikopkol-e	58
tenksiaopin	209
tensaopin	209
tepan	273
tilelson	219
tiloson	219
tjenitilokoitjomi	210
tlamp	130
tlas	190
tleto	191
tlomp	130
tlos	190
tloteao	191
tlotopapaltikol-e	178
tlpito	191
tok-e	91
toka-ep	211
toki	79
tokil	70
tokio	91
tokto	51
tolji	79
tolkei	79
tolkie	79
tomana	264
tomankan	264
tomanlipel	264
tomen	264
tomenjan	264
tomenlipel	264
tonailpo	326
tonamasiakoka-enhap	310
tonejk	283
tonilpo	-1
tonjani	262
tonjanli	262
tonken	91
tonsaopin	209
tonsopen	209
topolominjotan	300
totelte	203
tpilkie	79
tpokoleas	60
pair	009ec84f00e3e86b
pair	01ad07c89707944a
pair	057275b2e7cae157
pair	0882e1de4e90bcd8
pair	0bc612c7d9a40a50
pair	0c73967304492569
pair	0f1242d8a8959f6f
pair	1043395721a37b0d
pair	11ce3729c22b4e4f
pair	12e035e56c48fdfe
pair	1718a536c4979384
pair	18e36d302c610dbe
pair	1a96d096a4e64692
pair	1b56af449feed174
pair	1b93a263a5167218
pair	211ef6d6f5281e77
pair	2452e0d3759d20b8
pair	2738a2d8a3ea882e
pair	2a5f0499da759f3d
pair	2c3754237f6fdf91
pair	2dbe3bcbbec9bee6
pair	2fe24bf5de006257
pair	37ec1b393b398ce3
pair	3846e3140fcf635d
pair	3bfdbcfa0e490543
pair	41679e3d6487d5b6
pair	48b7e81c1bca8639
pair	49fbca5589ab82d3
pair	4a48448a7a045756
pair	4ab155ff9458a311
pair	4bf9c658ad5776f6
pair	4cb2fda9732e35a8
pair	4f3ed978372ded53
pair	56fcd7413870cebd
pair	592d0f2f7141ce16
pair	5ab290692e1445bb
pair	5b1f29f7fff7f07d
pair	64a9f391d3d94f0e
pair	66d4b1f67f815478
pair	6a63597520bf376b
pair	6cfa6d4df4830f15
pair	6d6af5a413381bb1
pair	6f81521a4e32b14d
pair	6fa9e5c8af7b8683
pair	7644786ddfd52483
pair	76a1af0721bee023
pair	779e51dd1d701dd1
pair	7ab0572d872b975f
pair	80a375a89104222b
pair	83129c9613e622bd
pair	858ebfa39db90f14
pair	85c4046426d1eac9
pair	8b03723f13c8bdd3
pair	8b22074053f9bea0
pair	8bc3f5325d9d980a
pair	8f2fca56ff765fe5
pair	8ffcf4921b383ee8
pair	945cc282844e7793
pair	95af9ea938545941
pair	9add5b759a8746ac
pair	9e4eb8d9a25a684f
pair	9f3a0655e6ea0ceb
pair	a1e5bfeaf99ba8b0
pair	a54416cebe60bfb0
pair	a8e7e18b97ab0983
pair	aa2fee5487a1c92e
pair	abcc38a34c674b7c
pair	ad32288ea84eb753
pair	ae53af8d463cb11a
pair	b05d9cb3096ec831
pair	b09049e9ec27e702
pair	b23197063fecd21d
pair	b343c90d6d57a096
pair	b5fd611287aae9d5
pair	b71e89a7198582be
pair	bdedd4bebb087c8c
pair	bf517ea5f487d77d
pair	c228340f03213fba
pair	c26f97b9d9484cbf
pair	c2783d9589b16ec3
pair	c59721b00537e5d1
pair	c882253ee1064817
pair	ce0f989576c6ab6f
pair	d199d7117b62e809
pair	d42ae593df11b7a7
pair	d57d6e59bf16fcaf
pair	ddbf09b2bbff71b9
pair	df0b1f90b087597c
pair	e117c97d9f835693
pair	e1e994bdb690e61e
pair	e2862cc564aa6ed4
pair	e2a80ad2434a9836
pair	e5b7d4bbc6e79021
pair	e89f7c76be16d71b
pair	ea3d2c51eb9b575e
pair	eb69f59b31223aa1
pair	ec4fb6b1aeec41a8
pair	eddc6417db0fd7ee
pair	f46e96d8489a4156
pair	f8b09886e181f708
pair	f9030842e138f24f
pair	f94060e153ee1ed8
pair	fa7cdeb8bbe99dd7
pair	fff750e38e54b37d

"""#,
        "gazetteer.tsv": #"""
# Rosetta's gazetteer: established forms and aliases of names, one entity per line.
#   ID <TAB> English forms <TAB> Russian forms <TAB> Korean forms <TAB> other forms (Hanja, …) [<TAB> type]
# The optional type "country" marks a country: in "푸틴 러시아 대통령" the name is not the country.
# Forms are separated by "|"; the first form of a column is the canonical one for that language.
# Russian forms are nominative (case forms are found by lemmatization); Korean forms carry no
# particles. Extend it with `rosetta names --gazetteer FILE` (same format; a known ID adds aliases).
# Spellings that the sound-class key already joins need not be listed; established forms that
# break the transcription rules must be (Ким Чен Ир, Сеул, Пхеньян, 북한).
# A Korean form that is also a common word is not listed bare (경기 "game", 현대 "modern", 연합
# "union"): 경기도, 현대차, 연합뉴스.
#
# Korean leaders and politicians
kim-jong-il	Kim Jong Il|Kim Jong-il|Kim Chong-il|Kim Chong Il|Kim Jong-Il|Kim Jongil	Ким Чен Ир|Ким Чон Ир|Ким Чон Иль	김정일	金正日
kim-jong-un	Kim Jong Un|Kim Jong-un|Kim Jong-Un|Kim Jong-eun|Kim Jongun|Kim Chong-un	Ким Чен Ын|Ким Чон Ын|Ким Чен Ун	김정은	金正恩
kim-il-sung	Kim Il Sung|Kim Il-sung|Kim Il-Sung|Kim Ilsung	Ким Ир Сен|Ким Иль Сен|Ким Ир Сён|Ким Иль Сон	김일성	金日成
kim-yo-jong	Kim Yo Jong|Kim Yo-jong|Kim Yeo-jong|Kim Yo-Jong	Ким Ё Чжон|Ким Ё Чен|Ким Е Чжон|Ким Йо Чжон|Ким Ё Чон	김여정	金與正
kim-jong-nam	Kim Jong Nam|Kim Jong-nam|Kim Chong-nam	Ким Чен Нам|Ким Чон Нам	김정남	金正男
kim-jong-chol	Kim Jong Chol|Kim Jong-chol|Kim Jong-chul	Ким Чен Чхоль|Ким Чон Чхоль	김정철	金正哲
kim-kyong-hui	Kim Kyong Hui|Kim Kyong-hui|Kim Kyung-hee	Ким Гён Хи|Ким Кён Хи	김경희	金敬姬
ri-sol-ju	Ri Sol Ju|Ri Sol-ju|Lee Seol-ju	Ли Соль Чжу|Ри Соль Чжу|Ли Сол Чжу	리설주|이설주	李雪主
kim-yong-nam	Kim Yong Nam|Kim Yong-nam	Ким Ен Нам|Ким Ён Нам	김영남	金永南
choe-ryong-hae	Choe Ryong Hae|Choe Ryong-hae|Choi Ryong-hae	Чхве Рён Хэ|Цой Рён Хэ	최룡해|최용해	崔龍海
jang-song-thaek	Jang Song Thaek|Jang Song-thaek|Chang Sung-taek	Чан Сон Тхэк	장성택	張成澤
choe-son-hui	Choe Son Hui|Choe Son-hui|Choi Sun-hee	Чхве Сон Хи	최선희	崔善姬
ri-yong-ho	Ri Yong Ho|Ri Yong-ho|Lee Yong-ho	Ли Ён Хо|Ри Ён Хо	리용호|이용호	李容浩
kim-yong-chol	Kim Yong Chol|Kim Yong-chol|Kim Yong-chul	Ким Ён Чхоль|Ким Ен Чхоль	김영철	金英哲
kim-kye-gwan	Kim Kye Gwan|Kim Kye-gwan	Ким Ке Гван|Ким Кё Гван	김계관	金桂冠
kang-sok-ju	Kang Sok Ju|Kang Sok-ju|Kang Seok-ju	Кан Сок Чжу	강석주	姜錫柱
hyon-song-wol	Hyon Song Wol|Hyon Song-wol|Hyun Song-wol	Хён Сон Воль	현송월	玄松月
syngman-rhee	Syngman Rhee|Rhee Syngman|Yi Seung-man|Lee Seung-man	Ли Сын Ман	이승만	李承晩
park-chung-hee	Park Chung-hee|Park Chung Hee|Pak Chong-hui|Park Jung-hee	Пак Чон Хи|Пак Чжон Хи	박정희	朴正熙
chun-doo-hwan	Chun Doo-hwan|Chun Doo Hwan|Jeon Du-hwan	Чон Ду Хван	전두환	全斗煥
roh-tae-woo	Roh Tae-woo|Roh Tae Woo|No Tae-u	Ро Дэ У|Но Тхэ У|Ро Тхэ У	노태우	盧泰愚
kim-young-sam	Kim Young-sam|Kim Young Sam|Kim Yong-sam|Kim Yeong-sam	Ким Ён Сам|Ким Ен Сам	김영삼	金泳三
kim-dae-jung	Kim Dae-jung|Kim Dae Jung|Kim Tae-jung|Kim Dae-joong	Ким Дэ Чжун|Ким Дэ Джун|Ким Тэ Чжун	김대중	金大中
roh-moo-hyun	Roh Moo-hyun|Roh Moo Hyun|No Mu-hyeon|No Mu-hyon	Но Му Хён|Ро Му Хён|Но Му Хен	노무현	盧武鉉
lee-myung-bak	Lee Myung-bak|Lee Myung Bak|Lee Myeong-bak|Yi Myong-bak|Ri Myong-bak	Ли Мён Бак|Ли Мен Бак|Ли Мёнбак	이명박	李明博
park-geun-hye	Park Geun-hye|Park Geun Hye|Pak Kun-hye|Park Kun-hye|Pak Kun Hye	Пак Кын Хе|Пак Кын Хэ|Пак Кын Хей	박근혜	朴槿惠
moon-jae-in	Moon Jae-in|Moon Jae In|Mun Jae-in|Mun Chae-in|Moon Jae-In	Мун Чжэ Ин|Мун Чже Ин|Мун Дже Ин|Мун Джэ Ин	문재인	文在寅
moon-chung-in	Moon Chung-in|Moon Chung In|Mun Jeong-in|Mun Chong-in	Мун Чон Ин|Мун Чжон Ин	문정인	文正仁
yoon-suk-yeol	Yoon Suk-yeol|Yoon Suk Yeol|Yun Seok-yeol|Yun Sok-yol	Юн Сок Ёль|Юн Сок Ель|Юн Сок Ёр	윤석열	尹錫悅
lee-jae-myung	Lee Jae-myung|Lee Jae Myung|Yi Jae-myeong	Ли Чжэ Мён|Ли Дже Мён|Ли Чже Мён	이재명	李在明
ban-ki-moon	Ban Ki-moon|Ban Ki Moon|Pan Ki-mun|Ban Gi-mun	Пан Ги Мун|Пан Ки Мун	반기문	潘基文
han-duck-soo	Han Duck-soo|Han Deok-su|Han Duk-soo	Хан Док Су|Хан Дык Су	한덕수	韓悳洙
chung-dong-young	Chung Dong-young|Chung Dong Young|Jeong Dong-yeong	Чон Дон Ён	정동영	鄭東泳
kim-yong-hyun	Kim Yong-hyun|Kim Yong Hyun	Ким Ён Хён	김용현	金龍顯
# Korean places
seoul	Seoul|Soul	Сеул	서울
pyongyang	Pyongyang|P'yongyang|Pyeongyang|Phyongyang	Пхеньян	평양	平壤
busan	Busan|Pusan	Пусан	부산	釜山
incheon	Incheon|Inchon	Инчхон	인천	仁川
daegu	Daegu|Taegu	Тэгу	대구	大邱
gwangju	Gwangju|Kwangju	Кванджу	광주	光州
kaesong	Kaesong|Gaeseong|Kaesŏng	Кэсон	개성	開城
panmunjom	Panmunjom|Panmunjeom|P'anmunjŏm	Пханмунджом|Пханмунчжом|Панмунджом	판문점	板門店
yongbyon	Yongbyon|Yeongbyeon|Nyongbyon	Йонбён|Ёнбён|Нёнбён	영변|녕변	寧邊
rajin	Rajin|Najin	Раджин|Наджин	나진|라진	羅津
rason	Rason|Rajin-Sonbong|Nason	Расон	나선|라선	羅先
sinuiju	Sinuiju|Sinŭiju	Синыйджу|Синыйчжу	신의주	新義州
wonsan	Wonsan	Вонсан	원산	元山
chongjin	Chongjin|Cheongjin	Чхонджин|Чхончжин	청진	清津
hamhung	Hamhung|Hamheung	Хамхын	함흥	咸興
jeju	Jeju|Cheju|Jeju Island|Cheju Island	Чеджу|Чечжу	제주|제주도	濟州
yeonpyeong	Yeonpyeong|Yonpyong|Yeonpyeong Island|Yonphyong	Ёнпхёндо|Енпхендо|Ёнпхён	연평도|연평	延坪島
dokdo	Dokdo|Tokto|Liancourt Rocks|Takeshima	Токто|Такэсима	독도	獨島
ulsan	Ulsan	Ульсан	울산	蔚山
cheonan	Cheonan|Ch'onan	Чхонан	천안함|천안	天安
mount-kumgang	Mount Kumgang|Mount Geumgang|Kumgang|Geumgang	Кымгансан|Кымган	금강산	金剛山
mount-paektu	Mount Paektu|Mount Baekdu|Paektusan|Baekdu	Пэктусан|Пэкту	백두산	白頭山
korean-peninsula	Korean Peninsula	Корейский полуостров	한반도	韓半島
dmz	DMZ|Demilitarized Zone	ДМЗ|демилитаризованная зона	비무장지대	非武裝地帶
# Countries and their established short forms
north-korea	North Korea|N. Korea|N.Korea|DPRK|D.P.R.K.|Democratic People's Republic of Korea|the North|North Korean	КНДР|Северная Корея|Корейская Народно-Демократическая Республика	북한|조선|조선민주주의인민공화국|북조선	朝鮮|北韓	country
south-korea	South Korea|S. Korea|S.Korea|ROK|R.O.K.|Republic of Korea|the South|South Korean	Республика Корея|Южная Корея|РК	한국|대한민국|남한|남조선	韓國|大韓民國	country
korea	Korea|Koreas|the two Koreas	Корея	코리아|남북한|남북		country
russia	Russia|Russian Federation|Russian	Россия|Российская Федерация|РФ	러시아|러시아연방	露	country
usa	United States|U.S.|US|USA|U.S.A.|America|United States of America|American	США|Соединенные Штаты|Соединенные Штаты Америки|Америка	미국	美國	country
china	China|People's Republic of China|PRC|Chinese	Китай|КНР|Китайская Народная Республика	중국	中國	country
japan	Japan|Japanese	Япония	일본	日本	country
mongolia	Mongolia	Монголия	몽골	蒙古	country
inner-mongolia	Inner Mongolia	Внутренняя Монголия	네이멍구|내몽골|내몽고	內蒙古	country
ukraine	Ukraine|the Ukraine	Украина	우크라이나		country
belarus	Belarus|Byelorussia	Белоруссия|Беларусь	벨라루스		country
kazakhstan	Kazakhstan	Казахстан	카자흐스탄		country
germany	Germany	Германия|ФРГ	독일		country
france	France	Франция	프랑스		country
united-kingdom	United Kingdom|Britain|Great Britain|UK|U.K.	Великобритания|Британия|Соединенное Королевство	영국		country
italy	Italy	Италия	이탈리아		country
india	India	Индия	인도		country
iran	Iran	Иран	이란		country
iraq	Iraq	Ирак	이라크		country
syria	Syria	Сирия	시리아		country
israel	Israel	Израиль	이스라엘		country
turkey	Turkey|Türkiye|Turkiye	Турция	튀르키예|터키		country
vietnam	Vietnam|Viet Nam	Вьетнам	베트남		country
georgia	Georgia	Грузия	조지아		country
egypt	Egypt	Египет	이집트		country
libya	Libya	Ливия	리비아		country
cuba	Cuba	Куба	쿠바		country
canada	Canada	Канада	캐나다		country
australia	Australia	Австралия	호주|오스트레일리아		country
poland	Poland	Польша	폴란드		country
# Cities and regions
moscow	Moscow	Москва	모스크바	
washington	Washington|Washington, D.C.	Вашингтон	워싱턴	
beijing	Beijing|Peking	Пекин	베이징	北京
tokyo	Tokyo	Токио	도쿄	東京
vladivostok	Vladivostok	Владивосток	블라디보스토크	
ulan-ude	Ulan-Ude|Ulan Ude	Улан-Удэ	울란우데	
buryatia	Buryatia|Republic of Buryatia	Бурятия|Республика Бурятия	부랴티야|부랴트|부랴티야공화국	
khasan	Khasan|Hasan	Хасан	하산	
siberia	Siberia	Сибирь	시베리아	
far-east	Far East|Russian Far East	Дальний Восток	극동	
lake-baikal	Lake Baikal|Baikal	Байкал|озеро Байкал	바이칼호|바이칼	
amur	Amur|Amur region	Амурская область|Амур	아무르주|아무르	
kyiv	Kyiv|Kiev	Киев	키이우|키예프	
st-petersburg	St. Petersburg|Saint Petersburg|St Petersburg	Санкт-Петербург|Петербург	상트페테르부르크	
kremlin	Kremlin	Кремль	크렘린|크렘린궁	
white-house	White House	Белый дом	백악관	
blue-house	Blue House|Cheong Wa Dae|Chongwadae	Голубой дом|Чхонвадэ	청와대	靑瓦臺
crimea	Crimea	Крым	크림|크림반도	
new-york	New York	Нью-Йорк	뉴욕	
london	London	Лондон	런던	
paris	Paris	Париж	파리	
berlin	Berlin	Берлин	베를린	
shanghai	Shanghai	Шанхай	상하이	上海
hong-kong	Hong Kong	Гонконг|Сянган	홍콩	香港
sochi	Sochi	Сочи	소치	
# World leaders and officials
vladimir-putin	Vladimir Putin|Putin	Владимир Путин|Путин	블라디미르 푸틴|푸틴	
dmitry-medvedev	Dmitry Medvedev|Dmitri Medvedev|Medvedev	Дмитрий Медведев|Медведев	드미트리 메드베데프|메드베데프	
svetlana-medvedeva	Svetlana Medvedeva|Medvedeva	Светлана Медведева	스베틀라나 메드베데바|메드베데바	
sergei-lavrov	Sergei Lavrov|Sergey Lavrov|Lavrov	Сергей Лавров|Лавров	세르게이 라브로프|라브로프	
dmitry-peskov	Dmitry Peskov|Peskov	Дмитрий Песков|Песков	드미트리 페스코프|페스코프	
maria-zakharova	Maria Zakharova|Zakharova	Мария Захарова|Захарова	마리야 자하로바|자하로바	
sergei-shoigu	Sergei Shoigu|Shoigu	Сергей Шойгу|Шойгу	세르게이 쇼이구|쇼이구	
mikhail-mishustin	Mikhail Mishustin|Mishustin	Михаил Мишустин|Мишустин	미하일 미슈스틴|미슈스틴	
boris-yeltsin	Boris Yeltsin|Yeltsin	Борис Ельцин|Ельцин	보리스 옐친|옐친	
mikhail-gorbachev	Mikhail Gorbachev|Gorbachev	Михаил Горбачев|Горбачев	미하일 고르바초프|고르바초프	
vyacheslav-nagovitsyn	Vyacheslav Nagovitsyn|Nagovitsyn	Вячеслав Наговицын|Наговицын	뱌체슬라프 나고비친|나고비친	
alexei-navalny	Alexei Navalny|Alexey Navalny|Navalny	Алексей Навальный|Навальный	알렉세이 나발니|나발니	
sergei-ryabkov	Sergei Ryabkov|Ryabkov	Сергей Рябков|Рябков	세르게이 랴브코프|랴브코프	
valentina-matviyenko	Valentina Matviyenko|Valentina Matvienko|Matviyenko	Валентина Матвиенко|Матвиенко	발렌티나 마트비옌코|마트비옌코	
volodymyr-zelensky	Volodymyr Zelensky|Volodymyr Zelenskyy|Zelensky|Zelenskyy|Zelenskiy	Владимир Зеленский|Зеленский	볼로디미르 젤렌스키|젤렌스키	
alexander-lukashenko	Alexander Lukashenko|Alyaksandr Lukashenka|Lukashenko	Александр Лукашенко|Лукашенко	알렉산드르 루카셴코|루카셴코	
joe-biden	Joe Biden|Joseph Biden|Biden	Джо Байден|Джозеф Байден|Байден	조 바이든|바이든	
donald-trump	Donald Trump|Trump	Дональд Трамп|Трамп	도널드 트럼프|트럼프	
barack-obama	Barack Obama|Obama	Барак Обама|Обама	버락 오바마|오바마	
george-w-bush	George W. Bush|George Bush|Bush	Джордж Буш|Буш	조지 W. 부시|조지 부시|부시	
bill-clinton	Bill Clinton|Clinton	Билл Клинтон|Клинтон	빌 클린턴|클린턴	
hillary-clinton	Hillary Clinton|Hillary Rodham Clinton	Хиллари Клинтон	힐러리 클린턴	
antony-blinken	Antony Blinken|Blinken	Энтони Блинкен|Блинкен	앤터니 블링컨|블링컨|토니 블링컨	
mike-pompeo	Mike Pompeo|Pompeo	Майк Помпео|Помпео	마이크 폼페이오|폼페이오	
kamala-harris	Kamala Harris|Harris	Камала Харрис|Харрис	카멀라 해리스|해리스	
xi-jinping	Xi Jinping|Xi	Си Цзиньпин|Си	시진핑|시 주석	習近平
hu-jintao	Hu Jintao	Ху Цзиньтао	후진타오	胡錦濤
li-keqiang	Li Keqiang	Ли Кэцян	리커창	李克强
wang-yi	Wang Yi	Ван И	왕이	王毅
mao-zedong	Mao Zedong|Mao Tse-tung|Mao	Мао Цзэдун|Мао	마오쩌둥	毛澤東
shinzo-abe	Shinzo Abe|Abe Shinzo|Abe	Синдзо Абэ|Абэ	아베 신조|아베	安倍晋三
fumio-kishida	Fumio Kishida|Kishida	Фумио Кисида|Кисида	기시다 후미오|기시다	岸田文雄
yoshihide-suga	Yoshihide Suga|Suga	Ёсихидэ Суга|Суга	스가 요시히데|스가	菅義偉
angela-merkel	Angela Merkel|Merkel	Ангела Меркель|Меркель	앙겔라 메르켈|메르켈	
olaf-scholz	Olaf Scholz|Scholz	Олаф Шольц|Шольц	올라프 숄츠|숄츠	
emmanuel-macron	Emmanuel Macron|Macron	Эмманюэль Макрон|Макрон	에마뉘엘 마크롱|마크롱	
boris-johnson	Boris Johnson|Johnson	Борис Джонсон|Джонсон	보리스 존슨|존슨	
recep-erdogan	Recep Tayyip Erdogan|Erdogan|Erdoğan	Реджеп Тайип Эрдоган|Эрдоган	레제프 타이이프 에르도안|에르도안	
narendra-modi	Narendra Modi|Modi	Нарендра Моди|Моди	나렌드라 모디|모디	
benjamin-netanyahu	Benjamin Netanyahu|Netanyahu	Биньямин Нетаньяху|Нетаньяху	베냐민 네타냐후|네타냐후	
antonio-guterres	Antonio Guterres|António Guterres|Guterres	Антониу Гутерриш|Антонио Гутерреш|Гутерриш|Гутерреш	안토니우 구테흐스|구테흐스	
kofi-annan	Kofi Annan|Annan	Кофи Аннан|Аннан	코피 아난|아난	
jens-stoltenberg	Jens Stoltenberg|Stoltenberg	Йенс Столтенберг|Столтенберг	옌스 스톨텐베르그|스톨텐베르그	
ebrahim-raisi	Ebrahim Raisi|Raisi	Эбрахим Раиси|Раиси	에브라힘 라이시|라이시	
bashar-assad	Bashar al-Assad|Bashar Assad|Assad|al-Assad	Башар Асад|Асад	바샤르 알아사드|아사드|알아사드	
# Organizations
united-nations	United Nations|UN|U.N.	Организация Объединенных Наций|ООН	유엔|국제연합	聯合國
un-security-council	UN Security Council|U.N. Security Council|Security Council	Совет Безопасности ООН|Совбез ООН|СБ ООН	유엔 안전보장이사회|안보리|유엔 안보리	
iaea	IAEA|International Atomic Energy Agency	МАГАТЭ	국제원자력기구|IAEA	
nato	NATO	НАТО	나토|북대서양조약기구	
european-union	European Union|EU	Европейский союз|Евросоюз|ЕС	유럽연합|EU	
fbi	FBI|Federal Bureau of Investigation	ФБР|Федеральное бюро расследований	연방수사국|FBI	
bbc	BBC|British Broadcasting Corporation	Би-би-си|BBC	비비시|BBC	
cnn	CNN	Си-эн-эн|CNN	CNN	
opec	OPEC|Organization of the Petroleum Exporting Countries	ОПЕК	석유수출국기구|OPEC	
osce	OSCE|Organization for Security and Co-operation in Europe	ОБСЕ	유럽안보협력기구|OSCE	
wto	WTO|World Trade Organization	ВТО|Всемирная торговая организация	세계무역기구|WTO	
unesco	UNESCO	ЮНЕСКО	유네스코	
nasa	NASA	НАСА	항공우주국|NASA	
gazprom	Gazprom	Газпром	가스프롬	
rosneft	Rosneft	Роснефть	로스네프트	
kogas	KOGAS|Korea Gas Corporation|Korea Gas Corp.	KOGAS|Корейская газовая корпорация	한국가스공사|가스공사	
itar-tass	ITAR-TASS|TASS	ИТАР-ТАСС|ТАСС	이타르타스|타스	
yonhap	Yonhap|Yonhap News Agency	Ёнхап|Рёнхап|Йонхап	연합뉴스	聯合
kcna	KCNA|Korean Central News Agency	ЦТАК|Центральное телеграфное агентство Кореи	조선중앙통신|조선중앙통신사	朝鮮中央通信
rodong-sinmun	Rodong Sinmun|Nodong Sinmun	Нодон синмун|Родон синмун	로동신문|노동신문	勞動新聞
workers-party	Workers' Party of Korea|Workers Party of Korea|Korean Workers' Party|WPK	Трудовая партия Кореи|ТПК	조선노동당|노동당|조선로동당|로동당	朝鮮勞動黨
samsung	Samsung|Samsung Electronics	Samsung|Самсунг	삼성|삼성전자	三星
hyundai	Hyundai|Hyundai Motor	Hyundai|Хендэ|Хёндэ|Хюндай	현대차|현대자동차|현대그룹	現代
national-assembly	National Assembly	Национальное собрание	국회	國會
six-party-talks	six-party talks|Six-Party Talks	шестисторонние переговоры	6자회담|육자회담	
kaesong-industrial-complex	Kaesong Industrial Complex|Kaesong industrial park	Кэсонский промышленный комплекс	개성공단	
bureya	Bureya|Bureya hydroelectric power station	Бурейская ГЭС|Бурея	부레야|부레야 수력발전소	
sosnovy-bor	Sosnovy Bor	Сосновый Бор	소스노비 보르	
# More world leaders and officials
rishi-sunak	Rishi Sunak|Sunak	Риши Сунак|Сунак	리시 수낵|수낵	
keir-starmer	Keir Starmer|Starmer	Кир Стармер|Стармер	키어 스타머|스타머	
theresa-may	Theresa May	Тереза Мэй	테리사 메이|메이 총리	
david-cameron	David Cameron|Cameron	Дэвид Кэмерон|Кэмерон	데이비드 캐머런|캐머런	
liz-truss	Liz Truss|Truss	Лиз Трасс|Трасс	리즈 트러스|트러스	
justin-trudeau	Justin Trudeau|Trudeau	Джастин Трюдо|Трюдо	쥐스탱 트뤼도|트뤼도|저스틴 트뤼도	
jair-bolsonaro	Jair Bolsonaro|Bolsonaro	Жаир Болсонару|Болсонару|Болсонаро	자이르 보우소나루|보우소나루	
lula	Luiz Inacio Lula da Silva|Lula da Silva|Lula	Луис Инасиу Лула да Силва|Лула да Силва|Лула	룰라 다시우바|룰라	
nicolas-sarkozy	Nicolas Sarkozy|Sarkozy	Николя Саркози|Саркози	니콜라 사르코지|사르코지	
francois-hollande	Francois Hollande|François Hollande|Hollande	Франсуа Олланд|Олланд	프랑수아 올랑드|올랑드	
gerhard-schroeder	Gerhard Schroeder|Gerhard Schröder|Schroeder|Schröder	Герхард Шрёдер|Шредер|Шрёдер	게르하르트 슈뢰더|슈뢰더	
silvio-berlusconi	Silvio Berlusconi|Berlusconi	Сильвио Берлускони|Берлускони	실비오 베를루스코니|베를루스코니	
giorgia-meloni	Giorgia Meloni|Meloni	Джорджа Мелони|Мелони	조르자 멜로니|멜로니	
pope-francis	Pope Francis	Папа Франциск|Папа Римский Франциск	프란치스코 교황|교황	
ali-khamenei	Ali Khamenei|Ayatollah Ali Khamenei|Khamenei	Али Хаменеи|Хаменеи	알리 하메네이|하메네이	
hassan-rouhani	Hassan Rouhani|Rouhani	Хасан Роухани|Роухани	하산 로하니|로하니	
mahmoud-abbas	Mahmoud Abbas|Abbas	Махмуд Аббас|Аббас	마무드 아바스|아바스	
rodrigo-duterte	Rodrigo Duterte|Duterte	Родриго Дутерте|Дутерте	로드리고 두테르테|두테르테	
joko-widodo	Joko Widodo|Widodo|Jokowi	Джоко Видодо|Видодо	조코 위도도|위도도	
tsai-ing-wen	Tsai Ing-wen	Цай Инвэнь	차이잉원	蔡英文
li-qiang	Li Qiang	Ли Цян	리창	李强
wen-jiabao	Wen Jiabao	Вэнь Цзябао	원자바오	溫家寶
jiang-zemin	Jiang Zemin	Цзян Цзэминь	장쩌민	江澤民
deng-xiaoping	Deng Xiaoping	Дэн Сяопин	덩샤오핑	鄧小平
junichiro-koizumi	Junichiro Koizumi|Koizumi	Дзюнъитиро Коидзуми|Коидзуми	고이즈미 준이치로|고이즈미	小泉純一郎
kassym-jomart-tokayev	Kassym-Jomart Tokayev|Tokayev	Касым-Жомарт Токаев|Токаев	카심조마르트 토카예프|토카예프	
nursultan-nazarbayev	Nursultan Nazarbayev|Nazarbayev	Нурсултан Назарбаев|Назарбаев	누르술탄 나자르바예프|나자르바예프	
shavkat-mirziyoyev	Shavkat Mirziyoyev|Mirziyoyev	Шавкат Мирзиёев|Мирзиёев	샵카트 미르지요예프|미르지요예프	
ilham-aliyev	Ilham Aliyev|Aliyev	Ильхам Алиев|Алиев	일함 알리예프|알리예프	
nikol-pashinyan	Nikol Pashinyan|Pashinyan	Никол Пашинян|Пашинян	니콜 파시냔|파시냔	
viktor-orban	Viktor Orban|Viktor Orbán|Orban	Виктор Орбан|Орбан	빅토르 오르반|오르반	
condoleezza-rice	Condoleezza Rice	Кондолиза Райс	콘돌리자 라이스	
john-kerry	John Kerry|Kerry	Джон Керри|Керри	존 케리|케리	
rex-tillerson	Rex Tillerson|Tillerson	Рекс Тиллерсон|Тиллерсон	렉스 틸러슨|틸러슨	
john-bolton	John Bolton|Bolton	Джон Болтон|Болтон	존 볼턴|볼턴	
stephen-biegun	Stephen Biegun|Biegun	Стивен Бигэн|Бигэн|Биган	스티븐 비건	
christopher-hill	Christopher Hill	Кристофер Хилл	크리스토퍼 힐	
nancy-pelosi	Nancy Pelosi|Pelosi	Нэнси Пелоси|Пелоси	낸시 펠로시|펠로시	
lloyd-austin	Lloyd Austin	Ллойд Остин	로이드 오스틴	
jake-sullivan	Jake Sullivan|Sullivan	Джейк Салливан|Салливан	제이크 설리번|설리번	
ursula-von-der-leyen	Ursula von der Leyen|von der Leyen	Урсула фон дер Ляйен|фон дер Ляйен	우르줄라 폰데어라이엔|폰데어라이엔	
yevgeny-prigozhin	Yevgeny Prigozhin|Prigozhin	Евгений Пригожин|Пригожин	예브게니 프리고진|프리고진	
vyacheslav-volodin	Vyacheslav Volodin|Volodin	Вячеслав Володин|Володин	뱌체슬라프 볼로딘|볼로딘	
ramzan-kadyrov	Ramzan Kadyrov|Kadyrov	Рамзан Кадыров|Кадыров	람잔 카디로프|카디로프	
alexander-novak	Alexander Novak|Novak	Александр Новак|Новак	알렉산드르 노바크|노바크	
yuri-ushakov	Yuri Ushakov|Ushakov	Юрий Ушаков|Ушаков	유리 우샤코프|우샤코프	
alexander-matsegora	Alexander Matsegora|Matsegora	Александр Мацегора|Мацегора	알렉산드르 마체고라|마체고라	
sergei-naryshkin	Sergei Naryshkin|Naryshkin	Сергей Нарышкин|Нарышкин	세르게이 나리시킨|나리시킨	
yevgeny-primakov	Yevgeny Primakov|Primakov	Евгений Примаков|Примаков	예브게니 프리마코프|프리마코프	
# More Korean politicians and figures
chung-sye-kyun	Chung Sye-kyun|Chung Sye Kyun	Чон Се Гюн	정세균	丁世均
hong-joon-pyo	Hong Joon-pyo|Hong Jun-pyo	Хон Джун Пхё|Хон Чжун Пхё	홍준표	洪準杓
han-dong-hoon	Han Dong-hoon|Han Dong-hun	Хан Дон Хун	한동훈	韓東勳
lee-jun-seok	Lee Jun-seok|Lee Joon-seok	Ли Чжун Сок|Ли Джун Сок	이준석	李俊錫
lee-hoi-chang	Lee Hoi-chang	Ли Хве Чхан	이회창	李會昌
chung-ju-yung	Chung Ju-yung|Chung Ju-young	Чон Чжу Ён	정주영	鄭周永
lee-kun-hee	Lee Kun-hee|Lee Gun-hee	Ли Гон Хи|Ли Кун Хи	이건희	李健熙
lee-jae-yong	Lee Jae-yong|Jay Y. Lee	Ли Чжэ Ён|Ли Джэ Ён	이재용	李在鎔
lim-dong-won	Lim Dong-won	Лим Дон Вон	임동원	林東源
suh-hoon	Suh Hoon|Seo Hun	Со Хун	서훈	徐薰
kim-ju-ae	Kim Ju Ae|Kim Ju-ae	Ким Чжу Э|Ким Джу Э	김주애	金主愛
ko-yong-hui	Ko Yong Hui|Ko Yong-hui|Ko Young-hee	Ко Ён Хи	고용희	高容姬
hwang-pyong-so	Hwang Pyong So|Hwang Pyong-so	Хван Пён Со	황병서	黃炳瑞
ri-son-gwon	Ri Son Gwon|Ri Son-gwon	Ли Сон Гвон|Ри Сон Гвон	리선권|이선권	李善權
jo-yong-won	Jo Yong Won|Jo Yong-won|Cho Yong-won	Чо Ён Вон	조용원	趙甬元
kim-song-nam	Kim Song Nam|Kim Song-nam	Ким Сон Нам	김성남	
pak-pong-ju	Pak Pong Ju|Pak Pong-ju|Park Bong-ju	Пак Пон Чжу	박봉주	朴奉珠
kim-tok-hun	Kim Tok Hun|Kim Tok-hun|Kim Deok-hun	Ким Док Хун	김덕훈	金德訓
ri-chun-hee	Ri Chun Hee|Ri Chun-hui	Ли Чхун Хи|Ри Чхун Хи	리춘히|이춘희	
# More places
gyeonggi	Gyeonggi|Gyeonggi Province|Kyonggi	Кёнгидо|Кёнги	경기도	京畿道
gangwon	Gangwon|Gangwon Province|Kangwon|Kangwon Province	Канвондо|Канвон	강원도|강원	江原道
daejeon	Daejeon|Taejon	Тэджон	대전	大田
suwon	Suwon	Сувон	수원	水原
pohang	Pohang	Пхохан	포항	浦項
hamgyong	Hamgyong|North Hamgyong|Hamgyong Province	Хамгён|Хамгён-Пукто	함경북도|함경도|함경	咸鏡
ryanggang	Ryanggang|Yanggang	Рянгандо|Янгандо	양강도|량강도	兩江道
punggye-ri	Punggye-ri|Punggye	Пхунгери	풍계리	豊溪里
tongchang-ri	Tongchang-ri|Dongchang-ri|Sohae	Тончханни|Сохэ	동창리|서해위성발사장	
baengnyeong	Baengnyeong|Baengnyeong Island|Paengnyong	Пэннёндо	백령도	白翎島
tumen-river	Tumen River|Tumen|Tuman River	Туманная|Туманган|Тумэньцзян	두만강	豆滿江
yalu-river	Yalu River|Yalu|Amnok River	Ялуцзян|Амноккан	압록강	鴨綠江
han-river	Han River	Ханган|река Хан	한강	漢江
shenyang	Shenyang	Шэньян	선양|심양	瀋陽
harbin	Harbin	Харбин	하얼빈	哈爾濱
khabarovsk	Khabarovsk	Хабаровск	하바롭스크	
nakhodka	Nakhodka	Находка	나홋카	
sakhalin	Sakhalin	Сахалин	사할린	
primorye	Primorye|Primorsky Krai|Maritime Province	Приморье|Приморский край	연해주|프리모르스키	沿海州
osaka	Osaka	Осака	오사카	大阪
hiroshima	Hiroshima	Хиросима	히로시마	廣島
okinawa	Okinawa	Окинава	오키나와	沖繩
taiwan	Taiwan	Тайвань	대만|타이완	臺灣
singapore	Singapore	Сингапур	싱가포르	
hanoi	Hanoi	Ханой	하노이	
ulaanbaatar	Ulaanbaatar|Ulan Bator	Улан-Батор	울란바토르	
geneva	Geneva	Женева	제네바	
brussels	Brussels	Брюссель	브뤼셀	
minsk	Minsk	Минск	민스크	
donetsk	Donetsk	Донецк	도네츠크	
luhansk	Luhansk|Lugansk	Луганск	루한스크|루간스크	
kharkiv	Kharkiv|Kharkov	Харьков|Харків	하르키우|하리코프	
mariupol	Mariupol	Мариуполь	마리우폴	
sevastopol	Sevastopol	Севастополь	세바스토폴	
kaliningrad	Kaliningrad	Калининград	칼리닌그라드	
vostochny	Vostochny Cosmodrome|Vostochny	космодром Восточный|Восточный	보스토치니 우주기지|보스토치니	
# More organizations
rosatom	Rosatom	Росатом	로사톰	
roscosmos	Roscosmos	Роскосмос	로스코스모스	
aeroflot	Aeroflot	Аэрофлот	아에로플로트	
fsb	FSB|Federal Security Service	ФСБ|Федеральная служба безопасности	연방보안국|FSB	
kgb	KGB	КГБ	국가보안위원회|KGB	
state-duma	State Duma|Duma	Государственная дума|Госдума	국가두마|두마	
federation-council	Federation Council	Совет Федерации|Совфед	연방평의회	
unification-ministry	Unification Ministry|Ministry of Unification	Министерство объединения|Минобъединения	통일부	統一部
nis	National Intelligence Service|NIS	Национальная разведывательная служба	국가정보원|국정원	國家情報院
jcs	Joint Chiefs of Staff|JCS	Объединенный комитет начальников штабов	합동참모본부|합참	
democratic-party	Democratic Party of Korea|Democratic Party	Демократическая партия	더불어민주당|민주당	
people-power-party	People Power Party|PPP	Партия власти народа|Сила народа	국민의힘	
korean-air	Korean Air	Korean Air|Кориан Эйр	대한항공	
air-koryo	Air Koryo	Эйр Корё	고려항공	高麗航空
kctv	Korean Central Television|KCTV	Центральное телевидение Кореи|ЦТК	조선중앙TV|조선중앙텔레비죤|조선중앙방송	
wfp	World Food Programme|WFP	Всемирная продовольственная программа|ВПП	세계식량계획|WFP	
unicef	UNICEF	ЮНИСЕФ	유니세프	
who	World Health Organization|WHO	Всемирная организация здравоохранения|ВОЗ	세계보건기구|WHO	
imf	International Monetary Fund|IMF	Международный валютный фонд|МВФ	국제통화기금|IMF	
apec	APEC|Asia-Pacific Economic Cooperation	АТЭС	아시아태평양경제협력체|APEC	
asean	ASEAN|Association of Southeast Asian Nations	АСЕАН	동남아시아국가연합|아세안	
sco	Shanghai Cooperation Organization|SCO	Шанхайская организация сотрудничества|ШОС	상하이협력기구|SCO	
brics	BRICS	БРИКС	브릭스	
g20	G20|Group of 20	G20|«Большая двадцатка»|Большая двадцатка	G20|주요 20개국	
red-cross	Red Cross|International Committee of the Red Cross|ICRC	Красный Крест|МККК	적십자|국제적십자위원회	
cia	CIA|Central Intelligence Agency	ЦРУ	중앙정보국|CIA	
pentagon	Pentagon	Пентагон	펜타곤|미 국방부	
state-department	State Department|U.S. State Department	Госдепартамент|Госдеп|Государственный департамент	국무부|미 국무부	
russian-mfa	Russian Foreign Ministry|Russian Ministry of Foreign Affairs	МИД России|МИД РФ|Министерство иностранных дел России	러시아 외무부	
xinhua	Xinhua|Xinhua News Agency	Синьхуа	신화통신	新華社
kyodo	Kyodo|Kyodo News	Киодо|Кёдо	교도통신	共同通信
ria-novosti	RIA Novosti|RIA	РИА Новости	리아노보스티	
interfax	Interfax	Интерфакс	인테르팍스	
reuters	Reuters	Рейтер|Reuters	로이터|로이터통신	
chosun-ilbo	Chosun Ilbo|The Chosun Ilbo	Чосон ильбо	조선일보	朝鮮日報
joongang-ilbo	JoongAng Ilbo	Чунъан ильбо	중앙일보	中央日報
dong-a-ilbo	Dong-A Ilbo	Тона ильбо	동아일보	東亞日報
hankyoreh	Hankyoreh	Хангёре	한겨레	
lg	LG|LG Electronics	LG	LG|엘지|LG전자	
posco	POSCO	POSCO|Поско	포스코	
kepco	KEPCO|Korea Electric Power Corporation	KEPCO	한국전력|한전	
# More Korean places (assimilated spellings: 강릉 is Gangneung, 신의주 Sinuiju)
gangneung	Gangneung|Kangnung	Каннын	강릉	江陵
chuncheon	Chuncheon|Chunchon	Чхунчхон	춘천	春川
cheongju	Cheongju|Chongju	Чхонджу	청주	清州
jeonju	Jeonju|Chonju	Чонджу	전주	全州
changwon	Changwon	Чхангвон	창원	昌原
gyeongju	Gyeongju|Kyongju	Кёнджу	경주	慶州
mokpo	Mokpo	Мокпхо	목포	木浦
yeosu	Yeosu|Yosu	Ёсу	여수	麗水
sokcho	Sokcho	Сокчхо	속초	束草
paju	Paju	Пхаджу	파주	坡州
cheorwon	Cheorwon|Chorwon	Чхорвон	철원	鐵原
ulleungdo	Ulleungdo|Ulleung Island	Уллындо	울릉도	鬱陵島
sejong	Sejong	Седжон	세종	世宗
nampo	Nampo|Namp'o	Нампхо	남포	南浦
haeju	Haeju	Хэджу	해주	海州
sariwon	Sariwon	Саривон	사리원	沙里院
hyesan	Hyesan	Хесан	혜산	惠山
kanggye	Kanggye	Кангё	강계	江界
kimchaek	Kimchaek|Kim Chaek	Кимчхэк	김책	金策
sinpo	Sinpo|Sinp'o	Синпхо	신포	新浦
musudan-ri	Musudan-ri|Musudan	Мусудан-ри	무수단리	舞水端里
samjiyon	Samjiyon|Samjiyeon	Самджиён	삼지연	三池淵
mount-kumgang-resort	Kumgang resort|Mount Kumgang resort	курорт Кымгансан	금강산 관광지구	
# More Russian and world places
yekaterinburg	Yekaterinburg|Ekaterinburg	Екатеринбург	예카테린부르크	
kazan	Kazan	Казань	카잔	
krasnodar	Krasnodar	Краснодар	크라스노다르	
murmansk	Murmansk	Мурманск	무르만스크	
kursk	Kursk	Курск	쿠르스크	
belgorod	Belgorod	Белгород	벨고로드	
rostov-on-don	Rostov-on-Don|Rostov	Ростов-на-Дону|Ростов	로스토프나도누|로스토프	
kherson	Kherson	Херсон	헤르손	
zaporizhzhia	Zaporizhzhia|Zaporozhye	Запорожье	자포리자|자포리아	
odesa	Odesa|Odessa	Одесса	오데사	
warsaw	Warsaw	Варшава	바르샤바	
rome	Rome	Рим	로마	
madrid	Madrid	Мадрид	마드리드	
ankara	Ankara	Анкара	앙카라	
tehran	Tehran	Тегеран	테헤란	
delhi	New Delhi|Delhi	Нью-Дели|Дели	뉴델리	
hanoi-summit	Hanoi summit	саммит в Ханое	하노이 정상회담	
singapore-summit	Singapore summit	саммит в Сингапуре	싱가포르 정상회담	
# More North Korean officials and family
kim-jong-suk	Kim Jong Suk|Kim Jong-suk	Ким Чен Сук|Ким Чон Сук	김정숙	金正淑
kim-han-sol	Kim Han Sol|Kim Han-sol	Ким Хан Соль	김한솔	金韓率
ri-pyong-chol	Ri Pyong Chol|Ri Pyong-chol	Ли Пён Чхоль|Ри Пён Чхоль	리병철|이병철	李炳哲
pak-jong-chon	Pak Jong Chon|Pak Jong-chon	Пак Чжон Чхон|Пак Чон Чхон	박정천	朴正天
kim-jae-ryong	Kim Jae Ryong|Kim Jae-ryong	Ким Чжэ Рён|Ким Дже Рён	김재룡	金才龍
ri-su-yong	Ri Su Yong|Ri Su-yong	Ли Су Ён|Ри Су Ён	리수용|이수용	李洙墉
kim-hyok-chol	Kim Hyok Chol|Kim Hyok-chol	Ким Хёк Чхоль	김혁철	金赫哲
han-song-ryol	Han Song Ryol|Han Song-ryol	Хан Сон Рёль	한성렬	韓成烈
hyon-yong-chol	Hyon Yong Chol|Hyon Yong-chol	Хён Ён Чхоль	현영철	玄永哲
kim-won-hong	Kim Won Hong|Kim Won-hong	Ким Вон Хон	김원홍	金元弘
# More South Korean politicians
choi-kyu-hah	Choi Kyu-hah|Choi Kyu-ha	Чхве Гю Ха	최규하	崔圭夏
chung-hong-won	Chung Hong-won	Чон Хон Вон	정홍원	鄭烘原
kim-boo-kyum	Kim Boo-kyum	Ким Бу Гём	김부겸	金富謙
lee-wan-koo	Lee Wan-koo	Ли Ван Гу	이완구	李完九
kim-hwang-sik	Kim Hwang-sik	Ким Хван Сик	김황식	金滉植
han-seung-soo	Han Seung-soo	Хан Сын Су	한승수	韓昇洙
kim-jong-in	Kim Chong-in|Kim Jong-in	Ким Чон Ин	김종인	金鍾仁
yoo-seong-min	Yoo Seong-min|Yoo Seung-min	Ю Сын Мин	유승민	劉承旼
park-won-soon	Park Won-soon	Пак Вон Сун	박원순	朴元淳
oh-se-hoon	Oh Se-hoon	О Се Хун	오세훈	吳世勳
choo-mi-ae	Choo Mi-ae	Чху Ми Э	추미애	秋美愛
kim-keon-hee	Kim Keon-hee|Kim Kun-hee	Ким Гон Хи	김건희	金建希
cho-tae-yong	Cho Tae-yong	Чо Тхэ Ён	조태용	趙太庸
chung-eui-yong	Chung Eui-yong	Чон Ый Ён	정의용	鄭義溶
kang-kyung-wha	Kang Kyung-wha	Кан Гён Хва	강경화	康京和
# Institutions, armed forces and events
soviet-union	Soviet Union|USSR|U.S.S.R.	Советский Союз|СССР	소련|소비에트 연방	
korean-peoples-army	Korean People's Army|KPA|North Korean army	Корейская народная армия|КНА	조선인민군|인민군	朝鮮人民軍
usfk	U.S. Forces Korea|USFK	Силы США в Корее|американские войска в Южной Корее	주한미군	
korean-war	Korean War	Корейская война	한국전쟁|6·25 전쟁|6.25 전쟁|조선전쟁	
nll	Northern Limit Line|NLL	Северная разграничительная линия	북방한계선|NLL	
state-affairs-commission	State Affairs Commission	Государственный совет КНДР|Госсовет КНДР	국무위원회	
national-defence-commission	National Defence Commission|National Defense Commission	Государственный комитет обороны КНДР|ГКО КНДР	국방위원회	
supreme-peoples-assembly	Supreme People's Assembly|SPA	Верховное народное собрание|ВНС	최고인민회의	
kim-il-sung-square	Kim Il Sung Square|Kim Il-sung Square	площадь Ким Ир Сена	김일성광장	
kumsusan-palace	Kumsusan Palace of the Sun|Kumsusan Palace	Кымсусанский дворец Солнца|Кымсусанский мемориальный дворец	금수산태양궁전	
un-command	United Nations Command|UN Command|UNC	Командование ООН	유엔군사령부|유엔사	

"""#,
        "given-names.tsv": #"""
# Given names (first names) in any script: GENDER (m/f) <TAB> forms separated by "|".
# Russian forms are nominative; their case forms are derived. They are dropped from a person's key
# (Dmitry Medvedev, Дмитрия Медведева and 메드베데프 meet) and give the gender that tells a woman's
# surname (Светлана Медведева) from a man's in the genitive (Дмитрия Медведева).
m	Dmitry|Dmitri|Dmitriy|Дмитрий|드미트리
m	Vladimir|Владимир|블라디미르
m	Sergei|Sergey|Сергей|세르게이
m	Alexei|Aleksei|Alexey|Aleksey|Алексей|알렉세이
m	Alexander|Aleksandr|Alexandr|Александр|알렉산드르|알렉산더
m	Andrei|Andrey|Андрей|안드레이
m	Mikhail|Михаил|미하일
m	Nikolai|Nikolay|Николай|니콜라이
m	Yuri|Yury|Yuriy|Юрий|유리
m	Viktor|Victor|Виктор|빅토르
m	Boris|Борис|보리스
m	Ivan|Иван|이반
m	Pyotr|Petr|Peter|Пётр|Петр|표트르
m	Pavel|Павел|파벨
m	Yevgeny|Evgeny|Евгений|예브게니
m	Igor|Игорь|이고리
m	Oleg|Олег|올레크
m	Anton|Антон|안톤
m	Maxim|Maksim|Максим|막심
m	Grigory|Григорий|그리고리
m	Gennady|Геннадий|겐나디
m	Vyacheslav|Вячеслав|뱌체슬라프
m	Valentin|Валентин|발렌틴
m	Vitaly|Виталий|비탈리
m	Leonid|Леонид|레오니트
m	Nikita|Никита|니키타
m	Ramzan|Рамзан|람잔
m	Anatoly|Анатолий|아나톨리
m	Konstantin|Константин|콘스탄틴
m	Roman|Роман|로만
m	Ilya|Илья|일리야
m	Denis|Денис|데니스
m	Fyodor|Федор|Фёдор|표도르
m	Vasily|Василий|바실리
m	Georgy|Георгий|게오르기
m	Iosif|Иосиф|이오시프
m	Lev|Лев|레프
m	Volodymyr|Владимир|볼로디미르
m	Arseniy|Арсений|아르세니
m	Petro|Петро|페트로
m	Vitali|Виталий
m	Kassym-Jomart|Касым-Жомарт|카심조마르트
m	Nursultan|Нурсултан|누르술탄
m	Alexander|Alyaksandr|Александр
m	Joe|Joseph|Джо|Джозеф|조|조지프
m	Donald|Дональд|도널드
m	Barack|Барак|버락
m	George|Джордж|조지
m	Bill|William|Билл|Уильям|빌|윌리엄
m	John|Джон|존
m	Mike|Michael|Майк|Майкл|마이크|마이클
m	Antony|Anthony|Энтони|앤서니|앤터니
m	Emmanuel|Эмманюэль|에마뉘엘
m	Olaf|Олаф|올라프
m	Rishi|Риши|리시
m	Keir|Кир|키어
m	Justin|Джастин|쥐스탱|저스틴
m	Shinzo|Синдзо|신조
m	Fumio|Фумио|후미오
m	Yoshihide|Ёсихидэ|요시히데
m	Narendra|Нарендра|나렌드라
m	Recep|Реджеп|레제프
m	Benjamin|Биньямин|Беньямин|베냐민|벤저민
m	Jake|Джейк|제이크
m	Lloyd|Ллойд|로이드
m	Marco|Марко|마르코
m	Rex|Рекс|렉스
m	Tony|Тони|토니
m	Gordon|Гордон|고든
m	David|Дэвид|Давид|데이비드
m	Nicolas|Николя|니콜라
m	Jacques|Жак|자크
m	Gerhard|Герхард|게르하르트
m	Silvio|Сильвио|실비오
m	Jean-Claude|Жан-Клод|장클로드
m	Jens|Йенс|옌스
m	Charles|Чарльз|찰스
m	Kevin|Кевин|케빈
m	Robert|Роберт|로버트
m	Richard|Ричард|리처드
m	Jimmy|Джимми|지미
m	Ronald|Рональд|로널드
m	Xavier|Ксавье|자비에르
m	Antonio|Антониу|Антонио|안토니우|안토니오
m	Kofi|Кофи|코피
m	Hassan|Хасан|하산
m	Ebrahim|Эбрахим|에브라힘
m	Mahmoud|Махмуд|마무드
m	Bashar|Башар|바샤르
m	Luiz|Луис|루이스
f	Svetlana|Светлана|스베틀라나
f	Maria|Mariya|Мария|마리야|마리아
f	Anna|Анна|안나
f	Yelena|Elena|Helena|Елена|옐레나
f	Olga|Ольга|올가
f	Natalya|Natalia|Наталья|나탈리야
f	Tatyana|Tatiana|Татьяна|타티야나
f	Irina|Ирина|이리나
f	Yekaterina|Ekaterina|Екатерина|예카테리나
f	Valentina|Валентина|발렌티나
f	Elvira|Эльвира|엘비라
f	Lyudmila|Ludmila|Людмила|류드밀라
f	Galina|Галина|갈리나
f	Yulia|Yuliya|Julia|Юлия|율리야
f	Ksenia|Kseniya|Ксения|크세니야
f	Darya|Daria|Дарья|다리야
f	Veronika|Вероника|베로니카
f	Alina|Алина|알리나
f	Nadezhda|Надежда|나데즈다
f	Marina|Марина|마리나
f	Raisa|Раиса|라이사
f	Vera|Вера|베라
f	Angela|Ангела|앙겔라
f	Hillary|Хиллари|힐러리
f	Theresa|Тереза|테리사
f	Kamala|Камала|카멀라
f	Nancy|Нэнси|낸시
f	Condoleezza|Кондолиза|콘돌리자
f	Madeleine|Мадлен|매들린
f	Ursula|Урсула|우르줄라
f	Liz|Elizabeth|Лиз|Элизабет|리즈|엘리자베스
f	Jacinda|Джасинда|저신다
f	Christine|Кристин|크리스틴
# Common given names of the English-, Spanish-, Italian- and German-speaking world, as news in
# Russian and Korean writes them.
m	Michael|Майкл|마이클
m	James|Джеймс|제임스
m	William|Уильям|윌리엄
m	Thomas|Томас|토머스|토마스
m	Paul|Пол|폴
m	Mark|Марк|마크
m	Steven|Stephen|Стивен|스티븐
m	Steve|Стив|스티브
m	Brett|Бретт|브렛
m	Scott|Скотт|스콧
m	Christopher|Кристофер|크리스토퍼
m	Chris|Крис|크리스
m	Daniel|Дэниел|Даниэль|대니얼|다니엘
m	Matthew|Мэтью|매슈|매튜
m	Andrew|Эндрю|앤드루
m	Patrick|Патрик|패트릭
m	Henry|Генри|헨리
m	Edward|Эдвард|에드워드
m	Jeff|Jeffrey|Джефф|제프
m	Brian|Брайан|브라이언
m	Eric|Эрик|에릭
m	Ryan|Райан|라이언
m	Jason|Джейсон|제이슨
m	Sean|Шон|숀
m	Adam|Адам|애덤
m	Simon|Саймон|사이먼
m	Martin|Мартин|마틴
m	Frank|Фрэнк|프랭크
m	Tom|Том|톰
m	Jack|Джек|잭
m	Harry|Гарри|해리
m	Ben|Бен|벤
m	Alan|Allan|Алан|Аллан|앨런|알란
m	Craig|Крейг|크레이그
m	Gary|Гэри|게리
m	Larry|Ларри|래리
m	Philip|Phil|Филип|Фил|필립|필
m	Jonathan|Джонатан|조너선
m	Nicholas|Николас|니컬러스|니콜라스
m	Anthony|Энтони|앤서니
m	Timothy|Тимоти|티머시
m	Kenneth|Кеннет|케네스
m	Carlos|Карлос|카를로스
m	Juan|Хуан|후안
m	Jose|José|Хосе|호세
m	Luis|Луис|루이스
m	Diego|Диего|디에고
m	Manuel|Мануэль|마누엘
m	Andres|Andrés|Андрес|안드레스
m	Pedro|Педро|페드로
m	Sergio|Серхио|Серджо|세르히오|세르조
m	Roberto|Роберто|로베르토
m	Alejandro|Алехандро|알레한드로
m	Francesco|Франческо|프란체스코
m	Giuseppe|Джузеппе|주세페
m	Hans|Ханс|Ганс|한스
m	Stefan|Штефан|Стефан|슈테판
f	Mary|Мэри|메리
f	Elizabeth|Элизабет|엘리자베스
f	Sarah|Sara|Сара|세라|사라
f	Jennifer|Дженнифер|제니퍼
f	Emily|Эмили|에밀리
f	Emma|Эмма|엠마
f	Laura|Лора|Лаура|로라
f	Linda|Линда|린다
f	Susan|Сьюзан|수전
f	Karen|Карен|캐런|카렌
f	Lisa|Лиза|리사
f	Amy|Эми|에이미
f	Ann|Anne|Энн|앤
f	Jane|Джейн|제인
f	Rachel|Рэйчел|Рейчел|레이철
f	Julia|Джулия|줄리아
f	Catherine|Кэтрин|캐서린
f	Kate|Кейт|케이트
# German and French given names
m	Ludwig
m	Heinrich
m	Johann
m	Johannes
m	Friedrich
m	Wilhelm
m	Karl
m	Carl
m	Georg
m	Gottfried
m	Ulrich
m	Jakob
m	Konrad
m	Walter
m	Werner
m	Ernst
m	Gustav
m	Hermann
m	Otto
m	Rudolf
m	Emil
m	Alfred
m	Fritz
m	Jean
m	Pierre
m	Louis
m	François
m	Henri
m	Philippe
m	Antoine
m	Étienne
m	Michel
m	Claude
m	Léon
m	Émile
m	Auguste
m	Horace-Bénédict
m	Jean-Jacques
m	Jean-Pierre
m	Marc
m	Luc
m	Alphonse
f	Margaretha
f	Elisabeth
f	Katharina
f	Helene
f	Hélène
f	Marie
f	Louise
f	Jeanne
f	Marguerite
f	Sophie
f	Claire
f	Juliette
f	Gertrud
f	Berta
f	Frieda

"""#,
        "stopwords.tsv": #"""
# Words that are not names, LANG <TAB> word (lower case): capitalized words that start English and
# Russian sentences; Korean pronouns, conjunctions and common native words that look like transcriptions.
en	the
en	a
en	an
en	in
en	on
en	at
en	after
en	before
en	he
en	she
en	it
en	they
en	we
en	i
en	but
en	and
en	or
en	no
en	not
en	this
en	that
en	these
en	those
en	there
en	his
en	her
en	their
en	its
en	our
en	as
en	for
en	from
en	with
en	while
en	when
en	if
en	by
en	to
en	of
en	analysts
en	officials
en	some
en	many
en	most
en	both
en	all
en	one
en	two
en	three
en	during
en	since
en	until
en	although
en	however
en	meanwhile
en	also
en	last
en	earlier
en	later
en	on
en	what
en	who
en	why
en	how
en	wednesday
en	monday
en	tuesday
en	thursday
en	friday
en	saturday
en	sunday
en	january
en	february
en	march
en	april
en	may
en	june
en	july
en	august
en	september
en	october
en	november
en	december
en	jan
en	feb
en	aug
en	sept
en	oct
en	nov
en	dec
ru	в
ru	во
ru	на
ru	по
ru	с
ru	со
ru	к
ru	как
ru	это
ru	для
ru	после
ru	кроме
ru	при
ru	о
ru	об
ru	от
ru	до
ru	из
ru	за
ru	и
ru	а
ru	но
ru	он
ru	она
ru	они
ru	мы
ru	я
ru	его
ru	ее
ru	её
ru	их
ru	этот
ru	эта
ru	эти
ru	тот
ru	так
ru	также
ru	однако
ru	между
ru	речь
ru	стороны
ru	переговоры
ru	сроки
ru	по
ru	однако
ru	вместе
ru	ранее
ru	позже
ru	кто
ru	что
ru	где
ru	когда
ru	если
ru	не
ru	уже
ru	еще
ru	ещё
ru	все
ru	всё
ru	многие
ru	эксперты
ru	январь
ru	января
ru	февраля
ru	марта
ru	апреля
ru	мая
ru	июня
ru	июля
ru	августа
ru	сентября
ru	октября
ru	ноября
ru	декабря
ru	оао
ru	зао
ru	пао
ru	гэс
ru	один
ru	одна
ru	одно
ru	два
ru	три
ru	четыре
ru	пять
ru	шесть
ru	семь
ru	восемь
ru	девять
ru	десять
ru	вот
ru	тем
ru	затем
ru	далее
ru	теперь
ru	сегодня
ru	вчера
ru	завтра
ru	здесь
ru	там
ru	тут
ru	поэтому
ru	поскольку
ru	хотя
ru	чтобы
ru	только
ru	очень
ru	можно
ru	надо
ru	именно
ru	конечно
ru	вероятно
ru	возможно
ru	несколько
ru	некоторые
ru	большинство
ru	через
ru	под
ru	над
ru	перед
ru	без
ru	среди
ru	согласно
ru	наш
ru	наша
ru	наши
ru	мои
ru	мой
ru	моя
ru	ваш
ru	вам
ru	вы
ru	ты
en	mr
en	mrs
ko	당시
ko	전
ko	현
ko	신임
ko	이번
ko	양국
ko	두
ko	양측
ko	그
ko	그들
ko	그녀
ko	그것
ko	이것
ko	저것
ko	그곳
ko	이곳
ko	저곳
ko	그때
ko	그리고
ko	그러나
ko	그래서
ko	그런데
ko	그러면
ko	그러자
ko	그러므로
ko	그런
ko	이런
ko	저런
ko	그러한
ko	이러한
ko	어떤
ko	여러
ko	여러분
ko	어디
ko	누구
ko	무엇
ko	어느
ko	모든
ko	다른
ko	오늘
ko	이제
ko	바로
ko	너무
ko	더욱
ko	더
ko	매우
ko	아주
ko	모두
ko	우리
ko	저희
ko	너희
ko	여기
ko	거기
ko	저기
ko	다음
ko	가운데
ko	아버지
ko	어머니
ko	아이
ko	바다
ko	나라
ko	사람

"""#,
        "titles.tsv": #"""
# Titles and honorifics that are not part of a name, one per line: LANG <TAB> title (lower case).
# English and Russian titles come before a name; Korean titles come after it.
en	president
en	former president
en	vice president
en	prime minister
en	premier
en	chairman
en	chairwoman
en	leader
en	supreme leader
en	general secretary
en	secretary-general
en	secretary general
en	secretary
en	minister
en	foreign minister
en	defense minister
en	mr
en	mrs
en	ms
en	dr
en	sir
en	gen
en	general
en	marshal
en	king
en	queen
en	chancellor
en	senator
en	sen
en	rep
en	gov
en	governor
en	mayor
en	ambassador
en	envoy
en	spokesman
en	spokeswoman
en	comrade
en	dear leader
en	ceo
en	chief
en	pope
en	first lady
en	then-president
en	russian president
ru	президент
ru	экс-президент
ru	премьер-министр
ru	премьер
ru	председатель
ru	лидер
ru	глава
ru	руководитель
ru	министр
ru	генсек
ru	генеральный секретарь
ru	господин
ru	госпожа
ru	г-н
ru	г-жа
ru	товарищ
ru	маршал
ru	генерал
ru	канцлер
ru	король
ru	королева
ru	посол
ru	губернатор
ru	мэр
ru	сенатор
ru	спикер
ru	пресс-секретарь
ko	대통령
ko	전 대통령
ko	전대통령
ko	부통령
ko	위원장
ko	국무위원장
ko	국방위원장
ko	총비서
ko	총서기
ko	주석
ko	총리
ko	수상
ko	장관
ko	외무상
ko	외교부 장관
ko	국무장관
ko	부부장
ko	부장
ko	의원
ko	대표
ko	대변인
ko	의장
ko	여사
ko	씨
ko	님
ko	총장
ko	사무총장
ko	원수
ko	동지
ko	국왕
ko	여왕
ko	왕
ko	총통
ko	대사
ko	특사
ko	시장
ko	지사
ko	회장
ko	부위원장
ko	당선인
ko	후보
ko	부총리
ko	국무총리
ko	외무장관
ko	외교장관
ko	국방장관
ko	통일부 장관
ko	최고지도자
ko	상임위원장
ko	제1부부장
ko	서기장
ko	대변인은
en	deputy prime minister
en	former
en	then
ru	вице-премьер
ru	зампред
ru	оао
ru	пао
ru	зао
ru	ао

"""#,
    ]
}
