public import CorpusModel
import LanguageProfiles
import Synchronization
import TextBytes

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
        anchorCache = AnchorCache()
        entries.append((s, t))
        keys.append(conceptCount)
        conceptCount += 1
    }

    /// Adds one concept written in several forms on each side ("Berg|Berge" – "montagne|mont"):
    /// any source form meets any target form.
    public mutating func add(sourceForms: [String], targetForms: [String]) {
        guard let firstSource = sourceForms.first, let firstTarget = targetForms.first else { return }
        anchorCache = AnchorCache()
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

    /// Both sides' anchor sources, built on first use and shared by every copy of this dictionary
    /// (a seed lexicon's thousands of forms are indexed once per language pair); a change
    /// (`add`, `merged`) starts a new cache.
    func cachedAnchors() -> (source: DictionaryAnchors, target: DictionaryAnchors) {
        anchorCache.sources.withLock { sources in
            if let sources { return sources }
            let made = (anchors(side: .source), anchors(side: .target))
            sources = made
            return made
        }
    }

    final class AnchorCache: Sendable {
        let sources = Mutex<(source: DictionaryAnchors, target: DictionaryAnchors)?>(nil)
    }
    private var anchorCache = AnchorCache()

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
        merged.anchorCache = AnchorCache()
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
///
/// Words are compared as lower-case Unicode scalars, looked up by the FNV-1a hash of each prefix a
/// token may stand for (the token, and the token less an ending of up to `endingLength` letters),
/// so a sentence's words are matched without building a string per word or per form.
public struct DictionaryAnchors: AnchorSource {
    struct Entry {
        let key: Int
        let first: [UInt32]
        let rest: [[UInt32]]
    }
    let kind: AnchorKind
    /// Entries by the hash of their first word.
    let index: [UInt64: [Entry]]

    /// `keys`: each entry's anchor key (entries of one concept share one); by default its number.
    init(entries: [[String]], keys: [Int]? = nil, kind: AnchorKind) {
        var index: [UInt64: [Entry]] = [:]
        for (number, words) in entries.enumerated() {
            let scalars = words.map { Self.scalars($0[...]) }
            index[Self.hash(scalars[0][...]), default: []].append(Entry(key: keys?[number] ?? number, first: scalars[0], rest: Array(scalars.dropFirst())))
        }
        self.index = index
        self.kind = kind
    }

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        guard !index.isEmpty else { return [] }
        let tokens = words(of: sentence).map(Self.scalars)
        guard !tokens.isEmpty else { return [] }
        var found = Set<Int>()
        for token in tokens {
            // The prefixes a token may stand for: itself, and itself less up to `endingLength`
            // letters while three remain (one, for a Hangul word: its particles go).
            let shortest = token.count <= 1 ? token.count
                : max(token.count - BilingualDictionary.endingLength, Self.isHangul(token[0]) ? 1 : min(3, token.count))
            var h = FNV1a.offset
            for (length, scalar) in token.enumerated() {
                h = FNV1a.add(h, scalar)
                guard length + 1 >= shortest, let candidates = index[h] else { continue }
                for candidate in candidates where !found.contains(candidate.key) && candidate.first.elementsEqual(token[..<(length + 1)]) {
                    if candidate.rest.allSatisfy({ word in tokens.contains { Self.matches($0, word) } }) { found.insert(candidate.key) }
                }
            }
        }
        return found.sorted().map { Anchor(kind: kind, key: String($0)) }
    }

    static func scalars(_ word: Substring) -> [UInt32] { word.unicodeScalars.map(\.lowercased) }

    static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 { scalars.reduce(FNV1a.offset) { FNV1a.add($0, $1) } }

    static func isHangul(_ scalar: UInt32) -> Bool { (0xAC00...0xD7A3).contains(scalar) }

    /// A token matches a word that is itself, or (three letters or more) its start with an ending
    /// of up to `endingLength` letters.
    static func matches(_ token: [UInt32], _ word: [UInt32]) -> Bool {
        token == word || (word.count >= 3 && token.count >= word.count && token.count - word.count <= BilingualDictionary.endingLength
                          && token.starts(with: word))
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
