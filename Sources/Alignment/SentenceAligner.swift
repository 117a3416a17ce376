public import CorpusModel

/// Finds the cheapest monotone sequence of beads through two sentence lists.
///
/// Glossary (after hunalign's alignment.h): a *bead* links source sentences i..<i' to target
/// sentences j..<j'; a *shape* is its size (1-1, 2-1, …); the *lattice* holds, for every (i, j), the
/// cheapest cost of aligning the first i source and j target sentences; the *band* is the strip of
/// the lattice around the diagonal that is searched, which keeps time and memory linear in the
/// length of the documents.
public struct SentenceAligner: Sendable {
    public var shapes: [BeadShape]
    /// Half-width of the band, in target sentences, around the diagonal (widened to cover any
    /// difference in sentence counts).
    public var bandRadius: Int

    public init(shapes: [BeadShape] = BeadShape.galeChurch, bandRadius: Int = 40) {
        self.shapes = shapes
        self.bandRadius = bandRadius
    }

    /// Aligns `sourceCount` with `targetCount` sentences under `cost`.
    public func align(sourceCount n: Int, targetCount m: Int, cost: some CostFunction) -> [Bead] {
        if n == 0 || m == 0 {
            // Nothing to pair: every sentence stands alone.
            return (0..<n).map { Bead(source: [$0], target: [], score: 0) } + (0..<m).map { Bead(source: [], target: [$0], score: 0) }
        }
        let band = Band(sourceCount: n, targetCount: m, radius: bandRadius + abs(n - m) / 2)
        let moves = fillLattice(band: band, cost: cost)
        return traceback(band: band, moves: moves, cost: cost)
    }

    /// The dynamic programme: for each cell of the band, the shape of the cheapest last bead.
    /// Costs are kept for the last `maxShape + 1` rows only; shapes are kept for the whole band.
    func fillLattice(band: Band, cost: some CostFunction) -> [Int8] {
        let rowsKept = (shapes.map(\.source).max() ?? 1) + 1
        var costs = [[Double]](repeating: [Double](repeating: .infinity, count: band.width), count: rowsKept)
        var moves = [Int8](repeating: -1, count: (band.sourceCount + 1) * band.width)
        for i in 0...band.sourceCount {
            let row = i % rowsKept
            for k in 0..<band.width { costs[row][k] = .infinity }
            for j in band.columns(of: i) {
                if i == 0 && j == 0 {
                    costs[row][band.slot(i, j)] = 0
                    continue
                }
                var best = Double.infinity
                var bestShape: Int8 = -1
                for (s, shape) in shapes.enumerated() where shape.source <= i && shape.target <= j {
                    let pi = i - shape.source, pj = j - shape.target
                    guard band.contains(pi, pj) else { continue }
                    let previous = costs[pi % rowsKept][band.slot(pi, pj)]
                    if previous == .infinity { continue }
                    let total = previous + shape.penalty + cost.cost(source: pi..<i, target: pj..<j)
                    if total < best {
                        best = total
                        bestShape = Int8(s)
                    }
                }
                costs[row][band.slot(i, j)] = best
                moves[i * band.width + band.slot(i, j)] = bestShape
            }
        }
        return moves
    }

    /// Walks back from the end of both documents along the recorded shapes.
    func traceback(band: Band, moves: [Int8], cost: some CostFunction) -> [Bead] {
        var beads: [Bead] = []
        var i = band.sourceCount, j = band.targetCount
        while i > 0 || j > 0 {
            let move = band.contains(i, j) ? moves[i * band.width + band.slot(i, j)] : -1
            // The band connects the two corners for every shape set with 1-0 and 0-1; should a
            // custom shape set leave a cell unreachable, fall back to one-sided beads, never trap.
            let shape = move >= 0 ? shapes[Int(move)] : (i > 0 ? BeadShape.deletion : BeadShape.insertion)
            let source = (i - shape.source)..<i, target = (j - shape.target)..<j
            let score = (-cost.cost(source: source, target: target)).exponential
            beads.append(Bead(source: source, target: target, score: score))
            i -= shape.source
            j -= shape.target
        }
        return beads.reversed()
    }
}

/// The searched strip of the lattice: for source position i, target positions within `radius` of
/// the diagonal point i·m/n.
struct Band {
    let sourceCount: Int
    let targetCount: Int
    let radius: Int
    var width: Int { 2 * radius + 1 }

    func center(_ i: Int) -> Int { sourceCount == 0 ? 0 : i * targetCount / sourceCount }

    func columns(of i: Int) -> ClosedRange<Int> {
        let c = center(i)
        return max(0, c - radius)...min(targetCount, c + radius)
    }

    func contains(_ i: Int, _ j: Int) -> Bool { abs(j - center(i)) <= radius }

    /// The position of (i, j) within row i's storage.
    func slot(_ i: Int, _ j: Int) -> Int { j - center(i) + radius }
}

extension Double {
    var exponential: Double {
        #if canImport(Glibc)
        Glibc.exp(self)
        #else
        Darwin.exp(self)
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SentenceAligner {
    /// Aligns two sentence lists by the evidence available from their text alone (lengths, for now).
    public func align(source: [some StringProtocol], target: [some StringProtocol]) -> [Bead] {
        let cost = LengthCost(sourceLengths: source.map { $0.count }, targetLengths: target.map { $0.count })
        return align(sourceCount: source.count, targetCount: target.count, cost: cost)
    }
}
