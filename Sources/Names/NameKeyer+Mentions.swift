public import CorpusModel

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
        var tokens = Self.tokens(in: sentence)
        if tokens.isEmpty { return [] }
        if language.language == "ko" { return try koreanMentions(sentence, &tokens, language: language) }
        return try capitalizedMentions(sentence, tokens, language: language)
    }

    /// A word of the sentence: its range, and whether punctuation follows it (a name stops there).
    struct Token {
        var range: Range<String.Index>
        var punctuationAfter: Bool
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || (0x30...0x39).contains(scalar.value) || scalar == "-" || scalar == "'"
            || scalar == "’" || scalar == "."
    }

    static func tokens(in sentence: Substring) -> [Token] {
        var tokens: [Token] = []
        let scalars = sentence.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            while index < scalars.endIndex, !isWordCharacter(scalars[index]) || scalars[index] == "-" || scalars[index] == "." {
                if !tokens.isEmpty, !scalars[index].properties.isWhitespace { tokens[tokens.count - 1].punctuationAfter = true }
                index = scalars.index(after: index)
            }
            guard index < scalars.endIndex else { break }
            let start = index
            while index < scalars.endIndex, isWordCharacter(scalars[index]) { index = scalars.index(after: index) }
            var end = index
            // A trailing dot ends the sentence or an abbreviation; keep it only on an initial ("W.").
            var dotAfter = false
            while end > start, let last = scalars[..<end].last, last == "." || last == "-" || last == "'" || last == "’" {
                if last == "." { dotAfter = true }
                end = scalars.index(before: end)
            }
            if end > start {
                let length = scalars[start..<end].count
                if dotAfter, length == 1 { end = scalars.index(after: end) ; dotAfter = false }
                tokens.append(Token(range: start..<end, punctuationAfter: dotAfter && length > 1))
            }
        }
        return tokens
    }

    func capitalizedMentions(_ sentence: Substring, _ tokens: [Token], language: LanguageTag) throws -> [NameMention] {
        let code = String(language.language)
        let stopwords = lexicon.stopwords[code, default: []]
        let titles = lexicon.titles[code, default: []]
        var mentions: [NameMention] = []
        var runStart: Int?
        func close(_ end: Int) throws {
            guard let start = runStart else { return }
            runStart = nil
            var first = start
            // A sentence's first word may be capitalized only because it comes first.
            if first == 0, stopwords.contains(sentence[tokens[0].range].lowercased()) { first += 1 }
            while first < end, titles.contains(sentence[tokens[first].range].lowercased()) { first += 1 }
            guard first < end else { return }
            var range = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
            var key = try self.key(for: sentence[range], language: language)
            // "Визит Ким Чен Ира": the capital of a sentence's first word may not belong to the name.
            if first == 0, end - first >= 2, key.entityID == nil {
                let word = NameLexicon.normalizeAlias(sentence[tokens[0].range])
                let rest = tokens[1].range.lowerBound..<range.upperBound
                let restKey = try self.key(for: sentence[rest], language: language)
                if restKey.entityID != nil || (lexicon.givenNames[word] == nil && lexicon.surnames[word] == nil) {
                    range = rest
                    key = restKey
                }
            }
            if !key.isEmpty { mentions.append(NameMention(range: range, surface: sentence[range], key: key)) }
        }
        for (offset, token) in tokens.enumerated() {
            let word = sentence[token.range]
            let capitalized = word.first?.isUppercase == true
            let connector = runStart != nil && (word == "of" || word == "de") && offset + 1 < tokens.count
                && sentence[tokens[offset + 1].range].first?.isUppercase == true
            let isTitle = titles.contains(word.lowercased()) || (code == "ru" && NameWords.isInflectedTitle(word.lowercased(), titles))
            if (capitalized && !isTitle) || connector {
                if runStart == nil { runStart = offset }
            } else {
                try close(offset)
            }
            if token.punctuationAfter { try close(offset + 1) }
        }
        try close(tokens.count)
        return mentions
    }

    func koreanMentions(_ sentence: Substring, _ tokens: inout [Token], language: LanguageTag) throws -> [NameMention] {
        let koreanTitles = lexicon.titles["ko", default: []]
        var mentions: [NameMention] = []
        var offset = 0
        func mention(_ range: Range<String.Index>) throws {
            let key = try self.key(for: sentence[range], language: language)
            if !key.isEmpty { mentions.append(NameMention(range: range, surface: sentence[range], key: key)) }
        }
        /// The word without its particle, as a range of the sentence.
        func stem(_ token: Token) -> Range<String.Index> {
            let word = String(sentence[token.range])
            let stripped = NameWords.stripParticle(word, lexicon: lexicon)
            let end = sentence.unicodeScalars.index(token.range.lowerBound, offsetBy: stripped.unicodeScalars.count)
            return token.range.lowerBound..<end
        }
        while offset < tokens.count {
            let token = tokens[offset]
            let word = sentence[token.range]
            guard let first = word.unicodeScalars.first else { offset += 1; continue }
            if first.isASCII {
                if first.properties.isUppercase { try mention(token.range) }
                offset += 1; continue
            }
            if NameWords.hangulReading(of: word, lexicon: lexicon) != nil { try mention(token.range); offset += 1; continue }
            // Two-word gazetteer names first (블라디미르 푸틴), then one word.
            if offset + 1 < tokens.count, !token.punctuationAfter {
                let pair = token.range.lowerBound..<stem(tokens[offset + 1]).upperBound
                if lexicon.aliasIndex[NameLexicon.normalizeAlias(sentence[pair])] != nil {
                    try mention(pair); offset += 2; continue
                }
            }
            let own = stem(token)
            let ownText = String(sentence[own])
            if lexicon.aliasIndex[ownText] != nil, !koreanTitles.contains(ownText) {
                try mention(own); offset += 1; continue
            }
            // A word before a title is a name: 메드베데프 대통령, 김정일 국방위원장.
            if !token.punctuationAfter, offset + 1 < tokens.count, !koreanTitles.contains(ownText) {
                let next = String(sentence[stem(tokens[offset + 1])])
                if koreanTitles.contains(next), NameWords.isHangul(ownText), ownText.unicodeScalars.count >= 2 {
                    var start = own.lowerBound
                    // With a given name before it: 드미트리 메드베데프 대통령.
                    if offset > 0, !tokens[offset - 1].punctuationAfter,
                       lexicon.givenNames[String(sentence[tokens[offset - 1].range])] != nil {
                        start = tokens[offset - 1].range.lowerBound
                    }
                    try mention(start..<own.upperBound); offset += 1; continue
                }
            }
            offset += 1
        }
        return mentions
    }
}
