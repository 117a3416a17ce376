/// The verdict on a boundary ICU proposes. ICU places it after the white space that follows a
/// sentence end; the rules look back at the end (terminator, closing quotes) and forward at the
/// next word.
extension Paragraph {
    func icuCandidateBreaks(at offset: Int, segmentStart: Int) -> Bool {
        var textEnd = offset
        while textEnd > segmentStart, UTF16Class.isSpace(units[textEnd - 1]) { textEnd -= 1 }
        var closersStart = textEnd
        while closersStart > segmentStart, UTF16Class.isCloser(units[closersStart - 1]) { closersStart -= 1 }
        // The terminator run, spaced ellipses (". . .") included.
        var markStart = closersStart
        var dots = 0
        var exclamationOrQuestion = false
        while markStart > segmentStart {
            let unit = units[markStart - 1]
            if UTF16Class.isTerminator(unit) {
                switch unit {
                case 0x2E, 0xFF0E: dots += 1
                case 0x2026: dots += 3
                default: exclamationOrQuestion = true
                }
                markStart -= 1
            } else if unit == 0x20, markStart - 2 >= segmentStart, units[markStart - 2] == 0x2E, units[markStart] == 0x2E {
                markStart -= 1
            } else {
                break
            }
        }

        // What follows.
        let next = offset < end ? units[offset] : 0x20
        if textEnd == offset && (UTF16Class.isHangul(next) || UTF16Class.isLower(next)) { return false }  // "…했다"고
        let before = markStart > segmentStart ? units[markStart - 1] : 0x20
        if rules.endsAfterVerbEndings && markStart < closersStart {
            // Korean ends a sentence with a Hangul ending and its mark, whatever the case of what
            // follows ("…밝혔다. soyoung@yna.co.kr"); a mark after Latin or a number, before
            // Hangul, is an abbreviation, a date or a name ("Dr. 에밀리", "2024.5.3. 공포됐으며",
            // "Yahoo! 재팬은", "Bluewave Inc. 측은"), and so is one between numbers ("1953. 7. 27.");
            // three Latin words or more before it are a sentence of another language.
            if UTF16Class.isHangul(before) && closersStart == textEnd && dots < 3 { return true }
            if (UTF16Class.isDigit(before) || (before < 0x80 && UTF16Class.isLetter(before) && latinWordsBefore(markStart, segmentStart) < 3))
                && closersStart == textEnd && (UTF16Class.isHangul(next) || (UTF16Class.isDigit(before) && UTF16Class.isDigit(next))) {
                return false
            }
        }
        if UTF16Class.isLower(next) { return false }  // "Yahoo! in …", "'Great.' she said"
        if next == 0x2C || next == 0x3B || next == 0x3A { return false }
        if UTF16Class.isDash(next) {
            // Direct speech: «Стоп!» — сказал он.
            var after = offset + 1
            while after < end, UTF16Class.isSpace(units[after]) || UTF16Class.isDash(units[after]) { after += 1 }
            if after < end, UTF16Class.isLower(units[after]) { return false }
        }
        guard markStart < closersStart else { return true }  // ICU's own reasons (no terminator)
        if isDateline(from: segmentStart, to: textEnd) { return false }
        if insideQuotation(mark: markStart, offset: offset, segmentStart: segmentStart) { return false }
        if exclamationOrQuestion { return true }
        if dots >= 3 {
            if rules.endsAfterVerbEndings && UTF16Class.isHangul(next) {
                // Korean: a pause "..." inside a sentence, unless a sentence-final ending precedes it.
                var wordStart = markStart
                while wordStart > segmentStart, UTF16Class.isHangul(units[wordStart - 1]) { wordStart -= 1 }
                return rules.endsKoreanSentence(units, start: wordStart, end: markStart)
            }
            return rules.ellipsisIsOmission ? dots >= 4 : true
        }
        guard dots == 1 else { return true }
        return fullStopBreaks(dot: markStart, segmentStart: segmentStart, next: offset)
    }

