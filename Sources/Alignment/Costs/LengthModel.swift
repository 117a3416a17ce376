/// The length ratio and variance of a language pair, estimated from the two texts themselves
/// rather than assumed, so that any pair works (Korean runs at about half the characters of
/// English; Russian at about 1.1).
///
/// First guess: ratio = total target / total source characters, variance Gale & Church's 6.8
/// scaled by the ratio and widened (`firstPassWidening`), since it is only a guess. Then, from
/// the 1-1 beads of a first alignment, a robust fit: the ratio is the median of the per-bead
/// ratios, and the variance comes from the median squared standardized difference
/// (for a normal variable, the median of z² is 0.455·σ²), so that the few wrong beads of the
/// first pass do not inflate it.
public struct LengthModel: Sendable, Equatable {
    public var ratio: Double
    /// Variance of the target length per unit of (mean) length.
    public var variance: Double

    public init(ratio: Double, variance: Double) {
        self.ratio = ratio
        self.variance = variance
    }

    /// Gale & Church's s² for character lengths (Hansard, English–French).
    static let galeChurchVariance = 6.8
    static let firstPassWidening = 1.5
    /// Median of χ²(1): turns a median squared deviation into a variance.
    static let medianOfChiSquare1 = 0.455
    /// Fewest 1-1 beads for a fit; below, the first guess stands.
    static let minimumBeads = 8
    /// Bounds on the fitted variance, in units of Gale & Church's, against degenerate texts.
    static let varianceRange = 0.5...20.0

    /// The first guess from total lengths.
    public static func guess(sourceLengths: [Int], targetLengths: [Int]) -> LengthModel {
        let s = Double(sourceLengths.reduce(0, +)), t = Double(targetLengths.reduce(0, +))
        let ratio = s > 0 && t > 0 ? t / s : 1
        return LengthModel(ratio: ratio, variance: galeChurchVariance * ratio * firstPassWidening)
    }

    /// The robust fit over (source length, target length) pairs of likely 1-1 beads.
    public func fitted(to pairs: [(Int, Int)]) -> LengthModel {
        let usable = pairs.filter { $0.0 > 0 && $0.1 > 0 }
        guard usable.count >= Self.minimumBeads else { return self }
        let ratio = median(usable.map { Double($0.1) / Double($0.0) })
        let squared = usable.map { s, t -> Double in
            let ls = Double(s), lt = Double(t)
            let mean = (ls + lt / ratio) / 2
            let d = lt - ratio * ls
            return d * d / mean
        }
        let variance = median(squared) / Self.medianOfChiSquare1
        let unit = Self.galeChurchVariance * ratio
        return LengthModel(ratio: ratio, variance: min(max(variance, unit * Self.varianceRange.lowerBound), unit * Self.varianceRange.upperBound))
    }
}

package func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
