/// One paragraph under the rules: the (line-break-masked) UTF-16 text, its bounds, and what a
/// pre-pass found in it. Offsets are absolute positions in `units`.
struct Paragraph {
    let units: UnsafeBufferPointer<UInt16>
    let start: Int
    let end: Int
    let rules: CompiledRules
    /// Korean quotations (open, close) inside which no sentence ends; after the pre-pass, merged
    /// and sorted, and walked with `quoteCursor` as the candidates increase.
    var quoteSpans: [(Int, Int)] = []
    var quoteCursor = 0

    init(units: UnsafeBufferPointer<UInt16>, start: Int, end: Int, rules: CompiledRules) {
        self.units = units
        self.start = start
        self.end = end
        self.rules = rules
    }

    enum Origin: UInt8 { case icu, ours, hard }

    /// The kept boundaries strictly inside the paragraph, increasing.
    mutating func decide(icuCandidates icu: [Int], lineStarts: [Int], terminators: [Int]) -> [Int] {
        let scan = prepass(terminators: terminators)
        mergeQuoteSpans()
        // Line starts: a list item always starts a sentence; so does every line of a block that has
        // no sentence punctuation at all (a list, a table, headings, chat), unless the line before
        // ends in a connective ending ("…가는 중인데" / "차가 막혀").
        let hard = lineStarts.isEmpty ? [] : lineStarts.filter {
            listMarkerLength(at: $0) != nil || (!scan.hasTerminator && !lineRunsOn(before: $0))
        }
        let ours = scan.candidates

        var kept: [Int] = []
        var segmentStart = start
        var enumerator = self.enumerator(at: start)
        var searchFrom = start
        func keep(_ candidate: Int) {
            let offset = afterCitations(candidate) ?? afterDecorations(candidate) ?? closingAfterSpace(candidate)
            guard offset > segmentStart, offset < end else { return }
            kept.append(offset)
            segmentStart = offset
            enumerator = self.enumerator(at: offset)
            searchFrom = offset + 1
        }
        // A three-way merge of the candidate lists; at equal offsets the stronger origin wins.
        var (i, j, k) = (0, 0, 0)
        while true {
            let offset = min(i < icu.count ? icu[i] : end, j < ours.count ? ours[j] : end, k < hard.count ? hard[k] : end)
            var origin = Origin.icu
            if i < icu.count, icu[i] == offset { i += 1 }
            if j < ours.count, ours[j] == offset { j += 1; origin = .ours }
            if k < hard.count, hard[k] == offset { k += 1; origin = .hard }
            // The next item of an inline list ("1) …  2) …", "a. … b. …") starts a sentence.
            while let current = enumerator, let next = successor(of: current, from: searchFrom, before: offset) {
                keep(next)
            }
            searchFrom = max(searchFrom, offset)
            guard offset < end else { break }
            let breaks: Bool
            switch origin {
            case .hard: breaks = true
            case .ours: breaks = !insideQuote(offset)
            case .icu: breaks = !insideQuote(offset) && icuCandidateBreaks(at: offset, segmentStart: segmentStart)
            }
            if breaks { keep(offset) }
        }
        return kept
    }

    /// Whether the line that ends before the line start `offset` ends in a connective ending.
    func lineRunsOn(before offset: Int) -> Bool {
        var wordEnd = offset
        while wordEnd > start, UTF16Class.isSpace(units[wordEnd - 1]) { wordEnd -= 1 }
        while wordEnd > start, Self.isDecoration(units[wordEnd - 1]) { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > start, UTF16Class.isHangul(units[wordStart - 1]) { wordStart -= 1 }
        return rules.endsInConnective(units, start: wordStart, end: wordEnd)
    }

    /// Laughter, tears and faces typed after a sentence: Hangul compatibility jamo (ㅋㅋ, ㅠㅠ),
    /// emoji (as UTF-16 surrogates, or the symbol blocks U+2600–U+27BF) and ^ ; ~ (^^, ;;, ~~).
    static func isDecoration(_ unit: UInt16) -> Bool {
        (0x3131...0x318E).contains(unit) || (0xD800...0xDFFF).contains(unit) || (0x2600...0x27BF).contains(unit)
            || unit == 0xFE0F || unit == 0x5E || unit == 0x3B || unit == 0x7E
    }

    /// A boundary moved past a token of decorations that follows a sentence's mark ("온대요. ㅠㅠ
    /// 이번 주…"): they belong to the sentence before.
    func afterDecorations(_ offset: Int) -> Int? {
        var after = offset
        while after < end, Self.isDecoration(units[after]) { after += 1 }
        guard after > offset, after < end, UTF16Class.isSpace(units[after]), units[offset] != 0x3B else { return nil }
        var before = offset
        while before > start, UTF16Class.isSpace(units[before - 1]) { before -= 1 }
        guard before > start, UTF16Class.isTerminator(units[before - 1]) || UTF16Class.isCloser(units[before - 1]) else { return nil }
        while after < end, UTF16Class.isSpace(units[after]) { after += 1 }
        return after < end ? after : nil
    }

    /// A boundary moved past a closing quote or bracket that French typography sets after a
    /// space ("…corde. » Le lendemain"): the closer ends the sentence before it. Only closers
    /// that never open (» ” › ) ] and their CJK kin) are moved over.
    func closingAfterSpace(_ offset: Int) -> Int {
        guard offset < end, Self.isUnambiguousCloser(units[offset]) else { return offset }
        var before = offset
        while before > start, UTF16Class.isSpace(units[before - 1]) { before -= 1 }
        guard before < offset, before > start, UTF16Class.isTerminator(units[before - 1]) else { return offset }
        var after = offset
        while after < end, Self.isUnambiguousCloser(units[after]) { after += 1 }
        guard after == end || UTF16Class.isSpace(units[after]) else { return offset }
        while after < end, UTF16Class.isSpace(units[after]) { after += 1 }
        return after
    }

    static func isUnambiguousCloser(_ unit: UInt16) -> Bool {
        UTF16Class.isCloser(unit) && unit != 0x22 && unit != 0x27 && unit != 0x2019
    }

    /// Whether `offset` lies inside a quotation; offsets must be asked in increasing order.
    private mutating func insideQuote(_ offset: Int) -> Bool {
        while quoteCursor < quoteSpans.count, quoteSpans[quoteCursor].1 < offset { quoteCursor += 1 }
        return quoteCursor < quoteSpans.count && quoteSpans[quoteCursor].0 < offset
    }

    /// Sorts the quotation spans and merges the nested and overlapping ones.
    private mutating func mergeQuoteSpans() {
        guard quoteSpans.count > 1 else { return }
        quoteSpans.sort { $0.0 < $1.0 }
        var merged: [(Int, Int)] = [quoteSpans[0]]
        for span in quoteSpans.dropFirst() {
            if span.0 <= merged[merged.count - 1].1 {
                merged[merged.count - 1].1 = max(merged[merged.count - 1].1, span.1)
            } else {
                merged.append(span)
            }
        }
        quoteSpans = merged
    }
}
