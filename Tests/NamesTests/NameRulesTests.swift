import Testing
@testable import Names
import CorpusModel

@Suite struct HangulTests {
    @Test func syllableArithmeticRoundTrips() throws {
        let syllable = try #require(Hangul.decompose("김"))
        #expect(syllable == Hangul.Syllable(lead: 0, vowel: 20, tail: 16))
        // Every precomposed syllable decomposes and composes back.
        for value in UInt32(0xAC00)...0xD7A3 {
            let scalar = Unicode.Scalar(value)!
            #expect(Hangul.compose(Hangul.decompose(scalar)!) == scalar)
        }
        #expect(Hangul.decompose("A") == nil)
    }

    @Test(arguments: [("김정일", "gim-jeong-il"), ("평양", "pyeong-yang"), ("메드베데프", "me-deu-be-de-peu"), ("서울", "seo-ul")])
    func romanizesBySyllable(hangul: String, expected: String) {
        #expect(Hangul.romanizeSyllables(hangul) == expected)
    }
}

@Suite struct RussianLemmaTests {
    let lexicon = NameLexicon.builtIn

    @Test(arguments: ["Медведев", "Медведева", "Медведеву", "Медведевым", "Медведеве"])
    func aManSurnameInEveryCase(form: String) {
        #expect(RussianNames.lemma(form.lowercased(), gender: nil, lexicon: lexicon) == "медведев")
    }

    @Test func aWomanSurnameStaysHers() {
        #expect(RussianNames.lemma("медведева", gender: .female, lexicon: lexicon) == "медведева")
        #expect(RussianNames.lemma("медведевой", gender: nil, lexicon: lexicon) == "медведева")
        #expect(RussianNames.lemma("медведеву", gender: .female, lexicon: lexicon) == "медведева")
        #expect(RussianNames.gender(of: ["светлана", "медведева"], lexicon: lexicon) == .female)
        #expect(RussianNames.gender(of: ["дмитрия", "медведева"], lexicon: lexicon) == .male)
    }

    @Test func koreanNameSyllables() {
        #expect(RussianNames.koreanSyllable("ира") == "ир")
        #expect(RussianNames.koreanSyllable("иру") == "ир")
        #expect(RussianNames.koreanSyllable("ына") == "ын")
        #expect(RussianNames.koreanSyllable("хе") == "хе")
        #expect(RussianNames.koreanSyllable("чжу") == "чжу")
    }

    @Test func placesMeetTheirCaseForms() {
        #expect(RussianNames.lemma("кореи", gender: nil, lexicon: lexicon) == "корея")
        #expect(RussianNames.stem("сеула") == RussianNames.stem("сеуле"))
        #expect(RussianNames.stem("россии") == RussianNames.stem("россию"))
    }
}

@Suite struct KoreanParticleTests {
    let lexicon = NameLexicon.builtIn

    @Test(arguments: [("김정일은", "김정일"), ("김정은", "김정은"), ("김정은은", "김정은"), ("김정은이", "김정은"),
                      ("서울에서", "서울"), ("메드베데프는", "메드베데프"), ("북한의", "북한"), ("문재인", "문재인"),
                      ("러시아와", "러시아"), ("평양", "평양")])
    func stripsParticlesNotSyllables(word: String, expected: String) {
        #expect(NameWords.stripParticle(word, lexicon: lexicon) == expected)
    }

    @Test func titleAndParticleGo() throws {
        let keyer = try NameKeyer()
        #expect(try keyer.key(for: "메드베데프 대통령은", language: .korean) == keyer.key(for: "메드베데프", language: .korean))
    }
}

@Suite struct SoundClassTests {
    func key(_ text: String, _ language: LanguageTag) throws -> String {
        try NameKeyer(usesGazetteer: false).key(for: text, language: language).value
    }

    @Test func romanizationsMeetHangul() throws {
        let hangul = try key("김정일", .korean)
        #expect(try key("Kim Jong Il", .english) == hangul)
        #expect(try key("Kim Chong-il", .english) == hangul)
        #expect(try key("Ким Чен Ира", .russian) == hangul)
        #expect(try key("金正日", .korean) == hangul)
    }

