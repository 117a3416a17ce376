public import CorpusModel

/// Writes TMX 1.4b, level 1 (plain text), streaming one `<tu>` at a time.
///
/// Every unit gets a `tuid` that hashes its languages and texts (`UnitKey`), so that importing the
/// same memory again updates units instead of duplicating them; units of more than two languages
/// are written n-way (one `<tuv>` each); alignment evidence goes into `x-` props; each `<tu>`
/// carries the creation date. Text is cleaned (`SegmentCleaner`) and XML-escaped, so markup in a
/// sentence is written as text, never as elements. Memory does not grow with the number of units
/// (the duplicate filter is bounded, see `DuplicatePolicy`).
public final class TMXWriter: TranslationUnitWriter {
    public static let fileExtensions = ["tmx"]
    public static let mediaType = "application/x-tmx+xml"

    public struct Header: Sendable, Equatable {
        /// The source language, or nil for `*all*` (n-way memories with no privileged language).
        public var sourceLanguage: LanguageTag?
        public var adminLanguage: LanguageTag = .english
        /// Creation time, seconds since 1970; fixed in tests for byte-stable output.
        public var creationDate: Int
        public var toolVersion: String
        /// Props and notes for the header (a memory's own, kept through `tm` commands).
        public var metadata = TMXMetadata()
        /// `plaintext` for what Rosetta aligns; a memory converted with its inline markup keeps
        /// the data type it declared.
        public var dataType = "plaintext"

        public init(sourceLanguage: LanguageTag?, creationDate: Int, toolVersion: String) {
            self.sourceLanguage = sourceLanguage
            self.creationDate = creationDate
            self.toolVersion = toolVersion
        }
    }

    private let output: TextOutput
    private let header: Header
    private let date: String
    private var state: WriterState
    /// Units are assembled as bytes here and handed to `output` in large pieces.
    private var pending = PendingBytes()

    public var report: ExportReport { state.report }

