import CorpusModel
import LanguageProfiles
import Synchronization
import TextBytes

/// A language's month names, scale words and decimal mark (from its `LanguageProfile`), as the
/// tables `NumberAnchors` reads on every word: FNV-1a hashes instead of strings, so that most
/// words cost a comparison of their first scalar.
struct DateWords: Sendable {
    /// First scalars a month word may start with, as written (a capitalized form only so, a
    /// lower-case form in either case).
    var initials: [UInt32] = []
    /// Lower-case names ("мая"), by the hash of the word in lower case.
    var anyCase: [(hash: UInt64, month: Int)] = []
    /// Capitalized names ("May") and abbreviations ("Aug", "сент"), by the hash of the word as written.
    var exact: [(hash: UInt64, month: Int)] = []
    /// Stems ("januar…"), by the hash of the first five letters in lower case.
    var stems: [(hash: UInt64, month: Int)] = []
    var monthSuffix: String?
    var decimalMark: Character?
    /// Scale words (lower case) and their factors.
    var scales: [String: Double] = [:]
    /// First scalars of the scale words (both cases).
    var scaleInitials: Set<Unicode.Scalar> = []

    /// Longest word taken for a month (a stem's word is at most eleven letters).
    static let longestMonth = 11
    static let stemLength = 5
    /// The month anchors' key lists, 1 to 12 (shared by every anchor).
    static let monthKeys: [[UInt64]] = (1...12).map { [AnchorKey.hash(String($0))] }

    init() {}

    init(profile: LanguageProfile) {
        var initials: Set<UInt32> = []
        func noteInitial(_ form: String, anyCase: Bool) {
            guard let first = form.unicodeScalars.first else { return }
            initials.insert(first.value)
            if anyCase { initials.insert(first.lowercased); initials.insert(Self.uppercased(first)) }
        }
        for month in profile.months {
            for name in month.names {
                if name.first?.isUppercase == true {
                    exact.append((FNV1a.hash(name), month.number))
                    noteInitial(name, anyCase: false)
                } else {
                    anyCase.append((Self.lowercaseHash(name.unicodeScalars), month.number))
                    noteInitial(name, anyCase: true)
                }
            }
            for abbreviation in month.abbreviations {
                exact.append((FNV1a.hash(abbreviation), month.number))
                noteInitial(abbreviation, anyCase: false)
            }
            for stem in month.stems {
                stems.append((Self.lowercaseHash(stem.unicodeScalars.prefix(Self.stemLength)), month.number))
                noteInitial(stem, anyCase: stem.first?.isUppercase != true)
            }
        }
        self.initials = initials.sorted()
        monthSuffix = profile.monthSuffix
        decimalMark = profile.decimalMark
        for (word, factor) in profile.scales {
            scales[word] = factor
            if let first = word.unicodeScalars.first {
                scaleInitials.insert(first)
                if let upper = Unicode.Scalar(Self.uppercased(first)) { scaleInitials.insert(upper) }
            }
        }
    }

    /// The tables of `language`'s profile; empty for a language without one (numbers still meet).
    static func of(_ language: LanguageTag) -> DateWords {
        let code = String(language.language)
        if let known = cache.withLock({ $0[code] }) { return known }
        let words = LanguageProfiles.profile(code: code).map(DateWords.init(profile:)) ?? DateWords()
        cache.withLock { $0[code] = words }
        return words
    }

    private static let cache = Mutex<[String: DateWords]>([:])

    /// The month a word names (1–12), or nil.
    func month(_ bytes: UnsafeBufferPointer<UInt8>, _ word: WordSpan) -> Int? {
        if !exact.isEmpty, let month = Self.month(UTF8Bytes.hash(bytes, word.start, word.end), in: exact) { return month }
        var h = FNV1a.offset, prefix = FNV1a.offset, count = 0
        var index = word.start
        while index < word.end {
            let (value, length) = UTF8Bytes.scalar(bytes, at: index)
            h = FNV1a.add(h, Unicode.Scalar(value)?.lowercased ?? value)
            count += 1
            if count == Self.stemLength { prefix = h }
            index += length
        }
        if let month = Self.month(h, in: anyCase) { return month }
        guard count >= Self.stemLength else { return nil }
        return Self.month(prefix, in: stems)
    }

    /// A handful of entries each, searched in order (hashing a UInt64 key for a Dictionary cost
    /// more, for most words).
    static func month(_ hash: UInt64, in table: [(hash: UInt64, month: Int)]) -> Int? {
        for entry in table where entry.hash == hash { return entry.month }
        return nil
    }

    static func lowercaseHash(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
        scalars.reduce(FNV1a.offset) { FNV1a.add($0, $1.lowercased) }
    }

    static func uppercased(_ scalar: Unicode.Scalar) -> UInt32 {
        scalar.properties.uppercaseMapping.unicodeScalars.first?.value ?? scalar.value
    }

    /// "10 млрд", "10 billion", "100억", "3,5 Millionen": the number times its scale word, so
    /// that the languages' different units meet (100억 = 10 млрд = 10 billion).
    func scaled(_ number: String, in text: Substring, from start: String.Index) -> (String, String.Index)? {
        var index = start
        while index < text.endIndex, text[index] == " " || text[index] == "\u{00A0}" { index = text.index(after: index) }
        // Most numbers are followed by other words: their first scalar rules them out.
        guard index < text.endIndex, let first = text.unicodeScalars[index...].first, scaleInitials.contains(first) else { return nil }
        var end = index
        if first.isHangulSyllable {
            end = text.index(after: index)  // Korean: the unit syllable right after the digits
        } else {
            while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
        }
        let word = text[index..<end].lowercased()
        guard !word.isEmpty, let value = Double(number),
              let scale = scales[word] ?? [7, 6, 5, 4, 3].lazy.compactMap({ word.count > $0 ? scales[String(word.prefix($0))] : nil }).first
        else { return nil }
        let product = (value * scale).rounded()
        guard product < 1e18 else { return nil }
        return (String(Int(product)), end)
    }
}
