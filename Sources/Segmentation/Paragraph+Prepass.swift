/// The pre-pass: one scan of the paragraph for what ICU does not propose.
extension Paragraph {
    struct Scan {
        var hasTerminator = false
        /// Our own candidates, increasing: a missing space after a full stop ("end.Next"), and
        /// Korean sentence-final endings without punctuation.
        var candidates: [Int] = []
    }

    /// - Parameter terminators: the offsets of the paragraph's sentence marks, found while its
    ///   line breaks were masked; outside Korean only they need a look.
    mutating func prepass(terminators: [Int]) -> Scan {
        var scan = Scan()
        let korean = rules.endsAfterVerbEndings
        var openQuotes: [(unit: UInt16, offset: Int)] = []
        var index = start
        if !korean {
            scan.hasTerminator = !terminators.isEmpty
            for index in terminators {
                let unit = units[index]
                if unit == 0x2E || unit == 0x21 || unit == 0x3F, let candidate = missingSpaceCandidate(after: index) {
                    scan.candidates.append(candidate)
                } else if unit == 0x2026, !rules.ellipsisIsOmission, let candidate = ellipsisCandidate(after: index) {
                    scan.candidates.append(candidate)
                } else if let candidate = citationCandidate(after: index) {
                    scan.candidates.append(candidate)
                } else if let candidate = dialogueCandidate(after: index) {
                    scan.candidates.append(candidate)
                } else if let candidate = numberOpeningCandidate(after: index) {
                    scan.candidates.append(candidate)
                }
            }
            scan.candidates.sort()
            return scan
        }
        while index < end {
            let unit = units[index]
            if UTF16Class.isHangul(unit) { index += 1; continue }  // the hot path in Korean text
            if UTF16Class.isTerminator(unit) {
                scan.hasTerminator = true
                if unit == 0x2E || unit == 0x21 || unit == 0x3F, let candidate = missingSpaceCandidate(after: index) {
                    scan.candidates.append(candidate)
                } else if unit == 0x2026, !rules.ellipsisIsOmission, let candidate = ellipsisCandidate(after: index) {
                    scan.candidates.append(candidate)
                } else if let candidate = citationCandidate(after: index) ?? lowerCaseAfterEndingCandidate(after: index),
                          scan.candidates.last.map({ $0 < candidate }) ?? true {
                    scan.candidates.append(candidate)
                }
            } else if korean {
                if UTF16Class.isSpace(unit), index > start,
                   rules.mayEndKoreanWord(units[index - 1]) || Self.isDecoration(units[index - 1]),
                   let candidate = koreanEndingCandidate(atSpace: index) {
                    if scan.candidates.last.map({ $0 < candidate }) ?? true { scan.candidates.append(candidate) }
                } else if unit == 0x22, index > start, !UTF16Class.isSpace(units[index - 1]), !UTF16Class.isOpener(units[index - 1]),
                          openQuotes.last?.unit != 0x22 {
                    // A straight quote leaning on the word before it closes a quotation; with none
                    // open (the paragraph starts inside one: "…있습니다." 에반스:) it opens nothing.
                } else if unit == 0x22, openQuotes.last?.unit == 0x22,
                          index == start || UTF16Class.isSpace(units[index - 1]) || UTF16Class.isOpener(units[index - 1]) {
                    // One after a space opens a quotation: the open one was never closed ("보고” with
                    // a curly close), so it is dropped rather than closed here.
                    openQuotes[openQuotes.count - 1] = (0x22, index)
                } else if let closing = Self.closingQuote(for: unit), openQuotes.last?.unit != closing {
                    openQuotes.append((closing, index))
                } else if let last = openQuotes.last, last.unit == unit {
                    openQuotes.removeLast()
                    // Embedded speech, followed by a particle ("…했다"고 말했다), is one sentence.
                    if index + 1 < end, UTF16Class.isHangul(units[index + 1]) { quoteSpans.append((last.offset, index)) }
                }
            }
            index += 1
        }
        return scan
    }

