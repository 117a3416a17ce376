/// Wire datelines: "SEOUL, Aug. 24 (Yonhap) --", "МОСКВА, 24 августа. /ИТАР-ТАСС/.",
/// "МОСКВА, 24 авг — РИА Новости." The dateline belongs to the sentence that follows it.
extension Paragraph {
    /// Whether `from..<to` (a segment so far) is nothing but a dateline: a place in capitals, then
    /// only dates (numbers, month names), an agency in brackets or slashes, or a dash and up to
    /// three capitalized words (the agency); with a date or an agency somewhere.
    func isDateline(from: Int, to: Int) -> Bool {
        guard to - from <= 4 * Self.longestWord else { return false }
        var index = from
        while index < to, UTF16Class.isSpace(units[index]) || UTF16Class.isBullet(units[index]) { index += 1 }
        guard to - index <= 100, to - index >= 4 else { return false }
        // The place: words in capitals ("УЛАН-УДЭ", "NEW YORK"), ending at a comma or before a bracket.
        var capitals = 0
        while index < to {
            let unit = units[index]
            if UTF16Class.isUpper(unit) { capitals += 1 } else if UTF16Class.isLower(unit) || UTF16Class.isDigit(unit) {
                return false
            } else if unit == 0x2C || unit == 0x28 || unit == 0x2F || UTF16Class.isDash(unit) && index + 1 < to && UTF16Class.isSpace(units[index + 1]) {
                break
            } else if !(unit == 0x2D || unit == 0x20 || unit == 0x2E || unit == 0x27) {
                return false
            }
            index += 1
        }
        guard capitals >= 2, index < to else { return false }
        if units[index] == 0x2C { index += 1 }
        var sawDateOrAgency = false
        var afterDash = false
        var agencyWords = 0
        while index < to {
            let unit = units[index]
            if UTF16Class.isSpace(unit) || unit == 0x2C || unit == 0x2E {
                index += 1
            } else if unit == 0x28 || unit == 0x2F {
                // An agency in brackets or slashes: (Yonhap), /ИТАР-ТАСС/.
                let closing: UInt16 = unit == 0x28 ? 0x29 : 0x2F
                var close = index + 1
                while close < to, units[close] != closing { close += 1 }
                // Unclosed at `to`: the segment so far ends inside the agency ("/Корр. ИТАР-ТАСС/").
                guard close - index <= 40 else { return false }
                sawDateOrAgency = true
                index = close + 1
            } else if UTF16Class.isDash(unit) {
                afterDash = true
                index += 1
            } else if UTF16Class.isDigit(unit) {
                while index < to, UTF16Class.isDigit(units[index]) { index += 1 }
                sawDateOrAgency = true
            } else if UTF16Class.isLetter(unit) {
                var wordEnd = index
                while wordEnd < to, UTF16Class.isLetter(units[wordEnd]) || units[wordEnd] == 0x2D { wordEnd += 1 }
                if rules.months.contains(units, index..<wordEnd) {
                    sawDateOrAgency = true
                } else if afterDash, UTF16Class.isUpper(unit), agencyWords < 3 {
                    agencyWords += 1
                    sawDateOrAgency = true
                } else {
                    return false
                }
                index = wordEnd
            } else {
                return false
            }
        }
        return sawDateOrAgency
    }
}
