public import CorpusModel
import LanguageProfiles
import Transliteration
import TextBytes

/// Computes name keys. Not Sendable (it owns an ICU transliterator and caches): make one per task.
///
///     let keyer = try NameKeyer()
///     try keyer.key(for: "Ким Чен Ира", language: .russian)   // @kim-jong-il
///     try keyer.key(for: "메드베데프 대통령은", language: .korean) // @dmitry-medvedev
///     try keyer.key(for: "Nagovitsyna", language: .english)   // a sound-class key: "nakopijina"
///
/// The steps: titles and particles off (대통령, 은; President); Russian case endings reduced
/// (`RussianNames`); the gazetteer's aliases looked up; given names dropped for people outside
/// Korea (Dmitry Medvedev = Medvedev); a Korean name (a known surname, then syllables) keyed as
/// surname + syllables; otherwise each word's sound classes (`PhoneticKey`). A sound-class key
/// that equals the key of a gazetteer alias becomes that entity's key, so a spelling the
/// gazetteer does not list still meets it.
public final class NameKeyer {
    public let lexicon: NameLexicon
    let usesGazetteer: Bool
    /// ICU's Any-Latin, opened on the first word that needs it (diacritics, scripts other than
    /// Latin, Cyrillic and Hangul): compiling it costs ~50 ms, more than keying a long document.
    private var openedLatin: Transliterator?
    func latin() throws -> Transliterator {
        if let openedLatin { return openedLatin }
        let opened = try Transliterator(id: TransliteratorID.anyToASCIILower)
        openedLatin = opened
        return opened
    }
    /// Sound-class key of every gazetteer alias → entity index (-1 where two entities share one).
    var phoneticIndex: [String: Int] = [:]
    /// Keys per language (en, ru, ko, any other), by surface.
    /// Two per language profile and one pair for the rest: keys as written / as whole surfaces.
    var caches: [[UTF8Key: NameKey]] = Array(repeating: [:], count: (LanguageProfiles.codes.count + 1) * 2)
    /// The language whose rules read Hangul names, and Hanja (the gazetteer's "other" forms).
    static let hangulLanguage = LanguageProfiles.code(writing: "Hang") ?? ""
    static let hanjaReadingLanguage = LanguageProfiles.code(writing: "Hani") ?? ""
    var runCache = HashKeyedTable<[RunPiece]>()
    var koreanWordCache = HashKeyedTable<Int>()
    var koreanWords: [KoreanWord] = []
    /// Per Korean word: 1 = may be part of a mention, 2 = a title.
    var koreanWordFlags: [UInt8] = []
    var koreanStemKeys: [Int: NameKey] = [:]
    /// The given names of gazetteer entities, as asked (`givenNames(ofEntity:)`).
    var entityGivenNames: [Int: GivenNames] = [:]
    /// Whether Korean mentions include foreign names written in Hangul that neither the gazetteer
    /// nor a title vouches for (`Hangul.isTranscription`: 볼리비아, 스털링). Off by default: on
    /// the alignment development set they raise the share of English names found in the Korean
    /// translation from 0.26 to 0.36, but common loanwords come with them (뉴스, 에너지: 3 Korean
    /// mentions in 4 are then found in no translation) and the aligner's cognate anchors hold
    /// the same evidence already, so strict F1 does not rise (dev / joined documents: en-ko
    /// 0.981 / 0.996 → 0.984 / 0.991, ru-ko 0.979 / 0.982 → 0.977 / 0.982).
    /// `rosetta-bench namematch` measures both settings.
    public var findsTranscriptions = false {
        didSet { koreanWordCache.removeAll(); koreanWords.removeAll(); koreanWordFlags.removeAll(); koreanStemKeys.removeAll() }
    }
    /// FNV-1a hashes of the Korean aliases of two words (블라디미르 푸틴), for mention finding.
    var koreanPairAliases: Set<UInt64> = []
    static let cacheLimit = 100_000
    static let keyLetters = Set("aeiokptjshmnl0123456789-".utf8)

    /// Whether the text is a sound-class key as `PhoneticKey.finish` writes it: key letters only,
    /// no doubled letter, every pair a spelling rule would join cut by "-" ("lee" is not a key).
    static func isKey(_ text: some StringProtocol) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in text.utf8 {
            guard keyLetters.contains(byte), byte != previous, !PhoneticKey.joins(previous, byte) else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }

