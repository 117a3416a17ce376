public import CorpusModel
import LanguageProfiles
import Synchronization

/// A bilingual word list: from a file (`--dict`, one `source<TAB>target` pair a line), or learned
/// from the confident beads of a first pass (as hunalign's realign does).
///
/// Words match inflected forms: an entry word of three letters or more matches any word that
/// starts with it and has at most `endingLength` more letters ("переговор" matches
/// "переговоров"), so that one entry covers the case endings of Russian and the particles of
/// Korean ("회담" matches "회담은").
public struct BilingualDictionary: Sendable {
    public private(set) var entries: [(source: [String], target: [String])] = []
    /// Each entry's anchor key: its own number, or its concept's (all forms of one concept meet).
    private(set) var keys: [Int] = []
    private var conceptCount = 0
    static let endingLength = 3

    public init() {}

    public mutating func add(source: String, target: String) {
        let s = words(of: source[...]).map { $0.lowercased() }, t = words(of: target[...]).map { $0.lowercased() }
        guard !s.isEmpty, !t.isEmpty else { return }
        entries.append((s, t))
        keys.append(conceptCount)
        conceptCount += 1
    }

    /// Adds one concept written in several forms on each side ("Berg|Berge" – "montagne|mont"):
    /// any source form meets any target form.
    public mutating func add(sourceForms: [String], targetForms: [String]) {
        guard let firstSource = sourceForms.first, let firstTarget = targetForms.first else { return }
        let key = conceptCount
        conceptCount += 1
        for form in sourceForms {
            let s = words(of: form[...]).map { $0.lowercased() }, t = words(of: firstTarget[...]).map { $0.lowercased() }
            guard !s.isEmpty, !t.isEmpty else { continue }
            entries.append((s, t))
            keys.append(key)
        }
        for form in targetForms.dropFirst() {
            let s = words(of: firstSource[...]).map { $0.lowercased() }, t = words(of: form[...]).map { $0.lowercased() }
            guard !s.isEmpty, !t.isEmpty else { continue }
            entries.append((s, t))
            keys.append(key)
        }
    }

    /// The seed dictionary of two languages: their profiles' lexicons joined on the concept
    /// (`LanguageProfile.lexicon`); nil when either has none or they share no concept.
    /// Made once per language pair: every aligner of the pair (one per story of a collection, one
    /// per thread of pairing) starts from it.
    public static func ofProfiles(_ source: LanguageTag, _ target: LanguageTag) -> BilingualDictionary? {
        let key = "\(source.language)-\(target.language)"
        if let known = seeds.withLock({ $0[key] }) { return known }
        let made = joiningLexicons(source, target)
        seeds.withLock { $0[key] = made }
        return made
    }

    private static let seeds = Mutex<[String: BilingualDictionary?]>([:])

    private static func joiningLexicons(_ source: LanguageTag, _ target: LanguageTag) -> BilingualDictionary? {
        guard let s = LanguageProfiles.profile(for: source), let t = LanguageProfiles.profile(for: target),
              !s.lexicon.isEmpty, !t.lexicon.isEmpty, s.code != t.code else { return nil }
        let targetForms = Dictionary(t.lexicon.map { ($0.concept, $0.forms) }, uniquingKeysWith: { $0 + $1 })
        var dictionary = BilingualDictionary()
        for (concept, forms) in s.lexicon {
            if let other = targetForms[concept] { dictionary.add(sourceForms: forms, targetForms: other) }
        }
        return dictionary.count > 0 ? dictionary : nil
    }

    /// This dictionary with another's entries after its own (their keys kept apart).
    public func merged(with other: BilingualDictionary) -> BilingualDictionary {
        var merged = self
        merged.entries += other.entries
        merged.keys += other.keys.map { $0 + conceptCount }
        merged.conceptCount += other.conceptCount
        return merged
    }

    public var count: Int { entries.count }

    /// Parses `source<TAB>target` lines; blank lines and `#` comments are skipped.
    public init(tsv text: String, file: String) throws(AlignmentError) {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].trimmingWhitespace().isEmpty, !fields[1].trimmingWhitespace().isEmpty else {
                throw .malformedDictionary(file: file, line: lineNumber, reason: "expected 'source<TAB>target', found \(fields.count) field\(fields.count == 1 ? "" : "s")")
            }
            add(source: String(fields[0].trimmingWhitespace()), target: String(fields[1].trimmingWhitespace()))
        }
    }

    /// The anchors this dictionary finds on one side: entry k present → key "k".
    public func anchors(side: Side) -> DictionaryAnchors {
        DictionaryAnchors(entries: entries.map { side == .source ? $0.source : $0.target }, keys: keys, kind: .dictionary)
    }

    public enum Side: Sendable { case source, target }
}

/// One side of a dictionary as an anchor source.
public struct DictionaryAnchors: AnchorSource {
    let kind: AnchorKind
    /// Entries by their first word.
    let index: [String: [(entry: Int, words: [String])]]

    /// `keys`: each entry's anchor key (entries of one concept share one); by default its number.
    init(entries: [[String]], keys: [Int]? = nil, kind: AnchorKind) {
        var index: [String: [(Int, [String])]] = [:]
        for (number, words) in entries.enumerated() { index[words[0], default: []].append((keys?[number] ?? number, words)) }
        self.index = index
        self.kind = kind
    }

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        guard !index.isEmpty else { return [] }
        let tokens = words(of: sentence).map { $0.lowercased() }
        guard !tokens.isEmpty else { return [] }
        var found = Set<Int>()
        for token in tokens {
            for form in Self.baseForms(token) {
                for candidate in index[form] ?? [] where !found.contains(candidate.entry) {
                    if candidate.words.dropFirst().allSatisfy({ w in tokens.contains { Self.matches($0, w) } }) {
                        found.insert(candidate.entry)
                    }
                }
            }
        }
        return found.sorted().map { Anchor(kind: kind, key: String($0)) }
    }

    /// The token and the forms it has without an ending of up to `endingLength` letters.
    static func baseForms(_ token: String) -> [String] {
        var forms = [token]
        var form = Substring(token)
        for _ in 0..<BilingualDictionary.endingLength {
            form = form.dropLast()
            if form.count < 3 && !(form.first?.isHangul ?? false && form.count >= 1) { break }
            if form.isEmpty { break }
            forms.append(String(form))
        }
        return forms
    }

    static func matches(_ token: String, _ word: String) -> Bool {
        token == word || (word.count >= 3 && token.hasPrefix(word) && token.count - word.count <= BilingualDictionary.endingLength)
    }
}

/// Errors of the Alignment module; each says where and what to do.
public enum AlignmentError: Error, Equatable, CustomStringConvertible {
    case malformedDictionary(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .malformedDictionary(file, line, reason): "\(file):\(line):1: bad dictionary line: \(reason) (one 'source<TAB>target' pair a line)"
        }
    }
}
