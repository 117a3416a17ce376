import CorpusModel

extension PendingBytes {
    /// Appends what `formatScore` (CorpusModel) returns, four decimals, without building strings.
    mutating func appendScore(_ value: Double) {
        let scaled = (value * 10_000).rounded()
        guard scaled.magnitude < 1e15 else { return append(formatScore(value)) }
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = Int(scaled.magnitude)
        appendDecimal(magnitude / 10_000)
        bytes.append(UInt8(ascii: "."))
        var fraction = magnitude % 10_000
        var digits: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        digits.3 = UInt8(fraction % 10); fraction /= 10
        digits.2 = UInt8(fraction % 10); fraction /= 10
        digits.1 = UInt8(fraction % 10); fraction /= 10
        digits.0 = UInt8(fraction)
        bytes.append(0x30 + digits.0); bytes.append(0x30 + digits.1); bytes.append(0x30 + digits.2); bytes.append(0x30 + digits.3)
    }

    private mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        bytes.append(0x30 + UInt8(value % 10))
    }
}
