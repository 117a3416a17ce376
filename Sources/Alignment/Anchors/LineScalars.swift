import TextBytes
/// The lines of one side, decoded to Unicode scalars once, in one flat array: the length, line
/// end, stop and case tests of the cost functions read them by plain array index (walking a
/// Substring's scalar view validates every index, which cost more than the tests themselves).
struct LineScalars {
    private(set) var scalars: [Unicode.Scalar] = []
    /// Line k is scalars[starts[k]..<starts[k + 1]].
    private(set) var starts: [Int] = [0]

    init(_ lines: [Substring]) {
        scalars.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count })
        for line in lines {
            UTF8Bytes.with(line) { bytes in
                var index = 0
                while index < bytes.count {
                    let (value, size) = UTF8Bytes.scalar(bytes, at: index)
                    scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    index += size
                }
            }
            starts.append(scalars.count)
        }
    }

    var count: Int { starts.count - 1 }

    subscript(line: Int) -> ArraySlice<Unicode.Scalar> { scalars[starts[line]..<starts[line + 1]] }

    /// Per line, its length in scalars that are not white space (`isSpace`): Korean spaces words
    /// differently. A gloss after a word, in Latin letters after another script ("에어(Ayr)",
    /// "Трамп (Trump)") or in Hanja after Hangul ("방북(訪北)"), repeats that word for the reader
    /// and is not counted: one Korean line in seven of the development set has one, and
    /// Gale–Church lengths would read it as content (en-ko strict F1 0.970 -> 0.981).
    func lengths() -> [Int] {
        (0..<count).map { line in
            var length = 0, k = starts[line]
            let end = starts[line + 1]
            while k < end {
                if scalars[k] == "(", let close = Self.glossEnd(scalars, open: k, lineStart: starts[line], end: end) {
                    k = close + 1
                    continue
                }
                if !Self.isSpace(scalars[k]) { length += 1 }
                k += 1
            }
            return length
        }
    }

    /// Longest gloss looked for, in scalars between the brackets.
    static let longestGloss = 40

    /// Where the gloss opened at `open` closes: up to ")", letters of one script other than the
    /// word's before the bracket (one space between allowed), with spaces, digits and . , ' - &.
    static func glossEnd(_ scalars: [Unicode.Scalar], open: Int, lineStart: Int, end: Int) -> Int? {
        var before = open - 1
        if before >= lineStart, scalars[before] == " " { before -= 1 }
        guard before >= lineStart, scalars[before].value >= 0x250, scalars[before].properties.isAlphabetic else { return nil }
        // Latin after any other script; Hanja after Hangul.
        let hanAllowed = scalars[before].isHangulSyllable
        var k = open + 1, latin = 0, han = 0
        while k < end, k - open <= longestGloss {
            switch scalars[k].value {
            case 0x29: return (latin > 0) != (han > 0) ? k : nil
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF:
                guard hanAllowed else { return nil }
                han += 1
            case 0x20, 0x30...0x39, 0x2E, 0x2C, 0x27, 0x2D, 0x26, 0x2019: break
            default: return nil
            }
            k += 1
        }
        return nil
    }

    /// White space by table, no property lookup (this runs for every character of both texts).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
