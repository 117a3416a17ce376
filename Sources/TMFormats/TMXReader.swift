public import CorpusModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads TMX 1.1 to 1.4b, streaming, with Foundation's SAX-style `XMLParser` over an input
/// stream (libxml2's push parser fed in chunks): no DOM, memory flat in the file size.
///
/// Conformance: TMX level 1. Plain text is read exactly (entities and character references
/// resolved, CDATA kept). Inline markup of level 2 files is flattened: the native code inside
/// `<bpt>`, `<ept>`, `<it>`, `<ph>` and `<ut>` (and their `<sub>` flows) is dropped and counted,
/// and the text inside `<hi>` is kept. `xml:lang` (1.4) and `lang` (1.1–1.3) are both read;
/// codes are compared case-insensitively and `_` is accepted. The `x-score`, `x-bead` and
/// `x-document` props of a `<tu>` are read; other props, notes and attributes are ignored.
///
/// Safety: no DTD is loaded and no external entity is fetched (a DOCTYPE naming `tmx14.dtd`
/// parses offline); a DOCTYPE that declares entities is rejected before parsing.
///
/// Strict by default: the first fault throws, with line and column. `lenient` skips units with
/// unit-level faults (bad language, missing `<seg>`, bad score, …) and counts them; faults of the
/// XML itself always stop the reader.
public final class TMXReader: TranslationUnitReader {
    public static let fileExtensions = TMXWriter.fileExtensions

    private let input: TMInput
    private let lenient: Bool

    public init(input: TMInput, lenient: Bool = false) {
        self.input = input
        self.lenient = lenient
    }

    public func read(_ body: (TranslationUnit) throws -> Void) throws -> ReadReport {
        try parse(headerOnly: false, body)
    }

    /// Reads only as far as `<body>`: the version, source language and creation date, cheaply.
    public func header() throws -> ReadReport {
        try parse(headerOnly: true) { _ in }
    }

    private func parse(headerOnly: Bool, _ body: (TranslationUnit) throws -> Void) throws -> ReadReport {
        // The checks before the parser share one read of the file's start.
        let head = try input.head(65_536)
        try rejectEntityDeclarations(head)
        try rejectMisdeclaredEncoding(head)
        try rejectBrokenUTF16(head)
        let stream: InputStream
        switch input {
        case .file(let path):
            guard let fileStream = InputStream(fileAtPath: path), FileManager.default.isReadableFile(atPath: path) else {
                throw TMFormatError.unreadable(file: path, reason: "no such file or not readable")
            }
            stream = fileStream
        case .bytes(let bytes, _):
            stream = InputStream(data: Data(bytes))
        }
        return try withoutActuallyEscaping(body) { body in
            let handler = TMXEventHandler(file: input.name, lenient: lenient, body: body)
            handler.headerOnly = headerOnly
            let parser = XMLParser(stream: stream)
            parser.shouldProcessNamespaces = false
            parser.shouldResolveExternalEntities = false
            parser.externalEntityResolvingPolicy = .never
            parser.delegate = handler
            handler.parser = parser
            _ = parser.parse()
            _ = handler.position()  // where the parser stopped, for a truncated file
            handler.parser = nil
            if let error = handler.failure { throw diagnosed(error) }
            if !handler.finished {
                throw diagnosed(TMFormatError.truncated(file: input.name, line: handler.lastLine, column: handler.lastColumn))
            }
            return handler.report
        }
    }

