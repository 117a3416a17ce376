/// A bead: a block of source sentences aligned with a block of target sentences, possibly empty on
/// one side (a sentence present in one language only).
///
/// Written in the readable, diffable form `[0, 1]:[0]` or `[2]:[]:0.734` (0-based sentence numbers,
/// then an optional score), as vecalign does.
public struct Bead: Hashable, Sendable {
    public var source: [Int]
    public var target: [Int]
    /// How confident the aligner is, in [0, 1]; nil in gold files.
    public var score: Double?

    public init(source: [Int], target: [Int], score: Double? = nil) {
        self.source = source
        self.target = target
        self.score = score
    }

    public init(source: Range<Int>, target: Range<Int>, score: Double? = nil) {
        self.init(source: Array(source), target: Array(target), score: score)
    }

    /// The bead type, "1-1", "2-1", "0-1" and so on (source count, then target count).
    public var kind: String { "\(source.count)-\(target.count)" }

    /// Equality of the linked sentences, ignoring the score (strict evaluation).
    public func links(sameAs other: Bead) -> Bool { source == other.source && target == other.target }
}

extension Bead: CustomStringConvertible {
    public var description: String {
        let body = "[\(source.map(String.init).joined(separator: ", "))]:[\(target.map(String.init).joined(separator: ", "))]"
        guard let score else { return body }
        return body + ":" + formatScore(score)
    }
}

/// Scores print with four decimals, so that output is byte-stable across runs and platforms.
public func formatScore(_ value: Double) -> String {
    let scaled = (value * 10_000).rounded()
    let sign = scaled < 0 ? "-" : ""
    let magnitude = Int(abs(scaled))
    let fraction = String(magnitude % 10_000)
    return sign + "\(magnitude / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
}
