/// Everything that can be wrong with a translation-memory file, with where it is.
///
/// Lines and columns are 1-based; TMX columns are the XML parser's, CSV columns count Unicode
/// scalars. Each case is its own kind of fault, so that tests (and callers) can tell them apart.
public enum TMFormatError: Error, Equatable, CustomStringConvertible {
    // Files
    case unreadable(file: String, reason: String)
    case unknownFormat(file: String)
    // TMX
    case malformedXML(file: String, line: Int, column: Int, reason: String)
    case notTMX(file: String, line: Int, column: Int, root: String)
    case unsupportedVersion(file: String, line: Int, column: Int, version: String)
    case entityDeclaration(file: String, line: Int, column: Int, name: String)
    case unexpectedElement(file: String, line: Int, column: Int, element: String, parent: String)
    case missingLanguage(file: String, line: Int, column: Int)
    case badLanguage(file: String, line: Int, column: Int, value: String)
    case repeatedLanguage(file: String, line: Int, column: Int, language: String)
    case missingSegment(file: String, line: Int, column: Int)
    case badScore(file: String, line: Int, column: Int, value: String)
    case truncated(file: String, line: Int, column: Int)
    // CSV / TSV
    case invalidUTF8(file: String, line: Int, column: Int, byteOffset: Int? = nil)
    case binary(file: String, byteOffset: Int)
    case invalidUTF16(file: String, byteOffset: Int)
    case unsupportedEncoding(file: String, declared: String)
    case misdeclaredEncoding(file: String, declared: String)
    case emptyFile(file: String)
    case badHeader(file: String, line: Int, column: Int, cell: String)
    case tooFewLanguages(file: String, line: Int, found: Int)
    case quoteInUnquotedField(file: String, line: Int, column: Int)
    case textAfterClosingQuote(file: String, line: Int, column: Int)
    case unterminatedQuote(file: String, line: Int, column: Int)
    case fieldCount(file: String, line: Int, expected: Int, found: Int)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): cannot read: \(reason)"
        case let .unknownFormat(file): "\(file): unknown memory format; name the file .tmx, .csv or .tsv (or pass --to)"
        case let .malformedXML(f, l, c, reason): "\(f):\(l):\(c): not well-formed XML: \(reason); fix the file or re-export it"
        case let .notTMX(f, l, c, root): "\(f):\(l):\(c): the root element is <\(root)>, not <tmx>: this is not a TMX file"
        case let .unsupportedVersion(f, l, c, v): "\(f):\(l):\(c): TMX version '\(v)' is not supported (expected 1.1 to 1.4)"
        case let .entityDeclaration(f, l, c, name): "\(f):\(l):\(c): the DOCTYPE declares entity '\(name)'; TMX files must not declare entities (they are never expanded here); remove the internal subset"
        case let .unexpectedElement(f, l, c, e, p): "\(f):\(l):\(c): <\(e)> is not allowed inside <\(p)> in TMX"
        case let .missingLanguage(f, l, c): "\(f):\(l):\(c): <tuv> has no xml:lang (or lang) attribute; add the language code"
        case let .badLanguage(f, l, c, v): "\(f):\(l):\(c): '\(v)' is not a BCP 47 language code (expected e.g. en, ru, ko, pt-BR)"
        case let .repeatedLanguage(f, l, c, lang): "\(f):\(l):\(c): the unit has two variants in '\(lang)'; keep one"
        case let .missingSegment(f, l, c): "\(f):\(l):\(c): <tuv> has no <seg>; every variant needs its text in <seg>"
        case let .badScore(f, l, c, v): "\(f):\(l):\(c): x-score '\(v)' is not a number between 0 and 1"
        case let .truncated(f, l, c): "\(f):\(l):\(c): the file ends inside an element; it is truncated"
        case let .invalidUTF8(f, l, c, offset): "\(f):\(l):\(c): invalid UTF-8\(offset.map { " (byte offset \($0))" } ?? ""); convert the file to UTF-8 (e.g. iconv -f CP1251 -t UTF-8)"
        case let .unsupportedEncoding(f, declared): "\(f): the XML declaration names encoding '\(declared)', which is not read here; convert the file to UTF-8 (e.g. iconv -t UTF-8) and declare encoding=\"UTF-8\""
        case let .invalidUTF16(f, offset): "\(f): invalid UTF-16 at byte offset \(offset) (an unpaired surrogate, or an odd last byte); re-export the file, or convert it to UTF-8"
        case let .binary(f, offset): "\(f): looks like a binary file (NUL byte at byte offset \(offset)), not a TMX memory"
        case let .misdeclaredEncoding(f, declared): "\(f): the XML declaration says encoding '\(declared)', but the bytes are UTF-8; read as declared, its letters would be garbled: change the declaration to UTF-8"
        case let .emptyFile(f): "\(f): empty file; expected a header row of language codes"
        case let .badHeader(f, l, c, cell): "\(f):\(l):\(c): header cell '\(cell)' is neither a BCP 47 language code nor a known column (x-score, x-bead, x-document, tuid, note, x-…)"
        case let .tooFewLanguages(f, l, n): "\(f):\(l): the header names \(n) language(s); a memory needs at least two"
        case let .quoteInUnquotedField(f, l, c): "\(f):\(l):\(c): a quote inside an unquoted field; quote the whole field and double the quote (\"\")"
        case let .textAfterClosingQuote(f, l, c): "\(f):\(l):\(c): text after a closing quote; double a quote inside a quoted field (\"\")"
        case let .unterminatedQuote(f, l, c): "\(f):\(l):\(c): a quoted field is never closed; the file may be truncated"
        case let .fieldCount(f, l, e, n): "\(f):\(l): \(n) field(s), but the header has \(e)"
        }
    }

    /// Faults confined to one unit, which `lenient` reading skips; the rest stop the reader.
    public var isUnitLevel: Bool {
        switch self {
        case .missingLanguage, .badLanguage, .repeatedLanguage, .missingSegment, .badScore, .fieldCount, .unexpectedElement: true
        default: false
        }
    }
}
