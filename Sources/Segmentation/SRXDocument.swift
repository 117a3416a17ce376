public import CorpusModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
internal import ICUSupport

/// An SRX 2.0 rule file (Segmentation Rules eXchange, LISA/GALA): named sets of ordered break and
/// no-break rules, each a pair of ICU regular expressions (`beforebreak`, `afterbreak`), and a map
/// from language patterns to rule sets. Read with a SAX parser that never loads external entities.
///
/// Conformance: rules, language maps and `cascade` (default yes; SRX 1.0 files: no) are honoured;
/// `segmentsubflows`, `formathandle` and `includeStartingFormat`-style options concern inline
/// markup, which plain text does not have, and are ignored.
public struct SRXDocument: Sendable {
    public struct Rule: Sendable, Equatable {
        public var breaks: Bool
        public var before: String?
        public var after: String?
        /// Where the rule is written, for messages.
        public var line: Int
        public var column: Int
    }

    public struct LanguageMap: Sendable, Equatable {
        public var pattern: String
        public var ruleName: String
        public var line: Int
        public var column: Int
    }

    /// Where the rules came from (a path), for messages.
    public var file: String
    /// Whether every matching language map contributes rules (`cascade="yes"`) or only the first.
    public var cascade: Bool
    public var languageRules: [String: [Rule]]
    public var maps: [LanguageMap]

    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SegmentationError.unreadable(file: path, reason: "no such file, or not readable")
        }
        try self.init(data: data, file: path)
    }

    public init(data: Data, file: String) throws {
        let reader = SRXReader(file: file)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = reader
        let parsed = parser.parse()
        if let error = reader.error { throw error }
        guard parsed else {
            let reason = parser.parserError.map { Self.describe($0) } ?? "not well-formed XML"
            throw SegmentationError.malformedSRX(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        guard reader.sawRoot else {
            throw SegmentationError.malformedSRX(file: file, line: 1, column: 1, reason: "the root element must be <srx>")
        }
        self.file = file
        cascade = reader.cascade
        languageRules = reader.languageRules
        maps = reader.maps
        for map in maps where languageRules[map.ruleName] == nil {
            throw SegmentationError.invalidSRXRule(file: file, line: map.line, column: map.column,
                                                   reason: "languagemap names the rule set '\(map.ruleName)', which no <languagerule> defines")
        }
    }

    /// A few of libxml2's codes in words (XMLParser.ErrorCode numbers them the same way).
    static func describe(_ error: any Error) -> String {
        let code = (error as NSError).code
        let words: [Int: String] = [
            4: "the document is empty", 5: "the document ends too early", 9: "an invalid character",
            23: "a '<' inside an attribute value", 26: "an undeclared entity", 39: "an attribute without quotes",
            41: "an attribute without a value", 64: "an XML declaration where none may be",
            73: "'>' expected", 76: "an end tag that does not match its start tag", 77: "an end tag expected",
        ]
        return words[code].map { "\($0) (XML parser error \(code))" } ?? "XML parser error \(code)"
    }

    /// The rules that apply to `language`, in order (all matching maps when cascading), compiled.
    public func rules(for language: LanguageTag) throws -> SRXRuleSet {
        var selected: [Rule] = []
        for map in maps {
            let pattern: RegularExpression
            do { pattern = try RegularExpression(map.pattern) } catch {
                throw SegmentationError.invalidSRXRule(file: file, line: map.line, column: map.column, reason: "languagepattern: \(error)")
            }
            let matches = pattern.matchesWhole(language.identifier) || pattern.matchesWhole(language.identifier.uppercased())
                || pattern.matchesWhole(String(language.language))
            guard matches else { continue }
            selected += languageRules[map.ruleName] ?? []
            if !cascade { break }
        }
        return try SRXRuleSet(rules: selected, file: file)
    }
}

/// The SAX delegate that collects an SRX document.
private final class SRXReader: NSObject, XMLParserDelegate {
    let file: String
    var error: SegmentationError?
    var sawRoot = false
    var cascade = true
    var languageRules: [String: [SRXDocument.Rule]] = [:]
    var maps: [SRXDocument.LanguageMap] = []
    private var currentRuleSet: String?
    private var currentRule: SRXDocument.Rule?
    private var text: String?

    init(file: String) { self.file = file }

    private func fail(_ parser: XMLParser, _ reason: String) {
        if error == nil {
            error = .invalidSRXRule(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if !sawRoot {
            guard name == "srx" else { return fail(parser, "the root element is <\(name)>, expected <srx>") }
            sawRoot = true
            // SRX 1.0 had no cascading: only the first matching language map applies.
            if attributes["version"]?.hasPrefix("1.") == true { cascade = false }
            return
        }
        switch name {
        case "header":
            if let value = attributes["cascade"] { cascade = value.lowercased() != "no" }
        case "languagerule":
            guard let ruleName = attributes["languagerulename"] else {
                return fail(parser, "<languagerule> needs a languagerulename attribute")
            }
            currentRuleSet = ruleName
            languageRules[ruleName, default: []] = languageRules[ruleName] ?? []
        case "rule":
            guard currentRuleSet != nil else { return fail(parser, "<rule> outside <languagerule>") }
            let breaks = (attributes["break"] ?? "yes").lowercased()
            guard breaks == "yes" || breaks == "no" else { return fail(parser, "<rule break=\"\(breaks)\">: expected yes or no") }
            currentRule = .init(breaks: breaks == "yes", before: nil, after: nil, line: parser.lineNumber, column: parser.columnNumber)
        case "beforebreak", "afterbreak":
            guard currentRule != nil else { return fail(parser, "<\(name)> outside <rule>") }
            text = ""
        case "languagemap":
            guard let pattern = attributes["languagepattern"], let ruleName = attributes["languagerulename"] else {
                return fail(parser, "<languagemap> needs languagepattern and languagerulename attributes")
            }
            maps.append(.init(pattern: pattern, ruleName: ruleName, line: parser.lineNumber, column: parser.columnNumber))
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text?.append(string) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "beforebreak": currentRule?.before = text; text = nil
        case "afterbreak": currentRule?.after = text; text = nil
        case "rule":
            if let rule = currentRule, let set = currentRuleSet { languageRules[set, default: []].append(rule) }
            currentRule = nil
        case "languagerule": currentRuleSet = nil
        default: break
        }
    }

    // libxml2 may recover from some errors and still report success: any reported error counts.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if error == nil {
            error = .malformedSRX(file: file, line: parser.lineNumber, column: parser.columnNumber,
                                  reason: SRXDocument.describe(parseError))
        }
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {}

    // External entities are never loaded: a declaration of one is an error.
    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(parser, "external entity '\(name)' declared; SRX files must not load external entities")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail(parser, "external entity '\(name)' referenced; SRX files must not load external entities")
        return nil
    }
}