    public init(output: TextOutput, header: Header, duplicates: DuplicatePolicy = .standard) {
        self.output = output
        self.header = header
        state = WriterState(duplicates)
        date = TMXDate.format(header.creationDate)
        output.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="Rosetta" creationtoolversion="\(escape(header.toolVersion))" \
            segtype="sentence" o-tmf="Rosetta" adminlang="\(header.adminLanguage)" \
            srclang="\(header.sourceLanguage?.identifier ?? "*all*")" datatype="\(escape(header.dataType))" creationdate="\(date)"
            """)
        let metadata = header.metadata
        output.write(metadata.notes.isEmpty && metadata.properties.isEmpty ? "/>\n" : ">\n" + Self.children(metadata, indent: "    ") + "  </header>\n")
        output.write("  <body>\n")
    }

    public func write(_ unit: TranslationUnit) {
        state.clean(unit)
        guard state.variants.count >= 2 else {
            state.counts.oneSidedUnitsSkipped += 1
            return
        }
        if let source = header.sourceLanguage, !state.variants.contains(where: { $0.language == source }) {
            state.counts.unitsWithoutSourceSkipped += 1
            return
        }
        let key = UnitKey(state.variants)
        // The same languages and texts again: TMX importers would store a duplicate.
        if state.isRepeat(key) { return }
        let kind = unit.beadKind.map { state.cleaner.clean($0) } ?? ""
        let document = unit.document.map { state.cleaner.clean($0) } ?? ""
        var variantDocuments: [LanguageTag: String] = [:]
        for variant in unit.variants {
            if let name = variant.document.map({ state.cleaner.clean($0) }), !name.isEmpty { variantDocuments[variant.language] = name }
        }
        if unit.metadata.isEmpty && unit.variants.allSatisfy({ $0.metadata.isEmpty && $0.markup == nil }) {
            Self.appendUnit(key: key, date: date, score: unit.score, kind: kind, document: document, variants: state.variants,
                            variantDocuments: variantDocuments, to: &pending)
        } else {
            appendUnitWithMetadata(unit, key: key, kind: kind, document: document, variantDocuments: variantDocuments)
        }
        pending.flushIfFull(to: output)
        state.counts.unitsWritten += 1
    }

    /// One `<tu>`, assembled with a single access to the buffer.
    private static func appendUnit(key: UnitKey, date: String, score: Double?, kind: String, document: String,
                                   variants: [(language: LanguageTag, text: String)], variantDocuments: [LanguageTag: String],
                                   to pending: inout PendingBytes) {
        pending.append("    <tu tuid=\"")
        key.appendHex(to: &pending.bytes)
        pending.append("\" creationdate=\"")
        pending.append(date)
        pending.append("\">\n")
        if let score {
            pending.append("      <prop type=\"x-score\">")
            pending.appendScore(score)
            pending.append("</prop>\n")
        }
        if !kind.isEmpty { pending.element("      <prop type=\"x-bead\">", kind, "</prop>\n") }
        if !document.isEmpty { pending.element("      <prop type=\"x-document\">", document, "</prop>\n") }
        for (language, text) in variants {
            pending.append("      <tuv xml:lang=\"")
            pending.append(language.identifier)
            if let name = variantDocuments[language] {
                // Per-language metadata: the document this version came from (TMX allows <prop> before <seg>).
                pending.element("\"><prop type=\"x-document\">", name, "</prop><seg>")
                pending.element("", text, "</seg></tuv>\n")
            } else {
                pending.element("\"><seg>", text, "</seg></tuv>\n")
            }
        }
        pending.append("    </tu>\n")
    }

    /// A `<tu>` with the metadata it was read with: its own `tuid`, dates and ids in place of the
    /// writer's, its props and notes, each variant's attributes, props, notes and inline markup.
    private func appendUnitWithMetadata(_ unit: TranslationUnit, key: UnitKey, kind: String, document: String, variantDocuments: [LanguageTag: String]) {
        // The unit's own attributes, with the writer's tuid and date where it has none, in TMX's
        // order (as the reader hands them back: write → read → write gives the same bytes).
        var attributes = Dictionary(unit.metadata.attributes.map { ($0.name, $0.value) }) { first, _ in first }
        if attributes["tuid"] == nil {
            var hex = PendingBytes()
            key.appendHex(to: &hex.bytes)
            attributes["tuid"] = String(decoding: hex.bytes, as: UTF8.self)
        }
        if attributes["creationdate"] == nil { attributes["creationdate"] = date }
        pending.append("    <tu")
        for attribute in TMXEventHandler.ordered(attributes) { appendAttribute(attribute) }
        pending.append(">\n")
        pending.append(Self.children(unit.metadata, indent: "      "))
        if let score = unit.score {
            pending.append("      <prop type=\"x-score\">")
            pending.appendScore(score)
            pending.append("</prop>\n")
        }
        if !kind.isEmpty { pending.element("      <prop type=\"x-bead\">", kind, "</prop>\n") }
        if !document.isEmpty { pending.element("      <prop type=\"x-document\">", document, "</prop>\n") }
        for (language, text) in state.variants {
            let original = unit.variants.first { $0.language == language }
            pending.append("      <tuv xml:lang=\"\(language.identifier)\"")
            for attribute in original?.metadata.attributes ?? [] { appendAttribute(attribute) }
            pending.append(">")
            if let original, !original.metadata.isEmpty { pending.append(Self.children(original.metadata, indent: "", separator: "")) }
            if let name = variantDocuments[language] { pending.element("<prop type=\"x-document\">", name, "</prop>") }
            if let markup = original?.markup {
                // Already TMX content; characters XML does not allow are still removed.
                pending.append("<seg>" + state.cleaner.clean(markup) + "</seg></tuv>\n")
            } else {
                pending.element("<seg>", text, "</seg></tuv>\n")
            }
        }
        pending.append("    </tu>\n")
    }

    private func appendAttribute(_ attribute: TMXMetadata.Attribute) {
        pending.append(" \(attribute.name)=\"")
        pending.appendEscaped(state.cleaner.clean(attribute.value))
        pending.append("\"")
    }

    /// `<note>`s then `<prop>`s, each at `indent` and followed by `separator`.
    static func children(_ metadata: TMXMetadata, indent: String, separator: String = "\n") -> String {
        var text = ""
        func language(_ code: String?) -> String { code.map { " xml:lang=\"\(escape($0))\"" } ?? "" }
        for note in metadata.notes { text += "\(indent)<note\(language(note.language))>\(escape(note.text))</note>\(separator)" }
        for property in metadata.properties {
            text += "\(indent)<prop type=\"\(escape(property.type))\"\(language(property.language))>\(escape(property.text))</prop>\(separator)"
        }
        return text
    }

    public func finish() {
        pending.append("  </body>\n</tmx>\n")
        pending.flush(to: output)
        output.flush()
    }
}

/// XML escaping for text and attribute values (`&`, `<`, `>`, `"`).
func escape(_ text: String) -> String {
    var pending = PendingBytes()
    pending.appendEscaped(text)
    return String(decoding: pending.bytes, as: UTF8.self)
}

/// A writer's output buffer: units are assembled as UTF-8 bytes (no intermediate strings) and
/// passed to the `TextOutput` in pieces of about 64 KB.
struct PendingBytes {
    var bytes: [UInt8] = []
    static let flushSize = 1 << 16

    init() { bytes.reserveCapacity(Self.flushSize + 4096) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `open`, the escaped `text`, `close`.
    mutating func element(_ open: String, _ text: String, _ close: String) {
        append(open)
        appendEscaped(text)
        append(close)
    }

    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            guard WordScan.containsXMLSpecial(source) else { return bytes.append(contentsOf: source) }
            var start = 0
            for (index, byte) in source.enumerated() {
                let replacement: StaticString
                switch byte {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                bytes.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    mutating func flushIfFull(to output: TextOutput) {
        if bytes.count >= Self.flushSize { flush(to: output) }
    }

    mutating func flush(to output: TextOutput) {
        guard !bytes.isEmpty else { return }
        output.write(utf8: bytes)
        bytes.removeAll(keepingCapacity: true)
    }
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

    /// Seconds since 1970 of `YYYYMMDDThhmmssZ` (the TMX form), or nil for anything else.
    static func parse(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        // Days from civil (Howard Hinnant), the inverse of `civilDate`.
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDivided(by: 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + hour * 3600 + minute * 60 + second
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