    /// ". 72-летний внук …", "… war. 30-year-old …": a sentence that opens with a number joined
    /// by a hyphen to a lower-case word, which ICU keeps with the sentence before (its rule looks
    /// past the digits for a lower-case letter). Only after a word of two letters or more that is
    /// no abbreviation ("1968 г. 72-…" stays one sentence), a closing quote or a number, or after
    /// ! and ?.
    func numberOpeningCandidate(after index: Int) -> Int? {
        var next = index + 1
        while next < end, UTF16Class.isCloser(units[next]) { next += 1 }
        let spaces = next
        while next < end, UTF16Class.isSpace(units[next]) { next += 1 }
        guard next > spaces, next < end, UTF16Class.isDigit(units[next]) else { return nil }
        var after = next
        while after < end, after - next <= 4, UTF16Class.isDigit(units[after]) { after += 1 }
        guard after + 1 < end, units[after] == 0x2D, UTF16Class.isLower(units[after + 1]) else { return nil }
        guard units[index] == 0x2E else { return units[index] == 0x21 || units[index] == 0x3F ? next : nil }
        guard index > start else { return nil }
        let last = units[index - 1]
        // A quotation or a number ends the sentence: «…». 41-летний; вничью 1:1. 5-го.
        if UTF16Class.isCloser(last) || UTF16Class.isDigit(last) { return next }
        var wordStart = index
        while wordStart > start, index - wordStart <= Self.longestWord, UTF16Class.isLetter(units[wordStart - 1]) { wordStart -= 1 }
        guard index - wordStart >= 2, wordStart == start || UTF16Class.isSpace(units[wordStart - 1]),
              rules.abbreviation(units, wordStart..<index) == nil else { return nil }
        return next
    }

    /// "Газета.Ру со ссылкой…": a name written with a dot, whose short capitalized part after it
    /// is no sentence starter and runs on into a lower-case word.
    func isDomainSuffix(at first: Int) -> Bool {
        var wordEnd = first
        while wordEnd < end, UTF16Class.isLetter(units[wordEnd]) { wordEnd += 1 }
        guard (2...3).contains(wordEnd - first), UTF16Class.isUpper(units[first]),
              ((first + 1)..<wordEnd).allSatisfy({ UTF16Class.isLower(units[$0]) }),
              !rules.starters.contains(units, first..<wordEnd) else { return false }
        var next = wordEnd
        while next < end, UTF16Class.isSpace(units[next]) { next += 1 }
        return next == wordEnd ? next < end && !UTF16Class.isLetter(units[next]) : next < end && UTF16Class.isLower(units[next])
    }

    /// "…도시이다.[3][4] 인구는": citation marks after a sentence's stop belong to it; the next
    /// sentence starts after them. Returns where it starts, or nil without citation marks.
    func afterCitations(_ offset: Int) -> Int? {
        // The stop right before a "[", a few units back at most (the candidate may fall among the marks).
        guard let mark = stride(from: offset - 1, through: max(start, offset - 16), by: -1).first(where: { k in
            UTF16Class.isTerminator(units[k]) && k + 1 < end && units[k + 1] == 0x5B
        }) else { return nil }
        let stop = mark + 1
        var index = stop
        // Marks: "[3]", "[a]", "[주 2]", "[출처 필요]", "[citation needed]"; after them a page
        // reference (":45", ":47–48").
        while index < end, units[index] == 0x5B {
            var close = index + 1
            while close < end, close - index <= Self.longestCitation,
                  UTF16Class.isDigit(units[close]) || UTF16Class.isLower(units[close]) || UTF16Class.isHangul(units[close])
                    || (units[close] == 0x20 && close > index + 1) { close += 1 }
            guard close < end, close > index + 1, units[close] == 0x5D, units[close - 1] != 0x20 else { break }
            index = close + 1
            if index + 1 < end, units[index] == 0x3A, UTF16Class.isDigit(units[index + 1]) {
                index += 1
                while index < end, UTF16Class.isDigit(units[index]) || units[index] == 0x2013 || units[index] == 0x2D { index += 1 }
            }
        }
        guard index > stop, index >= offset else { return nil }
        while index < end, UTF16Class.isSpace(units[index]) { index += 1 }
        return index
    }