    /// - Parameter usesGazetteer: false keys by the rules alone (to measure them).
    public convenience init(lexicon: NameLexicon = .builtIn, usesGazetteer: Bool = true) throws {
        try self.init(lexicon: lexicon, usesGazetteer: usesGazetteer, sharingIndex: true)
    }

    private init(lexicon: NameLexicon, usesGazetteer: Bool, sharingIndex: Bool) throws {
        self.lexicon = lexicon
        self.usesGazetteer = usesGazetteer
        guard usesGazetteer else { return }
        // The index depends on the lexicon alone: for the built-in one it is made once per process.
        if sharingIndex, lexicon.isBuiltIn, let shared = Self.builtInIndex {
            (phoneticIndex, koreanPairAliases) = shared
            return
        }
        (phoneticIndex, koreanPairAliases) = try computeIndex()
    }

    /// What the gazetteer gives the keyer: the sound-class key of every form → entity index (-1
    /// where two entities share one), and the hashes of the Korean aliases of two words.
    typealias Index = (phonetic: [String: Int], pairs: Set<UInt64>)

    /// The index of this keyer's lexicon, computed (it keys every form: ~25 ms for the built-in
    /// gazetteer). Needs no index itself: every form is keyed with `lookUp: false`.
    func computeIndex() throws -> Index {
        var index: Index = ([:], [])
        for alias in lexicon.aliasIndex.keys.lazy.map(\.text) where alias.utf8.contains(0x20) && NameWords.isHangul(alias) {
            index.pairs.insert(FNV1a.hash(alias))
        }
        for (entity, record) in lexicon.entities.enumerated() {
            for (language, forms) in record.forms {
                for form in forms {
                    let phonetic = try analyze(form, language: language == "other" ? Self.hanjaReadingLanguage : language, lookUp: false).value
                    // Short keys are too common to stand for one entity (유엔 "en" is also 윤 Yoon);
                    // acronyms meet their aliases by their letters instead (`analyze`).
                    guard phonetic.utf8.count >= 4, !Acronyms.isKey(phonetic) else { continue }
                    if let other = index.phonetic[phonetic], other != entity { index.phonetic[phonetic] = -1 } else {
                        index.phonetic[phonetic] = entity
                    }
                }
            }
        }
        return index
    }

    /// The built-in lexicon's index, once per process: read from the shipped
    /// Resources/gazetteer.index (see NameKeyer+IndexFile.swift) when that was made from these very
    /// lists, else computed as for any other lexicon.
    private static let builtInIndex: Index? = {
        let lexicon = NameLexicon.builtIn
        if let text = NameLexicon.resourceText("gazetteer", "index"), let shipped = readIndexFile(text, for: lexicon) {
            return shipped
        }
        return try? NameKeyer(lexicon: lexicon, usesGazetteer: false).computeIndex()
    }()

    /// The key of a name as written in `language` (nil: judged from the script).
    public func key(for surface: some StringProtocol, language: LanguageTag? = nil) throws -> NameKey {
        try key(for: surface, language: language, wholeSurface: false)
    }

    /// `wholeSurface`: the surface is the name, without extra words to look past (mentions, whose
    /// runs are cut into names first).
    func key(for surface: some StringProtocol, language: LanguageTag?, wholeSurface: Bool) throws -> NameKey {
        let code = language.map { String($0.language) } ?? ""
        let slot = NameLanguage.of(code).slot * 2 + (wholeSurface ? 1 : 0)
        let text = String(surface)
        if let hit = caches[slot][text] { return hit }
        // Loose marks are removed on a cache miss only: the hit path stays a lookup.
        let result = try analyze(Self.withoutLooseMarks(text), language: code, lookUp: usesGazetteer, lookPast: !wholeSurface)
        if caches[slot].count >= Self.cacheLimit { caches[slot].removeAll(keepingCapacity: true) }
        caches[slot][text] = result
        return result
    }

