/// `SegmentationRules` turned into tables the hot loops can query straight from UTF-16 text.
final class CompiledRules: Sendable {
    let abbreviations: WordTable<SegmentationRules.AbbreviationKind>
    /// Lower-case entries, matched with a capital too ("Vol." at a sentence start).
    let capitalizedAbbreviations: WordTable<SegmentationRules.AbbreviationKind>
    let starters: WordTable<Bool>
    let months: WordTable<Bool>
    let continuations: WordTable<Bool>
    /// Word starts that carry a clause on (`SegmentationRules.continuationStarts`), as UTF-16.
    let continuationStarts: [[UInt16]]
    let prepositions: WordTable<Bool>
    let ordinalOpeners: WordTable<Bool>
    let ordinalDot: Bool
    let capitalizesNouns: Bool
    let endings: [KoreanEnding]
    /// For each Hangul syllable, which bucket of `endingBuckets` holds the endings that end with
    /// it (-1: none): a cheap first test at every space in Korean text, then only a few endings.
    let endingBucketOfLastUnit: [Int16]
    let endingBuckets: [[KoreanEnding]]
    let connectives: [KoreanEnding]
    let ellipsisIsOmission: Bool

    init(_ rules: SegmentationRules) {
        abbreviations = WordTable(rules.abbreviations.map { ($0.key, $0.value) })
        capitalizedAbbreviations = WordTable(rules.abbreviations.filter { $0.key.first?.isLowercase == true }.map { ($0.key, $0.value) },
                                             folding: .first)
        starters = WordTable(rules.starters.map { ($0, true) })
        months = WordTable(rules.months.map { ($0, true) }, folding: .all)
        continuations = WordTable(rules.continuations.map { ($0, true) })
        continuationStarts = rules.continuationStarts.map { Array($0.utf16) }
        prepositions = WordTable(rules.prepositions.map { ($0, true) }, folding: .all)
        ordinalOpeners = WordTable(rules.ordinalOpeners.map { ($0, true) }, folding: .all)
        ordinalDot = rules.ordinalDot
        capitalizesNouns = rules.capitalizesNouns
        endings = rules.endings
        connectives = rules.connectives
        var bucketOf = [Int16](repeating: -1, count: 0xD7A4 - 0xAC00)
        var buckets: [[KoreanEnding]] = []
        for ending in rules.endings {
            guard let unit = ending.suffix.last else { continue }
            let slot = Int(unit) - 0xAC00
            if bucketOf[slot] < 0 {
                bucketOf[slot] = Int16(buckets.count)
                buckets.append([])
            }
            buckets[Int(bucketOf[slot])].append(ending)
        }
        endingBucketOfLastUnit = bucketOf
        endingBuckets = buckets
        ellipsisIsOmission = rules.ellipsisIsOmission
    }

    var endsAfterVerbEndings: Bool { !endings.isEmpty }

    /// Whether the word at units[range] carries the clause before it on: a listed continuation,
    /// or a word that starts with a listed start.
    func continuesClause(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        if continuations.contains(units, range) { return true }
        return continuationStarts.contains { start in
            start.count <= range.count && start.indices.allSatisfy { units[range.lowerBound + $0] == start[$0] }
        }
    }

    @inline(__always) func mayEndKoreanWord(_ unit: UInt16) -> Bool {
        UTF16Class.isHangul(unit) && endingBucketOfLastUnit[Int(unit) - 0xAC00] >= 0
    }

    func abbreviation(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> SegmentationRules.AbbreviationKind? {
        if let kind = abbreviations.value(units, range) { return kind }
        guard !range.isEmpty, UTF16Class.isUpper(units[range.lowerBound]) else { return nil }
        return capitalizedAbbreviations.value(units, range)
    }

    func abbreviation(_ word: [UInt16]) -> SegmentationRules.AbbreviationKind? {
        word.withUnsafeBufferPointer { abbreviation($0, 0..<$0.count) }
    }

    /// Whether the word `units[start..<end]` ends in a connective ending (the clause goes on).
    func endsInConnective(_ units: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        end > start && connectives.contains { $0.matches(units, start: start, end: end) }
    }

    func endsKoreanSentence(_ units: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        guard end > start, UTF16Class.isHangul(units[end - 1]) else { return false }
        let bucket = endingBucketOfLastUnit[Int(units[end - 1]) - 0xAC00]
        return bucket >= 0 && endingBuckets[Int(bucket)].contains { $0.matches(units, start: start, end: end) }
    }
}