    /// A single full stop at `dot`: abbreviations, initials, enumerators and numbers.
    private func fullStopBreaks(dot: Int, segmentStart: Int, next: Int) -> Bool {
        var tokenStart = dot
        while tokenStart > segmentStart, !UTF16Class.isSpace(units[tokenStart - 1]), !UTF16Class.isOpener(units[tokenStart - 1]) {
            if dot - tokenStart > Self.longestWord { return true }  // no abbreviation is that long
            tokenStart -= 1
        }
        while tokenStart < dot, UTF16Class.isBullet(units[tokenStart]) { tokenStart += 1 }  // "⁃9."
        guard tokenStart < dot else { return true }
        let atItemStart = tokenStart == contentStart(segmentStart) || previousNonSpace(before: tokenStart) == 0x3A
        if (tokenStart..<dot).allSatisfy({ UTF16Class.isDigit(units[$0]) }) {
            if rules.ordinalDot && dot - tokenStart <= 3 && isOrdinal(tokenStart, nextWord: word(at: next), segmentStart: segmentStart) { return false }
            return !(atItemStart && dot - tokenStart <= 3)  // "1. The first item" vs "in 1950. He"
        }
        let nextWord = word(at: next)
        let isStarter = nextWord.map { UTF16Class.isUpper(units[$0.lowerBound]) && rules.starters.contains(units, $0) } ?? false
        // Where every noun is capitalized, only a sentence starter tells a new sentence.
        let capitalized = rules.capitalizesNouns ? isStarter : nextWord.map { UTF16Class.isUpper(units[$0.lowerBound]) } ?? false

        // Spaced abbreviations ("т. д.", "н. э.") are looked up without their spaces.
        var lookupStart = tokenStart
        var kind = rules.abbreviation(units, tokenStart..<dot)
        if dot - tokenStart <= 2 {
            var previousDot = tokenStart - 1
            while previousDot > segmentStart, units[previousDot] == 0x20 { previousDot -= 1 }
            if previousDot > segmentStart, previousDot < tokenStart - 1, units[previousDot] == 0x2E {
                var pieceStart = previousDot
                while pieceStart > segmentStart, UTF16Class.isLetter(units[pieceStart - 1]) { pieceStart -= 1 }
                if previousDot - pieceStart >= 1 && previousDot - pieceStart <= 2 {
                    let joined = Array(units[pieceStart...previousDot]) + Array(units[tokenStart..<dot])
                    if let joinedKind = rules.abbreviation(joined) {
                        kind = joinedKind
                        lookupStart = pieceStart
                    }
                }
            }
        }
        if let kind {
            switch kind {
            case .inner: return false
            case .final: return capitalized
            case .ambiguous: return isStarter
            case .number:
                guard let number = numberBefore(lookupStart, segmentStart: segmentStart) else { return false }
                // "at 10 a.m. Thursday": a date word continues the time phrase.
                if let nextWord, rules.months.contains(units, nextWord) { return false }
                return capitalized && !isIntroductory(before: number, segmentStart: segmentStart)
            }
        }
        // The first piece of a spaced abbreviation ("z. B.", "d. h.", "p. ex."): the two read together.
        if dot - tokenStart <= 2, let nextWord, nextWord.count <= 2, nextWord.upperBound < end, units[nextWord.upperBound] == 0x2E,
           rules.abbreviation(Array(units[tokenStart...dot]) + Array(units[nextWord])) != nil {
            return false
        }
        // An enumerator ("a. The first item") or an initial ("Jonas E. Smith", "Л.Н. Толстой").
        if dot - tokenStart == 1 && UTF16Class.isLetter(units[tokenStart]) && atItemStart { return false }
        if isInitials(tokenStart, dot) {
            // Another initial follows ("А. И. Петров"): even a one-letter starter ("И") is an initial here.
            if let nextWord, nextWord.count == 1, nextWord.upperBound < end, units[nextWord.upperBound] == 0x2E { return false }
            return isStarter
        }
        return true
    }