    @Test func vowelsKeepLookalikesApart() throws {
        #expect(try key("Putin", .english) != key("Biden", .english))
        #expect(try key("Medvedev", .english) != key("Medvedeva", .english))
        #expect(try key("Kim Jong Un", .english) != key("Kim Jong Il", .english))
    }

    @Test func leeIsOneSurname() throws {
        let keys = try Set([("Lee", LanguageTag.english), ("Yi", .english), ("Rhee", .english), ("Ri", .english),
                            ("Ли", .russian), ("Ри", .russian), ("이", .korean), ("리", .korean)].map { try key($0.0, $0.1) })
        #expect(keys.count == 1)
    }

    @Test func badInputGivesAnEmptyKeyNotACrash() throws {
        #expect(try key("", .english) == "")
        #expect(try key("—  …", .russian) == "")
    }
}

@Suite struct MentionTests {
    @Test func findsNamesInEachLanguage() throws {
        let keyer = try NameKeyer()
        let english = try keyer.mentions(in: "North Korean leader Kim Jong Il told Russian President Dmitry Medvedev on Wednesday.", language: .english)
        #expect(english.map(\.key.value).contains("@kim-jong-il"))
        #expect(english.map(\.key.value).contains("@dmitry-medvedev"))
        let russian = try keyer.mentions(in: "Переговоры с Ким Чен Иром прошли в открытой атмосфере, сказал Дмитрий Медведев.", language: .russian)
        #expect(russian.map(\.key.value) == ["@kim-jong-il", "@dmitry-medvedev"])
        let korean = try keyer.mentions(in: "북한 김정일 국방위원장은 메드베데프 대통령과 만났다.", language: .korean)
        #expect(korean.map(\.key.value) == ["@north-korea", "@kim-jong-il", "@dmitry-medvedev"])
        #expect(korean.map { String($0.surface) } == ["북한", "김정일", "메드베데프"])
    }

    @Test func entityIndexPicksCanonicalForms() throws {
        let keyer = try NameKeyer()
        var index = NameEntityIndex()
        for sentence in ["Ким Чен Ир прибыл.", "Визит Ким Чен Ира начался.", "Ким Чен Иру предстоит поездка."] {
            for mention in try keyer.mentions(in: Substring(sentence), language: .russian) { index.add(mention, language: .russian) }
        }
        index.chooseCanonicalForms(lexicon: keyer.lexicon)
        let entity = try #require(index.entities[NameKey(value: "@kim-jong-il")])
        #expect(entity.count == 3)
        #expect(entity.canonical[.russian] == "Ким Чен Ир")
        #expect(index.csv().contains("@kim-jong-il,ru,Ким Чен Ир,Ким Чен Ира,1"))
        #expect(index.tbx().contains("<term>Ким Чен Ир</term>"))
    }

    @Test func everyResourceLoads() throws {
        let lexicon = NameLexicon.builtIn
        // Every line of the gazetteer loaded (a malformed line would stop the loading).
        let file = String(#filePath.split(separator: "/Tests/")[0]) + "/Sources/Names/Resources/gazetteer.tsv"
        let lines = String(decoding: try Fixture.readBytes(file), as: UTF8.self).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(lexicon.entities.count == Set(lines.map { $0.split(separator: "\t")[0] }).count)
        #expect(!lexicon.surnames.isEmpty && !lexicon.givenNames.isEmpty && !lexicon.particles.isEmpty)
        #expect(!lexicon.hanja.isEmpty && lexicon.titles["ko"] != nil && lexicon.stopwords["en"] != nil)
    }

    @Test func userGazetteerExtendsTheBuiltIn() throws {
        var lexicon = NameLexicon.builtIn
        try lexicon.addGazetteer("sea-of-japan\tEast Sea|Sea of Japan\tЯпонское море\t동해\n", origin: "user.tsv")
        let keyer = try NameKeyer(lexicon: lexicon)
        #expect(try keyer.key(for: "동해", language: .korean) == keyer.key(for: "Sea of Japan", language: .english))
        #expect(throws: NamesError.self) { try lexicon.addGazetteer("lonely-id\n", origin: "bad.tsv") }
    }
}

@Suite struct EntityGroupingTests {
    @Test func aBareSurnameJoinsTheNameBeforeIt() throws {
        let keyer = try NameKeyer()
        var mentions: [NameMention] = []
        for sentence in ["Kim Jong Il met Medvedev.", "His father Kim Il Sung died in 1994.", "Kim left by train."] {
            mentions += try keyer.mentions(in: Substring(sentence), language: .english)
        }
        var index = NameEntityIndex()
        try index.addDocument(mentions, language: .english, keyer: keyer)
        let kimJongIl = try #require(index.entities[NameKey(value: "@kim-jong-il")])
        #expect(kimJongIl.variants[.english]?["Kim"] == 1)
        #expect(index.entities[NameKey(value: "@kim-il-sung")]?.count == 1)
        // Without a full name before it, a surname stays on its own.
        var alone = NameEntityIndex()
        try alone.addDocument(try keyer.mentions(in: "Kim left by train.", language: .english), language: .english, keyer: keyer)
        #expect(alone.entities[NameKey(value: "@kim-jong-il")] == nil)
    }