    /// The text without combining marks (U+0300–U+036F) left over after NFC: stress marks
    /// ("Ки́м", as dictionaries and learners' texts print Russian) and other accents that no
    /// letter of the language is spelled with. Letters that are spelled with one (й, ё, é) are
    /// single precomposed characters in NFC, and stay.
    static func withoutLooseMarks(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x300...0x36F).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) })
        return String(scalars)
    }

    func entityKey(_ index: Int) -> NameKey { NameKey(value: "@" + lexicon.entities[index].id) }

    func alias(_ words: some Collection<String>) -> NameKey? {
        guard usesGazetteer, !words.isEmpty, let index = lexicon.aliasIndex[NameLexicon.normalizeAlias(joining: words)]
        else { return nil }
        return entityKey(index)
    }

    /// The whole pipeline; `lookUp: false` gives the bare sound-class key (for indexing aliases).
    func analyze(_ surface: some StringProtocol, language: String, lookUp: Bool, lookPast: Bool = false) throws -> NameKey {
        if surface.hasPrefix("@"), let index = lexicon.entityIndexByID[String(surface.dropFirst())] { return entityKey(index) }
        // A key is its own key: text already in the key alphabet (lower-case sound classes) stays.
        if Acronyms.isKey(surface) { return NameKey(value: String(surface)) }
        if Self.isKey(surface) {
            if lookUp, let index = phoneticIndex[String(surface)], index >= 0 { return entityKey(index) }
            return NameKey(value: String(surface))
        }
        var words = try NameWords.split(surface, lexicon: lexicon).map { word in
            // Diacritics off (Kaesŏng, Erdoğan, Guterres with ú) before the rules; ICU for the rare
            // letter the fold does not know.
            guard word.unicodeScalars.contains(where: { (0xC0...0x24F).contains($0.value) || (0x1E00...0x1EFF).contains($0.value) })
            else { return word }
            return try LatinFolding.ascii(word) ?? latin().transliterateWord(Substring(word))
        }
        if words.isEmpty { return NameKey(value: "") }
        let countBeforeTitles = words.count
        NameWords.stripTitles(&words, lexicon: lexicon)
        if lookUp, let hit = alias(words) { return hit }
        // A Hangul acronym may end in a syllable that reads as a particle (에프비아이: 이).
        let whole = words.count == 1 && NameWords.isHangul(words[0]) ? [String(surface.filter { !$0.isWhitespace })] : nil
        if let letters = Acronyms.letters(words) ?? whole.flatMap(Acronyms.letters) {
            // An acronym the gazetteer lists in another spelling (F.B.I., 에프비아이 for FBI)
            // meets it by its letters.
            if lookUp, let hit = alias([letters.uppercased()]) { return hit }
            return NameKey(value: "#" + letters)
        }
        let key = try analyzeWords(words, language: language, lookUp: lookUp, aliasLookedUp: true)
        // A surface with more than the name: "North Korean leader Kim Jong Un", "президент России
        // Путин", "푸틴 러시아 대통령". Take the part the gazetteer knows as a person or place.
        if lookUp, lookPast, key.entityID == nil, words.count >= 2, let part = try namePart(words, hadTitle: words.count < countBeforeTitles) {
            return part
        }
        return key
    }

    func namePart(_ words: [String], hadTitle: Bool) throws -> NameKey? {
        let korean = words.contains { NameWords.isHangul($0) }
        let titles = lexicon.latinTitles
        var found: [NameKey] = []
        if korean {
            guard hadTitle else { return nil }
            // Korean puts the country before or after the name; the name is what is not a country.
            for start in 0..<words.count {
                for end in (start + 1)...words.count where end - start < words.count {
                    let key = try analyzeWords(Array(words[start..<end]), language: Self.hangulLanguage, lookUp: true)
                    if let id = key.entityID, lexicon.entity(id: id)?.type != "country" { found.append(key) }
                }
            }
            return Set(found).count == 1 ? found[0] : nil
        }
        let normalized = words.map { NameLexicon.normalizeAlias($0) }
        for start in 1..<words.count {
            let prefix = normalized[..<start]
            if let last = prefix.last, last == "the" || lexicon.nameParticles.contains(last) { continue }
            let suffix = Array(words[start...])
            guard suffix.count >= 2 || hadTitle || prefix.contains(where: { titles.contains($0) || NameWords.isInflectedTitle($0, titles) })
            else { continue }
            let key = try analyzeWords(suffix, language: "", lookUp: true)
            if key.entityID != nil { return key }
        }
        return nil
    }

    /// `aliasLookedUp`: the caller has looked the words up already (not found).
    func analyzeWords(_ words: [String], language: String, lookUp: Bool, aliasLookedUp: Bool = false) throws -> NameKey {
        if lookUp, !aliasLookedUp, let hit = alias(words) { return hit }

        // Russian: case endings, with the gender the given name or patronymic shows.
        let cyrillic = words.contains { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        var lowered = words.map { NameLexicon.normalizeAlias($0) }
        var korean = koreanName(lowered)
        if cyrillic && korean == nil {
            let gender = RussianNames.gender(of: lowered, lexicon: lexicon)
            let original = lowered
            lowered = lowered.map { RussianNames.lemma($0, gender: gender, lexicon: lexicon) }
            if lookUp, let hit = alias(lowered) { return hit }
            // A name ending in a genitive keeps it: Трудовой партии Кореи → Трудовая партия Кореи.
            if lookUp, lowered.count >= 3, let hit = alias(lowered.dropLast() + [original[original.count - 1]]) { return hit }
        }
        // The given names and initials a person's key was keyed without: an entity found by the
        // surname alone must have them too (David Johnson is not Boris Johnson).
        var given: [String] = []
        let withGivenNames = lowered
        if korean == nil, lowered.count >= 2 {
            // People outside Korea: the surname carries the identity (Dmitry Medvedev = Medvedev).
            let kept = lowered.enumerated().filter { offset, word in
                offset == lowered.count - 1 || !(lexicon.givenNames[word] != nil || RussianNames.isPatronymic(word)
                    || (word.characterCount == 1 && word.first?.isLetter == true))
            }.map(\.element)
            if kept.count < lowered.count {
                given = lowered.dropLast().filter { !kept.contains($0) && !RussianNames.isPatronymic($0) }
                lowered = kept
                if lookUp, let hit = alias(lowered) {
                    if givenNamesAgree(given, with: hit) { return hit }
                    // Another person of that surname: keyed with the given names, and no entity.
                    return try soundClassKey(withGivenNames)
                }
                korean = koreanName(lowered)
            }
        }

        var raw: [UInt8] = []
        if let (surname, given) = korean {
            appendHangul(surname, to: &raw)
            for (offset, word) in given.enumerated() {
                var word = word
                if offset == given.count - 1, word.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
                    word = RussianNames.koreanSyllable(word)
                }
                try appendWord(word, koreanName: true, to: &raw)
            }
        } else {
            try appendSoundClasses(lowered, to: &raw)
        }
        let phonetic = PhoneticKey.finish(raw)
        if lookUp, let index = phoneticIndex[phonetic], index >= 0 {
            let hit = entityKey(index)
            return givenNamesAgree(given, with: hit) ? hit : try soundClassKey(withGivenNames)
        }
        return NameKey(value: phonetic)
    }

    /// Every word's sound classes, no entity looked up; a known given name in its first spelling
    /// (Дэвид and David key alike).
    func soundClassKey(_ words: [String]) throws -> NameKey {
        var raw: [UInt8] = []
        try appendSoundClasses(words.map { word in lexicon.givenNameGroups[word]?.first.map { lexicon.givenNameCanonical[$0] } ?? word }, to: &raw)
        return NameKey(value: PhoneticKey.finish(raw))
    }

    /// The sound classes of a name's words outside Korean naming, each without its final -a.
    func appendSoundClasses(_ words: [String], to raw: inout [UInt8]) throws {
        for word in words {
            var part: [UInt8] = []
            try appendWord(word, koreanName: false, to: &part)
            raw += Self.droppingFinalA(part)
        }
    }

    /// A final -a goes (Russia = Росси|я = 러시아, Сеула = Сеул), except in a woman's surname
    /// (-ova, -eva, -ina: Medvedeva is not Medvedev).
    static func droppingFinalA(_ part: [UInt8]) -> [UInt8] {
        guard part.count >= 3, part.last == PhoneticKey.a else { return part }
        let consonant = part[part.count - 2], vowel = part[part.count - 3]
        let isVowel = vowel == PhoneticKey.a || vowel == PhoneticKey.e || vowel == PhoneticKey.ii || vowel == PhoneticKey.o
        if part.count >= 5, isVowel, consonant == PhoneticKey.p || (consonant == PhoneticKey.n && vowel == PhoneticKey.ii) {
            return part
        }
        return Array(part.dropLast())
    }

    /// A Korean name: a known surname first, then one to three syllables. Returns the Hangul
    /// surname and the given-name words (lower case).
    func koreanName(_ words: [String]) -> (String, [String])? {
        guard let first = words.first else { return nil }
        // A surname alone: Lee, Ri, Ли, 리 are one surname.
        if words.count == 1, let surname = lexicon.surnames[first] { return (surname, []) }
        if words.count == 1 {
            // Hangul: 김정일, or 리설주 with the North's 리 for 이.
            let scalars = Array(first.unicodeScalars)
            guard (2...3).contains(scalars.count), scalars.allSatisfy(Hangul.isSyllable),
                  let surname = lexicon.surnames[String(scalars[0])] else { return nil }
            return (surname, [String(String.UnicodeScalarView(scalars.dropFirst()))])
        }
        guard words.count <= 4 else { return nil }
        let given = Array(words.dropFirst())
        if first.unicodeScalars.allSatisfy(\.isASCII) {
            guard let surname = lexicon.surnames[first] else { return nil }
            var syllables = 0
            for word in given {
                // By scalars: where a Character differs (a combining mark on "-"), the chunk has a
                // letter that is not a-z and is no syllable either way.
                for chunk in word.unicodeScalars.split(whereSeparator: { $0 == "-" || $0 == " " }) {
                    guard let count = KoreanSyllables.count(Substring(chunk)) else { return nil }
                    syllables += count
                }
            }
            return (1...3).contains(syllables) ? (surname, given) : nil
        }
        if first.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
            guard let surname = lexicon.surnames[first] else { return nil }
            for (offset, word) in given.enumerated() {
                let syllable = offset == given.count - 1 ? RussianNames.koreanSyllable(word) : word
                guard syllable.characterCount <= 5, syllable.contains(where: { "аеёиоуыэюя".contains($0) }),
                      lexicon.givenNames[word] == nil else { return nil }
            }
            return (surname, given)
        }
        return nil
    }

    func appendHangul(_ text: String, to key: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            if let syllable = Hangul.decompose(scalar) { Hangul.appendClasses(of: syllable, to: &key) }
        }
    }

    /// Sound classes of one word in any script.
    func appendWord(_ word: String, koreanName: Bool, to key: inout [UInt8]) throws {
        var asciiRun: [UInt8] = []
        var cyrillicRun: [Unicode.Scalar] = []
        var otherRun = ""
        func flush() throws {
            if !asciiRun.isEmpty { PhoneticKey.appendLatin(asciiRun, to: &key); asciiRun.removeAll() }
            if !cyrillicRun.isEmpty {
                PhoneticKey.appendCyrillic(cyrillicRun, koreanName: koreanName, to: &key); cyrillicRun.removeAll(keepingCapacity: true)
            }
            if !otherRun.isEmpty {
                let latinText = try latin().transliterateWord(Substring(otherRun))
                PhoneticKey.appendLatin(Array(latinText.utf8).filter { $0 < 0x80 }.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, to: &key)
                otherRun = ""
            }
        }
        let scalars = Array(word.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value < 0x80 {
                if !cyrillicRun.isEmpty || !otherRun.isEmpty { try flush() }
                if (0x41...0x5A).contains(value) { asciiRun.append(UInt8(value + 32)) }
                else if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { asciiRun.append(UInt8(value)) }
                else if !asciiRun.isEmpty, scalar != "'" { try flush() }  // a hyphen cuts syllables
            } else if (0x0400...0x04FF).contains(value) {
                if !asciiRun.isEmpty || !otherRun.isEmpty { try flush() }
                cyrillicRun.append(scalar)
            } else if Hangul.isSyllable(scalar) {
                try flush()
                guard let syllable = Hangul.decompose(scalar) else { continue }
                // A loanword writes "sh" before a consonant as 시 (나리시킨 = Naryshkin).
                if !koreanName, syllable == Hangul.Syllable(lead: 9, vowel: 20, tail: 0), position + 1 < scalars.count,
                   let next = Hangul.decompose(scalars[position + 1]), (15...17).contains(next.lead) {
                    key.append(PhoneticKey.s_)
                    continue
                }
                // And a consonant before l as 으 + ㄹㄹ (플레이크 = Flake, 클린턴 = Clinton): the 으 is spelling.
                if !koreanName, syllable.vowel == Hangul.vowelEU, syllable.tail == 8, syllable.lead != Hangul.leadIEUNG,
                   position + 1 < scalars.count, let next = Hangul.decompose(scalars[position + 1]), next.lead == 5 {
                    key.append(contentsOf: Hangul.leadClass[syllable.lead].utf8)
                    key.append(PhoneticKey.l)
                    continue
                }
                Hangul.appendClasses(of: syllable, to: &key)
            } else if let reading = lexicon.hanja[scalar], let syllable = Hangul.decompose(reading) {
                try flush()
                Hangul.appendClasses(of: syllable, to: &key)
            } else if scalar.properties.isAlphabetic {
                if !asciiRun.isEmpty || !cyrillicRun.isEmpty { try flush() }
                otherRun.unicodeScalars.append(scalar)
            } else {
                try flush()
            }
        }
        try flush()
    }
}