    /// A sentence mark inside a short quotation that the sentence around it goes on after: a title
    /// (Телеканал "Спорт! Хоккей" покажет…; программа «Что? Где? Когда?» выходит…; в программе
    /// «Москва. Кремль. Путин».). The quotation is part of that sentence when its closing quote is
    /// followed by a lower-case word, a comma or semicolon, or the sentence's own mark. Speech
    /// with an attribution («Мы выиграли! Это невероятно!» — кричали…) is split inside, as the
    /// English side of a translation is: a dash after the quote (or its comma) ends the title reading.
    func insideQuotation(mark: Int, offset: Int, segmentStart: Int) -> Bool {
        // An opening quote before the mark that nothing closed: « „ “, or an odd number of ".
        var index = mark, straight = 0, opened = false
        while index > segmentStart, mark - index < Self.titleReach {
            index -= 1
            switch units[index] {
            case 0x22: straight += 1
            case 0xAB, 0x201E, 0x201C: opened = true
            case 0xBB, 0x201D: return false
            default: continue
            }
            if opened { break }
        }
        guard opened || straight % 2 == 1 else { return false }
        // The quotation goes on past the mark: no closing quote between the mark and the break.
        let quotes: [UInt16] = [0x22, 0xBB, 0x201C, 0x201D]
        if (mark..<offset).contains(where: { quotes.contains(units[$0]) }) { return false }
        // A title has no commas, and a full stop only after a word or two ("Москва. Кремль.");
        // speech has both ("No, no, no.", «Море наше по праву. Вернуть его…»).
        if (index..<mark).contains(where: { units[$0] == 0x2C }) { return false }
        if units[mark] == 0x2E {
            var words = 0, previous: UInt16 = 0x20
            for k in index..<mark {
                if UTF16Class.isSpace(previous) && !UTF16Class.isSpace(units[k]) { words += 1 }
                previous = units[k]
            }
            if words > 2 { return false }
        }
        // Its closing quote soon after (other marks of the title may come first).
        var close = offset
        while close < end, close - index < Self.titleReach, !quotes.contains(units[close]) {
            if units[close] == 0xAB || units[close] == 0x201E || units[close] == 0x2C { return false }  // another quotation; speech
            close += 1
        }
        // A closing quote leans on the word before it ("Хоккей""); one after a space opens a quotation.
        guard close < end, close - index < Self.titleReach, close > offset, !UTF16Class.isSpace(units[close - 1]) else { return false }
        var next = close + 1
        while next < end, UTF16Class.isCloser(units[next]) { next += 1 }
        if next < end, UTF16Class.isTerminator(units[next]) { return true }
        if next < end, units[next] == 0x2C || units[next] == 0x3B { next += 1 }
        while next < end, UTF16Class.isSpace(units[next]) { next += 1 }
        guard next < end, !UTF16Class.isDash(units[next]) else { return false }
        return UTF16Class.isLower(units[next]) || next > close + 1 && (units[close + 1] == 0x2C || units[close + 1] == 0x3B)
    }

    /// The longest quotation read as a title, quotes included.
    static let titleReach = 80