    /// "…winter.[2][a] Boats", "…옮겼다.[주 2] 그러나": the sentence after citation marks, where it
    /// starts with a letter that is not lower case (ICU reads the "a" of "[a]" as a lower-case
    /// continuation).
    func citationCandidate(after index: Int) -> Int? {
        guard index + 1 < end, units[index + 1] == 0x5B, let next = afterCitations(index + 1), next < end,
              next > index + 1, UTF16Class.isSpace(units[next - 1]),
              (UTF16Class.isLetter(units[next]) && !UTF16Class.isLower(units[next])) || UTF16Class.isDigit(units[next])
        else { return nil }
        return next
    }

    /// Korean "…밝혔다. soyoung@yna.co.kr": a full stop after Hangul ends the sentence before a
    /// lower-case Latin word too (ICU never breaks before lower case).
    func lowerCaseAfterEndingCandidate(after index: Int) -> Int? {
        guard units[index] == 0x2E, index > start, UTF16Class.isHangul(units[index - 1]) else { return nil }
        var next = index + 1
        while next < end, UTF16Class.isSpace(units[next]) { next += 1 }
        return next > index + 1 && next < end && UTF16Class.isLower(units[next]) ? next : nil
    }

    /// The longest citation mark read, brackets included ("[출처 필요]", "[citation needed]").
    static let longestCitation = 20

    /// The closing quote that matches an opening quote in Korean text.
    static func closingQuote(for unit: UInt16) -> UInt16? {
        switch unit {
        case 0x201C: 0x201D  // “ ”
        case 0x2018: 0x2019  // ‘ ’
        case 0x22: 0x22      // " "
        case 0xAB: 0xBB      // « »
        case 0x300C: 0x300D  // 「 」
        case 0x300E: 0x300F  // 『 』
        default: nil
        }
    }

    /// "end.Next": a full stop (or ! ?) with a lower-case letter before it and a capitalized word
    /// right after it, outside URLs, e-mail addresses, file names, abbreviations and decimals.
    func missingSpaceCandidate(after index: Int) -> Int? {
        guard index > start, index + 2 < end else { return nil }
        let before = units[index - 1]
        let next = units[index + 1]
        if next <= 0x40 { return nil }  // the usual case: a space, a digit, punctuation
        if isDomainSuffix(at: index + 1) { return nil }
        if UTF16Class.isHangul(before) && UTF16Class.isHangul(next) && units[index] == 0x2E {
            // Korean "했다.그리고": the word before must end in a sentence-final ending.
            var wordStart = index - 1
            while wordStart > start, UTF16Class.isHangul(units[wordStart - 1]) { wordStart -= 1 }
            return rules.endsKoreanSentence(units, start: wordStart, end: index) ? index + 1 : nil
        }
        let afterNumber = UTF16Class.isDigit(before)
        guard UTF16Class.isLower(before) || UTF16Class.isCloser(before) || afterNumber,
              UTF16Class.isUpper(next), UTF16Class.isLower(units[index + 2]) else { return nil }
        // The token before: a plain word of two letters or more, or a whole number ("1,000.That"),
        // not a URL, address, version or abbreviation.
        var tokenStart = index
        while tokenStart > start, !UTF16Class.isSpace(units[tokenStart - 1]), !UTF16Class.isOpener(units[tokenStart - 1]) {
            if index - tokenStart > Self.longestWord { return nil }  // no word; and no rescans of junk
            let unit = units[tokenStart - 1]
            if unit == 0x2E || unit == 0x40 || unit == 0x2F || unit == 0x3A || unit == 0x5F { return nil }
            if UTF16Class.isDigit(unit) != afterNumber && !(afterNumber && unit == 0x2C) { return nil }
            tokenStart -= 1
        }
        guard index - tokenStart >= 2 else { return nil }
        if rules.abbreviation(units, tokenStart..<index) != nil { return nil }
        // The word after: plain too ("Node.Js", "Jane.Doe@…", "Example.Com/…" are not sentences).
        var wordEnd = index + 1
        while wordEnd < end, UTF16Class.isLetter(units[wordEnd]) { wordEnd += 1 }
        if wordEnd < end {
            let unit = units[wordEnd]
            if unit == 0x2E && wordEnd + 1 < end && UTF16Class.isLetter(units[wordEnd + 1]) { return nil }
            if unit == 0x40 || unit == 0x2F || unit == 0x5F || UTF16Class.isDigit(unit) { return nil }
        }
        return index + 1
    }

