public import CorpusModel
import TextBytes

/// Numbers and dates, normalized so that the spellings of different languages meet:
/// 3,000 / 3 000 / 3000 / 3.000 → "3000"; 3.5 / 3,5 → "3.5"; 5% → "5"; "August 24",
/// "24 августа" and "8월 24일" → month "8" and number "24".
///
/// A group separator (comma, point, space, no-break space) followed by exactly three digits is a
/// thousands separator; any other single separator is a decimal point.
public struct NumberAnchors: AnchorSource {
    public init() {}

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        WordSpan.with(sentence) { bytes, words in
            var anchors: [Anchor] = []
            append(sentence, bytes, words: words, to: &anchors)
            return anchors
        }
    }

    /// The anchors of a sentence given its bytes and words (`WordSpan.scan`).
    func append(_ sentence: Substring, _ bytes: UnsafeBufferPointer<UInt8>, words: [WordSpan], to anchors: inout [Anchor]) {
        let utf8 = sentence.utf8
        var offset = 0
        while offset < bytes.count {
            // A digit is one ASCII byte, which no other scalar's bytes contain.
            guard bytes[offset] >= 0x30 && bytes[offset] <= 0x39 else {
                offset += 1
                continue
            }
            var (number, end) = Self.number(in: sentence, from: utf8.index(utf8.startIndex, offsetBy: offset))
            var next = end
            if let (scaled, after) = Self.scaled(number, in: sentence, from: end) {
                number = scaled
                next = after
            }
            // Korean months: "8월" is August, not the number 8.
            if sentence[end...].hasPrefix("월"), let month = Int(number), (1...12).contains(month) {
                anchors.append(Anchor(kind: .month, key: String(month)))
            } else {
                anchors.append(Anchor(kind: .number, key: number))
            }
            offset = utf8.distance(from: utf8.startIndex, to: next)
        }
        for word in words {
            // Month names start with a Latin capital or a Cyrillic letter.
            let first = word.first.value
            guard (0x41...0x5A).contains(first) || (0x400...0x4FF).contains(first), (3...10).contains(word.scalarCount) else { continue }
            guard Self.monthInitials.contains(word.first.lowercased) else { continue }
            if let month = Self.monthByHash(bytes, word) { anchors.append(Anchor(kind: .month, keys: Self.monthKeys[month - 1])) }
        }
    }

    /// Reads a number starting at `start`; returns its normalized form and where it ends.
    static func number(in text: Substring, from start: String.Index) -> (String, String.Index) {
        var groups: [Substring] = []
        var separators: [Character] = []
        var index = start
        while true {
            let groupStart = index
            while index < text.endIndex, text[index].isASCIIDigitCharacter { index = text.index(after: index) }
            groups.append(text[groupStart..<index])
            // A separator counts only when a digit follows it.
            guard index < text.endIndex, [",", ".", " ", "\u{00A0}", "\u{202F}"].contains(text[index]) else { break }
            let next = text.index(after: index)
            guard next < text.endIndex, text[next].isASCIIDigitCharacter else { break }
            separators.append(text[index])
            index = next
        }
        let thousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 } && groups[0].count <= 3
        if thousands {
            return (String(Int(groups.joined()).map(String.init) ?? groups.joined()), index)
        }
        // Spaces between numbers that are not thousands groups: keep only the first number.
        if separators.first == " " || separators.first == "\u{00A0}" || separators.first == "\u{202F}" {
            let end = text.index(start, offsetBy: groups[0].count)
            return (Self.trimmed(groups[0]), end)
        }
        if groups.count >= 2 {
            // A decimal: 3.5 or 3,5. Anything after a second separator starts a new number.
            let end = text.index(start, offsetBy: groups[0].count + 1 + groups[1].count)
            var fraction = String(groups[1])
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return (fraction.isEmpty ? Self.trimmed(groups[0]) : Self.trimmed(groups[0]) + "." + fraction, end)
        }
        return (Self.trimmed(groups[0]), index)
    }

    /// "10 млрд", "10 billion", "100억", "326만", "3.26 million": the number times its scale word,
    /// so that the languages' different units meet (100억 = 10 млрд = 10 billion).
    static func scaled(_ number: String, in text: Substring, from start: String.Index) -> (String, String.Index)? {
        var index = start
        while index < text.endIndex, text[index] == " " || text[index] == "\u{00A0}" { index = text.index(after: index) }
        // Every scale word starts with one of these (most numbers are followed by other words).
        guard index < text.endIndex, let first = text.unicodeScalars[index...].first,
              "tTmMbBтТмМ천만억조".unicodeScalars.contains(first) else { return nil }
        var end = index
        if index < text.endIndex, text[index].unicodeScalars.first.map({ (0xAC00...0xD7A3).contains($0.value) }) ?? false {
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

    /// Scale words and their stems: English, Russian (full and abbreviated), Korean.
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mln": 1e6,
        "thousan": 1e3, "trillio": 1e12,
        "тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллио": 1e6, "млрд": 1e9, "миллиа": 1e9, "трлн": 1e12, "трилл": 1e12,
        "천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12,
    ]

    static func trimmed(_ digits: Substring) -> String { Int(digits).map(String.init) ?? String(digits) }

    /// The month a word names (1–12), in English or Russian (any case form), or nil.
    static func month(_ word: Substring) -> Int? {
        if let month = exactMonths[String(word)] { return month }
        let lower = word.lowercased()
        guard lower.count >= 5 else { return nil }
        for (number, stems) in monthStems.enumerated() where stems.contains(where: { lower.hasPrefix($0) && lower.count <= $0.count + 4 }) {
            return number + 1
        }
        return nil
    }

    /// Short month names, matched exactly: English "May" and "March" only capitalized (as words
    /// they are a verb and a noun), Russian "март"/"май" in their case forms only ("Мартин").
    /// First letters of month names (lower case), to skip most words cheaply.
    /// (An array: a linear search of 17 beats hashing.)
    static let monthInitials: [UInt32] = "jfmasondяфмаисонд".unicodeScalars.map(\.value)
    /// The month anchors' key lists, 1 to 12 (shared by every anchor).
    static let monthKeys: [[UInt64]] = (1...12).map { [AnchorKey.hash(String($0))] }

    /// Hashes of the lower-cased short month forms (below five letters, which the stems skip):
    /// a hash lookup instead of building a lower-case string for every Russian word.
    static func monthByHash(_ bytes: UnsafeBufferPointer<UInt8>, _ word: WordSpan) -> Int? {
        var h = AnchorKey.offset, prefix = AnchorKey.offset, count = 0
        var index = word.start
        while index < word.end {
            let (value, length) = UTF8Bytes.scalar(bytes, at: index)
            h = AnchorKey.add(h, Unicode.Scalar(value)?.lowercased ?? value)
            count += 1
            if count == 5 { prefix = h }
            index += length
        }
        if let month = Self.month(h, in: monthForms) { return month }
        // Capitalized English forms (March, May, June, Aug), then the long names by their stems.
        if (0x41...0x5A).contains(word.first.value),
           let month = Self.month(UTF8Bytes.hash(bytes, word.start, word.end), in: exactCapitalizedMonths),
           exactMonths[String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)] == month {
            return month
        }
        if count < 5 { return nil }
        guard count <= 11, let month = Self.month(prefix, in: monthPrefixes) else { return nil }
        return month
    }

    /// The `exactMonths` that start with a Latin capital, by the hash of their bytes (most
    /// capitalized words are not months: no String is made for them).
    /// The month of a hash in one of the tables below: a handful of entries each, searched in
    /// order (hashing a UInt64 key for a Dictionary cost more, for most Russian words).
    static func month(_ hash: UInt64, in table: [(hash: UInt64, month: Int)]) -> Int? {
        for entry in table where entry.hash == hash { return entry.month }
        return nil
    }

    static let exactCapitalizedMonths: [(hash: UInt64, month: Int)] = {
        var months: [UInt64: Int] = [:]
        for (text, month) in exactMonths where text.unicodeScalars.first.map({ (0x41...0x5A).contains($0.value) }) == true {
            months[AnchorKey.hash(text)] = month
        }
        return months.map { ($0.key, $0.value) }
    }()

    /// Hashes of the first five letters of the long month names and stems.
    static let monthPrefixes: [(hash: UInt64, month: Int)] = {
        var prefixes: [UInt64: Int] = [:]
        for (number, stems) in monthStems.enumerated() {
            for stem in stems {
                var h = AnchorKey.offset
                for scalar in stem.unicodeScalars.prefix(5) { h = AnchorKey.add(h, scalar.lowercased) }
                prefixes[h] = number + 1
            }
        }
        return prefixes.map { ($0.key, $0.value) }
    }()

    static let monthForms: [(hash: UInt64, month: Int)] = {
        var forms: [UInt64: Int] = [:]
        for (text, month) in exactMonths where text.first?.isLowercase ?? false {
            var h = AnchorKey.offset
            for scalar in text.unicodeScalars { h = AnchorKey.add(h, scalar.lowercased) }
            forms[h] = month
        }
        return forms.map { ($0.key, $0.value) }
    }()

    static let exactMonths: [String: Int] = [
        "March": 3, "May": 5, "June": 6, "July": 7, "Jan": 1, "Feb": 2, "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
        "март": 3, "марта": 3, "марте": 3, "май": 5, "мая": 5, "мае": 5, "июнь": 6, "июня": 6, "июле": 7, "июль": 7, "июля": 7,
    ]

    /// Stems of the longer month names that no common word starts with.
    static let monthStems: [[String]] = [
        ["january", "январ"], ["february", "феврал"], [], ["april", "апрел"],
        [], [], [], ["august", "август"],
        ["september", "сентябр"], ["october", "октябр"], ["november", "ноябр"], ["december", "декабр"],
    ]
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