    /// Entity declarations live in the DOCTYPE's internal subset, before the root element: look
    /// there (in the first 64 KB, UTF-8 or UTF-16) and refuse them, since they are how XML bombs
    /// and external fetches get in, and no TMX needs them. (XMLParser would leave an undeclared
    /// reference out silently, losing text.)
    private func rejectEntityDeclarations(_ head: [UInt8]) throws {
        let text = Self.decodeHead(head)
        let prolog = text.range(of: "<tmx").map { text[..<$0.lowerBound] } ?? text[...]
        guard let found = prolog.range(of: "<!ENTITY") else { return }
        var line = 1
        var column = 1
        for scalar in prolog[..<found.lowerBound].unicodeScalars {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        let name = prolog[found.upperBound...].drop { $0 == " " || $0 == "%" || $0 == "\t" || $0 == "\n" }
            .prefix { !$0.isWhitespace && $0 != ">" }
        throw TMFormatError.entityDeclaration(file: input.name, line: line, column: column, name: String(name))
    }

    /// What an XML error really is when the bytes say more than the parser: a binary file (a NUL
    /// byte in a file without a UTF-16 mark), or bytes that are not UTF-8 in a file that is
    /// meant to be (no UTF-16 mark; no declared encoding, or UTF-8). Read only on this error path.
    private func diagnosed(_ error: Error) -> Error {
        guard let fault = error as? TMFormatError else { return error }
        switch fault {
        case .malformedXML, .truncated: break
        default: return error
        }
        var bytes: [UInt8] = []
        try? input.forEachChunk { bytes.append(contentsOf: $0) }
        // UTF-16 (marked, or looking like it: '<' then NUL) is left to the parser's own message.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x3C, 0x00]) || bytes.starts(with: [0x00, 0x3C]) {
            return error
        }
        if let nul = bytes.prefix(65_536).firstIndex(of: 0) { return TMFormatError.binary(file: input.name, byteOffset: nul) }
        let declared = Self.declaredEncoding(Self.decodeHead(Array(bytes.prefix(512))))
        guard declared == nil || declared == "utf-8" || declared == "utf8" else { return error }
        do { _ = try TextDecoding.decodeUTF8(bytes, file: input.name) } catch let decoding {
            if case let .invalidUTF8(_, offset, line, column, _) = decoding {
                return TMFormatError.invalidUTF8(file: input.name, line: line, column: column, byteOffset: offset)
            }
        }
        return error
    }

    /// Declared encodings read without trouble (lower-cased).
    static let readableEncodings: Set<String> = {
        var names: Set<String> = ["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii", "latin1", "iso-latin-1",
                                  "koi8-r", "koi8-u", "euc-kr", "cp949", "euc-jp", "shift_jis", "gb2312", "gbk", "gb18030", "big5"]
        for k in 1...16 { names.insert("iso-8859-\(k)") }
        for k in 1250...1258 { names.insert("windows-\(k)"); names.insert("cp\(k)") }
        return names
    }()

