@testable import Alignment
import Testing

/// The plain tables under the cost functions: key numbering and per-line scalars.
@Suite struct TableTests {
    @Test func internerNumbersKeysInOrderOfFirstSightThroughGrowth() {
        var interner = KeyInterner()
        // Keys that share low bits (FNV hashes are weak there), 0 among them, well past the
        // first table size.
        let keys: [UInt64] = (0..<5_000).map { UInt64($0) << 40 } + [0, 7, 7 << 40]
        var seen: [UInt64: UInt32] = [:]
        for (k, key) in keys.enumerated() {
            let id = interner.id(key)
            if let known = seen[key] { #expect(id == known, "key \(k) renumbered") } else {
                #expect(id == UInt32(seen.count))
                seen[key] = id
            }
        }
        #expect(interner.count == seen.count)
        for (key, id) in seen { #expect(interner.id(key) == id) }
    }

    @Test func lineScalarsDecodeEveryScriptAndCountLengthsWithoutSpaces() {
        let lines: [Substring] = ["Kim Jong Il", "Ким Чен Ир\u{00A0}сказал", "김정일 위원장은", "", "e\u{301} 🇰🇷 tab\there"]
        let decoded = LineScalars(lines)
        #expect(decoded.count == lines.count)
        for (k, line) in lines.enumerated() {
            #expect(Array(decoded[k]) == Array(line.unicodeScalars))
        }
        #expect(decoded.lengths() == [9, 14, 7, 0, 11])  // "e" + U+0301 count as two
    }

    @Test func glossesAfterAWordOfAnotherScriptAreNotCounted() {
        let lines: [Substring] = [
            "에어(Ayr) 승리",          // Latin after Hangul: 2 + 2
            "Трамп (Donald Trump) сказал",  // after Cyrillic, one space between: 5 + 6
            "방북(訪北) 이후",          // Hanja after Hangul: 2 + 2
            "Waters (D-Calif.) said",    // after a Latin word: counted, 6 + 10 + 4
            "6미터(18피트) 높이",        // a conversion, not a gloss: 3 + 6 + 2
            "서울(Seoul 北) 회담",       // two scripts inside: counted, 2 + 8 + 2
            "회담(Seoul",                // never closed: counted
        ]
        #expect(LineScalars(lines).lengths() == [4, 11, 4, 20, 11, 12, 8])
    }
}
