/// One paragraph under the rules: the (line-break-masked) UTF-16 text, its bounds, and what a
/// pre-pass found in it. Offsets are absolute positions in `units`.
struct Paragraph {
    let units: UnsafeBufferPointer<UInt16>
    let start: Int
    let end: Int
    let rules: SegmentationRules
    let koreanEndingLastUnits: Set<UInt16>
    /// Korean quotations (open, close) inside which no sentence ends.
    var quoteSpans: [(Int, Int)] = []

    init(units: UnsafeBufferPointer<UInt16>, start: Int, end: Int, rules: SegmentationRules,
         koreanEndingLastUnits: Set<UInt16>) {
        self.units = units
        self.start = start
        self.end = end
        self.rules = rules
        self.koreanEndingLastUnits = koreanEndingLastUnits
    }

    enum Origin: UInt8 { case icu, ours, hard }

    /// The kept boundaries strictly inside the paragraph, increasing.
    mutating func decide(icuCandidates: [Int], lineStarts: [Int]) -> [Int] {
        let scan = prepass()
        // Line starts: a list item always starts a sentence; so does every line of a block that has
        // no sentence punctuation at all (a list, a table, headings).
        let hard = lineStarts.filter { !scan.hasTerminator || listMarkerLength(at: $0) != nil }
        let candidates = merge(icuCandidates, scan.candidates, hard)

        var kept: [Int] = []
        var segmentStart = start
        var enumerator = self.enumerator(at: start)
        var searchFrom = start
        func keep(_ offset: Int) {
            guard offset > segmentStart, offset < end else { return }
            kept.append(offset)
            segmentStart = offset
            enumerator = self.enumerator(at: offset)
            searchFrom = offset + 1
        }
        for (offset, origin) in candidates + [(end, .hard)] {
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

    /// Merges three increasing offset lists; on ties the stronger origin wins.
    private func merge(_ icu: [Int], _ ours: [Int], _ hard: [Int]) -> [(Int, Origin)] {
        if ours.isEmpty && hard.isEmpty { return icu.map { ($0, .icu) } }
        var all = icu.map { ($0, Origin.icu) } + ours.map { ($0, Origin.ours) } + hard.map { ($0, Origin.hard) }
        all.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.rawValue > $1.1.rawValue }
        var result: [(Int, Origin)] = []
        result.reserveCapacity(all.count)
        for item in all where result.last?.0 != item.0 { result.append(item) }
        return result
    }

    private func insideQuote(_ offset: Int) -> Bool {
        quoteSpans.contains { $0.0 < offset && offset <= $0.1 }
    }
}
