#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import CorpusModel

/// The confidence of each bead, in [0, 1]: how much better the bead is than the nearest other
/// way of covering the same sentences, as a logistic of the cost difference (a posterior
/// between the two readings):
///
///     score = 1 / (1 + exp(−(cost of the best alternative − cost of the bead)))
///
/// The alternatives: the bead's sentences split into smaller beads (for a 1-1, leaving both
/// unlinked; for a 2-1, a 1-1 plus a 1-0 either way), or the bead merged with its neighbour (a
/// 1-1 followed by a 1-0 read as one 2-1; a 1-0 next to a 0-1 read as a 1-1). An ambiguous
/// merge thus scores near 0.5, a clear one near 1. Two-sided beads scoring below `minimumLink` are split into one-sided beads:
/// a low-confidence region is left unaligned, not forced.
public struct BeadConfidence {
    let cost: any CostFunction
    let shapes: [BeadShape]
    /// Below this, a link is weaker than its alternative.
    public static let minimumLink = 0.5

    init(cost: any CostFunction, shapes: [BeadShape]) {
        self.cost = cost
        self.shapes = shapes
    }

    /// The full cost of one bead: its shape's penalty and its evidence.
    func beadCost(_ shape: BeadShape, _ source: Range<Int>, _ target: Range<Int>) -> Double {
        shape.penalty + cost.cost(source: source, target: target)
    }

    func shape(_ s: Int, _ t: Int) -> BeadShape? { shapes.first { $0.source == s && $0.target == t } }

    /// The cheapest cover of the block by two beads or more (a small DP inside the block).
    func bestSplit(_ source: Range<Int>, _ target: Range<Int>) -> Double {
        let s = source.count, t = target.count
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: t + 1), count: s + 1)
        best[0][0] = 0
        var split = Double.infinity
        for a in 0...s {
            for b in 0...t where a + b > 0 {
                for shape in shapes where shape.source <= a && shape.target <= b {
                    let pa = a - shape.source, pb = b - shape.target
                    if pa == 0 && pb == 0 && a == s && b == t { continue }  // the bead itself
                    guard best[pa][pb] < .infinity else { continue }
                    let c = best[pa][pb] + beadCost(shape, (source.lowerBound + pa)..<(source.lowerBound + a), (target.lowerBound + pb)..<(target.lowerBound + b))
                    if a == s && b == t { split = min(split, c) } else { best[a][b] = min(best[a][b], c) }
                }
            }
        }
        return split
    }

    func beads(from steps: [(BeadShape, Int, Int)]) -> [Bead] {
        let blocks = steps.map { shape, i, j in (shape, (i - shape.source)..<i, (j - shape.target)..<j) }
        let costs = blocks.map { beadCost($0.0, $0.1, $0.2) }
        var beads: [Bead] = []
        for (k, (_, source, target)) in blocks.enumerated() {
            var margin = Double.infinity
            if source.count + target.count > 1 { margin = bestSplit(source, target) - costs[k] }
            // Merged with a neighbour.
            for other in [k - 1, k + 1] where other >= 0 && other < blocks.count {
                let (first, second) = other < k ? (blocks[other], blocks[k]) : (blocks[k], blocks[other])
                let s = first.1.lowerBound..<second.1.upperBound, t = first.2.lowerBound..<second.2.upperBound
                if let merged = self.shape(s.count, t.count) {
                    margin = min(margin, beadCost(merged, s, t) - costs[k] - costs[other])
                }
            }
            let score = margin == .infinity ? 1 : logistic(margin)
            if !source.isEmpty && !target.isEmpty && score < Self.minimumLink {
                beads += Bead(source: source, target: target).unlinked(score: 1 - score)
            } else {
                beads.append(Bead(source: source, target: target, score: score))
            }
        }
        return beads
    }
}

func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

extension Bead {
    /// Each sentence of the bead on its own, one-sided, with `score`.
    func unlinked(score: Double) -> [Bead] {
        source.map { Bead(source: [$0], target: [], score: score) } + target.map { Bead(source: [], target: [$0], score: score) }
    }
}

extension Array where Element == Bead {
    /// The beads with every two-sided bead scoring below `minimum` split into one-sided beads,
    /// so that each sentence still appears once (`--min-score` on output).
    public func splittingLinks(below minimum: Double) -> [Bead] {
        flatMap { bead -> [Bead] in
            guard !bead.source.isEmpty, !bead.target.isEmpty, let score = bead.score, score < minimum else { return [bead] }
            return bead.unlinked(score: score)
        }
    }
}
