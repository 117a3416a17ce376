/// `SegmentationRules` turned into tables the hot loops can query straight from UTF-16 text.
final class CompiledRules: Sendable {
    let abbreviations: WordTable<SegmentationRules.AbbreviationKind>
    /// Lower-case entries, matched with a capital too ("Vol." at a sentence start).
    let capitalizedAbbreviations: WordTable<SegmentationRules.AbbreviationKind>
    let starters: WordTable<Bool>
    let months: WordTable<Bool>
    let continuations: WordTable<Bool>
    let prepositions: WordTable<Bool>
    let endings: [KoreanEnding]
    /// The last syllables of the endings: a cheap first test at every space in Korean text.
    let endingLastUnits: [Bool]
    let ellipsisIsOmission: Bool

    init(_ rules: SegmentationRules) {
        abbreviations = WordTable(rules.abbreviations.map { ($0.key, $0.value) })
        capitalizedAbbreviations = WordTable(rules.abbreviations.filter { $0.key.first?.isLowercase == true }.map { ($0.key, $0.value) },
                                             folding: .first)
        starters = WordTable(rules.starters.map { ($0, true) })
        months = WordTable(rules.months.map { ($0, true) }, folding: .all)
        continuations = WordTable(rules.continuations.map { ($0, true) })
        prepositions = WordTable(rules.prepositions.map { ($0, true) }, folding: .all)
        endings = rules.endings
        var last = [Bool](repeating: false, count: 0xD7A4 - 0xAC00)
        for ending in rules.endings { if let unit = ending.suffix.last { last[Int(unit) - 0xAC00] = true } }
        endingLastUnits = last
        ellipsisIsOmission = rules.ellipsisIsOmission
    }

    var isKorean: Bool { !endings.isEmpty }

    @inline(__always) func mayEndKoreanWord(_ unit: UInt16) -> Bool {
        UTF16Class.isHangul(unit) && endingLastUnits[Int(unit) - 0xAC00]
    }

    func abbreviation(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> SegmentationRules.AbbreviationKind? {
        if let kind = abbreviations.value(units, range) { return kind }
        guard !range.isEmpty, UTF16Class.isUpper(units[range.lowerBound]) else { return nil }
        return capitalizedAbbreviations.value(units, range)
    }

    func abbreviation(_ word: [UInt16]) -> SegmentationRules.AbbreviationKind? {
        word.withUnsafeBufferPointer { abbreviation($0, 0..<$0.count) }
    }

    func endsKoreanSentence(_ units: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        endings.contains { $0.matches(units, start: start, end: end) }
    }
}