    /// Whether the number at `numberStart` (before a full stop) is an ordinal: before a month
    /// or weekday ("3. Oktober") or a lower-case word, or after an `ordinalOpeners` word ("der 2. Weltkrieg").
    private func isOrdinal(_ numberStart: Int, nextWord: Range<Int>?, segmentStart: Int) -> Bool {
        if let nextWord {
            if rules.months.contains(units, nextWord) || !UTF16Class.isUpper(units[nextWord.lowerBound]) { return true }
        }
        var wordEnd = numberStart
        while wordEnd > segmentStart, UTF16Class.isSpace(units[wordEnd - 1]) { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > segmentStart, wordEnd - wordStart <= Self.longestWord, UTF16Class.isLetter(units[wordStart - 1]) { wordStart -= 1 }
        return wordStart < wordEnd && rules.ordinalOpeners.contains(units, wordStart..<wordEnd)
    }

    /// "E", "Л.Н", "J.R.R", "F.-A": capital letters, each alone, joined by full stops.
    private func isInitials(_ from: Int, _ to: Int) -> Bool {
        var index = from
        while index < to {
            guard UTF16Class.isUpper(units[index]) else { return false }
            index += 1
            if index < to {
                guard units[index] == 0x2E else { return false }
                index += 1
                // Initials of a hyphenated given name: "F.-A. Forel", "J.-P. Sartre".
                if index < to, units[index] == 0x2D { index += 1 }
            }
        }
        return true
    }

    /// The word (letters) at or after `offset`, past spaces and opening quotes.
    func word(at offset: Int) -> Range<Int>? {
        var index = offset
        while index < end, UTF16Class.isSpace(units[index]) || UTF16Class.isOpener(units[index]) { index += 1 }
        var wordEnd = index
        while wordEnd < end, UTF16Class.isLetter(units[wordEnd]) { wordEnd += 1 }
        return wordEnd > index ? index..<wordEnd : nil
    }

    /// How many words of Latin letters (up to three) run back from `mark` to the last other word.
    func latinWordsBefore(_ mark: Int, _ segmentStart: Int) -> Int {
        var words = 0, index = mark
        while index > segmentStart, words < 3 {
            while index > segmentStart, UTF16Class.isSpace(units[index - 1]) { index -= 1 }
            let wordEnd = index
            while index > segmentStart, !UTF16Class.isSpace(units[index - 1]) {
                let unit = units[index - 1]
                guard unit < 0x80, !UTF16Class.isDigit(unit) else { return words }
                index -= 1
            }
            if wordEnd > index { words += 1 }
        }
        return words
    }

    /// The first unit of a segment that is not white space or a list bullet.
    func contentStart(_ segmentStart: Int) -> Int {
        var index = segmentStart
        while index < end, index - segmentStart <= Self.longestWord,
              UTF16Class.isSpace(units[index]) || UTF16Class.isBullet(units[index]) || units[index] == 0x2D {
            index += 1
        }
        return index
    }

    /// How far the rules look for a word, a list label or a phrase: bounds every scan, so that no
    /// input (a megabyte of spaces, a token without end) makes a paragraph's cost quadratic.
    static let longestWord = 64

    func previousNonSpace(before offset: Int) -> UInt16? {
        var index = offset
        while index > start, UTF16Class.isSpace(units[index - 1]) { index -= 1 }
        return index > start ? units[index - 1] : nil
    }

    /// The start of the number right before the word at `wordStart` ("2009 г.", "XIX в."), past
    /// up to two other abbreviations ("300 тыс. руб.", "12 кв. км."), if there is one.
    private func numberBefore(_ wordStart: Int, segmentStart: Int) -> Int? {
        var index = wordStart
        for _ in 0..<3 {
            while index > segmentStart, UTF16Class.isSpace(units[index - 1]) { index -= 1 }
            guard index > segmentStart else { return nil }
            let tokenEnd = index
            while index > segmentStart, !UTF16Class.isSpace(units[index - 1]) { index -= 1 }
            if UTF16Class.isDigit(units[tokenEnd - 1]) { return index }
            // A Roman numeral, as in centuries: "XIX в.", "XVIII–XIX вв."
            if UTF16Class.isUpper(units[index]), (index..<tokenEnd).allSatisfy({ [0x49, 0x56, 0x58, 0x4C, 0x43, 0x4D, 0x2D, 0x2013].contains(units[$0]) }) {
                return index
            }
            guard units[tokenEnd - 1] == 0x2E, rules.abbreviation(units, index..<(tokenEnd - 1)) != nil else { return nil }
        }
        return nil
    }

    /// Whether the clause before a number is only a short introductory phrase ("В 2009 г.",
    /// "At 5 a.m.", "Как сообщалось, в 2009 г.", "Уже в мае 2009 г."): at most two words that are
    /// not month names since the start of the segment or the last comma, colon, semicolon or
    /// bracket, the last of them a preposition. "Озеро занимает 8 кв. км." is a sentence.
    private func isIntroductory(before number: Int, segmentStart: Int) -> Bool {
        var words = 0
        var lastWordIsPreposition = false
        var index = number
        while index > segmentStart {
            if number - index > 4 * Self.longestWord { return false }
            let unit = units[index - 1]
            if unit == 0x2C || unit == 0x3A || unit == 0x3B || unit == 0x28 { break }
            // A dash before the number makes it a predicate ("Стоимость — 300 тыс. руб."): a sentence.
            if unit == 0x2014 || unit == 0x2013 { return false }
            if UTF16Class.isLetter(unit) {
                var wordStart = index - 1
                while wordStart > segmentStart, UTF16Class.isLetter(units[wordStart - 1]) { wordStart -= 1 }
                if !rules.months.contains(units, wordStart..<index) {
                    if words == 0 { lastWordIsPreposition = rules.prepositions.contains(units, wordStart..<index) }
                    words += 1
                }
                if words > 2 { return false }
                index = wordStart
            } else {
                index -= 1
            }
        }
        return words == 0 || lastWordIsPreposition
    }
}
