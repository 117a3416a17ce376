#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Evidence that a block of source sentences and a block of target sentences are translations of
/// each other, as a cost (−log probability, lower is better).
public protocol CostFunction {
    /// The cost of the bead linking `source` and `target` (either may be empty, not both).
    func cost(source: Range<Int>, target: Range<Int>) -> Double
}

/// The bead shapes the aligner considers, with their prior probabilities.
///
/// Names follow hunalign and Okapi: 1-1 substitution, 1-0 deletion, 0-1 insertion, 2-1 contraction,
/// 1-2 expansion, 2-2 melding. Priors are Gale & Church's (1993) counts on the Canadian Hansard,
/// split evenly between the two directions of each shape; the penalty is −log prior.
public struct BeadShape: Hashable, Sendable {
    public let source: Int
    public let target: Int
    public let prior: Double
    public var penalty: Double { -log(prior) }

    public static let substitution = BeadShape(source: 1, target: 1, prior: 0.89)
    public static let deletion = BeadShape(source: 1, target: 0, prior: 0.0099 / 2)
    public static let insertion = BeadShape(source: 0, target: 1, prior: 0.0099 / 2)
    public static let contraction = BeadShape(source: 2, target: 1, prior: 0.089 / 2)
    public static let expansion = BeadShape(source: 1, target: 2, prior: 0.089 / 2)
    public static let melding = BeadShape(source: 2, target: 2, prior: 0.011)

    /// 1-3 and 3-1: one long sentence translated as three. Gale & Church counted none; the prior
    /// 0.002 (−log ≈ 6.2, costlier than a 1-0) lets them in only on strong evidence.
    public static let oneToThree = BeadShape(source: 1, target: 3, prior: 0.002)
    public static let threeToOne = BeadShape(source: 3, target: 1, prior: 0.002)

    public static let galeChurch: [BeadShape] = [.substitution, .deletion, .insertion, .contraction, .expansion, .melding]
    /// The shapes Rosetta's aligner searches: Gale & Church's, but for 2-2 beads, which news
    /// translation hardly has (none in the 2,140 beads of the development set's gold; the
    /// Hansard's 1.1 % came from its long debates): 0.002, like 1-3, so they need strong evidence.
    /// And 1-3 and 3-1: a Korean translator renders a long English sentence with a quotation as
    /// three sentences; a 1-3 bead (6.2) costs less than a 1-2 and a 0-1 (3.1 + 5.3).
    public static let standard: [BeadShape] = [.substitution, .deletion, .insertion, .contraction, .expansion,
                                               BeadShape(source: 2, target: 2, prior: 0.002), .oneToThree, .threeToOne]

    public var isSubstitution: Bool { source == 1 && target == 1 }
}