    /// A dash after a sentence mark that opens a new line of dialogue ("… — спросил отец. — Приду,
    /// — ответила дочь."): ICU never breaks before a dash after a full stop.
    func dialogueCandidate(after index: Int) -> Int? {
        var next = index + 1
        while next < end, UTF16Class.isTerminator(units[next]) || UTF16Class.isCloser(units[next]) { next += 1 }
        let spaceStart = next
        while next < end, UTF16Class.isSpace(units[next]) { next += 1 }
        guard next > spaceStart, next + 2 < end, units[next] == 0x2014 || units[next] == 0x2013 else { return nil }
        var word = next + 1
        while word < end, UTF16Class.isSpace(units[word]) { word += 1 }
        guard word > next + 1, word < end, UTF16Class.isUpper(units[word]) else { return nil }
        return next
    }

    /// "…" is no sentence terminator to ICU. Where an ellipsis may end a sentence, it does before a
    /// capitalized word, or in Korean after a sentence-final ending.
    func ellipsisCandidate(after index: Int) -> Int? {
        var next = index + 1
        while next < end, UTF16Class.isCloser(units[next]) { next += 1 }
        let spaceStart = next
        while next < end, UTF16Class.isSpace(units[next]) { next += 1 }
        guard next > spaceStart, next < end else { return nil }
        var first = next
        while first < end, UTF16Class.isOpener(units[first]) { first += 1 }
        guard first < end else { return nil }
        if UTF16Class.isUpper(units[first]) { return next }
        guard UTF16Class.isHangul(units[first]), index > start else { return nil }
        var wordStart = index
        while wordStart > start, UTF16Class.isHangul(units[wordStart - 1]) { wordStart -= 1 }
        return rules.endsKoreanSentence(units, start: wordStart, end: index) ? next : nil
    }

    /// Korean: the white space at `index` follows a word with a sentence-final ending and comes
    /// before a new clause. Returns the start of that clause.
    func koreanEndingCandidate(atSpace space: Int) -> Int? {
        // Laughter, tears and faces after the word ("끝났다ㅋㅋ", "했어ㅠㅠ", "늦었죠^^;") are not
        // part of its ending, nor when written apart ("친절하세요 ^^ 다음에").
        var index = space
        while index > start, Self.isDecoration(units[index - 1]) { index -= 1 }
        if index < space, index > start, UTF16Class.isSpace(units[index - 1]) {
            while index > start, UTF16Class.isSpace(units[index - 1]) { index -= 1 }
        }
        guard index > start, UTF16Class.isHangul(units[index - 1]) else { return nil }
        var wordStart = index - 1
        while wordStart > start, UTF16Class.isHangul(units[wordStart - 1]) { wordStart -= 1 }
        // The ending must close the word: a word glued to punctuation or Latin is something else.
        if wordStart > start, !UTF16Class.isSpace(units[wordStart - 1]) && !UTF16Class.isOpener(units[wordStart - 1]) {
            return nil
        }
        guard rules.endsKoreanSentence(units, start: wordStart, end: index) else { return nil }
        var next = space
        while next < end, UTF16Class.isSpace(units[next]) { next += 1 }
        guard next < end else { return nil }
        let unit = units[next]
        guard UTF16Class.isLetter(unit) || UTF16Class.isDigit(unit) || UTF16Class.isOpener(unit) else { return nil }
        var nextEnd = next
        while nextEnd < end, UTF16Class.isHangul(units[nextEnd]) { nextEnd += 1 }
        if nextEnd > next, rules.continuesClause(units, next..<nextEnd) {
            return nil
        }
        return next
    }
}
