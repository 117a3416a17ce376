public import CorpusModel

/// Writes TMX 1.4b, level 1 (plain text), streaming one `<tu>` at a time.
///
/// Every unit gets a `tuid` that hashes its languages and texts, so that re-importing the same
/// memory updates units instead of duplicating them; alignment evidence goes into `x-` props.
public final class TMXWriter: TranslationUnitWriter {
    public static let fileExtensions = ["tmx"]
    public static let mediaType = "application/x-tmx+xml"

    public struct Header: Sendable {
        /// The source language, or nil for `*all*` (n-way memories with no privileged language).
        public var sourceLanguage: LanguageTag?
        public var adminLanguage: LanguageTag = .english
        /// Creation time, seconds since 1970; fixed in tests for byte-stable output.
        public var creationDate: Int
        public var toolVersion: String

        public init(sourceLanguage: LanguageTag?, creationDate: Int, toolVersion: String) {
            self.sourceLanguage = sourceLanguage
            self.creationDate = creationDate
            self.toolVersion = toolVersion
        }
    }

    private let output: TextOutput
    private let header: Header
    public private(set) var report = ExportReport()
    private var seenIDs: Set<String> = []

    public init(output: TextOutput, header: Header) {
        self.output = output
        self.header = header
        let date = TMXDate.format(header.creationDate)
        output.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="Rosetta" creationtoolversion="\(escape(header.toolVersion))" \
            segtype="sentence" o-tmf="Rosetta" adminlang="\(header.adminLanguage)" \
            srclang="\(header.sourceLanguage?.identifier ?? "*all*")" datatype="plaintext" creationdate="\(date)"/>
              <body>

            """)
    }

    public func write(_ unit: TranslationUnit) {
        var variants: [(LanguageTag, String)] = []
        for variant in unit.variants {
            let text = segmentText(removeIllegalCharacters(variant.text))
            if !text.isEmpty { variants.append((variant.language, text)) }
        }
        let hasSource = header.sourceLanguage.map { source in variants.contains { $0.0 == source } } ?? true
        guard variants.count >= 2, hasSource else {
            report.oneSidedUnitsSkipped += 1
            return
        }
        let id = stableHash(variants.flatMap { [$0.0.identifier, $0.1] })
        // The same languages and texts again: TMX importers would store a duplicate.
        guard seenIDs.insert(id).inserted else { return }
        output.write("    <tu tuid=\"\(id)\">\n")
        if let score = unit.score { output.write("      <prop type=\"x-score\">\(formatScore(score))</prop>\n") }
        if let kind = unit.beadKind { output.write("      <prop type=\"x-bead\">\(escape(kind))</prop>\n") }
        if let document = unit.document {
            output.write("      <prop type=\"x-document\">\(escape(removeIllegalCharacters(document)))</prop>\n")
        }
        for (language, text) in variants {
            output.write("      <tuv xml:lang=\"\(language)\"><seg>\(escape(text))</seg></tuv>\n")
        }
        output.write("    </tu>\n")
        report.unitsWritten += 1
    }

    public func finish() {
        output.write("  </body>\n</tmx>\n")
        output.flush()
    }

    /// Drops the characters XML 1.0 cannot carry, counting them.
    private func removeIllegalCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: Self.isIllegal) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Self.isIllegal(scalar) { report.illegalCharactersRemoved += 1 } else { scalars.append(scalar) }
        }
        return String(scalars)
    }

    static func isIllegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}

/// XML escaping for text and attribute values.
func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        default: result.append(character)
        }
    }
    return result
}

/// TMX dates: `YYYYMMDDThhmmssZ`, UTC.
enum TMXDate {
    static func format(_ secondsSince1970: Int) -> String {
        let days = secondsSince1970.floorDivided(by: 86_400)
        let seconds = secondsSince1970 - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)\(two(month))\(two(day))T\(two(seconds / 3600))\(two(seconds / 60 % 60))\(two(seconds % 60))Z"
    }

    /// Proleptic Gregorian date of a day number (Howard Hinnant's days-from-civil, inverted).
    static func civilDate(daysSince1970: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = z.floorDivided(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
