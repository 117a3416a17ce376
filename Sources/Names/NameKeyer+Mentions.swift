public import CorpusModel
import LanguageProfiles
import TextBytes

/// A name found in a sentence: where it is and its key.
public struct NameMention: Sendable, Equatable {
    /// The name's range in the sentence's string (particles and titles outside it).
    public let range: Range<String.Index>
    public let surface: Substring
    public let key: NameKey
}

extension NameKeyer {
    /// The names in one sentence, with their keys — the aligner's anchors (a key that two sentences
    /// share is evidence that they are translations).
    ///
    /// - English and Russian: runs of capitalized words (and ALL-CAPS acronyms), cut at titles and
    ///   punctuation; a sentence's first word only when it is not a common word (The, В, …).
    /// - Korean: gazetteer names (particles stripped: 북한은 → 북한), words before a title
    ///   (메드베데프 대통령 → 메드베데프), Hanja words, and Latin acronyms.
    ///
    /// Cheap enough to call on every sentence of a corpus: each distinct surface is keyed once
    /// (cached), and the scan reads the text once. Not thread-safe (the keyer's caches).
    public func mentions(in sentence: Substring, language: LanguageTag) throws -> [NameMention] {
        var copy = sentence
        return try copy.utf8.withContiguousStorageIfAvailable { bytes in
            let tokens = Self.tokens(in: bytes)
            if tokens.isEmpty { return [] }
            if NameLanguage.of(language.language).mentions == .uncased { return try koreanMentions(sentence, bytes, tokens, language: language) }
            return try capitalizedMentions(sentence, bytes, tokens, language: language)
        } ?? { copy.makeContiguousUTF8(); return try mentions(in: copy, language: language) }()
    }

    /// A word of the sentence: UTF-8 offsets in the sentence, and whether punctuation follows it
    /// (a name stops there).
    struct Token {
        var start: Int
        var end: Int
        var punctuationAfter: Bool
    }

    /// Words of the sentence, found on its UTF-8 bytes (no decoding: this runs on every byte of a
    /// corpus). A word is letters, digits, inner hyphens and apostrophes, and an initial's dot.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 6)
        var index = 0
        let count = bytes.count
        /// The length of the word character at `at`, or 0 for space and punctuation.
        func wordLength(_ at: Int) -> Int {
            let byte = bytes[at]
            if byte < 0x80 {
                let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == 0x2D || byte == 0x27 || byte == 0x2E
                return isWord ? 1 : 0
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if byte == 0xC2 { return 0 }  // NBSP, «, », ·
            if byte == 0xE2, at + 2 < count, bytes[at + 1] == 0x80 { return bytes[at + 2] == 0x99 ? 3 : 0 }  // ’ is a word character
            if byte == 0xE3, at + 1 < count, bytes[at + 1] == 0x80 { return 0 }  // 、。「」 ideographic space
            if byte == 0xEF, at + 1 < count, bytes[at + 1] == 0xBC { return 0 }  // fullwidth punctuation
            return length
        }
        while index < count {
            // Skip space and punctuation, noting punctuation after the last word.
            while index < count {
                let length = wordLength(index)
                let byte = bytes[index]
                if length > 0 && byte != 0x2D && byte != 0x2E && byte != 0x27 { break }
                if !tokens.isEmpty, byte != 0x20, byte != 0x0A, byte != 0x09, byte != 0x0D, !(byte == 0xC2 && index + 1 < count && bytes[index + 1] == 0xA0) {
                    tokens[tokens.count - 1].punctuationAfter = true
                }
                index += max(1, length > 0 ? length : (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1))
            }
            guard index < count else { break }
            let start = index
            while index < count {
                let length = wordLength(index)
                if length == 0 { break }
                index += length
            }
            var end = min(index, count)
            var dotAfter = false
            while end > start, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D || bytes[end - 1] == 0x27 {
                if bytes[end - 1] == 0x2E { dotAfter = true }
                end -= 1
            }
            guard end > start else { continue }
            // An initial keeps its dot ("W."); another trailing dot ends a sentence or abbreviation.
            if dotAfter, end - start == 1 || (end - start == 2 && bytes[start] >= 0xC0) { end += 1; dotAfter = false }
            tokens.append(Token(start: start, end: end, punctuationAfter: dotAfter))
        }
        return tokens
    }

