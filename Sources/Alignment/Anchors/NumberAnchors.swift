public import CorpusModel
import LanguageProfiles
import TextBytes

/// Numbers and dates, normalized so that the spellings of different languages meet:
/// 3,000 / 3 000 / 3000 / 3.000 / 1.000,5 → "3000" … "1000.5"; 3.5 / 3,5 → "3.5"; 5% → "5";
/// "August 24", "24 августа", "24. August", "24 août" and "8월 24일" → month "8" and number "24".
///
/// The month and scale words are the language profile's (`DateWords`). A separator that is the
/// language's decimal mark, last in the number, is its decimal point and the others group
/// thousands ("1.000,5", "1 000,5"); without a profile, a separator followed by exactly three
/// digits groups thousands and any other single separator is a decimal point.
public struct NumberAnchors: AnchorSource {
    public init() {}

    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        WordSpan.with(sentence) { bytes, words in
            var anchors: [Anchor] = []
            append(sentence, bytes, words: words, dates: DateWords.of(language), to: &anchors)
            return anchors
        }
    }

    /// The anchors of a sentence given its bytes and words (`WordSpan.scan`).
    func append(_ sentence: Substring, _ bytes: UnsafeBufferPointer<UInt8>, words: [WordSpan], dates: DateWords, to anchors: inout [Anchor]) {
        let utf8 = sentence.utf8
        var offset = 0
        while offset < bytes.count {
            // A digit is one ASCII byte, which no other scalar's bytes contain.
            guard bytes[offset] >= 0x30 && bytes[offset] <= 0x39 else {
                offset += 1
                continue
            }
            var (number, end) = Self.number(in: sentence, from: utf8.index(utf8.startIndex, offsetBy: offset), decimalMark: dates.decimalMark)
            var next = end
            if let (scaled, after) = dates.scaled(number, in: sentence, from: end) {
                number = scaled
                next = after
            }
            // "8월" (a month suffix) is August, not the number 8.
            if let suffix = dates.monthSuffix, sentence[end...].hasPrefix(suffix), let month = Int(number), (1...12).contains(month) {
                anchors.append(Anchor(kind: .month, keys: DateWords.monthKeys[month - 1]))
            } else {
                anchors.append(Anchor(kind: .number, key: number))
            }
            offset = utf8.distance(from: utf8.startIndex, to: next)
        }
        guard !dates.initials.isEmpty else { return }
        for word in words where (3...DateWords.longestMonth).contains(word.scalarCount) && dates.initials.contains(word.first.value) {
            if let month = dates.month(bytes, word) { anchors.append(Anchor(kind: .month, keys: DateWords.monthKeys[month - 1])) }
        }
    }

    /// Reads a number starting at `start`; returns its normalized form and where it ends.
    static func number(in text: Substring, from start: String.Index, decimalMark: Character? = nil) -> (String, String.Index) {
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
        if let decimalMark, groups.count >= 2, let read = Self.read(groups, separators, decimalMark: decimalMark) {
            return (read, index)
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

    /// A number read with the language's decimal mark: groups of three after the first, one
    /// kind of group separator, the mark only last ("1.000,5", "1 000 000", "3,5"); nil when the
    /// number does not read so (then the general rule reads it).
    static func read(_ groups: [Substring], _ separators: [Character], decimalMark: Character) -> String? {
        let hasFraction = separators.last == decimalMark
        let integerGroups = hasFraction ? groups.dropLast() : groups[...]
        let groupSeparators = hasFraction ? separators.dropLast() : separators[...]
        guard !groupSeparators.contains(decimalMark), Set(groupSeparators).count <= 1,
              integerGroups.dropFirst().allSatisfy({ $0.count == 3 }), integerGroups.count == 1 || integerGroups.first!.count <= 3
        else { return nil }
        let integer = Self.trimmed(Substring(integerGroups.joined()))
        guard hasFraction, var fraction = groups.last.map(String.init) else { return integer }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }

    static func trimmed(_ digits: Substring) -> String { Int(digits).map(String.init) ?? String(digits) }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