    /// The encoding an XML declaration names, lower-cased; nil without one.
    static func declaredEncoding(_ head: String) -> String? {
        guard head.hasPrefix("<?xml") || head.dropFirst().hasPrefix("<?xml"), let end = head.range(of: "?>"),
              let attribute = head[..<end.lowerBound].range(of: "encoding") else { return nil }
        let rest = head[attribute.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
    }

    /// A file that declares a single-byte encoding (ISO-8859-1, windows-1252, …) but whose bytes
    /// are UTF-8 with letters beyond ASCII: read as declared, every such letter would turn into
    /// two (mojibake), without any error.
    private func rejectMisdeclaredEncoding(_ head: [UInt8]) throws {
        guard let declared = Self.declaredEncoding(Self.decodeHead(Array(head.prefix(512)))) else { return }
        // The XML parser (libxml2 2.9.14 through Foundation) crashes on some declarations
        // ("UTF_8", "UTF-32"): only the encodings known to read safely reach it.
        guard Self.readableEncodings.contains(declared) else { throw TMFormatError.unsupportedEncoding(file: input.name, declared: declared) }
        guard declared != "utf-8", declared != "utf8", !declared.hasPrefix("utf-16"), declared != "us-ascii", declared != "ascii" else { return }
        // Only then the whole file, in chunks: any byte over 0x7F, and every such byte in a valid
        // UTF-8 sequence.
        var beyondASCII = false, pending = 0, valid = true
        try input.forEachChunk { chunk in
            for byte in chunk where valid {
                if pending > 0 {
                    if byte & 0xC0 == 0x80 { pending -= 1 } else { valid = false }
                } else if byte >= 0x80 {
                    beyondASCII = true
                    switch byte {
                    case 0xC2...0xDF: pending = 1
                    case 0xE0...0xEF: pending = 2
                    case 0xF0...0xF4: pending = 3
                    default: valid = false
                    }
                }
            }
        }
        if beyondASCII && valid && pending == 0 { throw TMFormatError.misdeclaredEncoding(file: input.name, declared: declared) }
    }

    /// A UTF-16 file (by its byte-order mark) whose code units are not valid UTF-16: an unpaired
    /// surrogate, or an odd byte at the end. The XML parser crashes on the first (libxml2
    /// 2.9.14), so it never sees one.
    private func rejectBrokenUTF16(_ head: [UInt8]) throws {
        let little = head.starts(with: [0xFF, 0xFE]), big = head.starts(with: [0xFE, 0xFF])
        guard little || big else { return }
        var offset = 0, carry: UInt8?, highAt: Int? = nil
        func bad(_ at: Int) -> TMFormatError { .invalidUTF16(file: input.name, byteOffset: at) }
        var failure: TMFormatError?
        try input.forEachChunk { chunk in
            for byte in chunk where failure == nil {
                defer { offset += 1 }
                guard let first = carry else { carry = byte; continue }
                carry = nil
                let unit = little ? UInt16(first) | UInt16(byte) << 8 : UInt16(first) << 8 | UInt16(byte)
                let at = offset - 1
                switch unit {
                case 0xD800...0xDBFF:
                    if highAt != nil { failure = bad(highAt!) }
                    highAt = at
                case 0xDC00...0xDFFF:
                    if highAt == nil { failure = bad(at) }
                    highAt = nil
                default:
                    if let high = highAt { failure = bad(high) }
                    highAt = nil
                }
            }
        }
        if let failure { throw failure }
        if let high = highAt { throw bad(high) }
        if carry != nil { throw bad(offset - 1) }
    }

    /// Whether the file is UTF-16 (by its byte-order mark or its `<?` pattern): little-endian
    /// true, big-endian false; nil for anything else.
    static func utf16LittleEndian(_ head: [UInt8]) -> Bool? {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return true }
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return false }
        return nil
    }

    /// The start of the file as text: UTF-16 (by its byte-order mark or its `<?` pattern) or UTF-8.
    static func decodeHead(_ head: [UInt8]) -> String {
        guard let littleEndian = utf16LittleEndian(head) else { return String(decoding: head, as: UTF8.self) }
        var units: [UInt16] = []
        units.reserveCapacity(head.count / 2)
        var index = 0
        while index + 1 < head.count {
            units.append(littleEndian ? UInt16(head[index]) | UInt16(head[index + 1]) << 8 : UInt16(head[index]) << 8 | UInt16(head[index + 1]))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}

/// The SAX event handler: a small state machine over the TMX element structure.
final class TMXEventHandler: NSObject, XMLParserDelegate {
    let file: String
    let lenient: Bool
    let body: (TranslationUnit) throws -> Void
    weak var parser: XMLParser?
    var report = ReadReport()
    var failure: Error?
    var finished = false
    /// Stop at `<body>` (`TMXReader.header()`).
    var headerOnly = false
    var lastLine = 1
    var lastColumn = 1

    /// Where the parser is in the TMX structure.
    private enum Place { case document, tmx, header, body, tu, tuv, seg, done }
    private var place = Place.document
    /// Depth of elements being skipped (header content, notes, props, native code in a seg).
    private var skipDepth = 0
    private var skippingCode = false
    private var hiDepth = 0

    // The unit being read.
    private var unit = TranslationUnit(variants: [])
    private var unitFault: TMFormatError?
    private var tuLine = 0
    private var tuColumn = 0
    private var propType: String?
    private var propText = ""
    private var propLanguage: String?
    /// A `<note>` being read, and its language.
    private var noteText: String?
    private var noteLanguage: String?
    /// The `<tuv>` being read: its attributes, props and notes.
    private var tuvMetadata = TMXMetadata()
    /// The segment as TMX content (inline elements kept, text escaped), whether it had any
    /// inline element, and how deep in native-code elements the text is.
    private var markup = ""
    private var segmentHasMarkup = false
    private var codeDepth = 0
    private var tuvLanguage: LanguageTag?
    private var tuvHasSegment = false
    /// The `x-document` prop of the `<tuv>` being read, for its variant.
    private var tuvDocument: String?
    private var tuvLine = 0
    private var tuvColumn = 0
    private var segment = ""
    /// Codes as spelled in the file → parsed tags; a memory uses a handful.
    private var languageCache: [String: LanguageTag] = [:]

    init(file: String, lenient: Bool, body: @escaping (TranslationUnit) throws -> Void) {
        self.file = file
        self.lenient = lenient
        self.body = body
    }

    func position() -> (Int, Int) {
        guard let parser else { return (lastLine, lastColumn) }
        lastLine = parser.lineNumber
        lastColumn = parser.columnNumber
        return (lastLine, lastColumn)
    }

    private func fail(_ error: Error) {
        guard failure == nil else { return }
        failure = error
        parser?.abortParsing()
    }

    /// A fault in the current unit: fatal when strict, the unit skipped when lenient.
    private func unitProblem(_ error: TMFormatError) {
        if lenient { if unitFault == nil { unitFault = error } } else { fail(error) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        guard failure == nil, !(headerOnly && finished) else { return }
        // The position costs two calls into libxml2: taken only where a unit starts or a fault is.
        var line: Int { position().0 }
        var column: Int { lastColumn }
        if skipDepth > 0 {
            skipDepth += 1
            if skippingCode { report.inlineCodesRemoved += Self.codeElements.contains(name) ? 1 : 0 }
            return
        }
        switch (place, name) {
        case (.document, "tmx"):
            let version = attributes["version"] ?? ""
            report.version = version
            guard Self.versions.contains(version) else {
                return fail(TMFormatError.unsupportedVersion(file: file, line: line, column: column, version: version))
            }
            place = .tmx
        case (.document, _):
            fail(TMFormatError.notTMX(file: file, line: line, column: column, root: name))
        case (.tmx, "header"):
            if let source = attributes["srclang"], source.lowercased() != "*all*" {
                report.sourceLanguage = try? LanguageTag(source)
            }
            report.creationDate = attributes["creationdate"].flatMap(TMXDate.parse)
            report.dataType = attributes["datatype"]
            place = .header
        case (.header, "prop"):
            propType = attributes["type"]
            propText = ""
            propLanguage = attributes["xml:lang"]
            skipDepth = 1
        case (.header, "note"):
            noteText = ""
            noteLanguage = attributes["xml:lang"]
            skipDepth = 1
        case (.header, _):
            skipDepth = 1  // user-defined encodings: not part of the units
        case (.tmx, "body"):
            place = .body
            if headerOnly {
                finished = true
                place = .done
                parser.abortParsing()
            }
        case (.body, "tu"):
            place = .tu
            unit = TranslationUnit(variants: [])
            unit.metadata.attributes = Self.ordered(attributes)
            unitFault = nil
            (tuLine, tuColumn) = position()
        case (.tu, "prop"), (.tuv, "prop"):
            propType = attributes["type"]
            propText = ""
            propLanguage = attributes["xml:lang"]
            skipDepth = 1
        case (.tu, "note"), (.tuv, "note"):
            noteText = ""
            noteLanguage = attributes["xml:lang"]
            skipDepth = 1
        case (.tu, "tuv"):
            place = .tuv
            tuvHasSegment = false
            tuvLanguage = nil
            tuvDocument = nil
            tuvMetadata = TMXMetadata(attributes: Self.ordered(attributes.filter { $0.key != "xml:lang" && $0.key != "lang" }))
            (tuvLine, tuvColumn) = position()
            guard let code = attributes["xml:lang"] ?? attributes["lang"] else {
                return unitProblem(.missingLanguage(file: file, line: tuvLine, column: tuvColumn))
            }
            guard let language = languageCache[code] ?? (try? LanguageTag(code)) else {
                return unitProblem(.badLanguage(file: file, line: tuvLine, column: tuvColumn, value: code))
            }
            if languageCache.count < 64 { languageCache[code] = language }
            if unit.variants.contains(where: { $0.language == language }) {
                return unitProblem(.repeatedLanguage(file: file, line: tuvLine, column: tuvColumn, language: language.identifier))
            }
            tuvLanguage = language
        case (.tuv, "seg"):
            place = .seg
            segment = ""
            hiDepth = 0
            markup = ""
            segmentHasMarkup = false
            codeDepth = 0
        case (.seg, _) where Self.codeElements.contains(name):
            // Native code: not text, but kept in the markup for a TMX output.
            report.inlineCodesRemoved += 1
            codeDepth += 1
            segmentHasMarkup = true
            appendStartTag(name, attributes)
        case (.seg, "hi"):
            hiDepth += 1
            segmentHasMarkup = true
            appendStartTag(name, attributes)
        default:
            let parent = switch place {
            case .document: "document"
            case .tmx: "tmx"
            case .header: "header"
            case .body: "body"
            case .tu: "tu"
            case .tuv: "tuv"
            case .seg: "seg"
            case .done: "end of document"
            }
            let error = TMFormatError.unexpectedElement(file: file, line: line, column: column, element: name, parent: parent)
            if [.tu, .tuv, .seg].contains(place) {
                unitProblem(error)
                skipDepth = 1
            } else {
                fail(error)
            }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil, place != .done || name == "tmx" else { return }
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 {
                skippingCode = false
                if name == "prop", let type = propType { readProp(type: type, text: propText, language: propLanguage) }
                if name == "note", let text = noteText { readNote(text, language: noteLanguage) }
                propType = nil
                noteText = nil
            }
            return
        }
        switch (place, name) {
        case (.seg, "hi"):
            hiDepth -= 1
            markup += "</hi>"
        case (.seg, _) where Self.codeElements.contains(name):
            codeDepth -= 1
            markup += "</\(name)>"
        case (.seg, "seg"):
            place = .tuv
            tuvHasSegment = true
            if let language = tuvLanguage {
                var variant = TranslationUnit.Variant(language: language, text: segment, document: tuvDocument)
                variant.metadata = tuvMetadata
                if segmentHasMarkup { variant.markup = markup }
                unit.variants.append(variant)
            }
        case (.tuv, "tuv"):
            place = .tu
            if !tuvHasSegment { unitProblem(.missingSegment(file: file, line: tuvLine, column: tuvColumn)) }
        case (.tu, "tu"):
            place = .body
            if let fault = unitFault {
                report.skip(fault)
            } else {
                report.unitsRead += 1
                do { try body(unit) } catch { fail(error) }
            }
        case (.header, "header"):
            place = .tmx
        case (.body, "body"):
            place = .tmx
        case (.tmx, "tmx"):
            place = .done
            finished = true
        default:
            break
        }
    }

    private func readProp(type: String, text: String, language: String?) {
        if place == .header {
            report.headerMetadata.properties.append(.init(type: type, text: text, language: language))
            return
        }
        if place == .tuv {
            if type == "x-document" { tuvDocument = text } else { tuvMetadata.properties.append(.init(type: type, text: text, language: language)) }
            return
        }
        switch type {
        case "x-score":
            guard let score = Double(text), score.isFinite, (0...1).contains(score) else {
                let (line, column) = position()
                return unitProblem(.badScore(file: file, line: line, column: column, value: text))
            }
            unit.score = score
        case "x-bead": unit.beadKind = text
        case "x-document": unit.document = text
        default: unit.metadata.properties.append(.init(type: type, text: text, language: language))
        }
    }

    private func readNote(_ text: String, language: String?) {
        let note = TMXMetadata.Note(text: text, language: language)
        switch place {
        case .header: report.headerMetadata.notes.append(note)
        case .tuv: tuvMetadata.notes.append(note)
        default: unit.metadata.notes.append(note)
        }
    }

    /// An inline element's start tag, attributes in name order (XMLParser hands them unordered).
    private func appendStartTag(_ name: String, _ attributes: [String: String]) {
        markup += "<" + name
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) { markup += " \(key)=\"\(escape(value))\"" }
        markup += ">"
    }

    /// TMX's own order for the attributes of `<tu>` and `<tuv>`, then the rest by name.
    static let attributeOrder = ["tuid", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
                                 "creationdate", "creationid", "changedate", "segtype", "changeid", "o-tmf", "srclang"]

    static func ordered(_ attributes: [String: String]) -> [TMXMetadata.Attribute] {
        attributes.sorted { a, b in
            let (x, y) = (attributeOrder.firstIndex(of: a.key) ?? Int.max, attributeOrder.firstIndex(of: b.key) ?? Int.max)
            return x != y ? x < y : a.key < b.key
        }.map { TMXMetadata.Attribute(name: $0.key, value: $0.value) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if place == .seg && skipDepth == 0 {
            if codeDepth == 0 { segment += string }
            markup += escape(string)
        } else if skipDepth == 1 && propType != nil {
            propText += string
        } else if skipDepth == 1 && noteText != nil {
            noteText! += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        if headerOnly && finished { return }  // our own abort
        let (line, column) = position()
        let code = (error as NSError).code
        // libxml2 reports the end of a cut-off file as "document end" or "tag not finished".
        if (code == 5 || code == 77) && place != .done {
            return fail(TMFormatError.truncated(file: file, line: line, column: column))
        }
        fail(TMFormatError.malformedXML(file: file, line: line, column: column, reason: Self.reason(libxmlCode: code)))
    }

    /// Readable reasons for the libxml2 error codes (xmlParserErrors) XMLParser passes on.
    static func reason(libxmlCode code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "content after the root element"
        case 6, 7, 8: "a bad character reference"
        case 9: "a character XML 1.0 does not allow"
        case 23: "an entity reference without ';'"
        case 26, 27: "an undeclared entity (only &amp; &lt; &gt; &quot; &apos; exist in TMX)"
        case 38: "'<' inside an attribute value"
        case 39, 40, 41: "a malformed attribute"
        case 42: "an attribute given twice"
        case 64: "a malformed XML declaration"
        case 68: "a missing element name (a bare '<' or '&' in text?)"
        case 73: "'>' expected"
        case 76: "an end tag that does not match its start tag"
        case 77: "an unfinished tag"
        default: "a construct the XML parser cannot read"
        }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        let (line, column) = position()
        fail(TMFormatError.entityDeclaration(file: file, line: line, column: column, name: name))
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        let (line, column) = position()
        fail(TMFormatError.entityDeclaration(file: file, line: line, column: column, name: name))
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }

    static let codeElements: Set<String> = ["bpt", "ept", "it", "ph", "ut", "sub"]
    static let versions: Set<String> = ["1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b"]
}
