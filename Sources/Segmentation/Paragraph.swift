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
        // no sentence punctuation at all (a list, a table, headings).
        let hard = lineStarts.isEmpty ? [] : lineStarts.filter { !scan.hasTerminator || listMarkerLength(at: $0) != nil }
        let ours = scan.candidates

        var kept: [Int] = []
        var segmentStart = start
        var enumerator = self.enumerator(at: start)
        var searchFrom = start
        func keep(_ candidate: Int) {
            let offset = afterCitations(candidate) ?? closingAfterSpace(candidate)
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