    func capitalizedMentions(_ sentence: Substring, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
                             language: LanguageTag) throws -> [NameMention] {
        var mentions: [NameMention] = []
        var runStart: Int?
        func isCapitalized(_ token: Token) -> Bool {
            let byte = bytes[token.start]
            if byte >= 0x41 && byte <= 0x5A { return true }
            if byte == 0xD0, token.end - token.start >= 2 { let next = bytes[token.start + 1]; return next <= 0xAF }
            if byte < 0x80 || byte >= 0xE0 || byte == 0xD1 { return false }  // D1: lower-case Cyrillic
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).first?.isUppercase == true
        }
        func close(_ end: Int) throws {
            guard let start = runStart else { return }
            runStart = nil
            let atSentenceStart = start == 0
            // Runs repeat across a corpus: the pieces of a run are cached by a hash of its bytes.
            let cacheKey = Self.wordHash(bytes, Token(start: tokens[start].start, end: tokens[end - 1].end, punctuationAfter: false))
                ^ (atSentenceStart ? 0x9E3779B97F4A7C15 : 0)
            let pieces: [RunPiece]
            if let hit = runCache[cacheKey] { pieces = hit } else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[start].start..<tokens[end - 1].end]), as: UTF8.self)
                let base = tokens[start].start
                let local = tokens[start..<end].map { Token(start: $0.start - base, end: $0.end - base, punctuationAfter: false) }
                pieces = try splitRun(Substring(text), local, atSentenceStart: atSentenceStart, language: language)
                if runCache.count >= Self.cacheLimit { runCache.removeAll() }
                runCache[cacheKey] = pieces
            }
            let base = tokens[start].start
            for piece in pieces {
                let utf8 = sentence.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: base + piece.start)
                let upper = utf8.index(utf8.startIndex, offsetBy: base + piece.end)
                mentions.append(NameMention(range: lower..<upper, surface: sentence[lower..<upper], key: piece.key))
            }
        }
        for (offset, token) in tokens.enumerated() {
            // A particle between capitalized words stays in the name ("Bank of Korea", "Ludwig von Buch").
            let connector = runStart != nil && offset + 1 < tokens.count && isCapitalized(tokens[offset + 1])
                && token.end - token.start <= 4 && !isCapitalized(token)
                && lexicon.nameParticles.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self))
            if isCapitalized(token) || connector {
                if runStart == nil { runStart = offset }
            } else {
                try close(offset)
            }
            if token.punctuationAfter { try close(offset + 1) }
        }
        try close(tokens.count)
        return mentions
    }

    /// A name found inside a run of capitalized words: UTF-8 offsets in the run, and its key.
    struct RunPiece { let start: Int; let end: Int; let key: NameKey }

    /// Cuts one run of capitalized words into names: off go a sentence's first common word and
    /// titles; the rest is cut into the longest pieces the gazetteer knows, and before a given name.
    func splitRun(_ run: Substring, _ tokens: [Token], atSentenceStart: Bool, language: LanguageTag) throws -> [RunPiece] {
        let code = String(language.language)
        let stopwords = lexicon.stopwords[code, default: []]
        let titles = lexicon.titles(withEnglish: code)
        let utf8 = run.utf8
        func word(_ index: Int) -> Substring {
            run[utf8.index(utf8.startIndex, offsetBy: tokens[index].start)..<utf8.index(utf8.startIndex, offsetBy: tokens[index].end)]
        }
        func isStopword(_ text: String) -> Bool { stopwords.contains(text) || stopwords.contains(text.droppingPossessive) }
        let end = tokens.count
        var first = 0
        // A sentence's first word may be capitalized only because it comes first; weekdays and
        // months are capitalized everywhere in English, so a run may start with one anywhere
        // ("on Wednesday Kim Jong Il met …"): common words come off the head of every run.
        while first < end, isStopword(NameLexicon.normalizeAlias(word(first))) {
            first += 1
        }
        // Titles of up to three words: "Russian President", "Prime Minister".
        var stripped = true
        while stripped && first < end {
            stripped = false
            for length in stride(from: min(3, end - first), through: 1, by: -1) {
                let head = NameLexicon.normalizeAlias(joining: (first..<(first + length)).lazy.map { word($0) })
                if titles.contains(head) { first += length; stripped = true; break }
            }
        }
        guard first < end else { return [] }
        func keyOf(_ from: Int, _ to: Int) throws -> NameKey {
            try self.key(for: run[utf8.index(utf8.startIndex, offsetBy: tokens[from].start)..<utf8.index(utf8.startIndex, offsetBy: tokens[to - 1].end)],
                         language: language, wholeSurface: true)
        }
        // "Визит Ким Чен Ира": the capital of a sentence's first word may not belong to the name.
        if atSentenceStart, first == 0, end - first >= 2, try keyOf(0, end).entityID == nil {
            let head = NameLexicon.normalizeAlias(word(0))
            if try keyOf(1, end).entityID != nil || (lexicon.givenNames[head] == nil && lexicon.surnames[head] == nil) {
                first = 1
            }
        }
        if atSentenceStart, first == 0, end == 1, isCommonOpening(word(0), key: try keyOf(0, 1), language: code) { return [] }
        // A run may hold several names ("КНДР Ким Чен Ир", "России Дмитрием Медведевым").
        var pieces: [RunPiece] = []
        let nounsCapitalized = NameLanguage.of(code).capitalizesNouns
        var from = first
        while from < end {
            // A title between two names opens the second ("South Korean President Lee Jae-myung").
            if from > first, let length = stride(from: min(3, end - from), through: 1, by: -1).first(where: { length in
                titles.contains(NameLexicon.normalizeAlias(joining: (from..<(from + length)).lazy.map { word($0) }))
            }), from + length < end {
                from += length
                continue
            }
            var piece = end
            if try keyOf(from, end).entityID == nil {
                var found = false
                for stop in stride(from: end - 1, to: from, by: -1) where try keyOf(from, stop).entityID != nil {
                    piece = stop; found = true; break
                }
                if !found, let next = ((from + 1)..<end).first(where: { index in
                    let text = NameLexicon.normalizeAlias(word(index))
                    // A known surname after a given name is that person's ("David Johnson"), not a cut.
                    let afterGivenName = lexicon.givenNames[NameLexicon.normalizeAlias(word(index - 1))] != nil
                    return lexicon.givenNames[text] != nil || (lexicon.aliasIndex[text] != nil && !afterGivenName)
                        || word(index).allSatisfy { $0.isUppercase || !$0.isLetter }
                        || word(index - 1).allSatisfy { $0.isUppercase || !$0.isLetter }
                }) {
                    piece = next
                }
            }
            // A name cut before the gazetteer's next one leaves the connector behind: "Lindsey
            // Graham of | South Carolina" is Lindsey Graham.
            var last = piece
            while last - from >= 2, lexicon.nameParticles.contains(String(word(last - 1))) { last -= 1 }
            let key = try keyOf(from, last)
            // Where every noun is capitalized (German), a run of capitals is a name only when it is
            // known, opens with a given name or is an acronym ("Dorf Bondo", "Rote Kreuz" are not).
            let known = !nounsCapitalized || key.entityID != nil || lexicon.givenNames[NameLexicon.normalizeAlias(word(from))] != nil
                || (word(from).count >= 2 && word(from).allSatisfy { $0.isUppercase || !$0.isLetter })
            if !key.isEmpty && known { pieces.append(RunPiece(start: tokens[from].start, end: tokens[last - 1].end, key: key)) }
            from = piece
        }
        return pieces
    }

    /// What a Korean word is, computed once per distinct word.
    struct KoreanWord {
        /// UTF-8 length of the word without its particle.
        var stemLength: Int
        var stem: String
        var isAlias = false
        var isTitle = false
        var isStopword = false
        var isHanja = false
        var isLatinCapital = false
        var isSurname = false
        var isGivenName = false
        var startsAlias = false
        var isHangul = false
        /// A Hangul word that names someone when a title follows it.
        var canPrecedeTitle = false
        /// A foreign name written in Hangul (`Hangul.isTranscription`): 볼리비아, 젤렌스키.
        var isTranscription = false
        /// Whether the word can start or end a mention (else it is skipped at once).
        var matters = false
    }

    /// FNV-1a over a word's bytes, with its length: the cache of Korean words is looked up without
    /// making a String of every word of the text.
    static func wordHash(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> UInt64 {
        let hash = FNV1a.add(bytes, token.start, token.end, to: FNV1a.offset)
        return hash ^ (UInt64(token.end - token.start) << 56)
    }

    /// The index in `koreanWords` of what the word is.
    func koreanWordIndex(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int {
        let hash = Self.wordHash(bytes, token)
        if let hit = koreanWordCache[hash] { return hit }
        if koreanWords.count >= Self.cacheLimit { koreanWords.removeAll(keepingCapacity: true); koreanWordFlags.removeAll(keepingCapacity: true)
            koreanWordCache.removeAll(); koreanStemKeys.removeAll()
        }
        let word = koreanWord(bytes, token)
        koreanWords.append(word)
        koreanWordFlags.append((word.matters ? 1 : 0) | (word.isTitle ? 2 : 0))
        koreanWordCache[hash] = koreanWords.count - 1
        return koreanWords.count - 1
    }

    func koreanWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> KoreanWord {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
        let stem = NameWords.isHangul(text) ? NameWords.stripParticle(text, lexicon: lexicon) : text
        var word = KoreanWord(stemLength: stem.utf8.count, stem: stem)
        word.isTitle = lexicon.trailingTitles.contains(stem)
        word.isAlias = lexicon.aliasIndex[stem] != nil && !word.isTitle
        word.isStopword = lexicon.uncasedStopwords.contains(stem)
        word.isHanja = NameWords.hangulReading(of: Substring(text), lexicon: lexicon) != nil
        word.isLatinCapital = text.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
        word.isSurname = lexicon.surnames[stem] != nil
        word.isGivenName = lexicon.givenNames[text] != nil
        word.startsAlias = lexicon.koreanAliasFirstWords.contains(text)
        word.isHangul = NameWords.isHangul(stem)
        word.canPrecedeTitle = !word.isTitle && !word.isStopword && word.isHangul
            && (stem.unicodeScalars.count >= 2 || word.isSurname)
        // A particle standing alone (after a number or a quote: "…’에서") is no name.
        // (The setting first: off, the tests below cost a tenth of finding Korean names.)
        word.isTranscription = findsTranscriptions && word.isHangul && !word.isTitle && !word.isStopword && !word.isAlias
            && Hangul.isTranscription(stem) && !lexicon.particles.contains(stem)
        // 민턴은 kept its 은 as a Korean name would (김정은); a foreign name ends before it.
        if word.isTranscription, stem == text, text.unicodeScalars.count == 3, let last = text.unicodeScalars.last,
           NameWords.nameFinalParticles.contains(String(last)) {
            word.stem = String(String.UnicodeScalarView(text.unicodeScalars.dropLast()))
            word.stemLength = word.stem.utf8.count
        }
        word.matters = word.isLatinCapital || word.isHanja || word.startsAlias || word.isAlias || word.isTitle || word.isGivenName
            || word.isTranscription
        return word
    }

    func koreanMentions(_ sentence: Substring, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
                        language: LanguageTag) throws -> [NameMention] {
        var mentions: [NameMention] = []
        let utf8 = sentence.utf8
        func mention(_ start: Int, _ end: Int) throws {
            let range = utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
            let key = try self.key(for: sentence[range], language: language, wholeSurface: true)
            if !key.isEmpty { mentions.append(NameMention(range: range, surface: sentence[range], key: key)) }
        }
        let indices = tokens.map { koreanWordIndex(bytes, $0) }
        /// The key of a word without its particle, computed once per distinct word.
        func stemKey(_ index: Int) throws -> NameKey {
            if let known = koreanStemKeys[index] { return known }
            let key = try self.key(for: koreanWords[index].stem, language: language, wholeSurface: true)
            koreanStemKeys[index] = key
            return key
        }
        func append(_ start: Int, _ end: Int, _ key: NameKey) {
            guard !key.isEmpty else { return }
            let range = utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
            mentions.append(NameMention(range: range, surface: sentence[range], key: key))
        }
        var offset = 0
        while offset < tokens.count {
            let token = tokens[offset]
            let index = indices[offset]
            let nextIsTitle = offset + 1 < tokens.count && koreanWordFlags[indices[offset + 1]] & 2 != 0
            // Most words are not names and are not followed by a title: skip them at once.
            if koreanWordFlags[index] & 1 == 0 && !nextIsTitle { offset += 1; continue }
            let stemEnd = token.start + koreanWords[index].stemLength
            if koreanWords[index].isLatinCapital || koreanWords[index].isHanja { try mention(token.start, token.end); offset += 1; continue }
            // Two-word gazetteer names first (블라디미르 푸틴), then one word.
            if koreanWords[index].startsAlias, offset + 1 < tokens.count, !token.punctuationAfter {
                let next = tokens[offset + 1]
                let pairEnd = next.start + koreanWords[indices[offset + 1]].stemLength
                // Hashed on the bytes, one space between the words, like the aliases' hashes.
                var hash = FNV1a.add(bytes, token.start, token.end, to: FNV1a.offset)
                hash = FNV1a.add(hash, 0x20)
                hash = FNV1a.add(bytes, next.start, pairEnd, to: hash)
                if koreanPairAliases.contains(hash) {
                    try mention(token.start, pairEnd); offset += 2; continue
                }
            }
            if koreanWords[index].isAlias { append(token.start, stemEnd, try stemKey(index)); offset += 1; continue }
            // A word before a title is a name: 메드베데프 대통령, 김정일 국방위원장.
            if nextIsTitle, !token.punctuationAfter, koreanWords[index].canPrecedeTitle {
                // With a given name before it: 드미트리 메드베데프 대통령.
                if offset > 0, koreanWords[indices[offset - 1]].isGivenName, !tokens[offset - 1].punctuationAfter {
                    try mention(tokens[offset - 1].start, stemEnd)
                } else {
                    append(token.start, stemEnd, try stemKey(index))
                }
                offset += 1; continue
            }
            // Foreign names in Hangul, several words up to a particle or punctuation (브렛 캐버노는).
            if koreanWords[index].isTranscription {
                var last = offset
                while last + 1 < tokens.count, !tokens[last].punctuationAfter, koreanWords[indices[last + 1]].isTranscription,
                      koreanWords[indices[last]].stemLength == tokens[last].end - tokens[last].start { last += 1 }
                if last == offset { append(token.start, stemEnd, try stemKey(index)) } else {
                    try mention(token.start, tokens[last].start + koreanWords[indices[last]].stemLength)
                }
                offset = last + 1; continue
            }
            offset += 1
        }
        return mentions
    }
}

extension String {
    /// "wednesdays" from "Wednesday's" after normalization (the apostrophe is gone): drop the s.
    var droppingPossessive: String { hasLetterSuffix("s") && characterCount > 3 ? String(dropLast()) : self }
}
