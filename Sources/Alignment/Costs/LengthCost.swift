#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gale & Church's (1993) length cost: the length of a translation is roughly proportional to the
/// length of its source, with a variance that grows with the length.
///
/// δ = (l_t − c·l_s) / √(s²·l̄), and the cost is −log P(|δ| or more) = −log 2(1 − Φ(|δ|)).
/// Unlike the original, which fixed c = 1 and s² = 6.8 for European languages, `c` is the ratio
/// of the two texts' total lengths, so that English–Korean (Korean runs at half the characters)
/// works too, and s² is scaled by c.
public struct LengthCost: CostFunction {
    /// Running sums (totals[k] = length of sentences 0..<k): a block's length in one subtraction.
    let sourceTotals: [Double]
    let targetTotals: [Double]
    /// Target characters per source character.
    public let ratio: Double
    /// Variance of target length per source character (Gale & Church's s², scaled to the ratio).
    public let variance: Double
    /// 1 / ratio (a product is cheaper than a division in the DP).
    private let inverseRatio: Double

    public init(sourceLengths: [Int], targetLengths: [Int]) {
        let sourceTotal = Double(sourceLengths.reduce(0, +)), targetTotal = Double(targetLengths.reduce(0, +))
        let ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
        self.init(sourceLengths: sourceLengths, targetLengths: targetLengths, ratio: ratio, variance: 6.8 * ratio)
    }

    /// A length cost with a given ratio and variance (estimated elsewhere, see `LengthModel`).
    public init(sourceLengths: [Int], targetLengths: [Int], ratio: Double, variance: Double) {
        sourceTotals = Self.runningTotals(sourceLengths.map(Double.init))
        targetTotals = Self.runningTotals(targetLengths.map(Double.init))
        self.ratio = ratio
        self.variance = variance
        inverseRatio = 1 / ratio
    }

    public func cost(source: Range<Int>, target: Range<Int>) -> Double {
        let ls = sourceTotals[source.upperBound] - sourceTotals[source.lowerBound]
        let lt = targetTotals[target.upperBound] - targetTotals[target.lowerBound]
        // −log 2(1 − Φ(|δ|)) = −log erfc(z), z = |δ|/√2 = |lt − c·ls| / √(s²·(ls + lt/c)) (twice
        // the mean length is the sum), in closed form: one square root and one log, since this
        // runs for every shape of every lattice cell.
        let twiceMean = ls + lt * inverseRatio
        if twiceMean == 0 { return 0 }
        return min(Self.minusLogErfc(abs(lt - ls * ratio) / (variance * twiceMean).squareRoot()), Self.maximumCost)
    }

    static func runningTotals(_ lengths: [Double]) -> [Double] {
        var totals = [0.0]
        totals.reserveCapacity(lengths.count + 1)
        for length in lengths { totals.append(totals[totals.count - 1] + length) }
        return totals
    }

    /// −log(1e-12): no length difference costs more.
    static let maximumCost = 27.631021115928547

    /// −log erfc(z) for z ≥ 0, by the Chebyshev fit of Numerical Recipes (erfcc, fractional error
    /// under 1.2·10⁻⁷): erfc(z) ≈ t·exp(−z² + P(t)) with t = 1/(1 + z/2), so the log needs no exp.
    static func minusLogErfc(_ z: Double) -> Double {
        let t = 1 / (1 + 0.5 * z)
        let p = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
            + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
        return z * z - p - log(t)
    }

    /// Two-tailed probability of a length difference at least this large.
    public func matchProbability(sourceLength ls: Double, targetLength lt: Double) -> Double {
        // The mean of both lengths in source units keeps 1-0 and 0-1 beads defined.
        let mean = (ls + lt / ratio) / 2
        if mean == 0 { return 1 }
        let delta = (lt - ls * ratio) / (variance * mean).squareRoot()
        return 2 * (1 - normalCDF(abs(delta)))
    }
}

/// Φ, the standard normal distribution function.
func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.squareRoot()) }