    /// A bare surname takes the full name the document gives, even later; in a document that gives
    /// none it is not the gazetteer's person (issue #15, item 1), and such documents still group.
    @Test func aBareSurnameIsResolvedInsideItsDocumentOnly() throws {
        let keyer = try NameKeyer()
        func index(_ documents: [String]) throws -> NameEntityIndex {
            var index = NameEntityIndex()
            for document in documents {
                try index.addDocument(try keyer.mentions(in: Substring(document), language: .english), language: .english, keyer: keyer)
            }
            return index
        }
        let later = try index(["Johnson spoke first. Then Boris Johnson left the hall."])
        #expect(later.entities[NameKey(value: "@boris-johnson")]?.count == 2)
        let apart = try index(["Johnson spoke first in Leeds.", "The coach, Johnson, said little."])
        #expect(apart.entities[NameKey(value: "@boris-johnson")] == nil)
        #expect(apart.entities.values.contains { $0.variants[.english]?["Johnson"] == 2 })
        // A place's first word that names a place of its own is not its short form.
        let places = try index(["Trains cross the Russian Far East. Russia pays for them."])
        #expect(places.entities[NameKey(value: "@russia")]?.count == 1)
        // Demonyms (en/demonyms) are no entities: the country is named once here.
        let peoples = try index(["Russian officials met North Korean envoys in Russia. Americans watched."])
        #expect(peoples.entities[NameKey(value: "@russia")]?.count == 1)
        // A common word that opens a sentence is no name; a name that opens one sentence is.
        let sentences: [Substring] = ["Police said Norway sent a ship.", "Environmental groups protested.", "Microsoft declined to comment."]
        let kept = NameEntityIndex.withoutLoneOpenings(try sentences.map { ($0, try keyer.mentions(in: $0, language: .english)) },
                                                      language: .english, lexicon: keyer.lexicon).map(\.surface)
        #expect(kept == ["Norway", "Microsoft"])
        #expect(!peoples.entities.values.contains { entity in
            entity.variants[.english]?.keys.contains { ["Russian", "North Korean", "Americans"].contains($0) } ?? false
        })
    }
}

@Suite struct StressMarkTests {
    /// Stress marks (U+0301, as dictionaries print Russian) and other loose accents do not
    /// change a key; letters spelled with a mark (й, ё) stay letters.
    @Test func stressMarksDoNotChangeAKey() throws {
        let keyer = try NameKeyer()
        #expect(try keyer.key(for: "Ки́м Чен Ир", language: .russian) == keyer.key(for: "Ким Чен Ир", language: .russian))
        #expect(try keyer.key(for: "Дми́трий Медве́дев", language: .russian) == keyer.key(for: "Дмитрий Медведев", language: .russian))
        #expect(try keyer.key(for: "Kim Jo\u{0301}ng Il", language: .english) == keyer.key(for: "Kim Jong Il", language: .english))
        #expect(NameKeyer.withoutLooseMarks("Майский") == "Майский")
        #expect(NameKeyer.withoutLooseMarks("Ки\u{301}м") == "Ким")
    }
}
