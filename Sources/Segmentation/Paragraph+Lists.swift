/// Enumerations: list items on their own lines, and inline lists whose items follow each other
/// ("1) … 2) …", "a. … b. …", "• … • …").
extension Paragraph {
    struct Enumerator {
        enum Label: Equatable { case number(Int), letter(UInt16), bullet(UInt16) }
        var label: Label
        var parenthesized: Bool
        /// What follows the label: ".", ")" or ".)" as UTF-16.
        var suffix: [UInt16]
    }

    /// The enumerator that opens the segment at `offset`, if any.
    func enumerator(at offset: Int) -> Enumerator? {
        var index = offset
        while index < end, UTF16Class.isSpace(units[index]) { index += 1 }
        guard index < end else { return nil }
        if UTF16Class.isBullet(units[index]) { return Enumerator(label: .bullet(units[index]), parenthesized: false, suffix: []) }
        return label(at: index)?.enumerator
    }

    /// A label such as "12.", "b)", "(3)", "1.)" at `index`, followed by white space.
    private func label(at index: Int) -> (enumerator: Enumerator, end: Int)? {
        var cursor = index
        let parenthesized = units[cursor] == 0x28
        if parenthesized { cursor += 1 }
        guard cursor < end else { return nil }
        let label: Enumerator.Label
        if UTF16Class.isDigit(units[cursor]) {
            var value = 0
            let digitsStart = cursor
            while cursor < end, UTF16Class.isDigit(units[cursor]), cursor - digitsStart < 3 {
                value = value * 10 + Int(units[cursor] - 0x30)
                cursor += 1
            }
            label = .number(value)
        } else if UTF16Class.isLetter(units[cursor]), cursor + 1 < end, !UTF16Class.isLetter(units[cursor + 1]) {
            label = .letter(units[cursor])
            cursor += 1
        } else {
            return nil
        }
        var suffix: [UInt16] = []
        while cursor < end, units[cursor] == 0x2E || units[cursor] == 0x29, suffix.count < 2 {
            suffix.append(units[cursor])
            cursor += 1
        }
        guard !suffix.isEmpty, !parenthesized || suffix == [0x29] else { return nil }
        guard cursor < end, UTF16Class.isSpace(units[cursor]) else { return nil }
        return (Enumerator(label: label, parenthesized: parenthesized, suffix: suffix), cursor)
    }

    /// The length of the list marker at the start of a line ("- ", "• ", "2. ", "(b) "), if any.
    func listMarkerLength(at offset: Int) -> Int? {
        let unit = units[offset]
        if UTF16Class.isBullet(unit) || ((unit == 0x2D || unit == 0x2A || unit == 0x2013 || unit == 0x2014)
            && offset + 1 < end && UTF16Class.isSpace(units[offset + 1])) {
            return 1
        }
        return label(at: offset).map { $0.end - offset }
    }

    /// Where the item after `current` starts, between `from` and `limit`: the next number or
    /// letter with the same punctuation, or the same bullet, after white space.
    func successor(of current: Enumerator, from: Int, before limit: Int) -> Int? {
        var index = max(from, start + 1)
        let limit = min(limit, end)
        while index < limit {
            defer { index += 1 }
            guard UTF16Class.isSpace(units[index - 1]) else { continue }
            switch current.label {
            case .bullet(let bullet):
                if units[index] == bullet { return index }
            case .number(let value):
                guard let (found, _) = label(at: index), found.label == .number(value + 1),
                      found.suffix == current.suffix, found.parenthesized == current.parenthesized else { continue }
                return index
            case .letter(let letter):
                guard let (found, _) = label(at: index), found.label == .letter(letter + 1),
                      found.suffix == current.suffix, found.parenthesized == current.parenthesized else { continue }
                return index
            }
        }
        return nil
    }
}
